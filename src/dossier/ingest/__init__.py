"""Readers: turn files, strings and streams into `Article`s, with clear errors for bad input.

Supported: `.txt` (any encoding; detected with charset-normalizer), `.html`/`.htm`, `.jsonl`
(one article per line: `text` or `html`, optional `id`, `url`, `title`, `published`), `.warc`/`.warc.gz`
(HTML responses), directories of such files, and `-` for standard input.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.article import Article
from dossier.errors import InputError

if TYPE_CHECKING:  # warcio is imported only when a WARC archive is read
    from warcio.recordloader import ArcWarcRecord

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HTML_START = re.compile(  # after an XML prolog and comments, as XHTML and many CMS pages begin
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])",
    re.IGNORECASE | re.DOTALL,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")  # a date, optionally followed by a time
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


def decode_bytes(data: bytes, origin: str, what: str = "file") -> str:
    """Text of a file's (or record's) bytes: UTF-8 if valid, else the encoding charset-normalizer detects."""
    if not data.strip():
        raise InputError(origin, f"the {what} is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, f"the {what} is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, f"the {what} is not text in any encoding that could be detected")
    return max([str(best), *_western_decodings(data)], key=_german_letters)  # first wins a tie


def _western_decodings(data: bytes) -> list[str]:
    """The bytes as Windows-1252 (if valid) and Latin-1: what a German page not in UTF-8 nearly always is."""
    out = []
    with contextlib.suppress(UnicodeDecodeError):
        out.append(data.decode("cp1252"))
    return [*out, data.decode("latin-1")]


def _german_letters(text: str) -> int:
    """How many umlauts and ß a decoding yields: a wrong code page turns them into other letters."""
    return sum(text.count(ch) for ch in "äöüßÄÖÜ")


def size_text(size: int) -> str:
    """A byte count as a person reads it (bytes, KB or MB, 1 KB = 1024 bytes as --max-size counts)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _check_size(origin: str, size: int, max_bytes: int) -> None:
    """Refuse an input over the --max-size limit, naming both sizes as a person reads them."""
    if size > max_bytes:
        limit = size_text(max_bytes)
        raise InputError(origin, f"the input is {size_text(size)}, over the limit of {limit} (--max-size)")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file within the size limit (checked before reading)."""
    _check_size(str(path), path.stat().st_size, max_bytes)
    return path.read_bytes()


def article_from_json(record: object, origin: str) -> Article:
    """One JSONL record as an article; `text` or `html` is required."""
    if not isinstance(record, dict):
        raise InputError(origin, "a line must be a JSON object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(origin, "the record has neither a 'text' nor an 'html' string")
    if not (text if isinstance(text, str) else html).strip():
        raise InputError(origin, "the record's text is empty")
    for key in ("url", "title", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(origin, f"'{key}' must be a string, not {json.dumps(record[key])}")
    if record.get("published") and not _ISO_DATE.match(record["published"]):
        raise InputError(origin, f"'published' must be an ISO date (YYYY-MM-DD), not {record['published']!r}")
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
    """HTML responses of a WARC archive as articles (URL from the record header); a damaged record is named."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = index = 0
    with path.open("rb") as stream:
        try:
            for index, record in enumerate(ArchiveIterator(stream)):
                item = _warc_article(record, f"{path}#record{index}")
                if isinstance(item, Article):
                    found += 1
                if item is not None:
                    yield item
        except Exception as exc:  # warcio raises many kinds (ArchiveLoadFailed, EOF, zlib, parse errors)
            where = f"{path}#record{index + 1}" if found or index else str(path)
            why = exc.msg if isinstance(exc, ArchiveLoadFailed) else "it ends or breaks inside a record"
            yield InputError(where, f"not a readable WARC archive ({why})")
            return
    if not found:
        yield InputError(str(path), "the WARC archive holds no HTML responses")


def _warc_article(record: ArcWarcRecord, where: str) -> Article | InputError | None:
    """One WARC record as an article, an error if it is damaged, None if it is no HTML response."""
    if record.rec_type != "response":
        return None
    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
    if "html" not in ctype:
        return None
    data = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0):  # the archive ended before the record's Content-Length
        return InputError(where, "the WARC record is truncated (the archive ends inside it)")
    try:
        html = decode_bytes(data, where, what="record")
    except InputError as exc:
        return exc
    return Article(html=html, url=record.rec_headers.get_header("WARC-Target-URI"), origin=where)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles of one file or directory (recursively, known suffixes only, sorted)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        try:
            _check_size("<stdin>", len(data), max_bytes)
            yield article_from_string(decode_bytes(data, "<stdin>", what="input"), origin="<stdin>")
        except InputError as exc:
            yield exc
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(_SUFFIXES))
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
    if path.suffix and not name.endswith(_SUFFIXES):
        yield InputError(
            str(path),
            f"unknown file type {path.suffix!r}; dossier reads {', '.join(_SUFFIXES)} files"
            f" (for plain text, rename it to .txt or pipe it: dossier analyze - < {path.name})",
        )
        return
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
