"""Our reading of dataset licenses against the Data Provenance Collection's verified ones.

    python bench/datasets.py [--mirror DIR] [--json OUT] [--scancode-ids] [--quiet]

The Data Provenance Collection (DPC) records per fine-tuning dataset (`data_summaries/*.json`)
the licenses its annotators verified (name, URL), the card's YAML `license` as DPC normalised
it (`Inferred Metadata`/`HF Yaml License`) and the Hub id; `constants/license_classes.json`
gives each name a use class (All, NC, Acad, Unspecified), `custom_license_classes.json` each
"Custom" license by URL. `--mirror` (default `AUDITOR_DPC_MIRROR`) is the `fetch` snapshot (a
bare git directory, read at HEAD) or a checkout; without one the bench skips. Labels and
figures only: nothing of DPC is copied. Out-of-sample, for the datasets with a Hub id:

- names: each verified license read by our engine (`identify_declared`: alias table and SPDX
  expression; the URL among our records' links; the name as a title, `identify_text`; the
  name's words through the term detectors) to a use category, against DPC's class of it;
- paraphrases: the raw strings DPC mapped to each name (Hub tags, GitHub and paper wordings),
  read the same way, against the class of their name;
- yaml: the card's YAML license against the verified ones, through DPC's classes (the data
  alone) and through our reading of both; dangerous: YAML commercial, verified
  non-commercial or research-only.

DPC's names for a provider's output terms (OpenAI, Anthropic, Google Cloud Translation API)
are counted apart and left out (DPC's "IgnoreOpenAI" view). `--scancode-ids` adds a what-if
step (not the engine): an unread name looked up among ScanCode LicenseDB keys, ids and names.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor import __version__  # noqa: E402
from auditor.knowledge.digest import knowledge_digest  # noqa: E402
from auditor.knowledge.license_db import LicenseDB, load_license_db, normalize_alias  # noqa: E402
from auditor.licenses.card_claims import link_variants  # noqa: E402
from auditor.licenses.declared import identify_declared  # noqa: E402
from auditor.licenses.terms.extract import extract_terms  # noqa: E402
from auditor.licenses.text.identify import identify_text  # noqa: E402
from auditor.licenses.text.reference_index import load_reference_index  # noqa: E402
from auditor.model import Declared  # noqa: E402
from auditor.model.kinds import LicenseKind, parse_kind  # noqa: E402

DEFAULT_MIRROR = Path(
    os.environ.get(
        "AUDITOR_DPC_MIRROR",
        "/work/.mirror/Data-Provenance-Initiative+Data-Provenance-Collection/repo",
    )
)
SUMMARIES = "data_summaries/"
CLASSES, CUSTOM, PARAPHRASES = (
    f"constants/{n}.json"
    for n in ("license_classes", "custom_license_classes", "license_paraphrases")
)
DPC_WORDS = {"All": "commercial", "NC": "non-commercial", "Acad": "research-only"}
"""DPC's use class -> our category word; "Unspecified" -> unspecified, "?" -> unclassified."""
PROVIDER_TERMS = frozenset({"OpenAI", "Anthropic", "Google Cloud Translation API"})
RESTRICTIVE = ("research-only", "unclassified", "non-commercial", "unknown", "unspecified")
"""Most restrictive first: what several licenses of one dataset resolve to (DPC's order)."""
CLOSED = frozenset({"non-commercial", "research-only"})
CARD_TEXT = "No dataset card text in the snapshot: the card is read through its YAML license only"


class DPCError(Exception):
    """A summary or constants file that is not what this bench reads: file (and line)."""


@dataclass(frozen=True, slots=True)
class Dataset:
    uid: str
    hub_id: str | None
    licenses: tuple[tuple[str, str], ...]  # verified (name, URL)
    yaml: str | None  # the card's YAML license as DPC normalised it; None when absent


@dataclass(frozen=True, slots=True)
class Reading:
    license_id: str | None
    category: str  # commercial | non-commercial | research-only | unknown
    step: str | None  # which NAME_STEPS step (or "scancode-id") answered; None: none


