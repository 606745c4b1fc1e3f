"""An office that exists in one state only gives its holder that state whatever the text says of the person:
the pope (« le pape », « le souverain pontife », "the pontiff") is the Holy See's (VAT), named or not, and an
adjective of the holder's birth ("the Argentine pope") does not make him a citizen acting for another state.
Sentences written before the data (``country`` in roles.yaml)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _countries(table):
    return {m.text: a.country for a in table.actors for m in a.mentions}


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("en", "Pope Francis met the Ukrainian president on Monday.", "Pope Francis"),
    ("en", "The Argentine pope condemned the executions.", "The Argentine pope"),
    ("en", "The pontiff called for a ceasefire in Gaza.", "The pontiff"),
    ("fr", "Le pape François a reçu le président ukrainien lundi.", "Le pape François"),
    ("fr", "Le souverain pontife a appelé à un cessez-le-feu à Gaza.", "Le souverain pontife"),
])
def test_the_pope_is_the_holy_sees(fr_actors, en_actors, lang, text, mention):
    assert _countries((fr_actors if lang == "fr" else en_actors)(text)).get(mention) == "VAT"


@pytest.mark.parametrize(("lang", "text", "mention", "country"), [
    ("en", "The Argentine president met the pope on Monday.", "The Argentine president", "ARG"),
    ("fr", "Le président argentin a rencontré le pape lundi.", "Le président argentin", "ARG"),
])
def test_other_offices_keep_the_country_the_text_gives(fr_actors, en_actors, lang, text, mention, country):
    assert _countries((fr_actors if lang == "fr" else en_actors)(text)).get(mention) == country

