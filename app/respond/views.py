"""The respondent's pages. Each view finds the link's visit, calls one function that writes, and renders."""

import logging
from dataclasses import dataclass
from functools import cached_property

from flask import abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from ..extensions import db
from ..intake import after_submission
from ..models import Invite, Response, utcnow
from ..models.invite import find_invite, invite_state, record_invite_opened
from ..models.response import find_response, save_answers, start_response, submit_response
from ..surveys.forms import answers_from, form_data_from, question_form, skipped_answers
from ..surveys.library import current_version, definition_by_hash, definition_of
from ..surveys.schema import SurveyDefinition
from . import bp
from .forms import QUOTE_OPTIONS, SHARE_OPTIONS, StartForm, YourWordsForm
from .journey import Journey

log = logging.getLogger(__name__)

RESUME_COOKIE = "tellus_resume"
HAND_OVER = "hand_over"


@dataclass
class Visit:
    token: str
    invite: Invite
    definition: SurveyDefinition
    response: Response | None

    @cached_property
    def journey(self) -> Journey:
        return Journey(self.definition)

    @property
    def in_progress(self) -> bool:
        return self.response is not None and not self.response.submitted


def _visit(token: str) -> Visit:
    """The invite behind a link and this person's response on it; 404 or 410 when there is none to give."""
    invite = find_invite(db.session, token)
    if invite is None:
        abort(404)
    g.link_language = invite.language
    if invite_state(invite, utcnow()) != "open":
        abort(410)
    response = find_response(db.session, invite, request.cookies.get(RESUME_COOKIE))
    if response is not None:  # the version this person started on, even if the survey changed since
        definition = definition_by_hash(db.session, response.survey_id, response.version_hash)
    else:
        definition = definition_of(current_version(db.session, invite.survey_id))
    return Visit(token, invite, definition, response)


def _step_url(visit: Visit, step: int) -> str:
    if step > visit.journey.question_count:
        return url_for(".your_words", token=visit.token)
    return url_for(".question", token=visit.token, number=max(step, 1))


def _already_sent(visit: Visit):
    """A sent response is never shown or changed again: a replayed form gets 409 and no answers."""
    status = 409 if request.method == "POST" else 200
    return render_template("respond/already-sent.html", visit=visit), status


@bp.get("/<token>")
def welcome(token: str):
    visit = _visit(token)
    record_invite_opened(db.session, visit.invite)
    if visit.response and visit.response.submitted and not visit.invite.is_open_link:
        return _already_sent(visit)
    if visit.in_progress and visit.response.step > 1:
        flash(_("Welcome back. We kept the answers you gave before."))
        return redirect(_step_url(visit, visit.response.step))
    return render_template("respond/welcome.html", visit=visit, form=StartForm())


@bp.post("/<token>")
def start(token: str):
    visit = _visit(token)
    form = StartForm()
    if not form.validate_on_submit():
        flash(_("Sorry, that did not work. Please press Start again."))
        return render_template("respond/welcome.html", visit=visit, form=form)
    if visit.in_progress:
        return redirect(_step_url(visit, visit.response.step), 303)
    if visit.response and not visit.invite.is_open_link:
        return _already_sent(visit)
    version = current_version(db.session, visit.invite.survey_id)
    response, key = start_response(db.session, visit.invite, version, str(get_locale()))
    reply = redirect(_step_url(visit, response.step), 303)
    if visit.invite.is_open_link:
        days = current_app.config["RESUME_DAYS"]
        reply.set_cookie(
            RESUME_COOKIE,
            key,
            max_age=days * 86400,
            path=url_for(".welcome", token=token),
            httponly=True,
            samesite="Lax",
            secure=current_app.config["SESSION_COOKIE_SECURE"],
        )
    return reply


@bp.route("/<token>/<int:number>", methods=["GET", "POST"])
def question(token: str, number: int):
    visit = _visit(token)
    if not visit.in_progress:
        return _already_sent(visit) if visit.response else redirect(url_for(".welcome", token=token))
    asked = visit.journey.question(number)
    if asked is None:
        abort(404)
    saved = {answer.part: answer for answer in visit.response.answers if answer.question_id == asked.id}
    if request.method == "GET":
        form = question_form(asked, formdata=None, data=form_data_from(asked, saved))
        return _render_question(visit, number, form)

    form = question_form(asked)
    valid = form.validate()
    if form.csrf_failed():
        flash(_("Sorry, we could not save that page. Your answers are still here: please press Continue again."))
        return _render_question(visit, number, form)
    skipping = request.form.get("action") == "skip" and not asked.required
    if not (valid or skipping):
        return _render_question(visit, number, form)
    values = skipped_answers(asked) if skipping else answers_from(asked, form)
    save_answers(db.session, visit.response, asked.id, asked.type, values, next_step=number + 1)
    return redirect(_step_url(visit, number + 1), 303)


def _render_question(visit: Visit, number: int, form):
    journey = visit.journey
    back = url_for(".welcome", token=visit.token) if number == 1 else _step_url(visit, number - 1)
    return render_template(
        "respond/question.html",
        visit=visit,
        journey=journey,
        number=number,
        question=journey.question(number),
        form=form,
        back_url=back,
    )


@bp.route("/<token>/your-words", methods=["GET", "POST"])
def your_words(token: str):
    visit = _visit(token)
    if visit.response and visit.response.submitted and request.method == "POST":
        return redirect(url_for(".thank_you", token=token), 303)  # a second tap on Send
    if not visit.in_progress:
        return _already_sent(visit) if visit.response else redirect(url_for(".welcome", token=token))
    form = YourWordsForm()
    if request.method == "GET" or not form.validate():
        if form.csrf_failed():
            flash(_("Sorry, we could not send that. Your choices are still here: please press Send again."))
        back = _step_url(visit, visit.journey.question_count)
        return render_template(
            "respond/your-words.html",
            visit=visit,
            form=form,
            back_url=back,
            quote_options=QUOTE_OPTIONS,
            share_options=SHARE_OPTIONS,
        )
    if submit_response(db.session, visit.response, form.quote.data or None, form.share_with_worker()):
        after_submission(db.session, visit.response, current_app.config)
    reply = redirect(url_for(".thank_you", token=token), 303)
    if session.get(HAND_OVER):
        reply.delete_cookie(RESUME_COOKIE, path=url_for(".welcome", token=token))
    return reply


@bp.get("/<token>/thank-you")
def thank_you(token: str):
    visit = _visit(token)
    return render_template("respond/thank-you.html", visit=visit, hand_over=bool(session.get(HAND_OVER)))


@bp.get("/<token>/hand-over")
def hand_over(token: str):
    """A practitioner hands their device to a child: after the child finishes, it goes to a neutral screen."""
    _visit(token)
    session[HAND_OVER] = True
    return redirect(url_for(".welcome", token=token))


@bp.get("/<token>/ready")
def ready(token: str):
    visit = _visit(token)
    return render_template("respond/ready.html", visit=visit)
