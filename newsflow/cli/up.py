"""``newsflow up`` and ``newsflow broker``: the whole pipeline in one supervised process tree."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from newsflow import bus
from newsflow.broker import EmbeddedBroker
from newsflow.cli.supervisor import STAGES, Supervisor
from newsflow.db import migrate
from newsflow.db.engine import make_engine
from newsflow.runtime import EXIT_OK, StopFlag, stop_on_signals
from newsflow.settings import Settings

log = logging.getLogger(__name__)


@contextmanager
def pipeline(settings: Settings, stop: StopFlag) -> Iterator[tuple[Settings, Supervisor]]:
    """Broker (embedded unless configured), migrated database, topics, and every service running.

    On exit the services are stopped first (each finishes, flushes and commits), then the broker.
    """
    with ExitStack() as stack:
        if settings.kafka_bootstrap is None:
            broker = stack.enter_context(EmbeddedBroker())
            settings = settings.with_overrides(kafka_bootstrap=broker.bootstrap)
            log.info("using the embedded broker", extra={"bootstrap": broker.bootstrap})
        engine = make_engine(settings.database_url)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        bus.ensure_topics(settings)
        env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSFLOW_")}
        env.update(settings.child_environment())
        supervisor = Supervisor(STAGES, env, grace_s=settings.stop_grace_s + 5)
        supervisor.start()
        stack.callback(supervisor.stop)
        yield settings, supervisor


def run_up(settings: Settings) -> int:
    """Run every service until SIGTERM/SIGINT."""
    stop = StopFlag()
    with stop_on_signals(stop), pipeline(settings, stop) as (running, supervisor):
        print(f"newsflow up: broker {running.kafka_bootstrap}, database {running.safe_database_url()}", flush=True)
        supervisor.watch(stop)
    return EXIT_OK


def run_broker() -> int:
    """Run the embedded broker until SIGTERM/SIGINT, printing its bootstrap address."""
    stop = StopFlag()
    with stop_on_signals(stop), EmbeddedBroker() as broker:
        print(f"NEWSFLOW_KAFKA_BOOTSTRAP={broker.bootstrap}", flush=True)
        while not stop.wait(1.0):
            pass
    return EXIT_OK
