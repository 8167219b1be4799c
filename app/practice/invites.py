"""Making invites, one or many or an open link; sending them; recording what became of them."""

from dataclasses import replace

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..labels import NO_ANSWER_LABELS, choices, survey_choices
from ..links import invite_url, qr_svg
from ..models import Invite, InviteKind, Message
from ..models.invite import (
    clear_no_answer,
    close_invite,
    create_invite,
    create_invites,
    duplicate_case_references,
    record_no_answer,
)
from ..models.message import Purpose, queue_message, send_to
from ..notify import available_channels
from ..notify.invitations import deliver
from . import bp
from .bulk import Person, read_people
from .campaigns import get_campaign, sees_every_invite
from .forms import (
    MAX_BATCH,
    ActionForm,
    CreateInvitesForm,
    NoAnswerForm,
    OpenLinkForm,
    SendForm,
    language_choices,
)


def get_invite(invite_id: int) -> Invite:
    """An invite this user may see: their own, or any for a QA officer."""
    invite = db.session.get(Invite, invite_id)
    if invite is None or not (sees_every_invite() or invite.practitioner_id == current_user.id):
        abort(404)
    return invite


def get_invites(ids_text: str) -> list[Invite]:
    """Several invites named in a URL (``1,2,3``), in that order, in one query; 404 if any is not this user's."""
    ids = [int(part) for part in ids_text.split(",") if part.isdigit()][:MAX_BATCH]
    found = {
        invite.id: invite
        for invite in db.session.scalars(
            select(Invite).where(Invite.id.in_(ids)).options(selectinload(Invite.practitioner))
        )
    }
    if len(found) != len(set(ids)) or not all(
        sees_every_invite() or invite.practitioner_id == current_user.id for invite in found.values()
    ):
        abort(404)
    return [found[invite_id] for invite_id in ids]


def link_for(invite: Invite) -> str:
    return invite_url(current_app.config["PUBLIC_BASE_URL"], current_app.config["LINK_KEY"], invite)


@bp.route("/campaigns/<int:campaign_id>/invites/new", methods=["GET", "POST"])
def create_invites_page(campaign_id: int):
    campaign = get_campaign(campaign_id)
    if not campaign.is_open:
        abort(410)
    form = CreateInvitesForm()
    form.survey.choices = survey_choices(campaign.surveys)
    form.language.choices = language_choices()
    audiences = {survey.id: survey.audience for survey in campaign.surveys}
    problems, duplicates = [], []
    if form.validate_on_submit():
        people, problems = read_people(form.people.data or "", audiences)
        if not people and not problems:
            people = [Person(line=0) for _ in range(form.count.data or 1)]
        people = [replace(person, survey_id=person.survey_id or form.survey.data) for person in people]
        duplicates = duplicate_case_references(db.session, campaign, [person.case_reference for person in people])
        if len(people) > MAX_BATCH:
            form.people.errors.append(_("Make no more than %(max)d invites at once", max=MAX_BATCH))
        elif not problems and (not duplicates or form.confirm_duplicates.data):
            made = create_invites(
                db.session,
                campaign,
                people,
                audiences,
                current_app.config["LINK_KEY"],
                practitioner=current_user,
                days=current_app.config["PERSONAL_LINK_DAYS"],
                language=form.language.data,
            )
            flash(ngettext("%(num)d invite made.", "%(num)d invites made.", len(made)))
            return redirect(url_for(".show_batch", ids=",".join(str(invite.id) for invite, _token in made)))
    return render_template(
        "practice/create-invites.html", campaign=campaign, form=form, problems=problems, duplicates=duplicates
    )


@bp.post("/campaigns/<int:campaign_id>/open-links")
def create_open_link(campaign_id: int):
    campaign = get_campaign(campaign_id)
    form = OpenLinkForm()
    form.survey.choices = survey_choices(campaign.surveys)
    if not campaign.is_open or not form.validate_on_submit():
        flash(_("Select a survey for the open link."))
        return redirect(url_for(".show_campaign", campaign_id=campaign.id))
    survey = next(survey for survey in campaign.surveys if survey.id == form.survey.data)
    invite, _token = create_invite(
        db.session,
        campaign,
        survey.id,
        survey.audience,
        current_app.config["LINK_KEY"],
        kind=InviteKind.OPEN,
        days=current_app.config["OPEN_LINK_DAYS"],
        practitioner=current_user,
    )
    return redirect(url_for(".show_invite", invite_id=invite.id))


