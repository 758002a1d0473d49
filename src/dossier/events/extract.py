"""Event extraction: triggers from the lexicon, then participants, time, place and modality by rules.

Works per sentence on the layers earlier stages wrote: tokens (lemma, POS), entity mentions, time
expressions and quotations. Roles come from the preposition in front of a mention (`mit` → partner,
`gegen` → target, `zwischen X und Y` → agent and partner, `in` + place → place) and from the clause's
subject (the first mention that no preposition governs) for the agent.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dossier.events.lexicon import EventLexicon
from dossier.events.roles import FINITE, Option, option_features, sentence_options
from dossier.model import AnalysedDocument, Entity, Mention, Quote, Sentence, Span, TimeExpression, Token

_NOUN_TAGS = {"NN", "NNA", "NE"}
_VERB_TAGS = {"VVFIN", "VVPP", "VVINF", "VVIZU", "VVIMP"}
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\s[–—]\s")
_SPEECH_TYPES = {"threat", "announcement", "statement"}
_ANNOUNCING = {"reported", "indirect"}  # quotations whose speaker does what they announce
_SKIP_BEFORE = {"ART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD"}
_DATE_TYPES = {"DATE", "TIME"}
LOOKAHEAD = 1  # sentences an undated event looks ahead for its date
_SENTENCE_WIDE = {"conditional", "possible"}
_STRUCK_AT = {"attack", "sanction", "tariff", "threat"}
_NATURAL = {"disaster", "accident"}  # happenings without a party: a place is only where they happen
_HOSTILE = {"attack", "sanction", "tariff", "threat", "protest", "strike", "lawsuit"}


@dataclass
class Candidate:
    """An event found at one trigger, before merging with other mentions of the same event."""

    type: str
    trigger: Span
    sentence: int
    participants: list[tuple[str, str]] = field(default_factory=list)  # (entity id, role)
    time: TimeExpression | None = None
    place: str | None = None
    modality: str = "occurred"
    quote: str | None = None
    definite: bool = False  # "das Treffen", "diese Gespräche": likely refers back to an earlier event
    method: str = "rule:trigger"
    also: list[Span] = field(default_factory=list)  # more words naming it in its clause (`Halbfinale … gewonnen`)
    lemma: str = ""
    kind: str = "noun"
    prev_word: str = ""
    time_carried: bool = False  # the time comes from an earlier sentence, not the trigger's own
    context: list[str] = field(default_factory=list)  # features of the sentence and article for the filter
    options: list[Option] = field(default_factory=list)  # entities that may take part, for the role model


@dataclass
class _Context:
    """Per-document lookups shared by all sentences."""

    doc: AnalysedDocument
    mentions: list[tuple[Mention, Entity]]
    starts: list[int]
    places: set[str]
    tokens_at: dict[int, Token]
    salience: dict[str, int]  # entity id → its rank by number of mentions (0: named most often), up to 3
    types: dict[str, str]  # entity id → entity type
    asides: frozenset[str]  # entities named only in brackets: affiliations, agencies of a dateline

    @classmethod
    def of(cls, doc: AnalysedDocument) -> _Context:
        """Index the analysed document once for every candidate."""
        mentions = sorted(((m, e) for e in doc.entities for m in e.mentions), key=lambda me: me[0].start)
        places = {e.id for e in doc.entities if e.type == "LOC"}
        ranked = sorted(doc.entities, key=lambda e: -len(e.mentions))
        salience = {e.id: min(i, 3) for i, e in enumerate(ranked)}
        tokens_at = {t.start: t for t in doc.tokens or []}
        types = {e.id: e.type for e in doc.entities}
        asides = frozenset(
            e.id for e in doc.entities if e.mentions and all(_parenthetical(doc.text, m) for m in e.mentions)
        )
        return cls(doc, mentions, [m.start for m, _ in mentions], places, tokens_at, salience, types, asides)

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions starting between the offsets `start` and `end`, in text order, with their entities."""
        return self.mentions[bisect_left(self.starts, start) : bisect_right(self.starts, end - 1)]

    def parties_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Mentions of entities that can take part in events: not those named only in brackets (`(CDU)`,
        `Bremerhaven (dpa)`), which qualify a name or the report, never act."""
        return [(m, e) for m, e in self.mentions_in(start, end) if e.id not in self.asides]


def _clauses(lexicon: EventLexicon, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma/dash-delimited stretches of a sentence, as absolute offsets.

    A stretch that only lists more members of the one before (`– darunter auch mit Merz und Starmer`,
    `, unter anderem mit …`: `list_continuations.txt`) stays part of it.
    """
    spans, pos = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if not lexicon.list_continuation.match(text, m.end()):
            spans.append((pos, m.start()))
            pos = m.end()
    spans.append((pos, end))
    return spans


def _particle_lemma(tokens: list[Token], index: int) -> str:
    """Lemma of a finite verb with its separated particle joined (`nahm … fest` → `festnehmen`)."""
    tok = tokens[index]
    lemma = (tok.lemma or tok.text).lower()
    if tok.pos != "VVFIN":
        return lemma
    end = next((j for j in range(index + 1, len(tokens)) if tokens[j].pos.startswith("$")), len(tokens))
    last = tokens[end - 1]
    if end - 1 > index and last.text.islower() and len(last.text) <= 8:
        return last.text + lemma
    return lemma


