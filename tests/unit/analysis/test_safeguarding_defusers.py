"""Safeguarding mechanisms of 2026.11.5: defusers (a harmless reading that explains away its whole
clause, wherever the alarming words sit in it), the new guards, and the wider concern-signal families.
Sentences here are written for the tests, not copied from any labelled batch."""

import re

import pytest

from app.analysis.matching import PatternIndex, defused_spans
from app.analysis.safeguarding import PATTERN_SETS
from tests.unit.analysis.readings import flagged


def test_a_defuser_hides_its_clause_but_not_the_next_sentence_or_clause():
    index = PatternIndex([re.compile(r"with his jokes")])
    text = "he hits me . . . with his jokes . dad hits me"
    spans = defused_spans(index, text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end].startswith("he hits me")
    assert "dad" not in text[start:end]
    text = "he hits me with his jokes but dad hits me"
    (start, end) = defused_spans(index, text)[0]
    assert "dad" not in text[start:end]


def test_english_list_has_defusers():
    assert PATTERN_SETS["en"].defusers is not None
    assert PATTERN_SETS["en"].defusers.patterns


@pytest.mark.parametrize(
    "text",
    [
        "my uncle keeps punching me... with his awful puns haha",
        "i could die... of boredom in maths",
        "there's no food in the fridge because we're going on holiday tomorrow",
        "my cousin slapped me with a wet sponge at the water fight",
        "i don't want to go home, the party is so fun",
        "the coursework is killing me, i want to die",
        "dad yells at me to do my homework like every dad",
    ],
)
def test_defused_clauses_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "my uncle keeps punching me with his jokes but my stepdad hits me for real",
        "i could die of boredom. i want to die and i've got the pills",
        "there's no food in because we're moving. also mum leaves us alone for days",
    ],
)
def test_a_defuser_never_hides_a_later_disclosure(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "we did a session on grooming and sexting in tutor time",
        "we learnt about self harm and eating disorders, it was useful",
        "my carer says no adult is allowed to hurt me and i should tell someone",
        "i used to cut when i was in year 8 but i've been okay for a year now",
        "he was abusive but that was years ago and we are fine",
        "there's an injunction still in place and i'm okay",
        "mum's gonna kill me when she sees my school report lol",
        "my brother called me a noob because i lost at fifa",
        "mum nags at me to tidy my room every day",
        "got lost at the theme park for ten minutes, found my nan",
    ],
)
def test_new_guards_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "we had a lesson about safety and my uncle touches me",
        "i used to cut myself but now i have started again",
        "there's an injunction but he broke it and came to the house",
    ],
)
def test_new_guards_keep_disclosures(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "dad gets the slipper out when i'm naughty",
        "i told school i tripped, it's what i have to say when teachers ask",
        "stepmum gets really angry after she's had a drink and i have to wear a hoodie for pe after",
        "nan says i'm the mistake of the family",
        "i'm made to eat on my own in the kitchen",
        "i get shut in my room all weekend",
        "cereal for dinner again, all week",
        "my mum goes out on friday and doesn't come back till monday",
        "been thinking about the railway near school",
        "i did it again last night, sorry",
        "i take packages on the train for them, easy money",
        "he keeps taking me to a hotel",
        "he says he'll share the pics unless i pay",
        "people in the chat tell me to kill myself",
        "i keep watching how to stop eating videos",
        "a guy online keeps asking what i'm wearing",
        "he's not supposed to come round but he does",
        "i'm not going back tonight",
        "if they move me they won't find me",
        "my uncle plays secret games with me",
        "he tries to come in when i'm in the bath",
        "when they're fighting downstairs i can hear the screaming",
        "even though there's a restraining order he keeps turning up",
    ],
)
def test_new_signal_families_flag(text):
    assert flagged(text)


def test_a_category_marked_not_defusable_is_not_explained_away_by_a_defuser(tmp_path):
    from app.analysis.safeguarding import find, load_patterns

    path = tmp_path / "safeguarding_xx.yaml"
    path.write_text(
        "language: xx\n"
        "categories:\n"
        "  touch:\n    label: touch\n    defusable: false\n    patterns:\n      - touches me\n"
        "  hit:\n    label: hit\n    patterns:\n      - hits me\n"
        "defusers:\n  - playing tag\n",
        encoding="utf-8",
    )
    patterns = load_patterns(path)
    text = "he hits me and touches me when we are playing tag"
    hidden = patterns.defused(text)
    assert hidden, "the defuser reads the clause as a game"
    assert list(find(text, patterns, hidden)) == ["touch"]


def test_english_sexual_abuse_is_not_defusable():
    assert "sexual abuse" in PATTERN_SETS["en"].undefused