def parse_json(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise DPCError(f"{where}: not UTF-8 text") from err
    except json.JSONDecodeError as err:
        raise DPCError(f"{where}:{err.lineno}: {err.msg}") from err


def parse_summary(raw: bytes, where: str) -> list[Dataset]:
    """The datasets of one `data_summaries/*.json` file."""
    doc = parse_json(raw, where)
    if not isinstance(doc, dict):
        raise DPCError(f"{where}: not an object of datasets")
    found = []
    for uid, entry in doc.items():
        licenses = entry.get("Licenses") if isinstance(entry, dict) else None
        if not isinstance(licenses, list):
            raise DPCError(f"{where}: dataset {uid!r} has no Licenses list")
        inferred = entry.get("Inferred Metadata") or {}
        url = str(entry.get("Hugging Face URL") or "")
        hub = inferred.get("HF Dataset") or url.partition("huggingface.co/datasets/")[2].strip("/")
        pairs = tuple(
            (str(lic.get("License") or ""), str(lic.get("License URL") or ""))
            for lic in licenses
            if isinstance(lic, dict)
        )
        found.append(Dataset(str(uid), hub or None, pairs, inferred.get("HF Yaml License") or None))
    return found


def parse_classes(raw: bytes, where: str) -> dict[str, str]:
    """A DPC class file: name (or URL) -> category word."""
    doc = parse_json(raw, where)
    if not isinstance(doc, dict) or not all(isinstance(v, list) and v for v in doc.values()):
        raise DPCError(f"{where}: not an object of [use, attribution, share-alike] lists")
    return {
        k: DPC_WORDS.get(v[0], "unspecified" if v[0] == "Unspecified" else "unclassified")
        for k, v in doc.items()
    }


def dpc_category(name: str, url: str, classes: Mapping[str, str], custom: Mapping[str, str]) -> str:
    if name == "Custom":
        return custom.get(url, "unclassified")
    return classes.get(name, "unclassified")


def category_of(license_id: str | None, kind: LicenseKind | None, db: LicenseDB) -> str:
    """Our use category of a reading: the record's commercial-use term, else its kind."""
    record = db.get(license_id or "")
    term = record.terms.get("commercial_use") if record is not None else None
    if kind is LicenseKind.RESEARCH_ONLY:
        return "research-only"
    if term is not None and term.value is not None:
        return "non-commercial" if term.value == "prohibited" else "commercial"
    if kind is None or kind is LicenseKind.PROPRIETARY_TERMS:
        return "unknown"  # terms of their own, not read: neither allowed nor forbidden
    return "non-commercial" if kind is LicenseKind.NON_COMMERCIAL else "commercial"


def read_name(
    name: str,
    url: str,
    db: LicenseDB,
    *,
    scancode: Mapping[str, tuple[str, LicenseKind]] | None = None,
) -> Reading:
    """Our reading of one license name (and its URL), step by step until one answers."""
    if name.startswith(("http://", "https://")):
        name, url = "", url or name
    declared = Declared(license=name or None, license_link=url or None)
    match = identify_declared(declared, db) if name or url else None
    if match is not None and match.id is not None:
        return Reading(match.id, category_of(match.id, match.kind, db), "declared")
    for link in link_variants(url) if url else []:
        if (record := db.lookup_link(link)) is not None:
            return Reading(record.id, category_of(record.id, record.kind, db), "link")
    if not name:
        return Reading(None, "unknown", None)
    titled = identify_text(name, db=db).match
    if titled is not None and titled.kind is not None:
        return Reading(titled.id, category_of(titled.id, titled.kind, db), "title")
    kind = parse_kind(extract_terms(name)["kind"].value)
    if kind is not None:
        return Reading(None, category_of(None, kind, db), "terms")
    hit = (scancode or {}).get(normalize_alias(name))
    if hit is not None:
        return Reading(hit[0], category_of(None, hit[1], db), "scancode-id")
    return Reading(None, "unknown", None)


def scancode_ids() -> dict[str, tuple[str, LicenseKind]]:
    """What-if table: each ScanCode key, SPDX id and name -> (id, kind)."""
    table: dict[str, tuple[str, LicenseKind]] = {}
    for ref in load_reference_index().references:
        for label in (ref.key, ref.spdx or "", ref.name):
            table.setdefault(normalize_alias(label), (ref.license_id, ref.kind))
    return table


def agrees(ours: str, theirs: str) -> bool:
    """Same category, or no license known on either side (our unknown, DPC's unspecified)."""
    return ours == theirs or (ours == "unknown" and theirs == "unspecified")


def resolve(categories: Iterable[str]) -> str:
    found = set(categories)
    return next((c for c in RESTRICTIVE if c in found), "commercial" if found else "unspecified")


def measure(
    datasets: list[Dataset],
    classes: Mapping[str, str],
    custom: Mapping[str, str],
    paraphrases: Mapping[str, list[str]],
    db: LicenseDB,
    read: Callable[[str, str], Reading],
) -> dict[str, Any]:
    """Every figure of the bench, from parsed DPC data and a name reader."""
    hub = [d for d in datasets if d.hub_id]
    ours = cache(read)
    names: Counter[tuple[str, str, str, str | None]] = Counter()
    providers: Counter[str] = Counter()
    for d in hub:
        for name, url in d.licenses:
            if name in PROVIDER_TERMS:
                providers[name] += 1
                continue
            r = ours(name, url)
            names[name, dpc_category(name, url, classes, custom), r.category, r.step] += 1
    para: Counter[tuple[str, str, str, str | None]] = Counter()
    for canonical, raws in paraphrases.items():
        if canonical in PROVIDER_TERMS or canonical not in classes:
            continue
        for raw in raws:
            r = ours(raw, "")
            para[raw, classes[canonical], r.category, r.step] += 1
    return {
        "datasets": len(datasets),
        "with_hub_id": len(hub),
        "names": figure(names),
        "paraphrases": figure(para),
        "provider_terms": dict(providers),
        "yaml": measure_yaml(hub, classes, custom, ours),
    }


def measure_yaml(
    hub: list[Dataset],
    classes: Mapping[str, str],
    custom: Mapping[str, str],
    ours: Callable[[str, str], Reading],
) -> dict[str, Any]:
    """The card's YAML license against the verified ones: through DPC's classes (the data
    alone) and through our reading of both; dangerous rows once per Hub id."""
    mine: Counter[tuple[str, str]] = Counter()
    theirs: Counter[tuple[str, str]] = Counter()
    same_id = 0
    dangerous: dict[str, dict[str, Any]] = {}
    for d in hub:
        kept = [(n, u) for n, u in d.licenses if n not in PROVIDER_TERMS]
        verified = (
            resolve(ours(n, u).category for n, u in kept),
            resolve(dpc_category(n, u, classes, custom) for n, u in kept),
        )
        y = ours(d.yaml, "") if d.yaml else None
        said = (
            y.category if y else "none",
            classes.get(d.yaml, "unclassified") if d.yaml else "none",
        )
        mine[said[0], verified[0]] += 1
        theirs[said[1], verified[1]] += 1
        if y is not None and y.license_id is not None:
            same_id += {ours(n, u).license_id for n, u in kept} == {y.license_id}
        flags = [
            w
            for w, i in (("ours", 0), ("dpc", 1))
            if (said[i], verified[i] in CLOSED) == ("commercial", True)
        ]
        if flags:
            key = d.hub_id or d.uid
            seen = "; ".join(n for n, _ in kept)
            row = dangerous.setdefault(
                key, {"dataset": key, "yaml": d.yaml, "verified": seen, "by": set(), "entries": 0}
            )
            row["entries"] += 1
            row["by"].update(flags)
    with_yaml = sum(n for (a, _), n in theirs.items() if a != "none")
    return {
        "with_yaml": with_yaml,
        "same_id": same_id,
        "disagree_ours": sum(n for (a, b), n in mine.items() if a != "none" and a != b),
        "disagree_dpc": sum(n for (a, b), n in theirs.items() if a != "none" and not agrees(a, b)),
        "dangerous_ours": sum(r["entries"] for r in dangerous.values() if "ours" in r["by"]),
        "dangerous_dpc": sum(r["entries"] for r in dangerous.values() if "dpc" in r["by"]),
        "confusion": [
            {"yaml": a, "verified": b, "ours": mine[a, b], "dpc": theirs[a, b]}
            for a, b in sorted(set(mine) | set(theirs))
        ],
        "dangerous_hub_ids": len([r for r in dangerous.values() if "dpc" in r["by"]]),
        "dangerous": [r | {"by": sorted(r["by"])} for _, r in sorted(dangerous.items())],
    }


def figure(counts: Counter[tuple[str, str, str, str | None]]) -> dict[str, Any]:
    """Agreement per occurrence and per distinct name, the steps that answered, the misses."""
    hits = [(k, n) for k, n in counts.items() if agrees(k[2], k[1])]
    misses = sorted(
        ((k, n) for k, n in counts.items() if not agrees(k[2], k[1])), key=lambda x: -x[1]
    )
    return {
        "occurrences": sum(counts.values()),
        "agreed": sum(n for _, n in hits),
        "distinct": len(counts),
        "distinct_agreed": len(hits),
        "dangerous": sum(n for k, n in misses if k[2] == "commercial" and k[1] in CLOSED),
        "steps": dict(Counter(k[3] or "none" for k in counts.elements())),
        "misses": [
            {"name": label(k[0]), "dpc": k[1], "ours": k[2], "step": k[3], "count": n}
            for k, n in misses
        ],
    }


# --- the snapshot, the run and the report -------------------------------------------------------


def label(name: str) -> str:
    """A license name as it stands; a sentence (someone's prose) only by its length."""
    size = len(name.split())
    return name if size <= 8 else f"(a sentence of {size} words)"


def git(mirror: Path, *args: str) -> bytes:
    done = subprocess.run(["git", f"--git-dir={mirror}", *args], capture_output=True, check=False)
    if done.returncode != 0:
        raise OSError(done.stderr.decode(errors="replace").strip() or f"git {args[0]} failed")
    return done.stdout


def read_snapshot(
    mirror: Path,
) -> tuple[list[Dataset], dict[str, str], dict[str, str], dict[str, list[str]], list[str]]:
    """Datasets, classes, custom classes, paraphrases and the summaries the snapshot lacks."""
    checkout = (mirror / "constants").is_dir()

    def show(path: str) -> bytes:
        return (mirror / path).read_bytes() if checkout else git(mirror, "show", f"HEAD:{path}")

    if checkout:
        files = sorted(str(p.relative_to(mirror)) for p in (mirror / SUMMARIES).glob("*.json"))
    else:
        files = git(mirror, "ls-tree", "-r", "--name-only", "HEAD", SUMMARIES).decode().splitlines()
    datasets: list[Dataset] = []
    lacking = []
    for path in (f for f in files if f.endswith(".json")):
        try:
            raw = show(path)
        except OSError:
            lacking.append(path)  # a snapshot leaves out files of 4 MiB and more
            continue
        datasets += parse_summary(raw, f"{mirror}/{path}")
    classes = parse_classes(show(CLASSES), f"{mirror}/{CLASSES}")
    custom = parse_classes(show(CUSTOM), f"{mirror}/{CUSTOM}")
    paraphrases = parse_json(show(PARAPHRASES), f"{mirror}/{PARAPHRASES}")
    return datasets, classes, custom, paraphrases, lacking


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--json", type=Path, help="write the results here (and a .md beside)")
    parser.add_argument("--scancode-ids", action="store_true", help="what-if: ScanCode ids too")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    parser.add_argument("--note", default="", help="recorded with the results")
    args = parser.parse_args(argv)
    if not args.mirror.exists():
        print(f"skipped: no DPC snapshot at {args.mirror} (fetch it, or set AUDITOR_DPC_MIRROR)")
        return 0
    try:
        datasets, classes, custom, paraphrases, lacking = read_snapshot(args.mirror)
    except (OSError, DPCError) as err:
        print(err, file=sys.stderr)
        return 2
    db = load_license_db()
    table = scancode_ids() if args.scancode_ids else None
    report = measure(
        datasets, classes, custom, paraphrases, db, lambda n, u: read_name(n, u, db, scancode=table)
    )
    report |= {
        "date": datetime.date.today().isoformat(),
        "commit": git(args.mirror, "rev-parse", "HEAD").decode().strip()
        if (args.mirror / "HEAD").is_file()
        else None,
        "auditor_version": __version__,
        "knowledge_digest": knowledge_digest(),
        "note": args.note,
        "scancode_ids": args.scancode_ids,
        "lacking": lacking,
        "label": "out-of-sample (nothing tuned on DPC) unless the note says in-sample",
        "card_text": CARD_TEXT,
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        args.json.with_suffix(".md").write_text(
            "\n".join(render(report, quiet=False)) + "\n", "utf-8"
        )
    print("\n".join(render(report, quiet=args.quiet)))
    return 0


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "n/a"


def row(*cells: object) -> str:
    return "| " + " | ".join(map(str, cells)) + " |"


def render(r: Mapping[str, Any], *, quiet: bool) -> list[str]:
    """The figures as Markdown; the misses and dangerous datasets too unless `quiet`."""
    y, n = r["yaml"], r["yaml"]["with_yaml"]
    out = [
        f"# Dataset licenses: our reading against the Data Provenance Collection ({r['date']})",
        "",
        f"Snapshot {r['commit']}; auditor {r['auditor_version']}, knowledge "
        f"{r['knowledge_digest']}; {r['label']}; {r['note'] or 'no note'}; ScanCode-id what-if: "
        f"{r['scancode_ids']}. {r['datasets']} datasets, {r['with_hub_id']} with a Hub id; "
        f"summaries the snapshot lacks: {', '.join(r['lacking']) or 'none'}. {r['card_text']}.",
        "",
        row("measure", "agreed (occurrences)", "agreed (distinct)", "dangerous", "answered by"),
        row(*["---"] * 5),
    ]
    for key in ("names", "paraphrases"):
        f = r[key]
        steps = ", ".join(f"{k} {v}" for k, v in sorted(f["steps"].items()))
        agreed = pct(f["distinct_agreed"], f["distinct"])
        out.append(row(key, pct(f["agreed"], f["occurrences"]), agreed, f["dangerous"], steps))
    out += [
        "",
        f"YAML license present: {n} of {r['with_hub_id']}; its category differs from the verified "
        f"licenses' by DPC's classes {pct(y['disagree_dpc'], n)}, by our reading "
        f"{pct(y['disagree_ours'], n)}; same license id (ours) {pct(y['same_id'], n)}; "
        f"dangerous (YAML commercial, verified non-commercial or research-only) by DPC's classes "
        f"{y['dangerous_dpc']} entries ({y['dangerous_hub_ids']} Hub ids), by our reading "
        f"{y['dangerous_ours']} entries. Provider output "
        f"terms left out: {r['provider_terms']}.",
        "",
        row("YAML", "verified", "DPC classes", "our reading"),
        row(*["---"] * 4),
        *(row(c["yaml"], c["verified"], c["dpc"], c["ours"]) for c in y["confusion"]),
    ]
    if quiet:
        return out
    out += ["", row("measure", "name", "DPC", "ours", "step", "count"), row(*["---"] * 6)]
    for key in ("names", "paraphrases"):
        out += [
            row(key, m["name"][:80].replace("|", "/"), m["dpc"], m["ours"], m["step"], m["count"])
            for m in r[key]["misses"]
        ]
    out += ["", row("dangerous: Hub id", "YAML", "verified", "by", "entries"), row(*["---"] * 5)]
    out += [
        row(d["dataset"], d["yaml"], d["verified"][:80], "+".join(d["by"]), d["entries"])
        for d in y["dangerous"]
    ]
    return out


if __name__ == "__main__":
    sys.exit(main())
