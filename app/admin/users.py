"""Staff accounts: add, change roles, disable and enable."""

import secrets

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select

from ..extensions import db
from ..models import User
from ..models.user import create_user, set_active, set_roles
from ..practice.forms import ActionForm
from . import bp
from .forms import RolesForm, UserForm


@bp.get("/users")
def list_users():
    users = db.session.scalars(select(User).order_by(User.active.desc(), User.name)).all()
    return render_template("admin/users.html", users=users, action_form=ActionForm())


@bp.route("/users/new", methods=["GET", "POST"])
def new_user():
    form = UserForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        if db.session.scalar(select(User.id).where(func.lower(User.email) == email)):
            form.email.errors.append(_("There is already an account with this email address"))
        else:
            password = secrets.token_urlsafe(12)
            user = create_user(
                db.session,
                email=email,
                name=form.name.data.strip(),
                team=(form.team.data or "").strip() or None,
                roles=form.roles.data,
                password=password,
            )
            return render_template("admin/user-added.html", user=user, password=password)
    return render_template("admin/new-user.html", form=form)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def edit_user(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = RolesForm(roles=[role.value for role in user.roles])
    if form.validate_on_submit():
        set_roles(db.session, user, form.roles.data)
        flash(_("Roles changed for %(name)s.", name=user.name))
        return redirect(url_for(".list_users"))
    return render_template("admin/user.html", user=user, form=form, action_form=ActionForm())


@bp.post("/users/<int:user_id>/disable")
def disable_user(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if user.id == current_user.id:
        flash(_("You cannot disable your own account."))
    elif ActionForm().validate_on_submit():
        set_active(db.session, user, False)
        flash(_("%(name)s can no longer sign in.", name=user.name))
    return redirect(url_for(".list_users"))


@bp.post("/users/<int:user_id>/enable")
def enable_user(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if ActionForm().validate_on_submit():
        set_active(db.session, user, True)
        flash(_("%(name)s can sign in again.", name=user.name))
    return redirect(url_for(".list_users"))
