"""Tellus: hear children and families. ``create_app`` builds the application and nothing else."""

import hashlib
from pathlib import Path

from flask import Flask, current_app, g, has_request_context, request, session
from jinja2 import StrictUndefined

from . import config
from .extensions import babel, compress, csrf, db, limiter
from .models import Role


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app from environment settings, overridden by ``test_config`` in tests."""
    app = Flask(__name__)
    app.config.from_mapping(config.from_environment())
    if test_config:
        app.config.from_mapping(test_config)
    app.jinja_env.undefined = StrictUndefined

    db.init_app(app)
    csrf.init_app(app)
    compress.init_app(app)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    init_blueprints(app)
    init_headers(app)
    init_templates(app)

    from . import cli, errors, logs

    logs.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    init_analysis(app)
    return app


def init_analysis(app: Flask) -> None:
    """Load the analysers (and a council's own theme file) when a worker starts, never per request."""
    from .intake import taxonomy

    taxonomy(app.config["THEMES_FILE"])


def init_blueprints(app: Flask) -> None:
    from . import access
    from .account import bp as account_bp
    from .admin import bp as admin_bp
    from .practice import bp as practice_bp
    from .quality import bp as quality_bp
    from .respond import bp as respond_bp

    access.init_app(app)
    for blueprint in (respond_bp, account_bp, practice_bp, quality_bp, admin_bp):
        app.register_blueprint(blueprint)
    # Respondent forms check their own CSRF token, with a limit that outlasts a long pause.
    csrf.exempt(respond_bp)


def init_templates(app: Flask) -> None:
    """Values every page needs: the language, the language switcher and the stylesheet's version."""
    from flask_babel import format_datetime, get_locale

    from .labels import describe_reason, language_names, template_labels

    languages = language_names(app.config["LANGUAGES"])
    static = Path(app.static_folder)
    asset_version = hashlib.sha256(b"".join(p.read_bytes() for p in sorted(static.glob("*.*")))).hexdigest()[:10]

    app.jinja_env.filters["first_or_none"] = lambda items: next(iter(items), None)
    app.jinja_env.filters["describe_reason"] = describe_reason
    app.jinja_env.globals.update(roles=Role, form_errors=form_errors, **template_labels())
    app.jinja_env.filters["datetime"] = lambda value: format_datetime(value, "d MMM yyyy, HH:mm") if value else "—"

    @app.context_processor
    def _page_values():
        return {"current_locale": str(get_locale()), "languages": languages, "asset_version": asset_version}


def form_errors(form) -> list[tuple[str, str]]:
    """(id of the control, message) for a staff form's error summary; a group's first option for choices."""
    found = []
    for field in form:
        target = f"{field.id}-1" if field.type in {"RadioField", "SelectMultipleField", "RolesField"} else field.id
        found += [(target, message) for message in field.errors if field.name != "csrf_token"]
    return found


def select_locale() -> str:
    """The language a person chose on this site, else their invite's, else the best their browser asks for."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # a command: emails and logs go out in the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = request.args.get("lang") or session.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        return chosen
    if g.get("link_language") in languages:  # a link opens in the language its invite was made in
        return g.link_language
    return request.accept_languages.best_match(languages) or languages[0]


def init_headers(app: Flask) -> None:
    """Nothing leaves for another site, nothing is cached that a later user of the device could see."""
    policy = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response
