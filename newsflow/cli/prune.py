"""``newsflow db prune``: one retention pass now, as the poller service runs it every hour."""

from __future__ import annotations

import json

from newsflow.db.engine import make_engine, make_sessionmaker
from newsflow.db.migrate import require_head
from newsflow.db.models import utcnow
from newsflow.runtime import EXIT_OK
from newsflow.settings import Settings


def run_prune(settings: Settings) -> int:
    """Prune by the retention settings; print what was deleted as one JSON object."""
    from ingest.retention import RetentionPolicy, prune

    engine = make_engine(settings.database_url)
    try:
        require_head(engine)
        pruned = prune(make_sessionmaker(engine), RetentionPolicy.from_settings(settings).cutoffs(utcnow()))
    finally:
        engine.dispose()
    print(json.dumps(pruned.as_dict()))
    return EXIT_OK
