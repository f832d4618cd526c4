"""Long work shows a progress bar on a terminal and stays quiet otherwise (OPML import as the example)."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from newsflow.db import migrate
from newsflow.db.engine import make_engine


def opml(path: Path, feeds: int) -> Path:
    outlines = "".join(f'<outline type="rss" text="f{i}" xmlUrl="https://example.com/{i}.xml"/>' for i in range(feeds))
    path.write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>')
    return path


def import_feeds(database_url: str, file: Path, stderr_tty: bool) -> tuple[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEWSFLOW_")}
    env["NEWSFLOW_DATABASE_URL"] = database_url
    command = [sys.executable, "-m", "newsflow", "feeds", "import", str(file)]
    if not stderr_tty:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120)
        return done.stdout, done.stderr
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    try:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=follower, text=True)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed when the process exited
                break
            if not chunk:
                break
            chunks.append(chunk)
        out = process.communicate(timeout=120)[0]
        assert process.returncode == 0
    finally:
        os.close(leader)
    return out, b"".join(chunks).decode("utf-8", "replace")


def test_opml_import_draws_a_bar_on_a_terminal_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nf.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    out, err = import_feeds(url, opml(tmp_path / "a.opml", 40), stderr_tty=False)
    assert "imported 40 feed(s)" in out
    assert "importing feeds" not in err
    out, err = import_feeds(url, opml(tmp_path / "b.opml", 60), stderr_tty=True)
    assert "imported 20 feed(s)" in out  # 40 of the 60 were registered by the first import
    assert "importing feeds" in err
    assert "60/60" in err