def _trigger_type(tokens: list[Token], index: int, lexicon: EventLexicon, sentence_text: str) -> tuple[str, str] | None:
    """(event type, kind) if the token at `index` triggers an event in this sentence."""
    tok = tokens[index]
    lemma = (tok.lemma or tok.text).lower()
    if tok.pos in _NOUN_TAGS and tok.text[:1].isupper():
        kind, event_type = "noun", lexicon.noun_type(lemma)
    elif tok.pos in _VERB_TAGS:
        joined = _particle_lemma(tokens, index)
        kind, event_type = "verb", lexicon.verb_type(joined) or lexicon.verb_type(lemma)
        lemma = joined if lexicon.verb_type(joined) else lemma
    else:
        return None
    if event_type is None:
        return None
    retyped = lexicon.context_type(lemma, sentence_text)
    if retyped is not None:
        return retyped, kind
    rule = lexicon.requires.get(f"{kind}:{lemma}")
    if rule is not None and not rule.search(sentence_text):
        return None
    return event_type, kind


def _skip_phrase(tokens: list[Token], i: int, names: bool) -> int:
    """Index of the first token before position `i` that is no article, adjective or noun (any name too
    when `names`, else only genitive names)."""
    while i >= 0 and (
        tokens[i].pos in _SKIP_BEFORE
        or tokens[i].pos in {"NN", "NNA"}
        or (tokens[i].pos == "NE" and (names or tokens[i].text.endswith("s")))
    ):
        i -= 1
    return i


def _prep_before(lexicon: EventLexicon, tokens: list[Token], index: int) -> int:
    """Index of the preposition `_preposition` finds for token `index` (-1 if none); a later conjunct
    shares the preposition of the first (`in Rheinland-Pfalz und Nordrhein-Westfalen`, `conjunctions.txt`)."""
    i = _skip_phrase(tokens, index - 1, names=False)
    while i > 0 and tokens[i].text in lexicon.conjunctions:
        j = _skip_phrase(tokens, i - 1, names=True)
        if j == i - 1:
            break
        i = j
    return i if i >= 0 and tokens[i].pos in {"APPR", "APPRART"} else -1


def _preposition(lexicon: EventLexicon, tokens: list[Token], index: int) -> str | None:
    """The preposition governing the noun phrase in which token `index` stands, if any.

    Skips articles, adjectives, role nouns and genitive names in front of the name
    (`mit Trumps Sondergesandtem Steve Witkoff` → `mit`).
    """
    i = _prep_before(lexicon, tokens, index)
    return tokens[i].text.lower() if i >= 0 else None


def _governing_prep(lexicon: EventLexicon, tokens: list[Token], index: int, trigger_index: int) -> str | None:
    """The preposition of the name at `index` in the trigger's sentence, unless it stands before the
    trigger and so governs the trigger, not the name (`mit dem Überfall der Hamas`)."""
    i = _prep_before(lexicon, tokens, index)
    if i < 0 or (index > trigger_index and i < trigger_index):
        return None
    return tokens[i].text.lower()


_OBJECT_ROLE = {
    **dict.fromkeys(
        ("meeting", "talks", "phone_call", "visit", "agreement", "ceasefire", "prisoner_exchange", "match"), "partner"
    ),
    **dict.fromkeys(("appointment", "election", "resignation", "death", "release", "award"), "patient"),
}


def _prep_role(lexicon: EventLexicon, prep: str, event_type: str) -> str | None:
    """Role an entity gets from its preposition (`preposition_roles.tsv`): the first row of the preposition
    whose condition the event meets (`gegen` is the opponent in a match, `auf` a target only of hostile acts)."""
    for word, role, condition in lexicon.preposition_roles:
        hostile = condition == "hostile" and event_type in _HOSTILE
        if word == prep and (condition in ("", event_type) or hostile):
            return role
    return None


# event nouns whose genitive names who acts (`der Überfall der Hamas`), not who undergoes it
_GENITIVE_AGENT = {
    "meeting", "talks", "protest", "strike", "attack", "statement", "announcement", "vote", "visit",
    "sanction", "tariff", "threat", "deadline", "ceasefire", "agreement", "investment", "layoff",
    "bankruptcy", "closure", "opening", "phone_call",
}
_PASSIVE_SUBJECT = {"award": "beneficiary", "investment": "", "closure": "", "opening": ""}


def _passive_role(event_type: str) -> str | None:
    """Role of the subject of a passive clause: the one who undergoes the event (no role for things)."""
    return _PASSIVE_SUBJECT.get(event_type, _object_role(event_type)) or None


def _object_role(event_type: str) -> str:
    """Role of an entity the trigger governs without a preposition (object or genitive)."""
    return _OBJECT_ROLE.get(event_type, "target")


