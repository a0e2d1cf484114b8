"""Our readings against LiScan.AI's labelled data: clause ground truth and reported conflicts.

    python bench/liscan.py [--mirror DIR] [--json OUT] [--quiet]
        [--corpus ../shared/corpus/licenses] [--scancode DIR]

LiScan.AI (LiScanAI/LiScanAI.github.io, `datasets/`) publishes, for RQ1, which of its license
terms each of 26 model licenses states (`ground_truth_rq1.xlsx`: a license per row, then the
names of the terms it has, without whether each is granted, barred or required), a sheet per
license quoting the clause behind each term, and some license texts (the zip under
`datasets/`); for RQ4, the 114 license conflicts its authors reported on the Hub
(`RQ4.xlsx`: model, downloads, a license, the conflicting pair as `own-upstream`, the
relation). RQ2 and RQ3 are too large for the snapshot. `--mirror` is the `fetch` tool's bare
git directory (read at HEAD) or a checkout; nothing of it is copied into the project.

Clause labels mapped onto our terms (a label is "the license has a clause on this"; ours is
"our reading reports it"), so each figure is presence precision and recall:

- Commercial Use -> a commercial-use reading (allowed, restricted or prohibited). Weak: we
  read a scope from nearly every grant, and LiScan's label carries no direction.
- Give Credit, Include Copyright, Include Notice (one clause) -> `attribution_required`.
- Comply with (applicable) use / usage restrictions -> use restrictions other than the
  commercial-use tag, or an incorporated use policy.
- Comply with Applicable Laws and Regulations -> the `illegal-activity` use restriction or a
  `governing_law` (LiScan puts both "obey the law" and "governed by the laws of" clauses here).
- Use Output -> `output_use_restriction`. LiScan labels any clause on outputs, a ban or a
  grant of ownership alike, so a RAIL license's waiver of rights in outputs counts.
- Rename -> `naming_requirement` (records: or a `display-attribution` / `derivative-naming`
  obligation; LiScan's Rename also covers "Built with X" display duties).
- Include License, State Changes -> our records' `include-license` / `state-changes`
  obligations (records only: text extraction types no obligations).

Left out: Private Use, Modify, Distribute, Sublicense, Use Patent Claims (our
`patent_termination` is the retaliation clause, not the grant), Place Warranty, Hold Liable,
Use Trademark, Disclose Source, Relicense, Contact Author, Include Install Instructions (no
term of ours). Readings: `record` (our license_db record: in-sample, we wrote it), `text` (the
license text through `auditor.api.identify_files`, as `auditor identify`), `extract` (the
detectors alone). A text is LiScan's copy where the zip has one, else our corpus copy
(in-sample), else ScanCode LicenseDB's; it is in-sample when our corpus holds the license.

RQ4: each conflict is rebuilt as two cards, offline and under neutral repo ids (no name hints):
the model with the pair's first license as its `license` tag and the others as parents
(`base_model`, with the relation), each parent with its license, through the local source,
`analyse` and `resolve_lineage` (parents come from the cards). It counts as flagged as
bench/lineage.py counts a mismatch. A pair whose upstream is a training dataset (`train on`)
is rebuilt as a `datasets` entry whose dataset card carries the upstream license; since issue 36
the model's training datasets are resolved and judged (training/resolve.py, the
`training_data.*` facts): flagged when the non-commercial, research-only or share-alike rule
would fire in a commercial deployment. Reported apart. LiScan's data only has positives: the
figure is recall. Never run by the test suite.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lineage import MISSING_RULE, SELF_CONFLICT_RULES, analyse_card  # noqa: E402
from modelgo import (  # noqa: E402
    DEFAULT_CORPUS,
    DEFAULT_SCANCODE,
    THRESHOLD,
    code_commit,
    has_use_restrictions,
    mirror_commit,
    table,
)
from modelgo import read_mirror as read_file  # noqa: E402

from auditor import __version__, api  # noqa: E402
from auditor.knowledge.digest import knowledge_digest  # noqa: E402
from auditor.knowledge.known_models import KnownModels  # noqa: E402
from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db  # noqa: E402
from auditor.licenses.terms.extract import extract_terms  # noqa: E402
from auditor.lineage.resolve import resolve_lineage  # noqa: E402
from auditor.model import Category, ModelResult, SourceKind  # noqa: E402
from auditor.pipeline.analyse import analyse  # noqa: E402
from auditor.policy.training_facts import training_facts  # noqa: E402
from auditor.sources.base import parse_target  # noqa: E402
from auditor.sources.local import read_local_snapshot  # noqa: E402
from auditor.training.resolve import license_of_records, resolve_training_data  # noqa: E402

DEFAULT_MIRROR = Path("/work/.mirror/LiScanAI+LiScanAI.github.io/repo")
SUMMARY, CONFLICTS, MODELS = (
    "datasets/ground_truth_rq1.xlsx",
    "datasets/RQ4.xlsx",
    "datasets/RQ1.csv",
)
CLAUSES = ("commercial_use", "attribution", "usage_restrictions", "laws", "output", "naming")
RECORD_CLAUSES = (*CLAUSES, "include_license", "state_changes")
OUR_NAMES = {"openrail (bigscience open rail-m license)": "bigscience-openrail-m"}
LISCAN_TEXTS = {
    "bio-medical-llama-3-1b-cot-012025 llm license (non-commercial use only)": "Bio-Medical",
    "cogvlm2": "CogVLM2 LICENSE",
    "faipl-1.0-sd": "faipl-1.0-sd",
    "fair-ai-public-license-1.0-sd": "fair-ai-public-license-1.0-sd",
    "fair noncommercial research license": "FAIR Noncommercial Research License",
    "nexusflow.ai": "Nexusflow.ai License Terms",
    "nvidia open model license agreement": "NVIDIA Open Model License Agreement",
    "skywork community license": "Skywork Community License",
}
"""LiScan's license names to the start of their text's file name in the zip."""
SCANCODE_KEYS = {"cdla-permissive-2.0": "cdla-permissive-2.0"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scancode", type=Path, default=DEFAULT_SCANCODE)
    parser.add_argument("--json", type=Path, help="write the results here (and a .md beside)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no disagreements")
    parser.add_argument("--note", default="", help="recorded with the results (which code ran)")
    args = parser.parse_args(argv)
    try:
        summary = read_sheet(read_file(args.mirror, SUMMARY))
        conflicts = read_sheet(read_file(args.mirror, CONFLICTS))
        bundle = zipfile.ZipFile(io.BytesIO(read_file(args.mirror, zip_path(args.mirror))))
        models = read_file(args.mirror, MODELS).decode("utf-8-sig").split()
        files = {decode_name(i.filename): i for i in bundle.infolist() if not i.is_dir()}
        labels = clause_labels(summary, files, bundle)
    except (OSError, zipfile.BadZipFile, ET.ParseError, KeyError, IndexError, ValueError) as err:
        print(f"{args.mirror}: cannot read LiScan's datasets ({err!r})", file=sys.stderr)
        return 2
    db = load_license_db()
    with tempfile.TemporaryDirectory(prefix="bench-liscan-") as tmp:
        rows = [
            license_row(n, name, t, files, bundle, args, db) for n, (name, t) in enumerate(labels)
        ]
        cases = [conflict_case(n, row, Path(tmp), db) for n, row in enumerate(conflicts)]
    report = summarise(rows, cases, models, args)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        args.json.with_suffix(".md").write_text(render_markdown(report), "utf-8")
    print_report(report, quiet=args.quiet)
    return 0


# --- reading LiScan's files -----------------------------------------------------------------------


def zip_path(mirror: Path) -> str:
    """The ground-truth zip under datasets/ (its name is partly Chinese)."""
    if (mirror / "datasets").is_dir():
        names = [p.relative_to(mirror).as_posix() for p in (mirror / "datasets").glob("*.zip")]
    else:
        out = subprocess.run(
            ["git", f"--git-dir={mirror}", "ls-tree", "-z", "--name-only", "HEAD", "datasets/"],
            capture_output=True,
            check=False,
        ).stdout
        names = out.decode("utf-8", errors="replace").split("\0")
    found = sorted(n for n in names if n.startswith("datasets/ground truth") and n.endswith(".zip"))
    if not found:
        raise OSError("no datasets/ground truth*.zip")
    return found[0]


def decode_name(name: str) -> str:
    """A zip member's name: the archive stores GBK bytes without the UTF-8 flag."""
    try:
        return name.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_sheet(data: bytes) -> list[list[str | None]]:
    """The first worksheet of an .xlsx file as rows of cell strings (None: empty)."""
    book = zipfile.ZipFile(io.BytesIO(data))
    names = book.namelist()
    shared = []
    if "xl/sharedStrings.xml" in names:
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{_NS}si"):
            shared.append("".join(t.text or "" for t in item.iter(f"{_NS}t")))
    sheet = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))[0]
    rows = []
    for row in ET.fromstring(book.read(sheet)).iter(f"{_NS}row"):
        cells: dict[int, str | None] = {}
        for cell in row.iter(f"{_NS}c"):
            value = cell.find(f"{_NS}v")
            text = value.text if value is not None else None
            if cell.get("t") == "s" and text is not None:
                text = shared[int(text)]
            elif cell.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{_NS}t"))
            index = 0
            for letter in re.sub(r"[^A-Z]", "", cell.get("r", "A")):
                index = index * 26 + ord(letter) - 64
            cells[index - 1] = text
        if cells:
            rows.append([cells.get(i) for i in range(max(cells) + 1)])
    return rows


