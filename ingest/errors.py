"""The ingest stage's exception tree.

::

    NewsflowError                      (newsflow.errors)
     └── IngestError
          ├── FetchError               has ``kind`` (FetchKind), ``url`` and ``status``
          │    ├── RetryableFetchError   also a newsflow.errors.RetryableError:
          │    │                         network, timeout, http_status 408/425/429/5xx
          │    └── PermanentFetchError   also a newsflow.errors.PermanentError:
          │                              invalid_url, too_large, too_many_redirects, bad_content, blocked
          │                              (the SSRF guard refused the address), other http_status
          ├── FeedParseError           the bytes hold no feed (also PermanentError)
          └── ExtractionError          the page yields no article text (also PermanentError)

Raise fetch failures through :func:`fetch_error`, which picks the retryable or permanent class from the kind
and status, so callers decide with ``except RetryableError`` (type), never by reading the message.
"""

from __future__ import annotations

from typing import Literal, get_args

from newsflow.errors import NewsflowError, PermanentError, RetryableError

FetchKind = Literal[
    "network", "timeout", "http_status", "too_large", "too_many_redirects", "invalid_url", "bad_content", "blocked"
]
FETCH_KINDS: frozenset[str] = frozenset(get_args(FetchKind))

_RETRYABLE_KINDS = frozenset({"network", "timeout"})
_RETRYABLE_STATUSES = frozenset({408, 425, 429})


class IngestError(NewsflowError):
    """Root of every error the ingest stage raises on purpose."""


class FetchError(IngestError):
    """A page or feed could not be fetched.

    ``kind`` says why (one of :data:`FetchKind`), ``status`` is the HTTP status when there was one, and
    ``retry_after_s`` is the server's Retry-After (429/503) in seconds from now, when it sent one.
    """

    def __init__(
        self,
        kind: FetchKind,
        message: str,
        *,
        url: str,
        status: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind: FetchKind = kind
        self.url = url
        self.status = status
        self.retry_after_s = retry_after_s

    @property
    def retryable(self) -> bool:
        """Whether trying again later may succeed (same answer as ``isinstance(e, RetryableError)``)."""
        return isinstance(self, RetryableError)


class RetryableFetchError(FetchError, RetryableError):
    """A fetch failure that may go away by itself (network, timeout, 5xx, 429)."""


class PermanentFetchError(FetchError, PermanentError):
    """A fetch failure that retrying the same URL will not fix."""


def fetch_error(
    kind: FetchKind, message: str, *, url: str, status: int | None = None, retry_after_s: float | None = None
) -> FetchError:
    """Build the right :class:`FetchError` subclass for ``kind`` and ``status``."""
    retryable = kind in _RETRYABLE_KINDS or (
        kind == "http_status" and status is not None and (status >= 500 or status in _RETRYABLE_STATUSES)
    )
    cls = RetryableFetchError if retryable else PermanentFetchError
    return cls(kind, message, url=url, status=status, retry_after_s=retry_after_s)


class FeedParseError(IngestError, PermanentError):
    """The bytes are empty or hold no feed and no entries."""


class ExtractionError(IngestError, PermanentError):
    """The page yields no article text."""
