"""Who speaks: inverted cues, sources after a cue, descriptions, German perfect and subjunctive, cataphora."""

from __future__ import annotations

import pytest

from newsflow.contracts import Claim
from processors.claims import extract_claims
from processors.claims.following import inverted_subject, phrase_after
from processors.claims.speakers import SpeakerMemory

ARTICLE_ID = "c" * 32


def claim_with(text: str, fragment: str) -> Claim:
    matching = [claim for claim in extract_claims(text, ARTICLE_ID) if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in extract_claims(text, ARTICLE_ID)]
    return matching[0]


def said_by(text: str, fragment: str) -> tuple[str | None, str, str | None]:
    claim = claim_with(text, fragment)
    return (None if claim.speaker is None else claim.speaker.name), claim.attribution, claim.cue


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("according to data from the port authority.", ("the port authority", "organisation")),
        ("according to figures published by the health board on Friday.", ("the health board", "organisation")),
        ("according to LSEG data.", ("LSEG", "organisation")),
        ("according to a study published on Monday in a journal.", ("a study", "organisation")),
        ("according to the shipping analysis firm Corvel.", ("Corvel", "organisation")),
        ("according to two people with knowledge of it.", ("two people with knowledge of it", "anonymous")),
        ("selon une source proche du dossier, les assureurs", ("source proche du dossier", "anonymous")),
        ("selon la chambre d'agriculture.", ("la chambre d'agriculture", "organisation")),
        ("según datos de la Confederación Hidrográfica hoy.", ("Confederación Hidrográfica", "organisation")),
        ("nach Angaben der Bahngesellschaft Nordtakt werden", ("Bahngesellschaft Nordtakt", "organisation")),
        ("according to its latest quarterly report.", ("its latest quarterly report", "organisation")),
        ("according to a new federal survey.", ("a new federal survey", "organisation")),
        ("according to the mayor of London's office.", ("the mayor of London's office", "organisation")),
        ("according to final results from the electoral commission.", ("the electoral commission", "organisation")),
        ("according to the U.K. Statistics Authority.", ("U.K. Statistics Authority", "organisation")),
        ("according to E.U. officials.", ("E.U. officials", "anonymous")),
        ("selon la direction, les pertes", ("la direction", "organisation")),
        ("selon la direction de l'usine, les pertes", ("la direction de l'usine", "organisation")),
        ("según la dirección del hospital, las urgencias", ("la dirección del hospital", "organisation")),
    ],
)  # fmt: skip
def test_sources_named_after_the_cue(source: str, expected: tuple[str, str]) -> None:
    cue = source.split(" ", 2)[0] if source.startswith(("selon", "según")) else " ".join(source.split()[:2])
    phrase = phrase_after(source, len(cue))
    assert phrase is not None
    speaker = SpeakerMemory().resolve(phrase)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == expected


def test_inverted_attribution_takes_the_speaker_after_the_cue() -> None:
    text = (
        '"We are ready," said union secretary Dana Whitlock.\n'
        "Sinwar is seen as a hard-liner even within Hamas, said Matthew Levitt, a senior fellow.\n"
        "Die Verwaltung habe die Warnungen ignoriert, behauptete Holger Brandt.\n"
        "« L'État sera aux côtés des viticulteurs », a déclaré Mathieu Roussel, vigneron à Saint-Aulin.\n"
        "«Si no llueve, tendremos que cortar el agua», afirmó la alcaldesa de Villalcor, Marta Ibáñez."
    )
    assert said_by(text, "We are ready")[0] == "Dana Whitlock"
    assert said_by(text, "hard-liner")[0] == "Matthew Levitt"
    assert said_by(text, "Warnungen") == ("Holger Brandt", "indirect", "behauptete")
    assert said_by(text, "viticulteurs")[0] == "Mathieu Roussel"
    assert said_by(text, "cortar el agua")[0] == "Marta Ibáñez"


