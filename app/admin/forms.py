from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, SelectMultipleField, StringField
from wtforms.validators import Email, InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..labels import choices
from ..models import Role

ROLE_LABELS = {
    Role.PRACTITIONER: _l("Practitioner: makes invites and follows them up"),
    Role.QA_OFFICER: _l("QA officer: runs campaigns, sees every invite and figure"),
    Role.ADMIN: _l("Admin: manages staff accounts and service areas"),
}


class RolesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class UserForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        validators=[
            InputRequired(_l("Enter an email address")),
            Email(_l("Enter an email address in the right format, like name@example.com"), check_deliverability=False),
            Length(max=254),
        ],
    )
    name = StringField(_l("Full name"), validators=[InputRequired(_l("Enter their full name")), Length(max=120)])
    team = StringField(_l("Team (optional)"), validators=[Optional(), Length(max=120)])
    roles = RolesField(
        _l("Roles"),
        choices=choices((role.value, label) for role, label in ROLE_LABELS.items()),
        validators=[InputRequired(_l("Select at least one role"))],
    )


class RolesForm(FlaskForm):
    roles = RolesField(
        _l("Roles"),
        choices=choices((role.value, label) for role, label in ROLE_LABELS.items()),
        validators=[InputRequired(_l("Select at least one role"))],
    )


class ServiceAreaForm(FlaskForm):
    name = StringField(_l("Service area name"), validators=[InputRequired(_l("Enter a name")), Length(max=80)])
