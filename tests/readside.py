"""A small multilingual corpus written through the sink's own functions, for the read-side tests.

Three articles from three sources on two days, plus the claims of an article that has not arrived yet:

- harbourside.example (2026-11-24): "Boris Johnson" and, later in the same article, "Johnson" (one speaker);
  the Environment Agency (organisation);
- coastline.example (2026-11-25): "Mr Johnson" alone (the same speaker, found across articles), an anonymous
  spokesperson and a group of nurses;
- nachrichten.example (2026-11-25, German): "Angela Merkel", text with umlauts ("Zürich");
- claims only, article still to come: "Rafael Ortiz".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from newsflow.contracts import (
    ArticleV1,
    Claim,
    ClaimsV1,
    Extractor,
    Speaker,
    article_id_for,
    claim_id_for,
    text_sha256,
)
from sinks.writes import replace_claims, upsert_articles

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
EXTRACTOR = Extractor(name="newsflow-claims", version="0.5.0")


@dataclass(frozen=True, slots=True)
class Said:
    """A claim of the sample: its text (found in the article), speaker, kind and attribution."""

    text: str
    speaker: str | None
    kind: str = "person"
    attribution: str = "direct"
    cue: str | None = "said"


def article(url: str, source: str, title: str, text: str, published: datetime, language: str) -> ArticleV1:
    return ArticleV1(
        article_id=article_id_for(url),
        url=url,
        canonical_url=url,
        source=source,
        title=title,
        authors=["A. Writer"],
        published_at=published,
        fetched_at=published + timedelta(hours=1),
        language=language,
        text=text,
        text_sha256=text_sha256(text),
        extractor=Extractor(name="newsflow-cleaner", version="0.3.0"),
    )


def claims_of(url: str, text: str, said: list[Said], extractor: Extractor = EXTRACTOR) -> ClaimsV1:
    """A claims message for the article at ``url`` whose text is ``text``."""
    aid = article_id_for(url)
    found = []
    for index, item in enumerate(said):
        start = text.index(item.text)
        end = start + len(item.text)
        found.append(
            Claim(
                claim_id=claim_id_for(aid, start, end, item.text),
                text=item.text,
                start=start,
                end=end,
                sentence_index=index,
                attribution=item.attribution,  # type: ignore[arg-type]
                speaker=Speaker(name=item.speaker, kind=item.kind) if item.speaker else None,  # type: ignore[arg-type]
                cue=item.cue,
                hedges=["may"] if "may" in item.text.split() else [],
                checkworthiness=0.5 + index / 100,
            )
        )
    return ClaimsV1(
        article_id=aid,
        text_sha256=text_sha256(text),
        extractor=extractor,
        extracted_at=NOW,
        claims=found,
    )


HARBOUR_URL = "https://harbourside.example/news/flood-defences"
HARBOUR_TEXT = (
    "The harbour wall will be raised by two metres, Boris Johnson said on Monday. "
    "The flood defences may cost 40 million pounds, the Environment Agency said. "
    "Johnson added that work would not begin before spring."
)
COAST_URL = "https://coastline.example/health/hospital-waits"
COAST_TEXT = (
    "Hospital waits have doubled since last winter, Mr Johnson told reporters. "
    "A spokesperson said the figures were being checked. "
    "Nurses said the wards were full every night."
)
NEWS_URL = "https://nachrichten.example/politik/zuerich"
NEWS_TEXT = "Die Gespräche in Zürich waren offen und ehrlich, sagte Angela Merkel am Dienstag in der Schweiz."
LATE_URL = "https://harbourside.example/news/port-strike"
LATE_TEXT = "The port will close for three days next week, Rafael Ortiz said."

ARTICLES = [
    article(
        HARBOUR_URL, "harbourside.example", "Flood defences to be raised", HARBOUR_TEXT, NOW - timedelta(days=1), "en"
    ),
    article(COAST_URL, "coastline.example", "Hospital waits double", COAST_TEXT, NOW, "en"),
    article(NEWS_URL, "nachrichten.example", "Gespräche in Zürich", NEWS_TEXT, NOW, "de"),
]
CLAIMS = [
    claims_of(
        HARBOUR_URL,
        HARBOUR_TEXT,
        [
            Said("The harbour wall will be raised by two metres", "Boris Johnson"),
            Said("The flood defences may cost 40 million pounds", "the Environment Agency", "organisation", "indirect"),
            Said("work would not begin before spring", "Johnson", attribution="indirect", cue="added"),
        ],
    ),
    claims_of(
        COAST_URL,
        COAST_TEXT,
        [
            Said("Hospital waits have doubled since last winter", "Mr Johnson", cue="told"),
            Said("the figures were being checked", "A spokesperson", "anonymous", "indirect"),
            Said("the wards were full every night", "Nurses", "group", "indirect"),
        ],
    ),
    claims_of(
        NEWS_URL, NEWS_TEXT, [Said("Die Gespräche in Zürich waren offen und ehrlich", "Angela Merkel", cue="sagte")]
    ),
    claims_of(LATE_URL, LATE_TEXT, [Said("The port will close for three days next week", "Rafael Ortiz")]),
]


def write_sample(session: Session) -> None:
    """Store the sample through the sink's functions (one batch, as the sink would)."""
    upsert_articles(session, ARTICLES, NOW)
    replace_claims(session, CLAIMS, NOW)
