"""The public document contract (version 1): models, JSON Schema, validation."""

from veille.contract.models import (
    CONTRACT_VERSION,
    Actor,
    ActorRef,
    Amount,
    Document,
    Entity,
    Event,
    Location,
    Place,
    Quote,
    Span,
    Speaker,
    Time,
)
from veille.contract.schema import document_schema, validate_document

__all__ = ["CONTRACT_VERSION", "Actor", "ActorRef", "Amount", "Document", "Entity", "Event", "Location",
           "Place", "Quote", "Span", "Speaker", "Time", "document_schema", "validate_document"]
