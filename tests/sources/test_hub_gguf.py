"""A Hub repo's GGUF header is read from its first bytes through one range request."""

from __future__ import annotations

import io
from pathlib import Path

import gguf
import pytest

from auditor.sources import hub_gguf
from auditor.sources.gguf_header import parse_gguf_header
from auditor.sources.hub_gguf import fetch_gguf_metadata
from auditor.sources.hub_limits import ModelBudget, RunBudget
from tests.fakehub import FakeHub


def _gguf_bytes(tmp_path: Path, *, big_array: bool = False) -> bytes:
    path = tmp_path / "m.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("general.license", "cc-by-nc-4.0")
    if big_array:  # a tokenizer-sized array after the general keys
        writer.add_array("tokenizer.ggml.tokens", [f"token-{i}" for i in range(20_000)])
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path.read_bytes()


def test_a_prefix_of_the_header_keeps_the_keys_read_before_it_ends(tmp_path: Path) -> None:
    data = _gguf_bytes(tmp_path, big_array=True)
    header = parse_gguf_header(io.BytesIO(data[:4096]), name="m.gguf", partial=True)
    assert header.metadata["general.license"] == "cc-by-nc-4.0"
    assert any("were not fetched" in problem for problem in header.problems)
    with pytest.raises(Exception, match="truncated"):
        parse_gguf_header(io.BytesIO(data[:4096]), name="m.gguf")  # a whole file must be whole


def test_the_hub_header_is_read_by_range_and_cut_at_the_cap(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hub_gguf, "HEADER_PREFIX_BYTES", 8192)
    data = _gguf_bytes(tmp_path, big_array=True)
    assert len(data) > 8192
    sha = fake_hub.add_repo("quill/gguf", {"README.md": "# Quill\n", "m.Q4.gguf": data})
    url = f"{fake_hub.url}/quill/gguf/resolve/{sha}/m.Q4.gguf"
    metadata, problems = fetch_gguf_metadata(
        url, "m.Q4.gguf", token=None, timeout=10, budget=ModelBudget(RunBudget())
    )
    assert metadata is not None
    assert metadata["general.license"] == "cc-by-nc-4.0"
    assert any("first 8," in p.message or "were not fetched" in p.message for p in problems)


def test_a_missing_file_is_a_problem_not_an_error(fake_hub: FakeHub) -> None:
    sha = fake_hub.add_repo("quill/none", {"README.md": "# Quill\n"})
    url = f"{fake_hub.url}/quill/none/resolve/{sha}/absent.gguf"
    metadata, problems = fetch_gguf_metadata(
        url, "absent.gguf", token=None, timeout=10, budget=ModelBudget(RunBudget())
    )
    assert metadata is None
    assert problems[0].rule == "gguf-header-problem"
