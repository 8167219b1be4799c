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
