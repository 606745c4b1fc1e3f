import pytest
from eval_fixtures import document, gold

from veille.eval.toponyms import Gazetteer, haversine_km, is_adjective_form, score_toponyms

TEXT = "Russian troops left Paris for Lyon, then Springfield."


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer()


def span(text, **kw):
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, **kw}


def test_haversine():
    assert haversine_km(48.8566, 2.3522, 45.764, 4.8357) == pytest.approx(392, abs=3)  # Paris - Lyon


def test_adjective_forms(gaz):
    assert is_adjective_form("Russian", "Russian Federation", gaz)
    assert is_adjective_form("Chinese", "People's Republic of China", gaz)
    assert is_adjective_form("French", "Republic of France", gaz)
    assert not is_adjective_form("Russia", "Russian Federation", gaz)
    assert not is_adjective_form("Bank of Japan", "Japan", gaz)  # holds the name
    assert not is_adjective_form("Kerala", "State of Kerala", gaz)  # the name's head
    assert not is_adjective_form("Mediterranean", "Mediterranean Sea", gaz)  # physical feature
    assert not is_adjective_form("Iran", "Islamic Republic of Iran", gaz)
    assert not is_adjective_form("Louisville", "University of Louisville", gaz)


def test_figures_all_and_proper(gaz):
    golds = {"places": [
        span("Russian", name="Russian Federation", geonameid="2017370", lat=60.0, lon=100.0),
        span("Paris", name="Paris", geonameid="2988507", lat=48.85341, lon=2.3488),
        span("Lyon", name="Lyon", geonameid="2996944", lat=45.74846, lon=4.84671),
        span("Springfield", name="Springfield", geonameid="", lat=39.80, lon=-89.64),
    ]}
    preds = document(places=[
        span("Paris", name="Paris", country="FRA", lat=48.86, lon=2.35),  # right
        span("Lyon", name="Lyon", country="USA", lat=39.0, lon=-94.0),  # wrong place, wrong country
        span("troops", name="Troops", country=None, lat=None, lon=None),  # false positive
    ])
    result = score_toponyms([(gold(golds, TEXT), preds)], gazetteer=gaz)
    assert result.value("places.all.recall") == pytest.approx(2 / 4)
    assert result.value("places.proper.recall") == pytest.approx(2 / 3)
    assert result.value("places.all.precision") == pytest.approx(2 / 3)
    assert result.value("places.all.within_161km") == 0.5
    assert result.value("places.all.country_accuracy") == 0.5  # Paris right, Lyon wrong
    assert result.value("places.adjective_gold") == 1
    kinds = sorted(i.kind for i in result.issues)
    assert kinds == ["fp", "miss", "miss-adjective", "wrong"]


def test_prediction_on_an_adjective_counts_neither_way_in_proper(gaz):
    golds = {"places": [span("Russian", name="Russian Federation", geonameid="2017370", lat=60.0, lon=100.0)]}
    preds = document(places=[span("Russian", name="Russia", country="RUS", lat=60.0, lon=100.0)])
    result = score_toponyms([(gold(golds, TEXT), preds)], gazetteer=gaz)
    assert result.value("places.all.precision") == 1.0
    assert result.value("places.proper.precision") is None
    assert result.value("places.proper.recall") is None


def test_demonym_predictions_count_in_all_but_not_in_proper(gaz):
    golds = {"places": [span("Paris", name="Paris", geonameid="2988507", lat=48.85341, lon=2.3488)]}
    preds = document(places=[
        span("Paris", name="Paris", country="FRA", lat=48.86, lon=2.35),
        span("Russian", name="Russia", country="RUS", lat=60.0, lon=100.0, kind="demonym"),  # not in gold
    ])
    result = score_toponyms([(gold(golds, TEXT), preds)], gazetteer=gaz)
    assert result.value("places.all.precision") == pytest.approx(1 / 2)
    assert result.value("places.proper.precision") == 1.0


def test_gold_without_a_point_counts_for_found_only(gaz):
    golds = {"places": [
        span("Paris", name="Paris", geonameid="", lat=None, lon=None),  # its annotator checked no point
        span("Lyon", name="Lyon", geonameid="2996944", lat=45.74846, lon=4.84671),
    ]}
    preds = document(places=[
        span("Paris", name="Paris", country="USA", lat=33.66, lon=-95.56),
        span("Lyon", name="Lyon", country="FRA", lat=45.75, lon=4.85),
    ])
    result = score_toponyms([(gold(golds, TEXT), preds)], gazetteer=gaz)
    assert result.value("places.all.recall") == 1.0
    assert result.value("places.all.within_161km") == 1.0  # 1/1: Paris is in neither part
    assert not [i for i in result.issues if i.kind == "wrong"]
