"""Run Alembic from inside the app, against the app's own database URL."""

from pathlib import Path

from alembic import command
from alembic.config import Config

from .config import ROOT


def alembic_config(url: str) -> Config:
    config = Config(str(Path(ROOT) / "alembic.ini"))
    config.attributes["url"] = url
    config.attributes["quiet_logging"] = True
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database up to ``revision`` (the newest, by default)."""
    command.upgrade(alembic_config(url), revision)
