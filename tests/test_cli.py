"""The command line as a user runs it: formats, several inputs, exit codes, errors on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.model import AnalysedDocument

ARTICLE = """WERBUNG

Bundeskanzler Olaf Scholz hat am Dienstag in Paris mit dem französischen Präsidenten gesprochen.

Beide wollen die Zusammenarbeit vertiefen, wie ein Regierungssprecher mitteilte.
"""

runner = CliRunner()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    f = tmp_path / "artikel.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


def test_text_summary(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    assert "ad-marker" in result.output and "WERBUNG" in result.output and "2024-05-08" in result.output


def test_json_is_the_contract(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "2024-05-08", "--format", "json"])
    assert result.exit_code == 0
    doc = AnalysedDocument.model_validate_json(result.stdout)
    data = json.loads(result.stdout)
    assert data["schema"] == "dossier/1" and doc.published == "2024-05-08"
    assert "WERBUNG" not in doc.text and doc.cleaning.removed[0].reason == "ad-marker"
    assert data["tokens"] is None and len(doc.sentences) == 2


def test_several_inputs_give_json_lines(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "zwei.txt"
    other.write_text(ARTICLE.replace("Paris", "Rom"), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(article), str(other), "-f", "json"])
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert "Rom" in AnalysedDocument.model_validate_json(lines[1]).text


def test_html_report_is_written_whole(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["analyze", str(article), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Olaf Scholz" in html and "<script>" in html
    assert "<h1>artikel.txt</h1>" in html  # an untitled article is named by its file
    assert not (tmp_path / "report.html.part").exists()


def test_jsonl_with_a_bad_line_reports_it_and_goes_on(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(feed), "-f", "json"])
    assert result.exit_code == 1
    assert f"{feed}:2" in result.stderr and "malformed JSON" in result.stderr
    assert json.loads(result.stdout.strip())["id"] == "ok"


def test_other_language_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "english.txt"
    f.write_text("The chancellor met the French president in Paris on Tuesday to talk about trade.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f)])
    assert result.exit_code == 3 and "'en'" in result.stderr and str(f) in result.stderr


def test_empty_file_fails_clearly(tmp_path: Path) -> None:
    f = tmp_path / "leer.txt"
    f.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f)])
    assert result.exit_code == 2 and "empty" in result.stderr


def test_bad_date_is_refused(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "7.8.2025"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output + result.stderr


def test_schema_command() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert result.exit_code == 0 and "schema" in schema["properties"] and "quotes" in schema["properties"]


@pytest.mark.slow
def test_workers_give_the_same_documents_in_order(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"a{i:02d}.txt").write_text(ARTICLE.replace("Paris", f"Paris {i}"), encoding="utf-8")
    one = runner.invoke(app, ["analyze", str(tmp_path), "-f", "json", "-j", "1"])
    two = runner.invoke(app, ["analyze", str(tmp_path), "-f", "json", "-j", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 12


def test_quotes_and_events_views(tmp_path: Path) -> None:
    f = tmp_path / "zitat.txt"
    f.write_text(
        "Die Bürgermeisterin Anna Kolb hat am Montag in Ulm den Bau einer Brücke angekündigt.\n\n"
        "„Wir beginnen im Frühjahr“, sagte Kolb.\n",
        encoding="utf-8",
    )
    table = runner.invoke(app, ["quotes", str(f), "--published", "2024-05-08"])
    assert table.exit_code == 0 and "Wir beginnen im Frühjahr" in table.stdout and "Kolb" in table.stdout
    rows = json.loads(runner.invoke(app, ["quotes", str(f), "-f", "json"]).stdout)
    assert any(r["kind"] == "direct" for r in rows)
    timeline = runner.invoke(app, ["events", str(f), "-f", "csv", "--published", "2024-05-08"])
    assert timeline.exit_code == 0 and timeline.stdout.startswith("date,type,participants")


def test_eval_markdown_tables() -> None:
    fixture = Path(__file__).parent / "fixtures" / "corpus" / "dev"
    result = runner.invoke(app, ["eval", str(fixture), "--markdown", "--layer", "sentences"])
    assert result.exit_code == 0 and "### sentences" in result.stdout and "| sentences (exact) |" in result.stdout


def test_eval_against_a_second_annotation_scores_the_agreement_of_two_annotators(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "corpus" / "dev"
    gold = json.loads((fixture / "de-fixture-0001.json").read_text(encoding="utf-8"))
    second = dict(gold, times=gold["times"][1:])  # the second annotator missed one of the three times
    (tmp_path / "de-fixture-0001.json").write_text(json.dumps(second), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(fixture), "--against", str(tmp_path), "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["articles"] == 1 and "cleaning" not in report
    assert report["times"]["strict"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["times"]["strict"]["precision"] == 1.0
    assert report["events"]["events (type + trigger overlap)"]["f1"] == 1.0


def test_eval_against_needs_a_directory_sharing_articles(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "corpus" / "dev"
    missing = runner.invoke(app, ["eval", str(fixture), "--against", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "not a directory" in missing.stdout
    unrelated = runner.invoke(app, ["eval", str(fixture), "--against", str(tmp_path)])
    assert unrelated.exit_code == 2 and "share no gold documents" in unrelated.stdout


def test_a_run_where_every_input_fails_leaves_the_output_file_alone(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("the earlier report", encoding="utf-8")
    empty = tmp_path / "leer.txt"
    empty.write_text("", encoding="utf-8")
    for fmt in ("json", "text", "html"):
        result = runner.invoke(app, ["analyze", str(empty), "-f", fmt, "-o", str(out)])
        assert result.exit_code == 2 and "empty" in result.stderr
    assert out.read_text(encoding="utf-8") == "the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leer.txt", "report.json"]  # no .part left behind


def test_a_good_file_survives_a_bad_one_and_the_error_stays_on_one_line(article: Path, tmp_path: Path) -> None:
    bad = tmp_path / ("ein-sehr-langer-dateiname-" * 4 + ".txt")
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["analyze", str(bad), str(article), "-f", "json"])
    assert result.exit_code == 1 and "Scholz" in json.loads(result.stdout)["text"]
    [line] = result.stderr.splitlines()
    assert line == f"error: {bad}: the file is binary, not text"


def test_json_of_an_archive_is_json_lines_even_with_one_article(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "eins", "text": ARTICLE}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(feed), "-f", "json"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_text_summary_to_a_file_is_wide_and_names_the_article(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.txt"
    result = runner.invoke(app, ["analyze", str(article), "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert result.exit_code == 0 and str(article) in text and "\x1b[" not in text
    assert max(len(line) for line in text.splitlines()) > 100  # not squeezed into 80 columns


def test_empty_standard_input_is_named() -> None:
    result = runner.invoke(app, ["analyze", "-"], input="")
    assert result.exit_code == 2 and "error: <stdin>: the input is empty" in result.stderr


def test_an_output_path_that_cannot_be_written_is_refused_before_the_analysis(article: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["analyze", str(article), "-f", "html", "-o", str(tmp_path / "nowhere" / "r.html")])
    folder = runner.invoke(app, ["analyze", str(article), "-f", "html", "-o", str(tmp_path)])
    for result, problem in ((missing, "does not exist"), (folder, "is a directory")):
        flat = " ".join(result.stderr.replace("│", " ").split())  # the error box wraps long paths
        assert result.exit_code == 2 and "Invalid value for --output" in flat and problem in flat


def test_the_output_suffix_chooses_the_format_unless_one_is_given(article: Path, tmp_path: Path) -> None:
    report, data, text = tmp_path / "bericht.html", tmp_path / "bericht.json", tmp_path / "bericht.htm"
    assert runner.invoke(app, ["analyze", str(article), "-o", str(report)]).exit_code == 0
    assert runner.invoke(app, ["analyze", str(article), "-o", str(data)]).exit_code == 0
    assert runner.invoke(app, ["analyze", str(article), "-o", str(text), "-f", "text"]).exit_code == 0
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert json.loads(data.read_text(encoding="utf-8"))["schema"] == "dossier/1"
    assert "Olaf Scholz" in text.read_text(encoding="utf-8") and "<html" not in text.read_text(encoding="utf-8")
