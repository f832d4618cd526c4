"""The embedded broker never outlives its parent: a parent killed with SIGKILL takes its broker with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.integration.helpers import wait_for

PARENT = """
import sys, time
from newsflow.broker import EmbeddedBroker
broker = EmbeddedBroker().start()
print(broker._process.pid, flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie awaiting its reaper is gone too
        return stat.read().split(") ", 1)[1][0] != "Z"


def test_a_parent_killed_with_sigkill_leaves_no_broker_behind() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    broker_pid = int(parent.stdout.readline())
    assert alive(broker_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    wait_for(lambda: not alive(broker_pid), 20, "the orphaned broker to stop")
