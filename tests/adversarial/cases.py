"""Loads and builds the end-to-end adversarial model folders of issue 14 (tests/adversarial/).

Each case folder holds a `case.yaml` (what it tests, the verdicts allowed under each preset,
optional recipes) and a `model/` folder with the files written for it. Recipes build at test time
what may not be stored here: texts of the shared corpus (changed or whole), binary, oversized or
wrongly encoded files, GGUF headers. See README.md beside this file for the keys.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
PRESETS = ("default", "strict", "permissive-only")
CLASSES = {
    "c1-other-license-files": "1. every license-like file counts, not only LICENSE",
    "c2-terms-vs-label": "2. terms read from the files reach the verdict, not the declared label",
    "c3-changed-grant": "3. a changed word in a standard grant is a modification",
    "c4-unicode-paraphrase": "4. Unicode tricks and paraphrase do not hide a restriction",
    "c5-card-prose": "5. the card's prose (License section, details, gating) is read",
    "c6-metadata-conflicts": "6. conflicting metadata is a finding",
    "c7-license-file-names": "7. real license file names are read",
    "c8-unreadable-evidence": "8. unreadable evidence fails closed",
    "c9-misplaced-metadata": "9. card metadata outside the front matter is read and reported",
    "c10-prose-parents": "10. parents named in prose, merge configs and tables bind",
    "c11-community-chains": "11. community models resolve through their names and cards",
    "c12-generations-sizes": "12. a family's license follows its generation and size",
    "c13-missing-license": "13. no license is license-missing or a mismatch, not a pass",
    "c14-card-shapes": "14. card prose in every shape: tables, badges, labels, any section, keys",
    "c15-files-by-content": "15. license evidence found by content; unread documents are said",
    "c16-added-sentences": "16. a sentence added to a standard license never inherits its grant",
    "c17-other-languages": "17. terms in other languages are read or reported as unread",
    "negative-controls": "precision: clean repos that must pass under default",
}
# `expect:` may name one of these instead of listing verdicts per preset.
SHORTHANDS: dict[str, dict[str, frozenset[str]]] = {
    # Published terms forbid a commercial SaaS deployment: every preset fails.
    "forbidden": {preset: frozenset({"fail"}) for preset in PRESETS},
    # Evidence unreadable or conflicting only: at least warn by default, strict blocks.
    "unreadable": {
        "default": frozenset({"warn", "fail"}),
        "strict": frozenset({"fail"}),
        "permissive-only": frozenset({"warn", "fail"}),
    },
    # The declared license drops a binding parent's (issue 15): at least warn by default,
    # strict blocks the mismatch.
    "mismatch": {
        "default": frozenset({"warn", "fail"}),
        "strict": frozenset({"fail"}),
        "permissive-only": frozenset({"warn", "fail"}),
    },
    # Something an auditor must review (metadata the Hub does not show): never a pass.
    "review": {preset: frozenset({"warn", "fail"}) for preset in PRESETS},
    # No license at all: nothing grants any right, every preset fails.
    "missing": {preset: frozenset({"fail"}) for preset in PRESETS},
    # Negative control: no false alarm by default; the stricter presets may warn.
    "clean": {
        "default": frozenset({"pass"}),
        "strict": frozenset({"pass", "warn"}),
        "permissive-only": frozenset({"pass", "warn"}),
    },
}
VERDICTS = frozenset({"pass", "warn", "fail", "error", "needs-input"})


@dataclass(frozen=True, slots=True)
class Case:
    """One adversarial model folder and what auditing it for commercial SaaS must give."""

    group: str  # the class folder, e.g. c1-other-license-files
    name: str
    path: Path
    summary: str
    expect: Mapping[str, frozenset[str]]
    xfail: str | None = None  # why today's code gets it wrong (a strict xfail mark)
    xfail_hub: str | None = None  # the same through the fake Hub, when it differs
    hub: bool = False  # also published on the fake Hub and audited as org/name@sha
    local: bool = True  # audited as a local folder (False: parents only resolve on the Hub)
    generate: tuple[Mapping[str, Any], ...] = ()
    parents: tuple[Mapping[str, Any], ...] = ()  # repos published on the fake Hub first

    @property
    def id(self) -> str:
        return f"{self.group}/{self.name}"

    @property
    def negative(self) -> bool:
        return self.group == "negative-controls"

    @property
    def needs_corpus(self) -> bool:
        return any("from_corpus" in g or "append_corpus" in g for g in self.generate)

    def repo_id(self) -> str:
        """The name this case is published under on the fake Hub."""
        return f"adv-{self.group.split('-')[0]}/{self.name}"


def _expect(raw: object, where: Path) -> dict[str, frozenset[str]]:
    if isinstance(raw, str):
        if raw not in SHORTHANDS:
            raise ValueError(f"{where}: expect {raw!r} is none of {sorted(SHORTHANDS)}")
        return SHORTHANDS[raw]
    if not isinstance(raw, dict) or set(raw) != set(PRESETS):
        raise ValueError(f"{where}: expect must be a shorthand or list verdicts for {PRESETS}")
    expect = {preset: frozenset(raw[preset]) for preset in PRESETS}
    for preset, allowed in expect.items():
        if not allowed or not allowed <= VERDICTS:
            raise ValueError(f"{where}: expect.{preset} {sorted(allowed)} not within {VERDICTS}")
    return expect


_KEYS = {"summary", "expect", "xfail", "xfail_hub", "hub", "local", "generate", "parents"}


def load_case(folder: Path) -> Case:
    """The case of one folder; a malformed case.yaml raises ValueError naming the file."""
    where = folder / "case.yaml"
    raw = yaml.safe_load(where.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or "summary" not in raw or "expect" not in raw:
        raise ValueError(f"{where}: needs at least `summary` and `expect`")
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    group = folder.parent.name
    if group not in CLASSES:
        raise ValueError(f"{where}: {group} is not a class folder ({sorted(CLASSES)})")
    expect = _expect(raw["expect"], where)
    if not raw.get("hub", False) and not raw.get("local", True):
        raise ValueError(f"{where}: a case runs locally, through the Hub, or both")
    if group == "negative-controls" and "pass" not in expect["default"]:
        raise ValueError(f"{where}: a negative control must pass under default")
    if group != "negative-controls" and "pass" in set().union(*expect.values()):
        raise ValueError(f"{where}: an adversarial case may never allow pass")
    return Case(
        group=group,
        name=folder.name,
        path=folder,
        summary=str(raw["summary"]).strip(),
        expect=expect,
        xfail=raw.get("xfail") or None,
        xfail_hub=raw.get("xfail_hub", raw.get("xfail")) or None,
        hub=bool(raw.get("hub", False)),
        local=bool(raw.get("local", True)),
        generate=tuple(raw.get("generate") or ()),
        parents=tuple(raw.get("parents") or ()),
    )


def load_cases() -> list[Case]:
    """Every case, class by class, in folder order."""
    return [
        load_case(folder)
        for group in CLASSES
        for folder in sorted((HERE / group).iterdir() if (HERE / group).is_dir() else ())
        if (folder / "case.yaml").is_file()
    ]


# --- building a case's model folder ---------------------------------------------------------------


def build_files(case: Case, corpus: Path | None) -> dict[str, bytes]:
    """Every file of the case's model, by repo-relative path: model/ plus the recipes."""
    model = case.path / "model"
    files = {
        path.relative_to(model).as_posix(): path.read_bytes()
        for path in sorted(model.rglob("*") if model.is_dir() else ())
        if path.is_file()
    }
    for recipe in case.generate:
        files[str(recipe["path"])] = _generate(case, recipe, corpus)
    return files


