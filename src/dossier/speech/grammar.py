"""Small phrase grammar over STTS-tagged tokens: noun phrases forward and backward, clause limits.

HanTa tags words out of context, so the rules lean on capitalisation (German nouns and names are
capitalised) as much as on the tags.
"""

from __future__ import annotations

from dossier.model import Token

DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "PIDAT", "PWAT"})
NOUN_TAGS = frozenset({"NN", "NE", "NNA", "FM", "XY"})
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VERBS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF", "VMINF", "VAPP", "VVIZU", "VVIMP"})
NOT_NOUN = frozenset(
    {
        "ART",
        "APPR",
        "APPRART",
        "APPO",
        "PPER",
        "PPOSAT",
        "KON",
        "KOUS",
        "KOUI",
        "KOKOM",
        "ADV",
        "PTKVZ",
        "PTKNEG",
        "PTKZU",
        "PWAV",
        "PROAV",
        "PDS",
        "PIS",
        "PRELS",
        "PRF",
        "PWS",
        "PAV",
        "CARD",
        *VERBS,
    }
)
PRONOUN_SOURCES = frozenset({"er", "sie", "ihr", "wir", "ich"})
DATIVE_SOURCES = frozenset({"ihm", "ihr", "ihnen"})  # `ihm zufolge`
GENITIVE_ART = frozenset({"des", "der", "eines", "einer"})
NAME_PARTICLES = frozenset({"von", "van", "de", "la", "del", "di", "da", "le", "bin", "al", "dos", "du"})


def is_punct(tok: Token) -> bool:
    return (tok.pos or "").startswith("$") or not any(c.isalnum() for c in tok.text)


def is_nounish(tok: Token, first: bool = False) -> bool:
    """A noun or name: tagged so, or capitalised where German capitalises only nouns and names."""
    if not first_letter(tok).isupper():  # `55-Jährige` counts by its first letter
        last = tok.text.rsplit("-", 1)[-1]
        return "-" in tok.text and last[:1].isupper()  # `al-Dschasira`
    if tok.pos in NOUN_TAGS:
        return True
    # a capitalised "imperative" inside a sentence is an unknown name (`kündigte Moser an`)
    return not first and (tok.pos == "VVIMP" or tok.pos not in NOT_NOUN) and not is_punct(tok)


def first_letter(tok: Token) -> str:
    return next((c for c in tok.text if c.isalpha()), "")


def is_adjective(tok: Token) -> bool:
    if tok.pos == "CARD":
        return not any(c.isalpha() for c in tok.text)  # `55-Jährige` is a noun, `drei` an adjective
    return tok.pos in ("ADJA", "ADJD") and not first_letter(tok).isupper()