def test_an_inverted_cue_is_not_followed_by_the_reported_clause() -> None:
    assert inverted_subject(" Sinwar's appointment would harden Hamas.", 0) is None
    assert inverted_subject(" er.", 0) is not None
    phrase = inverted_subject(" VLG-Chef Jörg Wendland am Dienstag in Velden.", 0)
    assert phrase is not None
    assert phrase.words == ("VLG-Chef", "Jörg", "Wendland")


def test_verbs_taking_an_addressee_do_not_invert() -> None:
    text = "Jamil Al Saadouni, 58, told CBC freelance videographer Mohamed El Saife that the choice was expected."
    assert said_by(text, "choice")[0] == "Jamil Al Saadouni"


def test_pronoun_inside_a_french_cue() -> None:
    text = (
        "Le ministre de l'Agriculture, Bernard Lachaume, a annoncé lundi un fonds d'urgence. "
        "« L'État sera aux côtés des viticulteurs », a-t-il assuré."
    )
    assert said_by(text, "viticulteurs") == ("Bernard Lachaume", "direct", "a-t-il assuré")


def test_german_perfect_and_fronted_objects() -> None:
    text = (
        "Die Lokführergewerkschaft VLG hat für Donnerstag einen Streik im Regionalverkehr angekündigt.\n"
        "Falk hatte erst im März gesagt, er werde eine Pause einlegen.\n"
        "Dies teilte das Regionalkommando der Armee mit."
    )
    assert said_by(text, "Streik")[0] == "Lokführergewerkschaft VLG"
    assert said_by(text, "Pause")[0] == "Falk"
    assert said_by(text, "Dies teilte")[0] in {"Regionalkommando der Armee", "das Regionalkommando der Armee"}


def test_german_subjunctive_continues_the_speaker() -> None:
    text = (
        "Nordtakt-Personalvorständin Dr. Karin Esser sagte, das Unternehmen habe ein Plus angeboten. "
        "Ein weiterer Streik sei „völlig unverhältnismäßig“."
    )
    name, attribution, cue = said_by(text, "weiterer Streik")
    assert (name, attribution, cue) == ("Karin Esser", "direct", None)


def test_passive_agent_speaks() -> None:
    text = "Les pertes sont estimées à 12 millions d'euros par la fédération des producteurs."
    assert said_by(text, "pertes")[:2] == ("la fédération des producteurs", "indirect")


def test_coordinated_cue_takes_the_subject_of_the_sentence() -> None:
    text = "Opposition councillor Rita Okafor branded the saga a 'scandal' and said taxpayers had paid twice."
    assert said_by(text, "taxpayers") == ("Rita Okafor", "indirect", "said")


def test_a_described_person_is_named_in_the_next_sentence() -> None:
    text = (
        "A former treasurer of a children's charity admitted on Monday that he had transferred the money.\n"
        "Martin Greaves, 61, of Ashby Road, Redmere, denies one count of fraud.\n"
        "He insisted he had always intended to pay the money back."
    )
    assert said_by(text, "transferred") == ("Martin Greaves", "indirect", "admitted")
    assert said_by(text, "pay the money back")[0] == "Martin Greaves"


def test_descriptions_name_people_whose_post_is_not_known_yet() -> None:
    text = (
        "Martin Greaves, 61, denies fraud.\n"
        "Prosecutor Ms. Catherine Doyle KC told the jury that Greaves had forged signatures.\n"
        '"It was a scheme," she said.\n'
        'Giving evidence, the defendant said he had been "drowning" in debts.\n'
        "The damage was obvious, said a witness."
    )
    assert said_by(text, "drowning")[0] == "Martin Greaves"


def test_unnamed_sources_keep_their_qualification() -> None:
    text = "Two people familiar with the talks said the government would appoint a mediator."
    claim = claim_with(text, "mediator")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Two people familiar with the talks", "anonymous")