@bp.get("/invites/made")
def show_batch():
    invites = get_invites(request.args.get("ids", ""))
    ids = [invite.id for invite in invites]
    return render_template(
        "practice/invites-made.html", invites=invites, link_for=link_for, ids=",".join(map(str, ids))
    )


@bp.get("/invites/<int:invite_id>")
def show_invite(invite_id: int):
    return invite_page(get_invite(invite_id))


def invite_page(invite: Invite, send_form: SendForm | None = None, no_answer_form: NoAnswerForm | None = None):
    """The invite's page; a form that was sent back with mistakes is shown again with what was typed."""
    link = link_for(invite)
    send_form = send_form or SendForm(address=invite.contact_email or invite.contact_phone or "")
    send_form.channel.choices = channel_choices()
    no_answer_form = no_answer_form or NoAnswerForm(reason=invite.no_answer_reason, note=invite.no_answer_note)
    messages = db.session.query(Message).filter_by(invite_id=invite.id).order_by(Message.created_at).all()
    return render_template(
        "practice/invite.html",
        invite=invite,
        link=link,
        qr=qr_svg(link),
        send_form=send_form,
        no_answer_form=no_answer_form,
        action_form=ActionForm(),
        messages=messages,
        reasons=NO_ANSWER_LABELS,
    )


def channel_choices():
    labels = {"email": _("Email"), "sms": _("Text message")}
    return choices((channel, labels[channel]) for channel in available_channels(current_app.config))


@bp.post("/invites/<int:invite_id>/send")
def send_invite(invite_id: int):
    invite = get_invite(invite_id)
    form = SendForm()
    form.channel.choices = channel_choices()
    if not form.validate_on_submit():
        return invite_page(invite, send_form=form)
    _send(send_to(db.session, invite, form.channel.data, form.clean_address()))
    return redirect(url_for(".show_invite", invite_id=invite.id))


@bp.post("/invites/<int:invite_id>/remind")
def remind_invite(invite_id: int):
    invite = get_invite(invite_id)
    last = (
        db.session.query(Message)
        .filter_by(invite_id=invite.id, purpose=Purpose.INVITE)
        .order_by(Message.id.desc())
        .first()
    )
    if not ActionForm().validate_on_submit() or last is None or invite.reminded_at or invite.completed_at:
        flash(_("A reminder can be sent once, after the invite was sent and before it is answered."))
    else:
        _send(queue_message(db.session, invite, last.channel, Purpose.REMINDER))
    return redirect(url_for(".show_invite", invite_id=invite.id))


@bp.post("/messages/<int:message_id>/retry")
def retry_message(message_id: int):
    message = db.session.get(Message, message_id) or abort(404)
    get_invite(message.invite_id)
    if ActionForm().validate_on_submit() and message.can_retry:
        _send(message)
    if request.form.get("next") == url_for(".home"):
        return redirect(url_for(".home"))
    return redirect(url_for(".show_invite", invite_id=message.invite_id))


def _send(message: Message) -> None:
    if deliver(db.session, message, current_app.config):
        flash(_("Sent."))
    else:
        flash(_("Not sent: %(reason)s. You can try again.", reason=message.last_error))


@bp.post("/invites/<int:invite_id>/no-answer")
def record_no_answer_view(invite_id: int):
    invite = get_invite(invite_id)
    form = NoAnswerForm()
    if not form.validate_on_submit():
        return invite_page(invite, no_answer_form=form)
    record_no_answer(db.session, invite, form.reason.data, (form.note.data or "").strip() or None)
    flash(_("Reason recorded."))
    return redirect(url_for(".show_invite", invite_id=invite.id))


@bp.post("/invites/<int:invite_id>/no-answer/clear")
def clear_no_answer_view(invite_id: int):
    invite = get_invite(invite_id)
    if ActionForm().validate_on_submit():
        clear_no_answer(db.session, invite)
    return redirect(url_for(".show_invite", invite_id=invite.id))


@bp.post("/invites/<int:invite_id>/close")
def close_invite_view(invite_id: int):
    invite = get_invite(invite_id)
    if ActionForm().validate_on_submit():
        close_invite(db.session, invite)
        flash(_("This link is closed. It no longer takes answers."))
    return redirect(url_for(".show_invite", invite_id=invite.id))
