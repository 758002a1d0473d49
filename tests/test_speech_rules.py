"""Speech-layer rule families added for generalisation: governed prepositions of reported speech,
cue boundaries as the guidelines define them, and speaker linking of descriptions."""

from __future__ import annotations

import pytest

from dossier.model import AnalysedDocument, Entity, Mention
from dossier.segment import Segmenter
from dossier.speech.lexicon import load_lexicon
from dossier.time import make_stage as time_stage
from test_speech_extract import PEOPLE, STAGE, analyse, messages, only

LEX = load_lexicon("de")


def test_governed_prepositions_are_loaded_for_cue_verbs() -> None:
    verbs = {h.verb.lemma: h.verb for hits in LEX.forms.values() for h in hits}
    assert LEX.content_preps_of(verbs["warnen"]) == {"vor"}
    assert LEX.content_preps_of(verbs["ankündigen"]) == frozenset()
    assert LEX.content_preps_of(verbs["fordern"]) == LEX.content_preps  # not listed: any content preposition


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Merz kündigte vor dem Parlament seinen Rücktritt an.", "seinen Rücktritt"),
        ("Weber warnte am Montag vor höheren Preisen.", "vor höheren Preisen"),
        ("Merz sprach von einem großen Erfolg.", "von einem großen Erfolg"),
    ],
)
def test_place_phrases_are_skipped_before_reported_content(text: str, message: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert q.kind == "reported" and messages(q) == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Merz hat am Rande des Gipfels mit Anna Weber gesprochen.",
        "Das nächste Heimspiel bestreitet Weber gegen den Tabellenletzten.",
    ],
)
def test_a_preposition_the_verb_does_not_govern_is_no_content(text: str) -> None:
    assert analyse(text, PEOPLE).quotes == []


# -- fixed cues: `nach <adjective> Angaben`, `nach Angaben aus`, `ihm zufolge` ----------------------


def test_own_statement_takes_the_clause_subject_as_source() -> None:
    q = only(analyse("Merz hat nach eigenen Angaben bereits zwei Angebote abgelehnt.", PEOPLE))
    assert q.cue.text == "nach eigenen Angaben" and q.kind == "indirect"
    assert q.source.entity == "merz" and messages(q) == ["bereits zwei Angebote abgelehnt"]


def test_own_statement_fronted_and_with_full_verb_before() -> None:
    q = only(analyse("Nach eigener Darstellung hat Weber das Geld zurückgezahlt.", PEOPLE))
    assert q.cue.text == "Nach eigener Darstellung" and q.source.entity == "weber"
    q = only(analyse("Weber bemerkte den Einbruch nach eigenen Angaben erst am Morgen.", PEOPLE))
    assert messages(q) == ["bemerkte den Einbruch", "erst am Morgen"]


def test_source_after_nach_angaben_aus() -> None:
    q = only(analyse("Die Gespräche sollen nach Angaben aus Regierungskreisen bald beginnen."))
    assert q.cue.text == "nach Angaben" and q.source.text == "Regierungskreisen"


def test_dative_pronoun_before_zufolge() -> None:
    q = only(analyse("Ihr zufolge wachsen die Kulturen bei vier Grad am besten.", PEOPLE, ihr="weber"))
    assert q.cue.text == "zufolge" and q.source.text == "Ihr" and q.position == "pronoun"


def test_stance_cue_is_the_verb_without_sich() -> None:
    q = only(analyse("Weber gab sich nach dem Spiel „sehr zuversichtlich“.", PEOPLE))
    assert q.cue.text == "gab" and messages(q) == ["„sehr zuversichtlich“"]


def test_stance_without_quoted_words_is_no_quotation() -> None:
    assert analyse("Weber zeigte sich nach dem Spiel enttäuscht.", PEOPLE).quotes == []


def test_reflexive_after_a_cue_verb_stays_outside_the_cue() -> None:
    q = only(analyse("„Sie war immer pünktlich“, erinnert sich Weber.", PEOPLE))
    assert q.cue.text == "erinnert" and q.source.entity == "weber"


def test_own_adjectives_are_loaded() -> None:
    assert {"eigenen", "eigener"} <= LEX.own


# -- new cue families: adjective particles, `verlauten`, `wie es … hieß`, `so` + speech noun ---------


def test_adjective_particle_is_a_second_cue_part() -> None:
    q = only(analyse("Merz machte deutlich, dass er nicht zurücktreten werde.", PEOPLE))
    assert [c.text for c in q.cue_parts] == ["machte", "deutlich"] and q.kind == "indirect"


def test_wie_aus_kreisen_verlautete() -> None:
    q = only(analyse("Wie aus Unternehmenskreisen verlautete, verhandelt der Konzern mit einem Investor."))
    assert q.cue.text == "verlautete" and q.source.text == "Unternehmenskreisen"
    assert messages(q) == ["verhandelt der Konzern mit einem Investor"]


def test_inverted_impersonal_cue_in_a_wie_clause() -> None:
    q = only(analyse("Der Konzern will sparen, wie es aus Unternehmenskreisen hieß."))
    assert q.cue.text == "hieß" and q.source.text == "Unternehmenskreisen"
    assert messages(q) == ["Der Konzern will sparen"]
    assert analyse("Der Mann heißt Peter.").quotes == []


def test_speech_noun_after_so_is_the_cue() -> None:
    q = only(analyse("Das sei ein Fehler, so die Kritik der Opposition."))
    assert q.cue.text == "Kritik" and q.source.text == "der Opposition"
    q = only(analyse("Das sei gut, so der Minister."))
    assert q.cue.text == "so" and q.source.text == "der Minister"


def test_speech_nouns_are_loaded() -> None:
    assert {"kritik", "forderung", "aussage", "mitteilung"} <= LEX.nouns


# -- source phrases: apposition after the cue clause, place adjectives, adverbs after the verb -----


def test_name_in_apposition_after_a_comma_is_the_speaker() -> None:
    people = {"rohde": ("PER", ["Jan-Philipp Rohde"]), "fam": ("ORG", ["Familie"])}
    q = only(analyse("Die Lage sei ernst, sagte der Anwalt der Familie, Jan-Philipp Rohde, der sie vertrat.", people))
    assert q.source.text == "der Anwalt der Familie, Jan-Philipp Rohde" and q.source.entity == "rohde"


def test_apposition_after_a_place_phrase() -> None:
    people = {"hoecherl": ("PER", ["Doris Höcherl"]), "igm": ("ORG", ["Gewerkschaft"])}
    text = "„Das ist hart“, sagte die Bevollmächtigte der Gewerkschaft in Schweinfurt, Doris Höcherl, der Zeitung."
    assert only(analyse(text, people)).source.entity == "hoecherl"


