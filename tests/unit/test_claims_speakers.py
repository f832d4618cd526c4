from __future__ import annotations

from processors.claims.phrases import stated_age
from processors.claims.speakers import SpeakerMemory, person_mentions, phrase_after, split_role, subject_before


def resolve_before(memory: SpeakerMemory, sentence: str, cue: str) -> tuple[str, str | None, str] | None:
    phrase = subject_before(sentence, sentence.index(cue))
    speaker = None if phrase is None else memory.resolve(phrase)
    return None if speaker is None else (speaker.name, speaker.role, speaker.kind)


def test_role_is_split_from_a_named_person() -> None:
    memory = SpeakerMemory()
    sentence = "Foreign Minister Jane Doe admitted yesterday the talks failed."
    assert resolve_before(memory, sentence, "admitted") == ("Jane Doe", "Foreign Minister", "person")
    assert split_role(["Mr", "Smith"]) == (None, ["Smith"])


def test_groups_anonymous_and_organisations() -> None:
    memory = SpeakerMemory()
    assert resolve_before(memory, "Spies claimed he was there.", "claimed") == ("Spies", None, "group")
    assert resolve_before(memory, "Local farmers now claim the river died.", "claim") == (
        "Local farmers",
        None,
        "group",
    )
    assert resolve_before(memory, "Senior officials said it was over.", "said") == (
        "Senior officials",
        None,
        "anonymous",
    )
    assert resolve_before(memory, "The Health Ministry said 40 died.", "said") == (
        "Health Ministry",
        None,
        "organisation",
    )


def test_cue_used_as_a_noun_has_no_speaker() -> None:
    assert subject_before("He rejected the claim that it failed.", len("He rejected the ")) is None


def test_pronoun_resolves_to_last_person_who_spoke() -> None:
    memory = SpeakerMemory()
    memory.observe("Chancellor Karl Weber met Anna Berg.")
    memory.last_person = "Karl Weber"
    assert resolve_before(memory, "He told reporters: it is over.", "told") == ("Karl Weber", "Chancellor", "person")


def test_description_resolves_to_most_prominent_person_in_full_form() -> None:
    memory = SpeakerMemory()
    memory.observe("Rebel commander Omar al-Rashid fled the city.")
    memory.observe("Troops hunted al-Rashid for weeks.")
    memory.observe("Mayor Tom Reed stayed.")
    assert resolve_before(memory, "Later the self-styled ‘emir’ told fighters to hold on.", "told") == (
        "Omar al-Rashid",
        "Rebel commander",
        "person",
    )


def test_short_name_resolves_to_the_full_form_seen_before() -> None:
    memory = SpeakerMemory()
    memory.observe("Prime Minister Ann Lee spoke.")
    assert memory.canonical("Lee") == "Ann Lee"
    assert memory.note_person("Lee") == "Ann Lee"


def test_mentions_need_evidence_of_a_person() -> None:
    names = [(m.name, m.certain) for m in person_mentions("Troops left Great Falls as leader Abu Bakr al-Zein fled.")]
    assert ("Abu Bakr al-Zein", True) in names
    assert all(certain is False for name, certain in names if name != "Abu Bakr al-Zein")


def test_phrase_after_according_to() -> None:
    phrase = phrase_after("according to Interior Minister Sara Lind, it was calm", len("according to"))
    assert phrase is not None
    assert phrase.kind == "proper"
    assert phrase.words == ("Interior", "Minister", "Sara", "Lind")


def test_stated_age_reads_only_a_whole_age_word() -> None:
    assert stated_age("44-year-old") == 44
    assert stated_age("44-year-olds") is None
    assert stated_age("1000-year-old") is None
    assert stated_age("veteran") is None


def test_a_described_unnamed_source_drops_its_qualification() -> None:
    memory = SpeakerMemory()
    sentence = "A senior European official familiar with the negotiations said the deal was close."
    assert resolve_before(memory, sentence, "said") == ("senior European official", None, "anonymous")
    sentence = "Two people familiar with the negotiations said the deal was close."
    found = resolve_before(memory, sentence, "said")
    assert found is not None
    assert found[0].endswith("familiar with the negotiations")


