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
    if a.event != b.event or a.status != b.status or not (dates_compatible(a, b) or _same_words(a, b)):
        return False
    if modes and a.mode and b.mode and a.mode != b.mode:
        return False  # a curfew and arrests, an air raid and an abduction: two acts of one type
    if modes and bool(a.mode) != bool(b.mode) and _domestic(a) and _domestic(b):
        # inside one country a story tells many acts of one type ("security forces killed 29 people ... police
        # fired tear gas in Omdurman"): the country on both sides is no sign of one act, one with a manner and
        # one without are two
        return False
    ra, rb = codes(a.recipient), codes(b.recipient)
    info = onto.types.get(a.event)
    reciprocal = info is not None and info.reciprocal
    if ra and rb and not ra & rb and not (reciprocal and a.mode == b.mode and (_pair_told(b, a) or _pair_told(a, b))):
        # Japan meets NATO / Japan meets Australia: two meetings; but a deal's parties are interchangeable, so
        # one party telling the deal with the other ("Ethiopia and Eritrea agreed to a truce brokered by Kenya ...
        # Ethiopia said it had agreed to the truce with Eritrea") names no one the deal did not have (a meeting
        # of many and talks between two of them, a mode apart, are two: bilateral talks on its sidelines)
        return False
    if reciprocal:
        pa = codes(a.actor) | ra
        pb = codes(b.actor) | rb
        common = pa & pb
        return len(common) >= min(2, len(pa), len(pb))
    if _scene_told(a, b, onto) or _scene_told(b, a, onto):
        return True
    # (the same person of no known country, "Khizr Khan ... decried" twice, is one side too)
    return bool(codes(a.actor) & codes(b.actor)) or bool(_ids(a.actor) & _ids(b.actor))


def _pair_told(retold: Event, first: Event) -> bool:
    """``retold`` is one party's report of the pair ``first`` joins on its first side: its two parties are both
    there ("Ethiopia agreed to the truce with Eritrea" after "Ethiopia and Eritrea agreed to a truce brokered by
    Kenya")."""
    pair = codes(retold.actor) | codes(retold.recipient)
    return len(pair) == 2 and pair <= codes(first.actor)


def _same_words(a: Event, b: Event) -> bool:
    """The two reports are one sentence told twice in the same words (a pull quote, a lead repeated at the end):
    one event, whatever day the narrative had reached at each (``date_source`` narrative: a day the text last
    fixed, not one it gives the event)."""
    return a.date_source == b.date_source == "narrative" and _words(a.evidence.text) == _words(b.evidence.text)


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()


def _scene_told(scene: Event, named: Event, onto: Ontology) -> bool:
    """``scene`` names no agent (the unidentified local force of the place, UAF: "twelve fighters were killed in
    Syria") and, without a day of its own, tells who underwent the act that ``named`` tells with an agent of
    another country ("Israeli jets struck a convoy near Damascus on Tuesday"): one attack told from both ends.
    A report dated in its own clause ("in Aleppo, six soldiers were killed on Tuesday by a bomb") is told as news
    of its own, and an agent of the victims' own country is no sign of one act (``_domestic``)."""
    if not _unidentified(scene, onto) or scene.date_source == "clause" or _unidentified(named, onto):
        return False
    rs, rn = codes(scene.recipient), codes(named.recipient)
    return bool(codes(named.actor)) and not codes(named.actor) & rn and bool(rs & rn) and not (
        scene.location is not None and named.location is not None
        and (scene.location.country, scene.location.name) != (named.location.country, named.location.name))


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


def _new_parties(target: Event, refs: list[ActorRef], onto: Ontology) -> list[ActorRef]:
    """``refs`` to add to a side of ``target``: for a type whose parties are interchangeable (a deal, talks), not
    one already a party on either side ("Ethiopia agreed to the truce with Eritrea" told after "Ethiopia and
    Eritrea agreed to a truce brokered by Kenya": Eritrea stays on the first side only)."""
    if not onto.types[target.event].reciprocal or not target.recipient:
        return refs  # (a side the first report left empty takes whom the retelling names)
    known = codes(target.actor) | codes(target.recipient)
    return [r for r in refs if not r.code or r.code not in known]


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
            if _unidentified(target, onto) and not _unidentified(ev, onto):
                target.actor[:] = ev.actor  # the attack told from its victims' end first, then by its agent
            elif not _unidentified(ev, onto) or _unidentified(target, onto):
                union(target.actor, _new_parties(target, ev.actor, onto))
            union(target.recipient, _new_parties(target, ev.recipient, onto))
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
