"""The QA officer's pages: running campaigns (and, later, the quote bank and reports)."""

from ..access import staff_blueprint
from ..models import Role

bp = staff_blueprint("quality", __name__, "/quality", (Role.QA_OFFICER,))

from . import campaigns  # noqa: E402, F401
