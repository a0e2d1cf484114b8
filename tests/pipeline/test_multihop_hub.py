"""Issue 33 item 6: lineage online through community intermediates, end to end through the CLI and
the loopback Hub (the real huggingface_hub client): chains to a root, merges of parents under
different licenses, parents that are gated, deleted, in a cycle or beyond the depth followed,
the bound on parents per model, and parent fetches cached per run and across runs (offline).

Expectations come from the licenses: a derivative of a CC-BY-NC-4.0 model may not be used
commercially whatever its own tag says (CC BY-NC 4.0 s. 2(a)(1) grants use for non-commercial
purposes only, and adapted material shared must not restrict that, s. 3(b)); a Llama 3.1
derivative is distributed under the Llama 3.1 Community License (its s. 1(b)(i)); a parent whose
license cannot be read leaves the derivative's license unknown, never its own tag.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.lineage.ancestors import DEFAULT_MAX_DEPTH
from auditor.pipeline.parents import MAX_PARENTS_PER_MODEL
from tests.fakehub import FakeHub

runner = CliRunner()

NC = "CC-BY-NC-4.0"
CHAIN = ("alice/base-x", "bob/tuned-y", "carol/merge-z", "dave/q-w")  # no family word in a name
NC_ROOT = "erin/root-r"
LLAMA_ROOT = "meta-llama/Llama-3.1-8B"  # the known-models registry answers it: never fetched
COMMERCIAL = [
    *("--distribution", "saas", "--mau", "1000000", "--revenue", "50000000"),
    *("--region", "EU", "--domicile", "DE", "--use-case", "chatbot"),
]
MANIFEST = """\
version: 1
organization: {name: Acme, domicile: DE, type: company}
deployment:
  mau: 1000000
  annual_revenue_usd: 50000000
  regions: [EU]
  use_cases: [chatbot]
  distribution: saas
models:
"""

Model = dict[str, Any]
EXIT = {"pass": 0, "warn": 0, "fail": 1, "error": 3, "needs-input": 4}


@pytest.fixture(autouse=True)
def analysis_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own analysis cache: what a run finds there is what this test wrote."""
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "analysis"))


def card(license_tag: str, *bases: str, title: str = "A model") -> str:
    parents = "".join(f"  - {base}\n" for base in bases)
    base_model = f"base_model:\n{parents}" if bases else ""
    return f"---\nlicense: {license_tag}\n{base_model}---\n# {title}\n\nFine-tuned for chat.\n"


def publish_chain(hub: FakeHub, root: str, *, names: tuple[str, ...] = CHAIN) -> None:
    """Community intermediates tagged apache-2.0, each declaring the next, the last `root`."""
    for child, parent in zip(names, (*names[1:], root), strict=True):
        hub.add_repo(child, {"README.md": card("apache-2.0", parent)})


def publish_nc_root(hub: FakeHub, repo: str = NC_ROOT) -> str:
    return hub.add_repo(repo, {"README.md": card("cc-by-nc-4.0", title="A research model")})


def leaf(hub: FakeHub, repo: str, *bases: str, license_tag: str = "apache-2.0") -> str:
    """Publish a leaf model; its pinned reference."""
    return f"{repo}@{hub.add_repo(repo, {'README.md': card(license_tag, *bases)})}"


def invoke(args: list[str]) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(app, [*args, "--format", "json"])
    try:
        document = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"exit {result.exit_code}, no JSON report: {result.output[-800:]}")
    assert isinstance(document, dict)
    return result.exit_code, document


def hub_args(hub: FakeHub, tmp_path: Path, *extra: str) -> list[str]:
    return ["--endpoint", hub.url, "--cache-dir", str(tmp_path / "hf"), *extra]


def scan(
    hub: FakeHub, tmp_path: Path, ref: str, *extra: str, policy: str = "default"
) -> tuple[int, Model]:
    args = ["scan", ref, *COMMERCIAL, *hub_args(hub, tmp_path, *extra), "--policy", policy]
    code, document = invoke(args)
    (model,) = document["models"]
    return code, model