def test_a_name_without_a_title_is_a_person_once_the_surname_recurs() -> None:
    from processors.claims import extract_claims

    text = (
        "Dr. Alan Pierce, who runs the district's hiring office, said the shortage was the worst in a decade.\n"
        "When Maria Delgado lost her job last spring, she and her partner moved in with her parents. "
        "By the autumn, Delgado had found work in a warehouse. "
        '"It pays the rent, and that is all it does," she said.'
    )
    claim = next(c for c in extract_claims(text, "d" * 32) if "pays the rent" in c.text)
    assert claim.speaker is not None
    assert claim.speaker.name == "Maria Delgado"


def test_a_place_named_twice_is_no_person() -> None:
    memory = SpeakerMemory()
    memory.observe("Crews fought the blaze in Harlan County overnight.")
    memory.observe("Officials in County said roads were closed.")
    assert memory.canonical("County") == "County"


def test_a_negated_subject_is_no_speaker() -> None:
    memory = SpeakerMemory()
    assert resolve_before(memory, "Neither campaign has alleged fraud in the count.", "alleged") is None


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    from processors.claims import extract_claims

    return [
        (claim.speaker.name if claim.speaker else None, claim.speaker.kind if claim.speaker else None)
        for claim in extract_claims(text, "0" * 32)
    ]


def test_an_unnamed_person_introduced_with_an_indefinite() -> None:
    assert _speakers("A local resident said the lane had flooded twice since March.") == [
        ("a local resident", "anonymous")
    ]
    assert _speakers("Another commuter said the 7.40 service had been cancelled all week.") == [
        ("Another commuter", "anonymous")
    ]
    assert _speakers("Un vecino aseguró que el humo se veía desde la autovía.")[0][1] == "anonymous"


def test_warned_inverts_after_a_closing_quote() -> None:
    assert _speakers('"Rents will keep climbing," warned housing analyst Ben Ortega.') == [("Ben Ortega", "person")]


def test_bodies_named_by_what_they_do() -> None:
    assert _speakers("The watchdog said the savings had been overstated by a third.") == [
        ("the watchdog", "organisation")
    ]
    assert _speakers("The developer insists it will plant 10,000 trees on the site.")[0][1] == "organisation"


def test_spanish_possessive_description_before_a_name() -> None:
    assert _speakers("Su hermana, Lucía Prieto, añadió que nadie les había avisado del corte.")[0] == (
        "Lucía Prieto",
        "person",
    )


def test_a_spokesperson_for_the_firm_speaks_for_the_company_of_the_article() -> None:
    text = (
        "Harbourline Logistics announced 200 redundancies on Monday. "
        "A spokeswoman for the company said affected staff would be offered retraining."
    )
    assert _speakers(text)[-1] == ("Harbourline Logistics", "organisation")


def test_she_after_an_unnamed_spokeswoman_is_the_body() -> None:
    text = (
        "A spokeswoman for Dorset Police said officers were called at 3am. "
        "She said nobody had been hurt in the crash."
    )
    assert [speaker for speaker, _ in _speakers(text)] == ["Dorset Police", "Dorset Police"]


# Gender agreement: "he"/"she" skip the last subject when the text told that person's sex and it differs.


def _last_speaker(text: str) -> str | None:
    return _speakers(text)[-1][0]


def test_he_skips_a_woman_for_the_man_named_after_her() -> None:
    text = (
        "Maria Grant, the chair, defended the plan on Monday. Her deputy, Tom Ellis, disagreed with the timetable. "
        '"We cannot build 400 homes in two years without new roads," he said.'
    )
    assert _last_speaker(text) == "Tom Ellis"


