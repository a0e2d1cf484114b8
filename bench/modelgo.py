"""Our reading of each license ModelGo encodes, field by field, against ModelGo's encoding.

    python bench/modelgo.py [--mirror DIR] [--json OUT] [--quiet]
        [--corpus ../shared/corpus/licenses] [--scancode DIR]

ModelGo (Xtra-Computing/ModelGo, `licenses_description.yml`) types 34 licenses: the rights a
license grants and reserves, its categories and labels, what a redistributor must ship, and
per usage (copy, modify, train...) the restrictions on the result. `--mirror` is the snapshot
the `fetch` tool brings (a bare git directory, read at HEAD) or a checkout. Nothing of it is
copied into the project: texts are written to a temporary folder for the run, and the results
hold labels and figures only.

Fields mapped, ModelGo -> ours, where the meanings match:

- commercial_use: `commercial_use` in `rights` (granted) or `reserved_rights` (reserved) ->
  our `commercial_use`: allowed or restricted (granted with conditions: ModelGo types no
  thresholds, so a cap is still a grant) is granted, prohibited is reserved.
- use_restrictions: the label `Use Restriction` -> our `use_restrictions` without the
  `commercial-use` tag (commercial scope is the field above), or an incorporated use policy.
- flow_down: `include_use_restriction` among any usage's `restrictions` (the result must carry
  the use restrictions) -> our `downstream_propagation` of a license with use restrictions.
- share_alike: the category `copyleft` -> our kind `copyleft-oss` (records: or the
  `share-alike` obligation). A text reading has no share-alike term of its own: a
  non-commercial share-alike license is of kind non-commercial, and `downstream_propagation`
  also holds for a CC license's offer to downstream recipients. ModelGo's `permissive` is the
  complement of `copyleft`, so it is not mapped twice.
- attribution: `include_notice` in `redistribute` or among any usage's `restrictions` (Llama2
  states it only there) -> our `attribution_required` (keep the notices or credit the
  licensor when passing the model on).
- include_license, state_changes, source_disclosure: `include_license` in `redistribute`,
  `state_changes` among any usage's `restrictions`, the category `disclose` -> our records'
  obligations `include-license`, `state-changes`, `source-disclosure`. Records only: text
  extraction types no obligations.
- osi_approved: the label `OSI Approved` -> our record's `osi_approved` (records only).
- redistribution: `redistribute` in `rights` (granted) or `reserved_rights` -> our record
  without (granted) or with the `no-redistribution` obligation (records only).

Left out, with the reason: `use`, `modify`, `merge`, `sublicense`, `patent_use` and
`copyright` rights and the reserved `trademark_use`, `patent`, `trademark` (we type no grant
of these rights; our `patent_termination` is a retaliation clause, not a patent grant);
`rights_prefix`, `coverage`, `compat`/`incompat` and each usage's `forms`, `result`,
`relicense` and `keywords` (ModelGo's own model of derivation and compatibility, with no term
of ours beside them); `include_runtime_restriction`; the categories `public`, `software`,
`data`, `model`, `proprietary`, `auto-relicensing`; labels other than the two above.

Our readings, each figure labelled:

- record: our license_db record of the same license (looked up by ModelGo's id through our
  alias table, or the few names below). In-sample: we wrote the records.
- text: ModelGo's own copy of the license text (`license_raw/`; the corpus copy, else
  ScanCode LicenseDB's, when ModelGo has none) through `auditor.api.identify_files`, the
  function `auditor identify` runs. In-sample when our corpus holds the same license, else
  out-of-sample; an out-of-sample text identified as a standard open-source license takes its
  terms from our record (the engine's rule), so those are counted apart.
- extract: the same text through the term detectors alone (`extract_terms`), without
  identification or records: in-sample or out-of-sample as the text.

Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor import __version__, api  # noqa: E402
from auditor.errors import InputFileError  # noqa: E402
from auditor.fileio.located_yaml import LocatedYaml, parse_located_yaml  # noqa: E402
from auditor.knowledge.digest import knowledge_digest  # noqa: E402
from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db  # noqa: E402
from auditor.licenses.terms.extract import extract_terms  # noqa: E402

DEFAULT_MIRROR = Path("/work/.mirror/Xtra-Computing+ModelGo/repo")
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "licenses"
DEFAULT_SCANCODE = Path("/tmp/scvenv/lib/python3.11/site-packages/licensedcode/data/licenses")
DESCRIPTION = "licenses_description.yml"

OUR_NAMES = {
    "Artistic-3.0": "Artistic-2.0",  # ModelGo's id; its name, link and text are version 2.0
    "BigScience-BLOOM-OpenRAIL-M": "bigscience-openrail-m",
    "OPT-175B": "LicenseRef-opt-175b",
}
"""ModelGo ids our alias table does not know as such, to the name of our record."""
SCANCODE_KEYS = {"C-UDA": "c-uda-1.0"}
"""ScanCode keys of the licenses that neither ModelGo nor our records give a text for."""

TEXT_FIELDS = ("commercial_use", "use_restrictions", "flow_down", "share_alike", "attribution")
RECORD_FIELDS = (
    *TEXT_FIELDS,
    "include_license",
    "state_changes",
    "source_disclosure",
    "osi_approved",
    "redistribution",
)
THRESHOLD = 0.9
"""The default of `auditor identify --threshold`."""
STANDARD_KINDS = frozenset({"permissive-oss", "copyleft-oss"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scancode", type=Path, default=DEFAULT_SCANCODE)
    parser.add_argument("--json", type=Path, help="write the results here (and a .md beside)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no disagreements")
    parser.add_argument("--note", default="", help="recorded with the results (which code ran)")
    args = parser.parse_args(argv)
    where = f"{args.mirror}/{DESCRIPTION}"
    try:
        raw = read_mirror(args.mirror, DESCRIPTION)
        entries = read_entries(parse_located_yaml(raw.decode("utf-8-sig"), where))
    except OSError as err:
        print(f"{args.mirror}: {err}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"{where}: not UTF-8 text", file=sys.stderr)
        return 2
    except InputFileError as err:
        print("\n".join(err.lines()), file=sys.stderr)
        return 2
    report = measure(entries, args, load_license_db())
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        args.json.with_suffix(".md").write_text(render_markdown(report), "utf-8")
    print_report(report, quiet=args.quiet)
    return 0


# --- reading the snapshot -------------------------------------------------------------------------


def read_mirror(mirror: Path, path: str) -> bytes:
    """A file of the snapshot: a bare git directory at HEAD, or a checkout."""
    if (mirror / path).is_file():
        return (mirror / path).read_bytes()
    if not (mirror / "HEAD").is_file():
        raise OSError(f"neither a checkout holding {path} nor a git directory")
    done = subprocess.run(
        ["git", f"--git-dir={mirror}", "show", f"HEAD:{path}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise OSError(done.stderr.decode(errors="replace").strip() or f"no {path}")
    return done.stdout


def code_commit(note: str) -> str:
    """The commit of this checkout (with `note`), so a recorded run names the code it ran."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, check=False
    )
    commit = done.stdout.decode().strip() if done.returncode == 0 else "no git checkout"
    return f"{commit}; {note}" if note else commit


