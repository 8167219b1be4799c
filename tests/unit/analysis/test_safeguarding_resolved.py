"""A harm told as over and dealt with is not flagged on the words of the old story; one that is back,
ongoing, frightening or never told still is (the "resolved" section of the list, 2026.11.7)."""

import pytest

from app.analysis import analyse


@pytest.mark.parametrize(
    "text",
    [
        "my stepdad used to hit mum years ago but hes in prison now and we are happy",
        "I was groomed online when I was younger, the police dealt with it and I'm doing really well now",
        "i used to self harm in year 8 but counselling really helped and im proud of myself",
        "the DV was a long time ago, he isn't allowed near the kids and we're settled now",
        "I was reported missing loads when I was 14. These days I'm settled, working and happy",
    ],
)
def test_a_harm_over_and_dealt_with_is_not_flagged(text):
    assert analyse(text).safeguarding is False


@pytest.mark.parametrize(
    "text",
    [
        "dad used to hit me years ago and now hes started again",
        "he used to hurt mum but hes in prison now. he gets out next week and im scared",
        "years ago my cousin touched me, im settled now but i never told anyone",
        "i used to cut but now i'm doing it again",
        "my dad used to hit me when i was little, im fine tho",  # "fine" is not enough
        "mum used to leave us alone for days when we were little, we're safe now but it still happens at dads",
    ],
)
def test_a_harm_that_is_back_ongoing_or_untold_still_flags(text):
    assert analyse(text).safeguarding is True


def test_a_resolved_section_missing_a_part_is_refused_with_its_place(tmp_path):
    from app.analysis.safeguarding import SafeguardingFileError, load_patterns

    path = tmp_path / "safeguarding_xx.yaml"
    path.write_text(
        "language: xx\ncategories:\n  physical_abuse:\n    label: physical abuse\n    patterns:\n      - hits me\n"
        "resolved:\n  past: [years ago]\n  ongoing: [again]\n",
        encoding="utf-8",
    )
    with pytest.raises(SafeguardingFileError, match="resolved: now"):
        load_patterns(path)
