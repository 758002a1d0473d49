"""Flat rows (one per quotation, one per event …) as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable

from rich.console import Console
from rich.table import Table


def _article(name: str) -> str:
    """An article's title, or the short form of its sha1 id (as the summary shows it)."""
    return name[:10] if re.fullmatch(r"[0-9a-f]{40}", name) else name


def render_rows(
    rows: list[dict[str, str]],
    fmt: str,
    columns: list[str],
    title: str,
    table_columns: list[str],
    cell: Callable[[dict[str, str], str], str] = lambda row, col: row[col],
) -> str:
    """JSON and CSV carry every column; the table shows `table_columns` (and the article, if several) via `cell`."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table, json, csv)")
    if "article" in columns and "article" not in table_columns and len({r.get("article") for r in rows}) > 1:
        table_columns = [*table_columns, "article"]  # rows of several articles: say which one each is from
    table = Table(title=title, title_justify="left")
    for col in table_columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_article(row[col]) if col == "article" else cell(row, col) for col in table_columns))
    out = io.StringIO()
    Console(file=out, width=160).print(table)
    return out.getvalue()