def mirror_commit(mirror: Path) -> str | None:
    done = subprocess.run(
        ["git", f"--git-dir={mirror}", "rev-parse", "HEAD"], capture_output=True, check=False
    )
    return done.stdout.decode().strip() if done.returncode == 0 else None


LIST_FIELDS = ("rights", "reserved_rights", "labels", "categories", "redistribute")


def read_entries(doc: LocatedYaml) -> list[dict[str, Any]]:
    """The license entries (those with a `short_id`), their fields checked: every problem is
    reported with its line (InputFileError), never as a traceback later."""
    items = doc.data if isinstance(doc.data, list) else None
    problems: list[tuple[int | None, str]] = []
    if items is None:
        problems.append((doc.line(()), "not a list of licenses"))

    def names(value: object) -> bool:
        return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))

    entries = []
    for number, entry in enumerate(items or []):
        if not isinstance(entry, dict) or "short_id" not in entry:
            continue  # the usage table ModelGo puts first, or another non-license entry
        problems += [
            (doc.line((number, key)), f"{key} of {entry['short_id']} is not a list of names")
            for key in LIST_FIELDS
            if not names(entry.get(key))
        ]
        terms = entry.get("terms") or []
        if not isinstance(terms, list) or not all(isinstance(t, dict) for t in terms):
            problems.append((doc.line((number, "terms")), "terms is not a list of mappings"))
        elif not all(names(t.get("restrictions")) for t in terms):
            problems.append((doc.line((number, "terms")), "a usage's restrictions are not names"))
        entries.append(entry)
    if problems:
        raise InputFileError(doc.path, problems)
    return entries


