"""Loading the time grammar: pattern references, longest-first groups, sentence-start capitals, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.lang import LanguagePack, LexiconError, get_pack
from dossier.time.grammar import load_grammar, pattern_files


def _pack(tmp_path: Path, rules: str, patterns: dict[str, str]) -> LanguagePack:
    folder = tmp_path / "data" / "time" / "patterns"
    folder.mkdir(parents=True)
    (tmp_path / "data" / "time" / "rules.txt").write_text(rules, encoding="utf-8")
    (tmp_path / "data" / "time" / "triggers.txt").write_text("[0-9]+\nmorgen|jahr|tage\n", encoding="utf-8")
    for name, body in patterns.items():
        (folder / name).write_text(body, encoding="utf-8")
    return LanguagePack(code="xx", root=tmp_path)


def test_unknown_pattern_stops_loading(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DATE\nMATCH %reNope\nVALUE x\n", {})
    with pytest.raises(LexiconError, match="reNope"):
        load_grammar(pack)


def test_unknown_value_slot_stops_loading(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DATE\nMATCH %reA\nVALUE {reB}\n", {"reA.tsv": "a\t1\n"})
    with pytest.raises(LexiconError, match="reB"):
        load_grammar(pack)


def test_bad_type_stops_loading(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DAY\nMATCH x\nVALUE x\n", {})
    with pytest.raises(LexiconError, match="TYPE"):
        load_grammar(pack)


def test_longest_entry_wins_and_values_fill_slots(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        "RULE unit\nTYPE DURATION\nMATCH %reNum %reUnit\nVALUE {reNum}-{reUnit}\n",
        {"reNum.tsv": "# numbers\nzwei\t2\n", "reUnit.tsv": "Jahr\tY\nJahren\tY\nJahre\tY\n"},
    )
    grammar = load_grammar(pack)
    m = grammar.regex.search("seit zwei Jahren")
    assert m and m.group() == "zwei Jahren"
    assert grammar.fill(grammar.rules[0], m) == "2-Y"


def test_lower_case_entries_are_capitalised_only_at_sentence_start(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DATE\nMATCH %reDay\nVALUE {reDay}\n", {"reDay.tsv": "morgen\t+1\n"})
    regex = load_grammar(pack).regex
    assert regex.search("Morgen kommt er.") and regex.search("Er sagte: Morgen kommt er.")
    assert regex.search("Er kommt morgen.") and not regex.search("Der Morgen war kalt.")


def test_includes_merge_values(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        "RULE r\nTYPE DURATION\nMATCH %reNum Tage\nVALUE {reNum}\n",
        {"reNum.txt": "%reWord\n[0-9]+\n", "reWord.tsv": "drei\t3\n"},
    )
    grammar = load_grammar(pack)
    assert [grammar.fill(grammar.rules[0], m) for m in grammar.regex.finditer("drei Tage, 14 Tage")] == ["3", "14"]
    assert "drei" in grammar.vocabulary and "tage" in grammar.vocabulary


def test_every_german_pattern_file_is_used() -> None:
    grammar = load_grammar(get_pack("de"))
    used = set(grammar.patterns)
    assert [p.name for p in pattern_files(get_pack("de")) if p.stem not in used] == []


def test_unknown_condition_stops_loading(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DATE\nMATCH x\nVALUE x\nIF always\n", {})
    with pytest.raises(LexiconError, match="IF"):
        load_grammar(pack)


def test_example_without_value_stops_loading(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "RULE r\nTYPE DATE\nMATCH x\nVALUE x\nEXAMPLE [x]\n", {})
    with pytest.raises(LexiconError, match="example"):
        load_grammar(pack)
