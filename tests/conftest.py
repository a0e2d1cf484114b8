"""Shared fixtures: an isolated Hugging Face environment, the loopback fake Hub, the corpus."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The Hub client reads its environment once, at import: isolate it before anything imports
# it, so no developer token, cache or endpoint leaks into a test.
_HF_HOME = tempfile.mkdtemp(prefix="auditor-tests-hf-")
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
