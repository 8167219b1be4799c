"""Extension instances, each bound to the app in ``create_app`` through ``init_app``."""

from flask import Flask
from flask_babel import Babel
from flask_compress import Compress
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import scoped_session, sessionmaker


class Database:
    """The engine and a request-scoped session, built from ``DATABASE_URL`` when the app starts."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.session = scoped_session(sessionmaker(expire_on_commit=False))

    def init_app(self, app: Flask) -> None:
        self.engine = make_engine(app.config["DATABASE_URL"])
        self.session.configure(bind=self.engine)
        app.teardown_appcontext(lambda _exc: self.session.remove())


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout so workers can share it."""
    if url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    # hide_parameters: an error must never write an answer's text into a log.
    engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


db = Database()
csrf = CSRFProtect()
babel = Babel()
compress = Compress()
login_manager = LoginManager()
# Counters live in memory by default; RATELIMIT_STORAGE_URI=redis://… shares them between workers.
limiter = Limiter(key_func=get_remote_address, default_limits=[])
