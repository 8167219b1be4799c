"""Flask commands: migrate the database, check and load surveys, seed the demo."""

import json
import secrets
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import func, select

from . import migrate
from .analysis import ANALYSER_VERSION, analyse
from .demo import demo_exists, seed_demo
from .extensions import db
from .intake import alert_for, analyse_response, known_names, responses_to_backfill
from .models import Alert, Role, User
from .models.message import messages_to_retry
from .models.user import create_user
from .notify.invitations import deliver
from .surveys.library import load_surveys
from .surveys.loader import load_library

db_cli = AppGroup("db", help="The database.")
surveys_cli = AppGroup("surveys", help="The survey library.")


@db_cli.command("upgrade")
def db_upgrade():
    """Create or update the database tables to the newest migration."""
    migrate.upgrade(current_app.config["DATABASE_URL"])
    click.echo("Database is up to date.")


@surveys_cli.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def surveys_check(paths):
    """Validate survey files; print each problem with file, line and field."""
    library = load_library(paths[0] if paths else current_app.config["SURVEY_DIR"])
    for problem in library.problems:
        click.echo(str(problem), err=True)
    click.echo(f"{len(library.surveys)} surveys valid, {len({p.path for p in library.problems})} refused.")
    if library.problems:
        raise SystemExit(1)


@surveys_cli.command("load")
def surveys_load():
    """Load the survey library into the database; a broken file is refused, the rest still load."""
    library = load_library(current_app.config["SURVEY_DIR"])
    for problem in library.problems:
        click.echo(f"Refused: {problem}", err=True)
    changed = load_surveys(db.session, library)
    click.echo(f"{len(library.surveys)} surveys loaded ({len(changed)} new or changed).")


@click.command("seed-demo")
@with_appcontext
def seed_demo_command():
    """Create the demo campaign and staff once; print the demo links and logins every time."""
    notes = Path(current_app.instance_path) / "demo.txt"
    if not demo_exists(db.session):
        links, logins = seed_demo(db.session, current_app.config["LINK_KEY"])
        base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
        lines = ["Demo links (one per survey):"]
        lines += [
            f"  {link.survey_id:<26} {base}/s/{link.token}" + ("  (open link)" if link.kind == "open" else "")
            for link in links
        ]
        lines += ["", "Demo staff logins:"] + [
            f"  {email:<28} {password}  ({roles})" for email, password, roles in logins
        ]
        notes.parent.mkdir(parents=True, exist_ok=True)
        notes.write_text("\n".join(lines) + "\n")
        notes.chmod(0o600)
    click.echo(notes.read_text() if notes.exists() else "The demo was seeded before; its links were not kept.")


@click.command("create-user")
@with_appcontext
@click.argument("email")
@click.option("--name", default="", help="Full name (defaults to the part of the email before @).")
@click.option("--team", default=None, help="Team, shown on printed cards.")
@click.option("--role", "roles", multiple=True, required=True, type=click.Choice([role.value for role in Role]))
@click.option("--password", default=None, help="Prompted for when not given; --generate makes one.")
@click.option("--generate", is_flag=True, help="Generate a password and print it once.")
def create_user_command(email, name, team, roles, password, generate):
    """Add a staff account, e.g. create-user jo@council.gov.uk --role qa_officer --generate."""
    if db.session.scalar(select(User.id).where(func.lower(User.email) == email.lower())):
        raise click.ClickException(f"There is already an account for {email}.")
    if generate:
        password = secrets.token_urlsafe(12)
    elif password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 10:
        raise click.ClickException("Use a password of at least 10 characters.")
    create_user(db.session, email=email, name=name or email.split("@")[0], team=team, roles=roles, password=password)
    click.echo(f"Added {email} ({', '.join(roles)}).")
    if generate:
        click.echo(f"Password (shown once): {password}")


@click.command("send-pending")
@with_appcontext
def send_pending_command():
    """Retry messages that failed to send (run it every few minutes from cron)."""
    retried = messages_to_retry(db.session)
    sent = sum(deliver(db.session, message, current_app.config) for message in retried)
    click.echo(f"{sent} of {len(retried)} messages sent.")


@click.command("analyse")
@click.option("--language", default="en", help="Language of the texts (a two-letter code).")
def analyse_command(language):
    """Read one text a line on standard input; write one JSON object a line with what the analyser found."""
    for line in sys.stdin:
        text = line.rstrip("\n")
        click.echo(json.dumps(analyse(text, language=language).to_json_dict(), ensure_ascii=False))


@click.command("backfill")
@click.option("--all", "everything", is_flag=True, help="Re-analyse every answer, not only older analyses.")
@with_appcontext
def backfill_command(everything):
    """Re-analyse stored answers after a rule change; raise alerts for newly flagged responses."""
    done = flagged = 0
    for response in responses_to_backfill(db.session, everything):
        reasons = analyse_response(db.session, response, known_names(db.session), current_app.config["THEMES_FILE"])
        done += 1
        if reasons and not db.session.scalar(select(Alert.id).where(Alert.response_id == response.id)):
            alert_for(db.session, response, reasons, current_app.config)
            flagged += 1
    click.echo(f"{done} responses analysed with {ANALYSER_VERSION}; {flagged} new alerts.")


def init_app(app: Flask) -> None:
    commands = (
        db_cli,
        surveys_cli,
        seed_demo_command,
        create_user_command,
        send_pending_command,
        analyse_command,
        backfill_command,
    )
    for command in commands:
        app.cli.add_command(command)
