"""Sentiment of 2026.11.5: praise told as what the worker did, complaints told as what never happened."""

import pytest

from app.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "he rings me back the same day",
        "she stayed with me the whole time at the hospital",
        "the new plan made sense to me",
        "i never had to explain my story again",
        "my pa is like family to me",
    ],
)
def test_what_the_worker_did_reads_as_praise(text):
    assert analyse(text).sentiment == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "they said they'd sort my bus pass and then nothing",
        "i asked to stay at my school and they moved me anyway",
        "the plan was decided without us",
        "i found out at the review that my worker had left",
        "we got told about the change the day before",
    ],
)
def test_what_never_happened_reads_as_a_complaint(text):
    assert analyse(text).sentiment == "negative"


def test_waiting_for_news_is_neutral():
    assert analyse("i am waiting to hear about the assessment").sentiment == "neutral"
