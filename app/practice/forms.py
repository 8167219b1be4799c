"""One form a page for practitioners. Labels and messages speak Design System English."""

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from ..labels import NO_ANSWER_LABELS, OUTCOME_LABELS, choices, language_names
from ..models import NoAnswerReason
from .bulk import EMAIL, MOBILE

MAX_BATCH = 200


class CreateInvitesForm(FlaskForm):
    survey = RadioField(_l("Survey"), validators=[InputRequired(_l("Select a survey"))])
    count = IntegerField(
        _l("How many invites"),
        default=1,
        validators=[Optional(), NumberRange(1, MAX_BATCH, _l("Enter a number from 1 to %(max)d", max=MAX_BATCH))],
    )
    people = TextAreaField(
        _l("People (optional)"),
        validators=[Optional(), Length(max=40000, message=_l("Paste no more than %(max)d people", max=MAX_BATCH))],
    )
    language = SelectField(_l("Language of the invite and the survey"), default="en")
    confirm_duplicates = BooleanField(_l("Yes, make invites for these case references again"))


class OpenLinkForm(FlaskForm):
    survey = RadioField(_l("Survey"), validators=[InputRequired(_l("Select a survey"))])


class SendForm(FlaskForm):
    channel = RadioField(_l("Send by"), validators=[InputRequired(_l("Select email or text message"))])
    address = StringField(
        _l("Email address or mobile number"),
        validators=[InputRequired(_l("Enter an email address or a mobile number")), Length(max=254)],
    )

    def validate_address(self, field):
        if self.channel.data == "email" and not EMAIL.match(field.data.strip()):
            raise ValidationError(_l("Enter an email address in the right format, like name@example.com"))
        if self.channel.data == "sms" and not MOBILE.match(field.data.replace(" ", "")):
            raise ValidationError(_l("Enter a UK mobile number, like 07700 900 982"))

    def clean_address(self) -> str:
        address = self.address.data.strip()
        return address.replace(" ", "") if self.channel.data == "sms" else address


class NoAnswerForm(FlaskForm):
    reason = RadioField(
        _l("Why was this person not heard?"),
        choices=choices((reason.value, label) for reason, label in NO_ANSWER_LABELS.items()),
        validators=[InputRequired(_l("Select why this person was not heard"))],
    )
    note = TextAreaField(_l("More detail (optional)"), validators=[Optional(), Length(max=500)])

    def validate(self, extra_validators=None) -> bool:
        # Checked here, not in validate_note: an empty optional field stops its own validators.
        if not super().validate(extra_validators):
            return False
        if self.reason.data == NoAnswerReason.OTHER and not (self.note.data or "").strip():
            self.note.errors.append(_l("Say why, when the reason is other"))
            return False
        return True


class ActionForm(FlaskForm):
    """A button that changes something: a form only so that it carries a CSRF token."""


def language_choices() -> list[tuple[str, str]]:
    return choices(language_names(current_app.config["LANGUAGES"]))


class AlertNoteForm(FlaskForm):
    note = TextAreaField(
        _l("What did you do?"),
        validators=[
            InputRequired(_l("Write what you did")),
            Length(max=2000, message=_l("Use 2000 characters or fewer")),
        ],
    )


class CloseAlertForm(FlaskForm):
    outcome = RadioField(
        _l("Outcome"),
        choices=choices((outcome.value, label) for outcome, label in OUTCOME_LABELS.items()),
        validators=[InputRequired(_l("Select the outcome"))],
    )
    note = TextAreaField(_l("Notes (optional)"), validators=[Optional(), Length(max=2000)])
    cleared_for_quotes = BooleanField(
        _l("The words may be used as anonymous quotes (nothing in them identifies anyone)")
    )
