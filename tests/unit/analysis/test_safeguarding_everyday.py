"""Everyday answers that use alarming words, each beside a disclosure that uses the same words
(2026.11.26.2 to .5): school body-safety rules, running out of one food, fun that keeps a child out,
someone else's mistaken worry, fasting, hyperbole, sport, soaps on the telly, harmless frights, a poorly
child cared for, play-fighting, games, shared jokes, a worker's decision, and harm that is over; and the
names, dates and addresses people write."""

import pytest

from app.analysis import analyse, redaction, safeguarding
from app.analysis.redaction import Span
from app.analysis.text import normalise
from tests.unit.analysis.readings import flagged, flagged_by_rules, redacted


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
        # 2026.11.26.4: minutes lost on a day out, lessons and known rules, siblings' teasing, no food
        # laid on, a carer's worry, the shop run, an older teen home alone, the worker seeing a child
        # alone, and a new home after the harm.
        "i went missing at the safari park for about ten minutes until the keeper found me",
        "i went missing at the zoo cos i lost my foster mum by the penguins",
        "we did private parts and consent in rse at school, so cringe",
        "my little sister calls me a loser when i win at uno",
        "there was no lunch at the review and i was starving by the end",
        "my carer was scared i'd get hurt on my new bike so she bought me a helmet",
        "there was no food in the fridge so my foster dad went to aldi",
        "im 16 now and can stay home on my own when they go out for tea",
        "my worker sees me on my own without my carers which i like",
        "my old carer used to call me names but i moved placements and my new carers are lovely",
        "i used to hurt myself when i was in year 9 but i haven't done it for ages and i'm doing loads better now",
        "i was sofa surfing last winter but got a room in supported lodgings now",
        # 2026.11.26.5: combat sports, lessons on growing up, races, lost things, a worker's diary,
        # calm after the harm, safety after the locks were changed.
        "got punched in the face at kickboxing lol",
        "we did puberty and private parts in pse this week",
        "i ran off with the egg and spoon race 🥚",
        "my school bag has gone missing again",
        "think i've gone missing off my sw's calendar, no visit for a month",
        "dad was violent when i was little so mum left. now it's just us and it's peaceful",
        "i'm safe at home now since the locks got changed, he's got an injunction",
        # 2026.11.26.7: homework neglected, scars from an operation, presents for a festival, boredom
        # idioms, a dash to the loo, a sibling's sore loss, the end of the lane, support still going
        "i've neglected my revision for weeks",
        "the scar on my leg is from my heart surgery when i was a baby",
        "got a phone off my uncle for christmas",
        "the review went on so long i felt like banging my head on the desk",
        "this questionnaire is so long kms",
        "i went missing from my review cos i needed a wee",
        "my sister punched me cos i beat her at mario kart",
        "i ran away once when i was 5 and got as far as the end of the street",
        "i used to self harm but i've been two years clean now and still see my counsellor",
        "i used to run off a lot when i first moved in but i havent been missing for ages now, i like it here",
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
        # 2026.11.26.4
        "i went missing for three days and slept at a man's flat",
        "my sister calls me a slag and pushes me down the stairs",
        "my carer was worried and now she hits me when i come in late",
        "a lad on fortnite told my daughter to move to snapchat and keep it secret from us",
        # 2026.11.26.5
        "my brother has gone missing again and the police came",
        "he comes back at night even though the locks were changed and i'm scared",
    ],
)
def test_the_same_words_in_a_disclosure_are_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # 2026.11.26.4 to .7: disclosures the learned model may catch, which the phrase lists and
        # concern signals now find themselves (each was missed by the rules before its round).
        "my uncle plays a tickling game with his hand down my pants",
        "the men who brought us to england say we must work in the nail bar for nothing",
        "my son comes back from his dad's stinking and with nits, his medicine never given",
        "i used to cut and now i'm doing it every night again",
        "he done my wrist again, i told school i fell like last time",
        "mummy doesn't wake up in the mornings so i make my own breakfast and my brother's",
        "my stepdad tickles me in my knickers when mum is at work",
        "mum says it's my fault she's ill and that i ruined the family",
        "a man gave me a phone and i have to answer it whenever it rings",
        "i tell school i fell down the stairs but we don't even have stairs",
        "dad held mum's neck against the wall",
    ],
)
def test_new_disclosure_families_are_found_by_the_rules(text):
    assert flagged_by_rules(text)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2026.11.26.4: a name found once is hidden where it stands again, first in a sentence too
        (
            "we stay with Holly and Dan now. Holly makes the best curry",
            "we stay with [NAME] and [NAME] now. [NAME] makes the best curry",
        ),
        # lower-case names before 's family or after staying at, and a pair before "are my brothers"
        ("oyelowo's mum picks us up", "[NAME]'s mum picks us up"),
        ("been stopping at kezza's since christmas", "been stopping at [NAME]'s since christmas"),
        ("basil and heath are my brothers", "[NAME] and [NAME] are my brothers"),
        # phone numbers typed a digit at a time or with the letter o; a day and month after "appointment"
        ("call me on 0 7 7 0 0 9 0 0 1 2 3", "call me on [PHONE]"),
        ("my number is o7700 9oo 321", "my number is [PHONE]"),
        ("my appointment is 14/03 at the clinic", "my appointment is [DATE] at the clinic"),
        ("happy birthday for the 12th sweetheart", "happy birthday for the [DATE] sweetheart"),
        # Kept: a modal and a month found as names elsewhere, a lower-case word, a carer's son
        ("Will came round. Will you tell him thanks", "[NAME] came round. Will you tell him thanks"),
        ("my foster carer's son took me fishing", "my foster carer's son took me fishing"),
        ("support 24/7 from my worker", "support 24/7 from my worker"),
        # 2026.11.26.5: pets and toys, a name that is also a word at a sentence start, pairs of digits, a day nursery
        (
            "our rabbit is called Nigel and my worker Nigel thinks that's funny",
            "our rabbit is called Nigel and my worker [NAME] thinks that's funny",
        ),
        ("Hope you are well. My daughter Hope is 7 now", "Hope you are well. My daughter [NAME] is 7 now"),
        ("Will is coming to my review", "[NAME] is coming to my review"),
        ("can my worker chase it up please", "can my worker chase it up please"),
        ("ring me on 01632 96 04 18", "ring me on [PHONE]"),
        # 2026.11.26.7: names shown by their worker or manager, a nickname explained, an interpreter,
        # a name found again in lower case; Grandad and Jummah are no names
        ("Sky's social worker is nice", "[NAME]'s social worker is nice"),
        ("Raimondas the interpreter was brilliant", "[NAME] the interpreter was brilliant"),
        (
            "Sunny (that's what everyone calls me) wants more visits",
            "[NAME] (that's what everyone calls me) wants more visits",
        ),
        ("Brynmor's worker is great, brynmor loves her", "[NAME]'s worker is great, [NAME] loves her"),
        ("Grandad says hello", "Grandad says hello"),
        ("contact is on fridays which is Jummah", "contact is on fridays which is Jummah"),
    ],
)
def test_repeated_names_possessives_and_typed_numbers(text, expected):
    assert redacted(text) == expected


