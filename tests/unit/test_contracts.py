"""Message contracts: round trips, and typed errors that keep the raw bytes for anything else."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsflow.contracts import (
    ArticleV1,
    Claim,
    ClaimsV1,
    DeadLetter,
    Extractor,
    Quantity,
    Speaker,
    article_id_for,
    claim_id_for,
    decode_any,
)
from newsflow.errors import ContractError
from tests.factories import NOW, make_article


def article(text: str = "Body text.", url: str = "https://example.com/a") -> ArticleV1:
    return make_article(text, url)


def claims_for(a: ArticleV1) -> ClaimsV1:
    start, end = 0, len(a.text)
    claim = Claim(
        claim_id=claim_id_for(a.article_id, start, end, a.text),
        text=a.text,
        start=start,
        end=end,
        sentence_index=0,
        attribution="indirect",
        speaker=Speaker(name="Boris Johnson", role="UK Defence Secretary", kind="person"),
        cue="admitted",
        checkworthiness=0.5,
    )
    return ClaimsV1(
        article_id=a.article_id,
        text_sha256=a.text_sha256,
        extractor=Extractor(name="x", version="1"),
        extracted_at=NOW,
        claims=[claim],
    )


@given(
    text=st.text(min_size=1, max_size=500),
    url=st.from_regex(r"https://[a-z]{1,10}\.com/[a-z0-9/]{0,20}", fullmatch=True),
)
def test_article_round_trips_any_text(text: str, url: str) -> None:
    a = article(text, url)
    assert ArticleV1.decode(a.encode()) == a


def test_article_wire_form_uses_schema_tag_and_iso_dates() -> None:
    wire = json.loads(article().encode())
    assert wire["schema"] == "article/1"
    assert wire["published_at"].startswith("2026-11-25T12:00:00")


def test_claims_round_trip_and_decode_any_dispatches_on_schema() -> None:
    a = article()
    message = claims_for(a)
    assert ClaimsV1.decode(message.encode()) == message
    assert decode_any(message.encode()) == message
    assert decode_any(a.encode()) == a


def test_a_quantity_range_keeps_its_high_end_and_older_messages_decode_without_it() -> None:
    a = article()
    message = claims_for(a)
    ranged = Quantity(text="4%-5%", value=4, unit="percent", high=5)
    single = Quantity(text="45%", value=45, unit="percent")
    claim = message.claims[0].model_copy(update={"quantities": [ranged, single]})
    message = message.model_copy(update={"claims": [claim]})
    wire = json.loads(message.encode())
    assert wire["claims"][0]["quantities"] == [
        {"text": "4%-5%", "value": 4.0, "unit": "percent", "high": 5.0},
        {"text": "45%", "value": 45.0, "unit": "percent", "high": None},
    ]
    assert ClaimsV1.decode(message.encode()) == message
    # a message written before "high" existed decodes with high None
    for quantity in wire["claims"][0]["quantities"]:
        del quantity["high"]
    decoded = ClaimsV1.decode(json.dumps(wire).encode())
    assert [q.high for q in decoded.claims[0].quantities] == [None, None]
    assert [q.value for q in decoded.claims[0].quantities] == [4.0, 45.0]


def test_unknown_fields_are_ignored_for_forward_compatibility() -> None:
    wire = json.loads(article().encode())
    wire["some_future_field"] = {"x": 1}
    assert ArticleV1.decode(json.dumps(wire).encode()).article_id == article().article_id


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[1, 2", "ArticleV1"),
        (b'{"schema": "article/1"}', "article_id"),
        (b'{"schema": "claims/1"}', "ArticleV1"),
    ],
)
def test_bad_article_bytes_raise_contract_error_keeping_raw(raw: bytes, fragment: str) -> None:
    with pytest.raises(ContractError) as caught:
        ArticleV1.decode(raw)
    assert caught.value.raw == raw
    assert fragment in str(caught.value)


def test_tampered_identity_and_hash_are_rejected() -> None:
    wire = json.loads(article().encode())
    wire["canonical_url"] = "https://example.com/other"
    with pytest.raises(ContractError, match="article_id"):
        ArticleV1.decode(json.dumps(wire).encode())
    wire = json.loads(article().encode())
    wire["text"] = "changed"
    with pytest.raises(ContractError, match="text_sha256"):
        ArticleV1.decode(json.dumps(wire).encode())


def test_naive_datetimes_are_rejected() -> None:
    wire = json.loads(article().encode())
    wire["fetched_at"] = "2026-11-25T12:00:00"
    with pytest.raises(ContractError, match="timezone"):
        ArticleV1.decode(json.dumps(wire).encode())


def test_claim_id_must_match_content() -> None:
    wire = json.loads(claims_for(article()).encode())
    wire["claims"][0]["end"] = 3
    with pytest.raises(ContractError, match="claim_id"):
        ClaimsV1.decode(json.dumps(wire).encode())


def test_empty_claims_list_is_a_valid_message() -> None:
    a = article()
    message = ClaimsV1(
        article_id=a.article_id, text_sha256=a.text_sha256, extractor=Extractor(name="x", version="1"), extracted_at=NOW
    )
    assert ClaimsV1.decode(message.encode()).claims == []


def test_tombstone_and_oversize_are_contract_errors() -> None:
    with pytest.raises(ContractError, match="tombstone"):
        ArticleV1.decode(None)
    with pytest.raises(ContractError, match="exceeds"):
        ArticleV1.decode(b" " * (8 * 1024 * 1024 + 1))
    with pytest.raises(ContractError, match="unknown schema"):
        decode_any(b'{"schema": "article/9"}')


def test_dead_letter_headers_round_trip() -> None:
    letter = DeadLetter(b"k", b"\x00bad", "ArticleV1: not UTF-8", "sink", "news.articles", 3, 42)
    assert DeadLetter.from_record(b"k", b"\x00bad", letter.headers()) == letter
    with pytest.raises(ContractError, match="missing headers"):
        DeadLetter.from_record(b"k", b"v", [("error", b"x")])


def test_ids_follow_the_design_brief() -> None:
    import hashlib

    url = "https://www.thesun.co.uk/news/2098417/"
    assert article_id_for(url) == hashlib.sha256(url.encode()).hexdigest()[:32]
    assert (
        claim_id_for("a" * 32, 1, 5, "text")
        == hashlib.sha256(f"{'a' * 32}\x1f1\x1f5\x1ftext".encode()).hexdigest()[:32]
    )


def test_a_dead_letter_too_big_for_its_topic_is_cut_to_fit_and_says_so() -> None:
    letter = DeadLetter(b"k", b"x" * 5000, "too big", "sink", "news.articles", 3, 42)
    assert letter.fitted(10_000) is letter
    cut = letter.fitted(1000)
    assert cut.value == b"x" * 1000
    assert cut.truncated_from == 5000
    back = DeadLetter.from_record(cut.key, cut.value, cut.headers())
    assert back == cut
    assert DeadLetter.from_record(letter.key, letter.value, letter.headers()).truncated_from is None
