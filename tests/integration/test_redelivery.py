"""Redelivery through the real sink and broker: the same 1,000 messages delivered once in one order, and twice in
two other orders, leave identical tables on SQLite and PostgreSQL.

The messages: 350 articles; their claims from extractor 0.5.0; 250 re-extractions by 0.6.0 with other claims (the
newer version must win whichever arrives last); 50 claims messages whose article never comes; and claims placed
before their article in the first order. Speakers include full names, surnames resolved within an article, a bare
surname that resolves across articles ("Keller") and one that stays ambiguous ("Johnson").

Only bookkeeping timestamps may differ, and the comparison leaves out exactly these: articles.first_stored_at,
articles.updated_at, claim_sets.stored_at, claims.stored_at, speakers.first_seen_at and takedowns.created_at.

The articles are all distinct stories: which of two copies is the original is decided by the order in which they
were FIRST stored (see sinks/duplicates.py), so copies delivered first in opposite orders legitimately differ.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from newsflow import bus
from newsflow.contracts import ArticleV1, Claim, ClaimsV1, Extractor, Speaker, article_id_for, claim_id_for, text_sha256
from newsflow.db import migrate
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Base
from newsflow.settings import Settings
from newsflow.simhash import simhash, to_hex
from sinks.service import DatabaseSink
from tests.conftest import SettingsFactory
from tests.factories import NOW
from tests.integration.helpers import running, wait_for

BOOKKEEPING = {
    "articles": {"first_stored_at", "updated_at"},
    "claim_sets": {"stored_at"},
    "claims": {"stored_at"},
    "speakers": {"first_seen_at"},
    "takedowns": {"created_at"},
}
WORDS = tuple(
    " ".join(
        [
            "council budget minister health police river flood harbour school court trial strike port rail energy",
            "price market bank profit loss hospital nurse doctor patient farmer water drought report study glacier",
        ]
    ).split()
)
FULL_NAMES = ("Maria Keller", "Tom Ashworth", "Boris Johnson", "Stanley Johnson", "Ade Okafor", "Lena Brandt")
SINK_TABLES = ("articles", "claim_sets", "claims", "simhash_bands", "speakers", "speaker_aliases", "takedowns")
Message = ArticleV1 | ClaimsV1


def _article(rng: random.Random, i: int) -> ArticleV1:
    sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 16))).capitalize() + "." for _ in range(6)]
    text = " ".join(sentences)
    url = f"https://host{i % 7}.example/news/{i}"
    signature = simhash(text)
    return ArticleV1(
        article_id=article_id_for(url),
        url=url,
        canonical_url=url,
        source=f"host{i % 7}.example",
        title=f"Story {i}",
        authors=["Staff"],
        published_at=NOW - timedelta(hours=i),
        fetched_at=NOW,
        language="en",
        text=text,
        text_sha256=text_sha256(text),
        extractor=Extractor(name="newsflow-cleaner", version="0.3.0"),
        simhash=None if signature is None else to_hex(signature),
    )


def _speakers(rng: random.Random, i: int) -> list[Speaker | None]:
    full = rng.choice(FULL_NAMES)
    surname = full.split()[-1]
    pattern = i % 5
    if pattern == 0:  # a full name, then the surname alone: the same person within the article
        return [Speaker(name=full, kind="person"), Speaker(name=f"Mr {surname}", kind="person"), None]
    if pattern == 1:  # a bare surname with no full name in the article: decided across articles
        return [Speaker(name="Keller", kind="person"), Speaker(name="the council", kind="organisation"), None]
    if pattern == 2:
        return [Speaker(name="Johnson", kind="person"), Speaker(name=full, kind="person"), None]
    return [Speaker(name=full, kind="person"), Speaker(name="officials", kind="group"), None]


def _claims(article: ArticleV1, version: str, speakers: list[Speaker | None], skip: int) -> ClaimsV1:
    claims, start = [], 0
    for index, sentence in enumerate(_sentences(article.text)):
        end = start + len(sentence)
        if index != skip and index < 5:
            claims.append(
                Claim(
                    claim_id=claim_id_for(article.article_id, start, end, sentence),
                    text=sentence,
                    start=start,
                    end=end,
                    sentence_index=index,
                    attribution="indirect" if index % 2 else "direct",
                    speaker=speakers[index % len(speakers)],
                    cue="said",
                    hedges=["may"] if index == 2 else [],
                    types=["prediction"] if index == 3 else [],
                    checkworthiness=round(0.1 * (index + 1), 2),
                )
            )
        start = end + 1
    minutes = 0 if version == "0.5.0" else 30
    return ClaimsV1(
        article_id=article.article_id,
        text_sha256=article.text_sha256,
        extractor=Extractor(name="newsflow-claims", version=version),
        extracted_at=NOW + timedelta(minutes=minutes),
        claims=claims,
    )


def _sentences(text: str) -> list[str]:
    parts = text.split(". ")
    return [p if p.endswith(".") else p + "." for p in parts]


def messages(seed: int = 11) -> tuple[list[Message], int, int]:
    """The first delivery order, plus how many claim sets and claims the tables must end with."""
    rng = random.Random(seed)
    order: list[Message] = []
    claim_sets = claims = 0
    for i in range(350):
        article = _article(rng, i)
        first = _claims(article, "0.5.0", _speakers(rng, i), skip=-1)
        group: list[Message] = [first, article] if i % 3 == 0 else [article, first]  # claims before their article
        final = first
        if i < 250:
            newer = _claims(article, "0.6.0", _speakers(rng, i + 1), skip=i % 5)
            group.insert(rng.randrange(len(group) + 1), newer)
            final = newer
        order += group
        claim_sets += 1
        claims += len(final.claims)
    for i in range(350, 400):  # claims whose article never comes: kept, not lost nor rejected
        orphan = _claims(_article(rng, i), "0.5.0", _speakers(rng, i), skip=-1)
        order.append(orphan)
        claim_sets += 1
        claims += len(orphan.claims)
    assert len(order) == 1000
    return order, claim_sets, claims


def publish(settings: Settings, batch: list[Message]) -> None:
    bus.ensure_topics(settings)
    publisher = bus.Publisher(bus.make_producer(settings, "test"), 1000)
    for message in batch:
        topic = settings.articles_topic if isinstance(message, ArticleV1) else settings.claims_topic
        publisher.send(topic, message.article_id.encode(), message.encode())
    publisher.flush()
    publisher.close()


def table_rows(database_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table the sink writes, all columns but the bookkeeping ones, rows sorted."""
    engine = make_engine(database_url)
    try:
        with make_sessionmaker(engine)() as session:
            out = {}
            for table in Base.metadata.sorted_tables:
                if table.name not in SINK_TABLES:
                    continue
                columns = [c for c in table.columns if c.name not in BOOKKEEPING.get(table.name, set())]
                rows = [tuple(row) for row in session.execute(select(*columns))]
                out[table.name] = sorted(rows, key=repr)
            return out
    finally:
        engine.dispose()


