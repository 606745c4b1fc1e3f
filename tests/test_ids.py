from veille.ids import name_key, org_id, person_id, slug


def test_names_fold_to_one_key_whatever_the_accents_case_and_punctuation():
    assert name_key("Zélensky") == name_key("ZELENSKY") == "zelensky"
    assert slug("Jean-Noël Barrot") == "jean-noel-barrot"


def test_ids_by_kind():
    assert person_id("Gen Nakatani") == "person:gen-nakatani"
    assert org_id("Ministère de la Défense", "JPN") == "org:JPN:ministere-de-la-defense"
    assert org_id("Hamas") == "org:hamas"
    assert slug("«»") == "unnamed"
