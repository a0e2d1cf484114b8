"""Renders a result as JSON lines: one `{"model": ...}` line per model, then one `{"run": ...}`
line. `auditor scan --format jsonl` writes each model's line as soon as it and every model
before it are judged, so a large scan never holds its whole report in memory, and a consumer
(`jq -c`, a log pipeline) reads models while the run goes on. The run's line comes last: a
file without one is a run that did not finish.

Each model object is the JSON result's (`model_to_dict`, schema version `SCHEMA_VERSION`); the
run object is the JSON result without `models`, with how many there were per verdict.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from auditor.model import AuditResult, ModelResult, Verdict
from auditor.model.codec import model_to_dict, result_to_dict
from auditor.report.sanitize import sanitize_json


def model_line(model: ModelResult) -> str:
    """One model's line, newline included."""
    return _line({"model": model_to_dict(model)})


def run_line(result: AuditResult, verdicts: Mapping[Verdict, int]) -> str:
    """The run's line: everything of the JSON result but its models, and their count per
    verdict (`verdicts`: the models' verdicts, counted as they were written)."""
    document: dict[str, Any] = result_to_dict(replace(result, models=()))
    del document["models"]
    document["model_verdicts"] = {str(v): verdicts.get(v, 0) for v in Verdict}
    document["model_count"] = sum(verdicts.values())
    return _line({"run": document})


def render_jsonl(result: AuditResult) -> str:
    """A whole result as JSON lines (what a streamed scan writes, in one piece)."""
    counts = Counter(model.verdict for model in result.models)
    return "".join(model_line(m) for m in result.models) + run_line(result, counts)


def _line(document: dict[str, Any]) -> str:
    # sanitize_json escapes what a terminal would obey; the line stays one line (json.dumps
    # without indent writes no raw newline)
    return sanitize_json(json.dumps(document, ensure_ascii=False)) + "\n"
