"""Speech-layer rule families of session 6: fixed cues without a source, `nach Aussage X`, the
parenthetical `so X` inside a verbless clause, and precision rules for reported speech."""

from __future__ import annotations

from test_speech_extract import PEOPLE, analyse, messages, only


def _cue(q) -> str:
    return q.cue.text if q.cue else ""


def test_dem_vernehmen_nach_is_a_cue_without_source() -> None:
    q = only(analyse("Dem Vernehmen nach soll der Vertrag verlängert werden.", PEOPLE))
    assert q.kind == "indirect" and _cue(q) == "Dem Vernehmen nach" and q.source is None
    assert messages(q) == ["soll der Vertrag verlängert werden"] and q.position == "none"


def test_nach_aussage_is_cued_like_nach_angaben() -> None:
    q = only(analyse("Nach Aussage von Merz wurde niemand verletzt.", PEOPLE))
    assert _cue(q) == "Nach Aussage" and q.source.entity == "merz"


def test_nach_der_aussage_with_an_article_is_a_time_not_a_cue() -> None:
    doc = analyse("Erst nach der Aussage einer Zeugin gab er den Diebstahl zu.", PEOPLE)
    assert all(_cue(q) != "nach der Aussage" for q in doc.quotes)


def test_parenthetical_so_continues_a_verbless_rest_of_the_clause() -> None:
    q = only(analyse("Der Vorschlag sei, so Merz, völlig unbrauchbar.", PEOPLE))
    assert _cue(q) == "so" and messages(q) == ["Der Vorschlag sei", "völlig unbrauchbar"]
    assert q.position == "inside"


def test_parenthetical_so_continues_with_a_noun_phrase_subject() -> None:
    q = only(analyse("Gegen ihn spreche aber, so Merz, die lange Dauer der Taten.", PEOPLE))
    assert messages(q) == ["Gegen ihn spreche aber", "die lange Dauer der Taten"]


def test_prepositional_relative_clause_is_no_reported_clause() -> None:
    doc = analyse("Merz erinnerte an Abende, an denen seine Mutter bis Mitternacht über den Büchern saß.", PEOPLE)
    assert all(q.kind != "indirect" for q in doc.quotes)
    q = only(analyse("Merz sagte, in der Stadt gebe es keine Probleme.", PEOPLE))
    assert q.kind == "indirect" and messages(q) == ["in der Stadt gebe es keine Probleme"]