def test_no_apposition_when_a_clause_follows() -> None:
    q = only(analyse("Es reiche nicht, sagte Merz, Weber habe recht.", PEOPLE))
    assert q.source.text == "Merz"


def test_place_adjective_and_adverb_before_the_speaker() -> None:
    q = only(analyse("„Wir sind froh“, erzählte die Hamburger Physikerin Anna Weber.", PEOPLE))
    assert q.source.text == "die Hamburger Physikerin Anna Weber" and q.source.entity == "weber"
    q = only(analyse("Es reiche nicht, bekräftigte dagegen Friedrich Merz.", PEOPLE))
    assert q.source.entity == "merz"


# -- linking descriptions: group sources, town administrations, papers -----------------------------


def test_group_source_is_read_by_its_stem() -> None:
    ents = {"vw": ("ORG", ["Volkswagen"])}
    q = only(analyse("Volkswagen will sparen. Die Entscheidung falle am Freitag, hieß es aus Konzernkreisen.", ents))
    assert q.source.text.startswith("Konzernkreisen") and q.source.entity == "vw"


def test_town_administration_means_the_town_named_most() -> None:
    ents = {"lohra": ("LOC", ["Lohra"]), "marburg": ("LOC", ["Marburg"])}
    text = "In Lohra wird gebaut. Lohra hat ein Bad bei Marburg. Das Bad bleibe offen, hieß es aus dem Rathaus."
    q = next(q for q in analyse(text, ents).quotes if q.cue.text == "hieß es")
    assert q.source.entity == "lohra"


def test_paper_named_in_quotation_marks_after_or_before_hiess_es() -> None:
    ents = {"hb": ("ORG", ["Handelsblatt"]), "sz": ("ORG", ["Süddeutschen Zeitung"])}
    q = only(analyse("Die Idee sei aber richtig, heißt es im „Handelsblatt“.", ents))
    assert q.source.text == "Handelsblatt" and q.source.entity == "hb"
    q = only(analyse("In der „Süddeutschen Zeitung“ hieß es dagegen, der Film verliere sich.", ents))
    assert q.source.text == "Süddeutschen Zeitung" and q.source.entity == "sz"


def test_link_data_files_are_loaded() -> None:
    assert "stadtverwaltung" in LEX.hints.municipal and "kreisen" in LEX.hints.groups


# -- attached names and relaying outlets -----------------------------------------------------------


def test_name_after_von_is_not_the_speaker() -> None:
    ents = {"kessler": ("PER", ["Ralf Keßler"]), "lq": ("PER", ["Lindqvist Research"])}  # mis-typed on purpose
    text = "Nach Einschätzung des Analysten Ralf Keßler von Lindqvist Research steht die Firma gut da."
    q = only(analyse(text, ents))
    assert q.source.entity == "kessler"


def test_place_after_a_speaker_noun_is_not_the_speaker() -> None:
    ents = {"ungarn": ("LOC", ["Ungarn"]), "budapest": ("LOC", ["Budapest"])}
    text = "Ungarn schließt die Grenze. Ein Regierungssprecher in Budapest kündigte an, den Zaun zu verlängern."
    q = next(q for q in analyse(text, ents).quotes if q.cue.text == "kündigte")
    assert q.source.entity == "ungarn"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Die Allianz rüste sich für einen Krieg, sagte er laut der Agentur Interfax.", "Interfax"),
        ("Er sei nicht gefragt worden, beklagte Merz nach einem Bericht der dpa.", "dpa"),
        ("Nach einem Bericht von „Politico“ hatten Diplomaten erklärt, man wolle Streit vermeiden.", "Politico"),
    ],
)
def test_outlet_in_a_laut_or_nach_phrase_relays_the_quote(text: str, via: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert q.via is not None and q.via.text == via and q.addressee is None


def test_report_nouns_are_loaded() -> None:
    assert {"bericht", "meldung"} <= {w[0] for w, role in LEX.relay if role == "report"}


# -- channels ------------------------------------------------------------------------------------


def test_paper_after_in_is_the_channel_not_the_addressee() -> None:
    ents = {"bild": ("ORG", ["Bild"])}
    q = only(analyse("Weber kündigte in der „Bild“ an, sie werde alles prüfen.", PEOPLE | ents))
    assert q.channel == "„Bild“" and q.addressee is None
    q = only(analyse("„Wir bleiben“, sagte Weber der „Bild“.", PEOPLE | ents))
    assert q.channel is None and q.addressee is not None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Mehr Leben sei nötig, hatte Weber bei einer Podiumsdiskussion gesagt.", "Podiumsdiskussion"),
        ("Jeder Sechste fühle sich allein, heißt es in der Studie.", "Studie"),
    ],
)
def test_channel_nouns_as_compound_heads(text: str, channel: str) -> None:
    assert only(analyse(text, PEOPLE)).channel == channel


# -- fewer false reported quotes ------------------------------------------------------------------


def test_only_third_party_speech_is_quoted_inside_an_interview_turn() -> None:
    text = "Weber: Die Gegner sprechen von Erpressung.\n\nWeber: Das Wort halte ich für falsch. Ich sage, es reicht."
    quotes = analyse(text, PEOPLE).quotes
    nested = [q for q in quotes if q.method != "rule:interview"]
    assert len(quotes) == 3 and [messages(q) for q in nested] == [["von Erpressung"]]


