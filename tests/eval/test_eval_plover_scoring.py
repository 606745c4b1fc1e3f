import pytest
from eval_fixtures import document, event, gold

from veille.eval.codes import CodeNormalizer
from veille.eval.plover import gold_type, score_plover

CODES = CodeNormalizer({"JAP": "JPN"})


def row(kind, source, target):
    side = lambda codes: [{"actorText": c, "code": c} for c in codes] if codes else ""  # noqa: E731
    return {"event": kind, "source": side(source), "target": side(target)}


def test_old_labels_are_mapped():
    assert [gold_type(x) for x in ("DEMAND", "FIGHT", "DISAPPROVE", "INVESTIGATE", "AGREE")] == \
        ["REQUEST", "ASSAULT", "ACCUSE", "ACCUSE", "AGREE"]


def test_figures_on_three_sentences():
    un = {"id": "a1", "name": "United Nations", "kind": "organization", "country": "UN", "igo": True}
    pairs = [
        # type found (DEMAND read as REQUEST), source IGO via the actor's igo flag, target JAP alias
        (gold(row("DEMAND", ["IGO"], ["JAP"]), doc_id="s1"),
         document("s1", actors=[un, {"id": "a2", "name": "Japan", "kind": "country", "country": "JPN"}],
                  events=[event("REQUEST", ["UN"], ["JPN"], actor_ids=["a1"]), event("ACCUSE", ["UN"], ["JPN"])])),
        # type found, wrong target
        (gold(row("FIGHT", ["RUS"], ["UKR"]), doc_id="s2"),
         document("s2", actors=[{"id": "b", "name": "Russia", "kind": "country", "country": "RUS"}],
                  events=[event("ASSAULT", ["RUS"], ["GEO"])])),
        # type missed; empty gold target
        (gold(row("AGREE", ["JOR", "GBR"], []), doc_id="s3"), document("s3")),
    ]
    result = score_plover(pairs, codes=CODES)
    assert result.value("plover.type_found") == pytest.approx(2 / 3)
    assert result.value("plover.other_type_per_sentence") == pytest.approx(1 / 3)
    assert result.figure("plover.other_type_per_sentence").lower_is_better
    assert result.value("plover.source_accuracy") == 1.0  # 2/2
    assert result.value("plover.target_accuracy") == 0.5  # 1/2
    assert result.value("plover.full_match") == pytest.approx(1 / 3)
    assert result.value("plover.actors_all_codes") == pytest.approx(1 / 3)  # s1 only


def test_symmetric_sides_in_plover():
    pairs = [(gold(row("CONSULT", ["RUS"], ["JPN"])), document(events=[event("CONSULT", ["JPN"], ["RUS"])]))]
    result = score_plover(pairs, codes=CODES)
    assert result.value("plover.full_match") == 1.0


def test_a_side_coded_like_an_igo_actor_of_the_document_is_an_igo():
    league = {"id": "o", "name": "Arab League", "kind": "organization", "country": "ARABLEAGUE", "igo": True}
    klibi = {"id": "p", "name": "Chedli Klibi", "kind": "person", "country": "ARABLEAGUE"}
    pairs = [(gold(row("CONSULT", ["IGO"], ["SYR"])),
              document(actors=[league, klibi], events=[event("CONSULT", ["ARABLEAGUE"], ["SYR"], actor_ids=["p"])]))]
    assert score_plover(pairs, codes=CODES).value("plover.source_accuracy") == 1.0


def test_an_alternative_type_of_an_own_sentence_counts_as_the_gold_type():
    lifted = {**row("RETREAT", ["EU"], ["LBY"]), "alt_events": ["CONCEDE"]}
    eased = [event("CONCEDE", ["EU"], ["LBY"])]
    pairs = [(gold(lifted, doc_id="a"), document("a", events=eased)),
             (gold(row("RETREAT", ["EU"], ["LBY"]), doc_id="b"), document("b", events=eased))]
    result = score_plover(pairs, codes=CODES)
    assert result.value("plover.type_found") == 0.5  # the alternative in "a" only
    assert result.value("plover.other_type_per_sentence") == 0.5  # "b"'s CONCEDE is another type
