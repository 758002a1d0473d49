"""Quotations: every pattern family of the speech layer on small hand-written German examples.

Documents are segmented for real; entities are written by hand so that the tests do not depend on
the entity layer's quality.
"""

from __future__ import annotations

import re

import pytest

from dossier.model import AnalysedDocument, Entity, Mention, Quote
from dossier.segment import Segmenter
from dossier.speech import make_stage

STAGE = make_stage("de")


def analyse(text: str, entities: dict[str, tuple[str, list[str]]] | None = None, **pronouns: str) -> AnalysedDocument:
    """Segment `text`, add hand-made entities (id → type, surface forms) and run the speech stage.
    Keyword arguments mark pronoun mentions: `er="merz"` makes every `er` a mention of merz."""
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    forms = dict(entities or {})
    for eid, (etype, names) in forms.items():
        mentions = [
            Mention(start=m.start(), end=m.end(), text=m.group())
            for name in names
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        ]
        mentions += [
            Mention(start=m.start(), end=m.end(), text=m.group(), kind="pronoun")
            for pron, target in pronouns.items()
            if target == eid
            for m in re.finditer(rf"\b{pron}\b", text)
        ]
        doc.entities.append(Entity(id=eid, type=etype, name=names[0], mentions=mentions))
    return STAGE(doc)


def only(doc: AnalysedDocument) -> Quote:
    assert len(doc.quotes) == 1, [(q.kind, [m.text for m in q.message]) for q in doc.quotes]
    return doc.quotes[0]


def messages(q: Quote) -> list[str]:
    return [m.text for m in q.message]


PEOPLE = {"merz": ("PER", ["Friedrich Merz", "Merz"]), "weber": ("PER", ["Anna Weber", "Weber"])}