def test_unknown_infix_zu_infinitive_is_the_reported_content() -> None:
    q = only(analyse("Merz wirft der Landesregierung vor, den Mangel seit Jahren schönzurechnen.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["den Mangel seit Jahren schönzurechnen"]


def test_a_promise_received_is_no_quotation() -> None:
    assert analyse("Für das kommende Schuljahr hat Merz drei Referendarinnen zugesagt bekommen.", PEOPLE).quotes == []


def test_first_person_outside_quotes_is_the_paper_not_a_source() -> None:
    assert analyse("Morgen berichten wir über die ersten Sondierungen.", PEOPLE).quotes == []


def test_rechnete_vor_is_a_split_cue_and_other_particles_stay_out() -> None:
    q = only(analyse("Das Bad koste jährlich eine Million Euro, rechnete Merz vor.", PEOPLE))
    assert [c.text for c in q.cue_parts] == ["rechnete", "vor"] and q.source.entity == "merz"
    doc = analyse("Als die Zahlen nicht mehr zu halten waren, meldete die Firma Insolvenz an.", PEOPLE)
    assert doc.quotes == []


def test_pronoun_with_als_predicate_is_content() -> None:
    q = only(analyse("Merz lobte es als „Krimi mit Klimadaten“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["es als „Krimi mit Klimadaten“"]
    assert analyse("Merz äußerte sich am Montag.", PEOPLE).quotes == []


def test_demonstrative_das_before_an_adjective_opens_the_speaker_phrase() -> None:
    q = only(analyse("Das chinesische Ministerium kündigte „entschlossene Maßnahmen“ an.", PEOPLE))
    assert q.source.text == "Das chinesische Ministerium" and q.kind == "mixed"


def test_a_name_word_the_tagger_reads_as_a_conjunction_stays_in_the_speaker() -> None:
    people = {"weil": ("PER", ["Stephan Weil"])}
    q = only(analyse("Ministerpräsident Stephan Weil forderte eine „schonungslose Aufklärung“.", people))
    assert q.source.entity == "weil" and messages(q) == ["eine „schonungslose Aufklärung“"]


def test_an_object_that_gives_the_verb_another_sense_is_no_content() -> None:
    assert analyse("Das letzte Saisonspiel bestreitet Weber am Samstag in Fulda.", PEOPLE).quotes == []
    assert analyse("Merz verteidigte die Tabellenführung.", PEOPLE).quotes == []
    q = only(analyse("Merz verteidigte die Entscheidung der Regierung.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["die Entscheidung der Regierung"]


def test_quotation_after_reported_words_makes_one_mixed_quote() -> None:
    text = "Auch ihre Nachbarn hätten seitdem Angst, sagte Weber, „viele lassen nachts das Licht brennen“."
    q = only(analyse(text, PEOPLE))
    assert q.kind == "mixed" and q.position == "inside" and q.source.entity == "weber"
    assert messages(q) == ["Auch ihre Nachbarn hätten seitdem Angst", "viele lassen nachts das Licht brennen"]
    q = only(analyse("Merz sagt, er werde jeden Sonntag zur Kirche gehen, „einfach, weil ich es kann“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["er werde jeden Sonntag zur Kirche gehen, „einfach, weil ich es kann“"]


def test_plain_direct_quotes_after_a_comma_stay_direct() -> None:
    q = only(analyse("Merz sagte am Montag, „wir werden das schaffen“.", PEOPLE))
    assert q.kind == "direct" and messages(q) == ["wir werden das schaffen"]


def test_a_cue_in_a_prepositional_relative_clause_is_no_quotation() -> None:
    doc = analyse("Die Belegschaft reagierte mit einem Warnstreik, zu dem Verdi aufgerufen hatte.", PEOPLE)
    assert doc.quotes == []
    q = only(analyse("Merz riet, mit dem Auto an die Küste zu fahren.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["mit dem Auto an die Küste zu fahren"]


def test_a_konjunktiv_clause_after_a_colon_reports_the_main_clause_subject() -> None:
    q = only(analyse("Merz sieht das ähnlich: Wichtiger als Bakterien sei es, den Eintrag zu stoppen.", PEOPLE))
    assert q.kind == "indirect" and q.cue.text == "sieht" and q.source.entity == "merz"
    assert messages(q) == ["Wichtiger als Bakterien sei es, den Eintrag zu stoppen"]
    assert analyse("Merz sieht das ähnlich: Wichtiger als Bakterien ist der Eintrag.", PEOPLE).quotes == []


def test_a_konjunktiv_relative_clause_before_the_cue_is_reported_not_the_speaker() -> None:
    text = "Die EU bereitete ein Sanktionspaket vor, das sich gegen Banken richte, sagte Merz."
    q = only(analyse(text, PEOPLE))
    assert q.source.entity == "merz" and messages(q) == [text.split(", sagte")[0]]


def test_no_genitive_attribute_after_a_quoted_name_in_the_source() -> None:
    people = {"rundschau": ("ORG", ["Bergheimer Rundschau"])}
    text = "Nachfolger wird nach Informationen der „Bergheimer Rundschau“ der Finne Tapio Räsänen."
    q = only(analyse(text, people))
    assert q.source.text == "der „Bergheimer Rundschau“" and q.source.entity == "rundschau"


def test_a_speaker_name_may_open_with_lowercase_particles() -> None:
    people = {"fuente": ("PER", ["Luis de la Fuente", "de la Fuente"])}
    q = only(analyse("Die Mannschaft sei bereit für den „größten Abend“, sagte de la Fuente.", people))
    assert q.kind == "mixed" and q.source.text == "de la Fuente" and q.source.entity == "fuente"


def _with_times(text: str):
    from dossier.model import AnalysedDocument
    from dossier.segment import Segmenter
    from dossier.speech import make_stage
    from dossier.time import make_stage as time_stage

    doc = Segmenter()(AnalysedDocument(id="t", text=text, published="2024-05-01"))
    return make_stage("de")(time_stage("de")(doc))


def test_a_habitual_act_with_a_set_time_in_its_clause_is_no_quotation() -> None:
    assert _with_times("Der Seniorenbeirat bietet jeden ersten Dienstag im Monat eine Sprechstunde an.").quotes == []
    doc = _with_times("Die Gewerkschaft verlangt 350 Euro mehr im Monat.")
    assert [q.kind for q in doc.quotes] == ["reported"]


def test_a_set_time_after_a_rate_word_from_the_data_file_is_no_habit() -> None:
    from dossier.speech.lexicon import load_lexicon

    assert {"Euro", "Prozent", "mehr"} <= load_lexicon("de").rate_words
    assert [q.kind for q in _with_times("Die Gewerkschaft verlangt fünf Prozent im Jahr.").quotes] == ["reported"]
    assert _with_times("Die Gewerkschaft verlangt jeden Monat eine Erhöhung.").quotes == []


def test_remembering_with_sich_is_no_reported_speech_unless_words_are_quoted() -> None:
    assert analyse("Merz erinnert sich gut an die ersten Begegnungen.", PEOPLE).quotes == []
    q = only(analyse("Merz erinnerte an die Opfer des Anschlags.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["an die Opfer des Anschlags"]
    q = only(analyse("Merz erinnert sich an eine Studentin, die „stur wie ein Eisbrecher“ gewesen sei.", PEOPLE))
    assert q.kind == "mixed"


def test_a_nach_phrase_without_a_source_before_the_finite_verb_is_a_sourceless_cue() -> None:
    q = only(analyse("Nach unbestätigten Berichten wird er in seinem Feriendomizil festgehalten.", PEOPLE))
    assert q.cue.text == "Nach unbestätigten Berichten" and q.source is None and q.position == "none"
    assert analyse("Laut wurde es im Saal.", PEOPLE).quotes == []


def test_the_genitive_after_a_channel_noun_is_the_source_of_hiess_es() -> None:
    q = only(analyse("Der Plan sei gescheitert, heißt es in einem Leitartikel der Zeitung.", PEOPLE))
    assert q.source.text == "der Zeitung" and q.channel == "Leitartikel"


def test_a_speaker_with_a_relative_clause_read_as_participle_and_zu_as_preposition() -> None:
    text = "Der Anführer Merz, der inzwischen seinen Namen verwendet, sprach von einem „Sieg für alle“."
    q = only(analyse(text, PEOPLE))
    assert q.kind == "mixed" and q.source.entity == "merz" and messages(q) == ["von einem „Sieg für alle“"]
    q = only(analyse("Merz gratulierte den Forschern zu einem „Triumph der Grundlagenforschung“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["zu einem „Triumph der Grundlagenforschung“"]


def test_schrieb_von_takes_its_von_phrase_as_content() -> None:
    q = only(analyse("Merz schrieb von einem „Heimatroman ohne jede Heimattümelei“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["von einem „Heimatroman ohne jede Heimattümelei“"]
    assert analyse("Merz schrieb einen langen Brief an die Kanzlerin.", PEOPLE).quotes == []


def test_a_passive_cue_participle_is_no_quotation() -> None:
    assert analyse("Anwohner wurden aufgefordert, ihre Autos rechtzeitig wegzufahren.", PEOPLE).quotes == []
    q = only(analyse("Merz hat die Bürger aufgefordert, zu Hause zu bleiben.", PEOPLE))
    assert q.kind == "reported" and q.source.entity == "merz"
