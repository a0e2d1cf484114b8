"""The readers never reach back into the source stage: analysis takes the evidence list the
source stage gathered (`SourceSnapshot.evidence`, model/evidence.py), so nothing under
licenses/, lineage/, policy/ or pipeline/analyse.py imports `auditor.sources` (issue 31)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

ANALYSIS = (
    "auditor/licenses",
    "auditor/lineage",
    "auditor/training",
    "auditor/policy",
    "auditor/pipeline/analyse.py",
)
"""The analysis side: the readers and the step that runs them on one snapshot."""

IO_EDGES = {
    "auditor/licenses/files.py": "`auditor identify` reads the files it is given itself",
}
"""Modules of the analysis side that are an input edge of their own, and why."""


def _package(path: Path) -> str:
    """The package a module's relative imports start from."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1])


def source_imports(text: str, package: str) -> list[tuple[int, str]]:
    """(line, imported name) for each import of `auditor.sources` in the text of a module of
    `package`, however spelled: `import auditor.sources.x`, `from auditor.sources.x import y`,
    `from auditor import sources`, relative imports, and imports inside functions."""
    found = []
    parts = package.split(".")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*parts[: len(parts) + 1 - node.level], *base.split(".")])
            names = [base.strip("."), *(f"{base}.{alias.name}".strip(".") for alias in node.names)]
        else:
            continue
        hits = [
            name
            for name in names
            if name == "auditor.sources" or name.startswith("auditor.sources.")
        ]
        if hits:
            found.append((node.lineno, hits[0]))
    return found


def _analysis_files() -> list[Path]:
    files: list[Path] = []
    for part in ANALYSIS:
        path = ROOT / part
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def test_analysis_never_imports_the_source_stage() -> None:
    offending = []
    for path in _analysis_files():
        relative = path.relative_to(ROOT).as_posix()
        if relative in IO_EDGES:
            continue
        for line, name in source_imports(path.read_text(encoding="utf-8"), _package(path)):
            offending.append(f"{relative}:{line} imports {name}")
    assert not offending, "the analysis side reaches back into sources/:\n" + "\n".join(offending)


def test_the_check_sees_every_spelling_of_such_an_import() -> None:
    text = (
        "import auditor.sources.card\n"
        "from auditor.sources.declared import declared_pieces\n"
        "from auditor import sources\n"
        "from ...sources import base\n"
        "def f():\n"
        "    from auditor.sources.card_documents import card_documents\n"
        "from auditor.model.evidence import declaration\n"
        "from auditor.licenses import sources_of_truth\n"
    )
    found = source_imports(text, "auditor.licenses.terms")
    assert [line for line, _ in found] == [1, 2, 3, 4, 6]


def test_the_io_edges_exist_and_the_analysis_side_is_not_empty() -> None:
    files = {path.relative_to(ROOT).as_posix() for path in _analysis_files()}
    assert set(IO_EDGES) <= files
    assert "auditor/pipeline/analyse.py" in files and len(files) > 50
