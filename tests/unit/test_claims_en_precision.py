"""A precision battery for English attribution: cue words that do NOT report speech (a person finding something,
a court plea, the paper's own reporting, "told off", "insisted on paying", "suggested a walk", "the said
property"), each beside a passage where the same word does report, and the kind of a speaker that is not one
person (a group of residents, a company named by its sector). Passages are invented (1-4 sentences).

One row per claim checked: the passage, a fragment found in exactly one claim, the expected attribution, accepted
speaker names (case-insensitive; None for no speaker), speaker kind, cue and a hedge the claim must carry (None
for none checked). ``ANY`` leaves a field unchecked.

Conventions followed from the gold files: "denies one count of fraud" in a court report records a plea, not a
statement (attribution none); "The firm denied cutting corners" is the firm's denial (indirect, cue "denied");
"Corvane Industries reported a 38% fall in profit" is the company's statement (indirect, cue "reported"); "the
Courier understands" is the paper's own hedged sourcing (attribution none, the phrase a hedge).
"""

from __future__ import annotations

from typing import Final

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims

ARTICLE_ID = "f" * 32
ANY: Final = "*"

Row = tuple[str, str, str, tuple[str, ...] | None, str | None, str | None, str | None]

BATTERY: Final[list[Row]] = [
    # -- "found": a finding reported, or a person finding something -------------------------------------------
    ("Margaret Hale found her husband collapsed in the garden when she returned from work on Friday.",
     "collapsed", "none", None, None, None, None),
    ("Bus driver Tony Webb, 58, found a wallet containing £600 on the back seat and handed it to police.",
     "wallet", "none", None, None, None, None),
    ("Firefighters found two children hiding in a bedroom on the first floor.",
     "two children", "none", None, None, None, None),
    ("Police officers found cannabis worth £40,000 in the loft of the house.",
     "cannabis", "none", None, None, None, None),
    ("The jury found Steven Cole guilty of murder after a three-week trial.",
     "guilty of murder", "none", None, None, None, None),
    ("The report found that the council had ignored 14 complaints about the block.",
     "ignored 14 complaints", "indirect", ("the report", "report"), ANY, "found", None),
    ("The inquiry found failings at every level of the trust's management.",
     "failings", "indirect", ("the inquiry", "inquiry"), ANY, "found", None),
    ("Researchers found a link between air pollution and childhood asthma in the city's poorest wards.",
     "air pollution", "indirect", ("Researchers",), "group", "found", None),
    ("A review by the Care Quality Commission found the home had left residents without food for hours.",
     "without food", "indirect", ("Care Quality Commission", "the Care Quality Commission"), "organisation",
     "found", None),
    ("The water had been contaminated for at least a week, the inspectors found.",
     "contaminated", "indirect", ("the inspectors", "inspectors"), ANY, "found", None),
    # -- court pleas: "denies"/"admitted" a charge is a plea, a denial of a fact is speech -----------------------
    ("Colin Ware, 47, of Station Road, Brixham, denies causing death by dangerous driving.",
     "dangerous driving", "none", None, None, None, None),
    ("Colin Ware, 47, denies two counts of fraud and the trial continues.",
     "two counts of fraud", "none", None, None, None, None),
    ("Lorna Pike, 52, admitted 12 counts of fraud at Exeter Crown Court.",
     "12 counts", "none", None, None, None, None),
    ("Jason Hurst, 29, admitted the charge and was remanded in custody.",
     "the charge", "none", None, None, None, None),
    ("Jason Hurst, 29, pleaded guilty to burglary and was remanded in custody.",
     "pleaded guilty", "none", None, None, None, None),
    ("Lorna Pike, 52, admitted that she had taken the money from the till.",
     "from the till", "indirect", ("Lorna Pike",), "person", "admitted", None),
    ("The firm denied cutting corners on the contract.",
     "cutting corners", "indirect", ("the firm", "firm"), "organisation", "denied", None),
    ("Minister Paul Dyer denied the charge that he had misled MPs about the contract.",
     "misled MPs", "indirect", ("Paul Dyer",), "person", "denied", None),
    ("Harbour Homes denied that the flats had been built without fire doors.",
     "fire doors", "indirect", ("Harbour Homes",), "organisation", "denied", None),
    # -- a company's result statement ---------------------------------------------------------------------------
    ("Tremont Foods reported a profit of £48 million for the six months to June.",
     "£48 million", "indirect", ("Tremont Foods",), "organisation", "reported", None),
    # -- the paper's own reporting: no speaker, a hedge ---------------------------------------------------------
    ("The Daily Post understands the striker has agreed a three-year contract with the club.",
     "three-year contract", "none", None, None, None, "the daily post understands"),
    ("The Sun can reveal the singer has secretly bought a £3million mansion in Surrey.",
     "mansion", "none", None, None, None, "the sun can reveal"),
    ("The Guardian has learned that ministers were warned about the shortfall in March.",
     "shortfall", "none", None, None, None, "the guardian has learned"),
    ("Health minister Ruth Hale can reveal the figures next week, her office said.",
     "figures next week", "indirect", ("her office",), ANY, "said", None),
    # -- groups and companies as speakers -----------------------------------------------------------------------
    ("Residents of Elm Close said the road had flooded five times since January.",
     "flooded five times", "indirect", ("Residents of Elm Close", "Residents"), "group", "said", None),
    ("Parents at Hill Top Primary say the school has not had a permanent head for two years.",
     "permanent head", "indirect", ("Parents", "Parents at Hill Top Primary"), "group", "say", None),
    ("Brightline Power said it would cut 400 jobs across its call centres.",
     "400 jobs", "indirect", ("Brightline Power",), "organisation", "said", None),
    ("Harbour Foods said sales had risen by 9 per cent in the first quarter.",
     "9 per cent", "indirect", ("Harbour Foods",), "organisation", "said", None),
    ("Norwood Homes said it had built 2,100 houses last year.",
     "2,100 houses", "indirect", ("Norwood Homes",), "organisation", "said", None),
    ("Kellway Rail said the line would reopen on Monday.",
     "line would reopen", "indirect", ("Kellway Rail",), "organisation", "said", None),
    ("Kestrel Airways said all flights from the airport would resume on Friday.",
     "flights", "indirect", ("Kestrel Airways",), "organisation", "said", None),
    ("Samantha Power said the aid had not reached the refugees.",
     "refugees", "indirect", ("Samantha Power",), "person", "said", None),
    ("Daniel Marsh said the road had been closed since Monday.",
     "closed since Monday", "indirect", ("Daniel Marsh",), "person", "said", None),
    ("Energy minister Claire Water said the plant would open next year.",
     "plant would open", "indirect", ("Claire Water",), "person", "said", None),
    # -- a cue word that is not speech, beside one that is ------------------------------------------------------
    ("Head teacher Carl Moss was told off by governors for missing the meeting.",
     "missing the meeting", "none", None, None, None, None),
    ("Carl Moss told governors the school had balanced its budget.",
     "balanced its budget", "indirect", ("Carl Moss",), "person", "told", None),
    ("The said property was sold at auction for £210,000 in 2019, Trading Standards officer Ruth Kane said.",
     "£210,000", "indirect", ("Ruth Kane",), "person", "said", None),
    ("Tenants can fill in a claim form to recover the deposit within 30 days.",
     "claim form", "none", None, None, None, None),
    ("Landlord Gary Sims claims the deposit was returned within 30 days.",
     "deposit was returned", "indirect", ("Gary Sims",), "person", "claims", None),
    ("Trainer Nick Dale's horse was warned off by the stewards after it refused three fences.",
     "three fences", "none", None, None, None, None),
    ("Trainer Nick Dale warned that the ground was too hard for racing.",
     "too hard", "indirect", ("Nick Dale",), "person", "warned", None),
    ("Dr Amit Rao runs the clinic. He insisted on paying for the repairs himself, even though the landlord owed "
     "£3,000.",
     "paying for the repairs", "none", None, None, None, None),
    ("Dr Amit Rao runs the clinic. He insisted the waiting list had halved since May.",
     "halved", "indirect", ("Amit Rao",), "person", "insisted", None),
    ("Ellen Brook, 71, fell at home. She was admitted to hospital with a broken hip on Tuesday.",
     "broken hip", "none", None, None, None, None),
    ("Ellen Brook, 71, fell at home. She admitted she had not used the handrail.",
     "handrail", "indirect", ("Ellen Brook",), "person", "admitted", None),
    ("The stated aim of the scheme is to plant 10,000 trees by 2030.",
     "stated aim", "none", None, None, None, None),
    ("Mayor Lisa Grant stated that 10,000 trees would be planted by 2030.",
     "trees would be planted", "indirect", ("Lisa Grant",), "person", "stated", None),
    ("There were reports of flooding on the A38 near Bodmin on Tuesday night.",
     "reports of flooding", "none", None, None, None, None),
    ("The work went according to plan and the bridge reopened on Friday.",
     "according to plan", "none", None, None, None, None),
    ("The bridge will reopen on Friday, according to the county council.",
     "bridge will reopen", "indirect", ("the county council", "county council"), "organisation", "according to",
     None),
    ("As expected, the Bank of Elmor held interest rates at 4.5 per cent.",
     "As expected", "none", None, None, None, None),
    ("Economists expect the Bank of Elmor to hold rates at 4.5 per cent.",
     "hold rates", "indirect", ("Economists",), "group", "expect", None),
    ("Councillor Jane Roe met residents on Monday. She suggested a walk along the river after the meeting.",
     "a walk", "none", None, None, None, None),
    ("Councillor Jane Roe met residents on Monday. She suggested that the car park could be moved.",
     "car park", "indirect", ("Jane Roe",), "person", "suggested", None),
]  # fmt: skip


def claim_with(text: str, fragment: str) -> Claim:
    claims = extract_claims(text, ARTICLE_ID)
    matching = [claim for claim in claims if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in claims]
    return matching[0]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "kind", "cue", "hedge"), BATTERY)
def test_attribution_precision(
    text: str,
    fragment: str,
    attribution: str,
    names: tuple[str, ...] | None,
    kind: str | None,
    cue: str | None,
    hedge: str | None,
) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    found = (claim.attribution, speaker, claim.cue, claim.hedges)
    assert claim.attribution == attribution, found
    if names is None:
        assert speaker is None, found
    else:
        assert speaker is not None, found
        assert speaker.name.casefold() in {name.casefold() for name in names}, found
    if kind != ANY:
        assert (None if speaker is None else speaker.kind) == kind, found
    if cue != ANY:
        assert (None if claim.cue is None else claim.cue.casefold()) == (None if cue is None else cue.casefold()), found
    if hedge is not None:
        assert hedge in [h.casefold() for h in claim.hedges], found
