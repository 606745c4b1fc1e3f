#!/usr/bin/env python3
"""Turn PETRARCH2's MIT dictionaries into veille's own data files (re-runnable, deterministic).

Reads ``<shared>/resources/petrarch2/`` (CAMEO.2.0.txt, Phoenix.agents.txt, Phoenix.*.actors.txt) and
``<shared>/reference/CAMEO2PLOVER-2021.txt`` and writes:

- ``src/veille/data/lang/en/events/petrarch_verbs.tsv``: one row per coded verb (its isolated code) and
  one per pattern: the verbs of its synonym block (lemma and particle), the subject nouns, the object nouns,
  the preposition and its nouns (synonym sets expanded), the CAMEO code, the PLOVER type, mode and context,
  and the source line;
- ``src/veille/data/lang/en/actors/petrarch_agents.tsv``: agent nouns (singular and plural) and the
  sector they give, with the source line;
- ``src/veille/data/actors/petrarch_actors.tsv``: named people and groups, one row per name variant and
  dated role (code, first day, last day), with the source file and line;
- ``PETRARCH2-LICENSE.txt`` beside each derived file (the MIT notice of the dictionaries).

Usage: ``python scripts/import_petrarch2.py [SHARED_DIR] [--out DATA_DIR]`` (default ``../shared`` and
``src/veille/data``). The output depends
only on the input files: rows are written in source order, sets sorted.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "veille" / "data"
VERBS_OUT = Path("lang") / "en" / "events" / "petrarch_verbs.tsv"
AGENTS_OUT = Path("lang") / "en" / "actors" / "petrarch_agents.tsv"
ACTORS_OUT = Path("actors") / "petrarch_actors.tsv"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")

_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(.*?)\s+\[([^\]]*)\]\s+---")


@dataclass(frozen=True, slots=True)
class Plover:
    event: str
    mode: str
    context: str


Vocabulary = tuple[dict[str, set[str]], set[str]]  # PLOVER modes per type, PLOVER contexts


def read_vocabulary(path: Path) -> Vocabulary:
    """The modes of each type and the contexts of veille's ontology (``data/events/ontology.yaml``)."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    modes = {name: set(spec.get("modes") or ()) for name, spec in raw["types"].items()}
    return modes, set(raw.get("contexts") or ())


def read_cameo2plover(path: Path, vocabulary: Vocabulary | None = None) -> dict[str, Plover]:
    return read_cameo2plover_text(path.read_text(encoding="utf-8"), vocabulary)


def _checked(p: Plover, vocabulary: Vocabulary | None) -> Plover:
    """Only the type's own PLOVER modes: a context written in the mode slot moves to the contexts
    ("175: ASSAULT, pro_autocracy, military"), any other foreign mode is dropped ("1712: ASSAULT, seize")."""
    if vocabulary is None or not p.mode:
        return p
    modes, contexts = vocabulary
    if p.event not in modes or p.mode in modes[p.event]:
        return p
    if p.mode in contexts:
        both = sorted({c for c in (p.context, p.mode) if c})
        return Plover(p.event, "", "|".join(both))
    return Plover(p.event, "", p.context)


def read_cameo2plover_text(text: str, vocabulary: Vocabulary | None = None) -> dict[str, Plover]:
    table: dict[str, Plover] = {}
    for line in text.splitlines():
        if line.startswith("~~~~~"):
            break
        body = line.split("#", 1)[0].strip()
        if not body or ":" not in body:
            continue
        code, rest = body.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        parts += [""] * (3 - len(parts))
        table[code.strip()] = _checked(Plover(parts[0], parts[1].replace(" ", ""), parts[2].replace(" ", "")),
                                       vocabulary)
    return table


def plover_of(code: str, table: dict[str, Plover]) -> Plover | None:
    """The PLOVER reading of a CAMEO code: the code itself, else its parent codes."""
    code = code.split(":")[0].strip()
    if not code or code.startswith("-") or not code[:2].isdigit():
        return None
    for key in (code, code[:3], code[:2] + "0", code[:2]):
        if key in table:
            found = table[key]
            if key == code[:2] and len(code) > 2:  # a top-level row carries the type only
                return Plover(found.event, "", "")
            return found
    return None


