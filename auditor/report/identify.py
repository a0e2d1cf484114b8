"""Renders `auditor identify` and `auditor licenses` results as text or JSON.

These render identifications and knowledge-base records handed to them; like every renderer
they import nothing from `auditor.knowledge` at run time.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from auditor.fileio.json_text import indented_json
from auditor.model.codec import license_to_dict
from auditor.report.view_items import license_label
from auditor.report.words import KIND_WORDS, describe_term

if TYPE_CHECKING:
    from auditor.knowledge.license_db import LicenseDB, LicenseRecord
    from auditor.licenses.files import FileIdentity

IDENTIFY_SCHEMA_VERSION = "1.1"
"""The `identify --format json` document's own version, apart from the result's (1.1: each
license carries `derived_from`)."""


def render_identify_json(files: Iterable[FileIdentity]) -> str:
    """`{"schema_version", "files": [{path, license, terms, evidence, ...}]}`."""
    return "".join(identify_json_pieces(files))


def identify_json_pieces(files: Iterable[FileIdentity]) -> Iterator[str]:
    """The JSON document of `render_identify_json`, a file at a time: the same bytes as
    `json.dumps(document, indent=2)`, without holding every file (tests hold them equal)."""
    yield '{\n  "schema_version": ' + json.dumps(IDENTIFY_SCHEMA_VERSION) + ',\n  "files": ['
    separator = "\n"
    for identity in files:
        item = indented_json(_file(identity), ensure_ascii=False)
        yield separator + "\n".join("    " + line for line in item.split("\n"))
        separator = ",\n"
    yield ("]" if separator == "\n" else "\n  ]") + "\n}\n"


def _file(identity: FileIdentity) -> dict[str, Any]:
    return {
        "path": identity.path,
        "sha256": identity.sha256,
        "license": license_to_dict(identity.license),
        "title": identity.title,
        "terms": dict(identity.terms),
        "evidence": {
            key: [{"line": e.line, "text": e.text} for e in items]
            for key, items in identity.evidence.items()
        },
        "near_misses": [
            {"id": rid, "score": round(score, 4)} for rid, score in identity.near_misses
        ],
        "differences": list(identity.differences),
        "difference_lines": list(identity.difference_lines),
    }


def render_identify_text(files: Iterable[FileIdentity], *, width: int = 100) -> str:
    """Each file's license and the terms that have a value, with line numbers."""
    return "".join(identify_text_pieces(files, width=width))


def identify_text_pieces(files: Iterable[FileIdentity], *, width: int = 100) -> Iterator[str]:
    """The text of `render_identify_text`, a file at a time."""
    from rich.console import Console
    from rich.markup import escape

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    for identity in files:
        match = identity.license
        how = f" ({match.confidence:.0%} by {match.method})" if match is not None else ""
        console.print(f"[bold]{escape(identity.path)}[/]: {escape(license_label(match))}{how}")
        for rid, score in identity.near_misses:
            console.print(f"  near miss: {escape(rid)} ({score:.0%})")
        located = identity.difference_lines or (None,) * len(identity.differences)
        for difference, line in list(zip(identity.differences, located, strict=False))[:5]:
            where = f" [line {line}]" if line else ""
            console.print(f"  not in the published text{where}: {escape(difference)}")
        for key, value in identity.terms.items():
            sentence = describe_term(key, value)
            if sentence is None:
                continue
            lines = sorted({e.line for e in identity.evidence.get(key, ()) if e.line})
            where = f" [line {', '.join(map(str, lines[:4]))}]" if lines else ""
            console.print(f"  - {escape(sentence)}{escape(where)}")
        console.print()
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def render_license_list(db: LicenseDB) -> str:
    """One line per record: id, kind, Hub tag, name."""
    rows = sorted(db.records.values(), key=lambda r: (r.family, r.id))
    width = max(len(r.id) for r in rows)
    lines = [f"{'ID':<{width}}  {'KIND':<22}  {'HUB TAG':<16}  NAME"]
    lines += [f"{r.id:<{width}}  {r.kind:<22}  {(r.hf or '-'):<16}  {r.name}" for r in rows]
    return "\n".join(lines) + "\n"


def render_license_show(record: LicenseRecord, db: LicenseDB) -> str:
    """A license explained for pre-adoption review: identity, summary, terms, obligations."""
    out = [record.name, "=" * len(record.name), ""]
    facts = [
        ("id", record.id),
        ("version", record.version),
        ("date", record.date),
        ("kind", f"{record.kind}: {KIND_WORDS.get(record.kind, '')}"),
        ("SPDX", record.spdx),
        ("ScanCode", record.scancode),
        ("Hub tag", record.hf),
        ("OSI approved", _yes_no(record.osi_approved)),
        ("fits the OSI Open Source AI Definition", _yes_no(record.osaid_fit)),
    ]
    out += [f"{label}: {value}" for label, value in facts if value]
    out += ["", record.summary, "", "What it means (clause in brackets):"]
    for text, clause in _statements(record):
        out.append(f"- {text}" + (f" [{clause}]" if clause else ""))
    related = [db.records[r].name + f" ({r})" for r in record.related if r in db.records]
    if related:
        out += ["", "Related documents:"] + [f"- {name}" for name in related]
    if record.links:
        out += ["", "Published at:"] + [f"- {link}" for link in record.links]
    return "\n".join(out) + "\n"


def _statements(record: LicenseRecord) -> list[tuple[str, str | None]]:
    """Every term with a value, then every obligation, in plain words with its clause."""
    said = [(describe_term(key, term.value), term.clause) for key, term in record.terms.items()]
    terms = [(text, clause) for text, clause in said if text is not None]
    return terms + [(o.text, o.clause) for o in record.obligations]


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")