def test_a_colon_quote_inside_an_interview_answer_is_direct() -> None:
    text = "Weber: Meine Großmutter sagt immer: ‚Wer nur einen Markt hat, hat keinen.‘ Das stimmt."
    nested = [q for q in analyse(text, PEOPLE).quotes if q.method != "rule:interview"]
    assert [(q.kind, messages(q)) for q in nested] == [("direct", ["Wer nur einen Markt hat, hat keinen"])]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Bundeskanzler Schröder hat den Angriff in einer Regierungserklärung bedauert.", "bedauert", "den Angriff"),
        ("Verteidiger Wulff hatte auf eine Bewährungsstrafe plädiert.", "plädiert", "auf eine Bewährungsstrafe"),
        ("Der Minister hat den Angriff scharf verurteilt.", "verurteilt", "den Angriff"),
    ],
)
def test_a_clause_final_participle_that_looks_finite_after_haben(text: str, cue: str, message: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert (q.cue.text, messages(q)) == (cue, [message])


def test_a_verdict_with_a_fronted_zu_phrase_is_no_quote() -> None:
    assert analyse("Das Gericht hat ihn wegen Untreue zu drei Jahren Haft verurteilt.", PEOPLE).quotes == []


def test_a_cue_right_before_a_closing_cue_clause_is_inside_its_message() -> None:
    q = only(analyse("Mehrere Räte hätten bereits Interesse signalisiert, heißt es im Rathaus.", PEOPLE))
    assert q.cue.text == "heißt es"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # where reported content ends
        ("Der Betriebsrat kündigte Warnstreiks für die kommende Woche an.", "Warnstreiks für die kommende Woche"),
        ("Verdi fordert 8,5 Prozent mehr Lohn.", "8,5 Prozent mehr Lohn"),
        ("Weber verteidigte den Schritt in einer Telefonkonferenz mit Analysten.", "den Schritt"),
        ("Weber würdigte Albers in ihrer Rede als „Pionierin“.", "Albers in ihrer Rede als „Pionierin“"),
        ("Die Stadt kündigte am Montag eine Prüfung an.", "eine Prüfung"),
        # prepositional objects, amounts, adverbial phrases skipped, a relative clause kept
        ("Weber erinnerte an den Vorschlag der Arbeitnehmerseite.", "an den Vorschlag der Arbeitnehmerseite"),
        ("Weber hofft auf eine schnelle Einigung.", "auf eine schnelle Einigung"),
        ("Merz rechnet mit mehr als 60 000 Besuchern.", "mit mehr als 60 000 Besuchern"),
        ("Weber lobte vor allem den Zusammenhalt.", "den Zusammenhalt"),
        ("Die GDL fordert unter anderem eine Senkung der Arbeitszeit.", "eine Senkung der Arbeitszeit"),
        ("Weber erinnert an den Satz, mit dem Merz angetreten war.", "an den Satz, mit dem Merz angetreten war"),
        # a reported clause after an addressee or a long subject
        ("Merz sagte dem norwegischen Rundfunk NRK, man prüfe rechtliche Schritte.", "man prüfe rechtliche Schritte"),
        (
            "Der Vorsitzende des Vereins, Egon Witt, sagte, viele ältere Menschen in der Region kämen kaum aus.",
            "viele ältere Menschen in der Region kämen kaum aus",
        ),
        # a fixed cue in a relative clause reports that clause
        (
            "Es war der Angriff, bei dem nach Angaben der Regierung mehr als 1400 Menschen starben.",
            "mehr als 1400 Menschen starben",
        ),
        (
            "Die Firma, die laut Polizei seit Jahren illegal arbeitet, wurde geschlossen.",
            "seit Jahren illegal arbeitet",
        ),
    ],
)
def test_message_of_the_only_quote(text: str, message: str) -> None:
    assert messages(only(analyse(text, PEOPLE))) == [message]


def test_infinitive_clause_after_a_participle_tagged_finite() -> None:
    q = only(analyse("Weber wirft der Geschäftsführung vor, die Pläne verschwiegen zu haben.", PEOPLE))
    assert (q.kind, messages(q)) == ("reported", ["die Pläne verschwiegen zu haben"])  # guidelines §5


def test_judgement_with_a_dass_clause_reports_the_clause() -> None:
    q = only(analyse("Weber hält es für möglich, dass der Konzern das Werk schließt.", PEOPLE))
    assert q.kind == "indirect" and messages(q) == ["der Konzern das Werk schließt"]


def test_fuer_with_a_noun_is_no_judgement() -> None:
    assert analyse("Jeden Mittwoch hält Weber eine Sprechstunde für Studierende.", PEOPLE).quotes == []
    q = only(analyse("Weber hält das für einen Fehler.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["das für einen Fehler"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Merz sprach von einem Gipfel, der die Risse im Bündnis offengelegt habe.",
            "von einem Gipfel, der die Risse im Bündnis offengelegt habe",
        ),
        (
            "Als Gründe nannte Weber den Verlust des Partners, den Wegzug der Kinder und das Ende der Läden.",
            "den Verlust des Partners, den Wegzug der Kinder und das Ende der Läden",
        ),
    ],
)
def test_reported_content_runs_into_its_relative_clause_and_list(text: str, message: str) -> None:
    assert messages(only(analyse(text, PEOPLE))) == [message]


def test_clause_ending_in_a_foreign_particle_is_another_verb() -> None:
    ents = {"firma": ("ORG", ["Die Firma"])}
    assert analyse("Die Firma meldete im Dezember Insolvenz an.", ents).quotes == []
    q = only(analyse("Die Polizei rät dringend davon ab, mit dem Auto an die Küste zu fahren.", ents))
    assert q.cue.text == "rät" and [c.text for c in q.cue_parts] == ["rät", "ab"]


def test_particles_are_loaded() -> None:
    assert {"an", "ab", "zurück"} <= LEX.particles


def test_condition_belongs_to_reported_content() -> None:
    ents = {"gew": ("ORG", ["Die Gewerkschaft"])}
    q = only(analyse("Die Gewerkschaft drohte mit Warnstreiks, falls das Management nicht verhandle.", ents))
    assert messages(q) == ["mit Warnstreiks, falls das Management nicht verhandle"]
    q = only(analyse("Weber kündigte Gegenmaßnahmen an, falls die Zölle tatsächlich kämen.", PEOPLE))
    assert messages(q) == ["Gegenmaßnahmen", "falls die Zölle tatsächlich kämen"]
    assert "falls" in LEX.conditional


def test_pronoun_speaker_is_never_a_place() -> None:
    text = "Anna Weber leitet das Amt in Lohra. Sie schlug vor, die Kinder mit Bussen zu fahren."
    doc = analyse(text, {"weber": ("PER", ["Anna Weber"]), "lohra": ("LOC", ["Lohra"])}, Sie="lohra")
    assert only(doc).source.entity == "weber"


# -- the closing cue clause wins over verbs inside its message --------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Die Märkte rechneten mit einem kurzen Krieg, sagte ein Analyst der Commerzbank.",
            "sagte",
            "ein Analyst der Commerzbank",
        ),
        (
            "Der Kreis habe die Gemeinde aufgefordert, den Haushalt auszugleichen, so die Rathauschefin.",
            "so",
            "die Rathauschefin",
        ),
        (
            "Der Preis würdige ein Lebenswerk, hieß es in der Begründung der Handwerkskammer.",
            "hieß es",
            "der Handwerkskammer",
        ),
    ],
)
def test_closing_cue_clause_wins(text: str, cue: str, source: str) -> None:
    q = only(analyse(text))
    assert q.cue.text == cue and q.source.text == source


