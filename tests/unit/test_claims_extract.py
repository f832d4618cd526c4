from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow.contracts import Claim, ClaimsV1, claim_id_for
from processors.claims import EXTRACTOR, extract, extract_claims
from processors.claims.scan import scan

ARTICLE_ID = "a" * 32


def only(claims: list[Claim], fragment: str) -> Claim:
    matching = [claim for claim in claims if fragment in claim.text]
    assert len(matching) == 1, [claim.text for claim in claims]
    return matching[0]


def test_extractor_identity() -> None:
    assert (EXTRACTOR.name, EXTRACTOR.version) == ("newsflow-claims", "0.10.0")


def test_reported_speech_quote_and_pronoun_follow_the_speaker() -> None:
    text = (
        "Flood waters reached the old town on Tuesday night.\n"
        "Environment Secretary Maria Lopez warned the barrier will fail within a decade.\n"
        'She told reporters: "We saw the water rise faster than ever before."\n'
        '"The money is not there," she said. "Nobody wants to pay £3.5bn."'
    )
    claims = extract_claims(text, ARTICLE_ID)
    warned = only(claims, "barrier will fail")
    assert warned.attribution == "indirect"
    assert warned.cue == "warned"
    assert warned.speaker is not None
    assert (warned.speaker.name, warned.speaker.role, warned.speaker.kind) == (
        "Maria Lopez",
        "Environment Secretary",
        "person",
    )
    assert "prediction" in warned.types
    quote = only(claims, "We saw the water")
    assert quote.text == "We saw the water rise faster than ever before."
    assert (quote.attribution, quote.cue) == ("direct", "told")
    assert quote.speaker is not None
    assert quote.speaker.name == "Maria Lopez"
    assert "experience" in quote.types
    money = only(claims, "Nobody wants")
    assert money.speaker is not None
    assert money.speaker.name == "Maria Lopez"
    assert money.cue == "said"  # a quote resumed in the same paragraph takes its attribution's cue
    assert [(q.text, q.value, q.unit) for q in money.quantities] == [("£3.5bn", 3_500_000_000, "GBP")]


def test_unattributed_statements_hedges_and_skips() -> None:
    text = (
        "Storm hits coast\n"
        "The bridge was reportedly closed because of the wind.\n"
        "Is this the worst storm ever?\n"
        "Email us at news@example.com or call 0207 782 4368.\n"
        "Short one."
    )
    claims = extract_claims(text, ARTICLE_ID)
    assert [claim.text for claim in claims] == ["The bridge was reportedly closed because of the wind."]
    (claim,) = claims
    assert claim.attribution == "none"
    assert claim.hedges == ["reportedly"]
    assert claim.types == ["causation"]


def test_scare_quotes_are_not_attributed() -> None:
    text = 'The so-called "peace plan" was signed by both sides in the capital.'
    (claim,) = extract_claims(text, ARTICLE_ID)
    assert claim.attribution == "none"


def test_claims_fit_the_contract_and_ids_are_stable() -> None:
    text = "Police said 12 people were arrested after the match in Leeds."
    first = extract_claims(text, ARTICLE_ID)
    assert first == extract_claims(text, ARTICLE_ID)
    (claim,) = first
    assert claim.speaker is not None
    assert claim.speaker.kind == "organisation"
    assert claim.claim_id == claim_id_for(ARTICLE_ID, claim.start, claim.end, claim.text)
    message = ClaimsV1(
        article_id=ARTICLE_ID,
        text_sha256="0" * 64,
        extractor=EXTRACTOR,
        extracted_at="2024-01-01T00:00:00Z",
        claims=first,
    )
    assert ClaimsV1.decode(message.encode()) == message


def test_rule_and_checkworthiness_order() -> None:
    text = (
        "Drivers must not use phones while driving under the new law.\n"
        "The weather was grey and the streets were quiet all day long."
    )
    rule, plain = extract_claims(text, ARTICLE_ID)
    assert "rule" in rule.types
    assert rule.checkworthiness > plain.checkworthiness


NEWSY = st.text(alphabet=st.sampled_from(list("abcXYZ .,:;!?\"“”‘’'-—\n$£€%0123456789")), max_size=300)
WORDS = st.lists(
    st.sampled_from(
        ["He", "said", "told", "Mr", "Smith", "officials", "claimed", '"', "“", "”", ":", ".", "$10million",
         "the", "minister", "will", "\n", "according", "to", "reports", "al-Zein", "Police", "they", "telling"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip


@settings(max_examples=200)
@given(NEWSY | WORDS | st.text(max_size=200))
def test_never_raises_and_claim_text_round_trips(text: str) -> None:
    for claim in extract_claims(text, ARTICLE_ID):
        assert text[claim.start : claim.end] == claim.text
        assert 0.0 <= claim.checkworthiness <= 1.0
        for quantity in claim.quantities:
            assert quantity.text in claim.text


def test_inverted_cue_organisations_and_apposition() -> None:
    text = (
        '"We are confident," said chief executive Mark Hale. "Sales will recover."\n'
        "According to the Office for National Statistics, inflation rose to 4.2% in March.\n"
        "A spokesman for the Ministry of Defence said the soldiers were safe.\n"
        "Mr Hale, 54, told shareholders the firm had lost $2bn because of the strike."
    )
    claims = extract_claims(text, ARTICLE_ID)
    speakers = [(c.speaker.name, c.speaker.kind) if c.speaker else None for c in claims]
    assert speakers == [
        ("Mark Hale", "person"),
        ("Mark Hale", "person"),
        ("Office for National Statistics", "organisation"),
        ("Ministry of Defence", "organisation"),
        ("Mark Hale", "person"),
    ]
    assert [c.cue for c in claims] == ["said", "said", "according to", "said", "told"]
    assert claims[1].types == ["prediction"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -x.٣")), max_size=30))
def test_the_phone_number_shortcut_agrees_with_the_pattern(text: str) -> None:
    assert extract._is_promotion(text, scan(text)) == (extract._PHONE.search(text) is not None)


def test_a_caption_with_a_picture_credit_is_no_claim() -> None:
    text = (
        "The company said profits rose 12% to $4.1 billion in the third quarter.\n"
        "The company's headquarters in Portsval, Ohio. Photograph: Jo Bloggs for the Herald\n"
        "Analysts had expected a smaller rise in profits this year."
    )
    claims = extract_claims(text, "caption")
    assert [claim.text[:20] for claim in claims] == ["The company said pro", "Analysts had expecte"]


def test_tabloid_exclamations_with_content_are_claims_and_bare_ones_are_not() -> None:
    text = (
        "Police seized 40 kilos of heroin and £90,000 in cash from a flat above a chip shop!\n"
        "Jetzt das Magazin bestellen und alle Ausgaben lesen!"
    )
    claims = extract_claims(text, "exclaim")
    assert [claim.text[:12] for claim in claims] == ["Police seize"]


def test_a_closing_rhetorical_question_is_cut_from_a_quote() -> None:
    text = 'She lives next door. "He kept to himself and paid his rent on time. Who could have guessed?"'
    claims = extract_claims(text, "question")
    assert claims[-1].text == '"He kept to himself and paid his rent on time.'
    assert all("guessed" not in claim.text for claim in claims)