def clause_key(term: str) -> str:
    """Our clause key for one of LiScan's term names, or the normalised name when unmapped."""
    name = " ".join(term.lower().split())
    if "use restriction" in name or "usage restriction" in name:
        return "usage_restrictions"
    if "applicable laws" in name:
        return "laws"
    names = {
        "commercial use": "commercial_use",
        "give credit": "attribution",
        "include copyright": "attribution",
        "include notice": "attribution",
        "use output": "output",
        "rename": "naming",
        "include license": "include_license",
        "state changes": "state_changes",
    }
    return names.get(name, name)


def clause_labels(
    summary: list[list[str | None]], files: Mapping[str, zipfile.ZipInfo], bundle: zipfile.ZipFile
) -> list[tuple[str, list[str]]]:
    """Each license's term names: the summary sheet, then the clause sheets of licenses the
    summary lacks (NVIDIA's and Skywork's are only there)."""
    labels = [(str(r[0]).strip(), [str(t) for t in r[1:] if t]) for r in summary[1:] if r and r[0]]
    known = {name.lower() for name, _ in labels}
    for path in sorted(p for p in files if "/其他/" in p and p.endswith(".xlsx")):
        rows = read_sheet(bundle.read(files[path]))
        if rows and rows[0] and rows[0][0] and str(rows[0][0]).strip().lower() not in known:
            terms = [str(r[2]) for r in rows[1:] if len(r) > 2 and r[2]]
            labels.append((str(rows[0][0]).strip(), terms))
    return labels


