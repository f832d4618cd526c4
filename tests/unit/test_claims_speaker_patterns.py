"""Speaker attribution on common news patterns: roles before names, appositions, groups, organisations, titles."""

from __future__ import annotations

from newsflow.contracts import Claim
from processors.claims import extract_claims
from processors.claims.speakers import SpeakerMemory, organisation_mentions, subject_before

ARTICLE_ID = "b" * 32


def speaker_of(text: str, fragment: str) -> tuple[str, str | None, str, str | None]:
    """(name, role, kind, cue) of the one claim whose text holds ``fragment``."""
    matching: list[Claim] = [claim for claim in extract_claims(text, ARTICLE_ID) if fragment in claim.text]
    assert len(matching) == 1, fragment
    (claim,) = matching
    assert claim.speaker is not None, claim.text
    return claim.speaker.name, claim.speaker.role, claim.speaker.kind, claim.cue


def test_multi_word_role_before_a_name_is_split_off() -> None:
    text = (
        "Union leader Tomasz Nowak said the strike would go ahead on Monday.\n"
        "Riverside Anglers' Association secretary Aisha Okafor said fish stocks had collapsed.\n"
        "Chief operating officer Lena Voss told analysts that the new depot was running late."
    )
    assert speaker_of(text, "strike") == ("Tomasz Nowak", "Union leader", "person", "said")
    assert speaker_of(text, "fish stocks") == (
        "Aisha Okafor",
        "Riverside Anglers' Association secretary",
        "person",
        "said",
    )
    assert speaker_of(text, "depot") == ("Lena Voss", "Chief operating officer", "person", "told")


def test_role_modifiers_stop_at_an_ordinary_noun() -> None:
    sentence = "In a statement opposition leader Jo Bloggs said it."
    phrase = subject_before(sentence, sentence.index("said"))
    assert phrase is not None
    speaker = SpeakerMemory().resolve(phrase)
    assert speaker is not None
    assert (speaker.name, speaker.role) == ("Jo Bloggs", "opposition leader")


def test_apposition_after_the_name_gives_the_role_and_the_first_cue() -> None:
    text = (
        "Samir Haddad, a retail analyst at Brightwater Capital, said the slowdown suggested the chain "
        '"had grown far too quickly for its own good".'
    )
    name, role, kind, cue = speaker_of(text, "slowdown")
    assert (name, kind, cue) == ("Samir Haddad", "person", "said")
    assert role in {"retail analyst at Brightwater Capital", "a retail analyst at Brightwater Capital"}


def test_apposition_with_the_name_after_the_role() -> None:
    text = (
        "Deputy mayor Carl Innes opened the new terminal on Friday.\n"
        "The port's director of operations, Clara Mendes, said the cranes were back in service.\n"
        'The college\'s principal, Prof Ian Dorsey, said students were "coping well" with the changes.'
    )
    assert speaker_of(text, "cranes") == ("Clara Mendes", "The port's director of operations", "person", "said")
    assert speaker_of(text, "coping well")[:3] == ("Ian Dorsey", "The college's principal", "person")


def test_relative_clause_apposition_keeps_the_subject() -> None:
    text = (
        "Mayor Paul Kerr opened the debate.\n"
        "Councillor Ruth Ebdon, who chairs the planning committee, told the meeting that the plans were rushed.\n"
        "Gavin Shore, regional secretary for the drivers' union, warned that buses would be cut."
    )
    assert speaker_of(text, "plans were rushed")[:3] == ("Ruth Ebdon", "Councillor", "person")
    assert speaker_of(text, "buses") == (
        "Gavin Shore",
        "regional secretary for the drivers' union",
        "person",
        "warned",
    )


def test_group_subject_wins_over_the_previous_person() -> None:
    text = (
        "Mayor Paul Kerr said the bridge would reopen in May.\n"
        "Fishermen on the quay warned that catches could halve this year.\n"
        "Residents of the estate said the lifts had been broken for months."
    )
    name, _, kind, cue = speaker_of(text, "catches")
    assert (kind, cue) == ("group", "warned")
    assert name in {"Fishermen", "Fishermen on the quay"}
    assert speaker_of(text, "lifts")[2] == "group"


def test_organisation_subjects_resolve_to_the_organisation_named_before() -> None:
    text = (
        "Shares in Halden Motors fell sharply on Monday.\n"
        "Halden said demand for its vans was weak.\n"
        "Analysts at Fenwick Securities cut their target.\n"
        "The company said it would cut 300 jobs by the end of the year.\n"
        "Papers sent to the Eastbury Care Trust board show the backlog grew.\n"
        "The trust denied that patients were at risk.\n"
        "The agency said the inspection would go ahead."
    )
    assert speaker_of(text, "vans") == ("Halden", None, "organisation", "said")
    assert speaker_of(text, "300 jobs")[:3] == ("Halden Motors", None, "organisation")
    assert speaker_of(text, "patients were at risk")[:3] == ("Eastbury Care Trust", None, "organisation")
    name, _, kind, _ = speaker_of(text, "inspection")
    assert (name.lower(), kind) == ("the agency", "organisation")


def test_organisation_mentions_skip_roles_and_persons() -> None:
    assert organisation_mentions("Union leader Tomasz Nowak met the Eastbury Care Trust board.") == [
        "Eastbury Care Trust"
    ]


def test_spokesperson_is_anonymous() -> None:
    text = "The council denied the claim. A spokesperson said the figures were out of date."
    name, _, kind, cue = speaker_of(text, "figures")
    assert (kind, cue) == ("anonymous", "said")
    assert name.lower() in {"spokesperson", "a spokesperson"}


def test_titled_short_names_resolve_to_the_full_name_and_first_role() -> None:
    text = (
        "Residents' Association chair Jonah Pike said the consultation had been a sham.\n"
        '"We were never asked," Mr Pike said.\n'
        "The school's head teacher, Dr Nia Rowe, said pupils had done well.\n"
        "Dr Rowe said the inspection report was fair."
    )
    assert speaker_of(text, "never asked") == ("Jonah Pike", "Residents' Association chair", "person", "said")
    assert speaker_of(text, "inspection report") == ("Nia Rowe", "The school's head teacher", "person", "said")


def test_a_bare_title_never_replaces_a_fuller_role() -> None:
    memory = SpeakerMemory()
    memory.note_person("Nia Rowe", "head teacher")
    assert memory.note_person("Rowe", "Dr") == "Nia Rowe"
    assert memory.role_of("Nia Rowe") == "head teacher"
    memory.note_person("Lena Voss", "Chief operating officer")
    memory.note_person("Lena Voss", "officer")
    assert memory.role_of("Lena Voss") == "Chief operating officer"