def check(hub: FakeHub, tmp_path: Path, refs: list[str], *extra: str) -> tuple[int, dict[str, Any]]:
    manifest = tmp_path / "auditor.yaml"
    lines = "".join(f"  - ref: {ref}\n    hosting: self-hosted\n" for ref in refs)
    manifest.write_text(MANIFEST + lines, encoding="utf-8")
    return invoke(["check", str(manifest), *hub_args(hub, tmp_path, *extra)])


def effective_ids(model: Model) -> set[str]:
    found = model["effective_license"]["id"] or ""
    return {part.strip("() ") for part in found.replace(" OR ", " AND ").split(" AND ") if part}


def rules(model: Model) -> list[str]:
    return [finding["rule"] for finding in model["findings"]]


def finding(model: Model, rule: str) -> Model:
    found: list[Model] = [f for f in model["findings"] if f["rule"] == rule]
    assert found, f"no {rule} finding in {rules(model)}"
    return found[0]


def finding_text(found: Model) -> str:
    """A finding's message with the text of its evidence."""
    return " ".join([found["message"], *(e.get("text") or "" for e in found.get("evidence", []))])


def steps(model: Model) -> dict[str, tuple[int, str]]:
    return {step["ref"]: (step["depth"], step["resolved_by"]) for step in model["lineage"]}


def listings(hub: FakeHub, repo: str) -> list[str]:
    """Requests for a repo's listing (`/api/models/<repo>` at any revision)."""
    return hub.requests_matching(rf"^/api/models/{repo}(/revision/[^/?]+)?(\?|$)")


def downloads(hub: FakeHub, repo: str) -> list[str]:
    return hub.requests_matching(rf"^/{repo}/resolve/")


# --- chains through community intermediates ------------------------------------------------