def test_day_nurseries_are_schools_by_pattern():
    # Patterns alone (no name list or tagger), so the day-nursery pattern is what finds it.
    assert redaction.redact("his nursery is Rainbow Day Nursery", name_list=False) == "his nursery is [SCHOOL]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam from the Westfield Team rang me", "[NAME] from the Westfield Team rang me"),
        ("the GP at Oakwood Surgery was good", "the GP at Oakwood Surgery was good"),
        ("thanks to everyone at the Brackley hub", "thanks to everyone at the Brackley hub"),
        ("Tel: 01632 960123 Ref: CP/2024/17", "Tel: [PHONE] Ref: CP/2024/17"),
        ("thank you to Jade Ward and Tom Hall", "thank you to [NAME] and [NAME]"),
    ],
)
def test_teams_and_surgeries_are_not_people(text, expected):
    assert redacted(text) == expected


def test_an_address_found_by_the_tagger_stops_before_a_phone_number():
    """A learned find that runs over a phone number is cut before it, so the number keeps its own
    placeholder (the shipped tagger rarely does this; an earlier one read a surgery, a doctor and a
    number as one address)."""
    text = "I'm with Greenbank Health Centre, dr mahmood, 0113 496 0777, ring them"
    swallowed = Span(9, text.index(", ring"), "ADDRESS")
    phone = Span(text.index("0113"), text.index(", ring"), "PHONE")
    assert redaction._cut(text, [swallowed], [phone]) == [Span(9, text.index(", 0113"), "ADDRESS")]
    assert "[PHONE]" in redacted(text)


def test_a_full_name_in_lower_case_is_one_placeholder():
    assert redacted("my worker zhang wei is kind") == "my worker [NAME] is kind"


def test_one_harmless_phrase_does_not_excuse_a_long_answer():
    """A harmless reading sets the learned model aside only when it explains the answer. Here a
    worker's check-in is harmless (a guard), the rules find nothing else, and the model reads the rest."""
    answer = (
        "my worker asks if i'm ok and i say yes. but i take bread home from school in my bag every day for me "
        "and my brother cos there is nothing in"
    )
    words = normalise(answer).text
    assert safeguarding.harmless_reading(normalise("my worker asks if i'm ok and i say yes").text)
    assert not safeguarding.check(words)[0]
    assert not safeguarding.harmless_reading(words)
    assert any("learned model" in reason for reason in analyse(answer).safeguarding_reasons)