def _modifier(
    ctx: _Context, mention: Mention, tokens: list[Token], index: int, trigger: Span, clause_end: int
) -> bool:
    """A name that only modifies another noun: `US-Präsident Trump`, `Trumps Sondergesandter` (unless the
    noun is the trigger itself: `Trumps Frist`). A hyphenated name whose noun names nobody
    (`die EU-Außenminister`, `auf US-Waren`) stands for its group and keeps its role."""
    if ctx.doc.text[mention.end : mention.end + 1] == "-":
        later = [m.start for m, _ in ctx.mentions_in(mention.end, clause_end)]
        return _named_head(tokens, index, later)
    if mention.kind != "name" or not mention.text.endswith("s"):
        return False
    after = [t for t in tokens[index:] if t.start >= mention.end]
    head = next((t for t in after if t.pos != "ADJA"), None)  # "Russlands eskalierende Angriffe"
    return head is not None and head.pos in {"NN", "NNA"} and head.start != trigger.start


def _named_head(tokens: list[Token], index: int, mentions_after: list[int]) -> bool:
    """Whether a name follows right after the compound at `index` (`US-Präsident Donald Trump`)."""
    return index + 1 >= len(tokens) or tokens[index + 1].start in mentions_after


def _roles(
    ctx: _Context, lexicon: EventLexicon, tokens: list[Token], clause: tuple[int, int], trigger: Span, event_type: str
) -> list[tuple[str, str]]:
    """Participants of a trigger in its clause, by governing preposition or as subject and object."""
    roles: dict[str, str] = {}
    tok_starts = [t.start for t in tokens]
    trigger_index = bisect_left(tok_starts, trigger.start)
    verb_index = next((i for i, t in enumerate(tokens) if t.pos.endswith("FIN") and t.start >= clause[0]), len(tokens))
    between = False
    demonym_agent = adjacent_demonym = None
    last_agent = -2  # index of the last token of the agent just found, for a conjunct after it
    passive = trigger_index < len(tokens) and _is_passive(lexicon, tokens, clause, trigger_index)
    inverted = trigger_index < len(tokens) and _inverted(lexicon, tokens, clause, trigger_index)
    for mention, entity in ctx.mentions_in(*clause):
        inside = mention.start >= trigger.start and mention.end <= trigger.end
        if entity.id in roles:
            continue
        hyphen = ctx.doc.text[mention.end : mention.end + 1] == "-"
        if (inside or mention.end == trigger.start - 1) and hyphen and entity.id not in ctx.places:
            roles[entity.id] = "agent"  # "G7-Gipfel", "Nato-Manöver": the prefix holds it
            continue
        if inside:
            continue
        index = bisect_left(tok_starts, mention.start)
        if _modifier(ctx, mention, tokens, index, trigger, clause[1]) or _parenthetical(ctx.doc.text, mention):
            continue
        prep = _governing_prep(lexicon, tokens, index, trigger_index)
        place = entity.id in ctx.places and _only_a_place(lexicon, tokens, index, prep, mention, event_type)
        if entity.type == "MISC" or place:
            continue  # prizes, tournaments, journals; "auf dem Augustusplatz", "Staatsanwaltschaft Leipzig"
        if mention.kind == "demonym":
            # "israelische Luftangriffe", "die österreichische Polizei ermittelt": the country acts;
            # "gegen die russische Schattenflotte": the country is the target
            if prep in lexicon.prepositions_of("target") and _prep_role(lexicon, prep, event_type):
                roles[entity.id] = _prep_role(lexicon, prep, event_type) or ""
            elif _qualifies_trigger(tokens, index, trigger_index):
                adjacent_demonym = entity.id  # "bei israelischen Luftangriffen": the attacks are Israel's
            elif prep is not None or _heads_person(ctx, tokens, index):
                pass  # "mit dem ukrainischen Präsidenten": the person takes part, not the country
            elif 0 < trigger_index - index <= 2:
                adjacent_demonym = entity.id
            elif demonym_agent is None and index < verb_index:
                demonym_agent = entity.id
            continue
        if prep is None and last_agent == _skip_phrase(tokens, index - 1, names=False) - 1 >= 0 and (
            tokens[last_agent + 1].text in lexicon.agent_conjunctions and _OBJECT_ROLE.get(event_type) != "partner"
        ):
            role = "agent"  # "Verdi und EVG streiken": a conjunct of the subject acts with it
        elif prep in lexicon.between_prepositions:
            between = True
            role = "agent" if "agent" not in roles.values() else "partner"
        elif prep is not None:
            role = _prep_role(lexicon, prep, event_type)
        elif between and index > 0 and tokens[index - 1].text in lexicon.pair_conjunctions:
            role = "partner"
        elif inverted and index > trigger_index and "agent" not in roles.values():
            role = "agent"  # "Am Mittwoch liest Oswald in Frankfurt": the subject follows the verb
        elif (
            index > trigger_index
            and tokens[trigger_index].pos in _NOUN_TAGS
            and any(t.pos.endswith("FIN") for t in tokens[trigger_index + 1 : index])
            and "agent" not in roles.values()
            and not passive
        ):
            role = "agent"  # "Das nächste Heimspiel bestreitet Nordheide": the subject after the verb
        elif index > trigger_index and (index - trigger_index <= 3 or _follows_noun(tokens, trigger_index, index)):
            # "die Festnahme des Verdächtigen", "trifft Putin"; "der Überfall der Hamas", "die Sitzung des Rats"
            genitive_agent = tokens[trigger_index].pos in _NOUN_TAGS and event_type in _GENITIVE_AGENT
            role = "agent" if genitive_agent and "agent" not in roles.values() else _object_role(event_type)
        elif passive:
            role = _passive_role(event_type)  # "Messi wurde ausgezeichnet", "wurde zum Kanzler gewählt"
        else:
            role = "agent" if "agent" not in roles.values() else _object_role(event_type)
        if role:
            roles[entity.id] = role
            last_agent = bisect_left(tok_starts, mention.end) - 1 if role == "agent" else -2
    if adjacent_demonym and adjacent_demonym not in roles:
        roles = {e: r for e, r in roles.items() if r != "agent"} | {adjacent_demonym: "agent"}
    if demonym_agent and "agent" not in roles.values() and demonym_agent not in roles:
        roles[demonym_agent] = "agent"
    # "Merz gewann die Wahl": a person in an election is the one elected; "Er soll das Amt übernehmen":
    # a person named alone in an appointment takes the office
    if event_type == "election" or (event_type == "appointment" and "patient" not in roles.values()):
        persons = {e.id for _, e in ctx.mentions_in(*clause) if e.type == "PER"}
        roles = {e: "patient" if r == "agent" and e in persons else r for e, r in roles.items()}
    return list(roles.items())


