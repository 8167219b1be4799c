"""Train the learned second stage and write data/model_en.json (design §5; run by hand, not at runtime).

    .venv/bin/python -m app.analysis.train [--out PATH] [--prune 0.05]

Needs scikit-learn (requirements-dev.txt); Tellus's runtime reads the JSON with model.py alone.
Trains on tests/data/*.jsonl and the blind batches in TRAIN_BLIND. The batches in SEALED are never
read here: they are kept for the one honest measure of the result (tests/data/README.md says which
batch was scored on which analyser).

Three models. Two are logistic regressions over TF-IDF char_wb 2-5-grams (min_df 2) and word
1-2-grams, sublinear tf, of the answer as written: a binary safeguarding model (balanced class
weights) and a 3-class sentiment model. The third is one balanced logistic regression per theme over
word 1-2-grams (min_df 2, pruned at THEME_PRUNE) of the normalised answer (themes are lexical, and
text-speak is expanded first).
Features whose largest |coefficient| is below --prune are dropped and the model is refitted on the
rest, so the exported model is exactly the refitted one and the file stays small.

Thresholds come from cross-validation over the training batches (those of tests/data and TRAIN_BLIND),
grouped by batch into FOLDS folds: every answer is scored by a model that never saw its batch. (One fold
per batch gave the same guarantee at more than ten times the cost once there were over a hundred batches.)

- safeguarding: the lowest model threshold whose pooled CV false-positive rate is <= 10% on the hard
  negatives and <= 2% on ordinary answers (the sentiment and redaction sets, as negatives) - the highest recall
  under those caps. A rule flag always stands (no gate: the model scores short explicit disclosures
  such as "i wish i was dead" low, and gating rule flags on it would drop them);
- sentiment: "the rules' label when |rules polarity| >= tau or they applied a habit (negation,
  request, neutral phrase, a short answer of the file's phrases: sentiment.deliberate), otherwise the
  model's", tau from a grid (0 = rules
  alone, 9 = habits only) by pooled CV accuracy, the rules' errors scaled to their unseen
  rate (choose_sentiment); the smallest tau within a point of the best;
- themes: per theme, the threshold at which the rules' themes plus the model's at P >= t have the
  best CV F1 for that theme (choose_themes). The model only adds themes; it never removes one.

The rules were tuned on every training batch, so on them the rules look near-perfect; the CV scores
of anything that uses the rules are optimistic, and only the model-alone CV scores are honest.
"""

import argparse
import datetime
import json
import math
import sys
from pathlib import Path

import numpy
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from . import safeguarding, sentiment, themes
from .model import MODEL_FILE
from .text import normalise

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SEALED = tuple(f"holdout{n}" for n in range(351, 359))  # kept unread for the next measure
TRAIN_BLIND = tuple(f"holdout{n}" for n in range(4, 287))
FOLDS = 10  # cross-validation folds, each a set of whole batches
MAX_FPR = 0.10  # on hard negatives
MAX_ORDINARY = 0.02  # on ordinary answers
C = 4.0
PRUNE = 0.05
TAU_TOLERANCE = 0.01
TAUS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 9.0)
# Sentiment accuracy of the rules on each batch when it was first scored, unread (tests/data/README.md);
# holdout8-32 by the sentiment rules of 2026.11.5, which 2026.11.6-2026.11.10 left unchanged.
FIRST_SCORES = {"holdout": 0.743, "holdout2": 0.629, "holdout3": 0.691, "holdout4": 0.787, "holdout5": 0.706,
                "holdout6": 0.755, "holdout7": 0.833, "holdout8": 0.707, "holdout9": 0.787, "holdout10": 0.833,
                "holdout11": 0.807, "holdout12": 0.813, "holdout13": 0.813, "holdout14": 0.773, "holdout15": 0.74,
                "holdout16": 0.76, "holdout17": 0.84, "holdout18": 0.78, "holdout19": 0.813, "holdout20": 0.78,
                "holdout21": 0.787, "holdout22": 0.807, "holdout23": 0.813, "holdout24": 0.753, "holdout25": 0.76,
                "holdout26": 0.813, "holdout27": 0.847, "holdout28": 0.74, "holdout29": 0.747,
                "holdout30": 0.753, "holdout31": 0.793, "holdout32": 0.767}  # fmt: skip
