"""The learned second stage: the pure-Python scorer matches scikit-learn, and behaves sensibly."""

import json

import pytest

from app.analysis import analyse
from app.analysis.model import MODELS, char_wb_ngrams, load_linear, ngram_counts, word_ngrams
from app.analysis.themes import TAXONOMY

sklearn = pytest.importorskip("sklearn")
from app.analysis import train  # noqa: E402 - needs scikit-learn

TRAIN = [
    ("my dad hits me when he is angry", True),
    ("mum's boyfriend   locks me in my room", True),
    ("he touches me and says it's a secret", True),
    ("i cut myself last night", True),
    ("i don't want to live any more", True),
    ("Uncle Dave makes me do things i don't like", True),
    ("she never turns up to visits", False),
    ("my social worker is kind and listens", False),
    ("the meetings are boring", False),
    ("I like my foster carers, they're great!", False),
    ("I'd like more help with college", False),
    ("it's ok i guess 🙂", False),
]
TEXTS = [
    "My dad hits me",
    "HE HITS ME!!",
    "a",
    "",
    "   ",
    "I",
    "ok",
    "she's nice",
    "Café naïve — résumé",
    "tabs\tand\nnewlines  and   spaces",
    "😀😀 good",
    "don't won't can't",
    "x y z",
    "my social worker listens to me and she is kind",
    "the boyfriend locks the door",
    "i hurt myself and nobody knows",
    "unknownwordzzz qwerty",
    "a1 b2 c3 d4 99 100",
    "hit hit hit hit hit",
    "Ich bin müde, ZUHAUSE ist es laut",
] + [f"sentence number {n} about visits and meetings {'and help ' * (n % 4)}" for n in range(30)]


def _fit(texts, labels, balanced):
    return train.fit(texts, labels, balanced, prune=0.0)


@pytest.mark.parametrize("kind", ["safeguarding", "sentiment"])
def test_pure_python_probabilities_match_scikit_learn(kind):
    texts = [t for t, _ in TRAIN]
    if kind == "safeguarding":
        labels = [flag for _, flag in TRAIN]
    else:
        labels = (["negative", "neutral", "positive"] * 4)[: len(TRAIN)]
    pipeline = _fit(texts, labels, balanced=kind == "safeguarding")
    spec = json.loads(json.dumps(train.export_model(pipeline, len(texts))))
    model = load_linear(spec)
    expected = pipeline.predict_proba([t.lower() for t in TEXTS])
    assert len(TEXTS) >= 50
    for text, row in zip(TEXTS, expected, strict=True):
        got = model.probabilities(ngram_counts(text, [model]))
        for label, p in zip(pipeline["model"].classes_.tolist(), row.tolist(), strict=True):
            assert got[label] == pytest.approx(p, abs=1e-6), text


def test_both_models_read_in_one_pass_give_what_each_gives_alone():
    """score_parts reads the safeguarding and sentiment models in one pass over the n-grams (and
    the safeguarding model alone from the same joint table): exactly each model's own probabilities."""
    assert MODELS is not None
    assert MODELS._joint is not None  # the shipped models are of the shapes one pass serves
    for text in [*TEXTS, *(t for t, _ in TRAIN)]:
        grams = ngram_counts(text, [MODELS.safeguarding, MODELS.sentiment])
        alone_flag = MODELS.safeguarding.probabilities(grams)[True]
        alone_mood = {str(label): p for label, p in MODELS.sentiment.probabilities(grams).items()}
        assert MODELS.score_parts(text) == (alone_flag, alone_mood), text
        assert MODELS.score_parts(text, mood=False) == (alone_flag, None), text
        assert MODELS.score_parts(text, flag=False) == (None, alone_mood), text


def test_pruned_export_matches_the_refitted_model():
    texts, labels = [t for t, _ in TRAIN], [f for _, f in TRAIN]
    pipeline = train.fit(texts, labels, True, prune=0.05)
    model = load_linear(json.loads(json.dumps(train.export_model(pipeline, len(texts)))))
    for text, row in zip(TEXTS, pipeline.predict_proba([t.lower() for t in TEXTS]), strict=True):
        assert model.probabilities(ngram_counts(text, [model]))[True] == pytest.approx(row[1], abs=1e-6)


@pytest.mark.parametrize("text", ["Hello  wide\tworld x", "a bb ccc dddd eeeee ffffff", "", "É ü"])
def test_ngrams_match_scikit_learn_analysers(text):
    from sklearn.feature_extraction.text import TfidfVectorizer

    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2)).build_analyzer()
    assert char_wb_ngrams(text.lower(), 2, 5) == char(text)
    assert word_ngrams(text.lower(), 1, 2) == word(text)


def test_the_shipped_model_loads_with_its_thresholds():
    assert MODELS is not None
    assert 0 < MODELS.thresholds["safeguarding"] < 1
    # Trained on exactly the batches train.py reads, so the blind batches it leaves out stay unseen.
    read = {row["batch"] for name in ("safeguarding.jsonl", "sentiment_themes.jsonl") for row in train.load_rows(name)}
    assert set(MODELS.summary["batches"]) == read
    assert train.SEALED
    assert not read & set(train.SEALED)


def test_a_clear_disclosure_scores_high_and_an_ordinary_answer_low():
    high, _ = MODELS.score("my mums boyfriend hits me and i am scared to go home")
    low, _ = MODELS.score("my social worker is nice and she helped me with college")
    assert high >= MODELS.thresholds["safeguarding"]
    assert low < 0.2


def test_the_model_flags_with_a_reason_and_keeps_the_answer_negative():
    result = analyse("my mums boyfriend hits me and i am scared to go home")
    assert result.safeguarding
    assert result.safeguarding_reasons
    assert result.sentiment == "negative"
    assert result.polarity <= -0.3


def test_model_sentiment_is_consistent_with_its_label():
    for text in ["she is brilliant, always helps", "it's fine", "nobody tells me anything about my plan"]:
        result = analyse(text)
        assert -1.0 <= result.polarity <= 1.0
        if result.sentiment == "positive":
            assert result.polarity >= 0.1
        elif result.sentiment == "negative":
            assert result.polarity <= -0.1
        else:
            assert -0.1 < result.polarity < 0.1


def test_the_runtime_scorer_needs_neither_scikit_learn_nor_numpy():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[3] / "app" / "analysis" / "model.py").read_text(encoding="utf-8")
    for forbidden in ("sklearn", "numpy", "import train", "from .train"):
        assert forbidden not in source.split('"""', 2)[2]


def test_the_theme_model_has_a_threshold_for_every_theme_of_the_default_taxonomy():
    assert MODELS.themes is not None
    assert list(MODELS.themes.classes) == TAXONOMY.keys
    assert set(MODELS.thresholds["themes"]) == set(TAXONOMY.keys)
    assert all(0 < limit < 1 for limit in MODELS.thresholds["themes"].values())


def test_cross_validation_folds_never_split_a_batch_and_hold_out_every_row_once():
    rows = [{"batch": f"holdout{n % 23}", "text": str(n)} for n in range(230)]
    folds = train.batch_folds(rows)
    assert len(folds) == train.FOLDS
    held = [i for _, fold in folds for i in fold]
    assert sorted(held) == list(range(len(rows)))
    for training, fold in folds:
        assert not {rows[i]["batch"] for i in training} & {rows[i]["batch"] for i in fold}
