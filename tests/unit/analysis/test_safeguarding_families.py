"""Disclosure families added in 2026.11.8, each with a harmless reading of the same words beside it."""

import pytest

from app.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        # a cover story the child was told to give, then denied
        "dad told me to tell school i walked into a door but i didnt",
        "thats what im meant to say if anyone asks about my eye",
        # hurt given out of sight, in slang, or told by a parent about a partner
        "he gives me dead arms when mum isnt looking",
        "she pinches me under the table where nobody can see",
        "my partner he kicked the kids when they cried, i am frightened to tell",
        # watching a child change; an adult's "girlfriend"
        "the lodger walks in when im in the shower and just stands there",
        "my son says the coach tells him to get changed while he watches",
        "the man at the shop says im his girlfriend and im only 13",
        # threats to send away; photos destroyed
        "foster mum says she will send me back if i cry again",
        "dad burnt the letters my mum wrote me",
        # drink and the car; dreading the drinking
        "my carer had loads of beer then drove us home from the party",
        "i dread saturdays cos he gets paid and drinks and it all kicks off",
        # a goodbye in days; a life weighed against others
        "you wont need to visit me after friday, i wont be around by then",
        "i wont be here for my birthday so dont bother planning it",
        "everyone would be better off if i wasnt here",
        "ive been hiding my meds under my pillow just in case",
    ],
)
def test_new_disclosure_families_flag(text):
    assert analyse(text).safeguarding is True


@pytest.mark.parametrize(
    "text",
    [
        "im missing my nan loads since she moved to spain",
        "the office neglected to tell us the meeting was moved",
        "that conference proper destroyed me, four hours of it",
        "if i have to fill in one more form i'm gonna scream",
        "my carers row about football every saturday lol",
        "i ran away from my cousin when we were playing hide and seek",
        "the young carers club took us bowling and it was class",
        "we had a lesson on consent in PSHE and it was awkward but ok",
    ],
)
def test_harmless_readings_of_the_same_words_do_not_flag(text):
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "ma da gies me a hidin if am late hame",  # Scots: "my dad gives me a hiding"
        "staff put me in a hold for nothing and were laughing the whole time",
        "the carer yanked my wrist so hard it went purple",
        "the man who drove us here has my passport and says i owe him",
        "i work in his shop every night to pay off the debt for bringing me",
    ],
)
def test_dialect_restraint_and_debt_bondage_flag(text):
    assert analyse(text).safeguarding is True


@pytest.mark.parametrize(
    "text",
    [
        "my PA went missing over christmas, no cover at all",
        "i went missing from the group chat cos my phone broke lol",
        "we ran away with the cup at the tournament!!",
        "stayed at my cousins on saturday, my carer knew and dropped me off",
        "there used to be shouting at ours but that's all stopped now and it's calm",
        "my mum twisted my arm to come to the review lol",
    ],
)
def test_figurative_missing_running_and_twisting_do_not_flag(text):
    assert analyse(text).safeguarding is False
