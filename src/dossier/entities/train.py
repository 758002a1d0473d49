"""Train the name model on the train split: `python -m dossier.entities.train [corpus/de/train]`.

Reads the gold `dossier/1` documents in a fixed order, segments their text, labels tokens BIO with the
type of the gold name mention covering them, and trains a CRF with fixed parameters, so the model file
is rebuilt reproducibly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from dossier.corpus import training_split
from dossier.entities import detect
from dossier.entities.kb import load as load_kb
from dossier.entities.lexicon import load as load_lexicon
from dossier.entities.model import MODEL_FILE, token_features
from dossier.lang import get_pack
from dossier.model import AnalysedDocument

PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def gold_labels(doc: dict, tokens: list) -> list[str]:
    """BIO label per token: the type of the gold name mention that covers the whole token."""
    labels = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    for ent in doc.get("entities", []):
        for m in ent.get("mentions", []):
            if m.get("kind", "name") != "name" or m["start"] not in starts:
                continue
            typ = m.get("type") or ent["type"]
            i = starts[m["start"]]
            if tokens[i].end > m["end"]:
                continue  # a name inside a compound token: the knowledge base and rules handle those
            first = True
            while i < len(tokens) and tokens[i].end <= m["end"]:
                labels[i] = f"{'B' if first else 'I'}-{typ}"
                first, i = False, i + 1
    return labels


def examples(paths: list[Path], lang: str = "de") -> Iterator[tuple[list[list[str]], list[str]]]:
    """(features, labels) per gold document, in path order."""
    from dossier.segment import make_stage as segmenter

    seg, kb, lex = segmenter(lang), load_kb(lang), load_lexicon(lang)
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = seg(AnalysedDocument(id=gold.get("id", path.stem), text=gold["text"]))
        ctx = detect.Context(doc.text, doc.tokens or [], kb, lex)
        hits = [c for c in detect.kb_candidates(ctx) if c.kind == "name"]
        yield token_features(ctx, hits), gold_labels(gold, ctx.tokens)


def train(corpus: Path, out: Path, lang: str = "de") -> int:
    """Train on every `*.json` under `corpus`; returns the number of documents used."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    paths = sorted(corpus.glob("*.json"))
    for feats, labels in examples(paths, lang):
        trainer.append(feats, labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return len(paths)


def main(argv: list[str] | None = None) -> None:
    """Command line: train the name model on a corpus directory (default corpus/de/train) into the language pack."""
    args = sys.argv[1:] if argv is None else argv
    corpus = training_split(args, "Train the name model (CRF) into the language pack.")
    out = get_pack("de").root / "data" / MODEL_FILE
    n = train(corpus, out)
    print(f"trained on {n} documents -> {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