FEATURES = (("char_wb", (2, 5), 2), ("word", (1, 2), 1))  # analyzer, ngram range, min_df
# Themes are lexical and read the normalised answer, so word n-grams alone do (and score fast).
THEME_FEATURES = (("word", (1, 2), 2),)
THEME_PRUNE = 0.1
THEME_THRESHOLDS = tuple(round(0.3 + 0.05 * n, 2) for n in range(14))  # 0.30 ... 0.95


def load_rows(name: str) -> list[dict]:
    """Rows of one labelled file from tests/data and the training blind batches, with their batch."""
    rows = []
    for folder in (DATA, *(DATA / "blind" / batch for batch in TRAIN_BLIND)):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["batch"] = row.get("split", "dev") if folder == DATA else folder.name
                rows.append(row)
    return rows


def features(vocabularies: list[list[str]] | None = None, spec: tuple = FEATURES) -> FeatureUnion:
    parts = []
    for number, (analyzer, ngram, min_df) in enumerate(spec):
        vocabulary = vocabularies[number] if vocabularies else None
        vectorizer = TfidfVectorizer(
            analyzer=analyzer, ngram_range=ngram, min_df=1 if vocabulary else min_df, sublinear_tf=True,
            vocabulary=vocabulary,
        )  # fmt: skip
        parts.append((analyzer, vectorizer))
    return FeatureUnion(parts)


def fit(texts: list[str], labels: list, balanced: bool, prune: float = PRUNE, multilabel: bool = False) -> Pipeline:
    """Fit, drop the features with tiny weights, refit on the rest. ``multilabel``: one logistic
    regression per column of ``labels`` (lists of 0/1), over THEME_FEATURES."""
    texts = [text.lower() for text in texts]
    weight = "balanced" if balanced else None
    spec = THEME_FEATURES if multilabel else FEATURES

    def make(vocabularies: list[list[str]] | None) -> Pipeline:
        classifier = LogisticRegression(C=C, class_weight=weight, max_iter=5000)
        if multilabel:
            classifier = OneVsRestClassifier(classifier)
        return Pipeline([("features", features(vocabularies, spec)), ("model", classifier)]).fit(texts, labels)

    full = make(None)
    if prune <= 0:
        return full
    strength = abs(coefficients(full["model"])[0]).max(axis=0)
    vocabularies, start = [], 0
    for _, vectorizer in full["features"].transformer_list:
        names = vectorizer.get_feature_names_out()
        vocabularies.append([n for i, n in enumerate(names) if strength[start + i] >= prune])
        start += len(names)
    return make(vocabularies)


def coefficients(model) -> tuple:
    """(coef, intercept) of a logistic regression, or of the stacked per-column ones of OvR."""
    if isinstance(model, OneVsRestClassifier):
        coef = [estimator.coef_[0] for estimator in model.estimators_]
        return numpy.array(coef), [float(e.intercept_[0]) for e in model.estimators_]
    return model.coef_, [float(b) for b in model.intercept_]


def export_model(pipeline: Pipeline, n_docs: int, classes: list | None = None) -> dict:
    """The JSON form model.load_linear reads: per vectorizer its terms, df and coefficient rows."""
    model = pipeline["model"]
    (coef, intercept), start, parts = coefficients(model), 0, []
    for analyzer, vectorizer in pipeline["features"].transformer_list:
        names = list(vectorizer.get_feature_names_out())
        # idf = ln((1 + n) / (1 + df)) + 1, so df is recovered exactly from it and stored as an integer
        dfs = [round((1 + n_docs) / math.exp(idf - 1) - 1) for idf in vectorizer.idf_]
        rows = coef[:, start : start + len(names)].T.tolist()
        parts.append({
            "analyzer": analyzer, "ngram": list(vectorizer.ngram_range), "n_docs": n_docs, "terms": names,
            "df": dfs, "coef": [[float(f"{w:.9g}") for w in row] for row in rows],
        })  # fmt: skip
        start += len(names)
    if classes is None:
        classes = [c.item() if hasattr(c, "item") else c for c in model.classes_]
    return {"classes": classes, "intercept": intercept, "vectorizers": parts}