def test_restricted_cues_speak_only_for_their_subjects() -> None:
    text = (
        "The court heard that the charity was forced to close its holiday club.\n"
        "Records seen by the newspaper show the contract was awarded without a rival bid.\n"
        "The company cut its full-year earnings forecast for the second time in three months."
    )
    name, attribution, _ = said_by(text, "holiday club")
    assert (None if name is None else name.lower(), attribution) == ("the court", "indirect")
    assert said_by(text, "earnings forecast")[1] == "none"


def test_single_quoted_speech_and_scare_quotes() -> None:
    text = (
        "Council leader Alan Pruitt, 58, ordered engineers to keep the report secret.\n"
        "'Nobody has been put in danger,' he insisted last night. 'The bridge was closed the moment we had doubts.'\n"
        "Opposition councillor Rita Okafor branded the saga a 'scandal' and said taxpayers paid twice."
    )
    assert said_by(text, "Nobody has been") == ("Alan Pruitt", "direct", "insisted")
    assert said_by(text, "The bridge was closed")[:2] == ("Alan Pruitt", "direct")
    assert said_by(text, "scandal")[1] == "indirect"


def test_a_short_quote_modifying_a_noun_is_a_label() -> None:
    text = 'The association said in a statement it had made a "fair and final" offer to the union.'
    assert said_by(text, "fair and final")[1] == "indirect"


def test_according_to_reports_stays_a_hedge_but_a_report_of_someone_is_a_source() -> None:
    text = (
        "The striker is close to a move abroad, according to media reports in Italy this week.\n"
        "Harlow Foods sold 40 million tins last year, according to its annual report."
    )
    assert said_by(text, "striker")[1] == "none"
    assert said_by(text, "tins") == ("its annual report", "indirect", "according to")


def test_stance_and_expectation_verbs_attribute() -> None:
    text = (
        "Local MP Sarah Quill blasted the decision as a betrayal of the valley's farmers.\n"
        "Brennock Foods expects sales of about $2bn this year.\n"
        "Union leader Tom Hale slammed the proposal as an insult to nurses."
    )
    assert said_by(text, "betrayal") == ("Sarah Quill", "indirect", "blasted")
    assert said_by(text, "sales") == ("Brennock Foods", "indirect", "expects")
    assert said_by(text, "insult") == ("Tom Hale", "indirect", "slammed")


def test_a_coordinated_speech_verb_reports_after_an_act() -> None:
    text = "The mayor Ana Ruiz declared a drought emergency on Friday and said reservoirs were at 20%."
    assert said_by(text, "reservoirs") == ("Ana Ruiz", "indirect", "said")
    text = "The firm denied cutting corners and said its work met every standard."
    assert said_by(text, "corners")[2] == "denied"


def test_french_and_spanish_reporting_verbs() -> None:
    text = (
        "Les infirmiers ont dénoncé des conditions de travail « intenables » depuis des mois.\n"
        "Le syndicat réclame l'embauche de vingt agents supplémentaires avant l'été.\n"
        "Los agricultores denunciaron que el agua no llega a sus parcelas desde junio."
    )
    name, attribution, cue = said_by(text, "conditions")
    assert (name in {"Les infirmiers", "infirmiers"}, attribution, cue) == (True, "direct", "ont dénoncé")
    assert said_by(text, "embauche")[1:] == ("indirect", "réclame")
    assert said_by(text, "parcelas")[1:] == ("indirect", "denunciaron")


def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    text = (
        "The bank is fighting Ashcombe Capital, an activist fund that claimed last week that its loan book was "
        "overvalued.\n"
        "Ashcombe, which disclosed a stake in the bank in May, said on Monday that the board should resign."
    )
    assert said_by(text, "loan book") == ("Ashcombe Capital", "indirect", "claimed")
    assert said_by(text, "board should resign")[2] == "said"


def test_an_unnamed_source_is_referred_back_to() -> None:
    text = (
        "The airline will close two bases, people familiar with the plan said.\n"
        "It is also reviewing its Madrid routes, one of the people said."
    )
    assert said_by(text, "Madrid")[0] == "people familiar with the plan"


