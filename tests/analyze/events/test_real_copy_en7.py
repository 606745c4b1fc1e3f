"""Classes of real English news copy nobody here wrote (issue 11), the 20 GeoWebNews articles of 2018 in
``tests/gold/realnews_gwn.jsonl`` (local crime and court copy for the most part). A person who faces or is facing
charges, counts, an indictment or a trial is charged (CAMEO 112, PLOVER ACCUSE allege): the subject undergoes the
accusation, and the offence a count names is no act of its own ("faces two counts of assault" tells no assault). A
fugitive, an inmate or a suspect captured, or anyone captured by the police, is arrested (CAMEO 173, PLOVER COERCE
arrest), where troops or rebels capturing a town or soldiers stay an act of force. A rule, a regulation or a law
halted or blocked (by a court, a veto) is rejected (CAMEO 12, as "overturned", "struck down"). Sentences written
before the rules, none taken from the articles.

The batch's first run missed 16 of 25 required events and read 10 false ones. Misses by cause: words of police and
court copy not read (6: captured, facing charges, a rule halted by a judge, all three read now; a search for
suspects, objects thrown at people, detectives finding remains); local sides tied to no country (4: an Irish town
council, a US state and a prison firm in talks, a Nigerian host community, a firm in a deal with a government);
demands told by a modal, a condition or an idiom (3: "X should release", "if the minister does not support them",
"cannot stand over"); event nouns (2: a visit by a delegation, an impasse in negotiations); a claim of wrongdoing
told with "claimed that" (1); a cleft sentence ("it was there that they were arrested", 1). False events: what a
tweet or a theory claims told as fact (3), a speaker's guess ("I bet he killed her", 1), a search "using" drones
read as an inquiry (2), a definition ("support provided by local authorities") and convicts "sent to" prison read as
aid (2), "felt threatened" (1), charges dismissed by a court read as a rejection (1). The police searching for
suspects (ACCUSE investigate, as the TR-News gold codes it) was tried and left out: it read correct inquiries in two
other sets whose gold does not code them, and gained nothing here (the police side was tied to no country)."""

from __future__ import annotations

import pytest
from events_helpers import assert_not_read, assert_read

pytestmark = pytest.mark.model


# (text, the type it must not be read as)
NOT_READ = [
    # the offence a charge or a count names is no act of its own
    ("A Texas teacher faces two counts of assault.", "ASSAULT"),
    ("The Kenyan officer is facing a murder charge.", "ASSAULT"),
    # facing a test, a challenge or a storm accuses nobody
    ("The French team faces a tough test in Cardiff on Saturday.", "ACCUSE"),
    ("The Japanese prime minister faces a difficult choice on taxes.", "ACCUSE"),
    ("Florida is facing a powerful storm this weekend.", "ACCUSE"),
    # captured fugitives and inmates are arrested, not attacked
    ("Two escaped inmates were captured in Alabama on Thursday.", "ASSAULT"),
    ("Mexican police captured the cartel boss after a long chase.", "ASSAULT"),
    # halting a match or production rejects no one's decision
    ("Heavy rain halted the match in Leeds.", "REJECT"),
    ("The Brazilian firm halted production at the plant.", "REJECT"),
    # a compound before people says what they are: releasing aid workers gives no aid
    ("Houthi rebels released two French aid workers on Tuesday.", "AID"),
    ("The kidnappers released the Norwegian relief workers near Gao.", "AID"),
]


@pytest.mark.parametrize("text, kind", NOT_READ)
def test_not_read_as_that_event(en_events, text, kind):
    assert_not_read(en_events(text, "en"), kind)


# (text, type, mode, a code the actor holds, codes both sides hold together; None: not asserted)
READ = [
    # facing charges, counts, an indictment or a trial: charged
    ("A Toronto man is facing fraud charges after a police inquiry.", "ACCUSE", "allege", None, {"CAN"}),
    ("The Ohio mayor faces three counts of bribery.", "ACCUSE", "allege", None, {"USA"}),
    ("Two Chilean soldiers face charges of torture.", "ACCUSE", "allege", None, {"CHL"}),
    ("The former Brazilian president faces a new indictment for corruption.", "ACCUSE", "allege", None, {"BRA"}),
    # fugitives, inmates or suspects captured, or anyone the police capture: arrested
    ("Two escaped inmates were captured in Alabama on Thursday.", "COERCE", "arrest", None, {"USA"}),
    ("Mexican police captured the cartel boss after a long chase.", "COERCE", "arrest", "MEX", {"MEX"}),
    ("The Spanish fugitive was captured in Morocco last week.", "COERCE", "arrest", None, {"ESP"}),
    # capturing a town or soldiers in war stays an act of force
    ("Syrian troops captured the town of Palmyra on Sunday.", "ASSAULT", None, "SYR", None),
    ("Malian rebels captured two soldiers near the border.", "ASSAULT", None, "MLI", None),
    # a rule, a regulation or a law halted or blocked by a court is rejected
    ("A federal judge in Texas has halted the new rule.", "REJECT", None, "USA", {"USA"}),
    ("A federal judge in Ohio blocked the new regulation on Friday.", "REJECT", None, "USA", {"USA"}),
    ("A German court halted the new ban on diesel cars.", "REJECT", None, "DEU", {"DEU"}),
    # releasing aid workers releases people; releasing an aid package or aid money gives it
    ("Houthi rebels released two French aid workers on Tuesday.", "RETREAT", "release", None, {"FRA"}),
    ("The European Union released the aid package to Ukraine on Monday.", "AID", None, "EU", {"EU", "UKR"}),
    ("Washington released 50 million dollars in aid to Haiti.", "AID", None, "USA", {"USA", "HTI"}),
]


@pytest.mark.parametrize("text, kind, mode, actor, sides", READ)
def test_read_as_that_event(en_events, text, kind, mode, actor, sides):
    assert_read(en_events(text, "en"), kind, mode, actor, sides)
