"""The survey commands, and how a changed survey file meets the answers already given."""

import shutil
from pathlib import Path

from sqlalchemy import select

from app.models import SurveyVersion
from tests.factories import create_link, responses
from tests.respondent import Respondent

LIBRARY = Path(__file__).resolve().parents[2] / "surveys"


def copy_library(folder: Path) -> Path:
    for path in LIBRARY.glob("*.yaml"):
        shutil.copy(path, folder)
    return folder


def test_surveys_check_passes_on_the_library(app):
    result = app.test_cli_runner().invoke(args=["surveys", "check"])
    assert result.exit_code == 0, result.output
    assert "7 surveys valid, 0 refused." in result.output


def test_surveys_check_prints_each_problem_with_file_line_and_field(app, tmp_path):
    copy_library(tmp_path)
    broken = tmp_path / "children-4-7.yaml"
    broken.write_text(broken.read_text().replace("type: faces", "type: smileys", 1))
    result = app.test_cli_runner().invoke(args=["surveys", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{broken}:" in result.output
    assert "> type: unknown question type" in result.output
    assert "6 surveys valid, 1 refused." in result.output


def test_a_broken_file_is_refused_on_load_and_its_last_good_version_keeps_working(app, settings, session, tmp_path):
    token = create_link(session, survey_id="children-4-7")
    copy_library(tmp_path)
    (tmp_path / "children-4-7.yaml").write_text("id: children-4-7\nquestions: [")
    app.config["SURVEY_DIR"] = str(tmp_path)
    result = app.test_cli_runner().invoke(args=["surveys", "load"])
    assert "Refused:" in result.output
    assert "children-4-7.yaml" in result.output
    assert "6 surveys loaded" in result.output
    assert app.test_client().get(f"/s/{token}").status_code == 200


def test_editing_a_survey_makes_a_new_version_and_old_answers_keep_theirs(app, client, session, tmp_path):
    token = create_link(session, survey_id="children-8-12")
    child = Respondent(client, token)
    child.start()
    child.answer(1, "5")
    [before] = responses(session)

    copy_library(tmp_path)
    edited = tmp_path / "children-8-12.yaml"
    edited.write_text(edited.read_text().replace("version: 1", "version: 2", 1))
    app.config["SURVEY_DIR"] = str(tmp_path)
    app.test_cli_runner().invoke(args=["surveys", "load"])

    versions = session.scalars(select(SurveyVersion).where(SurveyVersion.survey_id == "children-8-12")).all()
    assert len(versions) == 2
    child.send()
    [after] = responses(session)
    assert after.version_hash == before.version_hash
    assert after.survey_version_id == before.survey_version_id
    newcomer_token = create_link(session, survey_id="children-8-12")
    Respondent(app.test_client(), newcomer_token).start()
    assert responses(session)[-1].version_hash != before.version_hash