def harmless(text: str) -> bool:
    """The veto analyse() applies: the rules read the answer as harmless (safeguarding.harmless_reading:
    its harmless readings explain it), so the model may not flag it."""
    words = normalise(text)
    return not safeguarding.check(words.text, "en")[0] and safeguarding.harmless_reading(words.text)


def rules(text: str) -> tuple[bool, str, float, bool]:
    """The rules alone: (flagged, sentiment label, polarity, a habit applied), as in 2026.11.5."""
    words = normalise(text)
    flagged, _ = safeguarding.check(words.text, "en")
    mood = sentiment.score(words)
    habit = sentiment.deliberate(mood.evidence, len(words.tokens))
    if flagged:
        mood = sentiment.disclosed(mood, mood)
    return flagged, mood.label, mood.polarity, habit


def batch_folds(rows: list[dict]) -> list[tuple[list[int], list[int]]]:
    """(training, held-out) row indices of each cross-validation fold; a batch is never split."""
    groups = [row["batch"] for row in rows]
    return [(list(train), list(held)) for train, held in GroupKFold(n_splits=FOLDS).split(rows, groups=groups)]


def out_of_fold(rows: list[dict], label_key: str, balanced: bool, prune: float) -> list:
    """predict_proba rows for every answer from a model trained without its batch."""
    probabilities: list = [None] * len(rows)
    for train_rows, held in batch_folds(rows):
        train = [rows[i] for i in train_rows]
        pipeline = fit([r["text"] for r in train], [r[label_key] for r in train], balanced, prune)
        predicted = pipeline.predict_proba([rows[i]["text"].lower() for i in held])
        for i, p in zip(held, predicted, strict=True):
            probabilities[i] = dict(zip(pipeline["model"].classes_.tolist(), p.tolist(), strict=True))
    return probabilities


def rates(flags: list[bool], gold: list[bool]) -> tuple[float, float]:
    positives = [f for f, g in zip(flags, gold, strict=True) if g]
    negatives = [f for f, g in zip(flags, gold, strict=True) if not g]
    return sum(positives) / len(positives), sum(negatives) / len(negatives)


def ordinary_answers(moods: list[dict]) -> list[dict]:
    """Everyday answers as safeguarding negatives, leaving out any the rules flag (unlabelled).

    safeguarding.jsonl holds disclosures and hard negatives only; without ordinary answers the model
    learns that any short everyday answer ("its ok") looks like a disclosure, and without the redaction
    set's answers that any answer giving an address, a phone number or an NHS number does.
    """
    return [
        {"text": r["text"], "flag": False, "batch": r["batch"], "ordinary": True}
        for r in moods
        if not rules(r["text"])[0]
    ]


