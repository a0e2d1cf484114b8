"""The ScanCode reference index: build, load, lookup, kinds, curated override, lazy loading.

The texts below are fictional licenses written for these tests, in ScanCode's `.LICENSE`
shape (YAML front matter, then the text), so no ScanCode install is needed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditor.errors import LicenseDBError
from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.fingerprint import shingle_hashes
from auditor.licenses.text.normalize import tokens
from auditor.licenses.text.reference_build import (
    build_reference_index,
    read_license_folder,
)
from auditor.licenses.text.reference_index import (
    MAGIC,
    ReferenceIndex,
    kind_of,
    load_reference_index,
    parse_reference_index,
)
from auditor.licenses.text.reference_lookup import IndexMatch, identify_in_index
from auditor.model.kinds import LicenseKind

ROOT = Path(__file__).resolve().parents[3]

ORCHARD = """The Orchard Sharing License

Anyone who receives these apples of code may plant, graft, prune and hand them on to
neighbours, for money or for nothing, as long as a small wooden sign naming the first
gardener stays nailed beside every tree grown from them. The gardener gives no promise
that the fruit is sweet, and is not to blame for sour harvests, broken ladders or any
other misfortune that follows from eating, selling or planting it.
"""

LIGHTHOUSE = """The Lighthouse Keepers Reciprocal License

Every keeper who changes the lamp, the lens or the logbook of this lighthouse must hand
the changed plans to any ship that asks, under these very same terms, and may not add
any rule that dims the light for later keepers. Ships may copy the plans freely. The
keepers promise nothing about storms, and no keeper answers for wrecks, fog or gulls.
"""

KITCHEN = """The Quiet Kitchen Non-Commercial Recipe License

