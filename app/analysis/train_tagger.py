"""Train the name, address and school tagger and write data/tagger_en.crfsuite (run by hand).

    .venv/bin/python -m app.analysis.train_tagger

Needs python-crfsuite (a runtime dependency: tagger.py reads the model with it). Trains on the
labelled redaction texts of tests/data and the blind batches in train.TRAIN_BLIND, never on
train.SEALED. Before the final fit it prints the tagger's own recall and precision under
cross-validation by batch (train.batch_folds, folds of whole batches: every text is tagged by a model that
never saw its batch) - the honest figure for answers it has not seen, since the rules it is added to were
tuned on every one of these batches.
"""

import sys
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite

from . import tagger
from .train import batch_folds, load_rows

PARAMETERS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def fit(rows: list[dict], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        words = tagger.tokens(row["text"])
        trainer.append(tagger.features(words), tagger.bio_labels(words, row["spans"]))
    trainer.set_params(PARAMETERS)
    trainer.train(str(path))


def cross_validate(rows: list[dict]) -> str:
    """The tagger's recall by label and its precision, each text tagged by a model that never saw its batch."""
    found, total, useful, predicted = Counter(), Counter(), 0, 0
    with tempfile.TemporaryDirectory() as folder:
        for training, held in batch_folds(rows):
            fit([rows[i] for i in training], Path(folder) / "fold.crfsuite")
            model = pycrfsuite.Tagger()
            model.open(str(Path(folder) / "fold.crfsuite"))
            for row in (rows[i] for i in held):
                spans = tagger.spans(row["text"], model)
                hidden = {i for start, end, _ in spans for i in range(start, end)}
                gold = [span for span in row["spans"] if span["label"] in tagger.LABELS]
                for span in gold:
                    total[span["label"]] += 1
                    found[span["label"]] += all(i in hidden for i in range(span["start"], span["end"]))
                gold_chars = {i for span in gold for i in range(span["start"], span["end"])}
                predicted += len(spans)
                useful += sum(any(i in gold_chars for i in range(start, end)) for start, end, _ in spans)
    lines = [
        f"{label} recall {found[label] / total[label]:.3f} ({found[label]}/{total[label]})" for label in tagger.LABELS
    ]
    lines.append(f"precision {useful / max(predicted, 1):.3f} ({useful}/{predicted})")
    return "".join(f"tagger alone, CV by batch: {line}\n" for line in lines)


def main() -> None:
    rows = load_rows("redaction.jsonl")
    sys.stdout.write(f"{len(rows)} labelled texts from {len({row['batch'] for row in rows})} batches\n")
    sys.stdout.write(cross_validate(rows))
    fit(rows, tagger.MODEL_FILE)
    sys.stdout.write(f"wrote {tagger.MODEL_FILE} ({tagger.MODEL_FILE.stat().st_size:,} bytes)\n")


if __name__ == "__main__":
    main()
