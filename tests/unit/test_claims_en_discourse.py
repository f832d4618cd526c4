"""A discourse battery for English speaker tracking: WHICH person a pronoun, a description, a short name or a
quote without a cue belongs to when a passage has several people (wire, tabloid, broadsheet, US local, court,
sports and business styles; people and organisations made up; paragraphs separated by a newline).

One row per attributed claim: the passage, a fragment found in exactly one claim, and the expected attribution,
accepted speaker names (case-insensitive; None for no speaker) and cue (``ANY`` leaves it unchecked where the
convention is open: a quote going on without a cue of its own). ``WRONG`` rows name a person a claim must NOT
go to (a pronoun or description that could be misread), or None for a sentence that must stay unattributed.
"""

from __future__ import annotations

from typing import Final

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims

ARTICLE_ID = "d" * 32
ANY: Final = "*"

Row = tuple[str, str, str, tuple[str, ...], str | tuple[str, ...]]

# -- the passages -----------------------------------------------------------------------------------------------
BUDGET: Final = (
    "Finance Minister Carla Ruiz said on Monday that the budget deficit would narrow to 3.1 percent next year.\n"
    "Opposition leader Tomas Berg said the forecast was unrealistic and the government was hiding a hole in the "
    "public finances.\n"
    "Ruiz rejected that, telling reporters the figures had been checked by the independent fiscal council.\n"
    '"Nobody is hiding anything," she said.\n'
    "Berg said his party would table an amendment to the bill on Thursday."
)
BREAK_IN: Final = (
    "Mum-of-two Kerry Dobbs, 34, was left terrified when a stranger climbed through her kitchen window.\n"
    '"I heard a crash and ran downstairs," the mother-of-two said.\n'
    '"He just stood there staring at me."\n'
    'Her neighbour, who asked not to be named, said: "We\'ve had three break-ins on this street since Christmas."\n'
    "A spokeswoman for Essex Police said officers were investigating the burglary."
)
TRIAL: Final = (
    "Daniel Harker, 41, of Mill Lane, Dunmow, is on trial at Chelmsford Crown Court.\n"
    "Prosecutor Helen Firth told the jury that Harker had been driving at 70mph in a 30mph zone.\n"
    "She said a witness had seen the car overtake a bus moments before the crash.\n"
    "Harker told the court he had been driving slowly because the road was wet.\n"
    "Judge Martin Osei said the trial was expected to last two weeks.\n"
    "The judge warned jurors not to research the case online."
)
SCHOOL: Final = (
    "Headteacher Joanna Pike met parents on Tuesday evening.\n"
    "Councillor Maria Lenz, who chairs the education committee, said the school would stay open until 2027.\n"
    "She added that no decision on the merger had been made.\n"
    "Mrs Pike said she was relieved but that staff still needed certainty."
)
STRIKER: Final = (
    "Striker Marcus Bell, 24, scored twice as Ashford Town beat Kelby 3-1 on Saturday.\n"
    "Manager Gary Thorne said Bell had been the best player on the pitch.\n"
    "He said the club would not sell the forward in January.\n"
    "The striker said he wanted to stay and win promotion.\n"
    '"This is my home now," the 24-year-old said.'
)
FLOOD: Final = (
    '"It is the worst flooding this valley has seen in 50 years."\n'
    "That was the verdict of farmer Owen Pritchard, whose fields have been under water since Friday.\n"
    '"We have lost the winter wheat and half the sheep," he said.\n'
    "His wife, Gwen Pritchard, said the family had not slept for three nights.\n"
    '"We are exhausted," she said.'
)
TRIBUTE: Final = (
    "Tributes have been paid to Amy Collins, 19, who died in a crash on the A12 on Sunday.\n"
    'A statement from her family read: "Amy was a kind, funny and beautiful girl who lit up every room."\n'
    "Her former teacher, Paul Rhodes, said she had been a gifted pupil who wanted to become a nurse.\n"
    "Suffolk Police said a 22-year-old man had been arrested on suspicion of causing death by careless driving."
)
WARD: Final = (
    '"We have been warning about this for years and nobody listened, and now families are paying the price," '
    "said Dr Priya Osei, who leads the respiratory unit at St Anne's Hospital.\n"
    "Dr Osei said admissions had doubled since October.\n"
    "Hospital chief executive Mark Fenton said extra beds would open next week.\n"
    '"We are doing everything we can," Mr Fenton said.'
)
RAIL: Final = (
    "Transport Secretary Linda Ashworth said the new rail line would open in 2031.\n"
    "She went on to say that ticket prices would be capped for the first five years.\n"
    "Shadow minister Rob Kemp said the promise was worthless.\n"
    "He added that the line was already £4 billion over budget."
)
FACTORY: Final = (
    "Acme Foods said on Wednesday that it would close its factory in Wrexham, putting 300 jobs at risk.\n"
    'Its chief executive, Jo Bell, said the decision had been "incredibly difficult".\n'
    "The company said staff would be offered roles at other sites.\n"
    "Unite regional officer Dave Morgan said the union would fight the closure.\n"
    "Ms Bell said talks with the union would begin on Monday."
)
INTERVIEW: Final = (
    "Novelist Clara Venn, 52, has written her first book for children. She talked to Rachel Hunt.\n"
    "Q: Why write for children now?\n"
    "A: My grandson asked me for a story every night and I could not stop writing.\n"
    "Q: Was it harder than writing for adults?\n"
    "A: Much harder. Children notice every lazy sentence and they will tell you so."
)
RESHUFFLE: Final = (
    "The Prime Minister is preparing to sack three cabinet ministers next week.\n"
    'One senior Tory said the reshuffle would be "brutal".\n'
    "A source close to the Chancellor said she had not been consulted.\n"
    "A government official said no decisions had been taken.\n"
    "One official said the mood in Downing Street was grim."
)
POLICE: Final = (
    "Mayor Denise Calloway said Tuesday that the city would hire 20 new police officers this year.\n"
    "Sheriff Tom Reyes, whose department patrols the county's rural areas, said he welcomed the move.\n"
    '"We\'ve been stretched thin for a long time," the sheriff said.\n'
    "The mayor said the money would come from a hotel tax approved by voters in November.\n"
    "City council member Ana Ortiz said she would vote against the plan."
)
RETAIL: Final = (
    "Shares in Halden Retail fell 8 percent on Thursday after the company cut its profit forecast.\n"
    "Chief executive Simon Ward blamed weak demand for clothing and said the group would cut costs by £50 million.\n"
    "Analysts at Morrow Securities said the warning was the third in a year.\n"
    '"Investors have simply run out of patience," said Fiona Grey, a retail analyst at the broker.\n'
    "The firm's boss said he remained confident about Christmas."
)
DEFEAT: Final = (
    "Kelby Rovers manager Steve Hollis was furious after his side lost 2-0 at home.\n"
    '"That was not good enough," Hollis said. "We did not win a tackle in the first half."\n'
    '"The fans deserve better and I will be telling the players that."\n'
    "Captain Lee Dunn admitted the team had let the supporters down.\n"
    '"We owe them a performance on Tuesday," Dunn said.'
)
REVIEW: Final = (
    "Professor Alan Reeve, who chaired the review, said the findings were stark.\n"
    '"We found that one in four patients waited more than a year for treatment.\n'
    '"In some areas the figure was closer to one in three."\n'
    "Health minister Karen Oduya said the government accepted the report in full.\n"
    "The minister said a further £2 billion would be made available."
)
TRANSFER: Final = (
    '"The club is bigger than any one player."\n'
    "So said Ashbury chairman Peter Lyle as he confirmed the sale of winger Kofi Mensah.\n"
    "Mensah, 23, said he was sad to leave.\n"
    "The winger said he would always be grateful to the fans."
)
RESCUE: Final = (
    "Grace Adeyemi, 34, and her partner, Liam Foster, 37, were rescued from their car after it was swept away.\n"
    '"The water came up so fast," the 34-year-old said.\n'
    "Mr Foster said they had tried to drive through because the road was not closed.\n"
    '"There were no signs at all," the 37-year-old said.'
)
NURSE: Final = (
    "Sandra Bliss, 58, from Hull, was jailed for three years at Hull Crown Court.\n"
    "Prosecutor James Carrow said Bliss had stolen more than £40,000 from patients with dementia.\n"
    "Defending, Ruth Saxby said her client had been under severe financial pressure.\n"
    "Judge Colin Mayhew said the offences were a gross breach of trust.\n"
    "He told Bliss she had preyed on the most vulnerable people in the town."
)
SPLIT: Final = (
    "Pop star Jade Marlow has split from her footballer boyfriend Ryan Cole, 26.\n"
    'A source close to the star said: "Jade is heartbroken but she knows it is for the best."\n'
    'A spokeswoman for Cole said the couple had "parted on good terms".\n'
    "The singer was seen leaving a London restaurant on Friday night."
)
BINS: Final = (
    "Residents of Elm Close say their bins have not been collected for five weeks.\n"
    "Pensioner Arthur Quinn, 79, said the smell was unbearable.\n"
    '"The rats are having a field day," he said.\n'
    "A spokeswoman for the council said a new contractor would start on Monday.\n"
    "She said the council was sorry for the disruption."
)
PAY_TALKS: Final = (
    "Talks between the two sides collapsed on Friday, union leader Maria Costa said.\n"
    "Costa said employers had refused to improve their pay offer of 4 percent.\n"
    "Employers' representative Hugh Lander said the offer was fair and affordable.\n"
    "Labour Minister Ines Falk urged both sides to return to the table.\n"
    "Lander said he was willing to meet again next week.\n"
    "Costa said the union would announce strike dates on Monday."
)
FARM: Final = (
    "Olivia Marsh and her brother, Ben Marsh, inherited the farm from their father in 2019.\n"
    "She said the pair had never wanted to sell it.\n"
    "He said a developer had offered them £3 million last year.\n"
    "Ms Marsh said they had turned the offer down."
)
HAT_TRICK: Final = (
    "Teenage striker Callum Reid, 19, scored a hat-trick on his full debut for Harwood City.\n"
    'City boss Neil Archer said Reid had been "outstanding".\n'
    '"He has a great future in the game," Archer said.\n'
    "The 19-year-old said he had dreamed of the moment since he was a boy.\n"
    '"I\'m just pleased to help the team," the striker said.'
)
BANK: Final = (
    "Northmoor Bank made a pre-tax profit of £1.2 billion in the first half.\n"
    "It said bad debts had fallen by 15 percent.\n"
    "Finance director Claire Upton said the bank expected margins to narrow next year.\n"
    "She said the bank would return £500 million to shareholders through a buyback.\n"
    "The bank said it would close 40 branches by the end of the year."
)
STABBING: Final = (
    "A man has been stabbed outside a nightclub in Brixton.\n"
    'A witness, who did not want to be named, said: "There was blood everywhere and people were screaming."\n'
    "Det Sgt Rachel Boyd said the victim, a 23-year-old man, was in a stable condition.\n"
    '"We believe there were many people in the street at the time," she said.'
)
PUB: Final = (
    "The Harbour Inn has stood on the quay since 1742.\n"
    "Landlord Ken Platt, 63, said trade had fallen by a third since the car park closed.\n"
    "The pub's windows were smashed in March.\n"
    "The council said the car park would reopen in the summer.\n"
    "Tom Hart and Tom Reid, the two candidates for the harbour ward, both drink at the inn.\n"
    "Hart said the pub was the heart of the town.\n"
    "Reid said he would ask the council to cut the pub's business rates.\n"
    "Tom said the election had been far too close to call."
)
SCHOOLS: Final = (
    "Ministers have faced questions about the state of school buildings.\n"
    "A Department for Education spokesman said £1.8 billion had been spent on repairs this year.\n"
    'Layla Hussain, general secretary of the National Teachers\' Union, said the money was "a drop in the ocean".\n'
    "She said some classrooms had been closed because ceilings were unsafe.\n"
    "The department said the number of closures was small."
)
MARATHON: Final = (
    "Kenyan runner Ruth Chebet won the Thornbury Marathon on Sunday, with Britain's Emma Hale second.\n"
    '"I felt strong from the start," Chebet said.\n'
    "Hale said she had struggled with cramp after 30 kilometres.\n"
    '"I\'m disappointed, but second is still a good result," she said.\n'
    "Race director Paul Nagle said a record 14,000 people had taken part."
)
OUTAGE: Final = (
    "Velmont Energy cut power to 20,000 homes on Monday.\n"
    "Its founder, Rosa Kimani, said the outage had been caused by a lightning strike.\n"
    '"We are truly sorry," she said.\n'
    "McAllister's chief engineer Tom Byrne said crews had worked through the night.\n"
    "He said power would be restored to every home by Wednesday.\n"
    "That was the view of most residents of the estate too."
)
INQUEST: Final = (
    "Maureen Halloran, 58, came home to her husband lying on the kitchen floor.\n"
    "She called 999 at 6.42am and waited for almost an hour, the inquest heard.\n"
    "Paramedic Lee Grant said the ambulance had been held outside another hospital.\n"
    "Tory councillor Ann Webb said the delays were a scandal."
)
SEMI_FINAL: Final = (
    "Spaniard Carlos Ibarra beat Dutchman Pieter de Vries in five sets to reach the final.\n"
    '"I played my best tennis when it mattered," the Spaniard said.\n'
    "De Vries said he had been troubled by a back injury since the second set.\n"
    '"I could barely serve," the Dutchman said.\n'
    '"He was simply the better player today," added the Dutchman.\n'
    "Ibarra will face Australian Liam Cooper on Sunday."
)
DEALER: Final = (
    "Mr Justice Andrew Carey jailed Leon Price, 29, for eight years at Leeds Crown Court.\n"
    "The court heard that Price had sold cocaine from a flat in Harehills.\n"
    "Price's barrister, Nadia Hussein, said her client had been groomed by older dealers.\n"
    'The judge said Price had made a "conscious choice" to return to crime.'
)
WEDDING: Final = (
    "Reality star Chloe Fenn, 27, and her fiance, Jake Mills, 31, have called off their wedding.\n"
    'A pal of the couple said: "They just want different things in life."\n'
    'Chloe told fans on Instagram that she was "heartbroken".\n'
    "Jake said he wished her well.\n"
    "The 31-year-old added that he would always love her."
)
REFUNDS: Final = (
    "Ofwex, the energy regulator, fined Brightline Power £12 million on Tuesday.\n"
    "The watchdog said the supplier had overcharged 40,000 customers.\n"
    "Brightline's chief executive, Helen Grant, said the firm accepted the findings.\n"
    "She said every affected customer would be refunded by March.\n"
    'Consumer campaigner Martin Lewsey said the fine was "pitiful".'
)

