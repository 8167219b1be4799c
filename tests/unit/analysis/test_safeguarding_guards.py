"""Safeguarding guards added in 2026.11.4: harmless readings that come after the alarming words, kept to
their own clause, so a guard never hides a different disclosure later in the answer."""

import pytest

from tests.unit.analysis.readings import flagged


@pytest.mark.parametrize(
    "text",
    [
        "my brother's gonna kill me for telling you he has a girlfriend",
        "locked out of my xbox account",
        "i got locked out of my phone",
        "i punched the wall when i got angry at school",
        "we played tag and he pushed me over by accident",
        "the game is really violent but i like it",
        "i got smacked in the face by a ball in pe",
        "i have a secret, i like a boy in my class",
        "i never get hit at home",
        "dad was drunk at the wedding and did a funny dance",
        "i'm so hungry i could eat a horse",
        "i went missing from class to go to the toilet",
        "my friend said she'd kill me if i didn't come to her party",
        "someone online said my drawing was good",
        "my carer made me a secret santa present",
        "i feel unsafe when i cross the big road so my carer walks with me",
        "i feel safe now and nobody hurts me",
        "i got beaten at chess by my carer",
        "my brother keeps hitting me at mario kart lol",
        "i ran away from home in a game i made up",
        "my dad used to hit me but he's been in prison for years and i don't see him",
    ],
)
def test_harmless_readings_after_the_trigger_do_not_fire(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "my brother's gonna kill me if i tell you what he does to me at night",
        "locked out of my xbox and then mum locked me out of the house all night",
        "i punched the wall when dad hit mum",
        "we played tag and then he pushed me down the stairs on purpose",
        "i have a secret, my stepdad comes in my room at night",
        "dad was drunk at the party and hit mum when we got home",
        "i got hit at football but also my mum hits me with a belt",
        "my mate got knocked out in boxing but my dad knocked me out last night",
        "i feel safe at school but not at home",
        "i used to be scared but now he's back and i'm scared again",
        "i got lost in town and a man took me to his flat",
        "my friend said she'd kill me if i told anyone what her dad does",
        "he beat me at chess and then he beat me with a belt",
        "my uncle used to hit me and now he's living with us again and he hits me",
    ],
)
def test_a_guard_never_hides_a_disclosure_in_the_same_answer(text):
    assert flagged(text)


def test_a_guard_that_runs_across_but_hides_nothing():
    # "football ... hits" would read the hit as sport if the guard could run on past "but".
    assert flagged("we lost at football but my dad hits me")
    assert not flagged("i got hit at football")
