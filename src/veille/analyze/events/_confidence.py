"""The confidence of an event: what the events stage knows of it when it builds the record (its factors), and
the sum that turns them into a number (the trigger's base confidence plus the ontology's adjustments)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConfidenceFactors:
    """What an event's confidence is made of: its trigger and each adjustment that applies to it."""

    base: float  # the trigger's own confidence (a sense's, an imported pattern's, or the verb / noun default)
    kind: str  # the trigger's part of speech: verb, noun, adj
    one_side_only: bool  # the actor or the recipient is missing (a reciprocal act with two parties named is not)
    reciprocal_one_party: bool  # a meeting or a deal of one party named
    resolved: bool  # a side came from a pronoun, a generic noun or an earlier sentence
    passive: bool
    background: bool  # a bare participle describing someone: a state, not news
    homed: bool  # a side is the article's own country, left implicit by the sentence
    uncoded_side: bool  # a side names an actor whose country is unknown
    not_actual: bool  # announced, planned or past
    no_actor: bool = False  # nobody does the act (not a reciprocal act with two parties named)
    lead: bool = False  # told in the title or the lead sentence
    historical: bool = False  # actual, and its own clause dates it years before the article's day: background


def hand_confidence(f: ConfidenceFactors, weights: Mapping[str, float]) -> float:
    """The base confidence plus the ``confidence:`` adjustments of the ontology that apply (not clipped)."""
    conf = f.base
    for flag, name in ((f.one_side_only, "one_side_only"), (f.reciprocal_one_party, "reciprocal_one_party"),
                       (f.resolved, "resolved_subject"), (f.passive, "passive"), (f.background, "background"),
                       (f.homed, "home_country"), (f.uncoded_side, "uncoded_side"), (f.not_actual, "not_actual"),
                       (f.no_actor, "no_actor"), (f.lead, "lead"), (f.historical, "historical")):
        if flag:
            conf += weights.get(name, 0.0)
    return conf