BATTERY: Final[list[Row]] = [
    # -- two or three people alternating; surname after the full name ------------------------------------------
    (BUDGET, "narrow to 3.1", "indirect", ("Carla Ruiz",), "said"),
    (BUDGET, "hiding a hole", "indirect", ("Tomas Berg",), "said"),
    (BUDGET, "fiscal council", "indirect", ("Carla Ruiz",), ("telling", "rejected")),
    (BUDGET, "Nobody is hiding", "direct", ("Carla Ruiz",), "said"),
    (BUDGET, "amendment", "indirect", ("Tomas Berg",), "said"),
    (PAY_TALKS, "Talks between", "indirect", ("Maria Costa",), "said"),
    (PAY_TALKS, "refused to improve", "indirect", ("Maria Costa",), "said"),
    (PAY_TALKS, "fair and affordable", "indirect", ("Hugh Lander",), "said"),
    (PAY_TALKS, "return to the table", "indirect", ("Ines Falk",), "urged"),
    (PAY_TALKS, "meet again", "indirect", ("Hugh Lander",), "said"),
    (PAY_TALKS, "strike dates", "indirect", ("Maria Costa",), "said"),
    # -- he/she: both sexes; two of the same sex (the most recent subject) -------------------------------------
    (SCHOOL, "stay open", "indirect", ("Maria Lenz",), "said"),
    (SCHOOL, "merger", "indirect", ("Maria Lenz",), "added"),
    (SCHOOL, "relieved", "indirect", ("Joanna Pike",), "said"),
    (STRIKER, "best player", "indirect", ("Gary Thorne",), "said"),
    (STRIKER, "not sell the forward", "indirect", ("Gary Thorne",), "said"),
    (STRIKER, "win promotion", "indirect", ("Marcus Bell",), "said"),
    (STRIKER, "my home now", "direct", ("Marcus Bell",), "said"),
    (FARM, "never wanted to sell", "indirect", ("Olivia Marsh",), "said"),
    (FARM, "developer", "indirect", ("Ben Marsh",), "said"),
    (FARM, "turned the offer down", "indirect", ("Olivia Marsh",), "said"),
    (MARATHON, "felt strong", "direct", ("Ruth Chebet",), "said"),
    (MARATHON, "cramp", "indirect", ("Emma Hale",), "said"),
    (MARATHON, "disappointed", "direct", ("Emma Hale",), "said"),
    (MARATHON, "14,000 people", "indirect", ("Paul Nagle",), "said"),
    # -- title + surname, roles and descriptions -----------------------------------------------------------------
    (TRIAL, "70mph", "indirect", ("Helen Firth",), "told"),
    (TRIAL, "overtake a bus", "indirect", ("Helen Firth",), "said"),
    (TRIAL, "road was wet", "indirect", ("Daniel Harker",), "told"),
    (TRIAL, "two weeks", "indirect", ("Martin Osei",), "said"),
    (TRIAL, "research the case", "indirect", ("Martin Osei",), "warned"),
    (WARD, "nobody listened", "direct", ("Priya Osei",), "said"),
    (WARD, "admissions had doubled", "indirect", ("Priya Osei",), "said"),
    (WARD, "extra beds", "indirect", ("Mark Fenton",), "said"),
    (WARD, "everything we can", "direct", ("Mark Fenton",), "said"),
    (POLICE, "hire 20", "indirect", ("Denise Calloway",), "said"),
    (POLICE, "welcomed the move", "indirect", ("Tom Reyes",), "said"),
    (POLICE, "stretched thin", "direct", ("Tom Reyes",), "said"),
    (POLICE, "hotel tax", "indirect", ("Denise Calloway",), "said"),
    (POLICE, "vote against", "indirect", ("Ana Ortiz",), "said"),
    (RESCUE, "came up so fast", "direct", ("Grace Adeyemi",), "said"),
    (RESCUE, "road was not closed", "indirect", ("Liam Foster",), "said"),
    (RESCUE, "no signs at all", "direct", ("Liam Foster",), "said"),
    (HAT_TRICK, "outstanding", "direct", ("Neil Archer",), "said"),
    (HAT_TRICK, "great future", "direct", ("Neil Archer",), "said"),
    (HAT_TRICK, "dreamed of the moment", "indirect", ("Callum Reid",), "said"),
    (HAT_TRICK, "pleased to help", "direct", ("Callum Reid",), "said"),
    (NURSE, "£40,000", "indirect", ("James Carrow",), "said"),
    (NURSE, "financial pressure", "indirect", ("Ruth Saxby",), "said"),
    (NURSE, "gross breach", "indirect", ("Colin Mayhew",), "said"),
    (NURSE, "preyed on", "indirect", ("Colin Mayhew",), "told"),
    # -- quotes going on without a cue, in the sentence or paragraph after --------------------------------------
    (BREAK_IN, "ran downstairs", "direct", ("Kerry Dobbs",), "said"),
    (BREAK_IN, "staring at me", "direct", ("Kerry Dobbs",), ANY),
    (DEFEAT, "not good enough", "direct", ("Steve Hollis",), "said"),
    (DEFEAT, "win a tackle", "direct", ("Steve Hollis",), ANY),
    (DEFEAT, "fans deserve better", "direct", ("Steve Hollis",), ANY),
    (DEFEAT, "let the supporters down", "indirect", ("Lee Dunn",), "admitted"),
    (DEFEAT, "owe them a performance", "direct", ("Lee Dunn",), "said"),
    (REVIEW, "findings were stark", "indirect", ("Alan Reeve",), "said"),
    (REVIEW, "one in four", "direct", ("Alan Reeve",), ANY),
    (REVIEW, "one in three", "direct", ("Alan Reeve",), ANY),
    (REVIEW, "accepted the report", "indirect", ("Karen Oduya",), "said"),
    (REVIEW, "£2 billion", "indirect", ("Karen Oduya",), "said"),
    # -- the speaker in the next sentence; the speaker after a long quote ---------------------------------------
    (FLOOD, "worst flooding", "direct", ("Owen Pritchard",), ANY),
    (FLOOD, "winter wheat", "direct", ("Owen Pritchard",), "said"),
    (FLOOD, "not slept", "indirect", ("Gwen Pritchard",), "said"),
    (FLOOD, "exhausted", "direct", ("Gwen Pritchard",), "said"),
    (TRANSFER, "bigger than any", "direct", ("Peter Lyle",), ANY),
    (TRANSFER, "sad to leave", "indirect", ("Kofi Mensah",), "said"),
    (TRANSFER, "grateful to the fans", "indirect", ("Kofi Mensah",), "said"),
    # -- family statements, neighbours, a person after their organisation ---------------------------------------
    (BREAK_IN, "three break-ins", "direct", ("Her neighbour", "her neighbour, who asked not to be named"), "said"),
    (BREAK_IN, "investigating the burglary", "indirect", ("A spokeswoman for Essex Police", "Essex Police"), "said"),
    (TRIBUTE, "lit up every room", "direct", ("her family", "the family", "family"), "read"),
    (TRIBUTE, "gifted pupil", "indirect", ("Paul Rhodes",), "said"),
    (TRIBUTE, "22-year-old man", "indirect", ("Suffolk Police",), "said"),
    (FACTORY, "close its factory", "indirect", ("Acme Foods",), "said"),
    (FACTORY, "incredibly difficult", "direct", ("Jo Bell",), "said"),
    (FACTORY, "offered roles", "indirect", ("Acme Foods",), "said"),
    (FACTORY, "fight the closure", "indirect", ("Dave Morgan",), "said"),
    (FACTORY, "talks with the union", "indirect", ("Jo Bell",), "said"),
    (BANK, "bad debts", "indirect", ("Northmoor Bank",), "said"),
    (BANK, "margins to narrow", "indirect", ("Claire Upton",), "said"),
    (BANK, "buyback", "indirect", ("Claire Upton",), "said"),
    (BANK, "40 branches", "indirect", ("Northmoor Bank",), "said"),
    (RETAIL, "cut costs", "indirect", ("Simon Ward",), "said"),
    (RETAIL, "third in a year", "indirect", ("Analysts at Morrow Securities",), "said"),
    (RETAIL, "run out of patience", "direct", ("Fiona Grey",), "said"),
    (RETAIL, "remained confident", "indirect", ("Simon Ward",), "said"),
    (SCHOOLS, "£1.8 billion", "indirect", ("A Department for Education spokesman", "Department for Education"),
     "said"),
    (SCHOOLS, "drop in the ocean", "direct", ("Layla Hussain",), "said"),
    (SCHOOLS, "ceilings were unsafe", "indirect", ("Layla Hussain",), "said"),
    (SCHOOLS, "number of closures", "indirect", ("Department for Education", "the department"), "said"),
    # -- unnamed sources ------------------------------------------------------------------------------------------
    (RESHUFFLE, "brutal", "direct", ("One senior Tory", "senior Tory"), "said"),
    (RESHUFFLE, "not been consulted", "indirect",
     ("A source close to the Chancellor", "source close to the Chancellor"), "said"),
    (RESHUFFLE, "no decisions", "indirect", ("A government official", "government official"), "said"),
    (RESHUFFLE, "mood in Downing Street", "indirect", ("One official", "official"), "said"),
    (SPLIT, "heartbroken", "direct", ("A source close to the star", "source close to the star"), "said"),
    (SPLIT, "parted on good terms", "direct", ("A spokeswoman for Cole", "spokeswoman for Cole", "Ryan Cole"), "said"),
    (BINS, "not been collected", "indirect", ("Residents of Elm Close", "Residents"), "say"),
    (BINS, "unbearable", "indirect", ("Arthur Quinn",), "said"),
    (BINS, "field day", "direct", ("Arthur Quinn",), "said"),
    (BINS, "new contractor", "indirect", ("A spokeswoman for the council", "the council"), "said"),
    (BINS, "sorry for the disruption", "indirect", ("A spokeswoman for the council", "the council"), "said"),
    (STABBING, "blood everywhere", "direct", ("A witness", "a witness, who did not want to be named"), "said"),
    (STABBING, "stable condition", "indirect", ("Rachel Boyd",), "said"),
    (STABBING, "many people in the street", "direct", ("Rachel Boyd",), "said"),
    (PUB, "fallen by a third", "indirect", ("Ken Platt",), "said"),
    (PUB, "reopen in the summer", "indirect", ("The council", "council"), "said"),
    (PUB, "heart of the town", "indirect", ("Tom Hart",), "said"),
    (PUB, "business rates", "indirect", ("Tom Reid",), "said"),
    (PUB, "too close to call", "indirect", ("Tom",), "said"),  # two Toms: the given name stays as written
    (OUTAGE, "lightning strike", "indirect", ("Rosa Kimani",), "said"),
    (OUTAGE, "truly sorry", "direct", ("Rosa Kimani",), "said"),
    (OUTAGE, "worked through the night", "indirect", ("Tom Byrne",), "said"),
    (OUTAGE, "restored to every home", "indirect", ("Tom Byrne",), "said"),
    (INQUEST, "called 999", "indirect", ("the inquest",), "heard"),
    (INQUEST, "held outside", "indirect", ("Lee Grant",), "said"),
    (INQUEST, "a scandal", "indirect", ("Ann Webb",), "said"),
    (SEMI_FINAL, "best tennis", "direct", ("Carlos Ibarra",), "said"),
    (SEMI_FINAL, "back injury", "indirect", ("Pieter de Vries",), "said"),
    (SEMI_FINAL, "barely serve", "direct", ("Pieter de Vries",), "said"),
    (SEMI_FINAL, "better player today", "direct", ("Pieter de Vries",), "added"),
    (DEALER, "sold cocaine", "indirect", ("The court",), "heard"),
    (DEALER, "groomed", "indirect", ("Nadia Hussein",), "said"),
    (DEALER, "conscious choice", "direct", ("Andrew Carey",), "said"),
    (WEDDING, "different things", "direct", ("A pal of the couple", "pal of the couple"), "said"),
    (WEDDING, "heartbroken", "direct", ("Chloe Fenn",), "told"),
    (WEDDING, "wished her well", "indirect", ("Jake Mills",), "said"),
    (WEDDING, "always love her", "indirect", ("Jake Mills",), "added"),
    (REFUNDS, "overcharged", "indirect", ("Ofwex",), "said"),
    (REFUNDS, "accepted the findings", "indirect", ("Helen Grant",), "said"),
    (REFUNDS, "refunded by March", "indirect", ("Helen Grant",), "said"),
    (REFUNDS, "pitiful", "direct", ("Martin Lewsey",), "said"),
    # -- interview questions and answers ----------------------------------------------------------------------------
    (INTERVIEW, "could not stop writing", "direct", ("Clara Venn",), ANY),
    (INTERVIEW, "lazy sentence", "direct", ("Clara Venn",), ANY),
]  # fmt: skip