def test_second_speech_act_without_speaker_is_no_closing_cue() -> None:
    quotes = analyse("Weber forderte Reformen, betonte aber, dass sie Zeit brauchten.", PEOPLE).quotes
    assert quotes and quotes[0].cue.text == "forderte"


def test_name_in_apposition_may_be_tagged_as_a_noun_and_truncated_compounds() -> None:
    q = only(analyse("„Das Ende kommt“, sagte der Leiter des Messdienstes, Lukas Pfurtscheller."))
    assert q.source.text == "der Leiter des Messdienstes, Lukas Pfurtscheller"
    q = only(analyse("Viele Betriebe litten sehr, sagte ein Sprecher der Industrie- und Handelskammer."))
    assert q.source.text == "ein Sprecher der Industrie- und Handelskammer"


def test_hiess_es_with_colon_and_fronted_paper() -> None:
    ents = {"ap": ("ORG", ["Rheinischen Abendpost"])}
    q = only(analyse("In der „Rheinischen Abendpost“ heißt es: „Der Kanzler hat die richtigen Worte gefunden.“", ents))
    assert q.kind == "direct" and q.cue.text == "heißt es" and q.source.entity == "ap" and q.channel is None


def test_wie_clause_after_a_time_stamp() -> None:
    q = only(
        analyse("16.05 Uhr: Wie der Sender CNN unter Berufung auf Militärkreise berichtet, sollen Truppen vorrücken.")
    )
    assert messages(q) == ["sollen Truppen vorrücken"] and q.source.text == "Militärkreise"


def test_rules_and_documents_are_no_sources() -> None:
    assert analyse("Laut Gesetz darf die Stadt keine Gebühren erheben.").quotes == []
    assert analyse("Dem Koalitionsvertrag zufolge soll die Steuer sinken.").quotes == []
    assert "gesetz" in LEX.not_speakers


def test_survey_with_article_and_institute_name_with_fuer() -> None:
    q = only(analyse("Nach einer Umfrage des Instituts für Demoskopie Allensbach glaubt nur ein Drittel daran."))
    assert q.cue.text == "Nach einer Umfrage" and q.source.text == "des Instituts für Demoskopie Allensbach"
    assert messages(q) == ["glaubt nur ein Drittel daran"]


def test_plural_group_means_its_organisation() -> None:
    ents = {"awi": ("ORG", ["Alfred-Wegener-Institut"]), "weber": ("PER", ["Anna Weber"])}
    text = "Anna Weber arbeitet am Alfred-Wegener-Institut. Das Eis schmelze schneller, schreiben die Forscher."
    q = next(q for q in analyse(text, ents).quotes if q.cue.text == "schreiben")
    assert q.source.entity == "awi"


def test_source_after_a_reason_phrase_and_compound_organisation() -> None:
    q = only(analyse("Man sei abgerückt, hieß es zur Begründung aus dem Büro des Regierungschefs."))
    assert q.source.text == "dem Büro des Regierungschefs"
    ents = {"spd": ("ORG", ["SPD"]), "cdu": ("ORG", ["CDU"])}
    q = only(analyse("Die CDU gewann. Aus der SPD-Spitze hieß es, man müsse die Gründe analysieren.", ents))
    assert q.source.entity == "spd"


def test_two_speech_acts_of_one_source_are_one_quote() -> None:
    q = only(analyse("Merz sprach von einem „historischen Erfolg“ und kündigte eine harte Opposition an.", PEOPLE))
    assert [c.text for c in q.cue_parts] == ["sprach", "kündigte", "an"]
    assert messages(q) == ["von einem „historischen Erfolg“", "eine harte Opposition"] and q.kind == "mixed"


def test_congratulation_content_is_the_zu_phrase() -> None:
    assert analyse("Merz gratulierte den Spielern in der Kabine.", PEOPLE).quotes == []
    assert messages(only(analyse("Merz gratulierte Anna Weber zum Sieg.", PEOPLE))) == ["zum Sieg"]


def test_addressee_after_gegenueber_with_article() -> None:
    q = only(analyse("Ein Sprecher erklärte gegenüber der Zeitung, man prüfe den Fall."))
    assert q.addressee is not None and q.addressee.text == "Zeitung"


def test_channel_is_looked_for_outside_the_message() -> None:
    text = (
        "Der Konzern habe die Erhöhung in einem Werbebrief versteckt, "
        "teilten die Verbraucherschützer in einer Pressemitteilung mit."
    )
    assert only(analyse(text)).channel == "Pressemitteilung"
    q = only(analyse("Die Geiseln seien frei, schrieb Anna Weber auf X.", PEOPLE))
    assert q.channel == "X"


def test_description_before_any_name_means_the_person_named_next() -> None:
    text = "Die Wahl sei verloren, sagte der 61-Jährige.\n\nReinhard Pelzer regiert seit zwölf Jahren."
    q = only(analyse(text, {"pelzer": ("PER", ["Reinhard Pelzer"])}))
    assert q.source.entity == "pelzer"


def test_fronted_hiess_es_with_a_time_and_a_long_wie_clause() -> None:
    from dossier.pipeline import Pipeline  # the time layer marks `am Dienstagabend`

    text = "Aus dem Innenministerium hieß es am Dienstagabend, man werde eine Liste erstellen."
    doc = Pipeline(detect_language=False).analyze_clean_text(text, published="2025-01-09")
    q = only(doc)
    assert q.source.text == "dem Innenministerium" and messages(q) == ["man werde eine Liste erstellen"]
    text = "Wie die „Times of Israel“ unter Berufung auf Vertreter in Jerusalem berichtete, tagt das Kabinett."
    assert messages(only(analyse(text))) == ["tagt das Kabinett"]


def test_quoted_outlet_name_with_small_words_is_the_via() -> None:
    text = "Wie die „Bild am Sonntag“ unter Berufung auf Regierungskreise berichtet, soll die Ausnahme gelten."
    q = only(analyse(text))
    assert q.via is not None and q.via.text == "Bild am Sonntag" and q.source.text == "Regierungskreise"


def test_cue_after_a_subordinate_clause_with_its_own_complement() -> None:
    text = "Während des Prozesses, der im Oktober begann, hatte Weber eingeräumt, „Fehler“ gemacht zu haben."
    assert messages(only(analyse(text, PEOPLE))) == ["„Fehler“ gemacht zu haben"]


def test_cue_inside_konjunktiv_speech_is_no_new_quote() -> None:
    text = "Weber sagte, sie sei enttäuscht. Die Bank habe einen weiteren Kredit jedoch abgelehnt."
    assert [q.cue.text for q in analyse(text, PEOPLE).quotes] == ["sagte"]


