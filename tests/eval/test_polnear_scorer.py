"""The PolNeAR attribution scorer on hand-made documents (no model): matching, types, speakers, exact."""

from __future__ import annotations

from veille.eval.gold import GoldDocument
from veille.eval.quotes import attribution_type, is_polnear, quoted_mask
from veille.eval.tasks import score

TEXT = ("The budget, the mayor said, will shrink. “We will win,” Ms. Lee said.\n"
        "''It is over,'' he added. Aides fear that the talks will fail.")


def _gold(content: str, source: str | None, *, pieces: tuple[str, ...] = ()) -> dict:
    start = TEXT.index(content)
    frags = [[TEXT.index(p), TEXT.index(p) + len(p)] for p in pieces] or [[start, start + len(content)]]
    src = TEXT.index(source) if source else None
    return {"content_start": start, "content_end": start + len(content), "content_fragments": frags,
            "source_text": source, "source_start": src, "source_end": src + len(source) if source else None,
            "cue": "said", "cue_start": 0, "cue_end": 0}


def _pred(content: str, speaker: str | None, *, pieces: tuple[str, ...] = ()) -> dict:
    start = TEXT.index(content)
    out = {"start": start, "end": start + len(content), "text": content, "direct": False,
           "speaker": {"name": speaker, "actor_id": None, "text": speaker} if speaker else None}
    out["fragments"] = [{"start": TEXT.index(p), "end": TEXT.index(p) + len(p), "text": p} for p in pieces]
    return out


GOLDS = [
    _gold("The budget, the mayor said, will shrink", "the mayor", pieces=("The budget", "will shrink")),
    _gold("“We will win,”", "Ms. Lee"),
    _gold("''It is over,''", "he"),
    _gold("that the talks will fail", "Aides"),
]
DOC = GoldDocument(id="d1", text=TEXT, gold={"quotes": GOLDS}, language="en")


def test_types_follow_the_quotation_marks_including_typewriter_ones():
    mask = quoted_mask(TEXT)
    kinds = [attribution_type(TEXT, mask, g["content_fragments"]) for g in GOLDS]
    assert kinds == ["indirect", "direct", "direct", "indirect"]
    assert is_polnear([DOC])


def test_matching_speakers_and_exact_boundaries():
    preds = [
        _pred("The budget, the mayor said, will shrink", "Mayor", pieces=("The budget", "will shrink")),
        _pred("We will win", "Lee"),  # marks left out: still an exact match
        _pred("It is over", "Obama"),  # found, wrong speaker
        _pred("Ms. Lee said", None),  # shares nothing with a gold content: a false positive
    ]
    result = score("quotes", [(DOC, {"quotes": preds})])
    assert result.value("quotes.all.recall") == 0.75
    assert result.value("quotes.all.precision") == 0.75
    assert result.value("quotes.direct.recall") == 1.0 and result.value("quotes.indirect.recall") == 0.5
    assert result.value("quotes.all.speaker_right") == 2 / 3
    # the first three are exact: same fragments, or the same words once the quotation marks are set aside
    assert result.figure("quotes.exact.recall").detail == "3/4"
    kinds = {(i.kind, i.what.split()[0]) for i in result.issues}
    assert ("miss", "indirect") in kinds and ("fp", "indirect") in kinds


def test_half_of_the_shorter_content_is_needed():
    small = _pred("the talks", "Aides")  # 9 characters, all inside the gold content: a match
    result = score("quotes", [(DOC, {"quotes": [small]})])
    assert result.value("quotes.all.recall") == 0.25
    other = _pred("fear that the", "Aides")  # "fear " is outside: 8 of 13 shared, still >= half
    assert score("quotes", [(DOC, {"quotes": [other]})]).value("quotes.all.recall") == 0.25
    far = _pred("Aides fear", "Aides")
    assert score("quotes", [(DOC, {"quotes": [far]})]).value("quotes.all.recall") == 0.0


def test_a_quotation_inside_another_attribution_still_counts():
    # an outside scorer sees every quotation of the analysis: the nested one is a second, inexact prediction
    host = _pred("that the talks will fail", "Aides")
    nested = _pred("talks will fail", "Aides")
    nested["inside"] = {"start": host["start"], "end": host["end"], "text": host["text"]}
    result = score("quotes", [(DOC, {"quotes": [host, nested]})])
    assert result.figure("quotes.all.precision").detail == "2/2"
    assert result.figure("quotes.exact.precision").detail == "1/2"
