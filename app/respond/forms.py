"""The respondent's fixed pages: starting, and what may be done with their words."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import AnyOf, Optional

from ..surveys.forms import RespondentForm
from ..surveys.schema import N_, Option

QUOTE_OPTIONS = (
    Option(value="yes", label=N_("Yes, you can use my words")),
    Option(value="no", label=N_("No, do not use my words")),
)
SHARE_OPTIONS = (
    Option(value="anonymous", label=N_("No, keep my answers anonymous")),
    Option(value="named", label=N_("Yes, my worker can know they are mine")),
)


class StartForm(RespondentForm):
    """The welcome page's Start button: a form only so that it carries a CSRF token."""


class YourWordsForm(RespondentForm):
    quote = StringField(validators=[Optional(), AnyOf(["yes", "no"], message=_l("Select yes or no"))])
    share = StringField(
        validators=[Optional(), AnyOf(["anonymous", "named"], message=_l("Select whether your worker may know"))]
    )

    def share_with_worker(self) -> bool:
        return self.share.data == "named"