def _qualifies_trigger(tokens: list[Token], index: int, trigger_index: int) -> bool:
    """Whether the word at `index` is an adjective of the trigger noun, with only adjectives between
    (`bei israelischen Luftangriffen`), whatever preposition governs the phrase."""
    if trigger_index >= len(tokens) or tokens[trigger_index].pos not in _NOUN_TAGS or not index < trigger_index:
        return False
    return trigger_index - index <= 2 and all(t.pos == "ADJA" for t in tokens[index + 1 : trigger_index])


def _follows_noun(tokens: list[Token], trigger_index: int, index: int) -> bool:
    """Whether only articles, adjectives and role nouns stand between a noun trigger and the name at
    `index`: the name closes the phrase after the trigger (`die Vereidigung des neuen taiwanischen
    Präsidenten Lai`), however long its attributes."""
    if tokens[trigger_index].pos not in _NOUN_TAGS:
        return False
    return all(t.pos in _SKIP_BEFORE or t.pos in {"NN", "NNA"} for t in tokens[trigger_index + 1 : index])


def _inverted(lexicon: EventLexicon, tokens: list[Token], clause: tuple[int, int], trigger_index: int) -> bool:
    """A finite verb trigger after an adverbial only (`Am Mittwoch liest …`, `Dort feiert …`): in German
    main clauses the subject then follows the verb. Every noun or pronoun before it stands in a
    prepositional phrase."""
    if tokens[trigger_index].pos != "VVFIN":
        return False
    before = [i for i in range(trigger_index) if tokens[i].start >= clause[0]]
    if not before or tokens[before[0]].pos in {"KOUS", "PRELS", "PWAV", "PWS"}:
        return False  # a subordinate clause: the verb would stand last
    nominals = [i for i in before if tokens[i].pos in {"NN", "NE", "PPER", "PIS", "PDS", "PRELS"}]
    return all(_prep_before(lexicon, tokens, i) >= before[0] for i in nominals)


def _heads_person(ctx: _Context, tokens: list[Token], index: int) -> bool:
    """Whether the noun a demonym qualifies is itself a mention of a person (`des taiwanischen Präsidenten`)."""
    head = next((t for t in tokens[index + 1 :] if t.pos != "ADJA"), None)
    if head is None:
        return False
    return any(e.type == "PER" for m, e in ctx.mentions_in(head.start, head.end) if m.start <= head.start < m.end)


def _only_a_place(
    lexicon: EventLexicon, tokens: list[Token], index: int, prep: str | None, mention: Mention, event_type: str
) -> bool:
    """A place name that cannot act or be acted on here: after a preposition of place or way (those of
    `party_prepositions.txt` make it a party, those of `struck_prepositions.txt` only for strikes at it:
    `Angriffe auf Kiew`),
    or right after a noun it names the seat of (`Staatsanwaltschaft Leipzig`)."""
    if mention.kind in {"metonym", "demonym"}:
        return False
    if event_type in _NATURAL or _dateline(tokens, index, mention):
        return True  # "die Katastrophe von Fukushima", "Lahr (dpa) – …": where, not who
    if prep in lexicon.struck_prepositions:
        return event_type not in _STRUCK_AT
    if prep in lexicon.between_prepositions:  # "die B 172 zwischen Pirna und Bad Schandau": ends of a stretch
        return _OBJECT_ROLE.get(event_type) != "partner" and event_type not in _HOSTILE
    if prep in lexicon.genitive_prepositions and _after_noun(tokens, _prep_before(lexicon, tokens, index)):
        return True  # "im Zentrum von Den Haag": the phrase belongs to the noun before it
    if prep is not None:
        return prep not in lexicon.party_prepositions
    return index > 0 and tokens[index - 1].pos in {"NN", "NE"} and mention.kind == "name"


