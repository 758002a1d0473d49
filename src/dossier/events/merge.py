"""Merging: mentions of the same event within an article become one event with every trigger as evidence."""

from __future__ import annotations

from dossier.events.extract import Candidate
from dossier.model import Event, Participant

_FAMILIES = [{"meeting", "talks"}]  # types that name the same happening in different words
_FUTURE = {"planned", "possible"}
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
    if not theirs:
        return cand.definite
    if not ours:
        return event.sentence == 0 and cand.sentence <= 2  # a headline's bare event is told in the lead
    return shared >= 2 or (cand.definite and shared >= 1) or theirs <= ours


def _absorb(event: Candidate, cand: Candidate, triggers: list) -> None:
    triggers += [cand.trigger, *cand.also]
    known = {e for e, _ in event.participants}
    event.participants += [(e, r) for e, r in cand.participants if e not in known]
    if cand.time and (event.time is None or (event.time_carried and not cand.time_carried)):
        event.time, event.time_carried = cand.time, cand.time_carried
    event.place = event.place or cand.place
    if event.modality == "claimed" and cand.modality != "claimed":
        event.modality, event.quote = cand.modality, None


def merge(candidates: list[Candidate], kept: list[bool] | None = None) -> list[Event]:
    """Fold candidates into events in text order; ids v1, v2, … by first trigger.

    A candidate the filter did not keep (`kept`) starts no event but still joins an earlier event it
    repeats (`das Treffen` after the reported meeting), adding its trigger and participants.
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
