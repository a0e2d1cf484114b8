"""The listing path of `check --locked`'s helper (sources/hub_digest.py, hub_options.py) stays
light: it imports none of the evidence readers sources/hub.py brings, and the options it
unpickles are the ones sources/hub.py names."""

from __future__ import annotations

import pickle
import subprocess
import sys

from auditor.sources import hub, hub_digest, hub_options
from tests.conftest import ROOT

HEAVY = ("auditor.sources.hub", "auditor.sources.evidence", "auditor.sources.card")


def test_the_listing_path_imports_no_evidence_reader() -> None:
    code = (
        "import sys\n"
        "from auditor.sources.hub_digest import hub_listing_digest\n"
        "from auditor.sources.hub_options import HubOptions\n"
        f"print([name for name in {HEAVY!r} if name in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_hub_source_names_the_same_options_and_digest() -> None:
    assert hub.HubOptions is hub_options.HubOptions
    assert hub.hub_listing_digest is hub_digest.hub_listing_digest
    options = hub.HubOptions(endpoint="http://127.0.0.1:1", token="hf_x", timeout=3.0)
    assert pickle.loads(pickle.dumps(options)) == options
