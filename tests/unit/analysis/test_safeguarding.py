"""Safeguarding: every category fires, as children write it; figurative and harmless uses do not."""

import pytest

from app.analysis import analyse

MUST_FLAG = {
    "physical abuse": ["my dad hits me", "mum smacks us with a belt", "my uncle herts me", "I get beat up at home"],
    "sexual abuse": [
        "he touches me in my private parts",
        "he comes in my room at night",
        "my cousin made me touch him",
    ],
    "emotional abuse": [
        "my mum calls me fat and ugly",
        "dad says he wishes i was never born",
        "they lock me in my room",
    ],
    "neglect": ["there is never any food in the house", "i go to bed hungry", "mum leaves us on our own all weekend"],
    "self-harm and suicidal thoughts": [
        "i want to kill myself",
        "wanna die tbh",
        "i cut myself",
        "kms",
        "i wish i was dead",
    ],
    "domestic abuse": ["dad hits mum when he is drunk", "mums boyfriend strangled her", "we had to go to a refuge"],
    "exploitation and grooming": [
        "older boys give me weed if i hold stuff for them",
        "my boyfriend is 24",
        "they make me sell drugs",
    ],
    "online harm": ["someone on snapchat keeps asking me to send nudes", "a man i met online wants to meet up"],
    "feeling unsafe at home": ["i dont feel safe at home", "im scared to go home", "I am frightened of my dad"],
    "going missing": ["i ran away from my placement", "i keep going missing", "i've been sofa surfing"],
}


@pytest.mark.parametrize(
    ("category", "text"), [(category, text) for category, texts in MUST_FLAG.items() for text in texts]
)
def test_each_safeguarding_category_fires_with_a_reason_naming_it(category, text):
    result = analyse(text)
    assert result.safeguarding
    assert any(reason.startswith(f"{category}: '") for reason in result.safeguarding_reasons)


@pytest.mark.parametrize(
    "text",
    [
        "this meeting was killing me",
        "I hurt my leg at football",
        "my worker makes me feel safe",
        "dying to see my mum",
        "killing it at school",
        "my social worker asks me if anyone hurts me",
        "nobody hits me",
        "I'm scared of spiders",
        "I miss my mum",
        "my mum will kill me if I'm late lol",
        "we talked about staying safe online",
        "my worker told me about county lines so I know the signs",
        "my sister hit me with a pillow in a pillow fight",
        "I could kill for a pizza",
        "she keeps in touch with me",
        "I don't want to die",
    ],
)
def test_figurative_and_harmless_uses_do_not_fire(text):
    result = analyse(text)
    assert not result.safeguarding, result.safeguarding_reasons


def test_a_negated_disclosure_still_fires_when_it_was_in_the_past():
    assert analyse("my dad doesn't hit me anymore").safeguarding


def test_a_safe_statement_does_not_hide_a_disclosure_later_in_the_answer():
    assert analyse("my worker makes me feel safe but dad hits me").safeguarding


def test_an_unflagged_english_answer_has_no_reasons():
    result = analyse("She is lovely")
    assert (result.safeguarding, result.safeguarding_reasons) == (False, [])


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("my stepdad hitts me", "physical abuse"),
        ("he grabed my neck", "physical abuse"),
        ("she slaped me", "physical abuse"),
        ("my uncle touchd me", "sexual abuse"),
        ("im scard of my stepdad", "feeling unsafe at home"),
        ("i think about sucide", "self-harm and suicidal thoughts"),
        ("i want to kil myself", "self-harm and suicidal thoughts"),
    ],
)
def test_misspelt_disclosure_words_are_read_as_meant(typed, category):
    result = analyse(typed)
    assert result.safeguarding
    assert any(reason.startswith(f"{category}: ") for reason in result.safeguarding_reasons)


def test_real_words_are_never_corrected_into_harm_words():
    from app.analysis.safeguarding import PATTERN_SETS

    speller = PATTERN_SETS["en"].speller
    assert speller.correct("i play the drums and hold the holder") == "i play the drums and hold the holder"


@pytest.mark.parametrize(
    "text",
    [
        "sometimes i wish i wasnt alive",
        "they said if i dont do another drop theyll hurt my little brother",
        "a lad on roblox keeps asking what school i go to",
        "i put a chair against my bedroom door at night",
        "nobody ever picks me up from school and no ones home",
        "mums fella had her pinned against the wall",
        "some man gave me a new phone off him and said dont tell my carers",
        "i sneak out of the unit at night and staff dont know where i go",
    ],
)
def test_indirect_disclosures_written_as_children_write_them_fire(text):
    assert analyse(text).safeguarding, text


@pytest.mark.parametrize(
    "text",
    [
        "I've never been hit by anyone at home",
        "my maths exams are going to kill me",
        "I used to cut myself but I haven't for over a year",
        "my worker explained what grooming means so I know",
        "at school we learned nobody is allowed to touch my private parts",
        "I got lost in the shopping centre when I was little",
        "my older cousin gives me lifts to college",
        "I know who to ring if I don't feel safe",
    ],
)
def test_reassurance_education_and_resolved_past_do_not_fire(text):
    result = analyse(text)
    assert not result.safeguarding, result.safeguarding_reasons


def test_a_guard_in_one_clause_does_not_hide_a_disclosure_in_another():
    assert analyse("I used to be scared of the dark. Now my stepdad hits me").safeguarding
    assert analyse("my exams are killing me and i want to kill myself").safeguarding