def test_she_after_a_male_witness_is_the_coroner() -> None:
    text = (
        "The area coroner, Mrs Helen Marsh, opened the inquest on Tuesday. "
        "The witness, Gary Platt, told the court he had seen the van swerve twice before the crash. "
        '"It was going far too fast for that road," Platt said. '
        "Recording her conclusion, she said the driver had died as a result of a road traffic collision."
    )
    assert _last_speaker(text) == "Helen Marsh"


def test_she_after_a_spokeswoman_and_a_man_who_spoke() -> None:
    text = (
        "Spokeswoman Kate Bell defended the budget on Friday. "
        "Finance chief Robert Hale said the deficit would reach £4m by April. "
        '"We will have to cut services to balance the books," she said.'
    )
    assert _last_speaker(text) == "Kate Bell"


def test_he_skips_a_woman_described_as_a_mother() -> None:
    text = (
        "Councillor Dev Raman opened the meeting at 7pm. "
        "Councillor Jo Carter, a mother of three, said the crossing had been promised for a decade. "
        '"Someone will be killed on that road before anything is done," he said.'
    )
    assert _last_speaker(text) == "Dev Raman"


def test_a_german_feminine_post_and_er() -> None:
    text = (
        "Der Kämmerer Jonas Reuter legte am Montag den Haushalt vor. "
        "Finanzministerin Ilse Brandt lobte den Entwurf im Landtag. "
        '"Das Defizit wird auf vier Millionen Euro steigen", sagte er.'
    )
    assert _last_speaker(text) == "Jonas Reuter"


def test_german_sie_keeps_the_last_subject() -> None:
    # "sie" may be "they" or the polite "Sie": it tells no sex, so it resolves as before.
    text = (
        "Frau Ilse Brandt legte am Montag den Haushalt vor. "
        "Herr Jonas Reuter kritisierte den Entwurf im Landtag. "
        '"Das Defizit wird auf vier Millionen Euro steigen", sagte sie.'
    )
    assert (_last_speaker(text) or "").endswith("Jonas Reuter")


def test_a_french_feminine_article_and_il() -> None:
    text = (
        "Le maire Paul Girard a présenté le budget lundi. "
        "La ministre Claire Dubois a salué le projet mardi. "
        '"Nous ne pourrons pas construire 400 logements en deux ans", a-t-il déclaré.'
    )
    assert _last_speaker(text) == "Paul Girard"


def test_a_french_feminine_apposition_and_elle() -> None:
    text = (
        "La présidente, Odile Ferrand, a présenté le budget lundi. "
        "Le maire Bastien Roux a critiqué le projet mardi. "
        '"Ce chiffre est faux", a-t-elle répondu.'
    )
    assert _last_speaker(text) == "Odile Ferrand"


def test_a_spanish_feminine_article_and_el() -> None:
    text = (
        "El alcalde, Tomás Vidal, presentó el plan el lunes. "
        "La portavoz Ainara Goñi criticó el calendario. "
        "«No podremos construir 400 viviendas en dos años», dijo él."
    )
    assert _last_speaker(text) == "Tomás Vidal"


def test_a_spanish_unspoken_subject_tells_no_sex() -> None:
    text = (
        "El jefe de bomberos, Tomás Vidal, explicó que el fuego empezó en la cubierta. "
        "La alcaldesa, Ainara Goñi, aseguró que el aire es seguro. "
        "«Hemos actuado por precaución», afirmó."
    )
    assert _last_speaker(text) == "Ainara Goñi"


def test_unknown_sex_keeps_the_last_subject() -> None:
    # Neither "Sam" nor "Alex" tells a sex: "he" stays with the last subject, as without agreement.
    text = (
        "Sam Taylor, the chair, defended the plan on Monday. "
        "Councillor Alex Morgan criticised the timetable. "
        '"We cannot build 400 homes in two years without new roads," she said.'
    )
    assert _last_speaker(text) == "Alex Morgan"


