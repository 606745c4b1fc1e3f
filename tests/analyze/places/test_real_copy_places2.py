"""Places on real copy nobody here coded for places, second batch (issue 12): the classes of the first run of the
17 articles appended to ``tests/gold/places_real.jsonl`` (8 PolNeAR US political articles, 5 TBAQ wire articles,
4 French regional articles of FR-TimeBank), written before the rules. Made-up sentences of the same kinds, not
the set's.

- The state of a lawmaker's party label ("Sen. Ann Lee (D-Calif.)", "Rep. Tom Ford (R-TX)", "Rep. Jo Hale,
  R-Ohio,"): the party's initial, a hyphen and the state's postal code, AP abbreviation or name, as US copy
  writes them, name the state.
- A wire dateline in capitals closed by a dash names its town, however small ("BAR-LE-DUC. _", "BESANÇON._",
  "TULLE -"), where the NER leaves a line in capitals unlabelled and the spotter takes only big towns by
  themselves.
"""

from __future__ import annotations

import pytest
from places_helpers import by_text


# --- the state of a party label ------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "state"), [
    ("Sen. Ann Lee (D-Calif.) voted against the bill on Tuesday.", "Calif.", "California"),
    ("The amendment was written by Rep. Tom Ford (R-TX) and two colleagues.", "TX", "Texas"),
    ("Independent Sen. Paul Morgan (I-Vt.) said he would block the nomination.", "Vt.", "Vermont"),
    ("Rep. Jo Hale, R-Okla., objected to the spending plan.", "Okla.", "Oklahoma"),
    ("Critics included Sen. Mark Dunn (D-Ill.) and Sen. Ruth Kemp (R-NE).", "NE", "Nebraska"),
])
def test_the_state_of_a_party_label_is_a_place(en, text, label, state):
    place = by_text(en(text))[label]
    assert place.country == "USA"
    assert (place.name, place.feature) == (state, "ADM1")


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    # no party initial before the hyphen, or no state after it: no place
    ("The X-ME team shipped its new engine (Q-ME series) on Monday.", "ME"),
    ("The vote (D-Day for the coalition) was held on Friday.", "Day"),
])
def test_a_hyphened_capital_without_a_party_label_is_no_state(en, text, word):
    assert word not in by_text(en(text))


# --- a dateline town of any size --------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "town", "country"), [
    ("fr", "Accident mortel.\nBAR-LE-DUC. _ Deux voitures se sont percutées jeudi soir sur la départementale.",
     "BAR-LE-DUC", "FRA"),
    ("fr", "Concert de jazz.\nBESANÇON._ Le saxophoniste jouera mardi soir devant un public nombreux.", "BESANÇON",
     "FRA"),
    ("fr", "Grève des transports.\nTULLE - Les chauffeurs de bus ont cessé le travail lundi matin.", "TULLE", "FRA"),
    ("en", "Harbour closed.\nWHANGAREI - Fishing boats stayed in port on Monday as the storm neared.", "WHANGAREI",
     "NZL"),
])
def test_a_dateline_in_capitals_names_its_small_town(request, lang, text, town, country):
    place = by_text(request.getfixturevalue(lang)(text))[town]
    assert place.country == country, place.name
