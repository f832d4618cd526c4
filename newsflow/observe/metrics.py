"""The metrics every newsflow service exports: a small, fixed set with low-cardinality labels.

Label values come from closed sets (stage names, outcome words, topic names, partition numbers); never a URL, a
host or an article id. The names are a public interface: the Grafana dashboard and the alert rules in
``deploy/`` query exactly these (a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from prometheus_client import Counter, Gauge, Histogram

STAGES = ("poll", "claims", "sink")

MESSAGES_IN = Counter("newsflow_messages_in", "Messages consumed, by stage", ["stage"])
MESSAGES_OUT = Counter("newsflow_messages_out", "Messages produced, by stage and outcome", ["stage", "outcome"])
FAILURES = Counter("newsflow_failures", "Failed units of work, by stage and reason", ["stage", "reason"])
DEAD_LETTERS = Counter("newsflow_dead_letters", "Messages sent to the dead-letter topic, by stage", ["stage"])
PROCESSING = Histogram(
    "newsflow_processing_seconds",
    "Time to process one batch, by stage",
    ["stage"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
BATCH_SIZE = Histogram(
    "newsflow_batch_size",
    "Messages per batch, by stage",
    ["stage"],
    buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000),
)
FEED_POLLS = Counter("newsflow_feed_polls", "Feed polls, by status", ["status"])
ARTICLES_FETCHED = Counter("newsflow_articles_fetched", "Feed entries handled, by outcome", ["outcome"])
CLAIMS_EXTRACTED = Counter("newsflow_claims_extracted", "Claims extracted, by extractor", ["extractor"])
CONSUMER_LAG = Gauge(
    "newsflow_consumer_lag_messages",
    "Messages not yet consumed, per group, topic and partition",
    ["group", "topic", "partition"],
)
CONSUMER_LAG_SECONDS = Gauge(
    "newsflow_consumer_lag_seconds",
    "Age of the oldest message not yet consumed, per group, topic and partition",
    ["group", "topic", "partition"],
)
FRESHNESS = Histogram(
    "newsflow_freshness_seconds",
    "From an article's publication (or first sighting) to its storage in the database",
    ["since"],
    buckets=(1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600),
)
UP = Gauge("newsflow_ready", "1 when the service is ready (broker and database reachable, partitions assigned)")


def observe_freshness(stored_at: datetime, published_at: datetime | None, first_seen_at: datetime | None) -> None:
    """Record end-to-end freshness of one stored article (negative spans, from clock skew, count as 0)."""
    for since, start in (("published", published_at), ("first_seen", first_seen_at)):
        if start is not None:
            FRESHNESS.labels(since=since).observe(max(0.0, (stored_at - start).total_seconds()))


def metric_names() -> Iterable[str]:
    """Every series name the services export (what dashboards and alert rules may query)."""
    for metric in (
        MESSAGES_IN,
        MESSAGES_OUT,
        FAILURES,
        DEAD_LETTERS,
        PROCESSING,
        BATCH_SIZE,
        FEED_POLLS,
        ARTICLES_FETCHED,
        CLAIMS_EXTRACTED,
        CONSUMER_LAG,
        CONSUMER_LAG_SECONDS,
        FRESHNESS,
        UP,
    ):
        for family in metric.describe():
            for sample_suffix in _suffixes(family.type):
                yield family.name + sample_suffix


def _suffixes(kind: str) -> tuple[str, ...]:
    if kind == "counter":
        return ("_total", "_created")
    if kind == "histogram":
        return ("_bucket", "_sum", "_count", "_created")
    return ("",)
