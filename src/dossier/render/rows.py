"""Flat rows (one per quotation, one per event …) as a terminal table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from rich.console import Console
from rich.table import Table


def render_rows(
    rows: list[dict[str, str]],
    fmt: str,
    columns: list[str],
    title: str,
    table_columns: list[str],
    cell: Callable[[dict[str, str], str], str] = lambda row, col: row[col],
) -> str:
    """JSON and CSV carry every column in full; the table shows `table_columns`, each cell via `cell`."""
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
    table = Table(title=title, title_justify="left")
    for col in table_columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row, col) for col in table_columns))
    out = io.StringIO()
    Console(file=out, width=160).print(table)
    return out.getvalue()
