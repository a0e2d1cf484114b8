"""A Creative Commons license is read by its variant, whatever its version or port.

Expectations come from the CC licenses themselves: a license with the NonCommercial element
forbids commercial use (non-commercial); ShareAlike without it lets anyone use the material
commercially but adaptations must be shared under the same terms (copyleft-oss); NoDerivatives
without NonCommercial allows commercial use but not sharing adaptations (in our vocabulary
open-weight-restricted: neither permissive nor copyleft); Attribution alone is permissive; CC0
waives the rights (the CC0-1.0 record). The element names changed across versions (NoDerivs in
1.0-3.0, NoDerivatives in 4.0; 1.0 puts NoDerivs before NonCommercial) and the suffix too
(1.0 none, 2.0/2.5 Generic, 3.0 Unported, 4.0 International); the kind does not.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, load_license_db
from auditor.licenses.cc_elements import cc_elements
from auditor.licenses.declared import identify_declared
from auditor.licenses.text.identify import identify_text
from auditor.model import Declared, LicenseMatch
from auditor.model.kinds import LicenseKind
from auditor.resources import license_db_dir

# variant code -> (its elements as CC names them in 1.0-3.0, the kind the license's terms give)
VARIANTS = {
    "by": ("Attribution", "permissive-oss"),
    "by-sa": ("Attribution-ShareAlike", "copyleft-oss"),
    "by-nc": ("Attribution-NonCommercial", "non-commercial"),
    "by-nc-sa": ("Attribution-NonCommercial-ShareAlike", "non-commercial"),
    "by-nd": ("Attribution-NoDerivs", "open-weight-restricted"),
    "by-nc-nd": ("Attribution-NonCommercial-NoDerivs", "non-commercial"),
}
VERSIONS = {
    "1.0": "",
    "2.0": " Generic",
    "2.5": " Generic",
    "3.0": " Unported",
    "4.0": " International",
}
ELEMENTS = {code: frozenset(code.split("-")) for code in VARIANTS}


def title_words(code: str, version: str) -> str:
    """The variant's own words at that version (4.0 says NoDerivatives; 1.0 ND-NC)."""
    said = VARIANTS[code][0]
    if version == "4.0":
        said = said.replace("NoDerivs", "NoDerivatives")
    if version == "1.0" and code == "by-nc-nd":
        said = "Attribution-NoDerivs-NonCommercial"
    return said


def db() -> LicenseDB:
    return load_license_db()


def named_record(match: LicenseMatch, licenses: LicenseDB) -> LicenseRecord | None:
    """The record the match is, or the one it is derived from."""
    return licenses.get(match.id or "") or licenses.get(match.derived_from or "")


def assert_reads_as(match: LicenseMatch | None, code: str, licenses: LicenseDB) -> None:
    assert match is not None
    assert match.kind is not None and match.kind.value == VARIANTS[code][1], (match, code)
    record = named_record(match, licenses)
    assert record is not None, match
    assert record.family == "cc" and cc_elements(record.name) == ELEMENTS[code], (match, code)


CASES = [(code, version) for code in VARIANTS for version in VERSIONS]


@pytest.mark.parametrize(("code", "version"), CASES)
def test_a_title_gets_its_variants_kind_at_every_version(code: str, version: str) -> None:
    title = f"Creative Commons {title_words(code, version)} {version}{VERSIONS[version]} License"
    assert_reads_as(identify_text(title, db=db()).match, code, db())


@pytest.mark.parametrize(("code", "version"), CASES)
def test_a_hub_tag_and_an_spdx_id_get_their_variants_kind(code: str, version: str) -> None:
    for tag in (f"cc-{code}-{version}", f"CC-{code.upper()}-{version}"):
        assert_reads_as(identify_declared(Declared(license=tag), db()), code, db())


@pytest.mark.parametrize(("code", "version"), CASES)
def test_a_short_name_and_a_license_name_get_their_variants_kind(code: str, version: str) -> None:
    short = f"CC {code.upper()} {version}"
    assert_reads_as(identify_declared(Declared(license=short), db()), code, db())
    title = f"Creative Commons {title_words(code, version)} {version}{VERSIONS[version]}"
    declared = Declared(license="other", license_name=title)
    assert_reads_as(identify_declared(declared, db()), code, db())


PORTED = [
    ("CC-BY-SA-3.0-DE", "by-sa"),
    ("CC-BY-NC-SA-2.0-FR", "by-nc-sa"),
    ("CC-BY-3.0-IGO", "by"),
    ("CC-BY-NC-ND-3.0-IGO", "by-nc-nd"),
    ("cc-by-nc-sa-3.0-igo", "by-nc-sa"),
    ("CC-BY-ND-2.5-AU", "by-nd"),
    ("CC BY-SA 3.0 ES", "by-sa"),
    ("CC BY-NC 2.5 CA", "by-nc"),
]


@pytest.mark.parametrize(("tag", "code"), PORTED)
def test_a_ported_or_igo_license_gets_its_variants_kind(tag: str, code: str) -> None:
    match = identify_declared(Declared(license=tag), db())
    assert_reads_as(match, code, db())
    assert match is not None and match.id not in {r.id for r in db().records.values()}, (
        "a port is a license of its own, not the unported record"
    )


PORTED_NAMES = [
    ("Creative Commons Attribution-ShareAlike 3.0 Spain", "by-sa"),
    ("Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO", "by-nc-sa"),
    ("Creative Commons Attribution-NoDerivs 2.5 Australia", "by-nd"),
    ("Creative Commons Attribution-NonCommercial 2.0 France", "by-nc"),
]