# --- clause ground truth --------------------------------------------------------------------------


def our_clauses(terms: Mapping[str, object], record: LicenseRecord | None) -> dict[str, bool]:
    tags = terms.get("use_restrictions")
    found = {
        "commercial_use": terms.get("commercial_use") is not None,
        "attribution": terms.get("attribution_required") is True,
        "usage_restrictions": has_use_restrictions(terms),
        "laws": (isinstance(tags, list) and "illegal-activity" in tags)
        or terms.get("governing_law") is not None,
        "output": terms.get("output_use_restriction") is True,
        "naming": terms.get("naming_requirement") is not None,
    }
    if record is not None:
        obligations = {o.tag for o in record.obligations}
        # CC BY's 3(a)(1)(C) is `indicate-license` (the text or a link) since issue 36
        found["include_license"] = bool(obligations & {"include-license", "indicate-license"})
        found["state_changes"] = "state-changes" in obligations
        found["naming"] |= bool(obligations & {"display-attribution", "derivative-naming"})
    return found


def license_text(
    name: str,
    record: LicenseRecord | None,
    files: Mapping[str, zipfile.ZipInfo],
    bundle: zipfile.ZipFile,
    args: argparse.Namespace,
) -> tuple[str | None, str | None]:
    start = LISCAN_TEXTS.get(name)
    for path in sorted(files):
        base = path.rsplit("/", 1)[-1]
        if start and "/许可文档/" in path and base.startswith(start) and base.endswith(".txt"):
            text = bundle.read(files[path]).decode("utf-8", errors="replace")
            if text.strip():
                return f"liscan:{base}", text
    for corpus_name in record.corpus_texts if record else ():
        if (args.corpus / f"{corpus_name}.txt").is_file():
            return f"corpus:{corpus_name}.txt", (args.corpus / f"{corpus_name}.txt").read_text()
    key = SCANCODE_KEYS.get(name) or (record.scancode if record else None)
    if key and (args.scancode / f"{key}.LICENSE").is_file():
        text = (args.scancode / f"{key}.LICENSE").read_text("utf-8", errors="replace")
        return f"scancode:{key}.LICENSE", text
    return None, None


