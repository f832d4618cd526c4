"""``newsflow healthcheck``: ask this machine's service whether it is alive (or ready); for container checks.

Slim images carry no curl, so the image's HEALTHCHECK calls this instead.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

from newsflow.settings import Settings


def healthcheck(settings: Settings, ready: bool, timeout_s: float = 4.0) -> int:
    """0 when the endpoint answers 200, 1 otherwise (with the reason on stderr)."""
    if settings.health_port == 0:
        print("newsflow healthcheck: NEWSFLOW_HEALTH_PORT is 0 (endpoints off)", file=sys.stderr)
        return 1
    path = "/readyz" if ready else "/healthz"
    url = f"http://127.0.0.1:{settings.health_port}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            body = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        print(
            f"newsflow healthcheck: {path} answered {exc.code}: {exc.read().decode('utf-8', 'replace')}",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        print(f"newsflow healthcheck: {url}: {exc}", file=sys.stderr)
        return 1
    print(body)
    return 0