def test_a_pronoun_naming_someone_else_tells_nothing() -> None:
    # "alongside her" is the midwife's, not the doctor's: the doctor's sex stays unknown.
    memory = SpeakerMemory()
    memory.observe("Mrs Margaret Ellery pours the tea before she will talk.")
    memory.observe("Dr Anil Bhardwaj, who worked alongside her for 22 years, says she was fearless.")
    assert memory.gender_of("Margaret Ellery") == "f"
    assert memory.gender_of("Anil Bhardwaj") is None


def test_a_hearing_named_as_the_source_of_evidence() -> None:
    text = (
        "A cyclist was hit by a lorry that had no working mirrors, an inquest has heard.\n"
        "The tribunal heard that the manager had ignored four written complaints.\n"
        "A jury of local residents visited the site on Monday."
    )
    assert _speakers(text) == [
        ("the inquest", "organisation"),
        ("the tribunal", "organisation"),
        (None, None),
    ]


def test_an_occupation_before_a_name_is_the_role() -> None:
    memory = SpeakerMemory()
    sentence = "Firefighter Ollie Brannagh told reporters the roof had gone within minutes."
    assert resolve_before(memory, sentence, "told") == ("Ollie Brannagh", "Firefighter", "person")
    assert split_role(["pop", "star", "Mia", "Trent"]) == ("pop star", ["Mia", "Trent"])
    found = person_mentions("It was a blow to singer Kit Lomax and her band.")
    assert [(m.name, m.role) for m in found if m.certain] == [("Kit Lomax", "singer")]
    assert split_role(["Area", "coroner", "Jo", "Penrose"]) == ("Area coroner", ["Jo", "Penrose"])
    # Capitalised, an occupation opens names of things too: two words, or a title word such as "Star", stay whole.
    assert split_role(["Doctor", "Foster"]) == (None, ["Doctor", "Foster"])
    assert split_role(["Star", "Trek", "Discovery"]) == (None, ["Star", "Trek", "Discovery"])
    # Without a name after it the occupation is no role of anyone: "a nurse said" stays an unnamed person.
    assert _speakers("A nurse said the ward had been short of staff for weeks.") == [("a nurse", "anonymous")]


def test_the_coroner_is_the_coroner_named_before() -> None:
    text = (
        "Senior coroner Alma Petrakis opened the hearing on Monday.\n"
        "Paramedic Dev Okafor said he had waited two hours for a bed.\n"
        '"There was nothing more the crew could have done," the coroner said.'
    )
    assert _speakers(text)[-1] == ("Alma Petrakis", "person")


def test_an_age_given_to_someone_else_does_not_name_them() -> None:
    text = (
        "Presenter Rosa Benn hit back at her former agent.\n"
        "Her old agent, Colm Fry, 58, told a podcast she owed him money.\n"
        '"I have paid every bill on time," the 34-year-old wrote on Instagram.'
    )
    assert _speakers(text)[-1] == ("Rosa Benn", "person")
    # Nobody given another age: the last subject, as before.
    text = 'Colm Fry told a podcast she owed him money.\n"It is all true," the 58-year-old added.'
    assert _speakers(text)[-1] == ("Colm Fry", "person")


def test_the_friend_is_the_pal_quoted_before() -> None:
    text = (
        "Footballer Dan Ivers has split from his fiancee.\n"
        'A pal revealed the couple had been "arguing for months".\n'
        '"He is gutted," the friend said.'
    )
    assert _speakers(text)[1:] == [("a pal", "anonymous"), ("a pal", "anonymous")]
    # A friend with a name stays the named friend.
    text = 'A pal said the couple had rowed.\nHis friend Tom Reece said: "They will be fine."'
    assert _speakers(text)[-1] == ("Tom Reece", "person")


def test_sources_close_to_someone_are_the_source() -> None:
    memory = SpeakerMemory()
    sentence = "Sources close to the striker insisted the fee was wrong."
    assert resolve_before(memory, sentence, "insisted") == ("Sources close to the striker", None, "anonymous")
    # "to" after other words is no qualification of a source.
    found = resolve_before(memory, "A letter to the council said the road was unsafe.", "said")
    assert found is None or found[2] != "anonymous"