def test_a_french_pronoun_refers_to_the_body_that_spoke_last() -> None:
    text = (
        "« Nous ne fermerons aucun service », a déclaré Paul Girard, délégué syndical.\n"
        "La direction conteste ces chiffres. Dans un communiqué, elle affirme que dix postes ont été créés.\n"
        "Le syndicat réclame vingt postes. Il affirme que les urgences sont saturées."
    )
    assert said_by(text, "dix postes")[0] == "la direction"
    assert said_by(text, "saturées")[0] == "le syndicat"


def test_romance_sources_with_elided_articles_and_adjectives() -> None:
    text = (
        "Selon l'agence régionale de santé, quarante lits manquent dans le département.\n"
        "« Nous manquons de tout », a précisé l'intersyndicale.\n"
        "D'après une étude de l'Observatoire, les loyers ont augmenté de 4 % en un an.\n"
        "Según la consejería autonómica, el embalse está al 20% de su capacidad."
    )
    assert said_by(text, "lits manquent")[0] == "l'agence régionale de santé"
    assert said_by(text, "manquons")[0] == "l'intersyndicale"
    assert said_by(text, "loyers")[0] == "Observatoire"
    assert said_by(text, "embalse")[0] == "la consejería autonómica"


def test_it_after_a_company_spoke_is_the_company() -> None:
    text = (
        "Harlow Foods said pre-tax profit fell 9% to £210m in the year to March.\n"
        "It said demand for its frozen ranges had weakened across Europe."
    )
    assert said_by(text, "frozen ranges")[:2] == ("Harlow Foods", "indirect")


def test_plural_groups_speak_in_french_and_spanish() -> None:
    text = (
        "Les riverains affirment que le bruit dépasse les seuils depuis l'ouverture du site.\n"
        "Los vecinos denunciaron que el agua llevaba tres días cortada en el barrio."
    )
    assert said_by(text, "bruit")[:2] == ("riverains", "indirect")
    assert said_by(text, "agua")[:2] == ("vecinos", "indirect")


def test_a_possessive_document_source_keeps_its_owner() -> None:
    text = "Revenue rose 12% to $4.1bn last year, according to the company's latest annual report."
    assert said_by(text, "Revenue")[0] == "the company's latest annual report"


def test_called_reports_speech_only_with_an_object_and_its_label() -> None:
    text = (
        'The club called the newspaper\'s report "pure fiction" in a short statement.\n'
        "The council called an emergency meeting for Thursday evening to discuss the closures.\n"
        "Police were called to the house at 3am after neighbours heard shouting."
    )
    assert said_by(text, "pure fiction")[1:] == ("direct", "called")
    assert said_by(text, "emergency meeting")[1] == "none"
    assert said_by(text, "3am")[1] == "none"


def test_blamed_reports_a_stance() -> None:
    text = "The transport authority blamed the contractor for the three-week delay on the line."
    assert said_by(text, "blamed") == ("the transport authority", "indirect", "blamed")


def test_a_post_on_a_social_network_is_a_cue_as_written() -> None:
    text = 'Tom Reyes, a councillor in Hallam, wrote on X: "The depot closure will cost forty jobs in this town."'
    assert said_by(text, "depot closure") == ("Tom Reyes", "direct", "wrote on X")


def test_spanish_segun_with_a_verb_names_the_source_after_it() -> None:
    text = "Dos personas fueron trasladadas al hospital, según informaron fuentes de la Policía Local."
    assert said_by(text, "Dos personas") == ("fuentes de la Policía Local", "indirect", "según informaron")


def test_spanish_source_between_commas_has_no_description() -> None:
    text = "Los vecinos del bloque, según explicó la Guardia Civil, fueron desalojados antes de las cinco."
    claim = claim_with(text, "vecinos")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role, claim.speaker.kind) == ("Guardia Civil", None, "organisation")


