"""``newsflow reconcile``: recover what the broker lost between the stages (see :mod:`newsflow.reconcile`).

Lost entries are fetched and published again directly, through the poller's own entry handler
(:meth:`ingest.entries.EntryHandler.refetch`): the same fetch, clean, site layer, takedown checks and
publish-then-mark order as a new entry. Resetting them for the poller instead would depend on their feed still
listing them, which feeds stop doing within days. The entry stays marked ``fetched`` until its new article is
acknowledged, so a pass interrupted anywhere leaves it selected for the next one; so does a page that failed to
fetch or extract this time (counted as ``retry``; only a page gone for good marks it failed). Articles without
claims are re-queued on ``news.articles``; the claims processor and the sink's replace-per-extraction make a
repeat harmless.

Every pass is idempotent: what it repaired is no longer selected once the sink stored it, and the grace period
keeps it from selecting work still on its way (run it with ``--grace`` longer than the pipeline's lag).
The poller runs a pass every ``NEWSFLOW_RECONCILE_INTERVAL_S`` when that is set (0, the default, is off).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from newsflow import bus
from newsflow.db.engine import readonly_sessions
from newsflow.db.models import utcnow
from newsflow.errors import BrokerUnavailable
from newsflow.reconcile import (
    LostEntry,
    ReconcileReport,
    article_message,
    cutoff,
    lost_entries_query,
    one_per_article,
    unclaimed_articles_query,
)
from newsflow.runtime import EXIT_OK
from newsflow.settings import Settings

log = logging.getLogger(__name__)
BATCH = 500


class Reconciler:
    """One reconcile pass at a time: refetch lost entries, re-queue unclaimed articles."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        refetch: Callable[[LostEntry], str],
        publisher: bus.Publisher,
        extractors: Sequence[str],
    ) -> None:
        self._settings = settings
        self._reads = readonly_sessions(sessions)
        self._refetch = refetch
        self._publisher = publisher
        self._extractors = list(extractors)

    def run(self, grace_s: float | None = None, now: datetime | None = None) -> ReconcileReport:
        """One pass over rows older than the grace period (default ``reconcile_grace_s``).

        Raises BrokerUnavailable when the broker does not acknowledge; what was not repaired is found next time.
        """
        before = cutoff(now or utcnow(), self._settings.reconcile_grace_s if grace_s is None else grace_s)
        # stored articles first: those fetched again below get their claims the usual way
        unclaimed = 0
        with self._reads() as session:
            rows = session.execute(
                unclaimed_articles_query(before, self._extractors).execution_options(yield_per=BATCH)
            )
            for row in rows.scalars():
                article = article_message(row)
                self._publisher.send(self._settings.articles_topic, article.article_id.encode(), article.encode())
                unclaimed += 1
        self._publisher.flush()
        with self._reads() as session:
            lost = one_per_article(session.execute(lost_entries_query(before)).all())
        outcomes: Counter[str] = Counter()
        for entry in lost:
            outcomes[self._refetch(entry)] += 1
        report = ReconcileReport(len(lost), dict(outcomes), unclaimed, unclaimed)
        log.info("reconciled", extra=report.as_dict())
        return report

    def run_quietly(self) -> ReconcileReport | None:
        """A pass for a periodic caller: a broker that is away is logged, and the next pass tries again."""
        try:
            return self.run()
        except BrokerUnavailable as exc:
            log.warning("reconcile pass stopped: broker unavailable", extra={"error": str(exc)})
            return None


def run_reconcile(settings: Settings, grace_s: float | None, as_json: bool) -> int:
    """One reconcile pass from the command line; prints what it did."""
    from newsflow.cli.services import build_entry_handler, build_reconciler, database_sessions

    bus.ensure_topics(settings)
    with ExitStack() as stack:
        sessions = database_sessions(settings, stack)
        entries, _fetcher, publisher = build_entry_handler(settings, stack, sessions, stage="reconcile")
        report = build_reconciler(settings, sessions, entries, publisher).run(grace_s)
    print(json.dumps(report.as_dict()) if as_json else f"newsflow reconcile: {report.summary()}")
    return EXIT_OK