def test_verdict_is_no_quote_and_trailing_adverbial_adjective_is_cut() -> None:
    assert analyse("Das Gericht verurteilte die Angeklagte am Mittwoch zu lebenslanger Haft.").quotes == []
    assert messages(only(analyse("Merz verurteilte den Angriff scharf.", PEOPLE))) == ["den Angriff"]


def test_group_source_means_the_organisation_called_by_its_stem() -> None:
    ents = {"bw": ("ORG", ["Brennwerk", "Unternehmen"]), "br": ("ORG", ["Betriebsrat"])}
    text = "Brennwerk streicht Stellen. Das Unternehmen schweigt. Der Betriebsrat ist empört. " + (
        "Die Sparte werde verkauft, hieß es aus Unternehmenskreisen."
    )
    q = next(q for q in analyse(text, ents).quotes if q.cue.text == "hieß es")
    assert q.source.entity == "bw"


def test_er_means_an_organisation_only_right_after_its_quote() -> None:
    ents = {"verlag": ("ORG", ["Hanse-Verlag"]), "autor": ("PER", ["Lorenz Achterberg"])}
    near = "Das Buch erscheine im Mai, teilte der Hanse-Verlag mit. Man plane eine Lesung, sagte er."
    q = next(q for q in analyse(near, ents).quotes if q.source.text == "er")
    assert q.source.entity == "verlag"
    far = (
        "Lorenz Achterberg sei gestorben, teilte der Hanse-Verlag mit. Er wurde 84 Jahre alt. "
        "Er schrieb zwölf Romane. „Ich schreibe über Leute“, sagte er einmal."
    )
    q = next(q for q in analyse(far, ents).quotes if q.source.text == "er")
    assert q.source.entity == "autor"


def test_article_and_a_lower_case_paper_name_in_quotation_marks_is_the_speaker() -> None:
    ents = {"taz": ("ORG", ["taz"])}
    q = only(analyse("Die „taz“ kritisiert die Ausgestaltung: »Wieder einmal werden die Eigentümer geschont.«", ents))
    assert q.source.text == "Die „taz“" and q.source.entity == "taz"


def test_government_source_means_the_country_named_most() -> None:
    ents = {"de": ("LOC", ["Deutschland"]), "eu": ("LOC", ["Europa"])}
    text = "Deutschland öffnet die Grenze. Deutschland hilft, Europa schaut zu. " + (
        "Das gelte nur kurz, hieß es aus Regierungskreisen."
    )
    q = next(q for q in analyse(text, ents).quotes if q.cue.text == "hieß es")
    assert q.source.entity == "de"


def test_a_body_after_aus_is_the_organisation_not_a_person_resolved_to_it() -> None:
    text = "Die Stiftung ehrt Anna Weber. Die Stiftung werde die Arbeit fortführen, hieß es aus dem Vorstand."
    doc = analyse(text, {"st": ("ORG", ["Stiftung"]), **PEOPLE})
    weber = next(e for e in doc.entities if e.id == "weber")
    at = text.index("Vorstand")
    weber.mentions.append(weber.mentions[0].model_copy(update={"start": at, "end": at + 8, "kind": "role"}))
    q = next(q for q in STAGE(doc.model_copy(update={"quotes": []})).quotes if q.cue.text == "hieß es")
    assert q.source.text == "dem Vorstand" and q.source.entity == "st"


# -- an amount of time as the content of a demand ----------------------------------------------------

TIMES = time_stage("de")


def with_times(text: str) -> AnalysedDocument:
    """Segment, tag times and run the speech stage (the rule reads the time layer)."""
    return STAGE(TIMES(Segmenter()(AnalysedDocument(id="t", text=text, published="2025-08-07"))))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Die Anklage hatte achteinhalb Jahre gefordert.", "achteinhalb Jahre"),
        ("Die Anklage hatte fünf Jahre Haft gefordert.", "fünf Jahre Haft"),
        ("Die Anklage hatte seit Jahren Aufklärung gefordert.", "Aufklärung"),
    ],
)
def test_amount_of_time_is_demanded_content(text: str, message: str) -> None:
    q = only(with_times(text))
    assert q.kind == "reported" and messages(q) == [message] and q.cue.text == "gefordert"


def test_amount_of_time_with_lang_is_no_content() -> None:
    assert with_times("Die Anklage hat zwei Tage lang gewarnt.").quotes == []


def test_lang_after_a_time_adjunct_is_skipped() -> None:
    q = only(with_times("Die Anklage hat zwei Tage lang vor dem Sturm gewarnt."))
    assert messages(q) == ["vor dem Sturm"]


def test_duration_adverbs_are_loaded() -> None:
    assert {"lang", "später"} <= LEX.duration_adverbs


def test_zusagen_reports_a_promised_thing() -> None:
    q = only(analyse("Merz sagte den Bauern eine rasche Prüfung zu.", PEOPLE))
    assert q.kind == "reported" and [c.text for c in q.cue_parts] == ["sagte", "zu"]


def test_empfehlen_is_a_cue_with_clause_and_noun_phrase() -> None:
    q = only(analyse("Weber empfiehlt der Kommission, zunächst zu verhandeln.", PEOPLE))
    assert q.cue.text == "empfiehlt" and q.source.entity == "weber"


def test_outlet_in_a_closing_wie_clause_relays_the_speaker() -> None:
    ents = PEOPLE | {"tass": ("ORG", ["Tass"])}
    q = only(analyse("Weber sprach von einer „humanitären Geste“, wie die Staatsagentur Tass meldete.", ents))
    assert q.cue.text == "sprach" and q.source.entity == "weber" and q.via is not None and q.via.text == "Tass"


def test_wie_clause_of_a_person_is_the_speaker() -> None:
    q = only(analyse("Die Lage sei ernst, wie Weber sagte.", PEOPLE))
    assert q.cue.text == "sagte" and q.source.entity == "weber"


def test_quoted_subheading_is_a_direct_quote_without_source() -> None:
    doc = analyse("Merz sprach lange.\n\n„Ich habe alles verloren“\n\nDas Haus brannte am Montag ab.", PEOPLE)
    q = only(doc)
    assert q.kind == "direct" and messages(q) == ["Ich habe alles verloren"]
    assert q.source is None and q.cue is None and q.position == "none"