# --- the two sides of each field --------------------------------------------------------------


def modelgo_fields(entry: Mapping[str, Any]) -> dict[str, object]:
    """ModelGo's values of the mapped fields (None: ModelGo says nothing)."""
    rights, reserved = set(entry.get("rights") or []), set(entry.get("reserved_rights") or [])
    labels, categories = set(entry.get("labels") or []), set(entry.get("categories") or [])
    redistribute = set(entry.get("redistribute") or [])
    restrictions = {r for t in entry.get("terms") or [] for r in t.get("restrictions") or []}

    def granted(right: str) -> str | None:
        return "granted" if right in rights else "reserved" if right in reserved else None

    return {
        "commercial_use": granted("commercial_use"),
        "use_restrictions": "Use Restriction" in labels,
        "flow_down": "include_use_restriction" in restrictions,
        "share_alike": "copyleft" in categories,
        "attribution": "include_notice" in redistribute | restrictions,
        "include_license": "include_license" in redistribute,
        "state_changes": "state_changes" in restrictions,
        "source_disclosure": "disclose" in categories,
        "osi_approved": "OSI Approved" in labels,
        "redistribution": granted("redistribute"),
    }


def has_use_restrictions(terms: Mapping[str, object]) -> bool:
    value = terms.get("use_restrictions")
    tags = [t for t in value if t != "commercial-use"] if isinstance(value, list) else []
    return bool(tags) or terms.get("acceptable_use_policy_incorporated") is True


def our_fields(terms: Mapping[str, object], record: LicenseRecord | None) -> dict[str, object]:
    """Our values of the mapped fields from a reading's terms (and a record's obligations)."""
    commercial = terms.get("commercial_use")
    kind = getattr(terms.get("kind"), "value", terms.get("kind"))
    restricted = has_use_restrictions(terms)
    propagates = terms.get("downstream_propagation") is True
    fields: dict[str, object] = {
        "commercial_use": {"allowed": "granted", "restricted": "granted"}.get(
            str(commercial), "reserved" if commercial == "prohibited" else None
        ),
        "use_restrictions": restricted,
        "flow_down": propagates and restricted,
        "share_alike": kind == "copyleft-oss",
        "attribution": terms.get("attribution_required") is True,
    }
    if record is not None:
        tags = {o.tag for o in record.obligations}
        fields["share_alike"] = fields["share_alike"] or "share-alike" in tags
        fields["include_license"] = "include-license" in tags
        fields["state_changes"] = "state-changes" in tags
        fields["source_disclosure"] = "source-disclosure" in tags
        fields["osi_approved"] = record.osi_approved
        fields["redistribution"] = "reserved" if "no-redistribution" in tags else "granted"
    return fields


def record_terms(record: LicenseRecord) -> dict[str, object]:
    return {"kind": record.kind.value, **{k: t.value for k, t in record.terms.items()}}


# --- the measurement ------------------------------------------------------------------------------


def measure(
    entries: list[dict[str, Any]], args: argparse.Namespace, db: LicenseDB
) -> dict[str, Any]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-modelgo-") as tmp:
        for number, entry in enumerate(entries):
            rows.append(license_row(number, entry, args, db, Path(tmp)))
    figures = [
        figure("record", "in-sample (our records were written by us)", rows, RECORD_FIELDS),
        figure("text", "in-sample (our corpus holds the license)", rows, TEXT_FIELDS, "in-sample"),
        figure("text", "out-of-sample", rows, TEXT_FIELDS, "out-of-sample"),
        figure(
            "text",
            "out-of-sample, terms read from the text (not a standard license's record)",
            [r for r in rows if not r["record_decided"]],
            TEXT_FIELDS,
            "out-of-sample",
        ),
        figure("extract", "in-sample (detectors alone)", rows, TEXT_FIELDS, "in-sample"),
        figure("extract", "out-of-sample (detectors alone)", rows, TEXT_FIELDS, "out-of-sample"),
    ]
    return {
        "dataset": f"Xtra-Computing/ModelGo {DESCRIPTION}",
        "mirror": str(args.mirror),
        "commit": mirror_commit(args.mirror),
        "auditor_version": __version__,
        "code": code_commit(args.note),
        "knowledge_digest": knowledge_digest(),
        "licenses": len(rows),
        "with_record": sum(r["record"] is not None for r in rows),
        "with_text": sum(r["text_source"] is not None for r in rows),
        "identity": identity(rows),
        "figures": figures,
        "disagreements": disagreements(rows),
        "rows": rows,
    }


