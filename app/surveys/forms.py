"""The form for one survey page, built from a question's type, and the answers read back from it."""

from dataclasses import dataclass
from functools import lru_cache

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import AnyOf, InputRequired, Length, Optional, ValidationError

from .schema import (
    ChoiceQuestion,
    ChoicesQuestion,
    FacesQuestion,
    QuestionBase,
    TextQuestion,
    ThreeHousesQuestion,
    YesNoUnsureQuestion,
)


class RespondentForm(FlaskForm):
    """A respondent's form: its CSRF token outlives a long pause (a child may leave a page for hours)."""

    class Meta(FlaskForm.Meta):
        @property
        def csrf_time_limit(self):
            return current_app.config["RESPONDENT_CSRF_TIME_LIMIT"]

    def csrf_failed(self) -> bool:
        return bool(self.meta.csrf and self.csrf_token.errors)

    def error_list(self) -> list[tuple[str, str]]:
        """(id of the control to jump to, message) for the error summary; a radio group's first radio."""
        return [
            (field.name if isinstance(field, TextAreaField) else f"{field.name}-1", message)
            for field in self
            if field.name != "csrf_token"
            for message in field.errors
        ]


@dataclass(frozen=True)
class AnswerValue:
    part: str = ""
    choice: str | None = None
    choices: list[str] | None = None
    score: int | None = None
    text: str | None = None


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _length(max_length: int) -> Length:
    return Length(
        max=max_length,
        message=_l("Your answer must be %(max)d characters or fewer", max=max_length),
    )


class _AllOf:
    """Every ticked value must be one the question offers (anything else means the form was changed)."""

    def __init__(self, values):
        self.values = set(values)

    def __call__(self, form, field):
        if not set(field.data or ()) <= self.values:
            raise ValidationError(_l("Select from the answers shown"))


def _presence(question: QuestionBase, message) -> object:
    return InputRequired(message=message) if question.required else Optional()


def _single_choice(question) -> dict[str, Field]:
    values = [option.value for option in question.answer_options()]
    message = _l("Select the answer that fits best")
    return {
        "answer": StringField(
            validators=[
                _presence(question, message),
                AnyOf(values, message=_l("Select from the answers shown")),
            ],
            filters=[_strip],
        )
    }


def _many_choices(question: ChoicesQuestion) -> dict[str, Field]:
    values = [option.value for option in question.options]
    presence = InputRequired(message=_l("Select at least one answer")) if question.required else Optional()
    return {
        "answer": SelectMultipleField(
            validate_choice=False,
            validators=[presence, _AllOf(values)],
        )
    }


def _text(question: TextQuestion) -> dict[str, Field]:
    presence = _presence(question, _l("Write your answer in the box"))
    return {"answer": TextAreaField(validators=[presence, _length(question.max_length)], filters=[_strip])}


def _three_houses(question: ThreeHousesQuestion) -> dict[str, Field]:
    return {
        part: TextAreaField(validators=[Optional(), _length(question.max_length)], filters=[_strip])
        for part in question.parts()
    }


FIELD_BUILDERS = {
    FacesQuestion: _single_choice,
    ChoiceQuestion: _single_choice,
    YesNoUnsureQuestion: _single_choice,
    ChoicesQuestion: _many_choices,
    TextQuestion: _text,
    ThreeHousesQuestion: _three_houses,
}


@lru_cache(maxsize=512)
def _form_class(question: QuestionBase) -> type[RespondentForm]:
    # Questions are frozen and never change, so each one's form class is built once per process.
    return type("QuestionForm", (RespondentForm,), FIELD_BUILDERS[type(question)](question))


def question_form(question: QuestionBase, **kwargs) -> RespondentForm:
    """A form for one question's page; ``data`` pre-fills it from the answers already saved."""
    return _form_class(question)(**kwargs)


def answers_from(question: QuestionBase, form: RespondentForm) -> list[AnswerValue]:
    """Read a validated form back into typed answers; an empty answer is a skipped one."""
    if isinstance(question, ThreeHousesQuestion):
        return [AnswerValue(part=part, text=form[part].data or None) for part in question.parts()]
    data = form["answer"].data
    if isinstance(question, ChoicesQuestion):
        return [AnswerValue(choices=list(data or []) or None)]
    if isinstance(question, TextQuestion):
        return [AnswerValue(text=data or None)]
    score = int(data) if data and isinstance(question, FacesQuestion) else None
    return [AnswerValue(choice=data or None, score=score)]


def skipped_answers(question: QuestionBase) -> list[AnswerValue]:
    """What a skipped question stores: an empty answer for each part."""
    return [AnswerValue(part=part) for part in question.parts()]


def form_data_from(question: QuestionBase, answers: dict[str, object]) -> dict:
    """The saved answers of one question as the form's starting data."""
    if isinstance(question, ThreeHousesQuestion):
        return {part: answers[part].text for part in question.parts() if part in answers}
    saved = answers.get("")
    if saved is None:
        return {}
    if isinstance(question, ChoicesQuestion):
        return {"answer": saved.choices or []}
    if isinstance(question, TextQuestion):
        return {"answer": saved.text}
    return {"answer": saved.choice}
