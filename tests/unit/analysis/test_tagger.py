"""The learned tagger for names, addresses and schools (2026.11.26): what it adds to the rules'
finds, what it must leave alone, and that it is safe to share between threads."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.analysis import analyse, tagger
from tests.unit.analysis.readings import redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name on no list, with no cue before it.
        ("Dzmitry is way better than the last worker", "[NAME] is way better than the last worker"),
        # The town after a street with no comma is part of the address, not a name.
        ("we live at 3 Orchard Rise Penrith", "we live at [ADDRESS]"),
        ("it was sent to 14 Fellside View Kendal", "it was sent to [ADDRESS]"),
        # A Welsh address: the street and the town are one address.
        ("moved to Pen y Bryn, Bala in the end", "moved to [ADDRESS] in the end"),
    ],
)
def test_what_the_tagger_adds_to_the_rules(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "found", "label"),
    [
        ("Dzmitry is way better than the last worker", "Dzmitry", "NAME"),
        ("my son goes to Ashcombe Vale Academy and they have been brilliant", "Ashcombe Vale Academy", "SCHOOL"),
        ("our new place is Flat 6, Tanner House, Dewsbury", "Flat 6, Tanner House, Dewsbury", "ADDRESS"),
        ("we're on pitch 9, Hollin Bank Caravan Park now", "pitch 9, Hollin Bank Caravan Park", "ADDRESS"),
    ],
)
def test_the_tagger_labels_names_addresses_and_schools(text, found, label):
    start = text.index(found)
    assert (start, start + len(found), label) in tagger.spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "I forgot my PE kit again",  # a first name that is an English word, in lower case
        "the meeting was boring and long",
        "Grace was shown to us when things were hard",  # at a sentence start names.py decides
        "my username is NightOwlGamer lol",  # usernames are kept, as the rules keep them
        "I go to secondary school now",  # a school word without a school's name
        "We'd like more notice before visits",  # a contraction
        "Texted her three times and no reply",  # an English word with an ending
        "i was nervous about meeting a new worker",
    ],
)
def test_ordinary_words_stay(text):
    assert tagger.spans(text) == []
    assert redacted(text) == text


def test_a_possessive_keeps_its_s():
    text = "Dzmitry's mum picks me up on Fridays"
    assert tagger.spans(text)[0] == (0, len("Dzmitry"), "NAME")
    assert redacted(text) == "[NAME]'s mum picks me up on Fridays"


def test_answers_in_other_languages_are_not_tagged():
    assert redacted("Dzmitry is way better than the last worker").startswith("[NAME]")  # found in English
    # The tagger learnt English answers; in Welsh only the names Tellus knows are taken.
    assert analyse("Dzmitry yw'r gweithiwr gorau", language="cy").redacted == "Dzmitry yw'r gweithiwr gorau"
    assert analyse("Dzmitry yw'r gweithiwr gorau", language="cy", known_names=("Dzmitry Nowak",)).redacted == (
        "[NAME] yw'r gweithiwr gorau"
    )


def test_threads_each_tag_their_own_answer():
    texts = [
        "Dzmitry is way better than the last worker",
        "our new place is Flat 6, Tanner House, Dewsbury",
        "my son goes to Ashcombe Vale Academy and they have been brilliant",
        "I forgot my PE kit again",
    ] * 50
    alone = [tagger.spans(text) for text in texts]
    assert all(alone[:3])  # each of the first three has a find ...
    assert not alone[3]  # ... and the fourth none
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(tagger.spans, texts)) == alone
