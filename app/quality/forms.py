from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import InputRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from ..labels import KIND_LABELS, choices


class CampaignForm(FlaskForm):
    name = StringField(
        _l("Campaign name"),
        validators=[
            InputRequired(_l("Enter a name for the campaign")),
            Length(max=200, message=_l("Use 200 characters or fewer")),
        ],
    )
    service_area = SelectField(_l("Service area"), validators=[InputRequired(_l("Select a service area"))])
    kind = RadioField(
        _l("Kind of campaign"),
        choices=choices((kind.value, label) for kind, label in KIND_LABELS.items()),
        validators=[InputRequired(_l("Select the kind of campaign"))],
    )
    surveys = SelectMultipleField(
        _l("Surveys offered"),
        option_widget=CheckboxInput(),
        widget=ListWidget(prefix_label=False),
        validators=[InputRequired(_l("Select at least one survey"))],
    )
    starts_on = DateField(_l("Starts on (optional)"), validators=[Optional()], format="%Y-%m-%d")
    ends_on = DateField(_l("Ends on (optional)"), validators=[Optional()], format="%Y-%m-%d")

    def validate_ends_on(self, field):
        if field.data and self.starts_on.data and field.data < self.starts_on.data:
            raise ValidationError(_l("The end date must be on or after the start date"))
