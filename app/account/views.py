"""Sign in and sign out. Sign-in is throttled by address and by account."""

import hashlib

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from sqlalchemy import func, select

from ..extensions import db, limiter
from ..models import User
from ..models.user import record_sign_in
from . import bp
from .forms import SignInForm, SignOutForm


def _email_key() -> str:
    """Throttle by account; hashed, because the limiter logs its keys and logs carry nothing personal."""
    email = (request.form.get("email") or "").strip().lower()
    return "account:" + hashlib.sha256(email.encode()).hexdigest()[:16]


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit("20 per 10 minutes", methods=["POST"])
@limiter.limit("8 per 10 minutes", methods=["POST"], key_func=_email_key)
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("practice.home"))
    form = SignInForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        user = db.session.scalar(select(User).where(func.lower(User.email) == email))
        if user is not None and user.active and user.check_password(form.password.data):
            language = session.get("lang")
            session.clear()  # a fresh session: nothing from before sign-in carries over but the language
            if language:
                session["lang"] = language
            session.permanent = True
            login_user(user)
            record_sign_in(db.session, user)
            return redirect(_safe_next() or url_for("practice.home"))
        form.password.errors.append(_("The email address or password is not right"))
    return render_template("account/sign-in.html", form=form)


@bp.post("/sign-out")
def sign_out():
    SignOutForm().validate_on_submit()
    logout_user()
    session.clear()
    flash(_("You have signed out."))
    return redirect(url_for("account.sign_in"))


def _safe_next() -> str | None:
    target = request.args.get("next", "")
    return target if target.startswith("/") and not target.startswith("//") else None


@bp.get("/")
def start():
    """The front door for staff; respondents never come here, they come by their own link."""
    return redirect(url_for("practice.home" if current_user.is_authenticated else "account.sign_in"))
