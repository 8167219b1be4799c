"""Fixtures: each test gets its own real database, a temporary SQLite file or a fresh PostgreSQL schema."""

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db, limiter
from app.models import Base
from app.models.campaign import ensure_service_areas
from app.surveys.library import load_surveys
from app.surveys.loader import load_library
from tests.factories import LINK_KEY

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")


@pytest.fixture
def database_url(tmp_path):
    """An empty database for one test: SQLite by default, PostgreSQL when TEST_DATABASE_URL names one."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'tellus.db'}"
        return
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def settings(database_url, tmp_path):
    """Test settings; a test may change them before it asks for ``app``."""
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "LINK_KEY": LINK_KEY,
        "DATABASE_URL": database_url,
        "SURVEY_DIR": str(ROOT / "surveys"),
        "QUICK_EXIT_URL": "/neutral",
        "PUBLIC_BASE_URL": "http://localhost",
    }


@pytest.fixture
def app(settings):
    """The app over a database with every table and the survey library loaded."""
    app = create_app(settings)
    limiter.reset()  # sign-in counters are kept in memory: each test starts with none
    Base.metadata.create_all(db.engine)
    with app.app_context():
        load_surveys(db.session, load_library(settings["SURVEY_DIR"]))
        ensure_service_areas(db.session)  # what the migration seeds
        db.session.remove()
    yield app
    db.session.remove()
    db.engine.dispose()


@pytest.fixture
def session(app):
    """A session of the test's own (outside any request) for arranging data and checking what was stored."""
    with Session(db.engine, expire_on_commit=False) as own:
        yield own


@pytest.fixture
def client(app):
    return app.test_client()