# -- direct quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "„Wir werden das Gesetz ändern“, sagte Merz.",
        "»Wir werden das Gesetz ändern«, sagte Merz.",
        '"Wir werden das Gesetz ändern", sagte Merz.',
        "«Wir werden das Gesetz ändern», sagte Merz.",
    ],
)
def test_direct_quote_in_every_german_style(text: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert q.kind == "direct"
    assert messages(q) == ["Wir werden das Gesetz ändern"]
    assert q.cue.text == "sagte"
    assert q.source.text == "Merz" and q.source.entity == "merz"


def test_speaker_before_with_colon() -> None:
    q = only(analyse("Der Kanzler Friedrich Merz sagte am Abend: „Wir bleiben bei unserem Kurs.“", PEOPLE))
    assert q.kind == "direct" and messages(q) == ["Wir bleiben bei unserem Kurs."]
    assert q.source.text == "Der Kanzler Friedrich Merz" and q.source.entity == "merz"


def test_interrupted_quote_is_one_quote_with_two_messages() -> None:
    q = only(analyse("„Das ist ein guter Tag“, sagte Weber, „aber die Arbeit beginnt erst.“", PEOPLE))
    assert messages(q) == ["Das ist ein guter Tag", "aber die Arbeit beginnt erst."]
    assert q.source.entity == "weber"


def test_multi_sentence_quote_keeps_its_speaker_after() -> None:
    q = only(analyse("„Wir sind bereit. Aber nicht um jeden Preis“, sagte Weber.", PEOPLE))
    assert messages(q) == ["Wir sind bereit. Aber nicht um jeden Preis"]


def test_multi_paragraph_quote() -> None:
    text = "Weber sagte: „Der erste Teil der Rede ist lang.\n\n„Und der zweite Teil auch.“"
    q = only(analyse(text, PEOPLE))
    assert messages(q) == ["Der erste Teil der Rede ist lang.", "Und der zweite Teil auch."]


def test_nested_quote_stays_inside_the_message() -> None:
    q = only(analyse("„Er nannte das ‚völlig absurd‘ und ging“, sagte Weber.", PEOPLE))
    assert messages(q) == ["Er nannte das ‚völlig absurd‘ und ging"]


def test_headline_quote() -> None:
    q = only(analyse("Merz: „Wir schaffen die Wende“\n\nDer Kanzler sprach in Berlin.", PEOPLE))
    assert q.kind == "direct" and q.cue.text == ":" and q.source.entity == "merz"


def test_interview_turn_without_quotation_marks() -> None:
    text = "Weber: Das Bad bleibt offen. Wir haben das Geld.\n\nZeitung: Wann wird gebaut?"
    docs = analyse(text, PEOPLE)
    q = only(docs)
    assert q.cue.text == ":" and messages(q) == ["Das Bad bleibt offen. Wir haben das Geld"]


def test_pronoun_source_uses_the_entity_layer() -> None:
    q = only(analyse("Merz kam spät. „Das war knapp“, schrieb er.", PEOPLE, er="merz"))
    assert q.source.text == "er" and q.source.entity == "merz"


def test_pronoun_source_falls_back_to_the_previous_speaker() -> None:
    doc = analyse("„Wir warten ab“, sagte Weber. „Das dauert noch“, fügte sie hinzu.", PEOPLE)
    assert [q.source.entity for q in doc.quotes] == ["weber", "weber"]
    assert [c.text for c in doc.quotes[1].cue_parts] == ["fügte", "hinzu"]


def test_bare_quote_after_a_quotation_continues_it() -> None:
    q = only(analyse("„Wir warten ab“, sagte Weber. „Dann sehen wir weiter.“", PEOPLE))
    assert messages(q) == ["Wir warten ab", "Dann sehen wir weiter."] and q.source.entity == "weber"


def test_bare_quote_after_indirect_speech_keeps_the_speaker() -> None:
    doc = analyse("Weber sagte, die Lage sei ernst. „Wir handeln jetzt.“", PEOPLE)
    assert [q.source.entity for q in doc.quotes] == ["weber", "weber"]
    assert doc.quotes[1].cue is None and doc.quotes[1].position == "previous"


# -- indirect, mixed and reported speech ---------------------------------------------------------


def test_dass_clause_without_dass() -> None:
    q = only(analyse("Weber erklärte, dass die Stadt sparen müsse.", PEOPLE))
    assert q.kind == "indirect" and messages(q) == ["die Stadt sparen müsse"]
    assert q.source.entity == "weber"


def test_konjunktiv_clause_after_cue() -> None:
    q = only(analyse("Merz sagte, die Regierung habe keine Mehrheit.", PEOPLE))
    assert q.kind == "indirect" and messages(q) == ["die Regierung habe keine Mehrheit"]


def test_message_before_cue() -> None:
    q = only(analyse("Die Regierung habe keine Mehrheit, sagte der Kanzler Friedrich Merz.", PEOPLE))
    assert messages(q) == ["Die Regierung habe keine Mehrheit"]
    assert q.source.text == "der Kanzler Friedrich Merz" and q.source.entity == "merz"


def test_source_inside_with_so() -> None:
    q = only(analyse("Die Steuern, so Merz, müssten nicht steigen.", PEOPLE))
    assert q.cue.text == "so" and q.source.entity == "merz"


def test_konjunktiv_continuation_is_a_second_message_span() -> None:
    q = only(analyse("Weber sagte, die Stadt müsse sparen. Das Bad sei zu teuer.", PEOPLE))
    assert messages(q) == ["die Stadt müsse sparen", "Das Bad sei zu teuer"]
    assert only(analyse("Weber sagte, die Stadt müsse sparen. Ich gehe jetzt.", PEOPLE))


def test_interview_questions_of_the_outlet_and_headline_turns() -> None:
    text = (
        "Kurier: Wann wird gebaut?\n\nWeber: Im Mai. Vorher nicht.\n\nWeber: Wir bleiben im Rennen\n\nDas Bad ist alt."
    )
    doc = analyse(text, {**PEOPLE, "kurier": ("ORG", ["Kurier"])})
    assert [(q.kind, q.source.text, messages(q)) for q in doc.quotes] == [
        ("direct", "Kurier", ["Wann wird gebaut"]),
        ("direct", "Weber", ["Im Mai. Vorher nicht"]),
        ("indirect", "Weber", ["Wir bleiben im Rennen"]),
    ]


def test_mixed_quote_with_als() -> None:
    q = only(analyse("Weber bezeichnete den Plan als „völlig unausgegoren“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["den Plan als „völlig unausgegoren“"]


def test_mixed_quote_in_a_clause() -> None:
    q = only(analyse("Merz behauptete, es seien „große Fortschritte“ erzielt worden.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["es seien „große Fortschritte“ erzielt worden"]


def test_reported_speech_with_a_noun_phrase() -> None:
    q = only(analyse("Die Gewerkschaft forderte höhere Löhne.", {"verdi": ("ORG", ["Gewerkschaft"])}))
    assert q.kind == "reported" and messages(q) == ["höhere Löhne"] and q.source.entity == "verdi"


def test_split_cue_with_particle() -> None:
    q = only(analyse("Weber wies die Vorwürfe noch am Abend zurück.", PEOPLE))
    assert [c.text for c in q.cue_parts] == ["wies", "zurück"] and q.cue.text == "wies"
    assert messages(q) == ["die Vorwürfe"]


def test_reported_threat_with_scare_quotes_is_one_quote() -> None:
    doc = analyse("Washington hat mit „schweren Zöllen“ und weiteren Sanktionen gedroht.", {})
    q = only(doc)
    assert messages(q) == ["mit „schweren Zöllen“ und weiteren Sanktionen"] and q.cue.text == "gedroht"


def test_institution_as_source() -> None:
    q = only(analyse("Der Kreml beharrt darauf, dass die Sanktionen wirkungslos seien.", {"kreml": ("ORG", ["Kreml"])}))
    assert q.source.text == "Der Kreml" and q.source.entity == "kreml"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Laut Polizei wurden drei Menschen verletzt.", "Laut", "Polizei"),
        ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "Nach Angaben", "der Polizei"),
        ("Der Polizei zufolge wurden drei Menschen verletzt.", "zufolge", "Der Polizei"),
    ],
)
def test_prepositional_cues(text: str, cue: str, source: str) -> None:
    q = only(analyse(text, {"polizei": ("ORG", ["Polizei"])}))
    assert q.kind == "indirect" and q.cue.text == cue and q.source.text == source
    assert q.source.entity == "polizei"
    assert "drei Menschen verletzt" in " ".join(messages(q))


def test_hiess_es_with_source_after_aus() -> None:
    q = only(analyse("Die Gespräche seien gescheitert, hieß es aus Regierungskreisen.", {}))
    assert q.cue.text == "hieß es" and q.source.text == "Regierungskreisen"
    assert messages(q) == ["Die Gespräche seien gescheitert"]


def test_wie_clause() -> None:
    q = only(
        analyse(
            "Wie ein Sprecher der Stadtwerke mitteilte, wird das Bad geschlossen.",
            {"sw": ("ORG", ["Stadtwerke"])},
        )
    )
    assert q.source.text == "ein Sprecher der Stadtwerke" and q.source.entity == "sw"
    assert messages(q) == ["wird das Bad geschlossen"]


def test_causative_cue() -> None:
    q = only(analyse("Weber ließ erklären, die Stadt werde klagen.", PEOPLE))
    assert q.cue.text == "erklären" and not q.cue_parts and q.source.entity == "weber"  # `ließ` is outside


# -- channel, addressee, relay -------------------------------------------------------------------


def test_channel_platform_name() -> None:
    q = only(analyse("Merz schrieb auf seiner Plattform Truth Social, die Lage sei ernst.", PEOPLE))
    assert q.channel == "Truth Social" and q.channel_span.text == "Truth Social"


def test_channel_noun_with_adjective() -> None:
    q = only(analyse("Merz sagte in seiner abendlichen Ansprache, die Lage sei ernst.", PEOPLE))
    assert q.channel == "abendlichen Ansprache"


def test_addressee_outlet() -> None:
    q = only(analyse("Die Lage sei ernst, sagte Weber der dpa.", {**PEOPLE, "dpa": ("ORG", ["dpa"])}))
    assert q.addressee.text == "dpa" and q.addressee.entity == "dpa" and q.source.entity == "weber"


def test_via_unter_berufung_auf() -> None:
    ents = {"nyt": ("ORG", ["New York Times"])}
    q = only(
        analyse(
            "Das Treffen soll bald stattfinden. Das berichtete die New York Times unter Berufung auf Insider.",
            ents,
        )
    )
    assert q.source.text == "Insider" and q.source.entity is None
    assert q.via.text == "New York Times" and q.via.entity == "nyt"
    assert messages(q) == ["Das"] and q.kind == "reported"


def test_via_zitierter_beamter() -> None:
    ents = {"reuters": ("ORG", ["Reuters"]), "wh": ("ORG", ["Weißen Hauses"])}
    q = only(analyse("Ein von Reuters zitierter Beamter des Weißen Hauses sagte, das Treffen sei gut verlaufen.", ents))
    assert q.source.text == "Ein von Reuters zitierter Beamter des Weißen Hauses"
    assert q.source.entity == "wh" and q.via.text == "Reuters" and q.via.entity == "reuters"


# -- no false quotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Operation „Spinnennetz“ begann im Juni.",
        "Der Roman „Die Blechtrommel“ erschien 1959.",
        "Die Bürger kennen das Wort „Nachhaltigkeit“ gut.",
        "Die Zahlen sind hoch.\n\n„Punkt eins\n\n„Punkt zwei",
        "Ich weiß nicht, was morgen kommt.",
    ],
)
def test_no_false_quotes(text: str) -> None:
    assert analyse(text).quotes == []


