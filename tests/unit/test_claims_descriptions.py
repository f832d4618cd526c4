from __future__ import annotations

from processors.claims import extract_claims
from processors.claims.names import person_mentions
from processors.claims.speakers import SpeakerMemory, subject_before


def resolve_before(memory: SpeakerMemory, sentence: str, cue: str) -> str | None:
    phrase = subject_before(sentence, sentence.index(cue))
    speaker = None if phrase is None else memory.resolve(phrase)
    return None if speaker is None else speaker.name


def test_name_with_age_is_a_person_with_that_age() -> None:
    mentions = person_mentions("Tobias Wren, 47, of Mill Lane, denies theft.")
    assert (mentions[0].name, mentions[0].certain, mentions[0].age) == ("Tobias Wren", True, 47)


def test_age_description_resolves_to_the_person_of_that_age() -> None:
    memory = SpeakerMemory()
    memory.observe("Tobias Wren, 47, of Mill Lane, denies theft.")
    memory.observe("Inspector Hana Bird, 39, led the inquiry.")
    assert resolve_before(memory, "The 47-year-old said he was innocent.", "said") == "Tobias Wren"
    assert resolve_before(memory, "The 39-year-old said the case was clear.", "said") == "Hana Bird"


def test_description_resolves_to_the_person_whose_apposition_holds_the_noun() -> None:
    memory = SpeakerMemory()
    memory.note_person("Lena Voss", "an economist at Brightwater Bank")
    memory.note_person("Omar Haddad", "the defendant in the case")
    memory.note_person("Rosa Kim", "Mayor")
    assert resolve_before(memory, "The economist said rates would fall.", "said") == "Lena Voss"
    assert resolve_before(memory, "The defendant said he was at home.", "said") == "Omar Haddad"


def test_abbreviated_title_keeps_the_name_together() -> None:
    memory = SpeakerMemory()
    sentence = "Senior engineer Dr. Nils Ek, who checked the pipes, said the leak was old."
    assert [m.name for m in memory.observe(sentence)] == ["Nils Ek"]
    assert resolve_before(memory, "Dr. Nils Ek said it again.", "said") == "Nils Ek"


def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    memory = SpeakerMemory()
    assert resolve_before(memory, "Barrister Ms. Ada Lowe KC told the jury it was planned.", "told") == "Ada Lowe"


def test_foreign_articles_and_pronouns() -> None:
    memory = SpeakerMemory()
    memory.note_person("Petra Hahn", "Sprecherin der Firma")
    assert resolve_before(memory, "Die Sprecherin sagte, der Plan stehe.", "sagte") == "Petra Hahn"
    memory.note_person("Luc Morel", "la ministre de la Culture")
    assert resolve_before(memory, "Selon lui, la ministre a annoncé un plan.", "a annoncé") == "Luc Morel"
    memory.last_person = "Petra Hahn"
    assert resolve_before(memory, "Sie kündigte an, zu klagen.", "kündigte") == "Petra Hahn"
    assert resolve_before(memory, "Ella advirtió que faltaba agua.", "advirtió") == "Petra Hahn"


def test_foreign_description_without_a_holder_stays_unresolved() -> None:
    memory = SpeakerMemory()
    memory.note_person("Luc Morel", "Maire")
    assert resolve_before(memory, "Les pertes sont chiffrées par la fédération.", "chiffrées") is None


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (claim.speaker.name if claim.speaker else None, claim.speaker.role if claim.speaker else None)
        for claim in extract_claims(text, "0" * 32)
    ]


def test_long_relative_clause_after_an_age_and_a_description() -> None:
    text = (
        "Colin Ashworth, 66, a former miner from Deepdale who has waited two years for a new hip, said the delay "
        "had cost him his part-time job."
    )
    assert _speakers(text)[0][0] == "Colin Ashworth"


def test_comma_inside_a_number_does_not_end_an_apposition() -> None:
    text = "The survey, which questioned 2,400 tenants in three cities, found that rents had risen by a fifth."
    assert _speakers(text)[0][0] == "the survey"


def test_family_descriptor_before_a_name_is_a_role() -> None:
    assert _speakers('Dad-of-three Owen Pryce, 41, said: "We were never asked."')[0] == ("Owen Pryce", "Dad-of-three")
    assert _speakers("Pensioner Edna Hollis, 82, said the bus was her only link to town.")[0] == (
        "Edna Hollis",
        "Pensioner",
    )


def test_body_name_joined_by_and() -> None:
    text = "The Department for Culture and Sport said the grant would be paid by March."
    assert _speakers(text)[0][0] == "Department for Culture and Sport"
    text = "Mayor Ann Pike and Jo Lee said the grant would be paid by March."
    assert _speakers(text)[0][0] != "Ann Pike and Jo Lee"


def test_feature_pronoun_refers_to_the_full_name_opening_a_sentence() -> None:
    text = (
        "Dorothy Kettle keeps her late husband's boots by the back door of the farmhouse.\n"
        '"He walked these fields for sixty years and never once complained," she says.'
    )
    assert _speakers(text)[-1][0] == "Dorothy Kettle"
