"""Requests to the Hub go to the endpoint named and nowhere else: the user agent is built without
the client's telemetry, which asks huggingface.co (HF_ENDPOINT) for a registry of AI agents."""

from __future__ import annotations

from pathlib import Path

import pytest
from huggingface_hub import constants
from huggingface_hub.utils import _detect_agent

from auditor.api import AuditOptions, audit
from auditor.sources.hub import HubOptions
from auditor.sources.hub_headers import hub_headers
from tests.fakehub import FakeHub

CARD = "---\nlicense: apache-2.0\n---\n# A model\n"


def test_an_audit_asks_only_the_endpoint_it_was_given(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoy = FakeHub().start()  # stands for huggingface.co: the client's default endpoint
    try:
        monkeypatch.setattr(constants, "ENDPOINT", decoy.url)
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", False)  # as a library caller
        monkeypatch.delenv("HF_HUB_DISABLE_TELEMETRY", raising=False)
        monkeypatch.setattr(constants, "AGENT_HARNESSES_PATH", str(tmp_path / "agents.json"))
        monkeypatch.setattr(_detect_agent, "_registry", None)  # not yet loaded this process
        fake_hub.add_repo("acme/plain", {"README.md": CARD})
        hub = HubOptions(endpoint=fake_hub.url, cache_dir=tmp_path / "hf")
        result = audit(["acme/plain"], AuditOptions(hub=hub, cache_dir=tmp_path / "cache"))
        assert result.models[0].verdict.value != "error"
        assert fake_hub.requests, "the named endpoint was asked"
        assert decoy.requests == [], "a request went to an endpoint the run was not given"
        agents = {h["user-agent"] for _, _, h in fake_hub.requests}
        assert agents == {hub_headers(None)["user-agent"]}
        assert all("authorization" not in h for _, _, h in fake_hub.requests)
    finally:
        decoy.stop()


def test_a_user_who_turns_the_telemetry_on_gets_the_clients_agent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "0")
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", False)
    monkeypatch.setattr(
        _detect_agent, "_registry", {"standardEnvVars": ["AI_AGENT"], "harnesses": {}}
    )
    monkeypatch.setenv("AI_AGENT", "some-harness")  # the client describes the caller's agent
    assert "; agent/" in hub_headers(None)["user-agent"]
    monkeypatch.delenv("HF_HUB_DISABLE_TELEMETRY")
    assert "; agent/" not in hub_headers(None)["user-agent"]


def test_headers_carry_the_token_given_and_no_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_DISABLE_TELEMETRY", raising=False)
    monkeypatch.setenv("HF_TOKEN", "hf_from_the_environment")
    agent = hub_headers(None)["user-agent"]
    assert agent.startswith("model-license-auditor/") and "; hf_hub/" in agent
    assert "; python/" in agent and "agent/" not in agent
    assert "authorization" not in hub_headers(None)  # explicit: no token found by itself
    given = hub_headers("hf_given", {"Accept-Encoding": "gzip"})
    assert given["authorization"] == "Bearer hf_given" and given["Accept-Encoding"] == "gzip"
    # the census listing keeps the client's token lookup (environment or token file)
    implicit = hub_headers(None, implicit_token=True)
    assert implicit["authorization"] == "Bearer hf_from_the_environment"