def test_spanish_cue_without_a_subject_is_the_last_speaker() -> None:
    text = (
        "El concejal de Urbanismo, Andrés Salas, explicó que las obras terminarán en junio. "
        "«No habrá más retrasos en el barrio», aseguró."
    )
    assert said_by(text, "retrasos") == ("Andrés Salas", "direct", "aseguró")


def test_document_subject_speaks_for_its_named_author() -> None:
    text = "The review, published on Thursday by the Hartwell Foundation, found that one ward in four was understaffed."
    assert said_by(text, "review") == ("Hartwell Foundation", "indirect", "found")
    text = "El estudio, elaborado por la Universidad de Oviedo, advierte que el glaciar habrá desaparecido en 2040."
    assert said_by(text, "glaciar")[0] == "Universidad de Oviedo"
    text = "The audit, commissioned by the trust, found that one ward in four was understaffed."
    assert said_by(text, "audit")[0] == "the audit"


def test_a_name_tied_to_its_body_by_of_or_from() -> None:
    text = '"We will not back down," said Owen Marsh of the Fire Brigades Union.'
    claim = claim_with(text, "back down")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Owen Marsh", "of the Fire Brigades Union")
    assert said_by("According to the Bank of England, inflation will fall to 2% next year.", "inflation")[0] == (
        "Bank of England"
    )


def test_a_passive_of_saying_leaves_the_cue_to_the_verb_after_it() -> None:
    text = (
        "Businessman Ian Moss lost the appeal on Friday.\n"
        'He is also said to have claimed the council had "moved the goalposts".\n'
        "Moss, said to be worth £40million, owns six hotels."
    )
    assert said_by(text, "goalposts") == ("Ian Moss", "direct", "claimed")
    assert said_by(text, "six hotels")[1] == "none"


def test_a_party_in_parentheses_and_a_relative_clause_before_the_cue() -> None:
    text = (
        "Rep. Ana Ortiz (D-N.M.), who chairs the panel, wrote in a letter that the agency had misled Congress.\n"
        "A spokesman for Brightwell, which is based in Dayton, Ohio, said the firm had met every deadline."
    )
    assert said_by(text, "misled Congress") == ("Ana Ortiz", "indirect", "wrote in a letter")
    assert said_by(text, "every deadline")[0] == "Brightwell"


def test_the_watchdog_is_the_body_that_spoke_before() -> None:
    text = (
        "A 2021 audit by the National Audit Office found that the scheme had no clear targets.\n"
        "The watchdog warned that costs could double unless the contract was changed."
    )
    assert said_by(text, "costs could double")[0] == "National Audit Office"
    # Nobody spoke before: the watchdog as written.
    assert said_by("The watchdog warned that costs could double.", "double")[0] == "the watchdog"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Senator Jo Brandt pressed him on why the money had gone.", "pressed"),
        ("Coroner Ida Lusk closed the hearing, finding that the delay had contributed to the death.", "finding"),
        ("The Small Traders' Association disputed the figures, arguing the rents were lower.", "disputed"),
        ("The authors estimate that about 40,000 homes are empty.", "estimate"),
    ],
)
def test_cues_of_questioning_finding_disputing_and_estimating(sentence: str, cue: str) -> None:
    assert said_by(sentence, sentence[:20])[2] == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The council pressed ahead with the scheme in May.",
        "Engineers are finding a way to cut the cost of the bridge.",
        "She has been writing a book about the flood for two years.",
        "The official estimate of the damage rose to 40 homes.",
        "Troops moved into the disputed border region at dawn.",
    ],
)
def test_the_same_words_in_other_senses_are_no_cues(sentence: str) -> None:
    assert said_by(sentence, sentence[:20])[1] == "none"


