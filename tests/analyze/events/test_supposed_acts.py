"""Acts only supposed are no one's deeds. A relative clause on an indefinite noun inside a condition supposes its
act as the condition does ("if you had an army that was shelling villages": no army, no shelling); on a definite
noun it tells a known fact ("if the army that shelled the village is punished": the shelling happened). So do the
condition's conjuncts and its adverbial clauses with no subordinator of their own ("going around attacking"). A sentence
opened by an imperative of supposition ("Suppose ...", "Say ...", "Imagine ...", « Supposons que ... ») supposes
what follows; the parser often takes the imperative for an auxiliary or a name, so it is known by its place.
Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "language"), [
    ("If Moscow sent a militia that attacked villages in Georgia, NATO would act.", "en"),
    ("If you had a government that was bombing its own cities in Syria, you would call it a crime.", "en"),
    ("Unless Russia has a unit that is shelling Kharkiv, the report is wrong.", "en"),
    ("If you had a militia that was going around attacking villages in Georgia, you would be condemned.", "en"),
    ("If Russia invaded Estonia and bombed Tallinn, NATO would respond.", "en"),
    ("Si la Russie avait une milice qui attaquait des villages en Géorgie, l'OTAN réagirait.", "fr"),
    ("Suppose Russia invaded Estonia: NATO would have to respond.", "en"),
    ("Imagine China blockaded Taiwan next year.", "en"),
    ("Say Mexico demanded that the United States pay for the wall.", "en"),
    ("Supposons que la Russie envahisse l'Estonie.", "fr"),
])
def test_a_supposed_act_is_not_told_as_done(run, text, language):
    assert not [e for e in run(text, language) if e.status == "actual"], text


@pytest.mark.parametrize(("text", "language", "event"), [
    ("If the army that shelled the village in Syria is punished, peace may come.", "en", "ASSAULT"),
    ("Si l'armée qui a bombardé le village syrien est punie, la paix viendra.", "fr", "ASSAULT"),
    ("Russia invaded Estonia, officials say.", "en", "ASSAULT"),
    ("Officials say Mexico demanded that the United States pay for the wall.", "en", "REQUEST"),
    # a participle of taking up something is no supposition
    ("Assuming office in January, the new president expelled the French ambassador.", "en", "SANCTION"),
    ("Assuming power after the coup, the junta expelled the French ambassador.", "en", "SANCTION"),
])
def test_a_fact_told_in_a_condition_or_after_saying_stays_done(run, text, language, event):
    assert [e for e in run(text, language) if e.event == event and e.status == "actual"], text
