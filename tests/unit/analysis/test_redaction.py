"""Redaction: each kind of personal data is replaced; ordinary words, and words that are also names, are kept."""

import pytest

from app.analysis.redaction import find_spans
from tests.unit.analysis.readings import redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My social worker Sarah is kind", "My social worker [NAME] is kind"),
        ("sarah said she would ring", "[NAME] said she would ring"),
        ("my brother Will helped me", "my brother [NAME] helped me"),
        ("Mrs Patel helped me", "[NAME] helped me"),
        ("Ring me on 07700 900123", "Ring me on [PHONE]"),
        ("call +44 (0)20 7946 0018", "call [PHONE]"),
        ("email jo.bloggs@example.com", "email [EMAIL]"),
        ("postcode LS6 2QT", "postcode [POSTCODE]"),
        ("postcode m14 5tq", "postcode [POSTCODE]"),
        ("I live at 14 Oakfield Road", "I live at [ADDRESS]"),
        ("i live at 7 acacia avenue", "i live at [ADDRESS]"),
        ("flat 3 is cold", "[ADDRESS] is cold"),
        ("born 12/03/2015", "born [DATE]"),
        ("born on 3rd March 2014", "born on [DATE]"),
        ("NHS number 943 476 5919", "NHS number [NHS_NUMBER]"),
        ("I go to St Mary's Primary", "I go to [SCHOOL]"),
        ("my sister goes to Hillside Academy", "my sister goes to [SCHOOL]"),
        ("i go to oakfield high school", "i go to [SCHOOL]"),
    ],
)
def test_each_kind_of_personal_data_is_replaced_by_its_placeholder(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I hope she will call in May",
        "Will you tell my mum?",
        "Grace was shown to us",
        "Foster carers are great",
        "I go to secondary school now",
        "my new school is better",
        "Call Childline on 0800 1111",
        "i went to the park with 3 dogs in the park",
        "MY WORKER WILL CALL",
        "Can I have a different worker",
    ],
)
def test_ordinary_words_and_names_that_are_words_are_kept(text):
    assert redacted(text) == text


def test_known_names_are_redacted_in_any_case_and_by_their_parts():
    text = "Jo Bloggs is lovely but jo is late and Bloggs never answers"
    assert redacted(text, ("Jo Bloggs",)) == "[NAME] is lovely but [NAME] is late and [NAME] never answers"


def test_a_known_name_that_is_a_word_is_redacted_with_a_capital_or_opening_a_sentence_as_a_person():
    assert (
        redacted("Faith helped me, I have faith in her", ("Faith Okafor",)) == "[NAME] helped me, I have faith in her"
    )
    assert redacted("will is ok but he will never ring back", ("Will Hughes",)) == (
        "[NAME] is ok but he will never ring back"
    )
    assert redacted("mark was good. i got a bad mark in maths", ("Mark Adeleke",)) == (
        "[NAME] was good. i got a bad mark in maths"
    )
    # a modal asking a question is not the name, even when the name is known
    assert redacted("Will you ask Will to ring me", ("Will Hughes",)) == "Will you ask [NAME] to ring me"
    assert redacted("Will the new worker come? Will said so", ("Will Hughes",)) == (
        "Will the new worker come? [NAME] said so"
    )


def test_a_known_name_is_redacted_by_its_short_forms_that_are_first_names():
    assert redacted("Will is class, he got me in", ("William Stott",)) == "[NAME] is class, he got me in"
    assert redacted("Rob is safe to talk to", ("Robert Ince",)) == "[NAME] is safe to talk to"
    # a short form that is a word in its own right ("ken", to know) is not taken
    assert redacted("ken what Kenzie did? a bike", ("Kenzie Rae",)) == "ken what [NAME] did? a bike"


def test_a_month_after_in_is_not_a_person_beside_the_writer():
    assert redacted("we moved in june and i still havent had a visit") == (
        "we moved in june and i still havent had a visit"
    )


def test_a_possessive_keeps_its_s():
    assert redacted("Zainab's mum was there") == "[NAME]'s mum was there"


def test_spans_do_not_overlap_and_cover_the_whole_item():
    spans = find_spans("Email sarah.jones@example.com or ring 07700 900123")
    assert [(s.label, s.end - s.start) for s in spans] == [("EMAIL", 23), ("PHONE", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I live at 14 Elm Road, BS21 6TH and go to Worle Community School",
            "I live at [ADDRESS], [POSTCODE] and go to [SCHOOL]",
        ),
        ("we're at Flat 2, 9 Kent Street now", "we're at [ADDRESS] now"),
        ("my postcode is ls6 2th", "my postcode is [POSTCODE]"),
        ("my address is 12b high street", "my address is [ADDRESS]"),
        ("my sister goes to Oakwood Juniors", "my sister goes to [SCHOOL]"),
    ],
)
def test_personal_data_next_to_other_personal_data_is_still_found(text, expected):
    assert redacted(text) == expected


def test_an_ordinal_date_in_lower_case_is_not_taken_for_a_postcode():
    # Since 2026.11.4 a lone day after "on the" is a date (a date, never a postcode).
    assert redacted("see you on the 6th") == "see you on the [DATE]"
