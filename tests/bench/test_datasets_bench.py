"""bench/datasets.py on a small Data Provenance-shaped snapshot written here, so the bench's
parsing and figures cannot rot while the real snapshot is absent from CI.

The expectations come from the licenses themselves: CC BY-NC 4.0 forbids commercial use, MIT
and Apache 2.0 allow it, CC BY-SA 4.0 allows it with share-alike, a license "for academic
research purposes only" confines use to research.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from auditor.knowledge.license_db import LicenseDB, load_license_db
from bench.datasets import (
    DPCError,
    Reading,
    main,
    measure,
    parse_classes,
    parse_summary,
    read_name,
)

CLASSES = {
    "MIT License": ["All", "1", "0"],
    "Apache License 2.0": ["All", "1", "0"],
    "CC BY-SA 4.0": ["All", "1", "1"],
    "CC BY-NC 4.0": ["NC", "1", "0"],
    "Academic Research Purposes Only": ["Acad", "1", "1"],
    "OpenAI": ["NC", "?", "?"],
    "Unspecified": ["Unspecified", "0", "0"],
}
CUSTOM = {"https://example.org/data-terms": ["Acad", "1", "0"]}
PARAPHRASES = {"CC BY-NC 4.0": ["cc-by-nc-4.0"], "MIT License": ["mit"]}


def entry(uid: str, licenses: list[tuple[str, str]], *, yaml: str = "", hub: str = "") -> Any:
    return {
        "Unique Dataset Identifier": uid,
        "Hugging Face URL": f"https://huggingface.co/datasets/{hub}" if hub else "",
        "Licenses": [{"License": n, "License URL": u} for n, u in licenses],
        "Inferred Metadata": {"HF Dataset": "", "HF Yaml License": yaml},
    }


SUMMARY = {
    # the card says MIT, the annotators found a non-commercial license: the dangerous case
    "mislabelled": entry("mislabelled", [("CC BY-NC 4.0", "")], yaml="MIT License", hub="a/one"),
    "agreeing": entry("agreeing", [("CC BY-SA 4.0", "")], yaml="CC BY-SA 4.0", hub="a/two"),
    # a provider's output terms beside a license: counted apart, the license decides
    "generated": entry("generated", [("OpenAI", ""), ("Apache License 2.0", "")], hub="a/three"),
    "custom": entry(
        "custom", [("Custom", "https://example.org/data-terms")], yaml="Unspecified", hub="a/four"
    ),
    "no-hub": entry("no-hub", [("CC BY-NC 4.0", "")], yaml="MIT License"),
}


@pytest.fixture(scope="module")
def db() -> LicenseDB:
    return load_license_db()


def test_summary_parsing_finds_hub_ids_licenses_and_yaml() -> None:
    datasets = parse_summary(json.dumps(SUMMARY).encode(), "s.json")
    by_uid = {d.uid: d for d in datasets}
    assert by_uid["mislabelled"].hub_id == "a/one"
    assert by_uid["no-hub"].hub_id is None
    assert by_uid["generated"].yaml is None
    assert by_uid["generated"].licenses == (("OpenAI", ""), ("Apache License 2.0", ""))


def test_bad_input_names_file_and_line() -> None:
    with pytest.raises(DPCError, match=r"s\.json:2"):
        parse_summary(b'{\n  "x": ,\n}', "s.json")
    with pytest.raises(DPCError, match="no Licenses list"):
        parse_summary(b'{"x": {"Licenses": 3}}', "s.json")
    assert parse_classes(json.dumps(CLASSES).encode(), "c.json")["CC BY-NC 4.0"] == "non-commercial"


def test_names_are_read_to_use_categories(db: LicenseDB) -> None:
    assert read_name("CC BY-NC 4.0", "", db).category == "non-commercial"
    assert read_name("Apache License 2.0", "", db).category == "commercial"
    assert read_name("Academic Research Purposes Only", "", db).category == "research-only"
    by_link = read_name("Custom", "https://creativecommons.org/licenses/by-nc/4.0/legalcode", db)
    assert (by_link.license_id, by_link.category) == ("CC-BY-NC-4.0", "non-commercial")
    assert read_name("Unspecified", "", db) == Reading(None, "unknown", None)


def test_figures_on_a_small_snapshot(db: LicenseDB) -> None:
    report = measure(
        parse_summary(json.dumps(SUMMARY).encode(), "s.json"),
        parse_classes(json.dumps(CLASSES).encode(), "c.json"),
        parse_classes(json.dumps(CUSTOM).encode(), "u.json"),
        PARAPHRASES,
        db,
        lambda n, u: read_name(n, u, db),
    )
    assert (report["datasets"], report["with_hub_id"]) == (5, 4)
    assert report["provider_terms"] == {"OpenAI": 1}
    names = report["names"]
    # CC BY-NC, CC BY-SA, Apache read right; the Custom terms at an unknown URL are not read
    assert (names["occurrences"], names["agreed"]) == (4, 3)
    assert names["misses"][0]["dpc"] == "research-only"
    assert report["paraphrases"]["agreed"] == 2
    yaml = report["yaml"]
    assert (yaml["with_yaml"], yaml["same_id"]) == (3, 1)
    assert [d["dataset"] for d in yaml["dangerous"]] == ["a/one"]


def test_main_writes_results_and_skips_without_a_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--mirror", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
    (tmp_path / "data_summaries").mkdir()
    (tmp_path / "constants").mkdir()
    (tmp_path / "data_summaries" / "s.json").write_text(json.dumps(SUMMARY))
    for name, doc in (
        ("license_classes", CLASSES),
        ("custom_license_classes", CUSTOM),
        ("license_paraphrases", PARAPHRASES),
    ):
        (tmp_path / "constants" / f"{name}.json").write_text(json.dumps(doc))
    out = tmp_path / "r.json"
    assert main(["--mirror", str(tmp_path), "--json", str(out), "--quiet"]) == 0
    assert json.loads(out.read_text())["yaml"]["dangerous"][0]["dataset"] == "a/one"
    assert "| a/one |" in out.with_suffix(".md").read_text()
