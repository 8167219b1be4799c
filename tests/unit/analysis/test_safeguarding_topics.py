"""Harm named as a course, lesson, topic or service; workers and lessons "gone missing"; a check
question answered no, and the same question answered yes (2026.11.7)."""

import pytest

from app.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "the self harm awareness session at college was useful",
        "mum goes to a domestic violence support group on tuesdays and says it helps",
        "we had an assembly about grooming and what to look out for",
        "knife crime was the topic in form time",
        "my social worker went awol over summer, no replies at all",
        "got marked missing in registration cos the bus was late",
        "my PA asked if anyone was hurting me, nobody is",
    ],
)
def test_topics_and_harmless_missing_are_not_flagged(text):
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "the assembly made me want to hurt myself again",
        "she asked if anyone hits me and i told her about my stepdad",
        "worker checked if im safe at home and i said no",
        "my brother goes missing for days and comes back with new trainers",
        "after the grooming assembly i realised my uncle has been grooming me",
    ],
)
def test_disclosures_next_to_those_words_still_flag(text):
    assert analyse(text).safeguarding is True


@pytest.mark.parametrize(
    "text",
    [
        "there was no power for a few hours in the storm so we played board games",
        "no heating last night cos the boiler packed up, the landlord came this morning",
        "i was off school on friday because i had the orthodontist",
    ],
)
def test_short_outages_and_appointments_are_not_neglect_or_missing(text):
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "we had no electric for a week cos mum spent the money",
        "no heating for a day and mum says we cant afford it and the baby is cold",
    ],
)
def test_going_without_still_flags(text):
    assert analyse(text).safeguarding is True