def _plurals(word: str) -> list[str]:
    if word.endswith("ss"):
        return [word + "es"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def _phrase(raw: str) -> str:
    return raw.strip().strip("_").replace("_", " ").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&LABEL`` followed by ``+PHRASE`` lines: the phrases (singular forms; lemmas are compared)."""
    sets: dict[str, list[str]] = {}
    label = None
    for line in lines:
        body = line.split("#", 1)[0].rstrip()
        if body.startswith("&"):
            label = body.strip().rstrip("_")
            sets[label] = []
        elif body.startswith("+") and label is not None:
            sets[label].append(_phrase(body[1:]))
        elif body.strip():
            label = None
    return sets


def _expand(token: str, synsets: dict[str, list[str]]) -> list[str]:
    if token.startswith("&"):
        return synsets.get(token.rstrip("_"), [])
    return [_phrase(token)]


def _noun_groups(text: str) -> list[str]:
    """Split a pattern half into its noun phrases: ``{FINANCIAL AID}``, words, ``&SYNSETS``."""
    out = []
    for m in re.finditer(r"\{([^}]*)\}|(\S+)", text):
        out.append(m.group(1) if m.group(1) is not None else m.group(2))
    return out


def _nouns(groups: list[str], synsets: dict[str, list[str]]) -> list[str]:
    """Each group a phrase; a synset inside a braced phrase is expanded in place."""
    out: list[str] = []
    for g in groups:
        words = g.split()
        variants = [""]
        for w in words:
            options = _expand(w, synsets) or [w.lower()]
            variants = [f"{v} {o}".strip() for v in variants for o in options][:200]
        out += variants
    return out


def parse_pattern(body: str, synsets: dict[str, list[str]],
                  prepositions: frozenset[str] = frozenset()) -> tuple[list[str], list[str], str, list[str]]:
    """``- PRE * POST (PREP NOUN)``: subject nouns, object nouns, preposition, prepositional nouns. A
    preposition written without parentheses right after the verb (``- * AT``, ``- * AGAINST``) opens the
    prepositional phrase too (``prepositions``: the language's, from its lexicon), not an object noun."""
    pre, _, post = body.partition("*")
    preps = re.findall(r"\(([^()]*)\)", post)
    post = re.sub(r"\([^()]*\)", " ", post)
    words = post.split()
    if not preps and words and words[0].lower() in prepositions:
        # (the words after it are one noun phrase: "- * IN HUNGER STRIKE")
        rest = " ".join(words[1:])
        preps, post = [f"{words[0]} {{{rest}}}" if rest else words[0]], ""
    prep, prep_nouns = "", []
    if preps:
        words = preps[0].split(None, 1)
        prep = words[0].lower()
        if len(words) > 1:
            prep_nouns = _nouns(_noun_groups(words[1]), synsets)
    subject = _nouns(_noun_groups(re.sub(r"\([^()]*\)", " ", pre)), synsets)
    obj = _nouns(_noun_groups(post), synsets)
    return subject, obj, prep, prep_nouns


def _verb_entry(body: str) -> tuple[str, str] | None:
    """A verb line: its lemma and particle (``+CALL_OFF`` -> call, off; ``WIRE_+TAP`` -> tap, "")."""
    head = re.sub(r"\{[^}]*\}", " ", body)
    head = _CODE.sub(" ", head).split()
    if not head:
        return None
    words = head[0].split("_")
    if len(words) == 1:
        return words[0].lstrip("+").lower(), ""
    main = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    particle = " ".join(w.lower() for w in words[main + 1:])
    return words[main].lstrip("+").lower(), particle


_INTENT_VERBS = frozenset({"REQUEST", "REJECT", "THREATEN"})


def _verb_key(lemma: str, particle: str) -> str:
    return f"{lemma} {particle}".strip()


def read_prepositions(path: Path) -> frozenset[str]:
    """The prepositions of the English events lexicon (its ``arguments`` lists ending in ``_preps``)."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8")).get("arguments") or {}
    return frozenset(str(w).lower() for key, words in raw.items() if key.endswith("_preps") for w in words or ())


def import_verbs(src: Path, table: dict[str, Plover],
                 prepositions: frozenset[str] = frozenset()) -> list[list[str]]:
    lines = src.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    synsets = read_synsets(lines[:start])
    rows: list[list[str]] = []
    verbs: list[tuple[str, str, str, int]] = []  # lemma, particle, own code, line
    block_code = "---"
    pending_patterns: list[tuple[str, int]] = []

    def flush() -> None:
        block = plover_of(block_code, table)
        for lemma, particle, code, number in verbs:
            p = plover_of(code or block_code, table)
            if p is not None:
                rows.append([_verb_key(lemma, particle), "", "", "", "", code or block_code, p.event, p.mode,
                             p.context, f"CAMEO.2.0.txt:{number}"])
        keys = "|".join(sorted({_verb_key(lemma, particle) for lemma, particle, _c, _n in verbs}))
        for body, number in pending_patterns:
            m = _CODE.search(body.split("#", 1)[0])
            if m is None or not keys:
                continue
            code = m.group(1).split(":")[0].strip()
            p = plover_of(code, table)
            if p is None:
                continue
            if block is not None and block.event in _INTENT_VERBS and p.event != block.event:
                # "demand talks" [036]: PETRARCH2 adds the verb's code to the pattern's; the verb decides
                p = Plover(block.event, block.mode, p.context)
            pattern = body.split("#", 1)[0][: m.start()].strip()[1:]
            subject, obj, prep, prep_nouns = parse_pattern(pattern, synsets, prepositions)
            if not (subject or obj or prep):
                continue
            rows.append([keys, "|".join(sorted(set(subject))), "|".join(sorted(set(obj))), prep,
                         "|".join(sorted(set(prep_nouns))), code, p.event, p.mode, p.context,
                         f"CAMEO.2.0.txt:{number}"])

    for number, line in enumerate(lines[start:], start + 1):
        body = line.split("#", 1)[0].rstrip() if not line.startswith("-") else line.rstrip()
        m = _BLOCK.match(line)
        if m:
            flush()
            verbs, pending_patterns = [], []
            block_code = m.group(2).strip()
            continue
        if not body.strip() or line.startswith("~"):
            continue
        if body.startswith("-"):
            pending_patterns.append((body, number))
            continue
        entry = _verb_entry(body)
        if entry is not None:
            code = _CODE.search(re.sub(r"\{[^}]*\}", " ", body))
            verbs.append((entry[0], entry[1], code.group(1).strip() if code else "", number))
    flush()
    return rows


def import_agents(src: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    subst: dict[str, list[str]] = {}
    for number, line in enumerate(src.read_text(encoding="latin-1").splitlines(), 1):
        body = line.split("#", 1)[0].strip()
        if not body or body.startswith("<"):
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code = re.search(r"\[([^\]]*)[\]}]", body)
        if code is None:
            continue
        raw_code = code.group(1).strip()
        sector = raw_code.replace("~", "")[:3]
        if not sector.isalpha():
            continue
        phrase_part = body[: code.start()]
        plural_m = re.search(r"\{([^}]*)\}", phrase_part)
        phrase = re.sub(r"\{[^}]*\}", " ", phrase_part).strip()
        names = [phrase]
        for marker, options in subst.items():
            if marker in phrase:
                names = [phrase.replace(marker, o) for o in options]
        for name in names:
            singular = _phrase(name)
            if plural_m is not None:
                plurals = [_phrase(p) for p in plural_m.group(1).split()]
            elif any(marker in phrase for marker in subst):
                plurals = []
            else:
                *first, last = singular.split(" ")
                plurals = [" ".join(first + [p]) for p in _plurals(last)]
            rows.append([singular, "|".join(plurals), sector, raw_code, f"Phoenix.agents.txt:{number}"])
    return rows


def import_actors(folder: Path) -> list[list[str]]:
    """Names (primary and ``+`` synonyms) with their dated roles; dates YYMMDD or YYYYMMDD -> ISO."""
    rows: list[list[str]] = []
    for fname in ACTOR_FILES:
        names: list[str] = []
        default: list[tuple[str, str, str]] = []
        roles: list[tuple[str, str, str]] = []
        first_line = 0
        for number, line in enumerate((folder / fname).read_text(encoding="latin-1").splitlines(), 1):
            body = line.split("#", 1)[0].split(";", 1)[0].rstrip()
            if not body.strip():
                continue
            if line.startswith(("\t", " ")) and body.strip().startswith("["):
                role = _role(body.strip())
                if role is not None:
                    roles.append(role)
                continue
            if body.startswith("+"):
                names.append(_phrase(body[1:].split("[")[0]))
                continue
            rows.extend(_actor_rows(names, default, roles, f"{fname}:{first_line}"))
            # the roles written on the entry's own line ("JACQUES_DELORS_ [IGOEUREEC 850115-950105] [ELI]"),
            # dated like the indented ones; used when the entry has no indented role
            default = [role for role in (_role(code) for code in _CODE.findall(body)) if role is not None]
            roles = []
            names = [_phrase(body.split("[")[0])]
            first_line = number
        rows.extend(_actor_rows(names, default, roles, f"{fname}:{first_line}"))
    return rows


def _actor_rows(names: list[str], default: list[tuple[str, str, str]], roles: list[tuple[str, str, str]],
                source: str) -> list[list[str]]:
    """One entry's rows: each name with each indented role (or the roles of the entry's own line)."""
    out_roles = roles or default
    return [[name, code, start, end, source] for name in names for code, start, end in out_roles]


def _date(value: str) -> str:
    value = value.strip()
    if len(value) == 6:
        yy = int(value[:2])
        value = ("20" if yy < 30 else "19") + value
    if len(value) != 8 or not value.isdigit():
        return ""
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _role(text: str) -> tuple[str, str, str] | None:
    inner = text.strip("[]").split()
    if not inner:
        return None
    code = inner[0]
    if len(inner) == 1:
        return code, "", ""
    span = inner[1]
    if span.startswith("<"):
        return code, "", _date(span[1:])
    if span.startswith(">"):
        return code, _date(span[1:]), ""
    if "-" in span:
        a, b = span.split("-", 1)
        return code, _date(a), _date(b)
    return code, "", ""


def _notice(src: Path) -> str:
    return ("Derived by scripts/import_petrarch2.py from the PETRARCH2 dictionaries "
            "(openeventdata/petrarch2, petrarch2/data/dictionaries/) and the CAMEO-to-PLOVER table "
            "(openeventdata/PLOVER, CC BY-SA 4.0). The dictionaries' licence follows.\n\n"
            + src.read_text(encoding="utf-8"))


def write_tsv(path: Path, header: list[str], rows: list[list[str]], licence: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# generated by scripts/import_petrarch2.py; do not edit (re-run the script)\n")
        out.write("#" + "\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(c.replace("\t", " ") for c in row) + "\n")
    (path.parent / "PETRARCH2-LICENSE.txt").write_text(_notice(licence), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"), type=Path)
    parser.add_argument("--out", type=Path, default=DATA, help="data folder to write into (default: veille's)")
    args = parser.parse_args(argv)
    out: Path = args.out
    folder = args.shared / "resources" / "petrarch2"
    table = read_cameo2plover(args.shared / "reference" / "CAMEO2PLOVER-2021.txt",
                              read_vocabulary(DATA / "events" / "ontology.yaml"))
    licence = folder / "LICENSE"
    verbs = import_verbs(folder / "CAMEO.2.0.txt", table,
                         read_prepositions(DATA / "lang" / "en" / "events" / "lexicon.yaml"))
    write_tsv(out / VERBS_OUT, ["verbs", "subject", "object", "prep", "prep_object", "cameo", "event",
                          "mode", "context", "source"], verbs, licence)
    agents = import_agents(folder / "Phoenix.agents.txt")
    write_tsv(out / AGENTS_OUT, ["singular", "plurals", "sector", "code", "source"], agents, licence)
    actors = import_actors(folder)
    write_tsv(out / ACTORS_OUT, ["name", "code", "start", "end", "source"], actors, licence)
    print(f"{len(verbs)} verb rows, {len(agents)} agent rows, {len(actors)} actor rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
