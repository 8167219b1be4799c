"""Text analysis on the labelled development set: plain TextBlob, VADER and Tellus side by side.

    .venv/bin/python benchmarks/analysis_eval.py [--split dev|holdout|...|holdout6|all] [--data DIR] [--errors]

Reads tests/data/sentiment_themes.jsonl, safeguarding.jsonl and redaction.jsonl (or the same three
files in the folder given by --data, such as a fresh blind batch) and prints:

- sentiment: 3-class accuracy and macro-F1. Plain TextBlob and VADER use their usual cut-offs
  (TextBlob polarity > 0.05 positive, < -0.05 negative; VADER compound >= 0.05 / <= -0.05);
  Tellus uses its own labels.
- themes: micro-F1 over (answer, theme) pairs, Tellus only.
- safeguarding: recall on the must-flag items and false-positive rate on the hard negatives.
- redaction: span-level recall. A gold span counts as found when every one of its characters is
  replaced by a placeholder, whatever the placeholder's label ([NAME] for a school still hides it).
  Precision (redacted spans that overlap a gold span) is printed too, to show over-redaction.
- answers per second: each analyser warm, one process, over the sentiment set's answers, counted in
  CPU time and the best of five half-second passes (a busy or shared machine only slows a pass).

Items carry the batch ("split") they were written in; tests/data/README.md records each later
batch's first score, before it was used for tuning, as the estimate for unseen answers.

Targets (issue 4): accuracy >= 0.85 and 15 points above TextBlob, theme micro-F1 >= 0.75,
safeguarding recall 1.00 with false positives <= 5%, redaction recall >= 0.98, and >= 1,000
answers per second.
"""

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textblob import TextBlob  # noqa: I001 - after the path tweak, like the app import below
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from app.analysis import ANALYSER_VERSION, analyse
from app.analysis.redaction import find_spans

DATA = ROOT / "tests" / "data"
LABELS = ("positive", "neutral", "negative")
ROUNDS, ROUND_SECONDS = 5, 0.5


def load(name: str, split: str, folder: Path = DATA) -> list[dict]:
    """Rows of one labelled file in ``folder``; a file a folder lacks gives no rows."""
    path = folder / name
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if split == "all" or row.get("split", "dev") == split]


def textblob_label(text: str) -> str:
    polarity = TextBlob(text).sentiment.polarity
    return "positive" if polarity > 0.05 else "negative" if polarity < -0.05 else "neutral"


def vader_label(analyser: SentimentIntensityAnalyzer, text: str) -> str:
    compound = analyser.polarity_scores(text)["compound"]
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def accuracy_and_macro_f1(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)
    scores = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return accuracy, sum(scores) / len(scores)


def theme_micro_f1(rows: list[dict], predicted: list[list[str]]) -> float:
    tp = fp = fn = 0
    for row, themes in zip(rows, predicted, strict=True):
        gold, found = set(row["themes"]), set(themes)
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def safeguarding_rates(rows: list[dict]) -> tuple[float, float, list[str]]:
    flagged = [analyse(row["text"]).safeguarding for row in rows]
    positives = [f for row, f in zip(rows, flagged, strict=True) if row["flag"]]
    negatives = [f for row, f in zip(rows, flagged, strict=True) if not row["flag"]]
    errors = [
        f"{'missed' if row['flag'] else 'false flag'} [{row['category']}]: {row['text']}"
        for row, f in zip(rows, flagged, strict=True)
        if f != row["flag"]
    ]
    return sum(positives) / max(len(positives), 1), sum(negatives) / max(len(negatives), 1), errors


def redaction_scores(rows: list[dict]) -> tuple[float, float, list[str]]:
    found = total = predicted_total = predicted_useful = 0
    errors = []
    for row in rows:
        known = row.get("known_names", ())
        spans = find_spans(row["text"], known)
        hidden = {i for span in spans for i in range(span.start, span.end)}
        for gold in row["spans"]:
            total += 1
            if all(i in hidden for i in range(gold["start"], gold["end"])):
                found += 1
            else:
                errors.append(f"missed {gold['label']} {row['text'][gold['start'] : gold['end']]!r}: {row['text']}")
        gold_chars = {i for gold in row["spans"] for i in range(gold["start"], gold["end"])}
        for span in spans:
            predicted_total += 1
            if any(i in gold_chars for i in range(span.start, span.end)):
                predicted_useful += 1
            else:
                errors.append(f"over-redacted {row['text'][span.start : span.end]!r} as {span.label}: {row['text']}")
    return found / max(total, 1), predicted_useful / max(predicted_total, 1), errors


