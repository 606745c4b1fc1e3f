"""scripts/import_petrarch2.py: the PETRARCH2 dictionaries turned into veille's data files."""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts_loader import load_script

ROOT = Path(__file__).resolve().parents[3]


TABLE = """\
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
100: REQUEST,  ,  # REQUEST
112: ACCUSE, disapprove,    # Accuse
16: SANCTION
160: SANCTION,   ,  # Reduce relations
~~~~~
"""

VERBS = """\
# a made-up dictionary in the CAMEO.2.0.txt format
&TALK_
+TALKS
+NEGOTIATION
+PEACE_TALKS

####### VERB PATTERNS #######

---  DEMAND   [100]  ---
DEMAND
+CALL_FOR {+CALLS_FOR +CALLING_FOR +CALLED_FOR}
- * &TALK_                                   [036]  # DEMAND
- * (FOR {URGENT AID})                       [100]  # DEMAND

---  SHUT   [---]  ---
SHUT {SHUTS SHUTTING}
- * EMBASSY                                  [1612]  # SHUT
"""


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "c2p.txt").write_text(TABLE, encoding="utf-8")
    (tmp_path / "verbs.txt").write_text(VERBS, encoding="latin-1")
    return tmp_path


def test_cameo_codes_map_to_plover_by_the_nearest_parent():
    imp = load_script("import_petrarch2")
    table = imp.read_cameo2plover_text(TABLE)
    assert imp.plover_of("112", table).event == "ACCUSE" and imp.plover_of("112", table).mode == "disapprove"
    assert imp.plover_of("1612", table).event == "SANCTION"  # 161 absent: 160's reading
    assert imp.plover_of("---", table) is None and imp.plover_of("012", table) is None  # statements: no event


def test_verb_blocks_patterns_and_synonym_sets(files):
    imp = load_script("import_petrarch2")
    table = imp.read_cameo2plover(files / "c2p.txt")
    rows = imp.import_verbs(files / "verbs.txt", table)
    bare = {r[0]: r for r in rows if not (r[1] or r[2] or r[3])}
    assert bare["demand"][6] == "REQUEST" and bare["call for"][6] == "REQUEST"
    assert "shut" not in bare  # its block has the null code: the verb alone is no event
    talks = next(r for r in rows if "talks" in r[2].split("|"))
    assert talks[0] == "call for|demand"  # one row per pattern, for every verb of the block
    assert set(talks[2].split("|")) == {"talks", "negotiation", "peace talks"}  # the synonym set expanded
    assert talks[6] == "REQUEST"  # "demand talks": the demanding verb decides the type, not the 036 object
    aid = next(r for r in rows if r[3] == "for")
    assert aid[4] == "urgent aid" and aid[9].endswith(":13")  # the source line is kept
    embassy = next(r for r in rows if r[2] == "embassy")
    assert embassy[0] == "shut" and embassy[6] == "SANCTION"


def test_importer_is_deterministic_and_the_packaged_files_are_its_output(shared_dir, tmp_path):
    imp = load_script("import_petrarch2")
    assert imp.main([str(shared_dir), "--out", str(tmp_path / "a")]) == 0
    assert imp.main([str(shared_dir), "--out", str(tmp_path / "b")]) == 0
    data = ROOT / "src" / "veille" / "data"
    for rel in (imp.VERBS_OUT, imp.AGENTS_OUT, imp.ACTORS_OUT):
        first = (tmp_path / "a" / rel).read_bytes()
        assert first == (tmp_path / "b" / rel).read_bytes()
        assert first == (data / rel).read_bytes(), f"{rel} differs from the importer's output: re-run it"
        notice = (data / rel).parent / "PETRARCH2-LICENSE.txt"
        assert "MIT License" in notice.read_text(encoding="utf-8")


def test_modes_outside_the_type_are_moved_or_dropped():
    """CAMEO2PLOVER-2021 has a context in a mode slot (175 "ASSAULT, pro_autocracy") and modes PLOVER 2.0
    does not give the type (1712 "ASSAULT, seize"): the importer keeps only a type's own modes."""
    imp = load_script("import_petrarch2")
    modes = {"ASSAULT": {"beat", "destroy"}, "COERCE": {"seize", "curfew"}}
    contexts = {"pro_autocracy", "military", "human_security"}
    table = imp.read_cameo2plover_text(
        "175: ASSAULT, pro_autocracy , military # repression\n"
        "1712: ASSAULT, seize, human_security # destroy property\n"
        "1723: COERCE, curfew, pro_autocracy # curfew\n", (modes, contexts))
    assert (table["175"].mode, table["175"].context) == ("", "military|pro_autocracy")
    assert (table["1712"].mode, table["1712"].context) == ("", "human_security")
    assert (table["1723"].mode, table["1723"].context) == ("curfew", "pro_autocracy")


def test_a_preposition_without_parentheses_opens_the_prepositional_phrase():
    """PETRARCH2 writes "- * AT [190]" as well as "- * (AT CONVOY)": both name the preposition after the
    verb, never an object noun "at"."""
    imp = load_script("import_petrarch2")
    preps = frozenset({"at", "for", "against"})
    assert imp.parse_pattern(" * AT ", {}, preps) == ([], [], "at", [])
    assert imp.parse_pattern(" * FOR BATTLE ", {}, preps) == ([], [], "for", ["battle"])
    assert imp.parse_pattern(" * IN HUNGER STRIKE ", {}, preps | {"in"}) == ([], [], "in", ["hunger strike"])
    assert imp.parse_pattern(" * (AT CONVOY) ", {}, preps) == ([], [], "at", ["convoy"])
    assert imp.parse_pattern(" * ATTITUDE ", {}, preps) == ([], ["attitude"], "", [])
