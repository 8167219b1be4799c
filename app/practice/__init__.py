"""Practitioners' pages: my work, campaigns, invites, QR codes and cards, sending and tracking."""

from ..access import staff_blueprint
from ..models import Role

bp = staff_blueprint("practice", __name__, "/practice", (Role.PRACTITIONER, Role.QA_OFFICER))

from . import alerts, campaigns, invites, printing  # noqa: E402, F401
