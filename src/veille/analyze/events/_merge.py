"""One real event, several reports: merge the mentions of an event within a document."""

from __future__ import annotations

from veille.analyze.events._lexicon import Ontology
from veille.contract.models import ActorRef, Event


def codes(refs: list[ActorRef]) -> set[str]:
    return {r.code for r in refs if r.code}


def dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if a.date_source == "publication" or b.date_source == "publication":
        return True
    x, y = a.date, b.date
    if x.startswith(y) or y.startswith(x):
        return True
    if "-W" in x or "-W" in y:
        from datetime import date

        def week(v: str) -> str | None:
            if "-W" in v:
                return v[:8]
            try:
                d = date.fromisoformat(v[:10])
            except ValueError:
                return None
            iso = d.isocalendar()
            return f"{iso[0]}-W{iso[1]:02d}"

        return week(x) is not None and week(x) == week(y)
    return False


def same_event(a: Event, b: Event, onto: Ontology, modes: bool = True) -> bool:
    """Whether ``b`` reports the event ``a`` reports; ``modes`` False: whatever their modes (``b`` tells an
    event again through a nominal subject, "The air strikes hit ...")."""
    if a.event != b.event or a.status != b.status or not dates_compatible(a, b):
        return False
    if modes and a.mode and b.mode and a.mode != b.mode:
        return False  # a curfew and arrests, an air raid and an abduction: two acts of one type
    if modes and bool(a.mode) != bool(b.mode) and _domestic(a) and _domestic(b):
        # inside one country a story tells many acts of one type ("security forces killed 29 people ... police
        # fired tear gas in Omdurman"): the country on both sides is no sign of one act, one with a manner and
        # one without are two
        return False
    ra, rb = codes(a.recipient), codes(b.recipient)
    if ra and rb and not ra & rb:
        return False  # Japan meets NATO / Japan meets Australia: two meetings
    info = onto.types.get(a.event)
    if info is not None and info.reciprocal:
        pa = codes(a.actor) | ra
        pb = codes(b.actor) | rb
        common = pa & pb
        return len(common) >= min(2, len(pa), len(pb))
    # (the same person of no known country, "Khizr Khan ... decried" twice, is one side too)
    return bool(codes(a.actor) & codes(b.actor)) or bool(_ids(a.actor) & _ids(b.actor))


def _domestic(e: Event) -> bool:
    """Every side of ``e`` is the same country (a government and its citizens, police and protesters)."""
    sides = codes(e.actor)
    return bool(sides) and sides == codes(e.recipient)


def _ids(refs: list[ActorRef]) -> set[str]:
    return {r.actor_id for r in refs if r.actor_id and r.actor_id.startswith("person:")}


def union(into: list[ActorRef], extra: list[ActorRef]) -> None:
    have = {r.code or r.actor_id for r in into}
    for r in extra:
        key = r.code or r.actor_id
        if key not in have:
            into.append(r)
            have.add(key)


def told_again(a: Event, b: Event, onto: Ontology) -> bool:
    """``b``, whose subject is a nominal event of its type and which names no agent ("The raids hit two
    villages"), tells again the earlier event ``a`` of that type; so does a deal of ``b``'s parties signed again
    ("Iran agreed to ship its uranium ... Lula and Erdogan signed the accord with Ahmadinejad")."""
    if a.event != b.event or a.status != b.status or not dates_compatible(a, b):
        return False
    if not codes(b.actor) or _unidentified(a, onto):
        return True
    parties = (codes(a.actor) | codes(a.recipient)) - {None}
    return onto.types[b.event].reciprocal and bool(parties & (codes(b.actor) | codes(b.recipient)))


def _unidentified(e: Event, onto: Ontology) -> bool:
    """Every agent of ``e`` is the unidentified local force its type gives an agent nobody named (UAF)."""
    local = onto.types[e.event].unnamed_agent_local
    return bool(local and e.actor) and all(local in r.sector for r in e.actor)


def merge_mentions(events: list[Event], onto: Ontology, anaphoric: set[int] | frozenset[int] = frozenset()
                   ) -> list[Event]:
    """Fold every later report of an already-seen event into it (``mentions``); an event at an index of
    ``anaphoric`` (told through a nominal subject, no agent of its own) folds into the latest earlier event of
    its type."""
    out: list[Event] = []
    for n, ev in enumerate(events):
        target = next((e for e in out if same_event(e, ev, onto, modes=n not in anaphoric)), None)
        if target is None and n in anaphoric:
            target = next((e for e in reversed(out) if told_again(e, ev, onto)), None)
        if target is None:
            out.append(ev)
            continue
        target.mentions.extend(ev.mentions)
        if n in anaphoric and _unidentified(target, onto) and codes(ev.actor):
            target.actor[:] = ev.actor  # "Al Qaeda in Iraq claimed responsibility": the unidentified attackers'
        elif onto.types[ev.event].reciprocal and n in anaphoric:
            # a deal told again by its parties: the parties it adds join the first side, none is on both sides
            known = codes(target.actor) | codes(target.recipient)
            union(target.actor, [r for r in (*ev.actor, *ev.recipient) if r.code not in known])
        else:
            union(target.actor, ev.actor)
            union(target.recipient, ev.recipient)
        if target.location is None and ev.location is not None:
            target.location = ev.location
        if target.date_source in ("publication", "none") and ev.date_source in ("clause", "governing"):
            target.date, target.enddate = ev.date, ev.enddate
            target.date_precision, target.date_source = ev.date_precision, ev.date_source
        if target.amount is None:
            target.amount = ev.amount
        for c in ev.context:
            if c not in target.context:
                target.context.append(c)
        target.confidence = round(min(1.0, max(target.confidence, ev.confidence) + 0.05), 3)
    return out
