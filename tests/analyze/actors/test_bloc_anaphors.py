"""A definite description several organisations share ("the bloc", « le bloc », "the Union", « l'organisation
régionale ») is the one of them named last before it, or the only one the article names; one named only
after it is no antecedent when another came before. Sentences written before the rule."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _anaphor_owner(table, word):
    return {a.id for a in table.actors if any(m.text.lower() == word for m in a.mentions)}


@pytest.mark.parametrize(("lang", "text", "word", "owner"), [
    ("en", "ECOWAS imposed sanctions on Niger. The bloc's leaders also closed the borders. The European Union "
           "suspended its aid on Saturday.", "the bloc", "ECOWAS"),
    ("en", "ASEAN foreign ministers met in Jakarta. The bloc urged Myanmar's junta to free prisoners.",
     "the bloc", "ASEAN"),
    ("en", "The European Union agreed new sanctions on Moscow. The bloc will also send more ammunition.",
     "the bloc", "EU"),
    ("en", "The African Union suspended Gabon after the coup. The Union demanded a return to civilian rule.",
     "the union", "AU"),
    ("fr", "La Cedeao a suspendu le Mali. Le bloc exige des élections dans un délai de six mois.", "le bloc",
     "ECOWAS"),
    ("fr", "La Cedeao a condamné le coup d'État. L'organisation régionale menace d'intervenir.",
     "l'organisation régionale", "ECOWAS"),
    ("fr", "L'Union européenne a adopté un nouveau paquet de sanctions. Le bloc vise aussi les banques russes.",
     "le bloc", "EU"),
])
def test_a_shared_anaphor_is_the_organisation_named_before(fr_actors, en_actors, lang, text, word, owner):
    assert _anaphor_owner((fr_actors if lang == "fr" else en_actors)(text), word) == {owner}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The bloc will meet again next month.", "the bloc"),   # no organisation named
    ("fr", "L'organisation régionale se réunira le mois prochain.", "l'organisation régionale"),
])
def test_a_shared_anaphor_without_antecedent_names_nobody(fr_actors, en_actors, lang, text, word):
    assert not _anaphor_owner((fr_actors if lang == "fr" else en_actors)(text), word)


# The leaders of a regional organisation's member states, named by their region ("Southern African leaders",
# « les dirigeants ouest-africains »), are that organisation when the article names it: its summit acting; with no
# such organisation named they stay leaders of nowhere in particular.
@pytest.mark.parametrize(("lang", "text", "word", "owner"), [
    ("en", "Southern African leaders on Friday ordered troops to Mozambique. The SADC summit met in Maputo.",
     "southern african leaders", "SADC"),
    ("en", "Southeast Asian leaders barred Myanmar's generals from the summit. ASEAN said the junta had made no "
           "progress.", "southeast asian leaders", "ASEAN"),
    ("en", "Gulf leaders ended the blockade of Qatar at a summit of the Gulf Cooperation Council.",
     "gulf leaders", "GCC"),
    ("en", "The Economic Community of West African States met in Accra. West African heads of state then gave "
           "Guinea's junta a month to set an election date.", "west african heads of state", "ECOWAS"),
    ("fr", "Les dirigeants ouest-africains ont suspendu la Guinée jeudi. La Cedeao exige un calendrier électoral.",
     "dirigeants ouest-africains", "ECOWAS"),
    ("fr", "La SADC s'est réunie à Luanda. Les chefs d'État d'Afrique australe ont prolongé la mission au Mozambique.",
     "chefs d'état d'afrique australe", "SADC"),
    ("fr", "Réunis à Bangkok, les dirigeants d'Asie du Sud-Est ont exclu la junte birmane. L'Asean exige un "
           "cessez-le-feu.", "dirigeants d'asie du sud-est", "ASEAN"),
])
def test_a_regions_leaders_are_its_organisation_when_named(fr_actors, en_actors, lang, text, word, owner):
    assert _anaphor_owner((fr_actors if lang == "fr" else en_actors)(text), word) == {owner}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "West African leaders met the new president of Senegal on Monday.", "west african leaders"),
    ("fr", "Les dirigeants ouest-africains se sont félicités de l'élection au Sénégal.", "dirigeants ouest-africains"),
])
def test_a_regions_leaders_without_its_organisation_name_nobody(fr_actors, en_actors, lang, text, word):
    assert not _anaphor_owner((fr_actors if lang == "fr" else en_actors)(text), word)
