"""The admin's pages: staff accounts and roles, and the list of service areas."""

from ..access import staff_blueprint
from ..models import Role

bp = staff_blueprint("admin", __name__, "/admin", (Role.ADMIN,))

from . import service_areas, users  # noqa: E402, F401
