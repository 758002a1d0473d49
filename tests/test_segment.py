"""Segmentation: offsets into the cleaned text, sentences inside quotations, POS and lemma."""

from __future__ import annotations

from dossier.model import AnalysedDocument
from dossier.segment import Segmenter, analyse_word, paragraph_spans

TEXT = (
    "„Wir sind bereit. Aber nicht um jeden Preis“, sagte die Ministerin am Montag in Berlin.\n\n"
    "Die Gespräche dauerten etwa drei Stunden. Dr. Klein war auch dabei."
)


def _doc() -> AnalysedDocument:
    return Segmenter()(AnalysedDocument(id="t", text=TEXT))


def test_paragraph_spans_skip_blank_lines() -> None:
    assert paragraph_spans("a b\n\n  \n\nc\n") == [(0, 3), (9, 10)]


def test_sentences_keep_quotation_together_and_carry_paragraphs() -> None:
    doc = _doc()
    texts = [TEXT[s.start : s.end] for s in doc.sentences]
    assert texts == [
        "„Wir sind bereit.",
        "Aber nicht um jeden Preis“, sagte die Ministerin am Montag in Berlin.",
        "Die Gespräche dauerten etwa drei Stunden.",
        "Dr. Klein war auch dabei.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]


def test_token_offsets_pos_and_lemma() -> None:
    doc = _doc()
    assert all(TEXT[t.start : t.end] == t.text for t in doc.tokens)
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["sagte"].lemma == "sagen" and by_text["sagte"].pos == "VVFIN"
    assert by_text["Berlin"].pos == "NE"
    assert by_text["Gespräche"].pos == "NN"
    assert {t.sentence for t in doc.tokens} == {0, 1, 2, 3}


def test_names_keep_their_case_in_lemmas() -> None:
    assert analyse_word("USA")[1] == "USA"


def test_emoji_still_split_after_the_emoji_precheck() -> None:
    """Skipping SoMaJo's emoji pass for emoji-free tokens must not lose the split where emoji occur."""
    doc = Segmenter()(AnalysedDocument(id="e", text="Großartig😀 sagte sie 👍🏽 und ging."))
    texts = [t.text for t in doc.tokens]
    assert "😀" in texts and "Großartig" in texts
    assert "👍🏽" in texts


def test_pos_of_gives_the_tag_of_the_full_analysis() -> None:
    """The cheap tag-only lookup must agree with the full analysis the tokens get."""
    from dossier.segment import pos_of

    forms = ["wahl", "Wahl", "bundestag", "sagte", "gegen", "grünen", "berlin", "kreml-sprecher", "drei", "schnell"]
    tags = [pos_of(form) for form in forms]  # first without a cached analysis, then compare
    assert tags == [analyse_word(form)[0] for form in forms]
    assert tags[1] == "NN" and tags[3] == "VVFIN"
