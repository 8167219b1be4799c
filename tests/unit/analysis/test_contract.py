"""The design §5 contract: fields and types, the JSON keys, languages, speed and no Flask."""

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from app.analysis import ANALYSER_VERSION, Analysis, analyse
from app.analysis.text import normalise

ROOT = Path(__file__).resolve().parents[3]
CONTRACT = ["sentiment", "polarity", "themes", "safeguarding", "safeguarding_reasons", "redacted"]


def test_analysis_has_the_contract_fields_with_their_types():
    result = analyse("My social worker Sarah never turns up")
    assert [f.name for f in dataclasses.fields(Analysis)][:6] == CONTRACT
    assert result.sentiment in {"positive", "neutral", "negative"}
    assert isinstance(result.polarity, float)
    assert isinstance(result.themes, list)
    assert all(isinstance(theme, str) for theme in result.themes)
    assert isinstance(result.safeguarding, bool)
    assert isinstance(result.safeguarding_reasons, list)
    assert isinstance(result.redacted, str)


def test_analysis_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        analyse("hello").sentiment = "positive"  # type: ignore[misc]


def test_to_json_dict_has_exactly_the_contract_keys():
    assert list(analyse("She is lovely").to_json_dict()) == CONTRACT


def test_the_analyser_version_is_a_non_empty_string():
    assert isinstance(ANALYSER_VERSION, str)
    assert ANALYSER_VERSION


@pytest.mark.parametrize("language", ["pl", "ro", "ur"])
def test_answers_not_in_english_are_redacted_and_checked_but_not_scored(language):
    result = analyse(
        "Zadzwoń 07700 900123 albo napisz do ola@example.com, Anna", language=language, known_names=["Anna"]
    )
    assert (result.sentiment, result.polarity, result.themes, result.sentiment_analysed) == ("neutral", 0.0, [], False)
    assert result.redacted == "Zadzwoń [PHONE] albo napisz do [EMAIL], [NAME]"


def test_a_language_without_its_own_list_is_checked_with_the_english_one_and_says_so():
    result = analyse("he hits me", language="pl")
    assert result.safeguarding
    assert any("physical abuse" in reason for reason in result.safeguarding_reasons)
    assert any("no safeguarding list for language 'pl'" in reason for reason in result.safeguarding_reasons)


@pytest.mark.parametrize("language", ["en", "en-GB", "EN_gb"])
def test_english_in_any_spelling_is_analysed_fully(language):
    result = analyse("she is lovely", language=language)
    assert result.sentiment_analysed
    assert result.safeguarding_reasons == []


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🙂", "\n\n"])
def test_empty_and_odd_answers_are_analysed_without_error(text):
    assert analyse(text).redacted == text


def test_the_tokeniser_expands_text_speak_and_stretched_words():
    assert normalise("She is sooo gr8, dont u think? 😍").tokens == (
        "she",
        "is",
        "so",
        "great",
        ",",
        "don't",
        "you",
        "think",
        "?",
        "emojipos",
    )


def test_the_analysis_package_imports_nothing_from_flask_or_the_rest_of_the_app():
    code = (
        "import sys; sys.path.insert(0, 'app'); import analysis; "
        "analysis.analyse('she hits me, ring 07700 900123'); "
        "assert 'flask' not in sys.modules, 'flask imported'; "
        "assert not any(m == 'app' or m.startswith('app.') for m in sys.modules), 'app imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_analysis_source_has_no_import_from_outside_the_package():
    for path in (ROOT / "app" / "analysis").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("import flask", "from flask", "import app", "from app"):
            assert forbidden not in source, path
