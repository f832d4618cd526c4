"""Running services in threads for integration tests, and reading back what they stored."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

import pytest
from sqlalchemy import func, select

from newsflow.cli.services import BUILDERS
from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.models import Article, Claim, ClaimSet, Feed, FeedPoll, SeenEntry
from newsflow.runtime import Service, StopFlag
from newsflow.settings import Settings


@contextmanager
def running(settings: Settings, *stages: str) -> Iterator[dict[str, Service]]:
    """Build the given services and run each in its own thread (one group member per thread) until exit."""
    stop = StopFlag()
    threads: list[threading.Thread] = []
    errors: list[BaseException] = []
    services: dict[str, Service] = {}
    with ExitStack() as stack:
        for stage in stages:
            service = BUILDERS[stage](settings, stack)
            services[stage] = service

            def target(service: Service = service) -> None:
                try:
                    service.run(stop)
                except BaseException as exc:
                    errors.append(exc)
                    raise

            thread = threading.Thread(target=target, name=f"svc-{stage}", daemon=True)
            thread.start()
            threads.append(thread)
        try:
            yield services
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=30)
            assert not any(t.is_alive() for t in threads), "a service did not stop within 30 s"
    assert not errors, errors


def counts(database_url: str) -> tuple[int, int, int]:
    """(articles, claim sets, claims) stored."""
    engine = make_engine(database_url)
    try:
        with make_sessionmaker(engine)() as session:
            return tuple(  # type: ignore[return-value]
                int(session.execute(select(func.count()).select_from(model)).scalar_one())
                for model in (Article, ClaimSet, Claim)
            )
    finally:
        engine.dispose()


def wait_for(
    condition: Callable[[], bool],
    timeout_s: float = 60.0,
    what: str = "condition",
    describe: Callable[[], object] | None = None,
) -> None:
    """Poll ``condition`` until it holds; fail after ``timeout_s`` (with ``describe()`` of the state, if given)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    state = f": {describe()}" if describe is not None else ""
    raise AssertionError(f"timed out after {timeout_s} s waiting for {what}{state}")


def pipeline_state(database_url: str) -> dict[str, object]:
    """Row counts, entry statuses and polls, for failure messages."""
    engine = make_engine(database_url)
    try:
        with make_sessionmaker(engine)() as session:
            entries = session.execute(select(SeenEntry.status, func.count()).group_by(SeenEntry.status)).all()
            polls = session.execute(select(FeedPoll.status, FeedPoll.new_entries)).all()
            feeds = session.execute(select(Feed.url, Feed.next_poll_at, Feed.leased_until, Feed.enabled)).all()
        return {"rows": counts(database_url), "entries": dict(entries), "polls": polls, "feeds": feeds}  # type: ignore[arg-type]
    finally:
        engine.dispose()


def export_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``settings`` the only NEWSFLOW_* environment, for code that loads its own (the CLI's ``main``)."""
    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)
    for key, value in settings.child_environment().items():
        monkeypatch.setenv(key, value)