@pytest.fixture
def second_url(database_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Another fresh database of the same kind as ``migrated_url``, migrated to head."""
    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'twice.db'}"
        _migrate(url)
        yield url
        return
    admin_url: str = request.getfixturevalue("pg_admin")
    name = f"newsflow_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        _migrate(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _migrate(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()


def test_twice_in_two_orders_leaves_the_same_tables_as_once(
    migrated_url: str, second_url: str, make_settings: SettingsFactory
) -> None:
    once_order, claim_sets, claims = messages()
    second_order = list(once_order)
    random.Random(5).shuffle(second_order)
    once = make_settings(migrated_url, topic_partitions=4)
    twice = make_settings(
        second_url, topic_partitions=4, topic_prefix=once.topic_prefix + "b.", group_prefix=once.group_prefix + "b"
    )
    publish(once, once_order)
    publish(twice, second_order + once_order)  # everything delivered twice, first in another order
    with running(once, "sink") as first, running(twice, "sink") as second:
        sinks = [first["sink"], second["sink"]]
        assert all(isinstance(s, DatabaseSink) for s in sinks)
        wait_for(
            lambda: [s.records for s in sinks] == [1000, 2000],  # type: ignore[attr-defined]
            120,
            "both sinks to store everything",
            lambda: [s.records for s in sinks],  # type: ignore[attr-defined]
        )
    expected, got = table_rows(migrated_url), table_rows(second_url)
    assert (len(expected["articles"]), len(expected["claim_sets"]), len(expected["claims"])) == (
        350,
        claim_sets,
        claims,
    )
    assert len(expected["speakers"]) >= len(FULL_NAMES)
    versions = sorted(row[2] for row in expected["claim_sets"])
    assert versions == ["0.5.0"] * (claim_sets - 250) + ["0.6.0"] * 250  # the newer extraction won everywhere
    for name in expected:
        assert got[name] == expected[name], f"table {name} differs"
