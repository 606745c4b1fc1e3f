"""People the Phoenix dictionaries list in plain ASCII capitals (BLAISE_COMPAORE_, RENE_PREVAL_) are written with
their accents in French and often in English copy (« Blaise Compaoré », "René Préval", "Felipe Calderón"): the
name is looked up with its accents folded, so that the role held on the article's date gives the country."""

from __future__ import annotations

from datetime import date

import pytest

from veille.analyze.actors._phoenix import role_on
from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article


@pytest.mark.parametrize("name, country", [
    ("Blaise Compaoré", "BFA"), ("René Préval", "HTI"), ("Felipe Calderón", "MEX"), ("Idriss Déby", "TCD"),
    ("Amadou Toumani Touré", "MLI"), ("Luiz Inácio Lula da Silva", "BRA"), ("Faure Gnassingbé", "TGO"),
])
def test_an_accented_name_finds_its_plain_entry(name, country):
    code = role_on(name, date(2010, 3, 1))
    assert code is not None and code.startswith(country), (name, code)


def test_folding_finds_no_one_the_plain_name_does_not():
    assert role_on("Nobodý Àtall", date(2010, 3, 1)) is None


@pytest.mark.model
@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Blaise Compaoré a reçu Idriss Déby à Ouagadougou.",
     {"Blaise Compaoré": "BFA", "Idriss Déby": "TCD"}),
    ("fr", "René Préval s'est entretenu avec Felipe Calderón par téléphone.",
     {"René Préval": "HTI", "Felipe Calderón": "MEX"}),
    ("en", "Felipe Calderón spoke by telephone with the Haitian president on Monday.", {"Felipe Calderón": "MEX"}),
])
def test_people_named_with_accents_get_their_country(language, text, expected):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published="2010-03-01", language=language))
    found = {a.name: a.country for a in doc.actors if a.kind == "person"}
    for name, country in expected.items():
        assert found.get(name) == country, found
