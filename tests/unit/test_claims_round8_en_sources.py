"""English sources, documents and cues: who speaks when a document, a body's figures or a closing source does.

Families: figures a body provided after "according to"; a document opening the subject speaks for the body it
comes from ("from", "by"), not for whoever ordered it; a participle cue after a main clause opened by a described
company with a ticker; people at a firm named for its founders; a relative clause "which X says"; a court closing
the sentence ("X Crown Court heard"); names holding a capitalised sentence starter ("the charity Later Life
Alliance") or "X and Y" before an organisation word; documents that "recommend", "state" and "ask"; a closing
"according to" over a group whose answers it reports. Passages, people and bodies invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.claims_probe import claim_with, fold

# (passage, a fragment of the claim checked, accepted speaker names, cue)
Row = tuple[str, str, tuple[str, ...], str]

ROWS: list[Row] = [
    # -- "according to figures (that) X provided": X ----------------------------------------------------
    ("Corran Mutual has refused 18 of the 60 storm claims it handled, according to figures the insurer supplied "
     "to the Gazette.", "storm claims", ("the insurer", "insurer"), "according to"),
    ("Waiting lists grew by a third last year, according to data that the health board released on Friday.",
     "Waiting lists", ("the health board", "health board"), "according to"),
    ("Some 240 flights were cancelled in March, according to documents the airline filed with regulators.",
     "flights", ("the airline", "airline"), "according to"),
    # -- a document from or by a body speaks for the body ----------------------------------------------
    ("A submission from the county roads directorate, dated May 2006 and read to the hearing, stated that the "
     "bridge was unsafe.", "bridge", ("the county roads directorate", "county roads directorate"), "stated"),
    ("A letter from the Eastfield Residents Association, sent in January, said the park had been neglected.",
     "park", ("Eastfield Residents Association",), "said"),
    ("A study commissioned by the council from engineering firm Halloway Partners last year estimated that "
     "repairs would cost $4 million.", "repairs", ("Halloway Partners",), "estimated"),
    ("A review ordered by the ministry from consultancy Brightpath Advisory found that waiting times had doubled.",
     "waiting times", ("Brightpath Advisory",), "found"),
    # -- ... but not for the client of those who wrote it ----------------------------------------------
    ("The memo, drawn up by lawyers for the Kestrel Port Authority in May, states that the berth is unsafe.",
     "berth", ("the memo", "memo"), "states"),
    ("The letter, written by a lawyer for the Eastfield Trust, states that the lease has ended.",
     "lease", ("the letter", "letter"), "states"),
    # -- a participle cue after a main clause opened by a described company (and its ticker) ------------
    ("Dutch brewer Hollen Bier (HOLB.AS) lowered its annual sales outlook on Thursday, citing a wet summer.",
     "wet summer", ("Hollen Bier",), "citing"),
    ("Canadian miner Redvale Resources (RVR.TO) halted work at two pits on Monday, blaming a shortage of drivers.",
     "shortage", ("Redvale Resources",), "blaming"),
    ("Australian airline and travel operator Southwind Group cut 300 jobs, citing weak bookings.",
     "weak bookings", ("Southwind Group",), "citing"),
    # -- people at a firm named for its founders --------------------------------------------------------
    ("Economists at Hartley Brothers said the rate cut was likely to come in June.",
     "rate cut", ("Economists at Hartley Brothers",), "said"),
    ("Strategists at Moreno Bros said the rally would fade.",
     "rally", ("Strategists at Moreno Bros",), "said"),
    # -- "which X says": a body in a relative clause ----------------------------------------------------
    ("Growers face a new packaging levy, which the industry says will cost 40 million pounds a year.",
     "packaging levy", ("the industry", "industry"), "says"),
    ("Fuel duty will rise in April, which the haulage sector says will push up prices.",
     "Fuel duty", ("the haulage sector", "haulage sector"), "says"),
    # -- a court closing the sentence -------------------------------------------------------------------
    ("The pensioner, who lost her savings to the fraudster, was left unable to pay her rent, Carnbridge Crown "
     "Court heard.", "rent", ("Carnbridge Crown Court",), "heard"),
    ("The driver had drunk six pints before the crash, Ellery Magistrates' Court heard.",
     "six pints", ("Ellery Magistrates' Court",), "heard"),
    # -- a name holding a sentence starter, or "X and Y" before an organisation word --------------------
    ("A report published last week by the charity Later Life Alliance found that one in five pensioners skip "
     "meals.", "pensioners", ("Later Life Alliance", "the charity Later Life Alliance"), "found"),
    ("A survey released on Monday by the group Early Start Network found that nursery fees had risen by a fifth.",
     "nursery fees", ("Early Start Network",), "found"),
    ("The Fire and Rescue Officers Union, which represents 2,000 staff, said the cuts were dangerous.",
     "cuts", ("Fire and Rescue Officers Union", "The Fire and Rescue Officers Union"), "said"),
    ("The Nursing and Midwifery Staff Association said its members would strike in June.",
     "strike", ("Nursing and Midwifery Staff Association",), "said"),
    # -- documents that recommend, state and ask --------------------------------------------------------
    ("State road safety rules recommend that drivers rest every two hours.",
     "drivers rest", ("State road safety rules",), "recommend"),
    ("The national guidelines recommend that children under five avoid screens.",
     "screens", ("the national guidelines", "national guidelines"), "recommend"),
    ("The petition asks the council to keep the library open.",
     "library", ("the petition", "petition"), "asks"),
    # -- a consensus of forecasts is a document ---------------------------------------------------------
    ("Economists had on average forecast growth of 1.2%, according to a bank-compiled consensus.",
     "growth", ("a bank-compiled consensus", "bank-compiled consensus"), "according to"),
    ("Sales were expected to reach 3 billion euros, according to an analyst consensus.",
     "Sales", ("an analyst consensus", "analyst consensus"), "according to"),
    # -- a closing "according to" over a group whose answers it reports ---------------------------------
    ("Only about 30 percent of adults say they eat enough fruit, according to the latest survey by the Office "
     "for Diet Statistics, a government body.", "fruit", ("Office for Diet Statistics",), "according to"),
    ("Fewer than half of nurses say they would stay in the job, according to a poll by the Royal Nursing Guild.",
     "stay in the job", ("Royal Nursing Guild",), "according to"),
]

# Near misses: the speaker named in the clause is kept.
KEPT: list[Row] = [
    ("Mayor Jo Park said the budget was balanced, according to the Herald.", "budget", ("Jo Park",), "said"),
    ("Later, Kim Osei said the road would reopen.", "reopen", ("Kim Osei",), "said"),
    ("Former striker Dan Cole joined the club in May, saying he wanted to coach.",
     "coach", ("Dan Cole",), "saying"),
    ("Analysts at the bank said the rally would fade.", "rally", ("Analysts at the bank",), "said"),
]

# Cues for documents only: a person's "recommend" reports no claim.
NEGATIVES: list[tuple[str, str]] = [
    ("Many parents recommend the café on the corner.", "café"),
    ("Local walkers recommend that visitors bring boots.", "boots"),
]


@pytest.mark.parametrize(("text", "fragment", "names", "cue"), ROWS + KEPT)
def test_speaker_of_a_source(text: str, fragment: str, names: tuple[str, ...], cue: str) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    found = (claim.attribution, None if speaker is None else speaker.name, claim.cue)
    assert claim.attribution == "indirect", found
    assert speaker is not None, found
    assert fold(speaker.name) in {fold(name) for name in names}, found
    assert fold(claim.cue) == fold(cue), found


@pytest.mark.parametrize(("text", "fragment"), NEGATIVES)
def test_document_cues_not_said_of_people(text: str, fragment: str) -> None:
    claim = claim_with(text, fragment)
    assert claim.speaker is None, (claim.attribution, claim.speaker, claim.cue)
    assert claim.cue is None, (claim.attribution, claim.cue)