def test_offsets_and_ids_are_consistent() -> None:
    doc = analyse("„Wir warten ab“, sagte Weber. Merz sagte, die Lage sei ernst.", PEOPLE)
    assert [q.id for q in doc.quotes] == ["q1", "q2"]
    for q in doc.quotes:
        for span in [*q.message, q.cue, q.source, *q.frame]:
            assert doc.text[span.start : span.end] == span.text
        assert q.method.startswith("rule:") and q.sentence is not None


def test_reported_content_after_adjuncts() -> None:
    q = only(analyse("Der Verteidiger kündigte noch im Saal Revision an.", {}))
    assert q.kind == "reported" and messages(q) == ["Revision"]
    assert [c.text for c in q.cue_parts] == ["kündigte", "an"]


def test_no_cue_in_subordinate_or_reflexive_clauses() -> None:
    assert analyse("Sollte die EU mit Zöllen antworten, steigen die Preise.").quotes == []
    assert analyse("Der Gewinner hat sich bis heute nicht gemeldet.").quotes == []


def test_headings_are_not_reported_speech() -> None:
    assert analyse("Verteidigung kündigt Revision an\n\nDas Urteil fiel am Montag.").quotes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merz sagte, die Lage sei ernst.", ["before"]),
        ("Die Lage sei ernst, sagte Merz.", ["after"]),
        ("Die Steuern, so Merz, müssten nicht steigen.", ["inside"]),
        ("Die Lage sei ernst, sagte er.", ["pronoun"]),
        ("Merz sagte, die Lage sei ernst. „Wir handeln jetzt.“", ["before", "previous"]),
        ("Die Lage sei ernst, hieß es.", ["none"]),
    ],
)
def test_speaker_position(text: str, expected: list[str]) -> None:
    assert [q.position for q in analyse(text, PEOPLE).quotes] == expected