def test_quoted_subheading_does_not_continue_the_quote_before() -> None:
    doc = analyse("„Wir bleiben“, sagte Merz.\n\n„Kein gerechter Frieden“\n\nDie Gespräche enden.", PEOPLE)
    assert [(q.kind, messages(q), q.source is None) for q in doc.quotes] == [
        ("direct", ["Wir bleiben"], False),
        ("direct", ["Kein gerechter Frieden"], True),
    ]


def test_court_finding_cue_takes_its_als_predicate_with_the_particle() -> None:
    q = only(analyse("Die Kammer sah es als erwiesen an, dass Weber das Geld angenommen hatte.", PEOPLE))
    assert q.kind == "indirect" and messages(q) == ["Weber das Geld angenommen hatte"]
    assert [c.text for c in q.cue_parts] == ["sah", "als erwiesen an"]


def test_judges_concession_is_a_clause_cue() -> None:
    q = only(analyse("Die Richterin hielt Weber zugute, dass sie nicht vorbestraft sei.", PEOPLE))
    assert q.kind == "indirect" and [c.text for c in q.cue_parts] == ["hielt", "zugute"]


def test_looking_at_something_is_no_cue() -> None:
    assert analyse("Merz sah sich das Spiel im Stadion an.", PEOPLE).quotes == []


def test_platform_phrase_with_unknown_name_is_skipped_before_content() -> None:
    q = only(analyse("Merz sprach auf X von einem „schweren Tag für Bayern“.", PEOPLE))
    assert q.kind == "mixed" and messages(q) == ["von einem „schweren Tag für Bayern“"]


HOME = {
    "deutschland": ("LOC", ["Deutschland"]),
    "usa": ("LOC", ["USA"]),
    "washington": ("LOC", ["Washington"]),
}
US_TEXT = "Die USA und Deutschland verhandeln. Die USA erheben Zölle. Die USA warten. "


def test_anonymous_government_speaker_is_the_home_country() -> None:
    q = only(analyse(US_TEXT + "Man sei gesprächsbereit, sagte ein Regierungssprecher.", HOME))
    assert q.source is not None and q.source.entity == "deutschland"


@pytest.mark.parametrize(
    "text",
    [
        "Man sei gesprächsbereit, sagte ein Regierungssprecher in Washington.",
        "Man sei gesprächsbereit, sagte die Regierung.",  # the bare noun: the country the text is about
    ],
)
def test_placed_or_bare_government_source_is_not_the_home_country(text: str) -> None:
    q = only(analyse(US_TEXT + text, HOME))
    assert q.source is not None and q.source.entity == "usa"


PAPERS = {"sz": ("ORG", ["Süddeutsche Zeitung"]), "cdu": ("ORG", ["CDU"])}
PAPER_TEXT = "Die Süddeutsche Zeitung kritisiert die CDU. „Das reicht nicht“, schreibt das {}Blatt."


def test_paper_description_is_the_paper_named_last() -> None:
    q = next(q for q in analyse(PAPER_TEXT.format(""), PAPERS).quotes if q.kind == "direct")
    assert q.source is not None and q.source.entity == "sz"


def test_paper_described_by_its_town_is_the_paper_not_the_town() -> None:
    text = PAPER_TEXT.format("Münchner ")
    doc = Segmenter()(AnalysedDocument(id="t", text=text))
    for eid, etype, surface, kind in [
        ("sz", "ORG", "Süddeutsche Zeitung", "name"),
        ("muc", "LOC", "Münchner", "demonym"),
    ]:
        at = text.index(surface)
        mention = Mention(start=at, end=at + len(surface), text=surface, kind=kind)
        doc.entities.append(Entity(id=eid, type=etype, name=surface, mentions=[mention]))
    q = next(q for q in STAGE(doc).quotes if q.kind == "direct")
    assert q.source is not None and q.source.entity == "sz"


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("Merz stellte weitere Hilfen in Aussicht.", ["stellte", "in Aussicht"], ["weitere Hilfen"]),
        ("Merz hat weitere Hilfen in Aussicht gestellt.", ["in Aussicht gestellt"], ["weitere Hilfen"]),
        ("Merz gab zu bedenken, dass die Kosten steigen.", ["gab", "zu bedenken"], ["die Kosten steigen"]),
        ("Die Lage bleibe ernst, wie Merz am Dienstag bekannt gab.", ["bekannt gab"], ["Die Lage bleibe ernst"]),
    ],
)
def test_particles_of_several_words_or_written_apart(text: str, cue: list[str], message: list[str]) -> None:
    q = only(analyse(text, PEOPLE))
    assert ([c.text for c in q.cue_parts] or [q.cue.text]) == cue and messages(q) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Der Schaden beträgt nach Angaben der Polizei rund 400.000 Euro.",
            ["Der Schaden beträgt", "rund 400.000 Euro"],
        ),
        ("Der Schaden beträgt der Polizei zufolge rund 400.000 Euro.", ["Der Schaden beträgt", "rund 400.000 Euro"]),
        ("Der Schaden beträgt laut Polizei rund 400.000 Euro.", ["Der Schaden beträgt", "rund 400.000 Euro"]),
        ("Nach Angaben der Polizei beträgt der Schaden rund 400.000 Euro.", ["beträgt der Schaden rund 400.000 Euro"]),
    ],
)
def test_source_phrase_inside_the_clause_splits_the_message(text: str, message: list[str]) -> None:
    q = only(analyse(text))
    assert q.kind == "indirect" and messages(q) == message


def test_organisation_noun_is_the_organisation_whose_name_contains_it() -> None:
    orgs = {"vku": ("ORG", ["Verband kommunaler Unternehmen"]), "spd": ("ORG", ["SPD"])}
    text = "Der Verband kommunaler Unternehmen tagt. Die SPD lobt das. Man sei bereit, sagte ein Sprecher des Verbands."
    q = only(analyse(text, orgs))
    assert q.source is not None and q.source.entity == "vku"


def test_second_predicate_after_a_contrast_word_joins_the_first_speech_act() -> None:
    q = only(analyse("Merz begrüßte die Einigung, warnte aber vor zu hohen Erwartungen.", PEOPLE))
    assert [c.text for c in q.cue_parts] == ["begrüßte", "warnte"]
    assert q.source is not None and q.source.entity == "merz"
    assert messages(q) == ["die Einigung", "vor zu hohen Erwartungen"]


def test_indicative_clause_after_a_governed_object_is_no_report() -> None:
    q = only(analyse("Merz sprach von einem schweren Tag, die Stadt trauert um die Opfer.", PEOPLE))
    assert q.kind == "reported" and messages(q) == ["von einem schweren Tag"]