def choose_safeguarding(rows: list[dict], prune: float) -> dict:
    """The lowest threshold with CV FPR <= 10% on hard negatives and <= 2% on ordinary answers.

    Answers the rules read as harmless (a guard or defuser, no flag) are vetoed, as analyse() does.
    """
    vetoed = [harmless(row["text"]) for row in rows]
    p = [0.0 if v else probs[True] for probs, v in zip(out_of_fold(rows, "flag", True, prune), vetoed, strict=True)]
    hard = [i for i, row in enumerate(rows) if not row.get("ordinary")]
    ordinary = [i for i, row in enumerate(rows) if row.get("ordinary")]
    gold = [rows[i]["flag"] for i in hard]
    ruled = [rules(rows[i]["text"])[0] for i in hard]

    def measure(t: float) -> tuple[float, float, float]:
        recall, fpr = rates([p[i] >= t for i in hard], gold)
        return recall, fpr, sum(p[i] >= t for i in ordinary) / len(ordinary)

    candidates = sorted({round(x, 3) for x in p} | {0.5})
    allowed = [t for t in candidates if measure(t)[1] <= MAX_FPR and measure(t)[2] <= MAX_ORDINARY]
    best = max(allowed, key=lambda t: (measure(t)[0], t))
    combined = [r or p[i] >= best for i, r in zip(hard, ruled, strict=True)]
    per_batch = {}
    for batch in sorted({rows[i]["batch"] for i in hard}):
        idx = [n for n, i in enumerate(hard) if rows[i]["batch"] == batch]
        flags = [p[hard[n]] >= best for n in idx]
        per_batch[batch] = [round(v, 3) for v in rates(flags, [gold[n] for n in idx])]
    return {
        "threshold": best, "cv_model_recall_fpr_ordinary": [round(v, 3) for v in measure(best)],
        "cv_model_by_batch": per_batch,
        "cv_rules_in_sample": [round(v, 3) for v in rates(ruled, gold)],
        "cv_rules_or_model_optimistic": [round(v, 3) for v in rates(combined, gold)],
        "ordinary_negatives": len(ordinary), "vetoed_as_harmless": sum(vetoed),
    }  # fmt: skip


def choose_sentiment(rows: list[dict], prune: float) -> dict:
    """tau by CV accuracy, with the rules' in-sample errors scaled up to their unseen rate.

    The rules were tuned on every training batch, so raw CV trusts them completely (tau = 0). Each
    batch's first score, before it was used for tuning (tests/data/README.md), says how often the rules
    really err on unseen answers: ``k`` = that error rate / the in-sample error rate on the same
    batches. For each tau the rules' share is then counted as erring k times as often as in-sample.
    """
    probabilities = out_of_fold(rows, "sentiment", False, prune)
    model_right = [max(p, key=p.get) == row["sentiment"] for p, row in zip(probabilities, rows, strict=True)]
    ruled = [rules(row["text"])[1:] for row in rows]
    rules_right = [label == row["sentiment"] for (label, _, _), row in zip(ruled, rows, strict=True)]
    scored = [i for i, row in enumerate(rows) if row["batch"] in FIRST_SCORES]
    first = sum(FIRST_SCORES[rows[i]["batch"]] for i in scored) / len(scored)
    k = (1 - first) / max(1 - sum(rules_right[i] for i in scored) / len(scored), 1e-9)

    def accuracy(tau: float, scale: float) -> float:
        by_rules = [i for i, (_, pol, habit) in enumerate(ruled) if abs(pol) >= tau or habit]
        errors = scale * sum(not rules_right[i] for i in by_rules)
        by_model = set(range(len(rows))) - set(by_rules)
        return (max(len(by_rules) - errors, 0) + sum(model_right[i] for i in by_model)) / len(rows)

    raw = {tau: round(accuracy(tau, 1.0), 3) for tau in TAUS}
    corrected = {tau: round(accuracy(tau, k), 3) for tau in TAUS}
    # Within TAU_TOLERANCE of the best (one answer in 100, inside the error of the rules' unseen-rate
    # estimate), the rules decide more:
    # their labels explain themselves and keep the habits the tests pin down.
    top = max(corrected.values())
    best = min(tau for tau in TAUS if corrected[tau] >= top - TAU_TOLERANCE)
    return {
        "rules_at": best, "unseen_error_scale_k": round(k, 2), "cv_accuracy_by_tau_corrected": corrected,
        "cv_accuracy_by_tau_raw": raw,
        "cv_model_alone": round(sum(model_right) / len(rows), 3), "cv_rules_in_sample": raw[0.0],
    }  # fmt: skip


def theme_columns(rows: list[dict]) -> list[list[int]]:
    return [[int(key in row["themes"]) for key in themes.TAXONOMY.keys] for row in rows]


