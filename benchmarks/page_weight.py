"""Print the compressed weight of each survey's first question page and the server time per page.

Budgets (design §6): first question page, HTML + CSS + JS compressed, cold cache <= 14 KB;
next question <= 8 KB; server time for one client: GET question p95 <= 5 ms, POST answer p95 <= 10 ms.
Run: make bench
"""

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fresh_database import database_name, fresh_database_url
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db
from app.models import Campaign, Survey
from app.models.invite import create_invite

ROUNDS = 300
KEY = "benchmark"
# What a browser offers over plain HTTP (gzip, or deflate for streamed static files), and over HTTPS (br).
ENCODINGS = {"gzip": "gzip, deflate", "br": "br"}


def served_bytes(client, path: str, encoding: str) -> int:
    response = client.get(path, headers={"Accept-Encoding": ENCODINGS[encoding]})
    assert response.status_code == 200, (path, response.status_code)
    return len(response.get_data())


def csrf(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def percentile(samples: list[float], share: float) -> float:
    return statistics.quantiles(samples, n=100)[int(share * 100) - 1]


def main() -> None:
    url = fresh_database_url()
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": KEY, "LINK_KEY": KEY, "TESTING": False})
    app.test_cli_runner().invoke(args=["surveys", "load"])
    with Session(db.engine, expire_on_commit=False) as session:
        campaign = Campaign(name="Benchmark", service_area="Children in Care")
        session.add(campaign)
        surveys = list(session.scalars(select(Survey).order_by(Survey.id)))
        tokens = {s.id: create_invite(session, campaign, s.id, s.audience, KEY, days=1)[1] for s in surveys}
        timed_token = create_invite(session, campaign, "children-8-12", "child_8_12", KEY, days=1)[1]

    print(f"{'survey':<26} {'first page gzip':>15} {'br':>7} {'next page gzip':>15}")
    client = app.test_client()
    css = {enc: served_bytes(client, "/static/tellus.css", enc) for enc in ENCODINGS}
    js = {enc: served_bytes(client, "/static/tellus.js", enc) for enc in ENCODINGS}
    worst = 0
    for survey_id, token in tokens.items():
        client = app.test_client()
        welcome = client.get(f"/s/{token}", headers={"Accept-Encoding": "identity"})
        client.post(f"/s/{token}", data={"csrf_token": csrf(welcome.text)})
        first = {enc: served_bytes(client, f"/s/{token}/1", enc) + css[enc] + js[enc] for enc in ENCODINGS}
        page = client.get(f"/s/{token}/1", headers={"Accept-Encoding": "identity"})
        client.post(f"/s/{token}/1", data={"csrf_token": csrf(page.text), "action": "skip"})
        following = served_bytes(client, f"/s/{token}/2", "gzip")
        worst = max(worst, first["gzip"])
        print(f"{survey_id:<26} {first['gzip']:>12,} B {first['br']:>5,} B {following:>12,} B")
    print(f"(stylesheet {css['gzip']:,} B and script {js['gzip']:,} B gzip, counted in each first page)")
    print(f"largest first question page: {worst / 1024:.1f} KB gzip (budget 14 KB)")

    client = app.test_client()
    token = timed_token
    welcome = client.get(f"/s/{token}", headers={"Accept-Encoding": "identity"})
    client.post(f"/s/{token}", data={"csrf_token": csrf(welcome.text)})
    token_value = csrf(client.get(f"/s/{token}/1", headers={"Accept-Encoding": "identity"}).text)
    gets, posts = [], []
    for round_number in range(ROUNDS):
        started = time.perf_counter()
        client.get(f"/s/{token}/1", headers={"Accept-Encoding": "gzip"})
        gets.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        client.post(f"/s/{token}/1", data={"csrf_token": token_value, "answer": str(round_number % 5 + 1)})
        posts.append((time.perf_counter() - started) * 1000)
    print(
        f"server time, one client, {ROUNDS} rounds ({database_name(url)}): "
        f"GET question p50 {percentile(gets, 0.5):.2f} ms, "
        f"p95 {percentile(gets, 0.95):.2f} ms (budget 5); POST answer p50 {percentile(posts, 0.5):.2f} ms, "
        f"p95 {percentile(posts, 0.95):.2f} ms (budget 10)"
    )


if __name__ == "__main__":
    main()