def license_row(
    number: int,
    name: str,
    terms: list[str],
    files: Mapping[str, zipfile.ZipInfo],
    bundle: zipfile.ZipFile,
    args: argparse.Namespace,
    db: LicenseDB,
) -> dict[str, Any]:
    key = name.lower()
    record = db.lookup(OUR_NAMES.get(key, key))
    keys = [clause_key(t) for t in terms]
    source, text = license_text(key, record, files, bundle, args)
    in_corpus = bool(record and record.corpus_texts) or str(source).startswith("corpus:")
    row: dict[str, Any] = {
        "license": name,
        "record": record.id if record else None,
        "labelled": sorted({k for k in keys if k in RECORD_CLAUSES}),
        "unmapped": sorted({k for k in keys if k not in RECORD_CLAUSES}),
        "text_source": source,
        "label": "in-sample" if in_corpus else "out-of-sample",
        "identified_as": None,
        "ours": {},
    }
    if record is not None:
        values = {"kind": record.kind.value, **{k: t.value for k, t in record.terms.items()}}
        row["ours"]["record"] = our_clauses(values, record)
    if text is not None:
        with tempfile.TemporaryDirectory(prefix="bench-liscan-text-") as tmp:
            path = Path(tmp) / f"{number:02d}.txt"
            path.write_text(text, "utf-8")
            found = api.identify_files([path], threshold=THRESHOLD)[0]
        row["identified_as"] = found.license.id if found.license else None
        row["ours"]["text"] = our_clauses(found.terms, None)
        row["ours"]["extract"] = our_clauses(
            {k: t.value for k, t in extract_terms(text).items()}, None
        )
    return row


def clause_figure(rows: Sequence[Mapping[str, Any]], reading: str, label: str) -> dict[str, Any]:
    """Presence precision and recall of one reading against the labels, per clause."""
    clauses = RECORD_CLAUSES if reading == "record" else CLAUSES
    counts = {c: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for c in clauses}
    measured = [
        r for r in rows if reading in r["ours"] and (reading == "record" or r["label"] == label)
    ]
    per_license = {}
    for row in measured:
        mine = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        for clause in clauses:
            theirs, ours = clause in row["labelled"], row["ours"][reading][clause]
            outcome = ("tp" if ours else "fn") if theirs else ("fp" if ours else "tn")
            counts[clause][outcome] += 1
            mine[outcome] += 1
        per_license[row["license"]] = "tp {tp} fp {fp} fn {fn} tn {tn}".format(**mine)
    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn", "tn")}
    return {
        "reading": reading,
        "label": label,
        "licenses": len(measured),
        "total": _pr(total),
        "per_clause": {c: _pr(v) for c, v in counts.items()},
        "per_license": per_license,
    }


