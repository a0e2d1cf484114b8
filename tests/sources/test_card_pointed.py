"""A document the card names as the model's terms is a license document whatever its name or
wording (sources/card_pointed.py, read by extra_evidence.py); one it names so that the repo
lacks, or that is left past the bound, is `license-document-unread`, never silence. Texts
written for these tests; expectations from what each says.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import audit_options
from auditor.model import ModelResult, ParsedCard, SourceKind, Target, Verdict
from auditor.model.core import FrontMatterState
from auditor.model.deployment import Deployment
from auditor.pipeline.run import audit
from auditor.sources.base import parse_target
from auditor.sources.card_pointed import MAX_CARD_POINTED, card_pointers
from auditor.sources.hub import HubOptions, fetch_hub_snapshot
from auditor.sources.local import read_local_snapshot
from tests.fakehub import FakeHub

APACHE = "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n"

GUARDRAILS = """# Heron-2B guardrails

Heron Labs Oy offers Heron-2B under the Apache License 2.0 on top of which these rules apply;
keep them when you share the weights. Heron-2B must not be used:

- to give medical advice or to interpret medical results;
- to decide automatically on a person's access to credit or housing.
"""


def _card(body: str) -> ParsedCard:
    return ParsedCard(
        metadata={"license": "apache-2.0"},
        body=body,
        body_line=4,
        state=FrontMatterState.OK,
        key_lines={"license": 2},
    )


def _paths(body: str, listed: list[str]) -> tuple[list[str], list[str]]:
    present, missing = card_pointers(_card(body), listed, set())
    return [p.path for p in present], [m.path for m in missing]


LISTED = ["README.md", "LICENSE", "USE_RESTRICTIONS.md", "docs/rules-of-use.md", "REGELN.txt"]
LISTED += ["TRAINING.md", "CONTRIBUTING.md", "config.json"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "# W\n\nApache 2.0 subject to the restrictions in USE_RESTRICTIONS.md.\n",
            ["USE_RESTRICTIONS.md"],
        ),
        (  # paraphrase: a link, a relative path, "conditions"
            "# Pelican-1B\n\nBy using Pelican you accept the conditions set out in our\n"
            "[rules of use](./docs/rules-of-use.md). Weights: 1B parameters.\n",
            ["docs/rules-of-use.md"],
        ),
        (  # German, the name without its suffix in capitals
            "# Reiher\n\nDie Nutzung unterliegt den Bedingungen in REGELN.\n",
            ["REGELN.txt"],
        ),
        (  # any sentence of a License section
            "# M\n\n## Licence\n\nRead USE_RESTRICTIONS.md before you deploy.\n",
            ["USE_RESTRICTIONS.md"],
        ),
    ],
)
def test_a_document_the_card_names_as_terms_is_pointed_to(body: str, expected: list[str]) -> None:
    assert _paths(body, LISTED) == (expected, [])


@pytest.mark.parametrize(
    "body",
    [
        "# M\n\nTraining details are in TRAINING.md; see CONTRIBUTING.md to help.\n",
        "# M\n\n## Training\n\nSee TRAINING.md. The config is config.json.\n",
        "# M\n\n```\ncat USE_RESTRICTIONS.md  # the license terms\n```\n",  # code is not prose
    ],
)
def test_a_document_named_outside_any_terms_is_not(body: str) -> None:
    assert _paths(body, LISTED) == ([], [])


def test_a_document_named_as_terms_that_the_repo_lacks_is_missing() -> None:
    body = (
        "# M\n\nMIT, with the extra conditions in ADDITIONAL_CONDITIONS.md.\n"
        "See https://example.com/docs/terms.md and LICENSE.md for more terms.\n"
    )
    # a web address is no file of the repo; LICENSE.md is license_unread's to report
    assert _paths(body, LISTED) == ([], ["ADDITIONAL_CONDITIONS.md"])


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "model"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _snapshot_files(root: Path) -> tuple[dict[str, str | None], list[str]]:
    target = Target(text=str(root), kind=SourceKind.LOCAL, location=str(root))
    snapshot = read_local_snapshot(target)
    messages = [f.message for f in snapshot.findings if f.rule == "license-document-unread"]
    return {f.path: f.text for f in snapshot.license_files}, messages


HERON_CARD = (
    "---\nlicense: apache-2.0\n---\n# Heron-2B\n\n"
    "Apache 2.0; the conditions in GUARDRAILS.md are part of the grant.\n"
)


def test_a_folder_reads_the_pointed_document_and_says_the_missing_one(tmp_path: Path) -> None:
    card = HERON_CARD + "Further restrictions: see EXPORT_RULES.md.\n"
    root = folder(tmp_path, {"README.md": card, "LICENSE": APACHE, "GUARDRAILS.md": GUARDRAILS})
    read, unread = _snapshot_files(root)
    assert read["GUARDRAILS.md"] == GUARDRAILS
    assert len(unread) == 1 and unread[0].startswith("EXPORT_RULES.md: ")


def test_the_hub_reads_the_pointed_document(fake_hub: FakeHub, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "README.md": HERON_CARD,
        "LICENSE": APACHE,
        "GUARDRAILS.md": GUARDRAILS,
    }
    fake_hub.add_repo("heron/heron-2b", files)
    target = parse_target("heron/heron-2b")
    snapshot = fetch_hub_snapshot(target, HubOptions(fake_hub.url, cache_dir=tmp_path))
    assert {f.path: f.text for f in snapshot.license_files}.get("GUARDRAILS.md") == GUARDRAILS


def test_documents_past_the_bound_are_said(tmp_path: Path) -> None:
    names = [f"PART_{n}.md" for n in range(MAX_CARD_POINTED + 2)]
    card = "---\nlicense: mit\n---\n# M\n\nThe terms are in " + ", ".join(names) + ".\n"
    root = folder(tmp_path, {"README.md": card, **{n: f"# {n}\n" for n in names}})
    read, unread = _snapshot_files(root)
    assert [n for n in names if n in read] == names[:MAX_CARD_POINTED]
    assert sorted(m.split(":")[0] for m in unread) == names[MAX_CARD_POINTED:]


def audited(root: Path, use_cases: list[str]) -> ModelResult:
    deployment = Deployment(
        organization={"name": "Ibis Clinics", "domicile": "FI"},
        fields={"mau": 900, "use_cases": use_cases, "distribution": "saas"},
    )
    options = audit_options("default", deployment=deployment, offline=True, use_cache=False, jobs=1)
    (model,) = audit([str(root)], replace(options, suggest_alternatives=False)).models
    return model


def test_the_pointed_documents_ban_binds_and_its_lawful_twin_passes(tmp_path: Path) -> None:
    root = folder(
        tmp_path, {"README.md": HERON_CARD, "LICENSE": APACHE, "GUARDRAILS.md": GUARDRAILS}
    )
    medical = audited(root, ["medical-advice"])
    assert medical.verdict is Verdict.FAIL
    assert "aup-medical-advice-outright" in {f.rule for f in medical.findings}
    chatbot = audited(root, ["chatbot"])
    assert chatbot.verdict is not Verdict.FAIL
    assert not {f.rule for f in chatbot.findings} & {"aup-medical-advice-outright"}
