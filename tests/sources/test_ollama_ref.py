"""`ollama:` names as Ollama writes them (defaults `registry.ollama.ai`, `library`, `latest`),
and manifests read as documented or refused with a reason."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.errors import TargetError
from auditor.model import SourceKind
from auditor.sources.base import parse_target
from auditor.sources.ollama_ref import (
    ManifestError,
    is_loopback,
    parse_manifest,
    parse_ollama_name,
)

DIGEST = "sha256:" + "ab" * 32


@pytest.mark.parametrize(
    ("spec", "parts"),
    [
        ("llama3.1", ("registry.ollama.ai", "library", "llama3.1", "latest")),
        ("llama3.1:8b", ("registry.ollama.ai", "library", "llama3.1", "8b")),
        ("someone/tiny:q4_K_M", ("registry.ollama.ai", "someone", "tiny", "q4_K_M")),
        ("hf.co/acme-ai/Wren-GGUF:Q8_0", ("hf.co", "acme-ai", "Wren-GGUF", "Q8_0")),
        ("localhost:5000/team/m", ("localhost:5000", "team", "m", "latest")),
        ("127.0.0.1:8080/team/m:v1", ("127.0.0.1:8080", "team", "m", "v1")),
    ],
)
def test_names_get_ollama_s_defaults(spec: str, parts: tuple[str, str, str, str]) -> None:
    name = parse_ollama_name(spec)
    assert name.store_parts == parts
    assert name.digest is None


def test_the_short_name_leaves_the_defaults_out() -> None:
    assert parse_ollama_name("registry.ollama.ai/library/llama3.1:8b").short == "llama3.1:8b"
    assert parse_ollama_name("someone/tiny").short == "someone/tiny:latest"
    assert parse_ollama_name("hf.co/a/b:Q4").short == "hf.co/a/b:Q4"


def test_a_pinned_name_keeps_its_digest() -> None:
    target = parse_target(f"ollama:llama3.1:8b@{DIGEST}")
    assert target.kind is SourceKind.OLLAMA
    assert (target.location, target.revision) == ("registry.ollama.ai/library/llama3.1:8b", DIGEST)
    assert parse_ollama_name(f"llama3.1:8b@{DIGEST}").ref == f"ollama:llama3.1:8b@{DIGEST}"


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "a/b/c/d",
        "llama3.1:8b@sha256:short",
        "llama3.1:8b@md5:" + "a" * 32,
        "../etc/passwd",
        "lib.rary/model",  # a namespace has no dots
        "a/b:t@g",
        "a/b:two words",
        "-model",
    ],
)
def test_what_is_not_a_name_is_refused_with_the_target_named(spec: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_target(f"ollama:{spec}")
    assert caught.value.code == "target-invalid"
    assert f"ollama:{spec}" in caught.value.message


def test_only_a_registry_on_this_machine_is_loopback() -> None:
    assert is_loopback("127.0.0.1:8080") and is_loopback("localhost") and is_loopback("[::1]:80")
    assert not is_loopback("registry.ollama.ai") and not is_loopback("10.0.0.1:5000")
    assert not is_loopback("localhost.example.com")


def test_a_manifest_s_layers_are_read_with_their_from() -> None:
    doc = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "x", "digest": DIGEST, "size": 2},
        "layers": [
            {
                "mediaType": "application/vnd.ollama.image.model",
                "digest": DIGEST,
                "size": 10,
                "from": "hf.co/a/b",
            }
        ],
    }
    manifest = parse_manifest(json.dumps(doc).encode(), "sha256:" + "0" * 64)
    (layer,) = manifest.layers
    assert (layer.size, layer.source, layer.digest) == (10, "hf.co/a/b", DIGEST)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"not json", "not JSON"),
        (b"[]", "not a JSON object"),
        (b'{"schemaVersion": 1, "layers": []}', "schemaVersion"),
        (
            json.dumps(
                {
                    "schemaVersion": 2,
                    "layers": [{"mediaType": "m", "digest": "sha256:1", "size": 1}],
                }
            ).encode(),
            "sha256 digest",
        ),
        (
            json.dumps(
                {"schemaVersion": 2, "layers": [{"mediaType": "m", "digest": DIGEST, "size": -1}]}
            ).encode(),
            "no size",
        ),
    ],
)
def test_a_broken_manifest_says_what_is_wrong(data: bytes, said: str) -> None:
    with pytest.raises(ManifestError, match=said):
        parse_manifest(data, DIGEST)


@given(st.binary(max_size=512) | st.text(max_size=256).map(str.encode))
def test_any_bytes_are_a_manifest_or_a_manifest_error(data: bytes) -> None:
    with contextlib.suppress(ManifestError):
        parse_manifest(data, DIGEST)
