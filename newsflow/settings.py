"""One frozen settings object, read from ``NEWSFLOW_*`` environment variables and an optional env file.

Built once by the CLI and passed down; no other module reads the environment. A wrong value fails at start
with a :class:`~newsflow.errors.SettingsError` naming the variable. Secrets (the SASL password, a password inside
the database URL) are never printed: ``SecretStr`` hides the first, :meth:`Settings.safe_database_url` the second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from newsflow.errors import SettingsError
from newsflow.netconfig import parse_cidrs, parse_resolve

ENV_PREFIX = "NEWSFLOW_"


class Settings(BaseSettings):
    """Every knob of every stage; see the README's settings table."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, frozen=True, extra="ignore", case_sensitive=False, validate_default=True
    )

    # storage and broker
    database_url: str = Field(default="sqlite:///./newsflow.db", description="SQLAlchemy URL of the database")
    kafka_bootstrap: str | None = Field(
        default=None, description="host:port[,host:port]; unset = start the embedded Tansu broker (up/demo only)"
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="passed to kafka-python"
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism, with the two below"
    )
    kafka_sasl_username: str | None = Field(default=None, description="SASL user")
    kafka_sasl_password: SecretStr | None = Field(default=None, description="SASL password (never logged)")
    kafka_ssl_cafile: Path | None = Field(default=None, description="CA bundle for TLS to the broker")
    kafka_session_timeout_ms: int = Field(default=10_000, ge=1_000, le=300_000, description="consumer group session")
    kafka_heartbeat_interval_ms: int = Field(default=1_000, ge=100, le=60_000, description="consumer heartbeat")
    kafka_rejoin_max_s: int = Field(
        default=300,
        ge=5,
        description="a group consumer kept out of its group this long while the broker answers exits, for its "
        "supervisor to start a fresh member",
    )
    kafka_max_request_size: int = Field(
        default=16 * 1024 * 1024,
        ge=1024,
        description="largest message, bytes; also the topics' max.message.bytes (above the largest page fetched)",
    )
    kafka_delivery_timeout_ms: int = Field(
        default=120_000, ge=2_000, le=3_600_000, description="how long a send may wait for the broker"
    )
    topic_prefix: str = Field(default="", pattern=r"^[A-Za-z0-9._-]*$", description="prefix of every topic name")
    group_prefix: str = Field(default="newsflow", pattern=r"^[A-Za-z0-9._-]+$", description="consumer group prefix")
    topic_partitions: int = Field(default=12, ge=1, le=10_000, description="partitions of topics newsflow creates")
    topic_replication: int = Field(default=1, ge=1, le=10, description="replication factor of those topics")
    topic_min_insync_replicas: int = Field(
        default=1, ge=1, le=10, description="min.insync.replicas of those topics (production: 2 with replication 3)"
    )
    topic_retention_ms: int = Field(
        default=7 * 24 * 3600 * 1000, ge=3_600_000, description="retention.ms of those topics (outlast an outage)"
    )

    # ingest
    user_agent: str = Field(default="newsflow/0.1", min_length=1, description="User-Agent of every request")
    http_timeout_s: float = Field(default=20.0, gt=0, le=600, description="total deadline of one HTTP request")
    http_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, description="largest body after decompression")
    http_max_redirects: int = Field(default=5, ge=0, le=30, description="redirects followed per request")
    http_connect_timeout_s: float = Field(default=10.0, gt=0, le=120, description="TCP/TLS connect timeout")
    http_retries: int = Field(default=2, ge=0, le=10, description="retries of 5xx and network errors, with backoff")
    http_max_url_length: int = Field(
        default=4096, ge=64, le=8192, description="longer URLs are refused (at most 8192, the article message's bound)"
    )
    http_allow_private: str = Field(
        default="", description="comma-separated CIDRs the SSRF guard lets through (e.g. 127.0.0.1/32 for tests)"
    )
    http_resolve: str = Field(
        default="", description="comma-separated host=ip overrides of DNS (like curl --resolve), for tests and demos"
    )
    host_max_concurrency: int = Field(default=2, ge=1, le=64, description="requests in flight per host")
    host_min_delay_s: float = Field(default=1.0, ge=0, le=600, description="minimum gap between requests to a host")
    robots_ttl_s: int = Field(default=3600, ge=0, description="how long a host's robots.txt is cached")
    poll_concurrency: int = Field(default=16, ge=1, le=512, description="fetches in flight per poller instance")
    poll_min_interval_s: int = Field(default=300, ge=1, description="shortest adaptive feed interval")
    poll_max_interval_s: int = Field(default=21_600, ge=1, description="longest adaptive feed interval")
    poll_suspend_after: int = Field(default=10, ge=1, description="consecutive failures before a feed is suspended")
    poll_suspended_interval_s: int = Field(default=86_400, ge=60, description="retry interval of a suspended feed")
    extract_timeout_s: float = Field(default=20.0, gt=0, le=600, description="wall-clock limit of one extraction")
    extract_memory_mb: int = Field(default=1024, ge=128, le=65536, description="memory bound of the extractor process")
    site_learn_min_articles: int = Field(
        default=5, ge=2, le=10_000, description="distinct articles of a host before a recurring paragraph is removed"
    )
    poll_interval_s: int = Field(default=900, ge=1, description="default interval of a new feed")
    poll_idle_s: float = Field(default=5.0, gt=0, le=3600, description="sleep when no feed is due")
    poll_lease_s: int = Field(default=300, ge=10, description="how long a poller holds a feed it is polling")
    entry_max_attempts: int = Field(default=3, ge=1, le=100, description="fetch attempts before an entry is failed")

    # retention (0 = keep forever); the poller prunes at start and every retention_interval_s
    retention_feed_polls_days: int = Field(default=30, ge=0, description="feed_polls rows older than this are deleted")
    retention_seen_days: int = Field(
        default=90, ge=0, description="seen entries untouched this long are forgotten (> how long feeds list items)"
    )
    site_learn_retention_days: int = Field(
        default=30, ge=0, description="site-learning sightings, and learned paragraphs not seen since, are deleted"
    )
    retention_interval_s: int = Field(default=3600, ge=1, description="how often the poller prunes")

    # reconcile (recover what a broker lost between the stages; see `newsflow reconcile`)
    reconcile_grace_s: float = Field(
        default=900, ge=0, description="age before a fetched entry without its article (or claims) counts as lost"
    )
    reconcile_interval_s: int = Field(default=0, ge=0, description="how often the poller reconciles (0 = never)")

    # processors and sinks
    extractors: str = Field(
        default="", description="comma-separated extractor plug-ins the claims service runs (empty = all installed)"
    )
    batch_max_records: int = Field(default=500, ge=1, le=100_000, description="records per processor/sink batch")
    batch_max_ms: int = Field(
        default=1_000,
        ge=1,
        le=600_000,
        description="a sink batch is written when full or this long after its first record",
    )
    in_flight_max: int = Field(default=1_000, ge=1, description="unacknowledged sends before waiting")

    # operations
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="log level")
    stop_grace_s: float = Field(default=25.0, gt=0, le=600, description="how long shutdown may take")
    health_port: int = Field(
        default=9400, ge=0, le=65533, description="port of /metrics, /healthz, /readyz (0 = off; `up` uses +0, +1, +2)"
    )
    health_host: str = Field(default="0.0.0.0", min_length=1, description="address the health endpoints listen on")
    health_stall_s: float = Field(
        default=300.0, gt=0, le=86_400, description="a service loop silent this long is reported not alive"
    )

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError("not a SQLAlchemy database URL") from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError("only sqlite:// and postgresql+psycopg:// URLs are supported")
        if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
            raise ValueError("use the psycopg 3 driver: postgresql+psycopg://...")
        return value

    @field_validator("http_allow_private")
    @classmethod
    def _allow_private(cls, value: str) -> str:
        parse_cidrs(value)  # raises ValueError naming the bad item
        return value

    @field_validator("http_resolve")
    @classmethod
    def _resolve(cls, value: str) -> str:
        parse_resolve(value)
        return value

    @field_validator("kafka_bootstrap")
    @classmethod
    def _bootstrap(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        for server in value.split(","):
            host, sep, port = server.strip().rpartition(":")
            if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise ValueError(f"{server.strip()!r} is not host:port")
        return value.strip()

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.topic_min_insync_replicas > self.topic_replication:
            raise ValueError(
                "NEWSFLOW_TOPIC_MIN_INSYNC_REPLICAS exceeds NEWSFLOW_TOPIC_REPLICATION: no write would succeed"
            )
        if self.kafka_max_request_size < self.http_max_bytes + 1024 * 1024:
            raise ValueError(
                "NEWSFLOW_KAFKA_MAX_REQUEST_SIZE must exceed NEWSFLOW_HTTP_MAX_BYTES by at least 1 MiB, "
                "so the largest page the fetcher accepts fits in a message"
            )
        return self

    # derived names
    @property
    def articles_topic(self) -> str:
        return f"{self.topic_prefix}news.articles"

    @property
    def claims_topic(self) -> str:
        return f"{self.topic_prefix}news.claims"

    @property
    def dlq_topic(self) -> str:
        return f"{self.topic_prefix}news.dlq"

    def extractor_names(self) -> list[str]:
        """The selected extractor plug-ins (empty: every installed one)."""
        return [name.strip() for name in self.extractors.split(",") if name.strip()]

    def group(self, stage: str) -> str:
        """The consumer group of a stage, e.g. ``newsflow-claims``."""
        return f"{self.group_prefix}-{stage}"

    def safe_database_url(self) -> str:
        """The database URL with any password masked, for logs and summaries."""
        return make_url(self.database_url).render_as_string(hide_password=True)

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some fields changed and validated again."""
        data = self.model_dump()
        data.update(changes)
        return _build(lambda: Settings.model_validate(data))

    def child_environment(self) -> dict[str, str]:
        """These settings as ``NEWSFLOW_*`` variables, for services started as child processes."""
        env: dict[str, str] = {}
        for name, value in self.model_dump().items():
            if value is None:
                continue
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            env[f"{ENV_PREFIX}{name.upper()}"] = str(value)
        return env


def _build(factory: Any) -> Settings:
    try:
        settings: Settings = factory()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "?"
            problems.append(f"{ENV_PREFIX}{field.upper()}: {error['msg']}")
        raise SettingsError("invalid settings: " + "; ".join(problems)) from None
    return settings


def load_settings(env_file: Path | None = None) -> Settings:
    """Read the settings from the environment (and ``env_file`` if given); raise SettingsError naming the variable."""
    if env_file is not None and not env_file.is_file():
        raise SettingsError(f"settings file {env_file} does not exist")
    return _build(lambda: Settings(_env_file=env_file))
