"""Message contracts carried on the topics: ``ArticleV1``, ``ClaimsV1`` and the dead-letter form.

Each contract is a frozen pydantic model with a schema tag, ``encode() -> bytes`` and
``decode(raw) -> Self``. Decoding never trusts input: anything that is not UTF-8 JSON of the right shape raises
:class:`~newsflow.errors.ContractError`, which keeps the raw bytes for the dead-letter topic. Unknown fields are
ignored so that optional fields can be added within a version.

Identity: ``article_id`` is the first 32 hex digits of sha256(canonical URL); ``claim_id`` is the first 32 hex of
sha256(f"{article_id}\\x1f{start}\\x1f{end}\\x1f{text}"). Offsets count Python code points in the article text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from newsflow.errors import ContractError

MAX_MESSAGE_BYTES = 8 * 1024 * 1024
_HEX32 = r"^[0-9a-f]{32}$"
_HEX64 = r"^[0-9a-f]{64}$"

Attribution = Literal["direct", "indirect", "none"]
SpeakerKind = Literal["person", "group", "organisation", "anonymous"]
ClaimType = Literal["quantity", "prediction", "causation", "rule", "experience"]


def article_id_for(canonical_url: str) -> str:
    """The stable id of an article: first 32 hex digits of sha256 of its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]


def claim_id_for(article_id: str, start: int, end: int, text: str) -> str:
    """The stable id of a claim within an article."""
    key = f"{article_id}\x1f{start}\x1f{end}\x1f{text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def text_sha256(text: str) -> str:
    """Hex sha256 of a text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a timezone")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_aware)]


class _Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)

    def encode(self) -> bytes:
        """UTF-8 JSON bytes of this message."""
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def decode(cls, raw: bytes | None) -> Self:
        """Parse and validate ``raw``; raise :class:`ContractError` (keeping ``raw``) if it is not this contract."""
        if raw is None:
            raise ContractError(f"{cls.__name__}: empty message (tombstone)", raw)
        if len(raw) > MAX_MESSAGE_BYTES:
            raise ContractError(f"{cls.__name__}: message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}", raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ContractError(f"{cls.__name__}: not UTF-8 ({exc.reason} at byte {exc.start})", raw) from None
        try:
            return cls.model_validate_json(text)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "message"
            raise ContractError(f"{cls.__name__}: {where}: {first['msg']}", raw) from None


class Extractor(_Contract):
    """Name and version of the code that produced a message's content."""

    name: str = Field(min_length=1, max_length=100)
    version: str = Field(min_length=1, max_length=50)


class Removed(_Contract):
    """How many paragraphs the cleaner removed, by reason."""

    promo: int = Field(default=0, ge=0)
    site: int = Field(default=0, ge=0)


class ArticleV1(_Contract):
    """A clean article, published to ``news.articles`` keyed by ``article_id``."""

    schema_: Literal["article/1"] = Field(default="article/1", alias="schema")
    article_id: str = Field(pattern=_HEX32)
    url: str = Field(min_length=1, max_length=8192)
    canonical_url: str = Field(min_length=1, max_length=8192)
    feed_url: str | None = Field(default=None, max_length=8192)
    source: str = Field(min_length=1, max_length=255)
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: AwareDatetime | None = None
    fetched_at: AwareDatetime
    language: str | None = Field(default=None, max_length=16)
    text: str
    text_sha256: str = Field(pattern=_HEX64)
    extractor: Extractor
    removed: Removed = Field(default_factory=Removed)
    # optional fields added within version 1 (older messages decode with the defaults)
    published_source: Literal["page", "feed", "url"] | None = None
    site_name: str | None = Field(default=None, max_length=500)
    description: str | None = Field(default=None, max_length=10_000)
    image: str | None = Field(default=None, max_length=8192)
    simhash: str | None = Field(default=None, pattern=r"^[0-9a-f]{16}$", description="64-bit SimHash of text, hex")

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True, serialize_by_alias=True)

    @classmethod
    def decode(cls, raw: bytes | None) -> Self:
        article = super().decode(raw)
        if article.article_id != article_id_for(article.canonical_url):
            raise ContractError("ArticleV1: article_id does not match canonical_url", raw)
        if article.text_sha256 != text_sha256(article.text):
            raise ContractError("ArticleV1: text_sha256 does not match text", raw)
        return article


class Speaker(_Contract):
    """Who a claim is attributed to."""

    name: str = Field(min_length=1, max_length=500)
    role: str | None = Field(default=None, max_length=500)
    kind: SpeakerKind