def _after_noun(tokens: list[Token], prep_index: int) -> bool:
    """Whether the preposition at `prep_index` follows a common noun (`Zentrum von`)."""
    return prep_index > 0 and tokens[prep_index - 1].pos == "NN"


def _dateline(tokens: list[Token], index: int, mention: Mention) -> bool:
    """A place that opens a report before the agency in brackets (`Lahr (dpa) –`, `Peking/Taipeh (dpa)`)."""
    after = [t.text for t in tokens[index : index + 6] if t.start >= mention.end][:3]
    return "(" in after and (index == 0 or tokens[index - 1].text == "/")


def _receiving(
    roles: list[tuple[str, str]], tok: Token, event_type: str, lexicon: EventLexicon
) -> list[tuple[str, str]]:
    """The subject of a verb of receiving an award (`erhielt den Preis`) is its beneficiary, not its agent;
    the subject of a verb of dying (`starb`, `kam ums Leben`) its patient."""
    lemma = (tok.lemma or tok.text).lower()
    if lemma in lexicon.undergoing:
        # "Lindenbaum starb 1985", "kam ums Leben": the subject is the one who died
        return [(e, "patient" if r == "agent" else r) for e, r in roles]
    if event_type != "award" or lemma not in lexicon.receiving:
        return roles
    return [(e, "beneficiary" if r == "agent" else r) for e, r in roles]


def _with_announcer(roles: list[tuple[str, str]], quote: Quote | None) -> list[tuple[str, str]]:
    """An event that is the content of a reported or indirect speech act (`Trump hat hohe Strafzölle gegen
    Indien angekündigt`, `Man werde klagen, kündigte Keßler an`) is done by the speaker when its clause
    names no agent."""
    if quote is None or quote.kind not in _ANNOUNCING or quote.source is None or quote.source.entity is None:
        return roles
    if any(r == "agent" for _, r in roles) or any(e == quote.source.entity for e, _ in roles):
        return roles
    return [*roles, (quote.source.entity, "agent")]


def _parenthetical(text: str, mention: Mention) -> bool:
    """A name in brackets after another (`Wadephul (CDU)`): an affiliation, not a participant."""
    return text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")"


def _is_passive(lexicon: EventLexicon, tokens: list[Token], clause: tuple[int, int], trigger_index: int) -> bool:
    """A participle trigger with a passive auxiliary in its clause (`wurde … vereidigt`), or an infinitive
    with reflexive `lassen` (`ließ sich festnehmen`, `reflexive_passives.tsv`): the subject undergoes the event."""
    own = [t for t in tokens if clause[0] <= t.start < clause[1]]
    if tokens[trigger_index].pos == "VVINF":  # "ließ sich festnehmen", "sich wählen lassen"
        words = {t.text.lower() for t in own}
        lemmas = {(t.lemma or "").lower() for t in own}
        return any(pronoun in words and verb in lemmas for pronoun, verb in lexicon.reflexive_passives)
    if tokens[trigger_index].pos != "VVPP":
        return False
    return any(t.text.lower() in lexicon.passive_auxiliaries for t in own)


def _place(ctx: _Context, lexicon: EventLexicon, tokens: list[Token], start: int, end: int) -> str | None:
    """The first place of the stretch named after a preposition of place (`in Moskau`), if any."""
    tok_starts = [t.start for t in tokens]
    for mention, entity in ctx.mentions_in(start, end):
        if entity.id in ctx.places and mention.kind == "name":
            prep = _preposition(lexicon, tokens, bisect_left(tok_starts, mention.start))
            if prep in lexicon.place_prepositions:
                return entity.id
    return None


def is_calendar(t: TimeExpression) -> bool:
    """A date or clock time on the calendar (`am Mittwoch`), not a reference word like `derzeit`."""
    return t.type in _DATE_TYPES and t.value[:1] in "0123456789X"


def _carry_times(doc: AnalysedDocument, candidates: list[Candidate]) -> None:
    """An event whose sentence names no date happens at the last date named before it in its paragraph
    (`Am Mittwoch … Hunderte Menschen protestierten vor dem Gebäude.`), else at the next date named soon
    after it (a lead sentence followed by the dated details)."""
    dated = sorted((t for t in doc.times if is_calendar(t)), key=lambda t: t.start)
    starts = [t.start for t in dated]
    dominant = _dominant(dated)
    for c in candidates:
        if c.time is not None:
            continue
        sentence = doc.sentences[c.sentence]
        i = bisect_left(starts, sentence.start)
        if i > 0 and doc.sentences[dated[i - 1].sentence or 0].paragraph == sentence.paragraph:
            c.time, c.time_carried = dated[i - 1], True
        elif i < len(dated) and (dated[i].sentence or 0) - c.sentence <= LOOKAHEAD:
            c.time, c.time_carried = dated[i], True  # a lead names the event; the next sentence dates it
        elif dominant is not None:
            c.time, c.time_carried = dominant, True


def _dominant(dated: list[TimeExpression]) -> TimeExpression | None:
    """First mention of the day the article names most often (the news day), if any."""
    days = Counter(t.value[:10] for t in dated if re.match(r"\d{4}-\d{2}-\d{2}", t.value))
    if not days:
        return None
    best = max(days.values())
    return next(t for t in dated if days.get(t.value[:10]) == best)


