"""Guards on the project's conventions: migrations, URLs and translatable text."""

import re
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import create_app
from app.extensions import db, make_engine
from app.migrate import alembic_config, upgrade
from app.models import Base, Invite
from tests.factories import create_link
from tests.respondent import Respondent

ROOT = Path(__file__).resolve().parent.parent


def test_migrations_have_one_head(database_url):
    assert len(ScriptDirectory.from_config(alembic_config(database_url)).get_heads()) == 1


def test_migrations_build_exactly_what_the_models_describe(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_urls_are_kebab_case(app):
    for rule in app.url_map.iter_rules():
        fixed = re.sub(r"<[^>]+>", "", rule.rule)
        assert re.fullmatch(r"[a-z0-9/.-]*", fixed), rule.rule


def pseudo_catalog(folder: Path) -> None:
    """Extract every marked string and 'translate' each one as «string», in a locale Tellus does not ship."""
    pot = folder / "messages.pot"
    args = ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-k", "N_", "-o", str(pot), "."]
    CommandLineInterface().run(args)
    with pot.open("rb") as source:
        catalog = read_po(source, locale="eo")
    for message in catalog:
        if message.id:
            message.string = f"«{message.id}»"
    target = folder / "eo" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "messages.mo").open("wb") as out:
        write_mo(out, catalog)


@pytest.fixture
def pseudo_app(settings, tmp_path, monkeypatch):
    """The app speaking a pseudo-language ("eo") in which every catalog string reads «like this»."""
    monkeypatch.chdir(ROOT)
    pseudo_catalog(tmp_path)
    app = create_app({**settings, "BABEL_TRANSLATION_DIRECTORIES": str(tmp_path), "LANGUAGES": ["en", "eo"]})
    Base.metadata.create_all(make_engine(settings["DATABASE_URL"]))
    app.test_cli_runner().invoke(args=["surveys", "load"])
    return app


def untranslated_text(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "svg", "textarea"]):  # textareas hold what the person typed
        hidden.decompose()
    # Language names are written in their own language, on purpose.
    texts = [soup.title.get_text()] + [node for node in soup.body.find_all(string=True) if not node.parent.get("lang")]
    return [text.strip() for text in texts if re.search(r"[A-Za-z]{2}", text) and "«" not in text]


def test_every_string_a_respondent_sees_goes_through_the_catalog(pseudo_app):
    app = pseudo_app
    seen = []
    with Session(db.engine) as session:
        for survey_id in ("children-4-7", "three-houses", "compliment-or-complaint", "parents-carers"):
            token = create_link(session, survey_id=survey_id)
            client = app.test_client()
            client.get(f"/s/{token}?lang=eo")
            person = Respondent(client, token)
            person.start()
            seen += [client.get(f"/s/{token}/{number}") for number in (1, 2, 3)]
            seen.append(person.answer(1, "not-an-option", worries="x" * 5001))
            seen.append(client.get(f"/s/{token}/your-words"))
            person.send()
            seen += [client.get(f"/s/{token}/thank-you"), client.get(f"/s/{token}/1")]
    seen.append(app.test_client().get("/s/not-a-real-link-at-all?lang=eo"))
    assert {page.status_code for page in seen} == {200, 404}
    for page in seen:
        assert untranslated_text(page.text) == []


def test_every_string_staff_see_goes_through_the_catalog(pseudo_app):
    app = pseudo_app
    from app.models.campaign import ensure_service_areas
    from tests.factories import create_open_campaign, create_staff, sign_in

    with Session(db.engine, expire_on_commit=False) as session:
        ensure_service_areas(session)
        person = create_staff(session, roles=("practitioner", "qa_officer", "admin"), name="Sam Worker", team="Team")
        campaign = create_open_campaign(session, owner=person)
        token = create_link(session, campaign=campaign, survey_id="children-8-12")
        child = Respondent(app.test_client(), token)
        child.start()
        child.answer(9, "he hits me")
        child.send()
        areas = {area for (area,) in session.execute(text("select name from service_areas"))}
    data = {
        person.name,
        person.email,
        person.team,
        campaign.name,
        campaign.service_area,
        "children-8-12",
        "Tellus",
        "he hits me",
        *areas,
    }
    client = app.test_client()
    client.get("/sign-in?lang=eo")
    sign_in(client, person)
    paths = [
        "/practice/",
        "/practice/campaigns",
        f"/practice/campaigns/{campaign.id}",
        f"/practice/campaigns/{campaign.id}/invites/new",
        "/practice/invites/1",
        "/practice/alerts",
        "/practice/alerts/1",
        "/quality/campaigns/new",
        "/admin/users",
        "/admin/users/new",
        f"/admin/users/{person.id}",
        "/admin/service-areas",
        "/practice/cards?ids=1",
    ]
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200, path
        left = []
        for words in untranslated_text(page.text):
            for value in sorted(data, key=len, reverse=True):
                words = words.replace(value, "")
            words = re.sub(r"\d{1,2} \w+\.? \d{4}, \d{2}:\d{2}", "", words)  # dates, formatted by Babel
            if re.search(r"[A-Za-z]{2}", words) and "/s/" not in words:
                left.append(words)
        assert left == [], path


def test_a_link_opens_in_its_invites_language_and_the_person_can_switch(pseudo_app):
    app = pseudo_app
    with Session(db.engine) as session:
        token = create_link(session, survey_id="parents-carers")
        session.query(Invite).update({"language": "eo"})
        session.commit()
    client = app.test_client()
    assert "«Welcome»" in client.get(f"/s/{token}", headers={"Accept-Language": "en"}).text
    assert ">Welcome<" in client.get(f"/s/{token}?lang=en").text
    assert ">Welcome<" in client.get(f"/s/{token}").text  # the choice is remembered
