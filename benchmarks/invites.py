"""Print how fast invites and their QR codes are made.

Budgets (issue 3): one QR code as SVG in under 10 ms; 200 invites with their card sheet in under 2 s.
Run: make bench
"""

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fresh_database import database_name, fresh_database_url
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db
from app.links import _matrix, qr_svg
from app.models import Survey
from app.models.campaign import create_campaign
from app.models.user import create_user

PASSWORD = "benchmark password"


def time_qr_svg() -> None:
    samples = []
    for number in range(300):
        url = f"https://tellus.council.example/s/{number:027d}"
        started = time.perf_counter()
        qr_svg(url)
        samples.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(samples, n=20)[18]
    matrix_only = []
    for number in range(100):
        started = time.perf_counter()
        _matrix(f"https://tellus.council.example/s/{number:027x}")
        matrix_only.append((time.perf_counter() - started) * 1000)
    print(
        f"QR code as SVG: median {statistics.median(samples):.2f} ms, p95 {p95:.2f} ms (budget 10 ms);"
        f" of which the QR library's matrix {statistics.median(matrix_only):.2f} ms"
    )


def csrf(html: str) -> str:
    return re.search(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def time_batch(database_url: str) -> None:
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "bench", "LINK_KEY": "bench"})
    app.test_cli_runner().invoke(args=["surveys", "load"])
    with Session(db.engine, expire_on_commit=False) as session:
        user = create_user(
            session,
            email="bench@example.org",
            name="Bench Worker",
            team="Team",
            roles=["practitioner"],
            password=PASSWORD,
        )
        campaign = create_campaign(
            session,
            name="Bench",
            service_area="Fostering",
            kind="survey_round",
            surveys=[session.get(Survey, "children-8-12")],
            owner=user,
        )
    client = app.test_client()
    page = client.get("/sign-in")
    client.post("/sign-in", data={"csrf_token": csrf(page.text), "email": user.email, "password": PASSWORD})
    page = client.get(f"/practice/campaigns/{campaign.id}/invites/new")
    people = "\n".join(f"CP{number:05d}" for number in range(200))
    started = time.perf_counter()
    made = client.post(
        f"/practice/campaigns/{campaign.id}/invites/new",
        data={"csrf_token": csrf(page.text), "survey": "children-8-12", "language": "en", "people": people},
    )
    batch = client.get(made.headers["Location"])
    ids = re.search(r"/practice/cards\?ids=([0-9,]+)", batch.text).group(1)
    cards = client.get(f"/practice/cards?ids={ids}")
    elapsed = time.perf_counter() - started
    assert cards.text.count('class="card"') == 200
    print(
        f"200 invites made from a pasted list, then their card sheet ({len(cards.data) // 1024} KB, 25 pages):"
        f" {elapsed:.2f} s on {database_name(database_url)} (budget 2 s)"
    )


if __name__ == "__main__":
    time_qr_svg()
    time_batch(fresh_database_url())