def _time(
    times: list[TimeExpression], start: int, end: int, trigger: Span, clause: tuple[int, int]
) -> TimeExpression | None:
    """The date or time of the sentence nearest to the trigger: calendar dates before `in den kommenden
    Tagen`, then one in the trigger's own clause, then the one with the fewest characters in between."""
    inside = [t for t in times if t.start >= start and t.end <= end and t.type in _DATE_TYPES]
    if not inside:
        return None

    def rank(t: TimeExpression) -> tuple[bool, bool, int]:
        gap = trigger.start - t.end if t.end <= trigger.start else t.start - trigger.end
        return not is_calendar(t), not (clause[0] <= t.start < clause[1]), gap

    return min(inside, key=rank)


def _modality(lexicon: EventLexicon, text: str, sentence: Sentence, clause: tuple[int, int], trigger: Span) -> str:
    """First modality whose cue occurs in its scope around the trigger, else occurred.

    Conditions (`falls …`) and hedges (`möglicherweise`) qualify the whole sentence; threats, plans and
    negations only the clause they stand in (`…, da ihm sonst Sanktionen drohen` leaves the main clause alone).
    """
    whole = text[sentence.start : trigger.start] + " | " + text[trigger.end : sentence.end]
    # a participle that plans another noun (`gegen das geplante Gewerbegebiet`) is no cue of the trigger's;
    # "|" stands for the trigger, so `die geplante [Abstimmung]` keeps its cue
    own = lexicon.attributive_plan.sub(" ", text[clause[0] : trigger.start] + " | " + text[trigger.end : clause[1]])
    for modality, rx in lexicon.modality:
        if rx.search(whole if modality in _SENTENCE_WIDE else own):
            return modality
    return "occurred"


def _future(time: TimeExpression | None, published: str | None) -> bool:
    """Whether a resolved calendar date lies after the publication day (a week or month wholly after it)."""
    if time is None or not published or not time.value[:4].isdigit():
        return False
    value, day = time.value, published[:10]
    week = re.match(r"(\d{4})-W(\d{2})", value)
    if week:
        year, number = int(week[1]), int(week[2])
        return date.fromisocalendar(year, number, 1).isoformat() > day if 1 <= number <= 52 else False
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10] > day
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value > day[:7]
    return False


def _quote_at(quotes: list[Quote], trigger: Span) -> Quote | None:
    """The quotation whose message contains the trigger, if any."""
    for q in quotes:
        if any(m.start <= trigger.start and trigger.end <= m.end for m in q.message):
            return q
    return None


def _claims(quote: Quote | None, tokens_by_start: dict[int, Token], claim_cues: frozenset[str]) -> bool:
    """Whether a quotation asserts a contested claim (`behauptete, es seien …`), judged by its cue's lemma."""
    if quote is None or quote.cue is None:
        return False
    tok = tokens_by_start.get(quote.cue.start)
    lemmas = {(tok.lemma or tok.text).lower()} if tok else {quote.cue.text.lower()}
    lemmas |= {p.text.lower() + lemma for p in quote.cue_parts[1:] for lemma in list(lemmas)}
    return bool(lemmas & claim_cues)


def sentence_candidates(ctx: _Context, lexicon: EventLexicon, s_index: int, tokens: list[Token]) -> list[Candidate]:
    """Every event candidate of one sentence."""
    doc, sentence = ctx.doc, ctx.doc.sentences[s_index]
    text = doc.text
    sentence_text = text[sentence.start : sentence.end]
    found: list[tuple[Token, str, str]] = []
    for index, tok in enumerate(tokens):
        hit = _trigger_type(tokens, index, lexicon, sentence_text)
        if hit:
            found.append((tok, *hit))
    found += _dated_verbs(doc, tokens, found, lexicon, sentence)
    found.sort(key=lambda f: f[0].start)
    has_event_noun = any(kind == "noun" and t not in _SPEECH_TYPES for _, t, kind in found)
    out = []
    clauses = _clauses(lexicon, text, sentence.start, sentence.end)
    index_of = {t.start: i for i, t in enumerate(tokens)}
    for i, (tok, event_type, kind) in enumerate(found):
        if kind == "verb" and event_type in _SPEECH_TYPES and has_event_noun:
            continue  # "mit Zöllen gedroht": the tariff is the event, the threat is reported speech
        if kind == "verb" and i > 0 and found[i - 1][1] == event_type:
            if out and out[-1].type == event_type and out[-1].trigger.start == found[i - 1][0].start:
                out[-1].also.append(Span(start=tok.start, end=tok.end, text=tok.text))
            continue  # "das Halbfinale gegen England gewonnen": one event per clause and type, both words name it
        trigger = Span(start=tok.start, end=tok.end, text=tok.text)
        clause = next(c for c in clauses if c[0] <= tok.start < c[1] + 1)
        if kind == "verb" and event_type == "other" and any(
            clause[0] <= t.start < clause[1] + 1 and t is not tok and typ != "other" for t, typ, _ in found
        ):
            continue  # "verhängte Sanktionen": the typed noun names the event, the general verb does not
        quote = _quote_at(doc.quotes, trigger)
        modality = _modality(lexicon, text, sentence, clause, trigger)
        time = _time(doc.times, sentence.start, sentence.end, trigger, clause)
        before = tokens[index_of[tok.start] - 1].text if index_of[tok.start] > 0 else ""
        zu_infinitive = tok.pos == "VVIZU" or (kind == "verb" and before in lexicon.infinitive_particles)
        if modality == "occurred" and (zu_infinitive or _future(time, doc.published)):
            modality = "planned"  # "kündigte an, Stellen abzubauen", "öffnet am Freitag" (after publication)
        if modality == "occurred" and _claims(quote, ctx.tokens_at, lexicon.claim_cues):
            modality = "claimed"
        prev = text[max(sentence.start, tok.start - 12) : tok.start].split()
        out.append(
            Candidate(
                type=event_type,
                trigger=trigger,
                sentence=s_index,
                participants=_with_announcer(
                    _receiving(
                        _roles(ctx, lexicon, tokens, _bracket(tokens, clauses, clause), trigger, event_type),
                        tok, event_type, lexicon,
                    ),
                    quote,
                ),
                time=time,
                place=_place(ctx, lexicon, tokens, *clause),
                modality=modality,
                quote=quote.id if quote else None,
                definite=bool(prev) and prev[-1].lower() in lexicon.referring_determiners,
                method=f"rule:{kind}-trigger",
                lemma=(tok.lemma or tok.text).lower(),
                kind=kind,
                prev_word=prev[-1].lower() if prev else "",
                context=_context_features(tokens, index_of[tok.start], clause, doc.times, s_index, len(found)),
            )
        )
    return out