def test_the_author_of_a_document_and_its_authors() -> None:
    text = (
        "The survey, carried out last month by the Kestrel Institute, a research charity, found that rents rose.\n"
        "The authors estimate that one in five tenants is behind on rent.\n"
        "The Small Traders' Association disputed the figures, arguing that shops were hit harder."
    )
    assert said_by(text, "rents rose")[0] == "Kestrel Institute"
    assert said_by(text, "one in five")[0] == "Kestrel Institute"
    assert said_by(text, "shops were hit")[0] == "Small Traders' Association"


def test_people_working_at_a_body_and_a_participle_cue_after_their_clause() -> None:
    text = (
        "Governor Ola Brandt said rates would stay high.\n"
        "Analysts at Fernhill Capital said the bank would cut in June.\n"
        "Economists at Corwen Securities were more cautious, writing in a note that a cut could wait."
    )
    assert said_by(text, "cut in June")[0] == "Analysts at Fernhill Capital"
    assert said_by(text, "could wait")[0] == "Economists at Corwen Securities"


def test_a_poll_count_and_market_pricing_speak_for_their_group() -> None:
    text = (
        "Of 40 analysts surveyed by Bloomberg this month, 31 had expected a cut in June.\n"
        "Investors now price in a 70% chance of a second cut.\n"
        "Growth was weaker than expected.\n"
        "The oil price in London rose 2% on Monday.\n"
        "A decision is expected in July."
    )
    assert said_by(text, "cut in June") == ("analysts surveyed by Bloomberg", "indirect", "expected")
    assert said_by(text, "70% chance")[:2] == ("Investors", "indirect")
    assert said_by(text, "weaker")[1] == "none"
    assert said_by(text, "oil price")[1] == "none"
    assert said_by(text, "in July")[1] == "none"


# -- round 5, English speakers ------------------------------------------------------------------------------------


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    claim = claim_with(text, fragment)
    return (claim.speaker.name if claim.speaker else None), (claim.speaker.kind if claim.speaker else None)


def test_a_participle_cue_takes_the_name_opening_its_clause() -> None:
    text = (
        "The drivers' union said it would ballot members over the new rota.\n"
        "Daniel Okoro of Halden Research lowered his forecast for the airline to 310p, saying fuel costs would "
        "stay high into next year."
    )
    assert _speaker_of(text, "fuel costs") == ("Daniel Okoro", "person")
    # A capitalised plural opening the clause is no name: the participle keeps its earlier reading.
    negative = "Shares in Brockley Foods fell 6% on Monday, saying nothing about the outlook for the chain."
    assert all(claim.speaker is None or claim.speaker.name != "Shares" for claim in extract_claims(negative, "n" * 32))


def test_arguing_that_is_a_cue_after_a_stance() -> None:
    text = "Mira Castell, an analyst at Dunmore Partners, was more cautious, arguing that the shares looked expensive."
    claim = claim_with(text, "looked expensive")
    assert claim.cue == "arguing"
    assert claim.speaker is not None
    assert claim.speaker.name == "Mira Castell"
    assert "arguing" not in {c.cue for c in extract_claims("The two men were arguing with the referee.", "n" * 32)}


def test_one_member_of_a_group_unnamed_speaks() -> None:
    text = "One of the bank's biggest investors, who asked not to be named, said the chairman should step down."
    assert _speaker_of(text, "step down") == ("One of the bank's biggest investors", "anonymous")
    text = "One paramedic at the station, who asked not to be named, said crews were waiting four hours."
    assert _speaker_of(text, "four hours") == ("One paramedic at the station", "anonymous")
    # "Two of the people": the plural source is read as before, not as one unnamed person.
    assert _speaker_of("Two of the people said the deal was close to being signed.", "deal")[1] != "anonymous"


def test_a_suit_states_its_allegations() -> None:
    text = "The suit alleges that the landlord ignored repeated complaints about damp in the flats."
    claim = claim_with(text, "landlord")
    assert claim.speaker is not None
    assert claim.speaker.name.lower() == "the suit"
    assert claim.cue == "alleges"


def test_a_guild_is_an_organisation() -> None:
    text = "The Screen Editors' Guild, which represents about 900 members, said it would fight the cuts."
    assert _speaker_of(text, "fight the cuts") == ("Screen Editors' Guild", "organisation")


