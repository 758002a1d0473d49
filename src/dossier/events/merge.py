"""Merging: mentions of the same event within an article become one event with every trigger as evidence."""

from __future__ import annotations

from dossier.events.extract import Candidate
from dossier.model import Event, Participant

_FAMILIES = [{"meeting", "talks"}]  # types that name the same happening in different words
_FUTURE = {"planned", "possible"}
_SINGLE = ("agent", "patient", "target")  # roles whose different holders make two events of one type
_PAST = {"occurred", "negated"}


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def _bare_reference(cand: Candidate) -> bool:
    """A definite event noun without participants of its own (`die Festnahme`, `der Prozess`): it names
    an event told before, even when its sentence names another date (`Die Nachricht von der Festnahme
    verbreitete sich am Montagmorgen`)."""
    # "das Treffen am Dienstag": a date right after the noun makes it another event
    dated = cand.time is not None and not cand.time_carried and 0 <= cand.time.start - cand.trigger.end <= 1
    return cand.definite and cand.kind == "noun" and not cand.participants and not dated


def _rivals(event: Candidate, cand: Candidate) -> bool:
    """Whether two mentions name different holders of a role that one event fills once (two agents of a
    match, two targets of verdicts): then they tell two events."""
    for role in _SINGLE:
        ours = {e for e, r in event.participants if r == role}
        theirs = {e for e, r in cand.participants if r == role}
        if ours and theirs and not ours & theirs:
            return True
    return False


def _compatible(event: Candidate, cand: Candidate) -> bool:
    """Whether `cand` can be a later mention of `event`: same kind, no clash of participants or time."""
    if not _same_family(event.type, cand.type):
        return False
    if {event.modality, cand.modality} & _FUTURE and {event.modality, cand.modality} & _PAST:
        return False  # a talk that is planned is not the talk that took place
    if _bare_reference(cand) and event.type == cand.type:
        return True  # "die Festnahme", "der Prozess": refers back, whatever its sentence's date
    own_times = event.time and cand.time and not (event.time_carried or cand.time_carried)
    if own_times and event.time.value != cand.time.value:
        return False
    ours, theirs = {e for e, _ in event.participants}, {e for e, _ in cand.participants}
    shared = len(ours & theirs)
    if event.type != cand.type:
        return shared >= 2 and theirs <= ours  # "das Treffen" after "die Gespräche", not a larger round
    if cand.kind == "noun" and not _rivals(event, cand):
        return True  # "die Wahl", "der Prozess" again: one happening per article unless its parties differ
    if not theirs:
        return cand.definite
    if not ours:
        return event.sentence == 0 and cand.sentence <= 2  # a headline's bare event is told in the lead
    return shared >= 2 or (cand.definite and shared >= 1) or theirs <= ours


def _named_with(cand: Candidate) -> set[str]:
    """Entities a preposition ties to the mention in its own clause (`mit Merz und Starmer telefoniert`)."""
    return {o.entity for o in cand.options if "scope=clause" in o.features and "prep=-" not in o.features}


def _absorb(event: Candidate, cand: Candidate, triggers: list) -> None:
    """Add a later mention's triggers, and its time and place where the event lacks them. Of its
    participants only the partners named with it by a preposition join (every partner of a call counts,
    §4), or all of them when it tells a bare headline in the lead: other later mentions (`die Wahl`,
    `das Treffen`) mostly draw their parties from other sentences and add more wrong ones than right ones."""
    triggers += [cand.trigger, *cand.also]
    if not event.participants and event.sentence == 0 and cand.sentence <= 2:
        event.participants = list(cand.participants)
    known, named = {e for e, _ in event.participants}, _named_with(cand)
    event.participants += [(e, r) for e, r in cand.participants if r == "partner" and e in named and e not in known]
    if cand.time and (event.time is None or (event.time_carried and not cand.time_carried)):
        event.time, event.time_carried = cand.time, cand.time_carried
    event.place = event.place or cand.place
    if event.modality == "claimed" and cand.modality != "claimed":
        event.modality, event.quote = cand.modality, None


def merge(candidates: list[Candidate], kept: list[bool] | None = None) -> list[Event]:
    """Fold candidates into events in text order; ids v1, v2, … by first trigger.

    A candidate the filter did not keep (`kept`) starts no event but still joins an earlier event it
    repeats (`das Treffen` after the reported meeting), adding its trigger.
    """
    events: list[tuple[Candidate, list]] = []
    for cand, keep in zip(candidates, kept or [True] * len(candidates), strict=True):
        target = next((ev for ev in reversed(events) if _compatible(ev[0], cand)), None)
        if target is not None:
            _absorb(target[0], cand, target[1])
        elif keep:
            events.append((cand, [cand.trigger, *cand.also]))
    return [
        Event(
            id=f"v{i}",
            type=c.type,
            trigger=c.trigger,
            triggers=triggers,
            participants=[Participant(entity=e, role=r) for e, r in c.participants],
            time=c.time.id if c.time else None,
            place=c.place,
            modality=c.modality,
            quote=c.quote,
            sentence=c.sentence,
            method=c.method + (f"+merged({len(triggers)})" if len(triggers) > 1 else ""),
        )
        for i, (c, triggers) in enumerate(events, start=1)
    ]
