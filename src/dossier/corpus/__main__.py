"""Command line of the corpus tools: compile, validate, freeze, stats (see the package docstring)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dossier.corpus import SPLITS, CompileReport, compile_split, split_checksum, validate


def _compile(args: argparse.Namespace) -> int:
    splits = [args.split] if args.split else list(SPLITS)
    failed = 0
    for split in splits:
        report = compile_split(args.root, split)
        for error in report.errors:
            print(f"error: {error}", file=sys.stderr)
        if args.verbose:
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
        failed += len(report.errors)
        print(_summary(split, report))
    return 1 if failed else 0


def _summary(split: str, report: CompileReport) -> str:
    """One line of counts for a compiled split."""
    docs = report.docs
    words = sum(len(d.text.split()) for d in docs)
    mentions = sum(len(e.mentions) for d in docs for e in d.entities)
    kinds = Counter(q.kind for d in docs for q in d.quotes)
    quotes = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    return (
        f"{split}: {len(docs)} articles compiled, {len(report.errors)} errors, {len(report.warnings)} warnings; "
        f"{words} words, {mentions} mentions, {sum(len(d.times) for d in docs)} times, "
        f"{sum(kinds.values())} quotes ({quotes or 'none'}), {sum(len(d.events) for d in docs)} events"
    )


def _validate(args: argparse.Namespace) -> int:
    problems = validate(args.root)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def _freeze(args: argparse.Namespace) -> int:
    target = args.split_dir.parent / f"{args.split_dir.name}.sha256"
    target.write_text(split_checksum(args.split_dir) + "\n", encoding="utf-8")
    print(f"wrote {target}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from dossier.corpus.stats import corpus_stats_markdown

    text = corpus_stats_markdown(args.root)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"wrote {args.write}")
    else:
        print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dossier.corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("compile", help="compile .dsm sources to gold JSON and raw sources")
    p.add_argument("root", type=Path)
    p.add_argument("--split", choices=SPLITS)
    p.add_argument("-v", "--verbose", action="store_true", help="print warnings too")
    p.set_defaults(run=_compile)
    p = sub.add_parser("validate", help="check that compiled files are current and consistent")
    p.add_argument("root", type=Path)
    p.set_defaults(run=_validate)
    p = sub.add_parser("freeze", help="record the checksum of a split (the held-out test split)")
    p.add_argument("split_dir", type=Path)
    p.set_defaults(run=_freeze)
    p = sub.add_parser("stats", help="corpus statistics as Markdown")
    p.add_argument("root", type=Path)
    p.add_argument("--write", type=Path)
    p.set_defaults(run=_stats)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