def _bracket(tokens: list[Token], clauses: list[tuple[int, int]], clause: tuple[int, int]) -> tuple[int, int]:
    """The clause a verbless stretch belongs to: `hat das Landgericht den Geschäftsführer, Heiko Tammen, zu
    sechs Jahren verurteilt` — commas around an apposition split the verbal bracket, so a stretch without
    a finite verb reaches back over verbless stretches to the one holding the finite verb, and every
    clause takes the verbless stretches after it (`telefonierte die Unterhändlerin, Wróbel, mit …`)."""
    def finite(c: tuple[int, int]) -> bool:
        return any(c[0] <= t.start < c[1] and t.pos in FINITE for t in tokens)

    i = j = clauses.index(clause)
    end = clause[1]
    while i + 1 < len(clauses) and not finite(clauses[i + 1]):
        i += 1
        end = clauses[i][1]
    if finite(clause):
        return (clause[0], end)
    while j > 0 and not finite(clauses[j]):
        j -= 1
    return (clauses[j][0], end) if finite(clauses[j]) else (clause[0], end)


def _dated_verbs(
    doc: AnalysedDocument, tokens: list[Token], found: list[tuple[Token, str, str]], lexicon: EventLexicon,
    sentence: Sentence,
) -> list[tuple[Token, str, str]]:
    """Full verbs of a clause that names a calendar date (`hat am Donnerstag ihre Leitzinsen gesenkt`) as
    candidates of type `other`: a dated action is usually a happening; the filter decides. Verbs of
    speech, being and opinion (`not_happenings.txt`), quotation cues and clauses that already have a
    trigger are left out."""
    dated = [t for t in doc.times if sentence.start <= t.start < sentence.end and is_calendar(t)]
    if not dated:
        return []
    clauses = _clauses(lexicon, doc.text, sentence.start, sentence.end)
    taken = {next(i for i, c in enumerate(clauses) if c[0] <= tok.start < c[1] + 1) for tok, _, _ in found}
    cues = {p.start for q in doc.quotes for p in [*([q.cue] if q.cue else []), *q.cue_parts]}
    out = []
    for index, tok in enumerate(tokens):
        if tok.pos not in _VERB_TAGS or tok.start in cues:
            continue
        c = next(i for i, c in enumerate(clauses) if c[0] <= tok.start < c[1] + 1)
        if c in taken or not any(clauses[c][0] <= t.start < clauses[c][1] for t in dated):
            continue
        lemma = _particle_lemma(tokens, index)
        if lemma in lexicon.not_happenings or (tok.lemma or tok.text).lower() in lexicon.not_happenings:
            continue
        taken.add(c)
        out.append((tok, "other", "verb"))
    return out


def _context_features(
    tokens: list[Token], index: int, clause: tuple[int, int], times: list[TimeExpression], s_index: int, n_found: int
) -> list[str]:
    """What surrounds a trigger: its tag, neighbours, the clause's verbs, a time in the clause, sentence position."""
    tok = tokens[index]
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    prv = tokens[index - 1] if index > 0 else None
    clause_toks = [t for t in tokens if clause[0] <= t.start < clause[1]]
    verbs = [(t.lemma or t.text).lower() for t in clause_toks if t.pos in FINITE and t is not tok]
    out = [
        f"pos={tok.pos}",
        f"next_pos={nxt.pos if nxt else None}",
        f"prev_pos={prv.pos if prv else None}",
        f"sent={min(s_index, 4)}",
        f"in_sent={min(n_found, 4)}",
        f"clause_time={any(clause[0] <= t.start < clause[1] for t in times)}",
        f"last_in_clause={tok is clause_toks[-1] or (nxt is not None and nxt.pos.startswith('$'))}",
    ]
    out += [f"verb={v}" for v in verbs[:3]]
    if nxt is not None and nxt.pos in {"ART", "APPR", "APPRART"}:
        out.append(f"next={nxt.text.lower()}")
    return out


