"""The deploy files agree with the code, checked by parsing them and by the real offline validators.

Every service in compose and Kubernetes runs a CLI command that exists, every ``NEWSFLOW_*`` variable they set is
a real setting with a valid value, the ports agree, KEDA watches the groups and topics the code uses, and the
dashboard and alert rules query only metrics the code exports. ``promtool`` and ``docker-compose`` come from
Debian's packages (``.ci/run`` installs them); where they are absent the test says so and skips, unless
``NEWSFLOW_REQUIRE_VALIDATORS=1`` (set by CI) makes their absence a failure.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsflow.cli import _parser
from newsflow.lag.exporter import LagCollector
from newsflow.observe.metrics import metric_names
from newsflow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
PROMQL_BUILTINS = {"up"}


def k8s_docs() -> Iterator[dict[str, Any]]:
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                yield doc


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return data


def env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if line.strip() and not line.startswith("#"))
    return {key.strip(): value.strip() for key, value in pairs}


def assert_real_settings(values: dict[str, str]) -> Settings:
    """Every NEWSFLOW_* name is a setting, and together the values validate."""
    fields = {}
    for name, value in values.items():
        assert name.startswith("NEWSFLOW_"), name
        field = name.removeprefix("NEWSFLOW_").lower()
        assert field in Settings.model_fields, f"{name} is not a setting"
        fields[field] = value
    return Settings.model_validate(fields)


def require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("NEWSFLOW_REQUIRE_VALIDATORS") == "1":
            pytest.fail(f"{tool} is required here (NEWSFLOW_REQUIRE_VALIDATORS=1) but not installed")
        pytest.skip(f"{tool} is not installed (Debian: apt-get install docker-compose prometheus)")
    return found


def exported_metrics() -> set[str]:
    exporter = {family.name for family in LagCollector(list).collect()}
    return set(metric_names()) | exporter | PROMQL_BUILTINS


def promql_metrics(expr: str) -> set[str]:
    """Metric names in a PromQL expression: identifiers followed by a selector, range or binary context."""
    without_strings = re.sub(r'"[^"]*"', '""', expr)
    without_labels = re.sub(r"\{[^}]*\}", "", without_strings)
    without_grouping = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", without_labels)
    words = set(re.findall(r"[a-zA-Z_:][a-zA-Z0-9_:]*", without_grouping))
    functions = {
        "sum", "max", "min", "avg", "count", "rate", "increase", "irate", "histogram_quantile", "clamp_min",
        "and", "or", "unless", "bool", "e", "m", "s", "h", "d",
    }  # fmt: skip
    return {w for w in words if w not in functions and not re.fullmatch(r"\d+[smhd]?", w)}


# --- compose ---


def test_compose_services_run_real_commands_with_real_settings() -> None:
    services = compose()["services"]
    settings = assert_real_settings(env_file(DEPLOY / "newsflow.env"))
    assert settings.topic_replication == 3
    assert settings.topic_min_insync_replicas == 2
    newsflow_services = {name: svc for name, svc in services.items() if svc.get("image", "").startswith("newsflow")}
    assert {"migrate", "poll", "claims", "sink", "lag-exporter"} <= set(newsflow_services)
    for name, service in newsflow_services.items():
        _parser().parse_args(service["command"])  # exits if the CLI has no such command
        assert service["env_file"] == "newsflow.env", name
        for mapping in service.get("ports", []):
            assert mapping.split(":")[1] == str(settings.health_port), name
    kafka = [svc for svc in services.values() if svc.get("image", "").startswith("apache/kafka")]
    assert len(kafka) == 3
    for node in kafka:
        env = node["environment"]
        assert "broker" in env["KAFKA_PROCESS_ROLES"]
        assert "controller" in env["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
        assert int(env["KAFKA_MESSAGE_MAX_BYTES"]) >= settings.kafka_max_request_size
        assert env["KAFKA_MIN_INSYNC_REPLICAS"] == "2"
    bootstrap = {f"{svc['hostname']}:9092" for svc in kafka}
    assert set(settings.kafka_bootstrap.split(",")) == bootstrap  # type: ignore[union-attr]


def test_compose_validates_with_docker_compose() -> None:
    tool = require("docker-compose")
    result = subprocess.run(
        [tool, "-f", str(DEPLOY / "compose.yaml"), "config", "-q"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_prometheus_scrapes_every_service_on_its_health_port() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    port = env_file(DEPLOY / "newsflow.env")["NEWSFLOW_HEALTH_PORT"]
    targets = {t for job in config["scrape_configs"] for group in job["static_configs"] for t in group["targets"]}
    assert targets == {f"{name}:{port}" for name in ("poll", "claims", "sink", "lag-exporter")}


def test_prometheus_config_and_rules_pass_promtool() -> None:
    tool = require("promtool")
    for args in (["check", "config", "prometheus.yml"], ["check", "rules", "alerts.yml"]):
        result = subprocess.run([tool, *args], cwd=DEPLOY / "prometheus", capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_cover_lag_stalls_dead_letters_and_feeds_with_real_metrics() -> None:
    rules = [
        r for g in yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"] for r in g["rules"]
    ]
    names = {r["alert"] for r in rules}
    assert {"NewsflowConsumerLagGrowing", "NewsflowConsumerStalled", "NewsflowDeadLettersGrowing"} <= names
    assert "NewsflowFeedsFailing" in names
    known = exported_metrics()
    for rule in rules:
        assert promql_metrics(rule["expr"]) <= known, rule["alert"]


def test_grafana_dashboard_queries_only_exported_metrics() -> None:
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "newsflow.json").read_text())
    known = exported_metrics()
    titles = []
    for panel in dashboard["panels"]:
        titles.append(panel["title"].lower())
        for target in panel.get("targets", []):
            used = promql_metrics(target["expr"])
            assert used, target["expr"]
            assert used <= known, (panel["title"], used - known)
    for topic in ("lag", "freshness", "throughput", "errors", "feed health"):
        assert any(topic in t for t in titles), topic
    provisioning = yaml.safe_load((DEPLOY / "grafana" / "provisioning" / "dashboards" / "newsflow.yml").read_text())
    assert provisioning["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


# --- Kubernetes ---


def test_manifests_pass_kubernetes_validate_strict() -> None:
    import kubernetes_validate

    for doc in k8s_docs():
        if doc["apiVersion"].startswith("keda.sh/"):
            continue  # a CRD: checked field by field below
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def test_every_deployment_runs_a_real_command_with_probes_resources_and_a_budget() -> None:
    docs = list(k8s_docs())
    settings_values: dict[str, str] = {}
    for doc in docs:
        if doc["kind"] == "ConfigMap":
            settings_values |= doc["data"]
        if doc["kind"] == "Secret" and doc["metadata"]["name"] == "newsflow-secrets":
            settings_values |= doc["stringData"]
    settings = assert_real_settings(settings_values)
    assert (settings.topic_replication, settings.topic_min_insync_replicas) == (3, 2)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    budgets = {
        d["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"]
        for d in docs
        if d["kind"] == "PodDisruptionBudget"
    }
    commands = set()
    for deployment in deployments:
        pod = deployment["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        _parser().parse_args(container["args"])
        commands.add(container["args"][0])
        port = container["ports"][0]["containerPort"]
        assert port == settings.health_port
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert container["resources"]["requests"]
        assert container["resources"]["limits"]
        assert pod["terminationGracePeriodSeconds"] > settings.stop_grace_s
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert deployment["metadata"]["labels"]["app.kubernetes.io/name"] in budgets
    assert commands == {"poll", "claims", "sink", "lag"}
    (job,) = [d for d in docs if d["kind"] == "Job"]
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == ["db", "upgrade"]


def test_keda_scales_claims_and_sink_on_the_groups_and_topics_the_code_uses() -> None:
    docs = list(k8s_docs())
    deployments = {d["metadata"]["name"] for d in docs if d["kind"] == "Deployment"}
    scaled = [d for d in docs if d["kind"] == "ScaledObject"]
    settings = Settings()
    partitions = int(next(d for d in docs if d["kind"] == "ConfigMap")["data"]["NEWSFLOW_TOPIC_PARTITIONS"])
    watched = {}
    for obj in scaled:
        target = obj["spec"]["scaleTargetRef"]["name"]
        assert target in deployments
        assert obj["spec"]["maxReplicaCount"] <= partitions  # more consumers than partitions would idle
        for trigger in obj["spec"]["triggers"]:
            assert trigger["type"] == "kafka"
            watched.setdefault(target, set()).add((trigger["metadata"]["consumerGroup"], trigger["metadata"]["topic"]))
    assert watched == {
        "newsflow-claims": {(settings.group("claims"), settings.articles_topic)},
        "newsflow-sink": {
            (settings.group("sink"), settings.claims_topic),
            (settings.group("sink"), settings.articles_topic),
        },
    }


def test_dockerfile_checks_health_on_the_configured_port() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    healthcheck = re.search(r"^HEALTHCHECK .*CMD (\[.*\])$", text, re.M)
    assert healthcheck, "no HEALTHCHECK"
    _parser().parse_args(shlex.split(healthcheck.group(1).strip("[]").replace(",", " "))[1:])
    port = re.search(r"NEWSFLOW_HEALTH_PORT=(\d+)", text)
    assert port
    assert f"EXPOSE {port.group(1)}" in text
