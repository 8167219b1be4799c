"""Everyday answers that use alarming words, each beside a disclosure that uses the same words
(2026.11.26.2): school body-safety rules, running out of one food, fun that keeps a child out, someone
else's mistaken worry, fasting, hyperbole, sport, soaps on the telly, harmless frights, a poorly child
cared for, and harm that is over; and the short names and dates people write."""

import pytest

from tests.unit.analysis.readings import flagged, redacted


@pytest.mark.parametrize(
    "text",
    [
        "we did the pants rule in class, private parts are private",
        "we had no bread so we had crackers instead",
        "i didnt want to go home, the party was so fun",
        "my teacher thought someone had hurt me but it was netball",
        "i haven't eaten since lunch because it's ramadan",
        "the assembly was so boring i wanted to die",
        "the coach is grooming him to be captain next year",
        "we were watching hollyoaks and a man was hitting his girlfriend, nan switched it off",
        "i was scared at home when the thunder started",
        "there was a huge spider on my bedroom wall and i screamed",
        "off school sick with a cold, dad has been looking after me",
        "dad smacked me when i was small but he went on a course and doesn't do that anymore",
        "i used to cut when i was in year 8 but i haven't for three years now",
    ],
)
def test_everyday_answers_are_not_flagged(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "he said the pants rule is stupid and touched my private parts",
        "we had no food so we had nothing all weekend",
        "i don't want to go home because dad hits me",
        "i haven't eaten for two days, there's nothing in the cupboards",
        "the meeting was fine but honestly i want to die every night",
        "a man online keeps grooming me with gifts and wants to meet",
        "they only yell at me not my sisters",
        "no food in agen and mum is asleep",
        "mum smacked me last week and says it's my fault",
        "i was scared at home when he came back drunk",
    ],
)
def test_the_same_words_in_a_disclosure_are_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Debs is off till Friday so who do i ring", "[NAME] is off till Friday so who do i ring"),
        ("sorry i was rude to shaz at the meeting", "sorry i was rude to [NAME] at the meeting"),
        ("she emailed me on Fri 21/6 and nothing since", "she emailed me on [DATE] and nothing since"),
    ],
)
def test_short_names_and_weekdays(text, expected):
    assert redacted(text) == expected