_FIRM_EVENTS = {"closure", "layoff", "investment", "bankruptcy", "opening", "acquisition"}


def _carry_firm(ctx: _Context, candidates: list[Candidate]) -> None:
    """A business event whose clause names no agent (`Das Werk soll geschlossen werden`) is done by the
    organisation named last before it, within the sentence or the two before."""
    for c in candidates:
        if c.type not in _FIRM_EVENTS or any(r == "agent" for _, r in c.participants):
            continue
        first = ctx.doc.sentences[max(0, c.sentence - 2)].start
        orgs = [e.id for m, e in ctx.parties_in(first, c.trigger.start) if e.type == "ORG"]
        if orgs and orgs[-1] not in {e for e, _ in c.participants}:
            c.participants.append((orgs[-1], "agent"))


def find_candidates(doc: AnalysedDocument, lexicon: EventLexicon) -> list[Candidate]:
    """Event candidates of a document in text order."""
    ctx = _Context.of(doc)
    by_sentence: dict[int, list[Token]] = {}
    for tok in doc.tokens or []:
        by_sentence.setdefault(tok.sentence, []).append(tok)
    out: list[Candidate] = []
    for s_index in range(len(doc.sentences)):
        out += sentence_candidates(ctx, lexicon, s_index, by_sentence.get(s_index, []))
    _carry_times(doc, out)
    _carry_firm(ctx, out)
    for c in out:
        c.options = _options(ctx, lexicon, by_sentence, c)
    lemmas = Counter(c.lemma for c in out)
    types = Counter(c.type for c in out)
    for c in out:
        c.context += [f"lemma_repeats={min(lemmas[c.lemma], 3)}", f"type_repeats={min(types[c.type], 4)}"]
    return out


_CONTEXT_SCOPES = (("prev1", -1), ("prev2", -2), ("head", 0), ("next", 1))  # sentences around an event


def _options(ctx: _Context, lexicon: EventLexicon, by_sentence: dict[int, list[Token]], c: Candidate) -> list[Option]:
    """Entities that may take part in a candidate, described for the role model: those named in its
    sentence, in the two sentences before, in the headline and in the next sentence, and any the rules
    found elsewhere; never one named only in brackets (`_Context.asides`)."""
    doc = ctx.doc
    tokens = by_sentence.get(c.sentence, [])
    sentence = doc.sentences[c.sentence]
    clauses = _clauses(lexicon, doc.text, sentence.start, sentence.end)
    clause = next((k for k in clauses if k[0] <= c.trigger.start < k[1] + 1), clauses[-1])
    bracket = _bracket(tokens, clauses, clause)
    ti = bisect_left([t.start for t in tokens], c.trigger.start)
    passive = ti < len(tokens) and _is_passive(lexicon, tokens, bracket, ti)
    quote = next((q for q in doc.quotes if q.id == c.quote), None)
    speaker = quote.source.entity if quote and quote.source else None
    common = {"event_type": c.type, "trigger_kind": c.kind, "passive": passive}
    rules = dict(c.participants)

    def prep_of(toks: list[Token], index: int) -> str | None:
        return _governing_prep(lexicon, toks, index, ti) if toks is tokens else _preposition(lexicon, toks, index)

    args = {"common": common, "rule_roles": rules, "speaker": speaker, "prep_of": prep_of}
    found = sentence_options(
        tokens, ctx.parties_in(sentence.start, sentence.end), trigger_start=c.trigger.start, clause=clause,
        bracket=bracket, scope=None, **args,
    )
    own_agent = f"own_agent={'agent' in rules.values()}+{bool(found)}"
    for scope, shift in _CONTEXT_SCOPES:
        k = 0 if scope == "head" else c.sentence + shift
        if k < 0 or k >= len(doc.sentences) or k == c.sentence:
            continue
        other = doc.sentences[k]
        more = sentence_options(
            by_sentence.get(k, []), ctx.parties_in(other.start, other.end), trigger_start=c.trigger.start,
            clause=clause, bracket=bracket, scope=scope, **args,
        )
        for entity, (rank, o) in more.items():
            if entity not in found:
                extra = (own_agent, f"t+own={c.type}+{own_agent}", f"salience={ctx.salience.get(entity, 9)}")
                found[entity] = (rank, Option(entity, o.features + extra, context=True))
    options = [o for _, o in sorted(found.values(), key=lambda ro: ro[0])]
    for entity, role in c.participants:
        if entity not in found and entity not in ctx.asides:
            options.append(Option(entity, option_features(
                rule_role=role, prep=None, article=None, offset=-99, scope="rule", before_verb=True,
                entity_type=ctx.types.get(entity, "MISC"), mention_kind="name", subject=False,
                speaker=entity == speaker, mentions=1, **common,
            )))
    return options