def identity(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Texts named as the record ModelGo's id maps to, per sample, and those named otherwise."""
    named = [r for r in rows if r["text_source"] and r["record"]]
    figures = {
        label: f"{sum(r['identified_as'] == r['record'] for r in group)}/{len(group)}"
        for label in ("in-sample", "out-of-sample")
        if (group := [r for r in named if r["label"] == label])
    }
    wrong = [
        {k: r[k] for k in ("id", "record", "identified_as", "method", "label", "text_source")}
        for r in named
        if r["identified_as"] != r["record"]
    ]
    return {"named_as_record": figures, "named_otherwise": wrong}


def license_row(
    number: int, entry: dict[str, Any], args: argparse.Namespace, db: LicenseDB, tmp: Path
) -> dict[str, Any]:
    short_id = str(entry["short_id"])
    record = db.lookup(OUR_NAMES.get(short_id, short_id))
    source, text = license_text(short_id, record, args)
    label = "in-sample" if record is not None and record.corpus_texts else "out-of-sample"
    row: dict[str, Any] = {
        "id": short_id,
        "record": record.id if record else None,
        "text_source": source,
        "label": label,
        "identified_as": None,
        "method": None,
        "record_decided": False,
        "modelgo": modelgo_fields(entry),
        "ours": {},
    }
    if record is not None:
        row["ours"]["record"] = our_fields(record_terms(record), record)
    if text is not None:
        path = tmp / f"{number:02d}.txt"
        path.write_text(text, "utf-8")
        found = api.identify_files([path], threshold=THRESHOLD)[0]
        match = found.license
        named = db.get(match.id) if match is not None and match.id else None
        row["identified_as"] = match.id if match is not None else None
        row["method"] = match.method if match is not None else None
        row["record_decided"] = bool(
            named is not None
            and named.kind.value in STANDARD_KINDS
            and match is not None
            and match.derived_from is None
        )
        row["ours"]["text"] = our_fields(found.terms, None)
        extracted = {k: t.value for k, t in extract_terms(text).items()}
        row["ours"]["extract"] = our_fields(extracted, None)
    return row


def license_text(
    short_id: str, record: LicenseRecord | None, args: argparse.Namespace
) -> tuple[str | None, str | None]:
    """Where the text comes from and the text: ModelGo's copy, else our corpus, else ScanCode."""
    try:
        raw = read_mirror(args.mirror, f"license_raw/{short_id}.txt")
        return f"modelgo:license_raw/{short_id}.txt", raw.decode("utf-8", errors="replace")
    except OSError:
        pass
    if record is not None:
        for name in record.corpus_texts:
            path = args.corpus / f"{name}.txt"
            if path.is_file():
                return f"corpus:{name}.txt", path.read_text("utf-8")
    key = SCANCODE_KEYS.get(short_id) or (record.scancode if record else None)
    path = args.scancode / f"{key}.LICENSE"
    if key and path.is_file():
        return f"scancode:{key}.LICENSE", path.read_text("utf-8", errors="replace")
    return None, None


def figure(
    reading: str,
    label: str,
    rows: list[dict[str, Any]],
    fields: tuple[str, ...],
    sample: str | None = None,
) -> dict[str, Any]:
    """Agreement of one reading with ModelGo over the rows of one sample, per field."""
    per_field: dict[str, dict[str, int]] = {f: {"compared": 0, "agreed": 0} for f in fields}
    per_license: dict[str, str] = {}
    for row in rows:
        ours = row["ours"].get(reading)
        if ours is None or (sample is not None and row["label"] != sample):
            continue
        agreed = compared = 0
        for field in fields:
            theirs, mine = row["modelgo"].get(field), ours.get(field)
            if theirs is None:
                continue  # ModelGo says nothing; ours None (not read) counts against us
            compared += 1
            per_field[field]["compared"] += 1
            if theirs == mine:
                agreed += 1
                per_field[field]["agreed"] += 1
        per_license[row["id"]] = f"{agreed}/{compared}"
    compared = sum(v["compared"] for v in per_field.values())
    agreed = sum(v["agreed"] for v in per_field.values())
    return {
        "reading": reading,
        "label": label,
        "licenses": len(per_license),
        "compared": compared,
        "agreed": agreed,
        "rate": round(agreed / compared, 4) if compared else None,
        "per_field": per_field,
        "per_license": per_license,
    }


def disagreements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every field where a reading of ours differs from ModelGo, by reading then license."""
    found = []
    for reading, fields in (
        ("record", RECORD_FIELDS),
        ("text", TEXT_FIELDS),
        ("extract", TEXT_FIELDS),
    ):
        for row in rows:
            ours = row["ours"].get(reading)
            for field in fields if ours is not None else ():
                theirs, mine = row["modelgo"].get(field), ours.get(field)
                if theirs is not None and theirs != mine:
                    label = "in-sample" if reading == "record" else row["label"]
                    found.append(
                        {
                            "reading": reading,
                            "license": row["id"],
                            "field": field,
                            "modelgo": theirs,
                            "ours": "not read" if mine is None else mine,
                            "label": label,
                        }
                    )
    return found


# --- output ---------------------------------------------------------------------------------------


def _pct(agreed: int, compared: int) -> str:
    return f"{agreed}/{compared} ({100 * agreed / compared:.1f}%)" if compared else "n/a"


def field_counts(fig: Mapping[str, Any]) -> str:
    counts = fig["per_field"].items()
    return ", ".join(f"{k} {v['agreed']}/{v['compared']}" for k, v in counts if v["compared"])


def identity_line(report: Mapping[str, Any]) -> str:
    named = ", ".join(f"{k} {v}" for k, v in report["identity"]["named_as_record"].items())
    wrong = "".join(
        f"; {i['id']} ({i['label']}) named {i['identified_as']} by {i['method']}"
        for i in report["identity"]["named_otherwise"]
    )
    return f"texts named as the record ModelGo's id maps to: {named}{wrong}"


def print_report(report: Mapping[str, Any], *, quiet: bool) -> None:
    print(
        f"ModelGo {report['commit']}: {report['licenses']} licenses, {report['with_record']} "
        f"with a record of ours, {report['with_text']} with a text; {identity_line(report)}"
    )
    for fig in report["figures"]:
        print(
            f"[{fig['label']}] {fig['reading']}: {fig['licenses']} licenses, "
            f"{_pct(fig['agreed'], fig['compared'])}  ({field_counts(fig)})"
        )
    if quiet:
        return
    for item in report["disagreements"]:
        print(
            f"  {item['reading']:7} {item['license']:28} {item['field']:18} "
            f"ModelGo {item['modelgo']!s:8} ours {item['ours']!s:8} [{item['label']}]"
        )


def table(header: list[str], rows: list[list[object]]) -> list[str]:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    return lines + ["| " + " | ".join(map(str, row)) + " |" for row in rows]


def render_markdown(report: Mapping[str, Any]) -> str:
    lines = [
        f"# ModelGo license encodings against our readings ({report['dataset']})",
        "",
        f"Snapshot {report['commit']}, auditor {report['auditor_version']} ({report['code']}), "
        f"knowledge {report['knowledge_digest']}; labels and figures only.",
        "",
        f"{report['licenses']} licenses, {report['with_record']} with a record of ours, "
        f"{report['with_text']} with a text; {identity_line(report)}.",
        "",
    ]
    lines += table(
        ["reading", "label", "licenses", "fields agreeing", "per field"],
        [
            [
                f["reading"],
                f["label"],
                f["licenses"],
                _pct(f["agreed"], f["compared"]),
                field_counts(f),
            ]
            for f in report["figures"]
        ],
    )
    lines.append("")
    lines += table(
        ["reading", "license", "field", "ModelGo", "ours", "label"],
        [
            [d["reading"], d["license"], d["field"], d["modelgo"], d["ours"], d["label"]]
            for d in report["disagreements"]
        ],
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
