"""People the Phoenix dictionaries list, left without a country for generic reasons (issues 11/12).

- Spelling variants: the dictionaries hold one or two spellings of a name, the press writes others (French
  transliterations « Hosni Moubarak », « Mikheïl Saakachvili »; "Heidar Aliev" for HEYDAR_ALIYEV). A name
  not found as written is matched word by word against the listed names with the same initials: every
  word close, the surname closer still and of five letters or more, and every close entry of one country.
  A common name one letter or two off a listed one ("Patrick Mannix", "David Byrne") stays uncoded.
- Roles in an organisation (``IGOUNOIAE`` for the IAEA, ``IGOWSTNAT`` for NATO) or in an international
  militant group (``IMGMUSALQ``): not a state's code, so the person stayed uncoded; the person now takes the
  organisation's code when ``organizations.yaml`` lists it under that CAMEO code (the longest listed start
  of the role's code), and ``IMG``/``NGO`` as the named groups do. A code of no listed organisation stays
  uncoded.
- Roles written on the entry's own line (``JACQUES_DELORS_ [IGOEUREEC 850115-950105]``): the importer read
  the date range as part of the code, so no role held on any date.
"""

from __future__ import annotations

from datetime import date

import pytest
from scripts_loader import load_script

from veille.analyze.actors._phoenix import role_on
from veille.analyze.pipeline import Analyzer
from veille.ingest.article import Article


@pytest.mark.parametrize("name, country", [
    ("Hosni Moubarak", "EGY"), ("Mikheïl Saakachvili", "GEO"), ("Noursoultan Nazarbaïev", "KAZ"),
    ("Saparmourat Niazov", "TKM"), ("Heidar Aliev", "AZE"),
])
def test_a_spelling_variant_finds_the_listed_person(name, country):
    code = role_on(name, date(2005, 6, 1))
    assert (code[:3] if code else None) == country, (name, code)


@pytest.mark.parametrize("name", ["Patrick Mannix", "David Byrne", "Jorge Hernandez", "Michele Walters",
                                  "Benjamin Tal", "Stephan Miller", "Rachel Rodriguez", "Juan Carlos", "Ben Elton"])
def test_a_common_name_close_to_a_listed_one_stays_uncoded(name):
    assert role_on(name, date(2005, 6, 1)) is None


@pytest.mark.model
@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Hosni Moubarak a reçu mardi Mikheïl Saakachvili au Caire.", {"Hosni Moubarak": "EGY",
                                                                       "Mikheïl Saakachvili": "GEO"}),
    ("fr", "Selon Noursoultan Nazarbaïev, l'accord sera signé avant l'hiver.", {"Noursoultan Nazarbaïev": "KAZ"}),
    ("en", "Heidar Aliev flew to Ashgabat on Friday.", {"Heidar Aliev": "AZE"}),
    ("en", "Saparmourat Niazov told Heidar Aliev on Friday that the pipeline would wait.",
     {"Saparmourat Niazov": "TKM"}),
    ("en", "Patrick Mannix, a spokesman for the shipping firm, declined to comment.", {"Patrick Mannix": None}),
])
def test_people_named_in_another_spelling_get_their_country(language, text, expected):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published="2002-06-01", language=language))
    found = {a.name: a.country for a in doc.actors if a.kind == "person"}
    for name, country in expected.items():
        assert name in found and found[name] == country, found


@pytest.mark.model
@pytest.mark.parametrize("language, published, text, expected", [
    ("en", "2005-03-02", "Mohamed ElBaradei urged Tehran to keep the seals on its centrifuges.",
     {"Mohamed ElBaradei": "IAEA"}),
    ("en", "2013-07-20", "Mohamed ElBaradei resigned after the crackdown.", {"Mohamed ElBaradei": "EGY"}),
    ("fr", "2002-11-12", "Carol Bellamy a demandé l'accès aux écoles de la région.", {"Carol Bellamy": "UNICEF"}),
    ("en", "1998-10-12", "Javier Solana warned Belgrade that the air strikes were ready.", {"Javier Solana": "NATO"}),
    ("fr", "2004-09-10", "Ayman al-Zawahiri a menacé les pays de la coalition dans une vidéo.",
     {"Ayman al-Zawahiri": "IMG"}),
])
def test_people_of_organisations_get_the_organisation_code(language, published, text, expected):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published=published, language=language))
    found = {a.name: a.country for a in doc.actors if a.kind == "person"}
    for name, country in expected.items():
        assert name in found and found[name] == country, found


