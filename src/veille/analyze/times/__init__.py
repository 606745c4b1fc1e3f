"""Times stage: TIMEX3-normalised time expressions (French, English).

``veille_times`` (spaCy factory) writes ``doc._.veille_times`` (list[Time]); ``ranges`` pairs the
DATE items that bound a range so that events can take ``date``/``enddate``; ``narrative_time`` gives the
day the text last fixed before an offset (an event's date when its own sentence names none);
``night_into_next_day`` tells a night between two days (« la nuit de mercredi à jeudi »), whose events fall on the
second day.
"""

from veille.analyze.times._calendar import iso_week
from veille.analyze.times._lexicon import TimeLexicon, load_lexicon
from veille.analyze.times._narrative import narrative_time, report_day
from veille.analyze.times._nights import night_into_next_day
from veille.analyze.times._ranges import ranges
from veille.analyze.times.component import TimesComponent, make_times

__all__ = ["TimesComponent", "TimeLexicon", "iso_week", "load_lexicon", "make_times", "narrative_time",
           "night_into_next_day", "ranges", "report_day"]
