"""My work, the campaign list and a campaign's page with its return figures."""

from flask import abort, render_template
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..labels import survey_choices
from ..models import Campaign, Invite, InviteKind, Message, MessageStatus, Role
from ..tracking import campaign_figures
from . import bp
from .forms import CreateInvitesForm, OpenLinkForm


def sees_every_invite() -> bool:
    return current_user.has_role(Role.QA_OFFICER)


def get_campaign(campaign_id: int) -> Campaign:
    return db.session.get(Campaign, campaign_id) or abort(404)


@bp.get("/")
def home():
    """A practitioner's open invites and who has answered, so that following up is one click."""
    invites = db.session.scalars(
        select(Invite)
        .join(Campaign)
        .where(Invite.practitioner_id == current_user.id, Campaign.closed_at.is_(None), Invite.closed_at.is_(None))
        .options(selectinload(Invite.campaign))
        .order_by(Invite.campaign_id, Invite.created_at.desc())
    ).all()
    failed = db.session.scalars(
        select(Message)
        .join(Invite)
        .where(Invite.practitioner_id == current_user.id, Message.status == MessageStatus.FAILED)
        .order_by(Message.created_at.desc())
    ).all()
    waiting = [invite for invite in invites if invite.status not in ("completed", "no_answer")]
    answered = [invite for invite in invites if invite.status == "completed"]
    return render_template("practice/home.html", waiting=waiting, answered=answered, failed=failed)


@bp.get("/campaigns")
def list_campaigns():
    query = select(Campaign).order_by(Campaign.closed_at.is_not(None), Campaign.created_at.desc())
    if not sees_every_invite():
        query = query.where(Campaign.closed_at.is_(None))
    return render_template("practice/campaigns.html", campaigns=db.session.scalars(query).all())


@bp.get("/campaigns/<int:campaign_id>")
def show_campaign(campaign_id: int):
    campaign = get_campaign(campaign_id)
    query = (
        select(Invite)
        .where(Invite.campaign_id == campaign.id)
        .options(selectinload(Invite.practitioner))
        .order_by(Invite.kind, Invite.created_at.desc())
    )
    if not sees_every_invite():
        query = query.where(Invite.practitioner_id == current_user.id)
    invites = db.session.scalars(query).all()
    offered = survey_choices(campaign.surveys)
    open_form = OpenLinkForm()
    open_form.survey.choices = offered
    return render_template(
        "practice/campaign.html",
        campaign=campaign,
        figures=campaign_figures(db.session, campaign),
        personal=[invite for invite in invites if invite.kind == InviteKind.PERSONAL],
        open_links=[invite for invite in invites if invite.kind == InviteKind.OPEN],
        open_form=open_form,
        create_form=CreateInvitesForm(),
    )
