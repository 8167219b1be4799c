"""What happens when a response is sent: each free-text answer is analysed, and a possible disclosure
raises a safeguarding alert at once (email to the practitioner and the duty inbox, and the alert queue).
"""

import logging
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from flask_babel import format_datetime
from flask_babel import gettext as _
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .analysis import ANALYSER_VERSION, analyse
from .analysis.themes import Taxonomy, load_taxonomy
from .models import Alert, AlertEvent, Answer, AnswerAnalysis, Response, User, utcnow
from .models.alert import raise_alert
from .models.analysis import store_analysis
from .notify import send
from .working_days import add_working_days

FREE_TEXT = {"text", "three_houses"}
log = logging.getLogger(__name__)


def known_names(session: Session) -> tuple[str, ...]:
    """Names Tellus knows and must never let through into a quote: every member of staff's."""
    names = set()
    for full_name in session.scalars(select(User.name)):
        names.update(part for part in full_name.split() if len(part) > 1)
    return tuple(sorted(names))


@lru_cache(maxsize=4)
def taxonomy(path: str) -> Taxonomy | None:
    """The council's own theme file (THEMES_FILE), read once per process; None means Tellus's default."""
    return load_taxonomy(path) if path else None


def analyse_response(
    session: Session, response: Response, names: tuple[str, ...] = (), themes_file: str = ""
) -> list[str]:
    """Analyse every free-text answer of a response and store the results; return any safeguarding reasons."""
    reasons: list[str] = []
    for answer in response.answers:
        if answer.question_type in FREE_TEXT and answer.text:
            result = analyse(answer.text, response.language, names, taxonomy=taxonomy(themes_file))
            store_analysis(session, answer, result, ANALYSER_VERSION)
            reasons += [reason for reason in result.safeguarding_reasons if reason not in reasons]
    session.commit()
    return reasons


def after_submission(session: Session, response: Response, config) -> Alert | None:
    """Analyse a sent response; if it may disclose harm, raise the alert and send its emails.

    The response is already saved. If the analysis itself fails, an alert is raised anyway, so that a
    person reads the answers: a missed disclosure costs far more than a needless review.
    """
    try:
        reasons = analyse_response(session, response, known_names(session), config["THEMES_FILE"])
    except Exception:
        session.rollback()
        log.exception("analysis failed for response %s; raising an alert for a person to review", response.id)
        reasons = [_("The answers could not be analysed automatically: please read them.")]
    if not reasons:
        return None
    log.warning("safeguarding alert raised for response %s", response.id)
    return alert_for(session, response, reasons, config)


def alert_for(session: Session, response: Response, reasons: list[str], config) -> Alert:
    """Raise the alert for a response (once) and email the people who must act on it."""
    now = utcnow()
    local = now.astimezone(ZoneInfo(config["BABEL_DEFAULT_TIMEZONE"]))
    due = add_working_days(local, config["ALERT_RESPONSE_WORKING_DAYS"], config["HOLIDAY_REGION"])
    practitioner = response.invite.practitioner
    alert = raise_alert(session, response, reasons, now, due, practitioner.id if practitioner else None)
    if any(event.action == "emailed" for event in alert.events):
        return alert
    recipients = [
        address for address in (practitioner.email if practitioner else None, config["SAFEGUARDING_INBOX"]) if address
    ]
    for address in recipients:
        email_alert(session, alert, address, config)
    return alert


def email_alert(session: Session, alert: Alert, address: str, config) -> bool:
    """Tell someone an alert needs them. The email carries no answer text: only a link to sign in."""
    # Built by hand, not url_for: alerts are also raised by `flask backfill`, outside any request.
    link = f"{config['PUBLIC_BASE_URL'].rstrip('/')}/practice/alerts/{alert.id}"
    subject = _("Tellus: a response needs a safeguarding review")
    body = "\n\n".join(
        [
            _("A response sent through Tellus may contain a safeguarding concern."),
            _("Sign in to read it and record what you do: %(link)s", link=link),
            _("Please respond by %(due)s.", due=format_datetime(alert.due_at, "EEEE d MMMM, HH:mm")),
            _("This email does not contain the response, to keep it safe."),
        ]
    )
    error = send(config, "email", address, subject, body)
    role = "practitioner" if address != config["SAFEGUARDING_INBOX"] else "duty inbox"
    alert.events.append(
        AlertEvent(action="emailed" if error is None else "email_failed", note=error and f"{role}: {error}")
    )
    session.commit()
    return error is None


def due_label(alert: Alert, now: datetime) -> str:
    """The deadline clock in words, so that overdue never depends on colour."""
    if alert.closed_at:
        return _("Closed")
    if alert.acknowledged_at:
        return _("Acknowledged")
    minutes = int((alert.due_at - now).total_seconds() // 60)
    if minutes < 0:
        return _("Overdue by %(hours)d h %(minutes)d min", hours=-minutes // 60, minutes=-minutes % 60)
    return _("Due in %(hours)d h %(minutes)d min", hours=minutes // 60, minutes=minutes % 60)


def responses_to_backfill(session: Session, everything: bool):
    """Sent responses with a free-text answer that has no analysis, or one by an older analyser."""
    query = (
        select(Response)
        .join(Answer, Answer.response_id == Response.id)
        .outerjoin(AnswerAnalysis, AnswerAnalysis.answer_id == Answer.id)
        .where(Response.submitted_at.is_not(None), Answer.question_type.in_(FREE_TEXT), Answer.text.is_not(None))
        .distinct()
        .order_by(Response.id)
    )
    if not everything:
        query = query.where(or_(AnswerAnalysis.id.is_(None), AnswerAnalysis.analyser_version != ANALYSER_VERSION))
    return session.scalars(query).all()
