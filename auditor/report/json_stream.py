"""The JSON report of a run whose models arrive one at a time (`auditor scan --format json`).

`render_json` renders a whole result; this writes the same text without holding every model:
each judged model is spooled to a temporary file as one ASCII-escaped JSON line, and the
document is written when the run ends (its verdict and findings, which come before the models,
are known only then). Memory holds one model at a time, never the report: a scan of 10,000
folders held every result and the whole document (1.7 GB) before.
"""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import IO, Any

from auditor.fileio.json_text import indented_json
from auditor.model import AuditResult, ModelResult
from auditor.model.codec import model_to_dict, result_to_dict
from auditor.report.json_splice import spliced


class JsonStream:
    """Spools models as they are judged; `write` then gives the text `render_json` would."""

    def __init__(self) -> None:
        # ASCII-escaped JSON a line: any text (lone surrogates too) reads back the same
        spool = tempfile.TemporaryFile("w+", encoding="ascii")  # noqa: SIM115 - __exit__ closes
        self._models: IO[str] = spool
        # A placeholder no string of the run can hold by chance (the head quotes user input)
        self._mark = f"\x00models-{secrets.token_hex(8)}\x00"

    def add(self, model: ModelResult) -> None:
        """Spool one judged model."""
        self._models.write(json.dumps(model_to_dict(model)) + "\n")

    def write(self, result: AuditResult, write: Callable[[str], None]) -> None:
        """Write the document of `result` (its models given to `add`; its own `models`
        unused) through `write`, piece by piece, and let the spool go."""
        with self:
            head = result_to_dict(replace(result, models=()))
            head["models"] = [self._mark] if self._models.tell() else []
            text = indented_json(head, ensure_ascii=False)
            for piece in spliced(text, {self._mark: self._spooled()}):
                write(piece)
            write("\n")

    def _spooled(self) -> Iterator[Any]:
        self._models.seek(0)
        for line in self._models:
            yield json.loads(line)

    def __enter__(self) -> JsonStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._models.close()  # the spool goes, written or not
