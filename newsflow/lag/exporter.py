"""The Prometheus side of ``newsflow lag --serve``: lag series for the whole cluster, from a rolling window.

Series (labels ``group``, ``topic``, ``partition``; a partition with unknown lag has no lag samples):

- ``newsflow_consumer_lag_messages``: committed offset to log end, in messages;
- ``newsflow_consumer_lag_seconds``: age of the oldest message not yet consumed;
- ``newsflow_consumer_lag_status``: one series per status (label ``status``), 1 for the current one, 0 for the
  others, so alerts can match ``newsflow_consumer_lag_status{status=~"STOP|STALL"} == 1``.

The collector reads the window at scrape time, so partitions and groups that go away stop being exported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from newsflow.lag.status import Status
from newsflow.lag.window import LagRow

_LABELS = ["group", "topic", "partition"]


class LagCollector(Collector):
    """Exports the rows of a lag report on each scrape."""

    def __init__(self, rows: Callable[[], Sequence[LagRow]]) -> None:
        self._rows = rows

    def collect(self) -> Iterator[Metric]:
        messages = GaugeMetricFamily(
            "newsflow_consumer_lag_messages", "Messages not yet consumed, per group, topic and partition", None, _LABELS
        )
        seconds = GaugeMetricFamily(
            "newsflow_consumer_lag_seconds",
            "Age of the oldest message not yet consumed, per group, topic and partition",
            None,
            _LABELS,
        )
        status = GaugeMetricFamily(
            "newsflow_consumer_lag_status",
            "Burrow-style status over the window: 1 for the current status of a group's partition",
            None,
            [*_LABELS, "status"],
        )
        for row in self._rows():
            labels = [row.group, row.topic, str(row.partition)]
            if row.lag is not None:
                messages.add_metric(labels, float(row.lag))
            if row.lag_seconds is not None:
                seconds.add_metric(labels, row.lag_seconds)
            for candidate in Status:
                status.add_metric([*labels, candidate.value], 1.0 if candidate is row.status else 0.0)
        yield messages
        yield seconds
        yield status


@contextmanager
def serving(rows: Callable[[], Sequence[LagRow]], port: int, address: str) -> Iterator[int]:
    """Serve ``/metrics`` for ``rows`` on ``address:port`` until the block exits; yields the bound port."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(LagCollector(rows))
    server, thread = start_http_server(port, addr=address, registry=registry)
    try:
        yield int(server.server_port)
    finally:
        closer = threading.Thread(target=server.shutdown, daemon=True)
        closer.start()
        closer.join(10)
        server.server_close()
        thread.join(10)