def test_a_company_described_by_where_it_is_based_is_it() -> None:
    text = (
        "Harlow Dynamics, the Leeds-based maker of factory sensors, is to cut 200 jobs.\n"
        "Harlow said sales fell 8% in the half-year.\n"
        "It now expects full-year sales of about £90m."
    )
    assert _speaker_of(text, "sales fell") == ("Harlow", "organisation")
    assert _speaker_of(text, "full-year") == ("Harlow", "organisation")
    # A person described by where she works is still a person.
    person = "Jo Marsh, a London-based designer, said the brief was unclear."
    assert _speaker_of(person, "brief")[1] == "person"


def test_a_capitalised_description_before_a_name_is_its_role() -> None:
    claim = claim_with("Pensioner Alan Greer, 79, said the bus had not come for a week.", "bus")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Alan Greer", "Pensioner")


def test_a_given_name_after_a_possessed_kin_noun_is_a_person_and_the_subject() -> None:
    text = (
        'Sergeant Ruth Ellery said: "The driver was very lucky."\n'
        "Tom Drake's daughter Megan, 19, has started a petition for a crossing. "
        'She said: "Someone will be killed on that road."'
    )
    assert _speaker_of(text, "killed")[0] == "Megan"
    # A name after a possessor and a noun for a thing stays no person of its own.
    assert _speaker_of('His company Brightwell said: "Orders are up."', "Orders")[0] != "company"


def test_a_quote_attributed_after_its_first_sentence_is_its_speakers() -> None:
    text = (
        "The port will open a second berth next year, the harbour board said.\n"
        '"This is not a gift to the town. It is what the trade needs," Mayor Ines Kowal told reporters. '
        '"We should have done it years ago."'
    )
    assert _speaker_of(text, "gift to the town")[0] == "Ines Kowal"
    # A quote with no attribution of its own after a sentence reporting someone still goes on with them.
    carried = 'Ines Kowal said the berth was overdue.\n"We should have done it years ago. Ships are waiting."'
    assert _speaker_of(carried, "years ago")[0] == "Ines Kowal"


def test_a_possessed_body_keeps_its_possessor_as_written() -> None:
    text = "Norland's government accused the company of breaking the terms of its licence."
    assert _speaker_of(text, "licence") == ("Norland's government", "organisation")
    assert _speaker_of("The government said the licence was valid.", "licence")[0] != "government's"


def test_single_quoted_speech_runs_over_sentences_and_paragraphs() -> None:
    text = (
        "Lena Marsh has run the village shop for 30 years.\n"
        "'When I started, there were four shops on this street,' she says. 'Now it's just me and the chemist. "
        "The rents have doubled since the bypass opened.'\n"
        "Councillor Rob Tate, the council's lead member for planning, meets me at the town hall. 'Nobody wants to "
        "see the shops close. But we can't freeze rents on private property.\n"
        "'Landlords set them, not us. We've asked them to talk to the traders.'"
    )
    assert said_by(text, "just me and the chemist") == ("Lena Marsh", "direct", "says")
    assert said_by(text, "rents have doubled")[:2] == ("Lena Marsh", "direct")
    assert said_by(text, "freeze rents")[:2] == ("Rob Tate", "direct")
    assert said_by(text, "talk to the traders")[:2] == ("Rob Tate", "direct")


def test_a_single_scare_quote_or_apostrophe_opens_no_quote() -> None:
    text = "'Fast fashion' is blamed for the waste, the report said. It's the shoppers' choice that counts in the end."
    assert said_by(text, "shoppers")[1] == "none"
    quoted = "The mayor called it 'a disgrace'. The council's budget was cut by £2m last year, the figures show."
    assert said_by(quoted, "budget was cut")[1] == "indirect"