def per_second(function: Callable[[str], object], texts: list[str]) -> float:
    """Answers per CPU-second of this process, the best of ROUNDS passes over ``texts``.

    CPU time, not wall time, and the best pass, not the mean: on a shared machine another process's
    work and the host's scheduling only ever slow a pass down, so the fastest is the truest figure.
    """
    for text in texts:  # warm up: caches, lazy loads
        function(text)
    best = 0.0
    for _ in range(ROUNDS):
        done, started = 0, time.process_time()
        while time.process_time() - started < ROUND_SECONDS:
            for text in texts:
                function(text)
            done += len(texts)
        best = max(best, done / (time.process_time() - started))
    return best


def yardstick() -> float:
    """CPU seconds for a fixed pure-Python loop, best of three: how fast this machine runs Python."""
    best = float("inf")
    for _ in range(3):
        started, total = time.process_time(), 0
        for number in range(10_000_000):
            total += number
        best = min(best, time.process_time() - started)
    return best


def sentiment_errors(rows: list[dict], analyses: list) -> list[str]:
    lines = []
    for row, result in zip(rows, analyses, strict=True):
        if result.sentiment != row["sentiment"]:
            lines.append(f"sentiment {row['sentiment']} -> {result.sentiment} ({result.polarity:+.2f}): {row['text']}")
        if set(result.themes) != set(row["themes"]):
            missing, extra = set(row["themes"]) - set(result.themes), set(result.themes) - set(row["themes"])
            lines.append(f"themes missing {sorted(missing)} extra {sorted(extra)}: {row['text']}")
    return lines


def row(name: str, *values: str) -> str:
    return f"| {name:<38} | " + " | ".join(f"{value:>8}" for value in values) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "all"),
        default="all",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA,
        help="folder holding the three labelled files (default tests/data), e.g. a fresh blind batch",
    )
    parser.add_argument("--errors", action="store_true", help="also list every item Tellus gets wrong")
    args = parser.parse_args()

    answers = load("sentiment_themes.jsonl", args.split, args.data)
    alerts = load("safeguarding.jsonl", args.split, args.data)
    redactions = load("redaction.jsonl", args.split, args.data)
    texts = [a["text"] for a in answers]
    gold = [a["sentiment"] for a in answers]

    vader = SentimentIntensityAnalyzer()
    analyses = [analyse(text) for text in texts]
    blob = accuracy_and_macro_f1(gold, [textblob_label(t) for t in texts])
    vad = accuracy_and_macro_f1(gold, [vader_label(vader, t) for t in texts])
    ours = accuracy_and_macro_f1(gold, [a.sentiment for a in analyses])
    recall, false_positive_rate, alert_errors = safeguarding_rates(alerts)
    redaction_recall, redaction_precision, redaction_errors = redaction_scores(redactions)

    print(
        f"Tellus text analysis {ANALYSER_VERSION}, split '{args.split}': {len(answers)} answers, "
        f"{len(alerts)} safeguarding items ({sum(a['flag'] for a in alerts)} must flag), "
        f"{len(redactions)} texts with {sum(len(r['spans']) for r in redactions)} personal-data spans"
    )
    print()
    print(row("measure", "TextBlob", "VADER", "Tellus"))
    print("|" + "-" * 40 + "|" + "|".join(["-" * 9 + ":"] * 3) + "|")
    print(row("sentiment accuracy (3 classes)", f"{blob[0]:.3f}", f"{vad[0]:.3f}", f"{ours[0]:.3f}"))
    print(row("sentiment macro-F1", f"{blob[1]:.3f}", f"{vad[1]:.3f}", f"{ours[1]:.3f}"))
    print(row("theme micro-F1", "-", "-", f"{theme_micro_f1(answers, [a.themes for a in analyses]):.3f}"))
    print(row("safeguarding recall", "-", "-", f"{recall:.3f}"))
    print(row("safeguarding false-positive rate", "-", "-", f"{false_positive_rate:.3f}"))
    print(row("redaction recall (spans)", "-", "-", f"{redaction_recall:.3f}"))
    print(row("redaction precision (spans)", "-", "-", f"{redaction_precision:.3f}"))
    print(
        row(
            "answers per CPU-second (best of 5)",
            f"{per_second(lambda t: TextBlob(t).sentiment, texts):,.0f}",
            f"{per_second(vader.polarity_scores, texts):,.0f}",
            f"{per_second(analyse, texts):,.0f}",
        )
    )
    print()
    print("TextBlob and VADER give sentiment only; the other rows are Tellus's own analysers.")
    print(f"This machine's Python speed, to compare answers/s between machines: {yardstick():.2f} CPU-seconds for")
    print("a loop of 10 million additions (best of 3).")
    if args.errors:
        print()
        for line in sentiment_errors(answers, analyses) + alert_errors + redaction_errors:
            print(line)


if __name__ == "__main__":
    main()
