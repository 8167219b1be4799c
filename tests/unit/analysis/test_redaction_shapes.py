"""Redaction of the shapes added in 2026.11.4: rooms and house names, street words in any case, lower-case
schools and postcodes, lone days and years after a date cue, dotted phones and lower-case titles."""

import pytest

from app.analysis.redaction import find_spans
from tests.unit.analysis.readings import redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i live at Room 4, 120 Gloucester Road now", "i live at [ADDRESS] now"),
        ("send it to Flat 7, 33 Bridge Street please", "send it to [ADDRESS] please"),
        ("we moved to Ivy Lodge last year", "we moved to [ADDRESS] last year"),
        ("Apartment 5 is on the top floor", "[ADDRESS] is on the top floor"),
        ("she lives at 12a park view", "she lives at [ADDRESS]"),
        ("my house is 14 beech ln", "my house is [ADDRESS]"),
        ("9 Holly Cl is my nans", "[ADDRESS] is my nans"),
        ("at 27 RIVERSIDE DRIVE", "at [ADDRESS]"),
        ("21 meadow way", "[ADDRESS]"),
        ("4 market square", "[ADDRESS]"),
        ("i live on maple avenue near the shop", "i live on [ADDRESS] near the shop"),
        ("she lives off brook street", "she lives off [ADDRESS]"),
        ("moved from The Old Schoolhouse to a flat", "moved from [ADDRESS] to a flat"),
        ("The House was cold", "The House was cold"),
    ],
)
def test_addresses_in_any_case_and_with_rooms_flats_and_house_names(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i go to st marys", "i go to [SCHOOL]"),
        ("I go to St Bede's", "I go to [SCHOOL]"),
        ("my school backwell high is rubbish", "my school [SCHOOL] is rubbish"),
        ("i go to hillside academy and its ok", "i go to [SCHOOL] and its ok"),
        ("i attend parkside juniors", "i attend [SCHOOL]"),
        ("outside Castle View Academy", "outside [SCHOOL]"),
    ],
)
def test_lower_case_and_saints_school_names(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we live in bs21 6th", "we live in [POSTCODE]"),
        ("address is 4 high st, m1 1ae", "address is [ADDRESS], [POSTCODE]"),
        ("we moved to ls11 5th last week", "we moved to [POSTCODE] last week"),
    ],
)
def test_lower_case_postcodes_with_an_address_cue(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we met on the 4th", "we met on the [DATE]"),
        ("he was born in 2011", "he was born in [DATE]"),
        ("DOB 09/04/11", "DOB [DATE]"),
        ("on the 21st of june i left", "on the [DATE] i left"),
        ("on 12.03.2015 we moved", "on [DATE] we moved"),
    ],
)
def test_dates_including_a_lone_day_or_year_after_a_date_cue(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring 07700.900.123", "ring [PHONE]"),
        ("(0117) 496 0123", "[PHONE]"),
        ("my nhs is 9434765919", "my nhs is [NHS_NUMBER]"),
        ("mrs jones is nice", "[NAME] is nice"),
        ("my mate Zed came", "my mate [NAME] came"),
        ("Lacey and Mo came round", "[NAME] and [NAME] came round"),
        ("my teacher miss evans", "my teacher [NAME]"),
    ],
)
def test_phones_nhs_numbers_and_names_in_new_shapes(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 5 minute walk from school",
        "it is a 10 min drive",
        "we did 3 laps of the park",
        "on the 1st day i cried",
        "on the 1st of the month",
        "it was on the 5th floor",
        "i go to the local high school",
        "i go to a good school",
        "i came 3rd in the race",
        "in year 10 i moved school",
        "i miss my mum",
        "i was born in hospital",
        "we went to town with Mum and I got shoes",
        "me and Mum went shopping",
    ],
)
def test_everyday_numbers_and_school_words_are_kept(text):
    assert redacted(text) == text


def test_overlapping_finds_are_joined_so_no_piece_is_left_showing():
    text = "it happened in 2023 outside Castle View Academy"
    spans = find_spans(text)
    assert text[spans[-1].start : spans[-1].end].endswith("Academy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "she came the day after his birthday, 14/03, and brought a card",
            "she came the day after his birthday, [DATE], and brought a card",
        ),
        ("our address is Upper Setter ZE2 9LR", "our address is [ADDRESS] [POSTCODE]"),
        ("i'd give her 10/10", "i'd give her 10/10"),  # a score, not a date
        ("on a scale of 1 to 10 i'd say 8/10", "on a scale of 1 to 10 i'd say 8/10"),
    ],
)
def test_a_day_and_month_after_a_date_word_and_a_named_house_given_as_the_address(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she got me moved from Queen Mary to Parkside Academy", "she got me moved from [SCHOOL] to [SCHOOL]"),
        ("i'm at Bishop Burton now doing motor vehicle", "i'm at [SCHOOL] now doing motor vehicle"),
        ("we moved from Hull to Leeds last year", "we moved from Hull to Leeds last year"),  # kept: towns
        ("i'm at Greggs now doing early shifts", "i'm at Greggs now doing early shifts"),  # kept: a job
    ],
)
def test_a_school_named_beside_another_or_by_what_is_studied_there(text, expected):
    assert redacted(text) == expected