def write_model(files: Mapping[str, bytes], dest: Path) -> Path:
    """Write the files under dest (created); return dest."""
    if dest.exists():
        shutil.rmtree(dest)
    for rel, data in files.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    dest.mkdir(parents=True, exist_ok=True)
    return dest


def _corpus_text(corpus: Path | None, name: str) -> str:
    if corpus is None:
        raise FileNotFoundError(f"the shared corpus is needed for {name}")
    return (corpus / "licenses" / name).read_text(encoding="utf-8")


def _generate(case: Case, recipe: Mapping[str, Any], corpus: Path | None) -> bytes:
    where = f"{case.path / 'case.yaml'}: generate {recipe.get('path')!r}"
    if "binary" in recipe:
        spec = recipe["binary"]
        return bytes.fromhex(spec["hex"]) * int(spec.get("repeat", 1))
    if "gguf" in recipe:
        return _gguf_bytes({str(k): str(v) for k, v in recipe["gguf"].items()})
    if "from_corpus" in recipe:
        text = _corpus_text(corpus, recipe["from_corpus"])
    elif "from_file" in recipe:
        text = (case.path / recipe["from_file"]).read_text(encoding="utf-8")
    elif "text" in recipe:
        text = str(recipe["text"])
    else:
        raise ValueError(f"{where}: no source (from_corpus, from_file, text, binary, gguf)")
    text = _transform(text, recipe, corpus, where)
    data = text.encode(recipe.get("encoding", "utf-8"))
    if "pad_to" in recipe:
        filler = str(recipe.get("filler", "Lorem ipsum dolor sit amet. ")).encode()
        missing = int(recipe["pad_to"]) - len(data)
        data += filler * (missing // len(filler) + 1)
    return data


def _transform(text: str, recipe: Mapping[str, Any], corpus: Path | None, where: str) -> str:
    for step in recipe.get("replace") or ():
        old, new, count = str(step["old"]), str(step["new"]), int(step.get("count", 1))
        if old not in text:
            raise ValueError(f"{where}: {old!r} is not in the text")
        text = text.replace(old, new, count)
    if recipe.get("drop"):  # paragraphs taken out, each named by an anchor it holds
        paragraphs = re.split(r"\n\s*\n", text)
        for anchor in map(str, recipe["drop"]):
            held = [p for p in paragraphs if anchor in " ".join(p.split())]
            if len(held) != 1:
                raise ValueError(f"{where}: {len(held)} paragraphs hold {anchor!r}, not one")
            paragraphs.remove(held[0])
        text = "\n\n".join(paragraphs) + "\n"
    if "insert" in recipe:
        anchor, added = str(recipe["insert"]["after"]), str(recipe["insert"]["text"])
        at = text.find(anchor)
        if at < 0:
            raise ValueError(f"{where}: anchor {anchor!r} is not in the text")
        at += len(anchor)
        text = text[:at] + added + text[at:]
    if "prepend" in recipe:
        text = f"{recipe['prepend']}{text}"
    if "append" in recipe:
        text = f"{text}{recipe['append']}"
    if "append_corpus" in recipe:
        text = f"{text}{_corpus_text(corpus, recipe['append_corpus'])}"
    return text


def _gguf_bytes(keys: Mapping[str, str]) -> bytes:
    """A GGUF file with these string keys and no tensors, written by the gguf package."""
    import tempfile

    import gguf

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.gguf"
        writer = gguf.GGUFWriter(str(path), "llama")
        for key, value in keys.items():
            writer.add_string(key, value)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        return path.read_bytes()


def counts(cases: list[Case] | None = None) -> dict[str, tuple[int, int, int]]:
    """Per class folder: (cases, of which through the fake Hub too, of which xfail today)."""
    result: dict[str, tuple[int, int, int]] = {}
    for case in load_cases() if cases is None else cases:
        total, hub, xfail = result.get(case.group, (0, 0, 0))
        result[case.group] = (
            total + 1,
            hub + case.hub,
            xfail + (case.xfail is not None or case.xfail_hub is not None),
        )
    return result


def main(argv: list[str] | None = None) -> None:
    """Print the cases per class: `python -m tests.adversarial.cases [--markdown]`."""
    markdown = "--markdown" in (sys.argv[1:] if argv is None else argv)
    table = counts()
    rows: list[tuple[str, int, int, int]] = [(g, *table.get(g, (0, 0, 0))) for g in CLASSES]
    total, via_hub, marked = (sum(column) for column in zip(*table.values(), strict=True))
    rows.append(("total", total, via_hub, marked))
    if markdown:
        print("| class | cases | also via the Hub | xfail today |")
        print("|---|---:|---:|---:|")
        for group, cases, hub, xfail in rows:
            label = group if group == "total" else f"{group}: {CLASSES[group]}"
            print(f"| {label} | {cases} | {hub} | {xfail} |")
        return
    print(f"{'class':<26} {'cases':>5} {'hub':>4} {'xfail':>5}")
    for group, cases, hub, xfail in rows:
        print(f"{group:<26} {cases:>5} {hub:>4} {xfail:>5}")


if __name__ == "__main__":
    main()