def test_a_code_of_no_listed_organisation_stays_uncoded():
    from veille.analyze.actors._lexicon import load_lexicon

    orgs = load_lexicon("en")
    assert orgs.org_of_code("IGOSCN") is None and orgs.org_of_code("IGO") is None
    assert orgs.org_of_code("IGOUNOKID").id == "UNICEF" and orgs.org_of_code("IGOUNOXYZ").id == "UN"


ACTORS = """\
JANE_ROE_  [XYZGOV 010101-051231] [XYZELI]
+JANE_Q_ROE
JOHN_DOE_  [ABCMIL]
RICHARD_ROE_  # a comment
\t[DEFGOV >030101]
"""


def test_roles_on_the_entry_line_keep_their_dates(tmp_path):
    importer = load_script("import_petrarch2")
    for name in importer.ACTOR_FILES:
        (tmp_path / name).write_text(ACTORS if name == importer.ACTOR_FILES[0] else "", encoding="latin-1")
    rows = {(r[0], r[1], r[2], r[3]) for r in importer.import_actors(tmp_path)}
    assert ("jane roe", "XYZGOV", "2001-01-01", "2005-12-31") in rows
    assert ("jane q roe", "XYZELI", "", "") in rows
    assert ("john doe", "ABCMIL", "", "") in rows
    assert ("richard roe", "DEFGOV", "2003-01-01", "") in rows
    assert not any(" " in code for _name, code, _start, _end in rows)


# --- a name cut short by the tagger after a title; a later mention with its particle capitalised ---------------

@pytest.mark.model
@pytest.mark.parametrize("language, text, name, country", [
    # a given name the tagger takes for an adjective inside the name ("Tayyip" ADJ): the run after the title
    # goes on to the capitalised name that ends it
    ("fr", "Selon le Premier ministre Recep Tayyip Erdogan, l'adhésion reste possible.", "Recep Tayyip Erdogan",
     "TUR"),
    # the tagger's person name starts one word after the title's run: one name
    ("fr", "Le chef de l'Etat Ilham Heydar Aliyev a reçu le ministre géorgien.", "Ilham Heydar Aliyev", "AZE"),
    ("en", "The talks were chaired by President Ilham Heydar Aliyev in Baku.", "Ilham Heydar Aliyev", "AZE"),
])
def test_a_name_after_a_title_is_not_cut_short(language, text, name, country):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published="2008-06-01", language=language))
    found = {a.name: a.country for a in doc.actors if a.kind == "person"}
    assert found.get(name) == country, found


@pytest.mark.model
@pytest.mark.parametrize("language, text, name, later, country", [
    ("en", "Belgian Foreign Minister Karel van Damme said the talks would resume. Van Damme added that nothing "
           "was agreed.", "Karel van Damme", "Van Damme", "BEL"),
    ("fr", "Le ministre néerlandais des Finances, Jan de Vries, a défendu le budget. De Vries a ajouté que la "
           "dette baisserait.", "Jan de Vries", "De Vries", "NLD"),
    ("en", "Saudi Interior Minister Nayef bin Saleh met the envoy. Bin Saleh said the border would stay closed.",
     "Nayef bin Saleh", "Bin Saleh", "SAU"),
])
def test_a_later_mention_with_a_capitalised_particle_is_the_same_person(language, text, name, later, country):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published="2008-06-01", language=language))
    people = [a for a in doc.actors if a.kind == "person"]
    assert [(a.name, a.country) for a in people] == [(name, country)], people
    assert any(m.text in later and m.start > len(name) for m in people[0].mentions), people[0].mentions


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Le président de l'UDF Philippe Lemaire a répondu au gouvernement.", "Philippe Lemaire"),
    ("Le secrétaire général du RPR Henri Lefort a quitté la réunion.", "Henri Lefort"),
])
def test_an_acronym_after_a_title_is_not_joined_to_the_name(text, name):
    doc = Analyzer(stages=("actors",)).analyze(Article(text=text, id="t", published="2002-04-30", language="fr"))
    assert name in {a.name for a in doc.actors if a.kind == "person"}, doc.actors
