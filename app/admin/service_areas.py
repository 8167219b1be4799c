"""The council's list of service areas, which campaigns pick from."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy import func, select

from ..extensions import db
from ..models import ServiceArea
from ..models.campaign import add_service_area, set_service_area_active
from ..practice.forms import ActionForm
from . import bp
from .forms import ServiceAreaForm


@bp.route("/service-areas", methods=["GET", "POST"])
def service_areas():
    form = ServiceAreaForm()
    if form.validate_on_submit():
        name = form.name.data.strip()
        if db.session.scalar(select(ServiceArea.id).where(func.lower(ServiceArea.name) == name.lower())):
            form.name.errors.append(_("That service area is already on the list"))
        else:
            add_service_area(db.session, name)
            flash(_("Service area added."))
            return redirect(url_for(".service_areas"))
    areas = db.session.scalars(select(ServiceArea).order_by(ServiceArea.active.desc(), ServiceArea.name)).all()
    return render_template("admin/service-areas.html", form=form, areas=areas, action_form=ActionForm())


@bp.post("/service-areas/<int:area_id>/toggle")
def toggle_service_area(area_id: int):
    area = db.session.get(ServiceArea, area_id) or abort(404)
    if ActionForm().validate_on_submit():
        set_service_area_active(db.session, area, not area.active)
    return redirect(url_for(".service_areas"))
