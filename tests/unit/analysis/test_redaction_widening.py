"""Redaction of 2026.11.5: the parts next to an address or date that was found (a room or flat number,
a house name before the street, the town before the postcode, the weekday before a date), and
everyday-word first names paired with the writer or another name."""

import pytest

from app.analysis.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("send it to flat 7, Maple Court, 9 Hill Street, LS2 8AB", "send it to [ADDRESS], [POSTCODE]"),
        ("we're at Rose Cottage, Mill Lane, BS3 4QT", "we're at [ADDRESS], [POSTCODE]"),
        ("new place is 14 Park Road, Lower Wick, YO1 7HH", "new place is [ADDRESS], [POSTCODE]"),
        ("the review is on Friday 3rd May", "the review is on [DATE]"),
    ],
)
def test_neighbouring_parts_of_an_address_or_date_are_redacted(text, expected):
    assert redact(text) == expected


def test_an_everyday_word_name_paired_with_the_writer_is_redacted():
    assert redact("Hope and me went to the park") == "[NAME] and me went to the park"
    assert redact("Grace and Jordan are my best mates") == "[NAME] and [NAME] are my best mates"


def test_everyday_words_not_paired_with_a_person_stay():
    assert redact("I hope and pray she comes in May") == "I hope and pray she comes in May"
    assert redact("See you on Friday") == "See you on Friday"