@pytest.mark.parametrize(("name", "code"), PORTED_NAMES)
def test_a_ported_title_or_license_name_gets_its_variants_kind(name: str, code: str) -> None:
    # a document's title says License; a bare name is read as a declared license name
    assert_reads_as(identify_text(f"{name} License", db=db()).match, code, db())
    declared = Declared(license="other", license_name=name)
    assert_reads_as(identify_declared(declared, db()), code, db())


# The benchmark's findings (bench/results/datasets-2026-11-26.md): each read another variant.
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Creative Commons Attribution-NonCommercial 3.0 Unported License", "by-nc"),
        ("Creative Commons Attribution-NoDerivs 3.0 Unported License", "by-nd"),
        ("Creative Commons Attribution-ShareAlike 3.0 Unported License", "by-sa"),
        ("License: CC-BY-SA-3.0", "by-sa"),
        ("License: CC BY-NC-SA 2.5", "by-nc-sa"),
    ],
)
def test_the_benchmarks_misreadings(name: str, code: str) -> None:
    assert_reads_as(identify_text(name, db=db()).match, code, db())


@pytest.mark.parametrize(
    "name",
    ["cc0-1.0", "CC0 1.0", "CC0", "Creative Commons Zero v1.0 Universal", "CC0 1.0 Universal"],
)
def test_cc0_is_its_record(name: str) -> None:
    match = identify_declared(Declared(license=name), db())
    assert match is not None and match.id == "CC0-1.0"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CC-BY-NC-SA-4.0", {"by", "nc", "sa"}),
        ("cc by nc 3.0", {"by", "nc"}),
        ("Creative Commons Attribution Non Commercial No Derivatives 3.0", {"by", "nc", "nd"}),
        ("Attribution-NoDerivs-NonCommercial 1.0", {"by", "nc", "nd"}),
        ("Creative Commons Attribution-Share Alike 3.0", {"by", "sa"}),
        ("Creative Commons NonCommercial 4.0", {"by", "nc"}),  # every 2.0+ license has BY
        ("Creative Commons Zero v1.0 Universal", {"zero"}),
        ("CC0-1.0", {"zero"}),
        ("Creative Commons", set()),
        ("Apache License 2.0", None),
        ("Open Data Commons Attribution License v1.0", None),  # attribution is no CC word alone
        ("Acme S.A. Model License (NC use)", None),  # abbreviations count beside CC only
        # after a CC mark an element's letters count standing alone, not only in a chain
        ("creative commons attribution nc 4.0", {"by", "nc"}),
        ("Creative Commons Attribution 4.0 (NC)", {"by", "nc"}),
        ("CC Attribution SA 3.0", {"by", "sa"}),
        ("Creative Commons Attribution 4.0 International", {"by"}),
        ("Creative Commons Attribution 4.0, by Acme", {"by"}),
    ],
)
def test_the_elements_a_name_carries(name: str, expected: set[str] | None) -> None:
    found = cc_elements(name)
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("creative commons attribution nc 4.0", "by-nc"),
        ("Creative Commons Attribution ND 4.0", "by-nd"),
        ("creative commons attribution nc sa 4.0", "by-nc-sa"),
        ("Creative Commons Attribution 4.0", "by"),  # the lawful twin: no element added
    ],
)
def test_a_license_name_with_loose_element_letters_keeps_them(name: str, code: str) -> None:
    declared = Declared(license="other", license_name=name)
    assert_reads_as(identify_declared(declared, db()), code, db())


def test_every_cc_record_has_one_variant_across_its_names() -> None:
    for record in db().records.values():
        if record.family != "cc":
            continue
        seen = {cc_elements(n) for n in (record.name, *record.aliases, record.id)} - {None}
        assert len(seen) == 1, (record.id, seen)


def test_a_variant_the_database_lacks_borrows_no_other_variants_kind(tmp_path: Path) -> None:
    """With no BY-NC record at all, a BY-NC title must not be read as BY or BY-NC-SA."""
    (tmp_path / "licenses").mkdir()
    shutil.copy(license_db_dir() / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    for stem in ("cc-by-4.0", "cc-by-nc-sa-4.0", "cc-by-sa-4.0", "mit"):
        shutil.copy(license_db_dir() / "licenses" / f"{stem}.yaml", tmp_path / "licenses")
    small = load_license_db(tmp_path)
    for name in (
        "Creative Commons Attribution-NonCommercial 3.0 Unported License",
        "License: CC-BY-NC-3.0",
    ):
        match = identify_text(name, db=small).match
        assert match is None or match.kind is None, match
    # The tag is an SPDX id ScanCode's LicenseDB knows: its own identity and kind, never a
    # curated neighbour's (BY or BY-NC-SA).
    declared = identify_declared(Declared(license="cc-by-nc-3.0"), small)
    assert declared is not None and declared.id == "CC-BY-NC-3.0", declared
    assert declared.kind in (None, LicenseKind.NON_COMMERCIAL), declared


@pytest.mark.parametrize(
    "name", ["No License", "Non Commercial", "Research and Academic Use License"]
)
def test_a_name_of_no_cc_variant_borrows_no_cc_kind(name: str) -> None:
    """`No` and `Academic` are words of some records' names, never a license of their own."""
    match = identify_text(name, db=db()).match
    assert match is None or match.kind is None or match.kind.value == "non-commercial", match
    assert match is None or match.id is None or not match.id.startswith("CC-"), match
