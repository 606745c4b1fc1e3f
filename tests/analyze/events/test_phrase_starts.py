"""The phrase matcher is skipped in a sentence where no phrase can start (TriggerFinder.phrase_starts): the
triggers found are the same as with the matcher run on every sentence."""

import pytest

from veille.analyze.events._lexicon import load_lexicon
from veille.analyze.events._triggers import TriggerFinder

_TEXTS = {
    "en": "Rebels launched a drone strike on the depot. The two parties agreed to work together. "
          "Workers went on strike on Monday. A general strike closed the port. Nobody commented.",
    "fr": "Les militaires ont tenté un coup d'État. Un mandat d'arrêt a été émis contre lui. "
          "La prise d'otages a duré deux jours. Le ministre n'a rien dit.",
}


def _found(finder, doc, starts):
    return [[(t.token.i, t.start, t.end, t.sense.event, t.kind) for t in finder.find(sent, starts)]
            for sent in doc.sents]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_same_triggers_with_and_without_the_phrase_starts(lang, en_nlp, fr_nlp):
    nlp = en_nlp if lang == "en" else fr_nlp
    finder = TriggerFinder(nlp.vocab, load_lexicon(lang))
    doc = nlp(_TEXTS[lang])
    starts = finder.phrase_starts(doc)
    assert starts is not None
    assert _found(finder, doc, starts) == _found(finder, doc, None)
    # a phrase starts in the first sentence, none in the last one, whose matcher run is skipped
    first, *_, last = list(doc.sents)
    assert any(first.start <= i < first.end for i in starts)
    assert not any(last.start <= i < last.end for i in starts)


def test_a_first_word_alone_opens_no_phrase(en_nlp):
    finder = TriggerFinder(en_nlp.vocab, load_lexicon("en"))
    doc = en_nlp("They met on Monday and a general spoke.")
    assert finder.phrase_starts(doc) == []
    doc = en_nlp("They went on strike.")
    assert finder.phrase_starts(doc) == [2]
