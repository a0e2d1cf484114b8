"""Loads, in the fork server, what every worker of a scan would load for itself.

The fork server imports this module once (processes.py); workers are forked from it, so the
knowledge, the compiled patterns and the keyword automata built here are pages they share
with it (and with each other) instead of a copy each. Objects the workers only read stay
shared; `gc.freeze()` keeps the collector from writing to them. What a run's settings name
besides the defaults (another license database, a policy file) each worker still loads.

Importing this module does the work: it is meant for `set_forkserver_preload` only.
"""

from __future__ import annotations

import gc
import logging
import tempfile
from datetime import date
from pathlib import Path

_LOG = logging.getLogger(__name__)

# A made-up notice and a made-up clause: enough to build what identification and term
# extraction build on first use (indexes, automata, lazily compiled patterns).
_WARM_TEXTS = (
    "Licensed under the Apache License, Version 2.0.",
    "You may use the model for any purpose, except to provide a service to more than one "
    "thousand monthly active users without a separate agreement with the Licensor.",
)


# A made-up model folder: a worker's first card compiles the patterns of every reader it
# reaches (front matter, card sections, stated parents, training data, terms in other
# languages, the policy); reading this one here compiles them once, in pages all share.
_WARM_CARD = """---
license: other
license_name: warm-up-community-license
base_model: example-org/example-base-7b
datasets: [example-org/example-corpus]
pipeline_tag: text-generation
---
# Warm-up model

A fine-tune of example-base-7b, built with Llama, trained on example-org/example-corpus.

## Training data

Public web text and the example-org/example-corpus dataset.

## License

| Model | Parameters | Use |
|---|---|---|
| Warm-up 7B | 7 billion | commercial use allowed |

Models with 30 billion parameters or more are licensed for research only. Die Nutzung des
Modells ist nur zu Forschungszwecken erlaubt.
"""


def preload() -> None:
    """Load the default knowledge and warm the readers; freeze what was made."""
    from auditor.knowledge.known_models import load_known_models
    from auditor.knowledge.license_db import load_license_db
    from auditor.knowledge.lineage_snapshot import load_lineage_snapshot
    from auditor.knowledge.model_families import load_model_families
    from auditor.licenses.terms.extract import extract_terms
    from auditor.licenses.text.identify import identify_text
    from auditor.policy.load import load_policy

    try:
        db = load_license_db()
        load_known_models()
        load_lineage_snapshot()
        load_model_families()
        load_policy("default")
        for text in _WARM_TEXTS:
            identify_text(text, db=db)
            extract_terms(text)
        _warm_folder()
    except Exception as err:  # optional warming; an error here would end the
        # fork server (it only forgives ImportError): the worker loads it again and reports it
        _LOG.debug("fork server preload stopped: %s", err)
    gc.freeze()


def _warm_folder() -> None:
    """Read and judge `_WARM_CARD` (with a LICENSE) as a worker reads and judges a folder."""
    from auditor.model.deployment import Deployment
    from auditor.pipeline.judging import Job, RunContext, RunSettings
    from auditor.pipeline.run import AuditOptions, audit_target
    from auditor.sources.base import parse_target

    with tempfile.TemporaryDirectory(prefix="auditor-warm-") as folder:
        (Path(folder) / "README.md").write_text(_WARM_CARD, encoding="utf-8")
        (Path(folder) / "LICENSE").write_text(" ".join(_WARM_TEXTS), encoding="utf-8")
        context = RunContext.load(RunSettings(policy="default", today=date.today()))
        target = parse_target(folder)
        context.judge(Job(target, Deployment()), audit_target(target, AuditOptions(), context.db))


preload()
