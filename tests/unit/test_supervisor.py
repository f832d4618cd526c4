"""``newsflow up`` gives each service its own health port, so the endpoints of one machine do not clash."""

from __future__ import annotations

from newsflow.cli.supervisor import STAGES, Supervisor


def test_each_service_gets_the_base_health_port_plus_its_index() -> None:
    supervisor = Supervisor(STAGES, {"NEWSFLOW_HEALTH_PORT": "9400", "PATH": "/bin"})
    ports = [supervisor.child_env(stage)["NEWSFLOW_HEALTH_PORT"] for stage in STAGES]
    assert ports == ["9400", "9401", "9402"]
    assert supervisor.child_env(STAGES[0])["PATH"] == "/bin"


def test_endpoints_turned_off_stay_off_for_every_service() -> None:
    supervisor = Supervisor(STAGES, {"NEWSFLOW_HEALTH_PORT": "0"})
    assert {supervisor.child_env(stage)["NEWSFLOW_HEALTH_PORT"] for stage in STAGES} == {"0"}
