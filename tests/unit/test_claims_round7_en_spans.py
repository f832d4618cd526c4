"""English speaker spans that carry modifiers: the speaker of a cue whose subject is not a tight phrase.

Families: a possessive post and the name in apposition; a description, then a lowercase description and the name
in apposition; a head with a prepositional phrase naming a place and its state, or a time; a participle clause or
a relative clause between commas; a restrictive relative clause after the head; a group named after "from";
a document with a participle and its agent; a body's description and its name after "the"; verdicts on something
named ("termed", "dismissed ... as", "labelled"); a court's "ruled that" and a participle cue after the main
clause; a document's definite description never read as a person's post. Passages, people and bodies invented.
"""

from __future__ import annotations

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims

ARTICLE_ID = "f" * 32

# (passage, a fragment of the claim checked, attribution, accepted speaker names, cue)
Row = tuple[str, str, str, tuple[str, ...], str]

ROWS: list[Row] = [
    # -- a possessive post, then the name in apposition -----------------------------------------------
    ("Brightwater Farms' sales director, Olu Adeyemi, told investors the harvest had doubled.",
     "harvest", "indirect", ("Olu Adeyemi",), "told"),
    ("The residents' association chair, Gwen Pike, said the road had flooded twice.",
     "flooded", "indirect", ("Gwen Pike",), "said"),
    ("Harbour Ales’ head brewer, Tomasz Nowak, said the new lager would launch in May.",
     "lager", "indirect", ("Tomasz Nowak",), "said"),
    # -- a description, then a lowercase description and the name: the name speaks --------------------
    ("His brother, local builder Sam Ocheng, told the inquest the scaffolding had been unsafe.",
     "scaffolding", "indirect", ("Sam Ocheng",), "told"),
    ("Their landlord, property developer Ian Crosby, said the repairs would be finished by June.",
     "repairs", "indirect", ("Ian Crosby",), "said"),
    ("A longtime friend, former teacher Alma Ruiz, said the family had been struggling for years.",
     "struggling", "indirect", ("Alma Ruiz",), "said"),
    # -- a head, a place and its state between commas --------------------------------------------------
    ("Paramedics in Castle Rock, Colo., said two people were taken to hospital.",
     "hospital", "indirect", ("Paramedics in Castle Rock", "Paramedics"), "said"),
    ("Officials in Marlow, Tenn., said the water supply was safe to drink.",
     "water supply", "indirect", ("Officials in Marlow", "Officials"), "said"),
    ("Firefighters in Dunmore, N.S., say the blaze started in a kitchen.",
     "blaze", "indirect", ("Firefighters in Dunmore", "Firefighters"), "say"),
    # -- a time between the subject and the cue is no part of the speaker ------------------------------
    ("Officials on Thursday said the road would reopen next week.",
     "reopen", "indirect", ("Officials",), "said"),
    ("Police on Monday said the man had been arrested near the harbour.",
     "arrested", "indirect", ("Police",), "said"),
    # -- a participle clause between commas ------------------------------------------------------------
    ("A ministry official, speaking on condition of anonymity because she was not authorised to discuss the "
     "talks, said a deal was close.", "deal was close", "indirect", ("ministry official", "a ministry official"),
     "said"),
    ("Two diplomats, speaking on condition of anonymity, said the ceasefire was holding.",
     "ceasefire", "indirect", ("Two diplomats",), "said"),
    # -- a relative clause: restrictive, or between commas after a coordinated complement ----------------
    ("Scientists who studied the glacier said it was retreating faster than expected.",
     "retreating", "indirect", ("Scientists",), "said"),
    ("Nurses who treated the victims told the inquiry the ward was understaffed.",
     "understaffed", "indirect", ("Nurses",), "told"),
    ("Lawyers for the Corran Valley farmers and a fishing cooperative, who sued in 2021, argued that the permit "
     "was unlawful.", "permit", "indirect",
     ("Lawyers for the Corran Valley farmers and a fishing cooperative", "Lawyers"), "argued"),
    ("Residents near the quarry, who have complained for years, said the dust was unbearable.",
     "dust", "indirect", ("Residents near the quarry", "Residents"), "said"),
    # -- a group named after "from" ----------------------------------------------------------------------
    ("Campaigners from the Keep Fenwick Green group told the meeting the field must be saved.",
     "field", "indirect", ("Campaigners from the Keep Fenwick Green group", "Campaigners"), "told"),
    ("Volunteers from the Friends of Hollin Park charity said the pond had been drained.",
     "pond", "indirect", ("Volunteers from the Friends of Hollin Park charity", "Volunteers"), "said"),
    # -- a document with a participle and its agent ------------------------------------------------------
    ("A 2022 traffic study commissioned by the council estimated that the bypass would cut journeys by ten "
     "minutes.", "bypass", "indirect", ("a 2022 traffic study",), "estimated"),
    ("A safety review ordered by the ministry found that inspections had been skipped.",
     "inspections", "indirect", ("a safety review",), "found"),
    ("According to a feasibility report submitted with the bid, the stadium would cost £90 million.",
     "stadium", "indirect", ("a feasibility report",), "according to"),
    # -- a body's description, then its name after "the" ------------------------------------------------
    ("Wheat prices could rise by 10%, according to estimates from the trade body the National Millers "
     "Federation.", "Wheat prices", "indirect", ("National Millers Federation",), "according to"),
    ("Food bank use rose by a third, according to figures from the charity the Trussell Fund.",
     "Food bank", "indirect", ("Trussell Fund",), "according to"),
    ("Copper demand could double, according to estimates from the industry group the Metals Council.",
     "Copper demand", "indirect", ("Metals Council",), "according to"),
    # -- verdicts on something named ---------------------------------------------------------------------
    ("Mayor Jan Holt dismissed the council's plan as a gimmick.",
     "gimmick", "indirect", ("Jan Holt",), "dismissed"),
    ('Opposition leader Carla Diaz labelled the budget "a con trick".',
     "con trick", "direct", ("Carla Diaz",), "labelled"),
    # Two words in single marks quote him as double marks do (round 10: the set's partial-quote convention).
    ("Ravi Menon, a trader at the market, termed the decision 'a betrayal' of small sellers.",
     "betrayal", "direct", ("Ravi Menon",), "termed"),
    # -- a court's finding; a participle cue after the main clause: its subject speaks ------------------
    ("The Supreme Court ruled that the ban was unlawful.",
     "ban was unlawful", "indirect", ("Supreme Court", "the Supreme Court"), "ruled"),
    ("A county judge blocked the sale, ruling that the trustees had exceeded their powers.",
     "trustees", "indirect", ("a county judge",), "ruling"),
    ("HARLOW BEND, Ore., May 2 (Newswire) - An appeals court on Friday overturned the conviction, ruling that the "
     "jury had been misdirected.", "jury", "indirect", ("an appeals court", "the appeals court"), "ruling"),
]  # fmt: skip