def _pr(c: Mapping[str, int]) -> dict[str, Any]:
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
    return {**c, "precision": _round(precision), "recall": _round(recall)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def clause_disagreements(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for reading in ("record", "text", "extract"):
        for row in rows:
            ours = row["ours"].get(reading)
            for clause in (RECORD_CLAUSES if reading == "record" else CLAUSES) if ours else ():
                theirs = clause in row["labelled"]
                if theirs != ours[clause]:
                    label = "in-sample" if reading == "record" else row["label"]
                    found.append(
                        {
                            "reading": reading,
                            "license": row["license"],
                            "clause": clause,
                            "liscan": theirs,
                            "ours": ours[clause],
                            "label": label,
                        }
                    )
    return found


# --- RQ4: the conflicts LiScan reported -----------------------------------------------------------

OTHER = "other"
LICENSE_WORDS: dict[str, dict[str, str] | None] = {
    "none": None,
    "apache2.0": {"license": "apache-2.0"},
    "apache-2.0": {"license": "apache-2.0"},
    "mit": {"license": "mit"},
    **{w: {"license": w} for w in ("llama2", "llama3", "llama3.1", "llama3.2", "llama3.3")},
    "gemma": {"license": "gemma"},
    **{
        w: {"license": w}
        for w in ("cc-by-nc-sa-4.0", "cc-by-nc-sa-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-4.0")
    },
    "cc-by-4.0": {"license": "cc-by-4.0"},
    "creativeml-openrail-m": {"license": "creativeml-openrail-m"},
    "openrail++": {"license": "openrail++"},
    "openrail": {"license": "openrail"},
    "bigscience openrail-m": {"license": "bigscience-openrail-m"},
    "faipl-1.0-sd": {"license": "faipl-1.0-sd"},
    "qwen research license agreement": {"license": OTHER, "license_name": "qwen-research"},
    "skyworkcommunitylicense": {"license": OTHER, "license_name": "skywork-community-license"},
    "cogvlm2": {"license": OTHER, "license_name": "cogvlm2"},
    "nvidia-open-model-license": {"license": OTHER, "license_name": "nvidia-open-model-license"},
    "eva-llama3.3": {"license": OTHER, "license_name": "eva-llama3.3"},
}
"""LiScan's license words to a card's license fields (None: no license declared)."""
AI_WORDS = {"llama", "gemma", "rail", "qwen", "nvidia", "faipl"}
RELATIONS = {"finetune": "finetune", "quantized": "quantized", "merge": "merge"}
RELATIONS |= {"adapter": "adapter", "adapted": "adapter"}
DATASET_RELATIONS = frozenset({"train on", "global-data"})


def parse_pair(pair: str) -> list[str] | None:
    """`own-upstream[+upstream]` into license words, longest word first (words hold dashes)."""
    text, words, at = pair.strip().lower(), [], 0
    ordered = sorted(LICENSE_WORDS, key=len, reverse=True)
    while at < len(text):
        word = next((w for w in ordered if text.startswith(w, at)), None)
        if word is None:
            return None
        words.append(word)
        at += len(word)
        while at < len(text) and text[at] in "-&+> ":
            at += 1
    return words or None


def word_class(word: str) -> str:
    fields = LICENSE_WORDS[word]
    if fields is None:
        return "none"
    if any(w in word for w in AI_WORDS):
        return "AI"
    return "custom" if fields["license"] == OTHER else "SPDX"


def write_card(folder: Path, fields: Mapping[str, object]) -> Path:
    folder.mkdir()
    front = yaml.safe_dump(dict(fields), sort_keys=True) if fields else ""
    text = f"---\n{front}---\n# Model\n\nRebuilt from a reported license conflict.\n"
    (folder / "README.md").write_text(text, "utf-8")
    return folder


def conflict_case(
    number: int, row: Sequence[str | None], tmp: Path, db: LicenseDB
) -> dict[str, Any]:
    name, _, listed, pair, relation = (list(row) + [None] * 5)[:5]
    relation = (relation or "").strip().lower()
    words = parse_pair(pair or "")
    case: dict[str, Any] = {"model": name, "listed": listed, "pair": pair, "relation": relation}
    if words is None:
        return {**case, "measured": False, "why": "license pair not understood"}
    own, upstream = words[0], [] if relation == "basemodel" else words[1:]
    dataset = relation in DATASET_RELATIONS
    case["kind"] = "none" if not upstream else "dataset" if dataset else "model"
    case["classes"] = f"{word_class(own)} -> {'+'.join(map(word_class, upstream)) or '-'}"
    registry = KnownModels.of([])
    parents: dict[str, ModelResult] = {}
    for index, word in enumerate(upstream):
        ref = f"rq4-parent/p{number:03d}-{index}"
        folder = write_card(tmp / f"p{number:03d}-{index}", LICENSE_WORDS[word] or {})
        read = analyse_dataset_card if dataset else analyse_card
        parents[ref] = read(folder, ref, db, registry)
    fields: dict[str, object] = dict(LICENSE_WORDS[own] or {})
    if parents:
        fields["datasets" if dataset else "base_model"] = sorted(parents)
    if parents and not dataset and len(parents) == 1 and relation in RELATIONS:
        fields["base_model_relation"] = RELATIONS[relation]
    model = analyse_card(
        write_card(tmp / f"c{number:03d}", fields), f"rq4-case/c{number:03d}", db, registry
    )
    lineage = resolve_lineage(model, db=db, registry=registry, fetch=parents.get)
    rules = {
        f.rule
        for f in (*model.findings, *lineage.findings)
        if (f.category is Category.MISMATCH and f.rule not in SELF_CONFLICT_RULES)
        or f.rule == MISSING_RULE
    }
    if lineage.stricter_family_licenses:
        rules.add("stricter-family-license")
    if dataset:  # since issue 36: the datasets' licenses are read, as a Hub model's are
        rules |= training_rules(model, parents, db)
    return {**case, "measured": True, "flagged": bool(rules), "rules": sorted(rules)}


def analyse_dataset_card(
    folder: Path, repo_id: str, db: LicenseDB, registry: KnownModels | None = None
) -> ModelResult:
    """A dataset's card through the local source and `analyse`, read as a Hub dataset repo (so
    its data card is read too)."""
    snapshot = read_local_snapshot(parse_target(str(folder)))
    target = replace(snapshot.target, kind=SourceKind.HUB_DATASET)
    result = analyse(replace(snapshot, target=target, repo_id=repo_id), db, registry)
    return replace(result, ref=repo_id)


def training_rules(
    model: ModelResult, datasets: Mapping[str, ModelResult], db: LicenseDB
) -> set[str]:
    """The training-data rules a commercial deployment of the model would meet (the presets'
    non-commercial, research-only and share-alike rules), its datasets resolved from `datasets`."""

    entries = resolve_training_data(
        model.training_data,
        fetch=datasets.__getitem__,
        lookup=lambda ref: None,
        license_of=license_of_records(db),
    )
    facts = training_facts(entries)
    fired = {
        "training-data-non-commercial": facts["training_data.has_non_commercial"],
        "training-data-research-only": facts["training_data.has_research_only"],
        "training-data-share-alike": facts["training_data.has_share_alike"],
    }
    return {rule for rule, on in fired.items() if on}


def conflict_figure(cases: Sequence[Mapping[str, Any]], kind: str | None) -> dict[str, Any]:
    chosen = [c for c in cases if c["measured"] and (kind is None or c["kind"] == kind)]
    flagged = sum(c["flagged"] for c in chosen)
    by_class: dict[str, list[int]] = {}
    for case in chosen:
        by_class.setdefault(case["classes"], [0, 0])
        by_class[case["classes"]][0] += case["flagged"]
        by_class[case["classes"]][1] += 1
    return {
        "upstream": kind or "all",
        "cases": len(chosen),
        "flagged": flagged,
        "recall": _round(flagged / len(chosen)) if chosen else None,
        "by_classes": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_class.items())},
    }


