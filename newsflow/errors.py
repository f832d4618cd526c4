"""The spine's exception tree.

::

    NewsflowError
     ├── SettingsError            a setting is missing or invalid (names the variable); permanent
     ├── ContractError            a message could not be decoded; keeps the raw bytes; permanent
     ├── RetryableError           worth trying again later (broker or database unreachable)
     │    ├── BrokerUnavailable
     │    ├── GroupMembershipLost  the broker kept a group consumer out of its group: the service exits
     │    └── DatabaseUnavailable
     └── PermanentError           retrying will not help
          ├── EmbeddedBrokerError the bundled Tansu broker could not be started
          └── SchemaNotReady      the database has not been migrated to the code's head revision

Stages define their own roots (``ingest.errors``, ``processors.errors``) and reuse the retryable/permanent split
from here. Code decides by type, never by message text.
"""

from __future__ import annotations


class NewsflowError(Exception):
    """Root of every error newsflow raises on purpose."""


class SettingsError(NewsflowError):
    """A setting is missing or invalid; the message names the environment variable."""


class RetryableError(NewsflowError):
    """A failure that may go away by itself: try again later."""


class PermanentError(NewsflowError):
    """A failure that retrying cannot fix."""


class BrokerUnavailable(RetryableError):
    """The Kafka-protocol broker did not answer."""


class GroupMembershipLost(RetryableError):
    """A group consumer was not a stable member of its group for too long while the broker answered; a fresh
    consumer (the service restarted by its supervisor) joins as a new member."""


class DatabaseUnavailable(RetryableError):
    """The database did not answer."""


class EmbeddedBrokerError(PermanentError):
    """The bundled Tansu broker could not be found or started."""


class SchemaNotReady(PermanentError):
    """The database is not at the migration head this code needs (run `newsflow db upgrade`)."""


class ContractError(PermanentError):
    """A message could not be decoded into its contract.

    Keeps the raw bytes so that the runner can dead-letter them unchanged.
    """

    def __init__(self, reason: str, raw: bytes | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw
