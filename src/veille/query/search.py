"""Full-text search that crosses languages: a country or place name in the query also matches its
other names (Syrie = Syria, Odessa = Odesa, Pékin = Beijing).

Countries come from the country names table (any case: "syrie"); other places from the places gazetteer,
for capitalised words only (place names are proper nouns), which spares its loading time otherwise.
"""

from __future__ import annotations

from veille.query._names import code_names

_MIN_PLACE_QUERY = 4  # shorter words are not looked up as places ("OR", "Or" is Győr in Hungarian)
_MAX_PHRASE = 4  # words in the longest place name tried ("Bosnia and Herzegovina")


def _other_names(phrase: str) -> list[str]:
    if len(phrase) < _MIN_PLACE_QUERY:
        return []
    names = code_names()
    code = names.code_for(phrase)
    if code in names.countries:
        return [k for k in names.keys_of(code) if len(k) >= _MIN_PLACE_QUERY]
    if phrase[:1].isupper():
        from veille.query._places import alternate_names

        return alternate_names(phrase)
    return []


def _quote(text: str) -> str:
    return '"' + text.replace('"', " ").strip() + '"'


def fts_query(text: str, *, translate: bool = True) -> str:
    """The user's words as an FTS5 query: every word (or place name, in any of its names) must appear.
    No FTS syntax reaches SQLite, so no query can fail."""
    words = [w for w in text.replace('"', " ").split() if w.strip("-'.,;:")]
    if not words:
        return '""'
    if not translate:
        return " ".join(_quote(w) for w in words)
    groups: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            names = _other_names(phrase)
            if names:
                groups.append("(" + " OR ".join(_quote(x) for x in dict.fromkeys([phrase, *names])) + ")")
                i += n
                break
        else:
            groups.append(_quote(words[i]))
            i += 1
    return " AND ".join(groups)  # FTS5 needs the AND spelled out beside a parenthesised group
