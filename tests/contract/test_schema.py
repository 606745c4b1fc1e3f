import jsonschema
import pytest

from veille.contract import (
    Actor,
    ActorRef,
    Document,
    Entity,
    Event,
    Location,
    Place,
    Quote,
    Span,
    Speaker,
    Time,
    validate_document,
)

TEXT = "Le Japon a envoyé 101 camions en Ukraine jeudi. « Merci », a dit Zelensky."


def _doc() -> Document:
    japan = Actor("JPN", "Japan", "country", "JPN", [], None, [Span(3, 8, "Japon")])
    ev = Event("e1", "AID", None, ["military"], "actual", [ActorRef("JPN", "JPN", [], "Japon")],
               [ActorRef("UKR", "UKR", [], "Ukraine")], "2024-10-17", None, "day", "clause",
               Location("Ukraine", "UKR", 49.0, 32.0, 690791, "country"), None,
               Span(0, 47, TEXT[0:47]), Span(11, 17, "envoyé"), 0.8)
    return Document(
        id="x", language="fr", published="2024-10-17", title=None, text_sha256="0" * 64,
        entities=[Entity(3, 8, "Japon", "LOC", "JPN")], actors=[japan], events=[ev],
        quotes=[Quote(50, 55, "Merci", True, Speaker("Zelensky", None, "Zelensky"))],
        times=[Time(41, 46, "jeudi", "DATE", "2024-10-17")],
        places=[Place(33, 40, "Ukraine", "Ukraine", "UKR", 49.0, 32.0, 690791, "country")],
    )


def test_hand_built_document_validates_with_its_spans():
    validate_document(_doc().to_dict(), TEXT)


def test_wrong_span_text_is_caught():
    d = _doc().to_dict()
    d["times"][0]["start"] += 1
    with pytest.raises(ValueError, match="times"):
        validate_document(d, TEXT)


def test_schema_rejects_unknown_event_type_and_missing_field():
    d = _doc().to_dict()
    d["events"][0]["event"] = "FIGHT"
    with pytest.raises(jsonschema.ValidationError):
        validate_document(d)
    d = _doc().to_dict()
    del d["quotes"]
    with pytest.raises(jsonschema.ValidationError):
        validate_document(d)
