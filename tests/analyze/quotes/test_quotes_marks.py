"""Pairing of quotation marks, without any model."""

from veille.analyze.quotes._marks import find_marked


def _never(_pos: int) -> bool:
    return False


def _content(text, marked):
    return [text[m.open + 1:m.close] for m in marked]


def test_guillemets_and_curly_quotes_pair_up():
    text = "« Un », dit-il, puis “deux” et \"trois\"."
    found = find_marked(text, 0, len(text), _never)
    assert _content(text, found) == [" Un ", "deux", "trois"]
    assert all(m.closed for m in found)


def test_nested_quotation_is_kept_inside_the_outer_one():
    text = "« Il m'a dit « non » hier », a-t-il raconté."
    found = find_marked(text, 0, len(text), _never)
    assert len(found) == 1
    assert _content(text, found) == [" Il m'a dit « non » hier "]


def test_second_opening_mark_followed_by_a_cue_closes_the_quotation():
    text = "« La guerre a montré nos faiblesses. « , a déclaré X. « Autre chose » ensuite."
    cue_at = text.index("« ,")
    found = find_marked(text, 0, len(text), lambda pos: pos == cue_at)
    assert _content(text, found)[0] == " La guerre a montré nos faiblesses. "
    assert found[0].close == cue_at
    assert _content(text, found)[1] == " Autre chose "


def test_second_opening_mark_at_paragraph_end_closes_the_quotation():
    text = "« Nous resterons unis. «"
    found = find_marked(text, 0, len(text), _never)
    assert found[0].closed and found[0].close == len(text) - 1


def test_unclosed_quotation_runs_to_the_paragraph_end():
    text = "Il a déclaré : « Nous ne partirons pas  "
    found = find_marked(text, 0, len(text), _never)
    assert len(found) == 1 and not found[0].closed
    assert text[found[0].open + 1:found[0].close] == " Nous ne partirons pas"


def test_straight_quote_inside_a_word_does_not_open():
    text = 'Le 12" vinyle et "le disque" ici.'
    found = find_marked(text, 0, len(text), _never)
    assert _content(text, found) == ["le disque"]


def test_search_is_limited_to_the_given_range():
    text = "« A »\n« B »"
    found = find_marked(text, 6, len(text), _never)
    assert _content(text, found) == [" B "]