def test_role_noun_and_age_description_link_to_entities() -> None:
    text = "Merz kam spät. Die Lage sei ernst, sagte der Kanzler. Es gebe keinen Plan, sagte der 69-Jährige."
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    mention = Mention(start=0, end=4, text="Merz")
    doc.entities.append(Entity(id="merz", type="PER", name="Friedrich Merz", roles=["Kanzler"], mentions=[mention]))
    assert [q.source.entity for q in STAGE(doc).quotes] == ["merz", "merz"]


def test_stance_and_judgement_cues() -> None:
    q = only(analyse("Weber zeigte sich nach dem Spiel „enttäuscht, aber nicht überrascht“.", PEOPLE))
    assert q.kind == "mixed" and q.cue.text == "zeigte"
    assert messages(q) == ["„enttäuscht, aber nicht überrascht“"] and q.source.entity == "weber"
    q = only(analyse("Merz hält eine Einigung dennoch für wahrscheinlich.", PEOPLE))
    assert q.cue.text == "hält" and messages(q) == ["eine Einigung dennoch für wahrscheinlich"]
    assert analyse("Merz hält eine Rede.", PEOPLE).quotes == []


def test_description_and_pronoun_pick_the_person_whose_gender_fits() -> None:
    text = (
        "Anna Weber traf Friedrich Merz. Die Lage sei ernst, sagte der Kanzler. "
        "Es gebe Hoffnung, sagte die Ministerin. Man werde sehen, sagte sie."
    )
    doc = analyse(text, PEOPLE)
    assert [q.source.entity for q in doc.quotes] == ["merz", "weber", "weber"]


def test_organisation_noun_refers_to_the_last_organisation() -> None:
    ents = {**PEOPLE, "vw": ("ORG", ["Volkswagen"])}
    doc = analyse("Volkswagen baut Stellen ab. Die Lage sei ernst, sagte ein Sprecher des Konzerns.", ents)
    assert only(doc).source.entity == "vw"


