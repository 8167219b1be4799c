"""Flask commands: migrate the database, check and load surveys, seed the demo."""

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from . import migrate
from .demo import demo_exists, seed_demo
from .extensions import db
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
def seed_demo_command():
    """Create the demo campaign and staff once; print the demo links and logins every time."""
    notes = Path(current_app.instance_path) / "demo.txt"
    if not demo_exists(db.session):
        links, logins = seed_demo(db.session, current_app.config["LINK_KEY"])
        base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
        lines = ["Demo links (one per survey):"]
        lines += [
            f"  {link.title:<38} {base}/s/{link.token}" + ("  (open link)" if link.kind == "open" else "")
            for link in links
        ]
        lines += ["", "Demo staff logins:"] + [
            f"  {email:<28} {password}  ({roles})" for email, password, roles in logins
        ]
        notes.parent.mkdir(parents=True, exist_ok=True)
        notes.write_text("\n".join(lines) + "\n")
        notes.chmod(0o600)
    click.echo(notes.read_text() if notes.exists() else "The demo was seeded before; its links were not kept.")


def init_app(app: Flask) -> None:
    app.cli.add_command(db_cli)
    app.cli.add_command(surveys_cli)
    app.cli.add_command(seed_demo_command)