def test_nach_eigenen_worten_with_quoted_words_is_a_direct_quote() -> None:
    q = only(analyse("Merz hat nach eigenen Worten „keine Angst vor der Wahl“.", PEOPLE))
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "nach eigenen Worten"
    assert messages(q) == ["keine Angst vor der Wahl"]


def test_nach_worten_is_a_fixed_cue() -> None:
    q = only(analyse("Nach Worten von Merz ist die Lage ernst.", PEOPLE))
    assert q.kind == "indirect" and q.cue is not None and q.cue.text == "Nach Worten"


def test_paper_headline_verb_is_a_cue() -> None:
    doc = analyse("Die „Bild“ titelt: „Kanzler allein zu Haus“.", {"bild": ("ORG", ["Bild"])})
    q = only(doc)
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "titelt"
    assert q.source is not None and q.source.entity == "bild"


def test_drohen_without_mit_is_no_threat() -> None:
    assert analyse("Dem Angeklagten drohen bis zu zehn Jahre Haft.", PEOPLE).quotes == []
    assert messages(only(analyse("Merz drohte der EU mit Zöllen.", PEOPLE))) == ["mit Zöllen"]


def test_participle_adjective_stays_in_the_speaker_phrase() -> None:
    doc = analyse("„Sie hatte recht“, sagte der emeritierte Professor.")
    assert only(doc).source is not None and only(doc).source.text == "der emeritierte Professor"


def test_clause_before_a_colon_quote_gives_cue_and_speaker() -> None:
    q = only(analyse("Weber sieht das gelassen: „Wenn wir schnell sind, gewinnen wir.“", PEOPLE))
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "sieht"
    assert q.source is not None and q.source.entity == "weber"


def test_colon_quote_after_a_clause_without_speaker_stays_bare() -> None:
    q = only(analyse("Im Bahnhof herrschte gähnende Leere auf den Tafeln: „Zug fällt aus“."))
    assert q.kind == "direct" and q.cue is None and q.source is None


def test_genitive_plural_group_is_the_organisation_not_a_man() -> None:
    ents = {"polizei": ("ORG", ["Polizei Dresden"]), "kurz": ("PER", ["Peter Kurz"])}
    text = "Die Polizei Dresden ermittelt gegen Peter Kurz. Nach Angaben der Ermittler floh er nach Polen."
    q = only(analyse(text, ents))
    assert q.source is not None and q.source.entity == "polizei"


def test_group_source_finds_the_organisation_by_its_class_noun() -> None:
    ents = {"verdi": ("ORG", ["Verdi"]), "spd": ("ORG", ["SPD"])}
    text = (
        "Die Gewerkschaft Verdi droht mit Streiks. Die SPD schweigt. Man sei bereit, hieß es aus Gewerkschaftskreisen."
    )
    q = next(q for q in analyse(text, ents).quotes if q.cue is not None and q.cue.text == "hieß es")
    assert q.source is not None and q.source.entity == "verdi"


def test_second_main_clause_after_a_comma_has_its_own_subject() -> None:
    doc = analyse("Weber versprach Hilfe des Bundes, Merz kündigte ein Soforthilfeprogramm an.", PEOPLE)
    assert [(q.source.entity if q.source else None, messages(q)) for q in doc.quotes] == [
        ("weber", ["Hilfe des Bundes"]),
        ("merz", ["ein Soforthilfeprogramm"]),
    ]


def test_organiser_is_an_organisation_not_the_last_man() -> None:
    ents = {"nordton": ("ORG", ["Nordton Konzerte"]), "lorenz": ("PER", ["Dieter Lorenz"])}
    text = (
        "Nordton Konzerte sagt das Konzert ab. Dieter Lorenz ist enttäuscht. "
        "Die Karten würden erstattet, teilte der Veranstalter mit."
    )
    q = next(q for q in analyse(text, ents).quotes if q.cue is not None and q.cue.text == "teilte")
    assert q.source is not None and q.source.entity == "nordton"


def test_causative_lassen_stays_outside_the_cue() -> None:
    q = only(analyse("Weber ließ über einen Sprecher mitteilen, man sei für Gespräche offen.", PEOPLE))
    assert q.cue is not None and q.cue.text == "mitteilen" and not q.cue_parts
    assert q.source is not None and q.source.entity == "weber"


@pytest.mark.parametrize(
    "text",
    [
        "Weber begründete den Schritt mit dem Einbruch der Nachfrage.",
        "Weber begründete den Schritt am Mittwoch auf einer Versammlung mit dem Einbruch der Nachfrage.",
    ],
)
def test_a_reason_is_the_prepositional_object_of_begruenden(text: str) -> None:
    assert messages(only(analyse(text, PEOPLE))) == ["mit dem Einbruch der Nachfrage"]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a fronted object before a named speaker
        ("Eine Schlichtung lehnt Weber ab.", "Weber", "Eine Schlichtung"),
        ("Warnstreiks schloss Merz bislang aus.", "Merz", "Warnstreiks"),
        ("Die Gewerkschaft kündigte Warnstreiks an.", "Die Gewerkschaft", "Warnstreiks"),
        # speakers with a parenthesis, a possessive or a relative clause
        (
            "In Berlin begrüßte Außenminister Merz (CDU) die Übergabe der Liste.",
            "Außenminister Merz",
            "die Übergabe der Liste",
        ),
        ("Ihr Sprecher kündigte ein Bürgerbegehren an.", "Ihr Sprecher", "ein Bürgerbegehren"),
        (
            "Gemeinderat Merz (SPD), der gegen den Verkauf gestimmt hatte, sprach von einer „vertanen Chance“.",
            "Gemeinderat Merz",
            "von einer „vertanen Chance“",
        ),
        # an untagged name, an auxiliary tagged as infinitive, a finite verb late in the reported clause
        (
            "Die Gemeinde wolle sich erneut um ein Weltcuprennen bewerben, kündigte Moser an.",
            "Moser",
            "Die Gemeinde wolle sich erneut um ein Weltcuprennen bewerben",
        ),
        (
            "Die Feuerwehrleute werden alle 30 Minuten ausgewechselt, so der Einsatzleiter.",
            "der Einsatzleiter",
            "Die Feuerwehrleute werden alle 30 Minuten ausgewechselt",
        ),
        (
            "Er sagte, nach der Katastrophe von Fukushima im vergangenen Jahr könne niemand mehr zurück.",
            "Er",
            "nach der Katastrophe von Fukushima im vergangenen Jahr könne niemand mehr zurück",
        ),
    ],
)
def test_source_and_message_of_the_only_quote(text: str, source: str, message: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert (q.source.text, messages(q)) == (source, [message])


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Nach Informationen der „taz“ hatte Weber die Bilder überlassen.", "Nach Informationen", "der „taz“"),
        ("Nach Zahlen der Bundesregierung hat Deutschland Waffen geliefert.", "Nach Zahlen", "der Bundesregierung"),
        ("Der Sturm soll nach der Prognose des DWD erst am Freitag abflauen.", "nach der Prognose", "des DWD"),
    ],
)
def test_nach_phrases_of_data_and_quoted_papers(text: str, cue: str, source: str) -> None:
    q = only(analyse(text, PEOPLE))
    assert (q.kind, q.cue.text, q.source.text) == ("indirect", cue, source)


