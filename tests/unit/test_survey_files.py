"""Survey files: the library is valid, and a broken file is refused with its file, line and field."""

import shutil
import textwrap
from pathlib import Path

import pytest

from app.surveys.loader import SurveyFileError, load_file, load_library
from app.surveys.schema import AUDIENCES

LIBRARY = Path(__file__).resolve().parents[2] / "surveys"
GOOD = """\
id: {name}
version: 1
title: Your views
audience: child_8_12
description: A test survey.
intro: Tell us how things are.
questions:
  - id: worker_listens
    type: faces
    text: Does your worker listen to you?
    themes: [relationships]
"""


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(textwrap.dedent(body))
    return path


def test_the_library_has_all_seven_starting_surveys_and_they_are_valid():
    library = load_library(LIBRARY)
    assert library.problems == []
    assert set(library.surveys) == {
        "children-4-7",
        "children-8-12",
        "young-people-13-17",
        "care-leavers",
        "parents-carers",
        "three-houses",
        "compliment-or-complaint",
    }
    assert {survey.definition.audience for survey in library.surveys.values()} == set(AUDIENCES)


def test_the_8_to_12_survey_uses_every_question_type_but_three_houses():
    survey = load_library(LIBRARY).surveys["children-8-12"].definition
    assert {question.type for question in survey.questions} == {"faces", "choice", "choices", "yes_no_unsure", "text"}


def test_the_youngest_childrens_survey_is_almost_all_faces():
    survey = load_library(LIBRARY).surveys["children-4-7"].definition
    faces = [question for question in survey.questions if question.type == "faces"]
    assert len(faces) >= len(survey.questions) - 1
    assert all(question.faces == 3 for question in faces)


@pytest.mark.parametrize(
    ("change", "line", "field", "message"),
    [
        (("    type: faces", "    type: smiley"), 9, "question 1 (worker_listens) > type", "unknown question type"),
        (
            ("    themes: [relationships]", "    themes: [kindness]"),
            11,
            "question 1 (worker_listens) > theme 1",
            "Input should be",
        ),
        (("audience: child_8_12", "audience: toddlers"), 4, "audience", "Input should be"),
        (("    text: Does your worker listen to you?", "    txet: Does your worker listen?"), 10, "txet", "not known"),
        (("    type: faces", "    type: faces\n    faces: 4"), 10, "faces", "Input should be 3 or 5"),
        (("title: Your views\n", ""), 1, "title", "this field is required"),
        (
            ("    themes: [relationships]", "    labels: [One, Two]"),
            11,
            "question 1 (worker_listens) > labels",
            "labels must have 5",
        ),
        (("  - id: worker_listens", "  - id: Worker Listens"), 8, "question 1 (Worker Listens) > id", "pattern"),
        (
            ("intro: Tell us how things are.", "intro: Tell us how things are.\nintro: Again"),
            7,
            "intro",
            "written twice",
        ),
        (("questions:", "questions: ["), 8, "", "not valid YAML"),
    ],
)
def test_a_broken_file_names_file_line_and_field(tmp_path, change, line, field, message):
    old, new = change
    path = write(tmp_path, "broken", GOOD.format(name="broken").replace(old, new))
    with pytest.raises(SurveyFileError) as refused:
        load_file(path)
    problem = next(problem for problem in refused.value.problems if field in problem.field)
    assert (problem.path, problem.line) == (str(path), line), str(refused.value)
    assert field in problem.field
    assert message in problem.message
    assert str(problem).startswith(f"{path}:{line}:")


def test_an_unquoted_yes_is_caught_with_a_hint_to_quote_it(tmp_path):
    body = GOOD.format(name="yesno") + "  - id: pick\n    type: choice\n    text: Pick\n    options:\n"
    body += "      - {value: 'yes', label: Yes}\n      - {value: 'no', label: 'No'}\n"
    with pytest.raises(SurveyFileError) as refused:
        load_file(write(tmp_path, "yesno", body))
    assert "put it in quotes" in str(refused.value)


def test_the_id_must_match_the_file_name(tmp_path):
    with pytest.raises(SurveyFileError, match="id must match the file name 'other'"):
        load_file(write(tmp_path, "other", GOOD.format(name="something")))


def test_a_broken_file_is_refused_and_the_others_still_load(tmp_path):
    shutil.copy(LIBRARY / "children-4-7.yaml", tmp_path)
    write(tmp_path, "broken", GOOD.format(name="broken").replace("type: faces", "type: nonsense"))
    library = load_library(tmp_path)
    assert list(library.surveys) == ["children-4-7"]
    assert [problem.path for problem in library.problems] == [str(tmp_path / "broken.yaml")]


def test_layout_and_comments_do_not_change_the_version_but_wording_does(tmp_path):
    original = load_file(write(tmp_path, "same", GOOD.format(name="same"))).version_hash
    relaid = "# a comment\n" + GOOD.format(name="same").replace(
        "themes: [relationships]", "themes:\n      - relationships"
    )
    assert load_file(write(tmp_path, "same", relaid)).version_hash == original
    reworded = GOOD.format(name="same").replace("listen to you", "really listen to you")
    assert load_file(write(tmp_path, "same", reworded)).version_hash != original