def test_five_hops_to_a_non_commercial_root_fail_a_commercial_deployment(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    publish_nc_root(fake_hub)
    publish_chain(fake_hub, NC_ROOT)
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/leaf-v", CHAIN[0]))
    assert steps(model) == {
        **{repo: (depth, "declared") for depth, repo in enumerate(CHAIN, 1)},
        NC_ROOT: (5, "declared"),
    }
    effective = model["effective_license"]
    assert NC in effective_ids(model) and effective["kind"] == "non-commercial"
    assert effective["hf"] == "cc-by-nc-4.0"  # the tag the leaf's card should carry
    assert NC_ROOT in finding_text(finding(model, "license-lineage-mismatch"))
    assert (model["verdict"], code) == ("fail", 1)
    assert not fake_hub.errors


def test_five_hops_to_a_registry_root_carry_its_license(fake_hub: FakeHub, tmp_path: Path) -> None:
    publish_chain(fake_hub, LLAMA_ROOT)
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/leaf-v", CHAIN[0]))
    assert steps(model)[LLAMA_ROOT] == (5, "registry")
    assert "LicenseRef-llama-3.1-community" in effective_ids(model)
    assert model["effective_license"]["hf"] == "llama3.1"
    assert "license-lineage-mismatch" in rules(model)  # apache-2.0 drops the Llama terms
    assert "derivative-naming" in rules(model)  # s. 1(b)(i): "Llama" opens a derivative's name
    assert not listings(fake_hub, LLAMA_ROOT)  # the registry answered; the Hub was not asked
    # commercial use is granted below 700M monthly active users (s. 2): the tag is wrong, the use
    # is not
    assert model["verdict"] != "fail" and code == 0


def test_a_merge_of_parents_under_different_licenses_joins_them(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("mia/coder-a", {"README.md": card("apache-2.0", title="A coder")})
    fake_hub.add_repo("noah/chat-b", {"README.md": card("apache-2.0", NC_ROOT)})
    publish_nc_root(fake_hub)
    ref = leaf(fake_hub, "zed/merge-v", "mia/coder-a", "noah/chat-b")
    code, model = scan(fake_hub, tmp_path, ref)
    assert steps(model) == {
        "mia/coder-a": (1, "declared"),
        "noah/chat-b": (1, "declared"),
        NC_ROOT: (2, "declared"),
    }
    assert {"Apache-2.0", NC} <= effective_ids(model)
    assert model["effective_license"]["kind"] == "non-commercial"  # the NC branch decides
    assert "license-lineage-mismatch" in rules(model)
    assert (model["verdict"], code) == ("fail", 1)


# --- parents that cannot be read: the effective license is unknown -------------------------


@pytest.mark.parametrize("token", [None, "hf_not_granted"], ids=["401-no-token", "403-refused"])
def test_a_gated_parent_leaves_the_effective_license_unknown(
    fake_hub: FakeHub, tmp_path: Path, token: str | None
) -> None:
    fake_hub.add_repo(
        "gina/locked-g",
        {"README.md": card("cc-by-nc-4.0", title="Gated"), "LICENSE": "Research only.\n"},
        gated="manual",
    )
    publish_chain(fake_hub, "gina/locked-g", names=CHAIN[:2])
    ref = leaf(fake_hub, "zed/leaf-v", CHAIN[0])
    extra = ["--token", token] if token else []
    code, model = scan(fake_hub, tmp_path, ref, *extra)
    assert downloads(fake_hub, "gina/locked-g")  # it was asked for, and refused
    assert_unknown_because_of(model, "gina/locked-g", "gated")
    assert model["verdict"] != "pass" and code == EXIT[model["verdict"]]
    strict_code, strict = scan(fake_hub, tmp_path, ref, *extra, policy="strict")
    assert (strict["verdict"], strict_code) == ("fail", 1)


def test_a_granted_token_resolves_the_gated_parent(fake_hub: FakeHub, tmp_path: Path) -> None:
    """The control for the gated case: the same parent, readable, brings its license."""
    fake_hub.add_repo("gina/locked-g", {"README.md": card("cc-by-nc-4.0")}, gated="manual")
    fake_hub.grant("hf_granted", "gina/locked-g")
    ref = leaf(fake_hub, "zed/leaf-v", "gina/locked-g")
    code, model = scan(fake_hub, tmp_path, ref, "--token", "hf_granted")
    assert steps(model)["gina/locked-g"][1] != "unresolved"
    assert NC in effective_ids(model)
    assert (model["verdict"], code) == ("fail", 1)


def test_a_deleted_intermediate_leaves_the_effective_license_unknown(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    publish_nc_root(fake_hub)
    publish_chain(fake_hub, NC_ROOT)
    fake_hub.delete_repo(CHAIN[1])  # the second hop: the NC root above it is out of reach
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/leaf-v", CHAIN[0]))
    assert steps(model)[CHAIN[1]] == (2, "unresolved")
    assert_unknown_because_of(model, CHAIN[1], "not found")
    assert model["verdict"] != "pass" and code == EXIT[model["verdict"]]
    strict_code, strict = scan(fake_hub, tmp_path, model["ref"], policy="strict")
    assert (strict["verdict"], strict_code) == ("fail", 1)


def assert_unknown_because_of(model: Model, parent: str, reason: str) -> None:
    """The effective license is unknown, not the leaf's apache-2.0 tag; a `lineage-unresolved`
    finding names the parent, and its evidence says why it could not be read."""
    effective = model["effective_license"]
    assert effective is not None and effective["id"] is None, effective
    assert effective["kind"] is None and effective["hf"] != "apache-2.0"
    assert parent in effective["name"]
    text = finding_text(finding(model, "lineage-unresolved"))
    assert parent in text and reason in text.lower(), text


# --- cycles, depth and the bound on parents ------------------------------------------------


def test_a_cycle_is_followed_once_and_keeps_its_members_licenses(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    fake_hub.add_repo("cy/one", {"README.md": card("apache-2.0", "cy/two")})
    fake_hub.add_repo("cy/two", {"README.md": card("cc-by-nc-4.0", "cy/one")})
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/leaf-v", "cy/one"))
    assert "cy/one -> cy/two -> cy/one" in finding(model, "lineage-cycle")["message"]
    assert NC in effective_ids(model)  # the cycle's members still bind
    assert len(listings(fake_hub, "cy/one")) == len(listings(fake_hub, "cy/two")) == 1
    assert (model["verdict"], code) == ("fail", 1)


def test_parents_beyond_the_depth_limit_are_not_fetched(fake_hub: FakeHub, tmp_path: Path) -> None:
    names = tuple(f"hop{i}/step-{i}" for i in range(DEFAULT_MAX_DEPTH + 2))
    publish_nc_root(fake_hub)
    publish_chain(fake_hub, NC_ROOT, names=names)
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/leaf-v", names[0]))
    followed, beyond = names[:DEFAULT_MAX_DEPTH], names[DEFAULT_MAX_DEPTH:]
    assert all(len(listings(fake_hub, repo)) == 1 for repo in followed)
    assert not any(listings(fake_hub, repo) for repo in (*beyond, NC_ROOT))
    assert steps(model)[beyond[0]] == (DEFAULT_MAX_DEPTH + 1, "depth-limit")
    assert beyond[0] in finding(model, "lineage-depth-limit")["message"]
    effective = model["effective_license"]
    assert effective["id"] is None and beyond[0] in effective["name"]  # unknown, not apache-2.0
    assert model["verdict"] != "pass" and code == EXIT[model["verdict"]]
    strict_code, strict = scan(fake_hub, tmp_path, model["ref"], policy="strict")
    assert (strict["verdict"], strict_code) == ("fail", 1)


def test_one_model_fetches_at_most_the_bound_of_parents(fake_hub: FakeHub, tmp_path: Path) -> None:
    """A merge naming one parent more than the bound: the last is never fetched, it stays
    unresolved with the bound as its reason, and the effective license is not the tag."""
    parents = [f"pool/part-{i:02d}" for i in range(MAX_PARENTS_PER_MODEL + 1)]
    for repo in parents[:-1]:
        fake_hub.add_repo(repo, {"README.md": card("apache-2.0")})
    fake_hub.add_repo(parents[-1], {"README.md": card("cc-by-nc-4.0")})
    code, model = scan(fake_hub, tmp_path, leaf(fake_hub, "zed/soup-v", *parents))
    assert all(len(listings(fake_hub, repo)) == 1 for repo in parents[:-1])
    assert not listings(fake_hub, parents[-1])
    assert steps(model)[parents[-1]] == (1, "unresolved")
    assert_unknown_because_of(model, parents[-1], f"{MAX_PARENTS_PER_MODEL} parents")
    assert model["verdict"] != "pass" and code == EXIT[model["verdict"]]


# --- fetched once a run, by commit; cached across runs ---------------------------------------


def test_a_pinned_parent_is_read_at_its_commit(fake_hub: FakeHub, tmp_path: Path) -> None:
    """`base_model: org/name@<commit>` binds that commit's license, even after the branch moved
    on; a model of the same run naming the branch gets the branch's."""
    old = fake_hub.add_repo("pia/evolving", {"README.md": card("cc-by-nc-4.0")})
    fake_hub.add_repo("pia/evolving", {"README.md": card("apache-2.0")})  # relicensed on main
    pinned = leaf(fake_hub, "zed/pinned-v", f"pia/evolving@{old}")
    moving = leaf(fake_hub, "zed/moving-v", "pia/evolving")
    code, document = check(fake_hub, tmp_path, [pinned, moving])
    by_ref = {model["ref"]: model for model in document["models"]}
    assert NC in effective_ids(by_ref[pinned]) and by_ref[pinned]["verdict"] == "fail"
    assert effective_ids(by_ref[moving]) == {"Apache-2.0"}
    assert len(listings(fake_hub, "pia/evolving")) == 2  # one per revision asked
    assert len(fake_hub.requests_matching(rf"^/api/models/pia/evolving/revision/{old}")) == 1
    assert code == 1


def test_a_shared_chain_is_fetched_once_then_resolves_offline(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    publish_nc_root(fake_hub)
    publish_chain(fake_hub, NC_ROOT)
    refs = [leaf(fake_hub, "zed/leaf-v", CHAIN[0]), leaf(fake_hub, "yan/leaf-u", CHAIN[0])]
    code, online = check(fake_hub, tmp_path, refs)
    for repo in (*CHAIN, NC_ROOT):  # two models, one fetch of each parent
        assert len(listings(fake_hub, repo)) == 1, repo
        assert len(downloads(fake_hub, repo)) <= 2, repo  # the card: HEAD and GET at most
    assert code == 1 and [m["verdict"] for m in online["models"]] == ["fail", "fail"]

    fake_hub.stop()  # any request from now on fails: only the caches can answer
    code, offline = check(fake_hub, tmp_path, refs, "--offline")
    for before, after in zip(online["models"], offline["models"], strict=True):
        assert after["lineage"] == before["lineage"]
        assert after["effective_license"]["id"] == before["effective_license"]["id"]
        assert NC in effective_ids(after)
    assert code == 1 and [m["verdict"] for m in offline["models"]] == ["fail", "fail"]


def test_a_warm_run_answers_parents_from_the_analysis_cache(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    """A parent analysed at a commit is answered from the analysis cache once its listing shows
    the same commit and files: nothing is downloaded or analysed again (a marker written into
    the cached entries shows where each answer came from). A branch moved to a new commit is
    read again, so a cached answer never hides a relicensing; offline, the cache answers."""
    publish_nc_root(fake_hub)
    publish_chain(fake_hub, NC_ROOT)
    ref = leaf(fake_hub, "zed/leaf-v", CHAIN[0])
    scan(fake_hub, tmp_path, ref)
    mark_cached_licenses(tmp_path / "analysis")
    fake_hub.clear_requests()
    code, warm = scan(fake_hub, tmp_path, ref)
    for repo in (*CHAIN, NC_ROOT):
        assert len(listings(fake_hub, repo)) == 1, repo
        assert not downloads(fake_hub, repo), repo
    assert ancestor_license_names(warm) == dict.fromkeys((*CHAIN, NC_ROOT), CACHED)
    assert NC in effective_ids(warm) and (warm["verdict"], code) == ("fail", 1)

    fake_hub.add_repo(NC_ROOT, {"README.md": card("mit", title="Relicensed")})  # main moves
    fake_hub.clear_requests()
    code, moved = scan(fake_hub, tmp_path, ref)
    assert downloads(fake_hub, NC_ROOT)  # the new commit's card was read
    assert ancestor_license_names(moved)[NC_ROOT] == "MIT License"
    assert effective_ids(moved) == {"Apache-2.0"} and code == 0
    assert not fake_hub.errors

    fake_hub.stop()
    code, offline = scan(fake_hub, tmp_path, ref, "--offline")
    assert ancestor_license_names(offline) == {
        **dict.fromkeys(CHAIN, CACHED),
        NC_ROOT: "MIT License",  # the commit main pointed to when last fetched
    }
    assert code == EXIT[offline["verdict"]]


CACHED = "marked in the analysis cache"


def mark_cached_licenses(cache_root: Path) -> None:
    """Rename the license of every cached analysis, so an answer read from the cache can be
    told apart from one analysed again."""
    entries = list(cache_root.rglob("*.json"))
    assert entries, f"nothing cached under {cache_root}"
    for path in entries:
        entry = json.loads(path.read_text(encoding="utf-8"))
        entry["model"]["license"]["name"] = CACHED
        path.write_text(json.dumps(entry), encoding="utf-8")


def ancestor_license_names(model: Model) -> dict[str, str]:
    return {step["ref"]: step["license"]["name"] for step in model["lineage"]}