def choose_themes(rows: list[dict]) -> dict:
    """Per theme, the threshold at which "the rules' themes, plus the model's at P >= t" has the best
    cross-validated F1 for that theme. The rules were tuned on every batch, so their in-sample
    themes flatter the rules and the thresholds come out cautious; micro-F1 is reported both ways."""
    keys = themes.TAXONOMY.keys
    texts = [normalise(row["text"]).text for row in rows]
    gold = theme_columns(rows)
    ruled = [[int(key in found) for key in keys] for found in (themes.find_themes(t.split()) for t in texts)]
    p = [[0.0] * len(keys) for _ in rows]
    for train, held in batch_folds(rows):
        pipeline = fit([texts[i] for i in train], [gold[i] for i in train], True, THEME_PRUNE, multilabel=True)
        for i, probabilities in zip(held, pipeline.predict_proba([texts[i] for i in held]), strict=True):
            p[i] = probabilities.tolist()

    def counts(column: int, t: float | None) -> tuple[int, int, int]:
        tp = fp = fn = 0
        for g, r, q in zip(gold, ruled, p, strict=True):
            said = r[column] or (t is not None and q[column] >= t)
            tp, fp, fn = tp + (said and g[column]), fp + (said and not g[column]), fn + (g[column] and not said)
        return tp, fp, fn

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / max(2 * tp + fp + fn, 1)

    limits = {
        key: max(THEME_THRESHOLDS, key=lambda t, c=column: (f1(*counts(c, t)), t)) for column, key in enumerate(keys)
    }

    def micro(use_model: bool) -> float:
        per_theme = [counts(c, limits[k] if use_model else None) for c, k in enumerate(keys)]
        tp, fp, fn = (sum(part[n] for part in per_theme) for n in range(3))
        return round(f1(tp, fp, fn), 3)

    return {"thresholds": limits, "cv_micro_f1_rules_in_sample": micro(False), "cv_micro_f1_with_model": micro(True)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--prune", type=float, default=PRUNE, help="drop features with max |coef| below this")
    args = parser.parse_args(argv)
    flags, moods = load_rows("safeguarding.jsonl"), load_rows("sentiment_themes.jsonl")
    flags += ordinary_answers(moods + load_rows("redaction.jsonl"))
    guard = choose_safeguarding(flags, args.prune)
    mood = choose_sentiment(moods, args.prune)
    topics = choose_themes(moods)
    flag_model = fit([r["text"] for r in flags], [r["flag"] for r in flags], True, args.prune)
    mood_model = fit([r["text"] for r in moods], [r["sentiment"] for r in moods], False, args.prune)
    theme_texts = [normalise(r["text"]).text for r in moods]
    theme_model = fit(theme_texts, theme_columns(moods), True, THEME_PRUNE, multilabel=True)
    spec = {
        "format": 1,
        "safeguarding": export_model(flag_model, len(flags)),
        "sentiment": export_model(mood_model, len(moods)),
        "themes": export_model(theme_model, len(moods), list(themes.TAXONOMY.keys)),
        "thresholds": {
            "safeguarding": guard["threshold"],
            "sentiment_rules_at": mood["rules_at"],
            "themes": topics["thresholds"],
        },
        "summary": {
            "trained": datetime.date.today().isoformat(), "batches": sorted({r["batch"] for r in flags + moods}),
            "safeguarding_rows": len(flags), "safeguarding_positives": sum(r["flag"] for r in flags),
            "safeguarding_ordinary_negatives": guard["ordinary_negatives"],
            "sentiment_rows": len(moods), "prune": args.prune, "C": C,
            "cv": {"safeguarding": guard, "sentiment": mood, "themes": topics},
        },
    }  # fmt: skip
    args.out.write_text(json.dumps(spec, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    report = json.dumps(spec["thresholds"]) + "\n" + json.dumps(spec["summary"], indent=1)
    sys.stdout.write(f"{report}\nwrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)\n")


if __name__ == "__main__":
    main()
