"""Shared fixtures: an isolated Hugging Face environment, the loopback fake Hub, the corpus."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The Hub client reads its environment once, at import: isolate it before anything imports
# it, so no developer token, cache or endpoint leaks into a test.
_HF_HOME = tempfile.mkdtemp(prefix="auditor-tests-hf-")
atexit.register(shutil.rmtree, _HF_HOME, ignore_errors=True)  # each run its own, none left behind
for _name in ("HF_TOKEN", "HF_ENDPOINT", "HF_HUB_OFFLINE", "HF_HUB_CACHE", "TRANSFORMERS_OFFLINE"):
    os.environ.pop(_name, None)
os.environ["HF_HOME"] = _HF_HOME
os.environ["AUDITOR_CACHE_DIR"] = str(Path(_HF_HOME) / "auditor-analysis")
# no knowledge a developer refreshed (`auditor knowledge update`) reaches a test
os.environ["AUDITOR_DATA_DIR"] = str(Path(_HF_HOME) / "auditor-data")
os.environ.pop("AUDITOR_HISTORY_DB", None)
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"

from tests.fakehub import FakeHub  # noqa: E402 - after the environment is isolated

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def fake_hub() -> Iterator[FakeHub]:
    """A started loopback Hub with no repos; stopped after the test."""
    hub = FakeHub().start()
    try:
        yield hub
    finally:
        hub.stop()


QUICK_RETRY_PAUSE = 0.01
"""The pause before a first retry under `quick_retries` (the product's is 1 s)."""


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries of a failed request pause 10 ms, then 20 ms, instead of 1 s, then 2 s.

    For tests of what a failure ends in (the tries counted, the finding and its words), run in
    this process: each would otherwise sleep 3 s per failing request. The pauses themselves
    are checked, at their real length, by tests/sources/test_retry_pauses.py. A Retry-After
    the server sends is still honoured in full.
    """
    # the two that retry today, imported so that the loop below finds them loaded
    from auditor.sources import hub_http, hub_limits, ollama_http  # noqa: F401

    # Each module that retries holds its own copy of the constant (read per request).
    for name, module in list(sys.modules.items()):
        held = name.startswith("auditor.") and hasattr(module, "RETRY_PAUSE_SECONDS")
        if held and module is not hub_limits:
            monkeypatch.setattr(module, "RETRY_PAUSE_SECONDS", QUICK_RETRY_PAUSE)


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus beside the checkout, or skip with the reason."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (it lives beside the checkout)")
    return CORPUS


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--update-golden` rewrites the expected reports under tests/golden/ for review."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the expected reports under tests/golden/ instead of comparing with them",
    )
