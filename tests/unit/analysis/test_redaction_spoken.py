"""Personal data as dictation and hurried phone typing write it (2026.11.10): numbers and dates said
aloud, addresses and names in lower case, full names with a particle or an initial; and the ordinary
sentences that must stay as they are."""

import pytest

from tests.unit.analysis.readings import redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Phone and NHS numbers said aloud, with "double" and "hundred" as people say them.
        ("text my dad on oh seven seven double oh nine double oh four eight one", "text my dad on [PHONE]"),
        ("the number is zero one six three two, nine six oh, five five seven", "the number is [PHONE]"),
        ("her nhs number is nine nine nine three two one four four five six", "her nhs number is [NHS_NUMBER]"),
        # Dates said aloud, with and without the year.
        ("he was born on the fourteenth of march twenty twelve", "he was born on the [DATE]"),
        ("my birthday is september the thirtieth", "my birthday is [DATE]"),
        ("contact moved to the twenty first of november", "contact moved to the [DATE]"),
        ("she was born on the second of july two thousand and nine", "she was born on the [DATE]"),
        ("date of birth 7 11 2013", "date of birth [DATE]"),
        ("the hearing is august the 4th", "the hearing is [DATE]"),
    ],
)
def test_numbers_and_dates_said_aloud(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case town between the street and the postcode, or at the end.
        ("send it to 8 willow bank road hexham ne99 4tt please", "send it to [ADDRESS] [POSTCODE] please"),
        ("we live at 27 ash grove, morpeth", "we live at [ADDRESS]"),
        ("I live at 41 station road now.", "I live at [ADDRESS] now."),
        # A numbered house name, then its street.
        ("post it to 5 the granary, mill road, ludlow", "post it to [ADDRESS]"),
        # The room or flat in front of the house number, and a Scottish tenement flat.
        ("I'm in room 6, Fern House, 12 Quay Street", "I'm in [ADDRESS]"),
        ("new address is 3/1, 45 Paisley Road", "new address is [ADDRESS]"),
        ("our flat 2/2 has damp", "our [ADDRESS] has damp"),
    ],
)
def test_addresses_in_lower_case_and_their_parts(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After "is called", a name in any case, with a surname in lower case.
        ("my new worker is called dan okoro", "my new worker is called [NAME]"),
        ("my foster mum is called hope", "my foster mum is called [NAME]"),
        ("grandad whos called ron picks me up", "grandad whos called [NAME] picks me up"),
        # Listed names beside the writer or joined to another name, in lower case.
        ("me and ruby went to the cinema", "me and [NAME] went to the cinema"),
        ("me and daisy and poppy made a den", "me and [NAME] and [NAME] made a den"),
        # A particle or an initial is part of the name.
        ("my PA is Niamh Nic Giolla and she is great", "my PA is [NAME] and she is great"),
        ("my worker niamh nic giolla rang", "my worker [NAME] rang"),
        ("ask for Sam T at reception", "ask for [NAME] at reception"),
        ("Mr De la Cruz was kind", "[NAME] was kind"),
        ("Cpl Owen Price is my dad", "[NAME] is my dad"),
        # A name before "(my worker)".
        ("Ruth (my worker) sorted it", "[NAME] (my worker) sorted it"),
        # Schools: a pupil referral unit and a Welsh college.
        ("he is at moorside pru now", "he is at [SCHOOL] now"),
        ("I study at Coleg Ceredigion", "I study at [SCHOOL]"),
    ],
)
def test_names_and_schools_in_lower_case(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we counted one two three four five six seven eight at hide and seek",
        "the second may be better than the first",
        "she called the police and then called back",
        "my dad is posted in Cyprus until Christmas",
        "Mrs Jones, foster carer for the twins, rang",
        "the first day of june half term was fun",
    ],
)
def test_ordinary_words_stay(text):
    assert "[" not in redacted(text).replace("[NAME], foster carer", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email me at jaydenp2011 at example dot co dot uk", "email me at [EMAIL]"),
        ("can we move it from thursday the twelfth", "can we move it from [DATE]"),
        ("his date of birth is one four oh six two thousand and fifteen", "his date of birth is [DATE]"),
        ("we live at sixty one ash lane", "we live at [ADDRESS]"),
        ("send it to 4 the mews, york yo99 2ab", "send it to [ADDRESS] [POSTCODE]"),
        ("write to 8 Ivy Lane, Horsforth, Leeds LS99 1AA", "write to [ADDRESS] [POSTCODE]"),
        ("last review was Wed 17/01", "last review was [DATE]"),
        ("my worker grace said she'd ring", "my worker [NAME] said she'd ring"),
        ("hope is the best PA i've had", "[NAME] is the best PA i've had"),
        (
            "Sami my caseworker and the interpreter Yusuf Abu Zaid came",
            "[NAME] my caseworker and the interpreter [NAME] came",
        ),
        ("a letter signed J. Okonjo-Reid came", "a letter signed [NAME] came"),
    ],
)
def test_more_shapes_said_aloud_or_typed_in_a_hurry(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my gamer tag is NightOwlGamer and my username is Blaze_99",
        "I was born in Kabul and came here through Kurdistan",
        "May has been a hard month",
        "i will ring you tomorrow",
        "will you come to my review",
    ],
)
def test_handles_places_and_ordinary_words_stay(text):
    assert "[" not in redacted(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("follow my cousin @jade.okafor_x on insta", "follow my cousin @[NAME] on insta"),
        ("My name is Olivia Grace Fenwick and I'm 15", "My name is [NAME] and I'm 15"),
        ("my name is kieran dobbs i live with my nan", "my name is [NAME] i live with my nan"),
        ("my PA is zara malik, she's sound", "my PA is [NAME], she's sound"),
        ("the visit got moved to the 14th", "the visit got moved to the [DATE]"),
        ("the review is booked for 3/12", "the review is booked for [DATE]"),
        ("post goes to flat 9 heron court now", "post goes to [ADDRESS] now"),
        ("we're at flat 4 Willow House on Mill Road", "we're at [ADDRESS]"),
        ("send it to Room 2, 10-12 Park Street, Leeds", "send it to [ADDRESS]"),
        ("TELL KAYLEIGH I SAID THANKS", "TELL [NAME] I SAID THANKS"),
        ("Bex (Rebecca) is my PA", "[NAME] ([NAME]) is my PA"),
    ],
)
def test_handles_full_names_and_placement_addresses(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my sisters live with different carers and I see them",
            "my sisters live with different carers and I see them",
        ),
        ("Ellie has lived with the same carers since Jan", "[NAME] has lived with the same carers since Jan"),
        ("the worker spoke to Mr and Mrs Hughes", "the worker spoke to Mr and [NAME]"),
        ("wee Callum fae the unit ran aff", "wee [NAME] fae the unit ran aff"),
    ],
)
def test_carers_months_titles_and_scots_words_stay(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we moved into 7 Glan yr Afon, Treorchy.", "we moved into [ADDRESS]."),
        ("post to Bryngolau, Heol y Nant, Bala LL99 1AB", "post to [ADDRESS] [POSTCODE]"),
        ("we're at Room 3, Seaview B&B, 12 Promenade, Rhyl", "we're at [ADDRESS]"),
        ("we were at Heron Lodge, room 7, for a month", "we were at [ADDRESS], for a month"),
        ("she was born on Christmas Day 2015", "she was born on [DATE]"),
        ("he starts at St David's Church in Wales Primary", "he starts at [SCHOOL]"),
    ],
)
def test_welsh_addresses_hostels_and_festival_dates(text, expected):
    assert redacted(text) == expected