# A claim that must not go to a person (a pronoun or description misread), or (None) must stay unattributed.
WRONG: Final[list[tuple[str, str, str | None]]] = [
    (BREAK_IN, "climbed through", None),
    (TRIBUTE, "Tributes have been paid", None),
    (RETAIL, "Shares in Halden Retail", None),
    (SPLIT, "leaving a London restaurant", None),
    (PUB, "stood on the quay", None),
    (PUB, "windows were smashed", None),
    (STABBING, "stabbed outside", None),
    (OUTAGE, "cut power", None),
    (OUTAGE, "view of most residents", None),
    (INQUEST, "called 999", "Maureen Halloran"),
    (PUB, "too close to call", "Tom Hart"),
    (PUB, "too close to call", "Tom Reid"),
    (SCHOOL, "merger", "Joanna Pike"),
    (BINS, "sorry for the disruption", "Arthur Quinn"),
    (FARM, "developer", "Olivia Marsh"),
    (RESCUE, "no signs at all", "Grace Adeyemi"),
]


def claim_with(text: str, fragment: str) -> Claim:
    claims = extract_claims(text, ARTICLE_ID)
    matching = [claim for claim in claims if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in claims]
    return matching[0]


@pytest.mark.parametrize(("text", "fragment", "attribution", "names", "cue"), BATTERY)
def test_speaker_across_the_passage(
    text: str, fragment: str, attribution: str, names: tuple[str, ...], cue: str | tuple[str, ...]
) -> None:
    claim = claim_with(text, fragment)
    speaker = claim.speaker
    found = (claim.attribution, None if speaker is None else speaker.name, claim.cue)
    assert claim.attribution == attribution, found
    assert speaker is not None, found
    assert speaker.name.casefold() in {name.casefold() for name in names}, found
    if cue != ANY:
        cues = (cue,) if isinstance(cue, str) else cue
        assert claim.cue is not None, found
        assert claim.cue.casefold() in {c.casefold() for c in cues}, found


@pytest.mark.parametrize(("text", "fragment", "wrong"), WRONG)
def test_not_the_wrong_speaker(text: str, fragment: str, wrong: str | None) -> None:
    for claim in extract_claims(text, ARTICLE_ID):
        if fragment not in claim.text:
            continue
        if wrong is None:
            assert claim.attribution == "none", (claim.attribution, claim.speaker, claim.cue)
            assert claim.speaker is None, (claim.speaker, claim.cue)
        else:
            assert claim.speaker is None or claim.speaker.name.casefold() != wrong.casefold(), claim.speaker


def test_every_attributed_claim_has_a_row() -> None:
    """Each passage's attributed claims are all checked by a row (none is left unexamined)."""
    fragments: dict[str, list[str]] = {}
    for text, fragment, *_ in BATTERY:
        fragments.setdefault(text, []).append(fragment)
    for text, wanted in fragments.items():
        for claim in extract_claims(text, ARTICLE_ID):
            if claim.attribution != "none":
                assert any(fragment in claim.text for fragment in wanted), (claim.text, claim.speaker)