def test_a_body_after_a_fronted_adverbial_is_what_it_stands_for() -> None:
    text = "In March, Dunmore County Council approved a new depot, which it says will save £1.2m a year."
    assert said_by(text, "depot")[0] == "Dunmore County Council"


def test_one_unnamed_official_telling_the_writer() -> None:
    text = "One council officer, who asked not to be named, told me the scheme had no money set aside for repairs."
    assert _speaker_of(text, "scheme") == ("One council officer", "anonymous")
    # "A former treasurer of the club" is a post named later, not an unnamed source.
    assert _speaker_of("A former treasurer of the club said the accounts were wrong.", "accounts")[0] is None


def test_an_unnamed_person_from_a_place_is_the_speaker_not_the_place() -> None:
    text = "A retired nurse from Haddington said the clinic had been closed for weeks."
    assert said_by(text, "clinic")[0] == "a retired nurse from Haddington"
    text = "Two residents from Marley Street said the road flooded every winter."
    assert said_by(text, "flooded")[0] == "Two residents from Marley Street"
    # A named person's home town is left out, as an address is.
    assert said_by("Rachel Dunn from Leeds said the council had ignored residents.", "ignored")[0] == "Rachel Dunn"
    # "from" inside a body's sentence does not turn the body into its origin.
    assert said_by("The Bank of England from next year said rates would rise.", "rates")[0] == "Bank of England"


def test_a_descriptive_noun_alone_is_an_unnamed_person_but_a_post_is_not() -> None:
    assert said_by("A pensioner said her heating bill had doubled since May.", "heating")[0] == "a pensioner"
    assert said_by("A widow told the inquiry that the warnings had been ignored.", "warnings")[0] == "a widow"
    # A post on its own is usually named in the next sentence: not an anonymous source.
    assert said_by("A minister said the loan terms were unfair.", "loan")[0] is None


def test_a_named_person_of_a_body_is_the_person() -> None:
    text = "Anna Field of Resolution Capital said wages would fall next year."
    assert said_by(text, "wages")[0] == "Anna Field"
    text = "Mary Ross of the Royal College of Nursing said wards were short-staffed."
    assert said_by(text, "wards")[0] == "Mary Ross"
    # Bodies named "X of Y" stay whole.
    assert said_by("The National Academy of Sciences said the data were sound.", "data")[0] == (
        "National Academy of Sciences"
    )
    assert said_by("The Royal Bank of Scotland said profits rose.", "profits")[0] == "Royal Bank of Scotland"


def test_a_body_named_with_and_after_the_is_one_name() -> None:
    text = "The Food and Drug Administration said the vaccine was safe for children."
    assert said_by(text, "vaccine")[0] == "Food and Drug Administration"
    # Without "the" before the first conjunct, "and" joins two speakers: the name is not widened.
    assert said_by("Tesco and the Co-op Group said prices would rise.", "prices")[0] == "Co-op Group"


def test_a_co_author_before_a_name_is_a_role() -> None:
    text = "Co-author Lena Brandt told reporters the sample was too small to say more."
    assert said_by(text, "sample")[0] == "Lena Brandt"


def test_a_participle_clause_before_a_name_in_commas_is_no_apposition() -> None:
    text = "Responding to the verdict, Carla Mendes, of the Tenants' Union, said the landlord had got off lightly."
    assert said_by(text, "landlord")[0] == "Carla Mendes"
    # A real apposition is still read: the description before the name is its role.
    text = "The charity's director, Carla Mendes, said the landlord had got off lightly."
    assert said_by(text, "landlord")[0] == "Carla Mendes"


def test_an_unnamed_person_at_a_place_before_a_relative_clause() -> None:
    text = "A senior paediatrician at Dunmore, who asked not to be named, said the ward had no spare beds."
    assert said_by(text, "spare beds")[0] == "a senior paediatrician"
    # A named person before the relative clause keeps the name.
    text = "Dr Ola Brandt, who works at Dunmore, said the ward had no spare beds."
    assert said_by(text, "spare beds")[0] == "Ola Brandt"
