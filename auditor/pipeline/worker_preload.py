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

_LOG = logging.getLogger(__name__)

# A made-up notice and a made-up clause: enough to build what identification and term
# extraction build on first use (indexes, automata, lazily compiled patterns).
_WARM_TEXTS = (
    "Licensed under the Apache License, Version 2.0.",
    "You may use the model for any purpose, except to provide a service to more than one "
    "thousand monthly active users without a separate agreement with the Licensor.",
)


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
    except Exception as err:  # optional warming; an error here would end the
        # fork server (it only forgives ImportError): the worker loads it again and reports it
        _LOG.debug("fork server preload stopped: %s", err)
    gc.freeze()


preload()
