"""SARIF for a run whose models arrive one at a time (`auditor scan --format sarif`).

`sarif.py` renders a whole result; this writes the same text without holding every result:
each model's SARIF results are spooled to a temporary file as the model is judged, and the
log is composed when the run ends (its rules, which come first, are known only then).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from auditor.fileio.json_text import indented_json
from auditor.model import AuditResult, Finding, ModelResult, Severity
from auditor.report.json_splice import spliced
from auditor.report.sarif import (
    LONE_SURROGATE,
    SEVERITY_RANK,
    finding_fingerprint,
    model_summary,
    rule_descriptor,
    sarif_document,
    sarif_result,
)


class SarifStream:
    """SARIF for a run whose models arrive one at a time (`auditor scan --format sarif`).

    Each model's results go to a temporary file as the model comes, and the log is written
    when the run ends: the very text `render_sarif` gives for the whole result (the rules,
    which come first in the log, are known only then). Memory holds one model and a finding
    per rule, never every result.
    """

    def __init__(self, *, manifest: str | None = None, cwd: Path | None = None) -> None:
        self.manifest = manifest
        self.cwd = cwd if cwd is not None else Path.cwd()
        # ASCII-escaped JSON a line: any text (lone surrogates too) reads back the same
        self._files = contextlib.ExitStack()
        self._results: IO[str] = self._files.enter_context(_spool())
        self._models: IO[str] = self._files.enter_context(_spool())
        self._first: dict[str, Finding] = {}  # the first model finding of each rule
        self._worst: dict[str, Severity] = {}
        self._seen: Counter[str] = Counter()

    def add(self, model: ModelResult) -> None:
        """Spool one judged model's results and its summary."""
        for finding in model.findings:
            self._first.setdefault(finding.rule, finding)
            self._note_severity(finding)
            digest = finding_fingerprint(finding, model.ref)
            self._seen[digest] += 1
            fingerprint = f"{digest}:{self._seen[digest]}"
            entry = sarif_result(self.manifest, model, finding, -1, fingerprint, self.cwd)
            self._results.write(json.dumps([finding.rule, entry]) + "\n")
        self._models.write(json.dumps(model_summary(model)) + "\n")

    def write(self, result: AuditResult, write: Callable[[str], None]) -> None:
        """Write the log of `result` (its models given to `add`; its own `models` unused)
        through `write`, piece by piece, and let the spool go."""
        with self:
            self._write(result, write)

    def __enter__(self) -> SarifStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._files.close()  # the spool files go, written or not

    def _write(self, result: AuditResult, write: Callable[[str], None]) -> None:
        first = dict(self._first)
        for finding in result.findings:  # the run's findings come first in the log
            self._note_severity(finding)
        run_first: dict[str, Finding] = {}
        for finding in result.findings:
            run_first.setdefault(finding.rule, finding)
        first.update(run_first)
        rules = [rule_descriptor(first[rule], self._worst[rule]) for rule in sorted(first)]
        index = {rule["id"]: i for i, rule in enumerate(rules)}

        def results() -> Iterator[dict[str, Any]]:
            seen: Counter[str] = Counter()
            for finding in result.findings:
                digest = finding_fingerprint(finding, None)
                seen[digest] += 1
                fingerprint = f"{digest}:{seen[digest]}"
                rule_index = index[finding.rule]
                yield sarif_result(self.manifest, None, finding, rule_index, fingerprint, self.cwd)
            self._results.seek(0)
            for line in self._results:
                rule, entry = json.loads(line)
                entry["ruleIndex"] = index[rule]  # its place in the object is kept
                yield entry

        def models() -> Iterator[Any]:
            self._models.seek(0)
            for line in self._models:
                yield json.loads(line)

        has_results = bool(result.findings) or self._results.tell() > 0
        has_models = self._models.tell() > 0
        skeleton = sarif_document(
            result,
            rules,
            [_RESULTS] if has_results else [],
            [_MODELS] if has_models else [],
        )
        text = indented_json(skeleton, ensure_ascii=False)
        for piece in spliced(text, {_RESULTS: results(), _MODELS: models()}):
            write(LONE_SURROGATE.sub("\ufffd", piece))
        write("\n")

    def _note_severity(self, finding: Finding) -> None:
        known = self._worst.get(finding.rule, finding.severity)
        self._worst[finding.rule] = min(known, finding.severity, key=SEVERITY_RANK.__getitem__)


def _spool() -> IO[str]:
    """A temporary text file, closed (and gone) by the stream's exit."""
    return tempfile.TemporaryFile("w+", encoding="ascii")


_RESULTS = "\x00results\x00"
_MODELS = "\x00models\x00"
