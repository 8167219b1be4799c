"""Who may do what: every staff route needs a signed-in, active user with one of its roles."""

from datetime import timedelta

from flask import Blueprint, abort, current_app, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from .extensions import db, login_manager
from .models import Role, User, utcnow


def init_app(app) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "account.sign_in"
    login_manager.login_message = None
    login_manager.session_protection = "strong"

    @login_manager.user_loader
    def _load_user(user_id: str) -> User | None:
        return db.session.get(User, int(user_id))


def staff_blueprint(name: str, import_name: str, url_prefix: str, roles: tuple[Role, ...]) -> Blueprint:
    """A blueprint whose every route requires sign-in, an active account and one of ``roles``."""
    bp = Blueprint(name, import_name, url_prefix=url_prefix)
    bp.before_request(lambda: _check(roles))
    bp.allowed_roles = roles  # read by the access test, which walks every route with every role
    return bp


def _check(roles: tuple[Role, ...]):
    if not current_user.is_authenticated:
        return redirect(url_for("account.sign_in", next=request.full_path.rstrip("?")))
    now = utcnow().timestamp()
    idle = timedelta(minutes=current_app.config["STAFF_IDLE_MINUTES"]).total_seconds()
    if now - session.get("seen", now) > idle:
        logout_user()
        session.clear()
        flash(_("You were signed out because you had not used Tellus for a while. Please sign in again."))
        return redirect(url_for("account.sign_in"))
    session["seen"] = now
    if not current_user.has_role(*roles):
        abort(403)
    return None
