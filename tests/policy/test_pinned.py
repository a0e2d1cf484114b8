"""`model.pinned`: a reference pinned to what cannot move. A branch or tag can be pointed at
other files tomorrow (a Hub or ModelScope branch, an Ollama tag); a commit, an Ollama manifest
digest (content-addressed) and a Civitai version id (published once) cannot."""

from __future__ import annotations

import pytest

from auditor.model import Declared, ModelResult, SourceInfo, SourceKind, Verdict
from auditor.policy.facts import _pinned

SHA = "0123456789abcdef0123456789abcdef01234567"
DIGEST = "sha256:" + "ab" * 32


def result(ref: str, kind: SourceKind, revision: str | None) -> ModelResult:
    source = SourceInfo(kind, None, revision, None, None, None)
    return ModelResult(ref, source, Declared(), None, None, (), (), Verdict.PASS)


@pytest.mark.parametrize(
    ("ref", "kind", "revision", "pinned"),
    [
        (f"org/name@{SHA}", SourceKind.HUB, SHA, True),
        ("org/name@main", SourceKind.HUB, "main", False),
        ("org/name", SourceKind.HUB, None, False),
        (f"modelscope:org/name@{SHA}", SourceKind.MODELSCOPE, SHA, True),
        ("modelscope:org/name@v1.0", SourceKind.MODELSCOPE, "v1.0", False),
        (f"ollama:llama3.1:8b@{DIGEST}", SourceKind.OLLAMA, DIGEST, True),
        ("ollama:llama3.1:8b", SourceKind.OLLAMA, "8b", False),
        ("ollama:llama3.1:8b", SourceKind.OLLAMA, DIGEST, False),  # the digest read, not named
        ("civitai:123@456", SourceKind.CIVITAI, "456", True),
        ("civitai:123", SourceKind.CIVITAI, "456", False),
    ],
)
def test_only_what_cannot_move_is_pinned(
    ref: str, kind: SourceKind, revision: str | None, pinned: bool
) -> None:
    assert _pinned(result(ref, kind, revision), str(kind)) is pinned
