import pytest
from eval_fixtures import document, gold

from veille.eval.seed import role_matches, score_actors, score_places, score_quotes, score_times

TEXT = "« Notre monde est lié », a ajouté Rutte. Il viendra jeudi à Bruxelles, et jeudi encore."


def span(text, start_at=0, **kw):
    start = TEXT.index(text, start_at)
    return {"start": start, "end": start + len(text), "text": text, **kw}


def test_role_words():
    assert role_matches("ministre de la Défense", "ministre de la Défense")
    assert role_matches("ministre de la Défense", "Ministre japonais de la Défense")
    assert role_matches("secrétaire général de l'OTAN", "secrétaire général")
    assert not role_matches("président", "ministre des Affaires étrangères")
    assert not role_matches("président", None)


def test_actors():
    golds = {
        "actors": [
            {"name": "Gen Nakatani", "kind": "person", "country": "JPN", "role": "ministre de la Défense"},
            {"name": "Mark Rutte", "kind": "person", "country": "NATO", "role": "secrétaire général de l'OTAN"},
            {"name": "Rustem Umerov", "kind": "person", "country": "UKR", "role": "ministre de la Défense"},
            {"name": "NATO", "mentions": ["OTAN", "l'OTAN"], "kind": "organization", "country": "NATO"},
            {"name": "G7", "mentions": ["Groupe des Sept"], "kind": "organization", "country": "G7"},
        ],
        "countries_mentioned": ["JPN", "UKR", "BEL"],
    }
    preds = document(
        actors=[
            {"id": "1", "name": "Nakatani", "kind": "person", "country": "JPN", "role": "ministre de la Défense",
             "mentions": []},
            {"id": "2", "name": "Mark Rutte", "kind": "person", "country": "NLD", "role": "président", "mentions": []},
            {"id": "3", "name": "Organisation du traité de l'Atlantique nord", "kind": "organization",
             "country": "NATO", "mentions": [{"start": 0, "end": 4, "text": "OTAN"}]},
            {"id": "4", "name": "Japon", "kind": "country", "country": "JPN", "mentions": []},
            {"id": "5", "name": "Chine", "kind": "country", "country": "CHN", "mentions": []},
        ],
        places=[{"text": "Ukraine", "country": "UKR", "feature": "PCLI"}, {"text": "Bruxelles", "country": "BEL",
                                                                          "feature": "PPLC"}],
    )
    figures, issues = score_actors([(gold(golds), preds)])
    got = {f.name: f.value for f in figures}
    assert got["actors.people_found"] == pytest.approx(2 / 3)
    assert got["actors.people_country"] == 0.5
    assert got["actors.people_role"] == 0.5
    assert got["actors.organizations_found"] == 0.5
    assert got["actors.countries_recall"] == pytest.approx(2 / 3)  # JPN (actor), UKR (country place)
    assert got["actors.countries_precision"] == pytest.approx(2 / 3)  # CHN extra
    assert len([i for i in issues if i.kind == "miss"]) == 3  # Umerov, G7, BEL


def test_quotes_by_start_and_end_text():
    golds = {"quotes": [{"id": "Q1", "direct": True, "speaker": "Mark Rutte", "text_start": "Notre monde",
                         "text_end": "est lié"}, {"id": "Q2", "direct": False, "speaker": "X", "text_start": "absent",
                                                   "text_end": "ici"}]}
    preds = document(
        actors=[{"id": "r", "name": "Mark Rutte", "kind": "person"}],
        quotes=[span("Notre monde est lié", direct=True, speaker={"name": "Rutte", "actor_id": "r", "text": "Rutte"}),
                span("Il viendra", direct=False, speaker=None)])
    figures, _ = score_quotes([(gold(golds, TEXT), preds)])
    got = {f.name: f.value for f in figures}
    assert got["quotes.recall"] == 0.5 and got["quotes.precision"] == 0.5
    assert got["quotes.speaker_accuracy"] == 1.0 and got["quotes.direct_accuracy"] == 1.0


def test_times_and_places_with_occurrences():
    golds = {"times": [{"text": "jeudi", "value": "2024-10-17", "occurrences": 2}],
             "places": [{"text": "Bruxelles", "country": "BEL"}, {"text": "Kiev", "country": "UKR"}]}
    first = TEXT.index("jeudi")
    preds = document(
        times=[span("jeudi", value="2024-10-17"), span("jeudi", first + 1, value="2024-10-24"), span("Il", value="X")],
        places=[span("à Bruxelles", country="FRA")])
    figures, _ = score_times([(gold(golds, TEXT), preds)])
    got = {f.name: f.value for f in figures}
    assert got["times.recall"] == 1.0
    assert got["times.precision"] == pytest.approx(2 / 3)
    assert got["times.value_accuracy"] == 0.5
    figures, _ = score_places([(gold(golds, TEXT), preds)])
    got = {f.name: f.value for f in figures}
    assert got["places.recall"] == 0.5  # "à Bruxelles" holds "Bruxelles" (relaxed text match)
    assert got["places.precision"] == 1.0
    assert got["places.country_accuracy"] == 0.0
