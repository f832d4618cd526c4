from __future__ import annotations

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
