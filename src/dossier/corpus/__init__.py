"""The gold corpus: compile hand-written markup to `dossier/1` JSON, validate it, freeze the test split.

python -m dossier.corpus compile corpus/de [--split train]
python -m dossier.corpus validate corpus/de
python -m dossier.corpus freeze corpus/de/test
python -m dossier.corpus stats corpus/de [--write docs/corpus.md]
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier.corpus.markup import Compiled, CorpusError, parse_file
from dossier.model import AnalysedDocument

SPLITS = ("train", "dev", "test")
__all__ = ["SPLITS", "CompileReport", "CorpusError", "compile_split", "load_split", "parse_file", "validate"]


@dataclass
class CompileReport:
    """What compiling found: errors (file:line: message), warnings and counts."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    docs: list[AnalysedDocument] = field(default_factory=list)


def _sources(root: Path, split: str) -> list[Path]:
    return sorted((root / "src" / split).glob("*.dsm"))


def output_paths(root: Path, split: str, doc_id: str) -> tuple[Path, Path, Path]:
    """Gold JSON, raw text source and raw HTML source of an article."""
    base = root / split / doc_id
    return base.with_suffix(".json"), base.with_suffix(".source.txt"), base.with_suffix(".source.html")


def _write(compiled: Compiled, root: Path, split: str) -> None:
    gold, txt, html = output_paths(root, split, compiled.doc.id)
    gold.parent.mkdir(parents=True, exist_ok=True)
    gold.write_text(compiled.doc.to_json(indent=1) + "\n", encoding="utf-8")
    keep, drop = (txt, html) if compiled.source_kind == "text" else (html, txt)
    keep.write_text(compiled.source_text, encoding="utf-8")
    drop.unlink(missing_ok=True)


def compile_split(root: Path, split: str, write: bool = True) -> CompileReport:
    """Compile every source of a split; keep going after errors so that all of them are reported."""
    report = CompileReport()
    for path in _sources(root, split):
        try:
            compiled = parse_file(path)
        except CorpusError as exc:
            report.errors += exc.messages
            continue
        report.warnings += [f"{path}: {w}" for w in compiled.warnings]
        report.docs.append(compiled.doc)
        if write:
            _write(compiled, root, split)
    return report


TRAIN_SPLIT = "corpus/de/train"  # the split training commands read when given none


def training_split(argv: list[str], description: str) -> Path:
    """The split directory a training command was given (default TRAIN_SPLIT), refusing a directory
    without compiled gold documents so that a mistyped argument never overwrites a model with an empty one."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("split", nargs="?", default=TRAIN_SPLIT,
                        help=f"compiled split directory (default {TRAIN_SPLIT})")
    split_dir = Path(parser.parse_args(argv).split)
    if not any(split_dir.glob("*.json")):
        parser.error(f"{split_dir}: no compiled gold documents (*.json) to train on")
    return split_dir


def load_split(split_dir: Path) -> Iterator[tuple[AnalysedDocument, Path]]:
    """Gold documents of a compiled split directory, with the path of the raw source of each."""
    for gold in sorted(split_dir.glob("*.json")):
        doc = AnalysedDocument.model_validate_json(gold.read_text(encoding="utf-8"))
        txt, html = gold.with_suffix(".source.txt"), gold.with_suffix(".source.html")
        yield doc, txt if txt.exists() else html


def check_offsets(doc: AnalysedDocument) -> list[str]:
    """Every span's text equals the text at its offsets, and every reference resolves."""
    problems = []
    spans = [*doc.cleaning.headings, *doc.cleaning.fragments, *doc.times]
    spans += [m for e in doc.entities for m in e.mentions]
    for q in doc.quotes:
        spans += [
            *q.message,
            *q.cue_parts,
            *([q.source] if q.source else []),
            *([q.channel_span] if q.channel_span else []),
        ]
    for v in doc.events:
        spans += v.triggers
    for s in spans:
        if doc.text[s.start : s.end] != s.text or s.start > s.end:
            problems.append(f"span {s.start}-{s.end} {s.text!r} does not match the text")
    entity_ids, time_ids = {e.id for e in doc.entities}, {t.id for t in doc.times}
    for q in doc.quotes:
        for ref in (q.source, q.addressee, q.via):
            if ref is not None and ref.entity is not None and ref.entity not in entity_ids:
                problems.append(f"quote {q.id} refers to unknown entity {ref.entity!r}")
    for v in doc.events:
        refs = [p.entity for p in v.participants] + ([v.place] if v.place else [])
        problems += [f"event {v.id} refers to unknown entity {r!r}" for r in refs if r not in entity_ids]
        if v.time and v.time not in time_ids:
            problems.append(f"event {v.id} refers to unknown time {v.time!r}")
    return problems


def validate(root: Path) -> list[str]:
    """Problems of the compiled corpus: stale or missing JSON, bad offsets, bad references."""
    problems = []
    for split in SPLITS:
        for path in _sources(root, split):
            try:
                compiled = parse_file(path)
            except CorpusError as exc:
                problems += exc.messages
                continue
            gold, txt, html = output_paths(root, split, compiled.doc.id)
            source = txt if compiled.source_kind == "text" else html
            if not gold.exists() or not source.exists():
                problems.append(f"{path}: not compiled (run: python -m dossier.corpus compile {root})")
                continue
            stored = AnalysedDocument.model_validate_json(gold.read_text(encoding="utf-8"))
            stale = [
                f.name
                for f, ok in (
                    (gold, stored == compiled.doc),
                    (source, source.read_text(encoding="utf-8") == compiled.source_text),
                )
                if not ok
            ]
            if stale:
                problems.append(
                    f"{path}: {' and '.join(stale)} out of date (run: python -m dossier.corpus compile {root}"
                    f" --split {split})"
                )
            problems += [f"{gold}: {p}" for p in check_offsets(stored)]
    return problems


def split_checksum(split_dir: Path) -> str:
    """sha256 over the hand-written sources of a split (file names and contents, sorted).

    Only the sources count: the compiled files follow from them and are checked by `validate`, so a
    compiler fix does not look like an edit of the held-out split.
    """
    digest = hashlib.sha256()
    for f in sorted((split_dir.parent / "src" / split_dir.name).glob("*.dsm")):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()
