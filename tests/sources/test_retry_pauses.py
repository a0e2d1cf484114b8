"""The pauses between tries of a failed request, at their real length (hub_limits).

Tests of what a failure ends in use the `quick_retries` fixture (tests/conftest.py), so as not
to sleep 3 s each: these check the product's own pauses instead. The first retry waits
RETRY_PAUSE_SECONDS (1 s), the next twice that; a Retry-After the server sends is honoured
up to 10 s; a pause never runs past the model's deadline. The pauses are recorded, not slept,
except in the tests of `ModelBudget.pause` itself.
"""

from __future__ import annotations

import time

import pytest
from huggingface_hub.errors import HfHubHTTPError

from auditor.errors import SourceError
from auditor.sources import hub_http, ollama_http
from auditor.sources.hub_errors import retryable_errors
from auditor.sources.hub_limits import BudgetExceeded, ModelBudget, RunBudget
from tests.fakehub import Failure, FakeHub

LISTING = r"^/api/models/acme/wren(\?|$)"
REFUSED = "http://127.0.0.1:9"  # port 9 (discard) on loopback: nothing listens


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses asked of every ModelBudget, in order (none is slept)."""
    asked: list[float] = []
    monkeypatch.setattr(ModelBudget, "pause", lambda self, seconds: asked.append(seconds))
    return asked


def budget() -> ModelBudget:
    return ModelBudget(RunBudget())


def hub_get(url: str) -> bytes:
    return hub_http.fetch_bounded(url, budget=budget(), cap=1 << 16, timeout=5.0, token=None)


@pytest.mark.parametrize("status", [500, 503])
def test_a_hub_error_answer_is_tried_again_after_1_then_2_seconds(
    fake_hub: FakeHub, pauses: list[float], status: int
) -> None:
    fake_hub.inject(LISTING, Failure(status=status, times=None))
    with pytest.raises(HfHubHTTPError):
        hub_get(f"{fake_hub.url}/api/models/acme/wren")
    assert pauses == [1.0, 2.0]
    assert len(fake_hub.requests_matching(LISTING)) == 3


def test_a_refused_hub_connection_is_tried_again_after_1_then_2_seconds(
    pauses: list[float],
) -> None:
    with pytest.raises(retryable_errors()):
        hub_get(f"{REFUSED}/api/models/acme/wren")
    assert pauses == [1.0, 2.0]


@pytest.mark.parametrize(("retry_after", "expected"), [("5", [5.0, 5.0]), ("600", [10.0, 10.0])])
def test_a_hub_retry_after_is_waited_up_to_ten_seconds(
    fake_hub: FakeHub, pauses: list[float], retry_after: str, expected: list[float]
) -> None:
    fake_hub.inject(LISTING, Failure(status=429, headers={"Retry-After": retry_after}, times=None))
    with pytest.raises(HfHubHTTPError):
        hub_get(f"{fake_hub.url}/api/models/acme/wren")
    assert pauses == expected


def test_another_registry_s_error_answer_is_tried_again_after_1_then_2_seconds(
    fake_hub: FakeHub, pauses: list[float]
) -> None:
    # ollama_http.exchange serves the Ollama, ModelScope and Civitai sources; any HTTP server
    # answering 503 will do
    fake_hub.inject(LISTING, Failure(status=503, times=None))
    status, response = ollama_http.exchange(
        f"{fake_hub.url}/api/models/acme/wren", {}, budget(), 5.0
    )
    response.close()
    assert status == 503
    assert pauses == [1.0, 2.0]
    assert len(fake_hub.requests_matching(LISTING)) == 3


def test_another_registry_refusing_the_connection_is_tried_again_after_1_then_2_seconds(
    pauses: list[float],
) -> None:
    with pytest.raises(SourceError) as caught:
        ollama_http.exchange(f"{REFUSED}/v2/acme/wren/manifests/7b", {}, budget(), 5.0)
    assert caught.value.code == "source-unreachable"
    assert pauses == [1.0, 2.0]


def test_a_pause_sleeps_its_length() -> None:
    started = time.monotonic()
    budget().pause(0.2)
    assert time.monotonic() - started >= 0.2


def test_a_pause_past_the_deadline_spends_the_budget_instead_of_sleeping() -> None:
    short = ModelBudget(RunBudget(), deadline_seconds=0.5)
    started = time.monotonic()
    with pytest.raises(BudgetExceeded, match=r"deadline of 0\.5 s"):
        short.pause(30.0)
    assert time.monotonic() - started < 0.5