# --- the report -----------------------------------------------------------------------------------


def summarise(
    rows: list[dict[str, Any]],
    cases: list[dict[str, Any]],
    models: list[str],
    args: argparse.Namespace,
) -> dict[str, Any]:
    texts = [r for r in rows if r["text_source"] and r["record"]]
    labels_path = args.corpus.parent / "cards" / "LABELS.yaml"
    ours = set()
    if labels_path.is_file():
        for item in yaml.safe_load(labels_path.read_text("utf-8")) or []:
            ours.add(str(item.get("hf_repo_id", "")).lower().replace("/", "-"))
    unmapped: dict[str, int] = {}
    for row in rows:
        for name in row["unmapped"]:
            unmapped[name] = unmapped.get(name, 0) + 1
    return {
        "dataset": "LiScanAI/LiScanAI.github.io datasets/",
        "mirror": str(args.mirror),
        "commit": mirror_commit(args.mirror),
        "auditor_version": __version__,
        "code": code_commit(args.note),
        "knowledge_digest": knowledge_digest(),
        "licenses": len(rows),
        "with_record": sum(r["record"] is not None for r in rows),
        "with_text": sum(r["text_source"] is not None for r in rows),
        "texts_named_as_record": sum(r["identified_as"] == r["record"] for r in texts),
        "texts_with_record": len(texts),
        "texts_named_otherwise": [
            {k: r[k] for k in ("license", "record", "identified_as", "label", "text_source")}
            for r in texts
            if r["identified_as"] != r["record"]
        ],
        "unmapped_terms": dict(sorted(unmapped.items())),
        "clause_figures": [
            clause_figure(rows, "record", "in-sample"),
            *(
                clause_figure(rows, r, s)
                for r in ("text", "extract")
                for s in ("in-sample", "out-of-sample")
            ),
        ],
        "clause_disagreements": clause_disagreements(rows),
        "conflict_figures": [conflict_figure(cases, k) for k in (None, "model", "dataset", "none")],
        "conflicts_not_flagged": [c for c in cases if not c.get("flagged")],
        "rq1_models": len(models),
        "rq1_models_in_our_card_corpus": sorted(m for m in models if m.lower() in ours),
        "rows": rows,
        "cases": cases,
    }


