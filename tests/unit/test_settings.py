"""Settings: defaults, validation that names the variable, and secrets that never print."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsflow.errors import SettingsError
from newsflow.settings import load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("NEWSFLOW_"):
            monkeypatch.delenv(key)


def test_defaults_are_the_embedded_ones() -> None:
    settings = load_settings()
    assert settings.database_url == "sqlite:///./newsflow.db"
    assert settings.kafka_bootstrap is None
    assert settings.topic_partitions == 12
    assert (settings.articles_topic, settings.claims_topic, settings.dlq_topic) == (
        "news.articles",
        "news.claims",
        "news.dlq",
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("NEWSFLOW_TOPIC_PARTITIONS", "0"),
        ("NEWSFLOW_TOPIC_PARTITIONS", "many"),
        ("NEWSFLOW_KAFKA_BOOTSTRAP", "localhost"),
        ("NEWSFLOW_DATABASE_URL", "mysql://x/y"),
        ("NEWSFLOW_DATABASE_URL", "postgresql+psycopg2://u@h/db"),
        ("NEWSFLOW_LOG_LEVEL", "LOUD"),
        ("NEWSFLOW_HTTP_TIMEOUT_S", "-1"),
        ("NEWSFLOW_HTTP_ALLOW_PRIVATE", "127.0.0.1/33"),
        ("NEWSFLOW_HTTP_RESOLVE", "demo.example=not-an-ip"),
        ("NEWSFLOW_TOPIC_MIN_INSYNC_REPLICAS", "2"),  # above the replication factor of 1
        ("NEWSFLOW_HTTP_MAX_BYTES", str(64 * 1024 * 1024)),  # pages that would not fit in a message
    ],
)
def test_invalid_value_fails_naming_the_variable(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=variable):
        load_settings()


def test_settings_are_frozen() -> None:
    settings = load_settings()
    with pytest.raises(ValueError, match="frozen"):
        settings.topic_partitions = 3  # type: ignore[misc]


def test_secrets_never_show(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_KAFKA_SASL_PASSWORD", "hunter2")
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", "postgresql+psycopg://app:s3cret@db:5432/news")
    settings = load_settings()
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in str(settings)
    assert "s3cret" not in settings.safe_database_url()
    assert settings.child_environment()["NEWSFLOW_KAFKA_SASL_PASSWORD"] == "hunter2"


def test_env_file_is_read_and_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / "newsflow.env"
    env_file.write_text("NEWSFLOW_TOPIC_PARTITIONS=6\nNEWSFLOW_LOG_LEVEL=debug\n")
    monkeypatch.setenv("NEWSFLOW_LOG_LEVEL", "warning")
    settings = load_settings(env_file)
    assert settings.topic_partitions == 6
    assert settings.log_level == "WARNING"
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "missing.env")


def test_child_environment_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    monkeypatch.setenv("NEWSFLOW_TOPIC_PREFIX", "x.")
    first = load_settings()
    for key, value in first.child_environment().items():
        monkeypatch.setenv(key, value)
    assert load_settings() == first
