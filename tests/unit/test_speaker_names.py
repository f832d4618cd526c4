"""Speaker name normalisation and the within-article rule (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsflow.db.speakers import SpeakerKey, best_display, normalise_name, resolve_mentions


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Boris Johnson", "boris johnson"),
        ("  BORIS   JOHNSON ", "boris johnson"),
        ("Mr. Johnson", "johnson"),
        ("Dr Sir Ian McKellen", "ian mckellen"),
        ("José Álvarez-Pérez", "jose alvarez-perez"),
        ("Abu Bakr al-Baghdadi", "abu bakr al-baghdadi"),
        ("Sinéad O’Connor", "sinead o'connor"),
        ("Mr", "mr"),  # a title alone is kept: it is all there is
        ("Straße", "strasse"),
    ],
)
def test_names_normalise(name: str, normalised: str) -> None:
    assert normalise_name(name, "person") == normalised


def test_articles_are_dropped_for_every_kind_but_persons() -> None:
    assert normalise_name("the Environment Agency", "organisation") == "environment agency"
    assert normalise_name("A spokesperson", "anonymous") == "spokesperson"
    assert normalise_name("The", "group") == "the"
    assert normalise_name("A Smith", "person") == "a smith"
    assert normalise_name("the Environment Agency") == "environment agency"  # a search: kind unknown


@given(st.text(min_size=1, max_size=40))
def test_normalising_is_idempotent(name: str) -> None:
    for kind in ("person", "group", None):
        once = normalise_name(name, kind)
        assert normalise_name(once, kind) == once


def test_a_surname_resolves_to_the_one_full_name_of_the_article() -> None:
    mentions = resolve_mentions([("Boris Johnson", "person"), ("Johnson", "person"), ("Mr Johnson", "person")])
    assert {m.key for m in mentions.values()} == {SpeakerKey("person", "boris johnson")}
    assert {m.display for m in mentions.values()} == {"Boris Johnson"}


def test_a_surname_shared_by_two_full_names_stays_bare() -> None:
    mentions = resolve_mentions([("Boris Johnson", "person"), ("Stanley Johnson", "person"), ("Johnson", "person")])
    assert mentions[("Johnson", "person")].key == SpeakerKey("person", "johnson")
    assert mentions[("Johnson", "person")].key.is_bare


def test_only_persons_are_resolved() -> None:
    mentions = resolve_mentions([("Boris Johnson", "person"), ("Johnson", "organisation")])
    assert mentions[("Johnson", "organisation")].key == SpeakerKey("organisation", "johnson")


def test_aliases_are_the_full_name_and_surname_of_a_person() -> None:
    assert SpeakerKey("person", "boris johnson").aliases() == {"boris johnson", "johnson"}
    assert SpeakerKey("group", "iraqi soldiers").aliases() == {"iraqi soldiers"}


def test_display_prefers_mixed_case_then_the_shorter_spelling() -> None:
    assert best_display(["BORIS JOHNSON", "Boris  Johnson", "Boris Johnson", "boris johnson"]) == "Boris Johnson"


names = st.lists(
    st.tuples(
        st.sampled_from(["Boris Johnson", "Johnson", "Mr Johnson", "Stanley Johnson", "Nurses"]), st.just("person")
    ),
    max_size=6,
)


@given(names, st.randoms())
def test_mentions_do_not_depend_on_the_order_of_the_claims(speakers: list[tuple[str, str]], rnd: object) -> None:
    shuffled = list(speakers)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert resolve_mentions(speakers) == resolve_mentions(shuffled)
