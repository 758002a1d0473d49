"""The entities layer: names, roles, pronouns, demonyms and metonyms, clustered into entities.

Pipeline per article: knowledge-base automaton (names, demonyms) → unknown names (name model or rules)
→ hyphen compounds → role nouns (attached to names or used alone) → metonyms → clustering of names →
resolution of role nouns and pronouns. See docs/entities.md.
"""

from __future__ import annotations

from dossier.entities import detect, references
from dossier.entities.kb import load as load_kb
from dossier.entities.lexicon import load as load_lexicon
from dossier.entities.resolve import resolve
from dossier.model import AnalysedDocument


class EntityStage:
    """Finds and resolves the entities of an article; resources are loaded once at construction."""

    name = "entities"

    def __init__(self, lang: str = "de"):
        from dossier.entities import matcher, model

        self.lang = lang
        self.kb = load_kb(lang)
        self.lex = load_lexicon(lang)
        matcher.automaton(lang)
        self.tagger = model.load_tagger(lang)

    def __call__(self, doc: AnalysedDocument) -> AnalysedDocument:
        if not doc.tokens:
            return doc
        ctx = detect.Context(doc.text, doc.tokens, self.kb, self.lex)
        known = detect.kb_candidates(ctx)
        names = [c for c in known if c.kind == "name"]
        unknown = self.tagger(ctx, names) if self.tagger else detect.name_runs(ctx, names)
        names = detect.common_noun_persons(ctx, sorted(names + unknown, key=lambda c: c.start))
        detect.firm_persons(ctx, names)
        names += detect.preposition_places(ctx, names)
        names += detect.compound_candidates(ctx, names)
        names += detect.legal_form_candidates(ctx, names)
        names = detect.work_titles(ctx, names)
        names = detect.described_names(ctx, names)
        names = detect.defined_names(ctx, names)
        names = detect.club_names(ctx, names)
        names = detect.competitions_and_prizes(ctx, names)
        names = detect.prizes_and_reports(ctx, names)
        names = detect.laws(ctx, names)
        names = detect.road_names(ctx, names)
        names = sorted(names + detect.place_institutions(ctx, names), key=lambda c: c.start)
        names = detect.river_places(ctx, names)
        names = sorted(names + detect.interview_labels(ctx, names), key=lambda c: c.start)
        detect.short_forms(ctx, names)
        names = sorted(names + detect.club_towns(ctx, names), key=lambda c: c.start)
        names = sorted(names + detect.echo_candidates(ctx, names), key=lambda c: c.start)
        for c in names:
            c.sentence = doc.tokens[c.token].sentence
        detect.gender_cues(ctx, names)
        refs = [
            *detect.role_candidates(ctx, names),
            *detect.org_role_candidates(ctx, names),
            *detect.pronoun_candidates(ctx, names),
        ]
        detect.metonyms(ctx, names)
        demonyms = [c for c in known if c.kind == "demonym"]
        demonyms += detect.place_adjectives(ctx, names, names + demonyms)
        people = detect.inhabitant_roles(ctx, demonyms)
        demonyms = [c for c in demonyms if c not in people]
        inhabitants = {(c.start, c.end) for c in demonyms + people}
        refs = [r for r in refs if (r.start, r.end) not in inhabitants]  # `die Norwegerin`: no role noun
        names, refs = names + demonyms, refs + people
        refs += references.candidates(ctx, names, refs)  # heading nouns, organisation nouns read as towns
        doc.entities = resolve(ctx, names, refs)
        return doc


def make_stage(lang: str) -> EntityStage:
    """The entity stage for a language (loads knowledge base, word lists and name model)."""
    return EntityStage(lang)
