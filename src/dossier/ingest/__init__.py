"""Readers: turn files, strings and streams into `Article`s, with clear errors for bad input.

Supported: `.txt` (any encoding; detected with charset-normalizer), `.html`/`.htm`, `.jsonl`
(one article per line: `text` or `html`, optional `id`, `url`, `title`, `published`), `.warc`/`.warc.gz`
(HTML responses), directories of such files, and `-` for standard input.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from dossier.article import Article
from dossier.errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)
_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")


def looks_like_html(text: str) -> bool:
    """True when a string is an HTML page or fragment rather than plain text."""
    return bool(_HTML_START.match(text))


def article_from_string(
    text_or_html: str, published: str | None = None, url: str | None = None, origin: str = "<string>"
) -> Article:
    """An article from a string that is either plain text or HTML."""
    if looks_like_html(text_or_html):
        return Article(html=text_or_html, published=published, url=url, origin=origin)
    return Article(text=text_or_html, published=published, url=url, origin=origin)


def decode_bytes(data: bytes, origin: str) -> str:
    """Text of a file's bytes: UTF-8 if valid, else the encoding charset-normalizer detects."""
    if not data.strip():
        raise InputError(origin, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "the file is not text in any encoding that could be detected")
    return str(best)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            str(path),
            f"the file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB (--max-size)",
        )
    return path.read_bytes()


def article_from_json(record: object, origin: str) -> Article:
    """One JSONL record as an article; `text` or `html` is required."""
    if not isinstance(record, dict):
        raise InputError(origin, "a line must be a JSON object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(origin, "the record has neither a 'text' nor an 'html' string")
    meta = {
        k: str(v) for k, v in record.items() if k not in {"text", "html", "id", "url", "title", "published"}
    }
    return Article(
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) and not isinstance(text, str) else None,
        id=str(record["id"]) if record.get("id") is not None else None,
        url=record.get("url"),
        title=record.get("title"),
        published=record.get("published"),
        origin=origin,
        meta=meta,
    )


def read_jsonl(text: str, origin: str) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines text; a bad line yields an InputError naming it; reading goes on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield article_from_json(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
        except InputError as exc:
            yield exc


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """HTML responses of a WARC archive as articles (URL from the record header)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    with path.open("rb") as stream:
        try:
            for index, record in enumerate(ArchiveIterator(stream)):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#record{index}"
                try:
                    html = decode_bytes(record.content_stream().read(), where)
                except InputError as exc:
                    yield exc
                    continue
                found += 1
                yield Article(html=html, url=url, origin=where)
        except ArchiveLoadFailed as exc:
            yield InputError(str(path), f"not a readable WARC archive ({exc})")
            return
    if not found:
        yield InputError(str(path), "the WARC archive holds no HTML responses")


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles of one file or directory (recursively, known suffixes only, sorted)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        if len(data) > max_bytes:
            yield InputError("<stdin>", f"input is over the limit of {max_bytes / 1e6:.1f} MB")
            return
        try:
            yield article_from_string(decode_bytes(data, "<stdin>"), origin="<stdin>")
        except InputError as exc:
            yield exc
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(_SUFFIXES))
        if not files:
            yield InputError(str(path), f"the directory holds no {', '.join(_SUFFIXES)} files")
        for file in files:
            yield from read_path(file, max_bytes)
        return
    if not path.exists():
        yield InputError(str(path), "no such file")
        return
    yield from _read_file(path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | InputError]:
    name = path.name.lower()
    try:
        if name.endswith((".warc", ".warc.gz")):
            yield from read_warc(path)
            return
        text = decode_bytes(_read_bytes(path, max_bytes), str(path))
    except InputError as exc:
        yield exc
        return
    if name.endswith(".jsonl"):
        yield from read_jsonl(text, str(path))
    elif name.endswith((".html", ".htm")) or looks_like_html(text):
        yield Article(html=text, origin=str(path))
    else:
        yield Article(text=text, origin=str(path))
