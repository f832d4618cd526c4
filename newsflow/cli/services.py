"""Builders of the long-lived services. The only place where the spine reaches into the stages (lazily)."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING

from kafka import KafkaProducer
from sqlalchemy.orm import Session, sessionmaker

from newsflow import bus
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.migrate import require_head
from newsflow.errors import SettingsError
from newsflow.observe.checks import broker_check, database_check
from newsflow.observe.health import Health, serve_health
from newsflow.runtime import Service
from newsflow.settings import Settings

if TYPE_CHECKING:
    from ingest.entries import EntryHandler
    from ingest.fetch import Fetcher
    from newsflow.cli.reconcile import Reconciler
    from newsflow.reconcile import LostEntry


def database_sessions(settings: Settings, stack: ExitStack, health: Health | None = None) -> sessionmaker[Session]:
    """Sessions on the configured database (migrated to head, or SettingsError), disposed with the stack."""
    engine = make_engine(settings.database_url)
    stack.callback(engine.dispose)
    require_head(engine)
    if health is not None:
        health.add_check("database", database_check(engine))
    return make_sessionmaker(engine)


def _health(settings: Settings, stack: ExitStack, consumer: bool) -> Health:
    """The service's health: a broker check (and the consumer's assignment), served on the configured port."""
    health = Health(stall_s=settings.health_stall_s)
    assert settings.kafka_bootstrap is not None  # bus.ensure_topics ran first, or raised
    health.add_check("broker", broker_check(settings.kafka_bootstrap))
    if consumer:
        health.add_check("partitions_assigned", health.assignment.check)
    if settings.health_port:
        try:
            stack.enter_context(serve_health(health, settings.health_host, settings.health_port))
        except OSError as exc:
            raise SettingsError(
                f"NEWSFLOW_HEALTH_PORT: cannot listen on {settings.health_host}:{settings.health_port}: {exc}"
            ) from exc
    return health


def _publisher(settings: Settings, stack: ExitStack, stage: str) -> bus.Publisher:
    """A publisher that replaces its producer after a failed delivery, re-creating missing topics first."""
    client_id = f"newsflow-{stage}"

    def renew() -> KafkaProducer:
        bus.ensure_topics_quietly(settings)  # a broker that came back empty has lost them
        return bus.make_producer(settings, client_id)

    publisher = bus.Publisher(
        bus.make_producer(settings, client_id),
        settings.in_flight_max,
        settings.kafka_max_request_size,
        renew,
        wait_max_s=settings.kafka_delivery_timeout_ms / 1000 + 5,
    )
    stack.callback(publisher.close)
    return publisher


def build_entry_handler(
    settings: Settings, stack: ExitStack, sessions: sessionmaker[Session], stage: str = "poll"
) -> tuple[EntryHandler, Fetcher, bus.Publisher]:
    """The poller's entry handler (guarded, polite fetcher, robots.txt, isolated cleaner, site layer, publisher)."""
    from ingest.entries import EntryHandler
    from ingest.fetch import Fetcher
    from ingest.isolate import IsolatedCleaner
    from ingest.politeness import HostGate
    from ingest.robots import RobotsPolicy
    from ingest.sitelayer import SiteLayer

    gate = HostGate(settings.host_max_concurrency, settings.host_min_delay_s)
    fetcher = stack.enter_context(Fetcher.from_settings(settings, gate))
    robots = RobotsPolicy.from_settings(settings, fetcher)
    # extraction runs in worker processes: a wall-clock limit and a memory bound per page, and no GIL contention
    cleaner = stack.enter_context(IsolatedCleaner.from_settings(settings, workers=2))
    site = SiteLayer(sessions, settings.site_learn_min_articles)
    publisher = _publisher(settings, stack, stage)
    return EntryHandler(settings, sessions, fetcher, publisher, robots, cleaner, site), fetcher, publisher


def build_reconciler(
    settings: Settings, sessions: sessionmaker[Session], entries: EntryHandler, publisher: bus.Publisher
) -> Reconciler:
    """``newsflow reconcile``'s worker: refetches through ``entries``, re-queues through ``publisher``."""
    from ingest.feeds import FeedEntry
    from newsflow.cli.reconcile import Reconciler
    from newsflow.plugins import load_extractors

    extractors = [loaded.plugin.extractor.name for loaded in load_extractors(settings.extractor_names())]

    def refetch(lost: LostEntry) -> str:
        entry = FeedEntry(guid=lost.guid, link=lost.url, title=None, published_at=None, summary=None)
        return entries.refetch(lost.feed_id, lost.feed_url, entry)

    return Reconciler(settings, sessions, refetch, publisher, extractors)


def build_poller(settings: Settings, stack: ExitStack) -> Service:
    """The feed poller (``newsflow poll``): entry handler, scheduler, and reconcile passes if configured."""
    from ingest.poller import FeedPoller

    bus.ensure_topics(settings)
    health = _health(settings, stack, consumer=False)
    sessions = database_sessions(settings, stack, health)
    entries, fetcher, publisher = build_entry_handler(settings, stack, sessions)
    reconcile = None
    if settings.reconcile_interval_s > 0:
        reconcile = build_reconciler(settings, sessions, entries, publisher).run_quietly
    return FeedPoller(settings, sessions, fetcher, entries, health=health, reconcile=reconcile)


def build_claims(settings: Settings, stack: ExitStack) -> Service:
    """The claims processor (``newsflow claims``) running every selected extractor plug-in."""
    from newsflow.plugins import load_extractors
    from processors.service import ClaimsProcessor

    extractors = [loaded.plugin for loaded in load_extractors(settings.extractor_names())]
    bus.ensure_topics(settings)
    health = _health(settings, stack, consumer=True)
    publisher = _publisher(settings, stack, "claims")
    consumer = bus.make_consumer(settings, "claims", [settings.articles_topic])
    stack.callback(bus.close_consumer, consumer, settings.kafka_session_timeout_ms / 1000)
    return ClaimsProcessor(settings, consumer, publisher, extractors, health=health)


def build_sink(settings: Settings, stack: ExitStack) -> Service:
    """The database sink (``newsflow sink``)."""
    from sinks.service import DatabaseSink

    bus.ensure_topics(settings)
    health = _health(settings, stack, consumer=True)
    sessions = database_sessions(settings, stack, health)
    publisher = _publisher(settings, stack, "sink")
    consumer = bus.make_consumer(settings, "sink", [settings.articles_topic, settings.claims_topic])
    stack.callback(bus.close_consumer, consumer, settings.kafka_session_timeout_ms / 1000)
    return DatabaseSink(settings, sessions, consumer, publisher, health=health)


BUILDERS = {"poll": build_poller, "claims": build_claims, "sink": build_sink}