def test_descriptions_of_organisations_skip_outlets_and_persons() -> None:
    ents = {
        **PEOPLE,
        "verlag": ("ORG", ["Edition Kranich"]),
        "dpa": ("ORG", ["dpa"]),
        "zeitung": ("ORG", ["Kölner Zeitung"]),
    }
    text = (
        "Edition Kranich verlegt Weber, meldet dpa. Die Kölner Zeitung auch. "
        "Das Buch erscheine im Mai, sagte der Verlag."
    )
    doc = analyse(text, ents)
    assert [q.source.entity for q in doc.quotes if q.cue.text == "sagte"] == ["verlag"]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Weber hat am Rande der Sitzung vor einem Streik gewarnt.", "gewarnt", "vor einem Streik"),
        (
            "Merz rechnet mit höchstens zwei weiteren Senkungen.",
            "rechnet",
            "mit höchstens zwei weiteren Senkungen",
        ),
        (
            "Weber sprach vom „Tag, auf den wir lange gewartet haben“.",
            "sprach",
            "vom „Tag, auf den wir lange gewartet haben“",
        ),
        (
            "Merz nannte den Plan am Montag eine „falsche Entscheidung“.",
            "nannte",
            "den Plan am Montag eine „falsche Entscheidung“",
        ),
    ],
)
def test_reported_content_phrases(text: str, cue: str, message: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert q.cue.text == cue and messages(q) == [message] and q.source.entity in ("weber", "merz")


def test_second_cue_after_a_direct_quote_and_relative_clauses() -> None:
    doc = analyse("„Wir bleiben dran“, sagte Merz und kündigte neue Mittel an.", PEOPLE)
    assert [(q.kind, q.cue.text, q.source.entity) for q in doc.quotes] == [
        ("direct", "sagte", "merz"),
        ("reported", "kündigte", "merz"),
    ]
    q = only(analyse("Die Richterin hatte einen Vergleich vorgeschlagen, den der Kläger ablehnte.", {}))
    assert messages(q) == ["einen Vergleich"]


def test_fronted_object_pronoun_subject_and_prepositional_only_verbs() -> None:
    q = only(analyse("Eine Zusammenarbeit mit der AfD schloss er erneut aus.", PEOPLE, er="merz"))
    assert q.source.text == "er" and messages(q) == ["Eine Zusammenarbeit mit der AfD"]
    assert analyse("Das Gericht hat am Donnerstag ein Urteil gesprochen.").quotes == []
    assert analyse("Merz äußerte sich zunächst nicht.", PEOPLE).quotes == []
    q = only(analyse("Merz forderte den Kanzler auf, die Vertrauensfrage zu stellen.", PEOPLE))
    assert messages(q) == ["die Vertrauensfrage zu stellen"]


def test_pronoun_right_after_a_quotation_keeps_that_speaker() -> None:
    ents = {"trump": ("PER", ["Donald Trump", "Trump"]), "witkoff": ("PER", ["Steve Witkoff"])}
    text = "Trump lobte Steve Witkoff. Trump behauptete, es gebe Fortschritte. „Wir arbeiten daran“, schrieb er."
    doc = analyse(text, ents, er="witkoff")
    assert [q.source.entity for q in doc.quotes][-2:] == ["trump", "trump"]


def test_impersonal_sources_quoted_outlets_and_reflexive_cues() -> None:
    q = only(analyse("Man wolle nichts tun, hieß es im Weißen Haus.", {}))
    assert q.cue.text == "hieß es" and q.source.text == "Weißen Haus"
    q = only(analyse("Das Projekt sei gescheitert, hieß es in dem Schreiben.", {}))
    assert q.source is None
    q = only(analyse("Ganz anders urteilt die „Rheinische Abendpost“: „Das ist ein Fehler.“", {}))
    assert q.source.text == "die „Rheinische Abendpost“"
    q = only(analyse("„Sie hatte immer recht“, erinnert sich ihre Freundin Anna Weber.", PEOPLE))
    assert q.source.text == "ihre Freundin Anna Weber" and q.source.entity == "weber"


def test_quoting_verb_makes_the_outlet_the_relay() -> None:
    ents = {"tass": ("ORG", ["Tass"]), "peskow": ("PER", ["Dmitri Peskow"])}
    text = "Die Nato treibe die Aufrüstung voran, zitierte die Staatsagentur Tass Kremlsprecher Dmitri Peskow."
    q = only(analyse(text, ents))
    assert (q.via.text, q.via.entity) == ("Tass", "tass")
    assert (q.source.text, q.source.entity) == ("Kremlsprecher Dmitri Peskow", "peskow")


def test_two_main_clauses_are_not_a_report() -> None:
    doc = analyse("Merz forderte eine harte Linie, die SPD will vor allem die Rente sichern.", PEOPLE)
    assert [(q.kind, messages(q)) for q in doc.quotes] == [("reported", ["eine harte Linie"])]
    q = only(analyse("Merz sagte am Montag in Berlin, die Lage sei ernst.", PEOPLE))
    assert messages(q) == ["die Lage sei ernst"]
    q = only(analyse("Umweltschützer kritisieren die geplante Erweiterung noch immer scharf.", {}))
    assert messages(q) == ["die geplante Erweiterung"]


def test_two_cues_of_one_speaker_in_one_sentence() -> None:
    text = "Am Abend nannte Merz den Gipfel „sehr gut“ und behauptete, es gebe „echte Fortschritte“."
    doc = analyse(text, PEOPLE)
    assert [(q.cue.text, q.source.entity, messages(q)) for q in doc.quotes] == [
        ("nannte", "merz", ["den Gipfel „sehr gut“"]),
        ("behauptete", "merz", ["es gebe „echte Fortschritte“"]),
    ]


def test_pronoun_after_a_multi_sentence_quote_keeps_the_previous_speaker() -> None:
    ents = {**PEOPLE, "witkoff": ("PER", ["Steve Witkoff"])}
    text = "Merz traf Steve Witkoff. Merz sagte, es gebe Fortschritte.\n\n„Wir sind einig. Danke“, schrieb er."
    doc = analyse(text, ents, er="witkoff")
    assert doc.quotes[-1].source.entity == "merz"


def test_messages_that_open_with_a_subordinate_clause() -> None:
    q = only(analyse("Ob das Geld zurückkomme, sei offen, räumte Weber ein.", PEOPLE))
    assert messages(q) == ["Ob das Geld zurückkomme, sei offen"] and q.source.entity == "weber"
    q = only(analyse("Merz sagte, sollte sich nichts ändern, werde die Partei klagen.", PEOPLE))
    assert messages(q) == ["sollte sich nichts ändern, werde die Partei klagen"]


def test_speaker_with_a_relative_clause_and_cue_clauses_after_a_comma() -> None:
    q = only(analyse("Der Kanzler Friedrich Merz, der am Abend eintraf, sagte, die Lage sei ernst.", PEOPLE))
    assert q.source.text == "Der Kanzler Friedrich Merz" and messages(q) == ["die Lage sei ernst"]
    doc = analyse("„Wir gehen“, sagte Weber. Dann rief sie an und sagte, sagte sie.", PEOPLE)
    assert all(messages(q) != ["sagte sie"] for q in doc.quotes)


def test_reported_content_must_name_something() -> None:
    assert analyse("Merz bot es mehrfach an.", PEOPLE).quotes == []
    q = only(analyse("Weber rechnet mit Kosten von.", PEOPLE))
    assert messages(q) == ["mit Kosten"]


def test_subject_before_an_auxiliary_and_noun_headline_labels() -> None:
    q = only(analyse("Der Parteichef Friedrich Merz hatte am Montag erklärt, die Lage sei ernst.", PEOPLE))
    assert q.source.text == "Der Parteichef Friedrich Merz" and q.source.entity == "merz"
    q = only(analyse("Mutter: „Sie war unser Sonnenschein“\n\nDie Familie trauert.", {}))
    assert q.cue.text == ":" and q.source.text == "Mutter"
    q = only(analyse("„Das ist ein Geschenk“, schwärmte Weber.", PEOPLE))
    assert q.source.entity == "weber"


def test_government_speakers_link_to_the_country() -> None:
    ents = {"de": ("LOC", ["Deutschland"]), **PEOPLE}
    q = only(analyse("Deutschland prüft Hilfen. Man sei bereit, sagte ein Regierungssprecher.", ents))
    assert q.source.text == "ein Regierungssprecher" and q.source.entity == "de"
