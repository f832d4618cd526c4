"""Site-learned boilerplate decisions (pure): normalisation, what may be learned, what is removed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.sitelearn import (
    MAX_CHARS,
    SiteFilter,
    SiteStat,
    is_learnable,
    join_paragraphs,
    looks_like_speech,
    normalize_paragraph,
    paragraph_hash,
    preview,
    split_paragraphs,
)

PITCH = "Subscribe today for unlimited access to award-winning journalism, from just 1 a week."
COPYRIGHT = "Copyright 2024 The Riverside Courier. All rights reserved."
BODY = [
    "The council voted by 31 votes to 12 to approve the flood defence scheme on Tuesday night.",
    "Work on the new sea wall is expected to begin in September and to finish before the winter storms of 2026.",
    "Residents of the lower town have been flooded three times in the past decade.",
]
QUOTE = '"We are doing everything we can to reach the people still trapped," the fire chief said.'
K = 3


def seen(*paragraphs: str, articles: int = K, decision: str | None = None) -> dict[str, SiteStat]:
    return {paragraph_hash(p): SiteStat(articles, decision) for p in paragraphs}  # type: ignore[arg-type]


def test_normalisation_ignores_case_spacing_typography_and_numbers() -> None:
    assert normalize_paragraph("  Copyright  2024\u00a0The COURIER \u2014 all rights reserved ") == (
        "copyright 0 the courier - all rights reserved"
    )
    assert paragraph_hash("Copyright 2024 The Courier.") == paragraph_hash("copyright 2025  the courier.")
    assert paragraph_hash("\u201cHi\u201d") == paragraph_hash('"hi"')
    assert paragraph_hash("Copyright The Courier.") != paragraph_hash("Copyright The Herald.")
    assert len(paragraph_hash(PITCH)) == 64


@given(st.text())
def test_normalisation_is_idempotent_and_hash_follows_it(text: str) -> None:
    once = normalize_paragraph(text)
    assert normalize_paragraph(once) == once
    assert paragraph_hash(text) == paragraph_hash(once)


def test_paragraphs_split_on_blank_lines_and_join_back() -> None:
    text = "First line\nstill first.\n\n  Second.  \n \n\n\nThird."
    assert split_paragraphs(text) == ["First line\nstill first.", "Second.", "Third."]
    assert split_paragraphs(join_paragraphs(BODY)) == BODY


@pytest.mark.parametrize(
    "text",
    [
        QUOTE,
        "\u201cWe will rebuild,\u201d she said.",
        "\u00abNous reconstruirons\u00bb, a d\u00e9clar\u00e9 le maire.",
        "Fire chief Dana Okafor said crews would work through the night.",
        "According to the coastguard, two boats are still missing.",
        "Der B\u00fcrgermeister sagte, die Arbeiten beginnen im Herbst.",
        "Seg\u00fan la polic\u00eda, el incendio comenz\u00f3 de madrugada.",
    ],
)
def test_speech_is_never_learnable(text: str) -> None:
    assert looks_like_speech(text)
    assert not is_learnable(text)


@pytest.mark.parametrize(
    "text",
    [
        PITCH,
        COPYRIGHT,
        "Advertisement",
        "Have your say in the comments below.",
        "Don\u2019t miss our newsletter.",
        "Related: Council budget explained | Bus routes to change",
    ],
)
def test_template_text_is_learnable(text: str) -> None:
    assert is_learnable(text)


@pytest.mark.parametrize("text", ["12:30 GMT", "Photo", "--- 2024 ---", "x" * (MAX_CHARS + 1)])
def test_too_short_too_long_or_letterless_paragraphs_are_not_learnable(text: str) -> None:
    assert not is_learnable(text)


def test_preview_is_at_most_80_characters() -> None:
    long = "word " * 100
    assert len(preview(long)) == 80
    assert preview(long).endswith("\u2026")
    assert preview("  short   text ") == "short text"


def test_removal_starts_at_k_articles_and_not_before() -> None:
    paragraphs = [*BODY, PITCH]
    site = SiteFilter(K)
    assert site.filter(paragraphs, seen(PITCH, articles=K - 1)).removed == []
    result = site.filter(paragraphs, seen(PITCH, articles=K))
    assert result.removed == [PITCH]
    assert result.kept == BODY


def test_operator_decisions_override_counts() -> None:
    paragraphs = [*BODY, PITCH, COPYRIGHT]
    site = SiteFilter(K)
    stats = seen(PITCH, articles=100, decision="allow") | seen(COPYRIGHT, articles=1, decision="deny")
    result = site.filter(paragraphs, stats)
    assert result.removed == [COPYRIGHT]
    assert result.kept == [*BODY, PITCH]


def test_a_paragraph_holding_most_of_the_article_is_never_removed() -> None:
    long_pitch = PITCH * 4
    site = SiteFilter(K)
    result = site.filter([long_pitch, "Short body line here."], seen(long_pitch, decision="deny"))
    assert result.removed == []


def test_everything_boilerplate_removes_nothing() -> None:
    site = SiteFilter(K)
    paragraphs = [PITCH, COPYRIGHT, "Follow the Riverside Courier for more local news."]
    result = site.filter(paragraphs, seen(*paragraphs))
    assert result.kept == paragraphs
    assert result.removed == []


def test_a_quote_is_never_removed_even_when_counted_or_denied() -> None:
    site = SiteFilter(K)
    result = site.filter([*BODY, QUOTE], seen(QUOTE, articles=50, decision="deny"))
    assert result.removed == []


def test_unseen_paragraphs_are_kept() -> None:
    assert SiteFilter(K).filter([*BODY, PITCH], {}).removed == []


def test_min_articles_must_be_positive() -> None:
    with pytest.raises(ValueError, match="min_articles"):
        SiteFilter(0)


paragraph = st.one_of(
    st.sampled_from([*BODY, PITCH, COPYRIGHT, QUOTE, "Advertisement", "Read the full story on our app."]),
    st.text(min_size=1, max_size=300).map(str.strip).filter(bool),
)
stat = st.builds(SiteStat, st.integers(0, 20), st.sampled_from([None, "allow", "deny"]))


@given(st.lists(paragraph, max_size=12), st.dictionaries(st.sampled_from([0, 1, 2, 3, 4, 5]), stat), st.integers(1, 8))
def test_filter_invariants(paragraphs: list[str], by_index: dict[int, SiteStat], k: int) -> None:
    stats = {paragraph_hash(paragraphs[i]): s for i, s in by_index.items() if i < len(paragraphs)}
    result = SiteFilter(k).filter(paragraphs, stats)
    # kept and removed partition the input, each in input order
    merged = iter(paragraphs)
    assert all(p in merged for p in result.kept)
    assert sorted(result.kept + result.removed) == sorted(paragraphs)
    assert len(result.kept) + len(result.removed) == len(paragraphs)
    if paragraphs:
        assert result.kept  # never everything
    total = sum(len(p) for p in paragraphs)
    for p in result.removed:
        assert 2 * len(p) <= total  # never the majority paragraph
        assert is_learnable(p)  # never a quote, never out of bounds
        s = stats[paragraph_hash(p)]
        assert s.decision == "deny" or (s.decision is None and s.articles >= k)
