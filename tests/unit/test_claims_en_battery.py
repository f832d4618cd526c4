"""A construction battery for English attribution: the ways wire services, broadsheets, tabloids, local and
trade papers say who said what, each in a short invented passage (people and organisations made up).

One row per claim checked: the passage, a fragment found in exactly one claim, and the expected attribution,
accepted speaker names (case-insensitive; None for no speaker), speaker kind, a fragment of the role and the
cue. ``ANY`` leaves a field unchecked where the convention is open (a continued quote has no cue of its own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims

ARTICLE_ID = "e" * 32
ANY: Final = "*"

Row = tuple[str, str, str, tuple[str, ...] | None, str, str | None, str | tuple[str, ...] | None]

BATTERY: Final[list[Row]] = [
    # -- wire copy: name, cue, time ---------------------------------------------------------------
    ("Harlan Motors will cut 1,200 jobs in Europe, Chief Executive Paula Vennick said on Tuesday.",
     "1,200 jobs", "indirect", ("Paula Vennick",), "person", "Chief Executive", "said"),
    ('"We\'re going to rebuild," Mayor Luis Ortega said Wednesday.',
     "rebuild", "direct", ("Luis Ortega",), "person", "Mayor", "said"),
    ("Oliver Grant told Reuters the deal was likely to close in the second quarter.",
     "second quarter", "indirect", ("Oliver Grant",), "person", None, "told"),
    ('"The situation is catastrophic," a UN official told AFP on condition of anonymity.',
     "catastrophic", "direct", ("a UN official", "UN official"), "anonymous", None, "told"),
    ("Kestrel Group is in talks to buy the chain for about $2 billion, people familiar with the matter said.",
     "in talks", "indirect", ("people familiar with the matter",), "anonymous", None, "said"),
    ("Three people were taken to hospital after the crash, officials said.",
     "taken to hospital", "indirect", ("officials",), ANY, None, "said"),
    ("The deal values the company at $4.5 billion, the two firms said in a joint statement.",
     "values the company", "indirect", ("the two firms", "two firms"), ANY, None,
     ("said", "said in a joint statement")),
    ("Norland Mining said in a filing on Monday that it expected output to fall by 5 percent.",
     "output to fall", "indirect", ("Norland Mining",), "organisation", None, ("said", "said in a filing")),
    ("Fernhill Bank said in a statement that its profits had fallen by 12 percent.",
     "profits had fallen", "indirect", ("Fernhill Bank",), "organisation", None, ("said", "said in a statement")),
    # -- inverted cue, apposition after the name ------------------------------------------------------
    ('"We are not going anywhere," said Mark Ellison, a spokesman for Brightwell Energy.',
     "not going anywhere", "direct", ("Mark Ellison",), "person", "spokesman", "said"),
    ('"We are reviewing the footage," added Chief Inspector Fiona Bell.',
     "reviewing the footage", "direct", ("Fiona Bell",), "person", "Chief Inspector", "added"),
    ("Brightwell spokeswoman Ruth Carden said the company had paid the fine in full.",
     "paid the fine", "indirect", ("Ruth Carden",), "person", "spokeswoman", "said"),
    ("Lee Barnes, 54, from Leeds, said the road had flooded three times this year.",
     "flooded", "indirect", ("Lee Barnes",), "person", None, "said"),
    ('"I was terrified," Kelly Morgan, 29, told The Sun.',
     "terrified", "direct", ("Kelly Morgan",), "person", None, "told"),
    ("Police chief Dennis Olmo told reporters that two men had been arrested.",
     "two men", "indirect", ("Dennis Olmo",), "person", "Police chief", "told"),
    ("Nina Brooks, who has lived in the village for 40 years, said the new homes would ruin it.",
     "ruin it", "indirect", ("Nina Brooks",), "person", None, "said"),
    ("Imogen Hale, an economist at Tarrow Bank, wrote in a note to clients that a recession was now likely.",
     "recession", "indirect", ("Imogen Hale",), "person", "economist", ("wrote", "wrote in a note to clients")),
    # -- fronted circumstance ---------------------------------------------------------------------------
    ("In an interview with the Financial Times, Greta Lindqvist said the tariffs would hurt farmers.",
     "tariffs", "indirect", ("Greta Lindqvist",), "person", None, "said"),
    ("Speaking to ITV News, Cllr Joan Mabry said the council had run out of money.",
     "run out of money", "indirect", ("Joan Mabry", "Cllr Joan Mabry"), "person", None, "said"),
    ("Writing on Facebook, the landlord, Gary Fenn, said the pub would reopen in May.",
     "reopen", "indirect", ("Gary Fenn",), "person", "landlord", "said"),
    ("Culture Secretary Helen Varley faced questions on Sunday. "
     "Asked whether she would resign, Ms Varley said she had done nothing wrong.",
     "nothing wrong", "indirect", ("Helen Varley", "Varley"), "person", None, "said"),
    ('Stephen Wallace wrote on X: "This budget is a betrayal of every pensioner."',
     "betrayal", "direct", ("Stephen Wallace",), "person", None, ("wrote on X", "wrote")),
    ("Sandra Pike told the BBC she had been waiting for eight months for an operation.",
     "eight months", "indirect", ("Sandra Pike",), "person", None, "told"),
    # -- according to -----------------------------------------------------------------------------------
    ("The defendant sent more than 400 messages to the victim, according to a court filing.",
     "400 messages", "indirect", ("a court filing", "court filing"), "organisation", None, "according to"),
    ("Burglaries in the town rose by 18 per cent last year, according to figures from Wessex Police.",
     "Burglaries", "indirect", ("Wessex Police",), "organisation", None, "according to"),
    ("The shop had been losing money for months, according to its owner, Marcus Reed.",
     "losing money", "indirect", ("Marcus Reed",), "person", None, "according to"),
    ("The driver was over the limit, according to a police report.",
     "over the limit", "indirect", ("a police report", "police report"), "organisation", None, "according to"),
    # -- anonymous and group sources ---------------------------------------------------------------------
    ("The striker is unhappy at the club and wants to leave in January, a source close to the player said.",
     "unhappy", "indirect", ("a source close to the player", "source close to the player"), "anonymous", None, "said"),
    ("Government sources said the vote would be held next week.",
     "vote would be held", "indirect", ("Government sources",), "anonymous", None, "said"),
    ("Health officials warned that cases could double by Christmas.",
     "double by Christmas", "indirect", ("Health officials",), ANY, None, "warned"),
    ("Prosecutors alleged that the broker had stolen more than $3 million from clients.",
     "stolen", "indirect", ("Prosecutors",), "group", None, "alleged"),
    ("Prosecutors said the gang had smuggled 300kg of cocaine into the port.",
     "smuggled", "indirect", ("Prosecutors",), "group", None, "said"),
    ("Police said a 32-year-old man had been arrested on suspicion of murder.",
     "32-year-old", "indirect", ("Police",), ANY, None, "said"),
    ("Lawyers for the family argued that the hospital had failed in its duty of care.",
     "duty of care", "indirect", ("Lawyers for the family",), "group", None, "argued"),
    ("Analysts at Crestline Securities said the shares were undervalued.",
     "undervalued", "indirect", ("Analysts at Crestline Securities",), "group", None, "said"),
    ('A spokesman for the Department for Education said: "We are investing record sums in schools."',
     "record sums", "direct", ("A spokesman for the Department for Education", "Department for Education"),
     ANY, None, "said"),
    ("The court heard that the accountant had been drinking before the crash.",
     "drinking", "indirect", ("The court",), "organisation", None, "heard"),
    ("The report found that one in five care homes was understaffed.",
     "understaffed", "indirect", ("The report",), "organisation", None, "found"),
    ("Wexford County Council confirmed that the library would close in June.",
     "library would close", "indirect", ("Wexford County Council",), "organisation", None, "confirmed"),
    # -- titles ---------------------------------------------------------------------------------------
    ("Mrs Patricia Oakes, 81, said she had not been told about the change.",
     "not been told", "indirect", ("Patricia Oakes", "Mrs Patricia Oakes"), "person", None, "said"),
    ("Prof Helen Marsh, of the University of Kentford, said the findings were worrying.",
     "worrying", "indirect", ("Helen Marsh", "Prof Helen Marsh"), "person", None, "said"),
    ("Sir Roger Vail said the museum would never sell the painting.",
     "never sell", "indirect", ("Roger Vail", "Sir Roger Vail"), "person", None, "said"),
    ("Dame Joan Ashby said young actors could no longer afford to live in London.",
     "young actors", "indirect", ("Joan Ashby", "Dame Joan Ashby"), "person", None, "said"),
    ("Lord Pemberton said the bill would be defeated in the Lords.",
     "defeated", "indirect", ("Lord Pemberton", "Pemberton"), "person", None, "said"),
    ('Baroness Clare Whitmore said the report was "deeply troubling".',
     "deeply troubling", "direct", ("Clare Whitmore", "Baroness Clare Whitmore"), "person", None, "said"),
    ("Sen. Martha Greely, a Democrat from Ohio, said the bill would not pass this year.",
     "not pass", "indirect", ("Martha Greely",), "person", "Democrat", "said"),
    ("Rep. Tom Bascombe said he would vote against the package.",
     "vote against", "indirect", ("Tom Bascombe",), "person", None, "said"),
    ("Gov. Laura Quint said the state would cover the cost of repairs.",
     "cost of repairs", "indirect", ("Laura Quint",), "person", None, "said"),
    ("Det Insp Carl Hendry said officers were keeping an open mind.",
     "open mind", "indirect", ("Carl Hendry",), "person", None, "said"),
    ("Supt Amanda Toller said extra patrols would be deployed over the weekend.",
     "extra patrols", "indirect", ("Amanda Toller",), "person", None, "said"),
    ("PC Daniel Moss told the court he had seen the defendant running from the shop.",
     "running from the shop", "indirect", ("Daniel Moss",), "person", None, "told"),
    ("Sheriff Dale Connor said deputies found the car abandoned near Route 9.",
     "abandoned", "indirect", ("Dale Connor",), "person", "Sheriff", "said"),
    # -- roles before the name ----------------------------------------------------------------------------
    ("Labour MP Siobhan Carr said the cuts would hit the poorest families hardest.",
     "poorest families", "indirect", ("Siobhan Carr",), "person", "Labour MP", "said"),
    ("Tory grandee Sir Anthony Brill warned that the party faced a wipeout.",
     "wipeout", "indirect", ("Anthony Brill", "Sir Anthony Brill"), "person", "grandee", "warned"),
    ("The Home Secretary, Anna Pryce, told the BBC the scheme would be expanded.",
     "expanded", "indirect", ("Anna Pryce",), "person", "Home Secretary", "told"),
    ("Chief executive Mike Darrow said the company would open 30 new stores.",
     "30 new stores", "indirect", ("Mike Darrow",), "person", "Chief executive", "said"),
    ("Finance minister Jorge Alba admitted the deficit target would be missed.",
     "deficit target", "indirect", ("Jorge Alba",), "person", "Finance minister", "admitted"),
    ("The company's founder, Raj Mehta, conceded that the launch had been rushed.",
     "rushed", "indirect", ("Raj Mehta",), "person", "founder", "conceded"),
    ("The economist Ruth Abara noted that wages had risen faster than prices.",
     "wages had risen", "indirect", ("Ruth Abara",), "person", "economist", "noted"),
    ("The mayor, Denise Holloway, acknowledged that the project was over budget.",
     "over budget", "indirect", ("Denise Holloway",), "person", "mayor", "acknowledged"),
    ("Singer Mia Lorne revealed she had secretly married last summer.",
     "secretly married", "indirect", ("Mia Lorne",), "person", "Singer", "revealed"),
    ("Harker's lawyer, Neil Stamp, said his client would plead not guilty.",
     "plead not guilty", "indirect", ("Neil Stamp",), "person", "lawyer", "said"),
    # -- verbs of saying ----------------------------------------------------------------------------------
    ("Daniel Shore insisted he had never met the businessman.",
     "never met", "indirect", ("Daniel Shore",), "person", None, "insisted"),
    ("Ellen Marsh claimed she had been pushed out of the firm.",
     "pushed out", "indirect", ("Ellen Marsh",), "person", None, "claimed"),
    ("Colin Ware stressed that no decision had been taken.",
     "no decision", "indirect", ("Colin Ware",), "person", None, "stressed"),
    ("Linda Ferris says the closure has left the town without a bank.",
     "without a bank", "indirect", ("Linda Ferris",), "person", None, "says"),
    ("Sen. Paul Ridley has been under pressure for weeks. The senator denied that he had received any payments.",
     "any payments", "indirect", ("Paul Ridley", "Ridley"), "person", None, "denied"),
    ('Opposition leader Kate Moran branded the plan "a disgrace".',
     "a disgrace", "direct", ("Kate Moran",), "person", "Opposition leader", "branded"),
    # -- descriptions and names resolving back ------------------------------------------------------------
    ('Karen Lowe, 45, was hurt in the attack. "I thought I was going to die," the 45-year-old said.',
     "going to die", "direct", ("Karen Lowe", "Lowe"), "person", None, "said"),
    ("Jenna Price has raised £20,000 for the hospice. The mother-of-two said she wanted to give something back.",
     "give something back", "indirect", ("Jenna Price", "Price"), "person", None, "said"),
    ("Former minister Alan Crewe has joined the board of Ridgeway Capital. "
     "The former minister said he was delighted to take on the role.",
     "delighted", "indirect", ("Alan Crewe", "Crewe"), "person", None, "said"),
    ("Oscar winner Clara Dene has pulled out of the play. The Oscar winner said she needed to rest after surgery.",
     "needed to rest", "indirect", ("Clara Dene", "Dene"), "person", None, "said"),
    ("Ashdown Rovers have sacked their manager after a run of six defeats. "
     "The club said it would begin the search for a successor immediately.",
     "search for a successor", "indirect", ("Ashdown Rovers",), "organisation", None, "said"),
    ("Calder Logistics has been fined £2 million over the death of a worker. The firm said it accepted the ruling.",
     "accepted the ruling", "indirect", ("Calder Logistics",), "organisation", None, "said"),
    ("Northgate Bank raised its growth forecast on Thursday. "
     "The bank said it expected interest rates to fall twice next year.",
     "fall twice", "indirect", ("Northgate Bank",), "organisation", None, "said"),
    ("Velta Foods reported a loss of $40 million for the quarter. It said demand had weakened in China.",
     "demand had weakened", "indirect", ("Velta Foods",), "organisation", None, "said"),
    ("Julia Fenwick runs a bakery in Hove. Fenwick said her energy bill had tripled since January.",
     "tripled", "indirect", ("Julia Fenwick", "Fenwick"), "person", None, "said"),
    ("Peter Hollis, a retired teacher, has lived on the street for 30 years. "
     "Mr Hollis said the noise went on all night.",
     "noise went on", "indirect", ("Peter Hollis", "Hollis"), "person", None, "said"),
    ("Dr Amira Shah said the new drug cut hospital admissions by a third. She added that more trials were needed.",
     "more trials", "indirect", ("Amira Shah", "Shah"), "person", None, "added"),
    ("Housing minister Rachel Dunmore defended the target on Monday. "
     '"The numbers simply do not add up," said the minister.',
     "do not add up", "direct", ("Rachel Dunmore", "Dunmore"), "person", None, "said"),
    ("Nigel Fisk, the project director, was asked about the delay. "
     '"We underestimated the work," added Mr Fisk.',
     "underestimated", "direct", ("Nigel Fisk", "Fisk"), "person", None, "added"),
    ("Sarah Quill, the head teacher, met Cllr David Rudd on Friday. "
     "She said the school needed a new roof. He said there was no money left this year.",
     "new roof", "indirect", ("Sarah Quill", "Quill"), "person", None, "said"),
    ("Sarah Quill, the head teacher, met Cllr David Rudd on Friday. "
     "She said the school needed a new roof. He said there was no money left this year.",
     "no money left", "indirect", ("David Rudd", "Rudd"), "person", None, "said"),
    # -- quotes that go on, colon quotes, speaker after the quote ---------------------------------------
    ("Ian Colley, the council's head of highways, said the bridge was safe. "
     '"There is no risk to the public," he went on.',
     "no risk to the public", "direct", ("Ian Colley", "Colley"), "person", None, "went on"),
    ("Liz Harker, the club's chair, said the ruling was unfair. "
     '"We will appeal to the league," she continued.',
     "appeal to the league", "direct", ("Liz Harker", "Harker"), "person", None, "continued"),
    ('"We have done everything we were asked to do," said Marion Tate, the chair of the residents\' association.\n'
     '"Now it is time for the council to keep its side of the bargain."',
     "side of the bargain", "direct", ("Marion Tate", "Tate"), "person", None, ANY),
    ('The head teacher, Laura Biggs, was blunt: "The building is not safe for children."',
     "not safe for children", "direct", ("Laura Biggs",), "person", None, ANY),
    ('Farmer Simon Dale said: "We will fight this all the way to the High Court."',
     "High Court", "direct", ("Simon Dale",), "person", "Farmer", "said"),
    ('A family statement read: "She was the light of our lives and we will miss her every day."',
     "light of our lives", "direct", ("the family", "family", "A family statement"), ANY, None, "read"),
    ("Residents are furious: \"We were never asked about any of this.\"",
     "never asked", "direct", ("Residents",), "group", None, ANY),
    ("Tom Gale died in hospital on Sunday. His family said he had been unwell for months.",
     "unwell", "indirect", ("his family", "the family"), "group", None, "said"),
    ("A senior UN official said the convoy had been shelled near the border.",
     "convoy", "indirect", ("senior UN official", "a senior UN official"), "anonymous", None, "said"),
    ("The broker moved $3 million offshore, according to the indictment.",
     "offshore", "indirect", ("the indictment",), "organisation", None, "according to"),
    ("Helen Marsh, of Kentford University, said the findings were worrying.",
     "worrying", "indirect", ("Helen Marsh",), "person", None, "said"),
    ('Olympic champion Dan Ferrier has retired. "I have nothing left to give," the champion said.',
     "nothing left", "direct", ("Dan Ferrier", "Ferrier"), "person", None, "said"),
]  # fmt: skip

NEGATIVES: Final[list[tuple[str, str]]] = [
    ("The said property was sold at auction in 1998 for a fraction of its value.", "sold at auction"),
    ("The boy was told off by his teacher for talking in class.", "told off"),
    ("The insurer rejected the claim after the flood damaged the ground floor.", "rejected the claim"),
    ("The warned-off trainer will return to racing next month.", "warned-off"),
    ("Needless to say, the roads were badly damaged by the storm.", "badly damaged"),
    ("The company's claims department handled more than 9,000 cases last year.", "claims department"),
    ("The statement of accounts for the trust was published in March.", "statement of accounts"),
    ("Officials from both countries will meet in Geneva next week.", "meet in Geneva"),
    ("Told in flashback, the novel follows a mining family in 1930s Fife.", "novel follows"),
    ("He was found guilty of fraud in 2019 and jailed for four years.", "found guilty"),
    ("The band's fourth album is called Silent Water and comes out in May.", "fourth album"),
    ("Her account of the night was published as a memoir in 2020.", "memoir"),
    ("The spokesman's car was stolen from outside his home on Friday.", "car was stolen"),
    ("Shares in the bank fell by 4 percent after the report was published.", "Shares in the bank"),
    ("The talks went on for hours and ended without a deal.", "talks went on"),
    ("Prices continued to rise in March, driven by food and fuel.", "Prices continued"),
    ("She read law at Oxford before joining the bank in 2004.", "read law"),
    ("The family home was sold at auction for £410,000.", "family home"),
    ("The minister's warning was ignored by the council for years.", "warning was ignored"),
]


def claim_with(text: str, fragment: str) -> Claim:
    claims = extract_claims(text, ARTICLE_ID)
    matching = [claim for claim in claims if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in claims]
    return matching[0]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "kind", "role", "cue"), BATTERY)
def test_attribution_battery(
    text: str,
    fragment: str,
    attribution: str,
    names: tuple[str, ...] | None,
    kind: str,
    role: str | None,
    cue: str | tuple[str, ...] | None,
) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    found = (
        claim.attribution,
        None if speaker is None else speaker.name,
        None if speaker is None else speaker.kind,
        None if speaker is None else speaker.role,
        claim.cue,
    )
    assert claim.attribution == attribution, found
    if names is None:
        assert speaker is None, found
        return
    assert speaker is not None, found
    assert speaker.name.casefold() in {name.casefold() for name in names}, found
    if kind != ANY:
        assert speaker.kind == kind, found
    if role is not None:
        assert speaker.role is not None, found
        assert role.casefold() in speaker.role.casefold(), found
    if cue != ANY:
        cues = (cue,) if isinstance(cue, str) or cue is None else cue
        assert claim.cue is not None, found
        assert claim.cue.casefold() in {c.casefold() for c in cues if c}, found


@pytest.mark.parametrize(("text", "fragment"), NEGATIVES)
def test_no_attribution_where_a_cue_word_is_not_speech(text: str, fragment: str) -> None:
    for claim in extract_claims(text, ARTICLE_ID):
        if fragment in claim.text:
            assert claim.attribution == "none", (claim.attribution, claim.speaker, claim.cue)
            assert claim.speaker is None, (claim.speaker, claim.cue)