def _fig_line(fig: Mapping[str, Any]) -> str:
    total = fig["total"]
    clauses = ", ".join(
        f"{c} {v['tp']}/{v['tp'] + v['fn']}+{v['fp']}fp" for c, v in fig["per_clause"].items()
    )
    return (
        f"P {total['precision']} R {total['recall']} (tp {total['tp']}, fp {total['fp']}, "
        f"fn {total['fn']}; {clauses})"
    )


def print_report(report: Mapping[str, Any], *, quiet: bool) -> None:
    print(
        f"LiScan {report['commit']}: {report['licenses']} labelled licenses, "
        f"{report['with_record']} with a record, {report['with_text']} with a text; texts named "
        f"as the record {report['texts_named_as_record']}/{report['texts_with_record']}"
    )
    for item in report["texts_named_otherwise"]:
        print(f"  [{item['label']}] {item['license']} named {item['identified_as']}")
    for fig in report["clause_figures"]:
        print(f"[{fig['label']}] {fig['reading']}: {fig['licenses']} licenses, {_fig_line(fig)}")
    for fig in report["conflict_figures"]:
        print(
            f"[out-of-sample cases, in-sample records] RQ4 conflicts, upstream "
            f"{fig['upstream']}: flagged {fig['flagged']}/{fig['cases']} {fig['by_classes']}"
        )
    if quiet:
        return
    for d in report["clause_disagreements"]:
        print(
            f"  {d['reading']:7} {d['license'][:40]:40} {d['clause']:18} LiScan "
            f"{d['liscan']!s:5} ours {d['ours']!s:5} [{d['label']}]"
        )
    for c in report["conflicts_not_flagged"]:
        print(f"  not flagged: {c['model']} {c['pair']} ({c['relation']}) {c.get('why', '')}")


def render_markdown(report: Mapping[str, Any]) -> str:
    def clauses(fig: Mapping[str, Any]) -> str:
        counts = fig["per_clause"].items()
        return ", ".join(f"{c} {v['tp']}/{v['tp'] + v['fn']}+{v['fp']}" for c, v in counts)

    lines = [
        f"# LiScan.AI labels against our readings ({report['dataset']})",
        "",
        f"Snapshot {report['commit']}, auditor {report['auditor_version']} ({report['code']}), "
        f"knowledge {report['knowledge_digest']}; labels and figures only.",
        "",
        f"{report['licenses']} labelled licenses, {report['with_record']} with a record of ours, "
        f"{report['with_text']} with a text; texts named as the record: "
        f"{report['texts_named_as_record']}/{report['texts_with_record']}"
        + "".join(
            f"; {i['license']} named {i['identified_as']}" for i in report["texts_named_otherwise"]
        )
        + f". LiScan terms left unmapped (licenses naming them): {report['unmapped_terms']}.",
        "",
    ]
    lines += table(
        ["reading", "label", "licenses", "precision", "recall", "per clause: tp/labelled+fp"],
        [
            [
                f["reading"],
                f["label"],
                f["licenses"],
                f["total"]["precision"],
                f["total"]["recall"],
                clauses(f),
            ]
            for f in report["clause_figures"]
        ],
    )
    lines.append("")
    lines += table(
        ["RQ4 upstream", "cases", "flagged", "recall", "own -> upstream classes"],
        [
            [f["upstream"], f["cases"], f["flagged"], f["recall"], f["by_classes"]]
            for f in report["conflict_figures"]
        ],
    )
    lines.append("")
    lines += table(
        ["reading", "license", "clause", "LiScan", "ours", "label"],
        [
            [d["reading"], d["license"], d["clause"], d["liscan"], d["ours"], d["label"]]
            for d in report["clause_disagreements"]
        ],
    )
    lines.append("")
    lines += table(
        ["RQ4 model not flagged", "pair", "relation", "upstream"],
        [
            [c["model"], c["pair"], c["relation"], c.get("kind", c.get("why"))]
            for c in report["conflicts_not_flagged"]
        ],
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