def np_forward(toks: list[Token], j: int, stop: int, outlets: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The noun phrase starting at token `j` (before `stop`): determiner, adjectives, nouns, one
    genitive attribute (not an outlet: `sagte Weber der dpa`), a `von … zitierter` insertion and a
    name in apposition; token range or None."""
    if j >= stop:
        return None
    if toks[j].pos == "PPER" and toks[j].text.lower() in PRONOUN_SOURCES:
        return (j, j + 1)
    k = _np_core(toks, _leading_particles(toks, j, stop), stop)
    if k is None:
        return None
    # one genitive attribute, but none after a name or a quoted name (`nach Informationen der „Rundschau“
    # der Finne Räsänen`: the subject of the clause follows)
    after_name = toks[k - 1].pos == "NE" or toks[k - 1].text in '“«"'
    genitive = k + 1 < stop and toks[k].text in GENITIVE_ART and not after_name
    if genitive and toks[k + 1].text.lower() not in outlets and toks[k + 1].text not in '„»"':
        k = _np_core(toks, k, stop) or k
    named_for = toks[k].text == "für" and toks[k - 1].pos in ("NN", "NE") if k + 1 < stop else False
    if named_for and first_letter(toks[k + 1]).isupper():  # `des Instituts für Demoskopie`, `Agentur für Arbeit`
        k = _np_core(toks, k + 1, stop) or k
    if k + 1 < stop and toks[k].text in ("vom", "von", "aus") and toks[k - 1].pos == "NE" and is_nounish(toks[k + 1]):
        k = _np_core(toks, k + 1, stop) or k
    return (j, _apposition(toks, k, stop))


def _leading_particles(toks: list[Token], j: int, stop: int) -> int:
    """The first capitalised word of a name opened by lowercase particles (`sagte de la Fuente`); `von`
    is left out, being mostly a preposition there."""
    m = j
    while m + 1 < stop and toks[m].text in NAME_PARTICLES and toks[m].text != "von":
        m += 1
    return m if m > j and first_letter(toks[m]).isupper() else j


def _apposition(toks: list[Token], k: int, stop: int) -> int:
    """End of a name in apposition after the phrase ending at k (`der Leiter des Messdienstes, Lukas
    Pfurtscheller`, `…, der Apotheker Dieter Kaufmann`, `… in Schweinfurt, Doris Höcherl`), else k."""
    m = k + 2 if k + 2 < stop and toks[k].text in ("in", "aus") and toks[k + 1].pos == "NE" else k
    if m + 1 >= stop or toks[m].text != ",":
        return k
    m += 2 if toks[m + 1].pos == "ART" else 1
    first = m
    while m < stop and m - first < 6 and (first_letter(toks[m]).isupper() or toks[m].pos == "ADJA"):
        m += 1
    run = toks[first:m]
    names = [t for t in run if first_letter(t).isupper()]
    named = bool(run) and first_letter(run[-1]).isupper() and (any(t.pos == "NE" for t in run) or len(names) >= 2)
    return m if named and (m >= stop or is_punct(toks[m])) else k


def _np_core(toks: list[Token], j: int, stop: int) -> int | None:
    k = j
    if toks[k].pos in DETERMINERS:
        k += 1
    elif k + 1 < stop and toks[k].text.endswith("s") and is_nounish(toks[k]) and toks[k + 1].pos == "ADJA":
        k += 1  # a genitive name as determiner: `Putins außenpolitischer Berater`
    quoted = k < stop and toks[k].text in ("„", "»", '"') and k > j  # `die „Rheinische Abendpost“`
    if quoted:
        k += 1
        close = next((m for m in range(k + 1, min(stop, k + 7)) if toks[m].text in ("“", "«", '"')), None)
        if close is not None and first_letter(toks[k]).isupper():
            return close + 1  # the whole quoted name, small words too (`die „Bild am Sonntag“`)
    if k < stop and toks[k].text == "von":
        k = _skip_von_insertion(toks, k, stop)
    while k < stop and (is_adjective(toks[k]) or _degree(toks, k, stop) or _participle_adjective(toks, j, k, stop)):
        if toks[k].pos == "CARD" and k + 2 < stop and toks[k + 2].pos == "ADJA":
            k += 2  # a measure phrase: `die 71 Jahre alte Rentnerin`
        k += 1
    n = k
    while n < stop and (
        is_nounish(toks[n], first=n == 0)
        or (toks[n].text == "-" and n > k)
        or _particle(toks, n, stop)
        or _truncated_pair(toks, n, stop)
    ):
        demonym = n - 1 == k and toks[n - 1].text.endswith("er")  # `die Hamburger Physikerin`
        if n > k and toks[n].pos == "NN" and toks[n - 1].pos == "NN" and not demonym:
            break  # two common nouns are two phrases: `von Ökonomen Hunderttausende Arbeitsplätze`
        n += 1
    if n == k and k > j and k < stop and first_letter(toks[k]).isupper() and toks[k].pos in ("ADJA", "ADJD"):
        n = k + 1  # nominalised adjective: `der Liberale`
    if quoted and n > k and n < stop and toks[n].text in ("“", "«", '"'):
        n += 1
    return n if n > k else None


def _participle_adjective(toks: list[Token], j: int, k: int, stop: int) -> bool:
    """An inflected participle the tagger reads as a verb between a determiner and its noun
    (`der emeritierte Professor`, `die gewählte Präsidentin`)."""
    tok = toks[k]
    return (
        k > j
        and toks[j].pos in DETERMINERS
        and (tok.pos or "").startswith("VV")
        and tok.text.islower()
        and tok.text.endswith(("e", "en", "er", "es", "em"))
        and k + 1 < stop
        and first_letter(toks[k + 1]).isupper()
    )


def _truncated_pair(toks: list[Token], n: int, stop: int) -> bool:
    """`und` after a truncated compound (`der Industrie- und Handelskammer`)."""
    return (
        toks[n].text in ("und", "oder")
        and n > 0
        and toks[n - 1].text.endswith("-")
        and n + 1 < stop
        and first_letter(toks[n + 1]).isupper()
    )


def _degree(toks: list[Token], k: int, stop: int) -> bool:
    """An adverb grading the adjective after it (`einer fast einstündigen Pressekonferenz`)."""
    return toks[k].pos == "ADV" and k + 1 < stop and toks[k + 1].pos == "ADJA"


def _particle(toks: list[Token], n: int, stop: int) -> bool:
    """A lowercase name particle between names (`Luis de la Fuente`)."""
    return (
        toks[n].text in NAME_PARTICLES
        and n > 0
        and (toks[n - 1].pos == "NE" or toks[n - 1].text in NAME_PARTICLES)
        and n + 1 < stop
        and (toks[n + 1].text[:1].isupper() or toks[n + 1].text in NAME_PARTICLES)
    )


def _skip_von_insertion(toks: list[Token], k: int, stop: int) -> int:
    """`ein von der Nachrichtenagentur Reuters zitierter Beamter`: jump to the participle."""
    for m in range(k + 1, min(stop, k + 8)):
        low = toks[m].text.lower()
        if not toks[m].text[:1].isupper() and low.endswith(("ter", "te", "ten", "tes", "nen", "ner")):
            return m + 1 if toks[m].pos in ("ADJA", "ADJD", "VVPP") or low.startswith("zitiert") else k
    return k


def np_backward(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Accept tokens [start, end) as one subject noun phrase (leading particles and trailing adverbs
    dropped, parenthesis cut): the source before a cue (`Putins außenpolitischer Berater Juri Uschakow`)."""
    while start < end and toks[start].pos in ("KON", "ADV") and start + 1 < end:
        start += 1
    for m in range(start, end):
        if toks[m].text == "(":
            end = m
            break
    while end > start and toks[end - 1].pos in ("ADV", "PTKNEG") and not toks[end - 1].text[:1].isupper():
        end -= 1
    if end <= start or end - start > 16:
        return None
    possessive = toks[start].text.lower() == "ihr" and start + 1 < end and is_nounish(toks[start + 1])  # `Ihr Sprecher`
    if toks[start].pos == "PPER" and not possessive:
        return (start, end) if end - start == 1 and toks[start].text.lower() in PRONOUN_SOURCES else None
    article_like = possessive or toks[start].pos in (*DETERMINERS, "ADJA") or (  # `Das „Weser-Tageblatt“` (PDS)
        toks[start].pos == "PDS"
        and start + 1 < end
        and (is_nounish(toks[start + 1]) or toks[start + 1].text in '„»"' or toks[start + 1].pos == "ADJA")
    )
    if not (is_nounish(toks[start]) or article_like):
        return None
    if toks[end - 1].text == ",":
        end -= 1
    quoted = article_like and start + 1 < end and toks[start + 1].text in '„»"'  # `Die „taz“`: a quoted name
    if not quoted and not any(is_nounish(t, first=n == 0) for n, t in enumerate(toks[start:end])):
        return None
    first = start + 1 if possessive else start
    return (start, end) if all(_np_material(t, m == start) for m, t in enumerate(toks[first:end], first)) else None


def _np_material(tok: Token, first: bool) -> bool:
    """A token that can stand inside a subject noun phrase."""
    if tok.pos in FINITE or tok.pos in ("KOUS", "PRELS", "PWAV", "PPER", "VVPP", "VVINF", "PTKVZ", "KOKOM"):
        return False
    if first and tok.pos in ("APPR", "APPRART", "ADV", "PROAV"):
        return False
    return tok.text not in (":", ";", "–", "—", "(", ")")
