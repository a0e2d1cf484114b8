"""A grant withheld from a class of licensee by what it is (session 40, held-out round U):
`excluded_licensee_types`, and the rule `licensee-type-excluded` (block) for an organization of
that kind. Sentences are ours. Twins: a class that may use the model, a class that must only
register or credit, rights withheld in something else (trademarks), a use banned whoever makes
it ("no military use", `use_restrictions`), a part of a class a qualifier names ("government
agencies of sanctioned countries"), and "other than" trimming a list of uses, not of licensees.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from auditor.api import AuditOptions, audit_manifest
from auditor.licenses.terms.combine import TermSource, merge_key
from auditor.licenses.terms.extract import extract_terms
from auditor.sources.hub import HubOptions

_GRANT = "1. Wrenfield Labs grants you a free licence to use, modify and ship it commercially.\n"


def _types(clause: str) -> list[str]:
    value = extract_terms(f"WRENFIELD MODEL LICENCE\n\n{_GRANT}2. {clause}\n")[
        "excluded_licensee_types"
    ].value
    return list(value) if isinstance(value, list) else []


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        (
            "Public authorities, their departments and police forces get no rights under this "
            "licence; a public authority must agree separate terms with us before any use.",
            ["government"],
        ),
        ("This licence is not granted to any ministry or military organisation.", ["government"]),
        ("No licence is extended to governmental bodies of any kind.", ["government"]),
        ("The weights may not be used by or on behalf of a state agency.", ["government"]),
        ("If you are a municipal authority, this licence gives you no rights.", ["government"]),
        ("Any person or entity other than a university may take up this licence.", ["academic"]),
        (
            "Registered charities and NGOs do not receive any rights under these terms.",
            ["non-profit"],
        ),
        ("Police forces therefore get no licence under these terms.", ["government"]),
        ("Licences go to companies and individuals other than colleges.", ["academic"]),
        (
            "You confirm that you are not a government entity or a college.",
            ["academic", "government"],
        ),
    ],
)
def test_a_class_denied_rights_by_what_it_is_is_read(clause: str, kinds: list[str]) -> None:
    assert _types(clause) == kinds


@pytest.mark.parametrize(
    "clause",
    [
        # the same classes, included or only asked to do something
        "Public authorities, their departments and police forces may use the model too.",
        "Government agencies are not excluded from this licence.",
        "Nothing in these terms excludes police forces.",
        "Public bodies must notify us before their first deployment.",
        "Universities must credit Wrenfield in any paper that uses the model.",
        # rights withheld in something else
        "State agencies receive no rights in the Wrenfield name or logo.",
        "Ministries receive no rights to sublicense the model.",
        # a use banned whoever makes it
        "No military use.",
        "You may not use the model for military or police purposes.",
        "You may use the model for any purpose other than government surveillance.",
        "Anyone may run it in places other than colleges.",
        "Universities and companies may not use the model to build weapons.",
        # a part of the class only
        "This licence does not extend to government agencies of sanctioned countries.",
        # a further licence for one use only
        "Universities must obtain a separate licence for commercial use.",
    ],
)
def test_a_class_included_or_a_use_banned_is_no_exclusion(clause: str) -> None:
    assert _types(clause) == []


def test_the_route_is_quoted_beside_the_exclusion() -> None:
    text = (
        f"WRENFIELD MODEL LICENCE\n\n{_GRANT}"
        "2. Governments and their agencies receive no rights under this licence.\n"
        "3. To use the model, a public body must first sign a separate agreement with us.\n"
    )
    term = extract_terms(text)["excluded_licensee_types"]
    assert term.value == ["government"]
    quoted = " ".join(e.text for e in term.evidence)
    assert "receive no rights" in quoted
    assert "separate agreement" in quoted


def test_a_class_exclusion_makes_the_grant_no_permissive_licence() -> None:
    text = f"WRENFIELD MODEL LICENCE\n\n{_GRANT}2. Armed forces receive no rights under it.\n"
    assert extract_terms(text)["kind"].value == "open-weight-restricted"
    twin = f"WRENFIELD MODEL LICENCE\n\n{_GRANT}2. Armed forces may use it too.\n"
    assert extract_terms(twin)["kind"].value == "permissive-oss"


def test_over_a_lineage_the_union_binds() -> None:
    own = TermSource({"excluded_licensee_types": []}, {})
    parent = TermSource({"excluded_licensee_types": ["government"]}, {}, depth=1)
    other = TermSource({"excluded_licensee_types": ["academic"]}, {}, depth=1)
    assert merge_key("excluded_licensee_types", [own, parent])[0] == ["government"]
    assert merge_key("excluded_licensee_types", [own, parent, other])[0] == [
        "academic",
        "government",
    ]


# --- the rule, end to end ---------------------------------------------------------------------

_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
_LICENCE = (
    "WRENFIELD MODEL LICENCE\n\n"
    f"{_GRANT}"
    "2. Governments, their agencies and armed forces receive no rights under this licence; a\n"
    "public body must sign separate terms with us first.\n"
)
_RULE = "licensee-type-excluded"


def _rules(tmp_path: Path, organization: dict[str, str], waived: tuple[str, ...] = ()) -> set[str]:
    model = tmp_path / "model"
    model.mkdir(parents=True)
    (model / "LICENSE").write_text(_LICENCE, encoding="utf-8")
    waivers = [
        {
            "model": "./model",
            "rule": rule,
            "reason": "Counsel reviewed the licence; separate terms signed",
            "approved_by": "legal@example.org",
            "expires": "2027-06-30",
        }
        for rule in ("license-unidentified", *waived)
    ]
    manifest = {
        "version": 1,
        "organization": {"name": "Example", "domicile": "US", **organization},
        "deployment": {"distribution": "internal", "use_cases": ["internal-analytics"]},
        "models": [{"ref": "./model", "hosting": "self-hosted"}],
        "waivers": waivers,
    }
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    options = AuditOptions(
        hub=HubOptions(offline=True, cache_dir=tmp_path / "hf"),
        policy="default",
        clock=lambda: _NOW,
        cache_dir=tmp_path / "analysis",
        use_cache=False,
        jobs=1,
        suggest_alternatives=False,
    )
    (result,) = audit_manifest(tmp_path / "manifest.yaml", options).models
    return {f.rule for f in result.findings if not f.waived}


def test_a_government_organization_is_blocked_and_a_company_is_not(tmp_path: Path) -> None:
    assert _RULE in _rules(tmp_path / "a", {"type": "government"})
    assert _RULE not in _rules(tmp_path / "b", {"type": "company"})
    assert _RULE not in _rules(tmp_path / "c", {})  # company when unstated


def test_a_live_waiver_recording_the_separate_terms_excuses_it(tmp_path: Path) -> None:
    assert _RULE not in _rules(tmp_path, {"type": "government"}, waived=(_RULE,))


def test_a_definition_naming_a_class_by_other_than_leaves_no_one_out() -> None:
    defined = '"Business Entity" means any person or entity other than a government body.'
    assert _types(defined) == []
    assert _types("The licence is not granted to any government body.") == ["government"]