class Quantity(_Contract):
    """A number found in a claim, normalised: ``$10million`` -> 10000000 USD.

    A range ("between 150 and 200 million euros", "4%-5%") gives its low end as ``value`` and its high end as
    ``high``, in the same unit; ``high`` is None for a single number and for a change ("from 5% to 7%"), which is
    two values, not a range. ``high`` was added within claims/1: older messages decode with it None.
    """

    text: str
    value: float
    unit: str | None = None
    high: float | None = None


class Claim(_Contract):
    """One claim inside an article; ``start``/``end`` are code-point offsets into the article text."""

    claim_id: str = Field(pattern=_HEX32)
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence_index: int = Field(ge=0)
    attribution: Attribution
    speaker: Speaker | None = None
    cue: str | None = None
    hedges: list[str] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    types: list[ClaimType] = Field(default_factory=list)
    checkworthiness: float = Field(ge=0.0, le=1.0)


class ClaimsV1(_Contract):
    """All claims of one article, published to ``news.claims`` keyed by ``article_id``.

    An article with no claims still gets a message with ``claims: []``.
    """

    schema_: Literal["claims/1"] = Field(default="claims/1", alias="schema")
    article_id: str = Field(pattern=_HEX32)
    text_sha256: str = Field(pattern=_HEX64)
    extractor: Extractor
    extracted_at: AwareDatetime
    claims: list[Claim] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True, serialize_by_alias=True)

    @classmethod
    def decode(cls, raw: bytes | None) -> Self:
        message = super().decode(raw)
        for claim in message.claims:
            if claim.end < claim.start:
                raise ContractError(f"ClaimsV1: claim {claim.claim_id} ends before it starts", raw)
            if claim.claim_id != claim_id_for(message.article_id, claim.start, claim.end, claim.text):
                raise ContractError(f"ClaimsV1: claim_id {claim.claim_id} does not match its content", raw)
        return message


def decode_any(raw: bytes | None) -> ArticleV1 | ClaimsV1:
    """Decode a message of either topic by its ``schema`` tag."""
    if raw is None:
        raise ContractError("empty message (tombstone)", raw)
    try:
        tag = json.loads(raw).get("schema")
    except (ValueError, UnicodeDecodeError, AttributeError):
        raise ContractError("not a JSON object", raw) from None
    if tag == "article/1":
        return ArticleV1.decode(raw)
    if tag == "claims/1":
        return ClaimsV1.decode(raw)
    raise ContractError(f"unknown schema {tag!r}", raw)


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """A message a stage could not handle: the original key and value plus where it came from and why.

    On the wire the value and key are the original bytes; the rest travels in headers, so a dead letter can be
    replayed to its source topic unchanged. A value too big for the dead-letter topic is cut to fit and says so:
    ``truncated_from`` holds its original size, and such a letter cannot be replayed.
    """

    key: bytes | None
    value: bytes | None
    error: str
    stage: str
    source_topic: str
    source_partition: int
    source_offset: int
    truncated_from: int | None = None

    HEADER_NAMES = ("error", "stage", "source_topic", "source_partition", "source_offset")

    def headers(self) -> list[tuple[str, bytes]]:
        """Kafka headers for this dead letter."""
        return [
            ("error", self.error[:4000].encode("utf-8", "replace")),
            ("stage", self.stage.encode("utf-8")),
            ("source_topic", self.source_topic.encode("utf-8")),
            ("source_partition", str(self.source_partition).encode("ascii")),
            ("source_offset", str(self.source_offset).encode("ascii")),
            *([("truncated_from", str(self.truncated_from).encode("ascii"))] if self.truncated_from else []),
        ]

    def fitted(self, max_value_bytes: int) -> DeadLetter:
        """This letter with its value cut to ``max_value_bytes`` if longer, recording the original size."""
        if self.value is None or len(self.value) <= max_value_bytes:
            return self
        return replace(self, value=self.value[:max_value_bytes], truncated_from=len(self.value))

    @classmethod
    def from_record(
        cls, key: bytes | None, value: bytes | None, headers: Sequence[tuple[str, bytes | None]] | Mapping[str, bytes]
    ) -> DeadLetter:
        """Rebuild a dead letter read back from the DLQ topic; raise :class:`ContractError` if headers are missing."""
        items = headers.items() if isinstance(headers, Mapping) else headers
        found = {name: (data or b"").decode("utf-8", "replace") for name, data in items}
        missing = [name for name in cls.HEADER_NAMES if name not in found]
        if missing:
            raise ContractError(f"DeadLetter: missing headers {missing}", value)
        try:
            partition, offset = int(found["source_partition"]), int(found["source_offset"])
        except ValueError:
            raise ContractError("DeadLetter: source_partition/source_offset not integers", value) from None
        truncated = found.get("truncated_from", "")
        return cls(
            key,
            value,
            found["error"],
            found["stage"],
            found["source_topic"],
            partition,
            offset,
            int(truncated) if truncated.isdigit() else None,
        )
