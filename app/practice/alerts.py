"""The safeguarding alert queue: read the flagged answers, acknowledge, note actions, record an outcome."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..intake import due_label
from ..models import Alert, Response, utcnow
from ..models.alert import acknowledge_alert, add_alert_note, close_alert
from ..surveys.library import definition_by_hash
from . import bp
from .campaigns import sees_every_invite
from .forms import ActionForm, AlertNoteForm, CloseAlertForm

STAFF_BLUEPRINTS = {"practice", "quality", "admin", "account"}


def visible_alerts():
    query = select(Alert)
    if not sees_every_invite():
        query = query.where(Alert.practitioner_id == current_user.id)
    return query


def get_alert(alert_id: int) -> Alert:
    alert = db.session.scalar(visible_alerts().where(Alert.id == alert_id))
    return alert or abort(404)


def open_alert_count() -> int:
    query = visible_alerts().where(Alert.closed_at.is_(None)).with_only_columns(func.count(Alert.id))
    return db.session.scalar(query) or 0


@bp.get("/alerts")
def list_alerts():
    alerts = db.session.scalars(
        visible_alerts().order_by(Alert.closed_at.is_not(None), Alert.due_at).options(selectinload(Alert.practitioner))
    ).all()
    now = utcnow()
    return render_template("practice/alerts.html", alerts=alerts, now=now, due_label=due_label)


@bp.get("/alerts/<int:alert_id>")
def show_alert(alert_id: int):
    alert = get_alert(alert_id)
    response = db.session.scalar(
        select(Response).where(Response.id == alert.response_id).options(selectinload(Response.answers))
    )
    definition = definition_by_hash(db.session, response.survey_id, response.version_hash)
    questions = {question.id: question for question in definition.questions}
    return render_template(
        "practice/alert.html",
        alert=alert,
        response=response,
        questions=questions,
        now=utcnow(),
        due_label=due_label,
        action_form=ActionForm(),
        note_form=AlertNoteForm(),
        close_form=CloseAlertForm(),
    )


@bp.post("/alerts/<int:alert_id>/acknowledge")
def acknowledge_alert_view(alert_id: int):
    alert = get_alert(alert_id)
    if ActionForm().validate_on_submit():
        acknowledge_alert(db.session, alert, current_user)
        flash(_("Acknowledged. Record what you do below."))
    return redirect(url_for(".show_alert", alert_id=alert.id))


@bp.post("/alerts/<int:alert_id>/notes")
def add_alert_note_view(alert_id: int):
    alert = get_alert(alert_id)
    form = AlertNoteForm()
    if form.validate_on_submit():
        add_alert_note(db.session, alert, current_user, form.note.data.strip())
        flash(_("Note added."))
    else:
        flash(_("Write what you did in the box."))
    return redirect(url_for(".show_alert", alert_id=alert.id))


@bp.post("/alerts/<int:alert_id>/close")
def close_alert_view(alert_id: int):
    alert = get_alert(alert_id)
    form = CloseAlertForm()
    if not alert.is_open:
        abort(409)
    if form.validate_on_submit():
        close_alert(
            db.session,
            alert,
            current_user,
            form.outcome.data,
            (form.note.data or "").strip() or None,
            form.cleared_for_quotes.data,
        )
        flash(_("Alert closed."))
    else:
        for errors in form.errors.values():
            flash(errors[0])
    return redirect(url_for(".show_alert", alert_id=alert.id))


@bp.app_context_processor
def _alert_count():
    """Staff pages show how many alerts are open, so none waits unseen."""
    # Only staff pages show it: respondent pages never touch the signed-in user or the alerts.
    if (
        request.blueprint in STAFF_BLUEPRINTS
        and current_user.is_authenticated
        and current_user.has_role(*bp.allowed_roles)
    ):
        return {"open_alerts": open_alert_count()}
    return {"open_alerts": 0}
