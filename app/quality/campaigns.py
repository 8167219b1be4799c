"""Creating and closing campaigns."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ..extensions import db
from ..labels import choices, survey_choices
from ..models import Campaign, ServiceArea, Survey
from ..models.campaign import close_campaign, create_campaign
from ..practice.forms import ActionForm
from . import bp
from .forms import CampaignForm


@bp.route("/campaigns/new", methods=["GET", "POST"])
def new_campaign():
    form = CampaignForm()
    areas = db.session.scalars(select(ServiceArea.name).where(ServiceArea.active).order_by(ServiceArea.name)).all()
    surveys = db.session.scalars(select(Survey).where(Survey.active).order_by(Survey.id)).all()
    form.service_area.choices = choices([("", _("Select a service area"))] + [(area, area) for area in areas])
    form.surveys.choices = survey_choices(surveys)
    if form.validate_on_submit():
        chosen = [survey for survey in surveys if survey.id in form.surveys.data]
        campaign = create_campaign(
            db.session,
            name=form.name.data.strip(),
            service_area=form.service_area.data,
            kind=form.kind.data,
            surveys=chosen,
            owner=current_user,
            starts_on=form.starts_on.data,
            ends_on=form.ends_on.data,
        )
        flash(_("Campaign created. Practitioners can now make invites in it."))
        return redirect(url_for("practice.show_campaign", campaign_id=campaign.id))
    return render_template("quality/new-campaign.html", form=form)


@bp.post("/campaigns/<int:campaign_id>/close")
def close_campaign_view(campaign_id: int):
    campaign = db.session.get(Campaign, campaign_id) or abort(404)
    if ActionForm().validate_on_submit():
        close_campaign(db.session, campaign)
        flash(_("Campaign closed. Its links no longer take answers."))
    return redirect(url_for("practice.show_campaign", campaign_id=campaign.id))
