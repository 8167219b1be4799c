"""A fresh, migrated database for a benchmark: a temporary SQLite file, or a new PostgreSQL schema when
BENCH_POSTGRES_URL names a server (for example postgresql://postgres@127.0.0.1/test)."""

import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from app.migrate import upgrade


def fresh_database_url() -> str:
    server = os.environ.get("BENCH_POSTGRES_URL")
    if not server:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    else:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        engine = create_engine(server.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        url = f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
    upgrade(url)
    return url


def database_name(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgresql") else "SQLite"
