"""Readers: every supported input, and a clear error for every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dossier.article import Article
from dossier.errors import InputError
from dossier.ingest import article_from_string, decode_bytes, read_path

GERMAN = "Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen."


def _items(path: Path, **kw) -> list:
    return list(read_path(path, **kw))


def test_plain_text_file(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GERMAN, encoding="utf-8")
    [article] = _items(f)
    assert isinstance(article, Article) and article.text == GERMAN and article.origin == str(f)


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    text = "Die Bürgermeisterin äußerte sich über die Straßenbahn in Köln. " * 5
    f.write_bytes(text.encode("latin-1"))
    [article] = _items(f)
    assert "Bürgermeisterin äußerte" in article.text


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "binary")],
)
def test_bad_files_name_the_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [error] = _items(f)
    assert isinstance(error, InputError) and str(f) in str(error) and problem in str(error)


def test_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("Wort " * 300_000, encoding="utf-8")
    [error] = _items(f, max_bytes=1_000_000)
    assert isinstance(error, InputError) and "over the limit" in str(error)


def test_missing_file(tmp_path: Path) -> None:
    [error] = _items(tmp_path / "nope.txt")
    assert isinstance(error, InputError) and "no such file" in str(error)


def test_jsonl_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": GERMAN, "published": "2025-01-02", "url": "https://x.de/a"}),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"html": "<html><body><article><p>" + GERMAN + "</p></article></body></html>"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = _items(f)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].id == "a1" and items[0].published == "2025-01-02" and items[0].url == "https://x.de/a"
    assert f"{f}:2" in str(items[1]) and "malformed JSON" in str(items[1])
    assert f"{f}:3" in str(items[2]) and "neither" in str(items[2])
    assert items[3].html is not None and items[3].text is None


def test_directory_reads_known_suffixes_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>" + GERMAN + "</p></body></html>", encoding="utf-8")
    (tmp_path / "ignore.pdf").write_bytes(b"%PDF")
    (tmp_path / "C.TXT").write_text(GERMAN, encoding="utf-8")
    items = _items(tmp_path)
    assert [Path(i.origin).name for i in items] == ["C.TXT", "a.html", "b.txt"]


def test_empty_directory(tmp_path: Path) -> None:
    [error] = _items(tmp_path)
    assert isinstance(error, InputError) and "no" in str(error)


def test_string_detection() -> None:
    assert article_from_string("<html><body>x</body></html>").html is not None
    assert article_from_string(GERMAN).text == GERMAN


def test_decode_prefers_utf8() -> None:
    assert decode_bytes("Grüße".encode(), "x") == "Grüße"


def _warc(pages: list[str]) -> bytes:
    """An uncompressed WARC archive with one HTML response per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number, text in enumerate(pages):
        page = f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record(
            f"https://zeitung.example/{number}", "response", payload=io.BytesIO(page), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_html_responses(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(gzip.compress(_warc([GERMAN])))
    [article] = _items(f)
    assert article.url == "https://zeitung.example/0" and "Haushalt" in article.html


def test_truncated_warc_keeps_the_whole_records_and_names_the_cut_one(tmp_path: Path) -> None:
    f = tmp_path / "cut.warc"
    f.write_bytes(_warc([GERMAN, GERMAN.replace("Dienstag", "Mittwoch")])[:-60])
    first, second = _items(f)
    assert isinstance(first, Article) and "Dienstag" in first.html
    assert isinstance(second, InputError) and f"{f}#record1" in str(second) and "truncated" in str(second)


def test_warc_cut_inside_a_header_is_an_error_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "cut.warc"
    f.write_bytes(_warc([GERMAN])[:100])
    [error] = _items(f)
    assert isinstance(error, InputError) and str(f) in str(error) and "not a readable WARC" in str(error)


def test_unknown_file_type_is_named_not_guessed(tmp_path: Path) -> None:
    f = tmp_path / "artikel.pdf"
    f.write_text("<html><body><p>" + GERMAN + "</p></body></html>", encoding="utf-8")
    [error] = _items(f)
    assert isinstance(error, InputError) and str(f) in str(error) and "unknown file type '.pdf'" in str(error)
    plain = tmp_path / "artikel"  # no suffix at all: scraped text saved as is
    plain.write_text(GERMAN, encoding="utf-8")
    assert _items(plain)[0].text == GERMAN


def test_size_limit_is_told_in_readable_units(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GERMAN * 40, encoding="utf-8")
    [error] = _items(f, max_bytes=1024)
    assert "3.4 KB, over the limit of 1.0 KB (--max-size)" in str(error)


def test_broken_warc(tmp_path: Path) -> None:
    f = tmp_path / "broken.warc"
    f.write_bytes(b"this is no warc archive at all\n" * 3)
    items = _items(f)
    assert items and all(isinstance(i, InputError) for i in items)


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"text": GERMAN, "published": "7.8.2025"}, "'published' must be an ISO date (YYYY-MM-DD), not '7.8.2025'"),
        ({"text": GERMAN, "published": 20250807}, "'published' must be a string, not 20250807"),
        ({"text": GERMAN, "url": ["https://x.de"]}, "'url' must be a string"),
        ({"text": "  "}, "the record's text is empty"),
    ],
)
def test_jsonl_fields_of_the_wrong_form_name_the_line(tmp_path: Path, record: dict, problem: str) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GERMAN}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    good, error = _items(f)
    assert isinstance(good, Article) and isinstance(error, InputError)
    assert str(error).startswith(f"{f}:2: {problem}")


def test_jsonl_timestamp_is_a_publication_date(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": GERMAN, "published": "2025-08-07T10:00:00+02:00"}), encoding="utf-8")
    assert _items(f)[0].published == "2025-08-07T10:00:00+02:00"


def test_latin1_with_stray_control_bytes_keeps_its_umlauts(tmp_path: Path) -> None:
    f = tmp_path / "alt.txt"
    f.write_bytes("Der Bürgermeister sagte in München, die Straße werde gesperrt. ".encode("latin-1") + b"\x81\x8d\x8f")
    [article] = _items(f)
    assert article.text.startswith("Der Bürgermeister sagte in München, die Straße")


def test_utf16_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("Die Bürgermeisterin äußerte sich über die Straßenbahn in Köln.".encode("utf-16"))
    assert _items(f)[0].text == "Die Bürgermeisterin äußerte sich über die Straßenbahn in Köln."


@pytest.mark.parametrize(
    "page",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><body><p>x</p></body></html>',
        "<!-- cached 2025-08-07 -->\n<html><body><p>x</p></body></html>",
    ],
)
def test_pages_with_a_prolog_or_comment_are_html(page: str) -> None:
    assert article_from_string(page).html == page