def test_a_thought_needs_a_person_or_organisation_as_thinker() -> None:
    assert analyse("Der Fall erinnert an den Hersteller Northvolt.", PEOPLE).quotes == []


@pytest.mark.parametrize("cue", ["scherzte", "jubelte", "seufzte", "lachte", "fuhr"])
def test_manners_of_speaking_after_a_direct_quote(cue: str) -> None:
    rest = " fort" if cue == "fuhr" else ""
    q = only(analyse(f"„Jetzt kann ich endlich wieder schimpfen“, {cue} Merz{rest}.", PEOPLE))
    assert (q.kind, q.cue.text, q.source.text) == ("direct", cue, "Merz")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Weber warnte, Europa habe Zeit verschlafen. Wenn Trump Zölle erhebe, treffe das Deutschland hart.",
            "Wenn Trump Zölle erhebe, treffe das Deutschland hart",
        ),
        (
            "Weber hatte ausgesagt, Merz habe bar bezahlt. Die Übergaben hätten jeden Freitag stattgefunden.",
            "Die Übergaben hätten jeden Freitag stattgefunden",
        ),
        ("Weber sagte, Merz habe bar bezahlt. Er prüfe nun rechtliche Schritte.", "Er prüfe nun rechtliche Schritte"),
    ],
)
def test_konjunktiv_continuations(text: str, second: str) -> None:
    assert messages(only(analyse(text, PEOPLE)))[1:] == [second]


def test_no_continuation_in_the_past_or_the_conditional() -> None:
    text = "Weber sagte, Merz habe bar bezahlt. Er machte danach Urlaub. Das wäre schön."
    assert len(messages(only(analyse(text, PEOPLE)))) == 1


def test_no_continuation_in_the_first_person() -> None:
    text = "Weber sagte, Merz habe bar bezahlt. Ich prüfe das nun."  # `prüfe` here is the indicative
    assert len(messages(only(analyse(text, PEOPLE)))) == 1


def test_a_dative_after_the_cue_is_no_speaker() -> None:
    text = "10 Uhr: Der Chef der Firma, Anna Weber, sagte dem WDR, die Firma habe alle Auflagen eingehalten."
    q = only(analyse(text, PEOPLE))
    assert (q.source.text, messages(q)) == (
        "Der Chef der Firma, Anna Weber",
        ["die Firma habe alle Auflagen eingehalten"],
    )


def test_a_fronted_time_is_no_speaker() -> None:
    q = only(with_times("Kurz nach 18.30 Uhr trat Merz vor die Kameras und räumte die Niederlage ein."))
    assert q.source.text == "Merz"


def test_a_konjunktiv_sentence_continues_a_direct_quote() -> None:
    text = "„Es gibt keinen Automatismus“, sagte Merz. Eine Entscheidung werde wohl erst im Juni fallen."
    q = only(analyse(text, PEOPLE))
    assert (q.kind, messages(q)) == (
        "direct",
        ["Es gibt keinen Automatismus", "Eine Entscheidung werde wohl erst im Juni fallen"],
    )


def test_thanks_to_an_addressee_is_no_content() -> None:
    q = only(analyse("Merz dankte den Einsatzkräften und sicherte den Anwohnern schnelle Hilfe zu.", PEOPLE))
    assert (q.cue.text, messages(q)) == ("sicherte", ["den Anwohnern schnelle Hilfe"])
    assert messages(only(analyse("Merz dankte für die Unterstützung.", PEOPLE))) == ["für die Unterstützung"]


def test_a_dass_clause_on_a_correlate_belongs_to_the_reported_content() -> None:
    q = only(analyse("Die Händler sprachen von Erleichterung darüber, dass die Ungewissheit vorbei sei.", PEOPLE))
    assert (q.kind, messages(q)) == ("reported", ["von Erleichterung darüber, dass die Ungewissheit vorbei sei"])


def test_an_attributive_participle_in_a_zu_phrase() -> None:
    text = "Weber kündigte an, auf verminderte Schuldfähigkeit zu plädieren. Ihr Mandant leide an Depressionen."
    q = only(analyse(text, PEOPLE))
    assert (q.kind, len(q.message)) == ("reported", 2)


def test_a_fronted_accusative_object_with_a_prepositional_second_span() -> None:
    q = only(analyse("Den Sachschaden bezifferte die Polizei auf vier Millionen Mark.", PEOPLE))
    assert (q.source.text, messages(q)) == ("die Polizei", ["Den Sachschaden", "auf vier Millionen Mark"])


def test_a_governed_phrase_after_an_addressee_and_a_channel() -> None:
    q = only(analyse("Am Dienstag bat Weber das Verkehrsministerium in einem Brief um schnelle Hilfe.", PEOPLE))
    assert messages(q) == ["um schnelle Hilfe"]


def test_a_fixed_cue_before_a_verbless_apposition_reports_both_parts() -> None:
    text = "Am Abend waren 80 Liter Regen gefallen, nach Angaben des DWD so viel wie sonst in sechs Wochen."
    assert messages(only(analyse(text, PEOPLE))) == [
        "Am Abend waren 80 Liter Regen gefallen",
        "so viel wie sonst in sechs Wochen",
    ]


def test_a_relative_clause_after_the_cue_object_is_no_report() -> None:
    text = "Der Film erzählt von einem Lotsen, dem die Arbeit genommen wird, die sein Leben war."
    assert all(q.kind == "reported" for q in analyse(text, PEOPLE).quotes)


def test_an_interposed_so_takes_any_finite_clause_after_it() -> None:
    q = only(analyse("Handelssanktionen, so Weber, wirkten nur, wenn der Betroffene keine Alternative habe.", PEOPLE))
    assert (q.cue.text, q.position, messages(q)) == (
        "so",
        "inside",
        ["Handelssanktionen", "wirkten nur, wenn der Betroffene keine Alternative habe"],
    )
