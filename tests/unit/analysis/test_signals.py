"""Concern signals: indirect disclosures flag on the signals they are made of; harmless uses do not."""

import re

import pytest

from app.analysis import analyse
from app.analysis.safeguarding import PATTERN_SETS, SafeguardingFileError, _compile
from app.analysis.signals import SignalFileError, assess, find, load_signals
from app.analysis.text import normalise

SIGNALS = PATTERN_SETS["en"].signals

# Each family, written as children and parents write: sideways, understated, with no word of harm.
BY_FAMILY = {
    "secrecy or a cover story": [
        "dad told me to wear my hoodie to school so no one sees my arms",
        "my mum told the school i have eczema but thats not what the marks are",
    ],
    "injury or marks on the body": ["theres marks on my neck and mum says dont show anyone"],
    "fear or hiding at home": [
        "i pretend to be asleep when he comes up the stairs",
        "i dread going back to my dads",
    ],
    "degradation or blame": ["im always the one who gets punished, my brothers never do"],
    "restriction or control": [
        "i have to ask permission to use the toilet at my carers",
        "my stepdad took my sim so i cant ring anyone",
    ],
    "going without at home": [
        "free school dinners are the only food i get",
        "there's no heating and we sleep in our coats",
    ],
    "self-harm or suicidal thoughts": [
        "i googled the best way to not wake up",
        "i keep thinking about walking into the sea",
        "i hope i dont wake up",
    ],
    "alcohol or drugs in the household": ["mum passes out on the sofa most nights and i cant wake her"],
    "possible exploitation or grooming": [
        "i get paid 50 quid just to drop bags off for this lad",
        "someone gave me a second phone for work",
    ],
    "online harm": [
        "a group on telegram dares us to hurt ourselves",
        "someone screenshotted my snap and sent it round the whole year",
    ],
    "unsafe home or people at home": [
        "the wiring in my room sparks and mum says its fine",
        "people come round at all hours to buy stuff off my dad",
    ],
    "going missing or staying away": [
        "i havent been back to my carers since friday",
        "i go out my bedroom window at night to meet my mates",
    ],
    "possible sexual harm": ["i woke up at a party with my clothes off and dont know how i got there"],
}


@pytest.mark.parametrize(("family", "text"), [(family, text) for family, texts in BY_FAMILY.items() for text in texts])
def test_each_signal_family_flags_an_indirect_disclosure_and_names_itself(family, text):
    result = analyse(text)
    assert result.safeguarding
    assert any(reason.startswith(f"{family} (concern signal): '") for reason in result.safeguarding_reasons), (
        result.safeguarding_reasons
    )


def test_weak_signals_flag_together_and_the_reasons_quote_each():
    result = analyse("when he comes home from the pub we all go quiet")
    assert result.safeguarding
    reasons = " ".join(result.safeguarding_reasons)
    assert "go quiet" in reasons
    assert "the pub" in reasons


def test_one_weak_signal_alone_does_not_flag():
    # The rules' flag only: the learned model may read "i'm hungry", a whole answer, as worth a look.
    for text in ("i was quiet in the meeting because i didnt know anyone", "i'm hungry", "my dog is massive"):
        assert not any("learned model" not in reason for reason in analyse(text).safeguarding_reasons), text


def test_weak_signals_need_the_writer_or_their_household():
    text = normalise("loads of gore . the pub").text
    hits = find(text, SIGNALS)
    assert len(hits) >= 2
    assert sum(hit.weight for hit in hits) >= SIGNALS.threshold
    assert assess(text, SIGNALS) == []


def test_a_stretch_of_words_counts_once():
    text = normalise("nobody noticed").text
    assert len(find(text, SIGNALS)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "we played hide and seek with my worker and it was fun",
        "i fell off the trampoline and my arm is all bruised",
        "we watched a scary film with loads of gore at halloween",
        "i made a fake account to follow my favourite footballers",
        "the gas man came to check the boiler",
        "i stayed at my mate's for a sleepover and my carer picked me up",
        "i looked up how many calories are in a big mac",
        "we went on a walk over the bridge to the park",
        "my carers take my phone at 10 so i sleep",
        "the older lads at football give me tips on my free kicks",
        "i'm not allowed to see my friends till i've done my homework",
        "my football coach called me useless after we lost lol",
        "we had to be quiet in the review because the baby was asleep",
        "i lock my bedroom door when i'm getting changed",
        "mum gets home from work late on thursdays so i go to nans",
    ],
)
def test_harmless_uses_of_signal_words_do_not_flag(text):
    result = analyse(text)
    assert not result.safeguarding, result.safeguarding_reasons


def test_a_guard_never_cancels_a_different_later_disclosure():
    harmless = "we played hide and seek"
    assert not analyse(harmless).safeguarding
    assert analyse(f"{harmless} but at home we all go quiet and hide when dad comes in drunk").safeguarding


def test_a_guard_hides_only_what_it_covers():
    text = normalise("i fell off my bike and my knee is bleeding").text
    assert assess(text, SIGNALS) == []


def test_signal_reasons_are_added_to_a_phrase_list_flag_not_instead_of_it():
    reasons = analyse("dad hits me and mum said dont show anyone my back").safeguarding_reasons
    assert any(reason.startswith("physical abuse: '") for reason in reasons)
    assert any("(concern signal)" in reason for reason in reasons)


def test_a_broken_signals_file_names_the_entry_at_fault(tmp_path):
    path = tmp_path / "signals_xx.yaml"
    path.write_text("context: me\nfamilies:\n  bad:\n    label: bad\n    signals:\n      - [2.0, 'x']\n")
    with pytest.raises(SignalFileError, match="bad"):
        load_signals(path, _compile)
    path.write_text("context: me\nfamilies:\n  bad:\n    label: bad\n    signals:\n      - [0.5, '(']\n")
    with pytest.raises(SafeguardingFileError, match="bad"):
        load_signals(path, _compile)


def test_signals_load_with_the_phrase_list_guards():
    assert SIGNALS is not None
    assert any(isinstance(p, re.Pattern) for p in SIGNALS.guards.patterns)
    assert len(SIGNALS.guards.patterns) > len(PATTERN_SETS["en"].guards.patterns)
