"""Everyday answers that use alarming words, each beside a disclosure that uses the same words
(2026.11.26.2 and .3): school body-safety rules, running out of one food, fun that keeps a child out,
someone else's mistaken worry, fasting, hyperbole, sport, soaps on the telly, harmless frights, a poorly
child cared for, play-fighting, games, shared jokes, a worker's decision, and harm that is over; and the
names, dates and addresses people write."""

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
        # 2026.11.26.3: play-fighting, a worker's decision, errands, farm animals, lessons, games,
        # shared jokes, and harm that is over and dealt with.
        "my brother punched me on the arm when we were play fighting, we were only messing",
        "she said i can't go home yet but she explained why and gave me a hug",
        "i run errands for my nan and she gives me a quid",
        "got kicked by a horse at the stables, i was fine",
        "my worker helped me understand county lines so i know what to look out for",
        "i won hide and seek, i ran off and hid behind the shed",
        "someone posted a video of me falling off my bike and i was laughing too",
        "someone in the group chat keeps sending cringe memes",
        "dad was violent years ago but we moved away and it's so much better now",
        "i used to go without food at my mum's years ago but my nan looks after me really well",
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
        # 2026.11.26.3
        "i stayed at a mates for three nights and nobody knew where i was",
        "i haven't had my inhaler for two weeks and mum won't get it",
        "she's nice but i'm not planning on being here much longer",
        "my brother punched me in the face and i had a nosebleed",
        "someone posted a video of me getting beaten up and everyone is sharing it",
        "dad used to hit us and he still does when he's drunk",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my daughter grace has a new school", "my daughter [NAME] has a new school"),
        ("Will has settled in well with his nan", "[NAME] has settled in well with his nan"),
        ("we live on the Fernhill estate now", "we live on the [ADDRESS] now"),
        ("my address is 4 maes y coed bangor ll57 2aa", "my address is [ADDRESS] [POSTCODE]"),
        ("Nain's number is 01407 840 227", "Nain's number is [PHONE]"),
        # Kept: a modal after a family word, a verb that is also a name.
        ("my son will come home soon", "my son will come home soon"),
        ("my daughter hopes to go to college", "my daughter hopes to go to college"),
    ],
)
def test_family_names_estates_and_welsh_addresses(text, expected):
    assert redacted(text) == expected


def test_a_full_name_in_lower_case_is_one_placeholder():
    assert redacted("my worker zhang wei is kind") == "my worker [NAME] is kind"