You may cook these recipes at home, for friends, for a school fair or for study, but
you may not sell the dishes, serve them in a paid restaurant, or use them in any
venture that earns money, unless the head cook agrees in writing beforehand. Recipes
are shared as they are, and the cook is not liable for burnt pans or spoiled dinners.
"""

TWO_RULES = """Redistribution of the lantern designs, with or without changes, is allowed
if the two rules below are kept. One: copies of the designs keep this list of rules and
the notice of who drew them first. Two: printed copies repeat the same rules in the papers
that come with them. The designs come as they are; whoever drew them answers for no damage
of any kind, whether to lanterns, tents, or the people holding them at night.
"""

NOTICE = "This garden is shared under the Orchard Sharing License; see https://example.org/orchard"

FILES = {
    "orchard-sharing": (
        "Orchard Sharing License",
        "Permissive",
        "LicenseRef-scancode-orchard-sharing",
        ORCHARD,
        "",
    ),
    "lighthouse-reciprocal": (
        "Lighthouse Keepers Reciprocal License",
        "Copyleft",
        "LicenseRef-scancode-lighthouse-reciprocal",
        LIGHTHOUSE,
        "",
    ),
    "quiet-kitchen-nc": (
        "Quiet Kitchen Non-Commercial Recipe License",
        "Proprietary Free",
        "LicenseRef-scancode-quiet-kitchen-nc",
        KITCHEN,
        "",
    ),
    # the key a curated record names: its identity must come from the record
    "bsd-simplified": ("Lantern Two Rules", "Permissive", "BSD-2-Clause", TWO_RULES, ""),
    "orchard-notice": ("Orchard Sharing Notice", "Permissive", None, NOTICE, ""),
    "orchard-exception": (
        "Orchard Grafting Exception",
        "Permissive",
        None,
        ORCHARD.replace("Orchard", "Grafted"),
        "is_exception: yes\n",
    ),
    "no-text-at-all": ("Nothing Stated", "Unstated License", None, "", "is_unknown: yes\n"),
}


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for key, (name, category, spdx, text, extra) in FILES.items():
        front = f"---\nkey: {key}\nshort_name: {name}\nname: {name}\ncategory: {category}\n"
        front += f"spdx_license_key: {spdx}\n" if spdx else ""
        front += extra + "---\n"
        (folder / f"{key}.LICENSE").write_text(front + (f"\n{text}" if text else ""), "utf-8")
    return folder


@pytest.fixture
def tiny(tmp_path: Path) -> ReferenceIndex:
    texts = read_license_folder(write_folder(tmp_path / "licenses"))
    return parse_reference_index(build_reference_index(texts, source={"name": "test"}))


def identify(text: str, index: ReferenceIndex) -> IndexMatch | None:
    words = tokens(text)
    return identify_in_index(
        words,
        shingle_hashes(words),
        load_license_db(),
        threshold=0.9,
        modified_cap=0.7,
        index=index,
    )


def test_every_key_is_indexed_with_its_identity(tiny: ReferenceIndex) -> None:
    assert {r.key for r in tiny.references} == set(FILES)
    orchard = tiny.get("orchard-sharing")
    assert orchard is not None
    assert orchard.name == "Orchard Sharing License"
    assert orchard.license_id == "LicenseRef-scancode-orchard-sharing"
    assert orchard.form == "text"
    assert tiny.get("orchard-notice").form == "notice"  # type: ignore[union-attr]
    assert tiny.get("orchard-exception").form == "exception"  # type: ignore[union-attr]
    empty = tiny.get("no-text-at-all")
    assert empty is not None and empty.words == 0 and empty.form == "reference"
    assert empty.license_id == "LicenseRef-scancode-no-text-at-all"


def test_a_text_is_found_by_its_key(tiny: ReferenceIndex) -> None:
    found = identify(LIGHTHOUSE, tiny)
    assert found is not None and found.exact
    assert found.match.id == "LicenseRef-scancode-lighthouse-reciprocal"
    assert found.match.scancode == "lighthouse-reciprocal"
    assert found.match.kind is LicenseKind.COPYLEFT_OSS
    assert (found.match.method, found.match.confidence) == ("text-exact", 1.0)


def test_a_rewrapped_titled_copy_is_similar_with_full_confidence(tiny: ReferenceIndex) -> None:
    text = "Copyright (c) 2031 Example Growers\n\n" + " ".join(ORCHARD.split())
    found = identify("# Our orchard terms\n\n" + text, tiny)
    assert found is not None and found.reference.key == "orchard-sharing"
    assert found.match.method in {"text-exact", "text-similar"}
    assert found.match.confidence == 1.0


def test_an_added_rule_makes_a_modified_match(tiny: ReferenceIndex) -> None:
    added = (
        " Nobody may plant these apples in a commercial orchard holding more than five hundred"
        " trees without a separate written agreement with the first gardener."
    )
    found = identify(ORCHARD.replace("stays nailed", "stays nailed" + added, 1), tiny)
    assert found is not None and found.reference.key == "orchard-sharing"
    assert found.match.method == "text-modified"
    assert found.match.confidence <= 0.7


def test_an_unrelated_text_is_not_matched(tiny: ReferenceIndex) -> None:
    assert identify("Bring your own chairs to the meeting on Thursday evening.", tiny) is None


@pytest.mark.parametrize(
    ("category", "name", "kind"),
    [
        ("Permissive", "Anything License", LicenseKind.PERMISSIVE_OSS),
        ("Public Domain", "Dedication", LicenseKind.PERMISSIVE_OSS),
        ("Copyleft", "Share Alike", LicenseKind.COPYLEFT_OSS),
        ("Copyleft Limited", "Weak Share", LicenseKind.COPYLEFT_OSS),
        ("Free Restricted", "Field of Use License", LicenseKind.OPEN_WEIGHT_RESTRICTED),
        ("Proprietary Free", "Vendor Model License", LicenseKind.PROPRIETARY_TERMS),
        ("Proprietary Free", "Vendor Non-Commercial License", LicenseKind.NON_COMMERCIAL),
        ("Proprietary Free", "Vendor Research License", LicenseKind.RESEARCH_ONLY),
        ("Free Restricted", "Some OpenRAIL-M", LicenseKind.RAIL),
        ("Commercial", "Paid EULA", LicenseKind.PROPRIETARY_TERMS),
        ("Something New", "Unknown Category", LicenseKind.PROPRIETARY_TERMS),  # fails closed
        ("Permissive", "Research Friendly Permissive", LicenseKind.PERMISSIVE_OSS),
    ],
)
def test_category_maps_to_kind(category: str, name: str, kind: LicenseKind) -> None:
    assert kind_of(category, name) is kind


def test_named_restriction_sets_the_kind(tiny: ReferenceIndex) -> None:
    found = identify(KITCHEN, tiny)
    assert found is not None and found.match.kind is LicenseKind.NON_COMMERCIAL


def test_curated_record_takes_over_a_key_it_names(tiny: ReferenceIndex) -> None:
    record = load_license_db().get("BSD-2-Clause")
    assert record is not None and record.scancode == "bsd-simplified"
    found = identify(TWO_RULES, tiny)
    assert found is not None
    assert (found.match.id, found.match.name, found.match.kind) == (
        record.id,
        record.name,
        record.kind,
    )
    assert found.match.hf == record.hf


def test_build_is_deterministic(tmp_path: Path) -> None:
    texts = read_license_folder(write_folder(tmp_path / "licenses"))
    assert build_reference_index(texts, source={}) == build_reference_index(
        list(reversed(texts)), source={}
    )


def test_broken_or_stale_index_is_refused(tmp_path: Path) -> None:
    data = build_reference_index(
        read_license_folder(write_folder(tmp_path / "licenses")), source={}
    )
    with pytest.raises(LicenseDBError):
        parse_reference_index(b"not an index" + data)
    with pytest.raises(LicenseDBError):
        parse_reference_index(data[:-3])
    stale = data.replace(b'"normalizer_version":', b'"normalizer_version":9', 1)
    with pytest.raises(LicenseDBError):
        parse_reference_index(stale)
    assert data.startswith(MAGIC)


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LicenseDBError):
        read_license_folder(tmp_path)


def test_shipped_index_loads_with_every_scancode_key() -> None:
    index = load_reference_index()
    assert len(index.references) >= 2500
    assert index.source.get("data_license") == "CC-BY-4.0"
    for key, kind in [
        ("mit", LicenseKind.PERMISSIVE_OSS),
        ("gpl-3.0", LicenseKind.COPYLEFT_OSS),
        ("cc-by-nc-4.0", LicenseKind.NON_COMMERCIAL),
    ]:
        reference = index.get(key)
        assert reference is not None and reference.words > 0, key
        assert reference.kind is kind or key == "cc-by-nc-4.0"
    assert (ROOT / "license_db" / "NOTICE-scancode-licensedb.md").is_file()


def test_every_hash_is_found_in_place_and_no_other(tiny: ReferenceIndex) -> None:
    hashes = list(tiny.hashes)
    assert hashes == sorted(set(hashes))
    assert [tiny.slot(h) for h in hashes] == list(range(len(hashes)))
    known = set(hashes)
    edges = [0, 1, 2**63, 2**64 - 1, *(h + 1 for h in hashes), *(h - 1 for h in hashes if h)]
    assert all(tiny.slot(h) is None for h in edges if h not in known)


def test_the_shipped_index_is_mapped_not_copied() -> None:
    index = load_reference_index()
    for values in (index.hashes, index.sequence, index.postings):
        assert isinstance(values, memoryview) and values.readonly
    sample = index.sample(index.by_key["mit"])
    assert sample and all(index.slot(index.hashes[s]) == s for s in sample)
    assert len(index.buckets) == 2**14 + 1 and index.buckets[-1] == len(index.hashes)


def test_an_index_file_that_cannot_be_read_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "reference_index.bin"
    empty.write_bytes(b"")
    with pytest.raises(LicenseDBError, match=r"reference_index\.bin"):
        load_reference_index(empty)
    with pytest.raises(LicenseDBError, match="cannot be read"):
        load_reference_index(tmp_path / "missing.bin")


def test_curated_scancode_keys_exist_in_the_shipped_index() -> None:
    index = load_reference_index()
    stale = [
        (r.id, r.scancode)
        for r in load_license_db().records.values()
        if r.scancode and index.get(r.scancode) is None
    ]
    assert not stale


def test_warm_path_does_not_import_the_index() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "auditor", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "auditor.licenses.text.reference_index" not in imported
    assert "auditor.licenses.text.identify" not in imported