# A nearer name, description or object that must keep (or not take) the speaker.
# (passage, a fragment of the claim checked, accepted speaker names; empty for no speaker)
KEPT: list[tuple[str, str, tuple[str, ...]]] = [
    ("Jo Marsh, whose son Leo Marsh was injured, said the crossing was dangerous.", "crossing", ("Jo Marsh",)),
    ("Doctors at the clinic treated a man who said he had been stabbed.", "stabbed", ("a man",)),
    ("Police arrested a driver who said he had been attacked.", "attacked", ("a driver",)),
    ("A spokesman for the Elmford Hospitals Trust said the ward would reopen.", "ward", ("Elmford Hospitals Trust",)),
    (
        "Dr Ana Pike, one of the study's authors, said the data were clear. The study found that most rivers were "
        "polluted.",
        "rivers were polluted",
        ("the study",),
    ),
]

# A verb of the verdict or ruling families that reports nothing.
NEGATIVES: list[tuple[str, str]] = [
    ("The judge dismissed the case on Monday after a short hearing.", "dismissed the case"),
    ("She was dismissed from her job in May after a long dispute.", "dismissed from"),
    ("He was dismissed as manager in 2019 after a poor season.", "dismissed as manager"),
    ("The club dismissed him as coach after the cup defeat.", "dismissed him"),
    ("The striker was ruled out for six weeks with a hamstring injury.", "ruled out"),
    ("The king ruled the country for forty years before his abdication.", "ruled the country"),
    ("What has been termed a housing crisis shows no sign of easing.", "termed a housing"),
]


def _claim_with(text: str, fragment: str) -> Claim:
    claims = extract_claims(text, ARTICLE_ID)
    matching = [claim for claim in claims if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in claims]
    return matching[0]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "cue"), ROWS)
def test_speaker_of_a_modified_subject(
    text: str, fragment: str, attribution: str, names: tuple[str, ...], cue: str
) -> None:
    claim = _claim_with(text, fragment)
    speaker = claim.speaker
    found = (claim.attribution, None if speaker is None else speaker.name, claim.cue)
    assert claim.attribution == attribution, found
    assert speaker is not None, found
    assert speaker.name.casefold() in {name.casefold() for name in names}, found
    assert claim.cue is not None, found
    assert claim.cue.casefold() == cue.casefold(), found


@pytest.mark.parametrize(("text", "fragment", "names"), KEPT)
def test_nearer_speaker_is_kept(text: str, fragment: str, names: tuple[str, ...]) -> None:
    claim = _claim_with(text, fragment)
    speaker = claim.speaker
    assert speaker is not None, (claim.attribution, claim.cue)
    assert speaker.name.casefold() in {name.casefold() for name in names}, (speaker.name, claim.cue)


@pytest.mark.parametrize(("text", "fragment"), NEGATIVES)
def test_verdict_verbs_that_report_nothing(text: str, fragment: str) -> None:
    for claim in extract_claims(text, ARTICLE_ID):
        if fragment in claim.text:
            assert claim.cue is None, (claim.attribution, claim.speaker, claim.cue)
            assert claim.speaker is None, (claim.speaker, claim.cue)
