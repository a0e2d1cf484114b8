"""Tests for the GGUF header reader, against files written by the independent `gguf` package."""

from __future__ import annotations

import io
import struct
import time
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.errors import SourceError
from auditor.sources.gguf_header import (
    GgufHeader,
    base_models,
    hf_repo_id,
    license_fields,
    parse_gguf_header,
    read_gguf_header,
)

VT = gguf.GGUFValueType

LICENSE_KEYS: dict[str, object] = {
    "general.license": "llama3.1",
    "general.license.name": "Llama 3.1 Community License",
    "general.license.link": "https://www.llama.com/llama3_1/license/",
    "general.name": "Tiny Test Model",
    "general.basename": "tiny-test",
    "general.organization": "Example Org",
    "general.source.url": "https://example.org/tiny",
    "general.source.huggingface.repository": "example-org/tiny-test",
    "general.base_model.count": 2,
    "general.base_model.0.name": "Llama 3.1 8B",
    "general.base_model.0.organization": "Meta Llama",
    "general.base_model.0.version": "3.1",
    "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B",
    "general.base_model.1.name": "Other Base",
    "general.base_model.1.repo_url": "https://github.com/example/other-base",
}

SCALARS: dict[str, tuple[gguf.GGUFValueType, object]] = {
    "test.uint8": (VT.UINT8, 255),
    "test.int8": (VT.INT8, -128),
    "test.uint16": (VT.UINT16, 65535),
    "test.int16": (VT.INT16, -32768),
    "test.uint32": (VT.UINT32, 2**32 - 1),
    "test.int32": (VT.INT32, -(2**31)),
    "test.float32": (VT.FLOAT32, 0.5),
    "test.bool": (VT.BOOL, True),
    "test.uint64": (VT.UINT64, 2**64 - 1),
    "test.int64": (VT.INT64, -(2**63)),
    "test.float64": (VT.FLOAT64, 3.141592653589793),
    "test.empty_string": (VT.STRING, ""),
}

N_TOKENS = 50_000


def _write_gguf(
    path: Path,
    *,
    n_tokens: int,
    n_nested: int = 100,
    endianess: gguf.GGUFEndian = gguf.GGUFEndian.LITTLE,
) -> Path:
    writer = gguf.GGUFWriter(path, "llama", endianess=endianess)
    writer.add_uint32("general.base_model.count", 2)
    for key, value in LICENSE_KEYS.items():
        if isinstance(value, str):
            writer.add_key_value(key, value, VT.STRING)
    for key, (vtype, value) in SCALARS.items():
        # NOTE: GGUFWriter.add_string silently drops empty strings; add_key_value does not.
        writer.add_key_value(key, value, vtype)
    writer.add_array("general.tags", ["text-generation", "test"])
    writer.add_key_value("test.small_uint64s", [1, 2**40], VT.ARRAY, sub_type=VT.UINT64)
    writer.add_array("test.nested", [[1, 2], [3, 4, 5]])
    writer.add_array("tokenizer.ggml.tokens", [f"tok{i}\u00e9" for i in range(n_tokens)])
    n_scores = min(n_tokens, 1000)  # GGUFWriter packs element by element: keep the setup fast
    writer.add_array("tokenizer.ggml.scores", [float(-i) for i in range(n_scores)])
    writer.add_array("tokenizer.ggml.token_type", [1] * n_scores)
    writer.add_array("test.long_nested", [[i, i] for i in range(n_nested)])
    writer.add_string("general.description", "ends the kv section")
    writer.add_tensor("tiny.weight", np.arange(8, dtype=np.float32))
    writer.add_tensor("tiny.bias", np.zeros(3, dtype=np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture(scope="module")
def tiny_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every value type in under 1 KB: small enough to cut at every byte."""
    writer = gguf.GGUFWriter(tmp_path_factory.mktemp("gguf") / "tiny.gguf", "x")
    writer.add_license("mit")
    for key, (vtype, value) in SCALARS.items():
        writer.add_key_value(key.removeprefix("test."), value, vtype)
    writer.add_array("s", ["a", "bc", "", "d", "e\u00e9", "f"])
    writer.add_array("i", [1, 2, 3, 4, 5, 6])
    writer.add_array("n", [[1, 2], [3], [4], [5], [6]])
    writer.add_array("m", [[1], ["a", "b", "c", "d", "e"]])
    writer.add_tensor("t", np.ones(2, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    assert writer.path is not None
    return writer.path


@pytest.fixture(scope="module")
def tiny_bytes(tiny_file: Path) -> bytes:
    return tiny_file.read_bytes()


@pytest.fixture(scope="module")
def small_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A GGUF with every kind of value and a 100-token vocabulary (summarised by default)."""
    return _write_gguf(tmp_path_factory.mktemp("gguf") / "small.gguf", n_tokens=100)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A GGUF with a 50,000-token vocabulary, as real models have."""
    return _write_gguf(tmp_path_factory.mktemp("gguf") / "big.gguf", n_tokens=N_TOKENS)


@pytest.fixture(scope="module")
def small_bytes(small_file: Path) -> bytes:
    return small_file.read_bytes()


def _kv_end(path: Path) -> int:
    """Offset where the key/values end (the first tensor info record), per gguf.GGUFReader."""
    reader = gguf.GGUFReader(path)
    return int(reader.tensors[0].field.offset)


# --- hand-built headers ---------------------------------------------------------------------


def _str(raw: bytes, order: str = "<") -> bytes:
    return struct.pack(order + "Q", len(raw)) + raw


def _kv(key: bytes, vtype: int, payload: bytes) -> bytes:
    return _str(key) + struct.pack("<I", vtype) + payload


def _header(*kvs: bytes, version: int = 3, kv_count: int | None = None, tensors: int = 0) -> bytes:
    count = len(kvs) if kv_count is None else kv_count
    return b"GGUF" + struct.pack("<IQQ", version, tensors, count) + b"".join(kvs)


def _parse(data: bytes, **limits: Any) -> GgufHeader:
    return parse_gguf_header(io.BytesIO(data), name="mem.gguf", **limits)


class _Pipe(io.RawIOBase):
    """A non-seekable stream, like a pipe or an HTTP body."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), 1000))  # short reads, as pipes do
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _parse_pipe(data: bytes, **limits: Any) -> GgufHeader:
    return parse_gguf_header(io.BufferedReader(_Pipe(data)), name="pipe", **limits)


# --- reading what gguf wrote ----------------------------------------------------------------


def test_license_and_base_model_keys(small_file: Path) -> None:
    header = read_gguf_header(small_file)
    assert header.version == 3
    assert header.tensor_count == 2
    assert header.problems == ()
    assert license_fields(header.metadata) == LICENSE_KEYS
    assert list(license_fields(header.metadata)) == list(LICENSE_KEYS)
    assert base_models(header.metadata) == [
        {
            "name": "Llama 3.1 8B",
            "organization": "Meta Llama",
            "version": "3.1",
            "repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B",
            "repo_id": "meta-llama/Llama-3.1-8B",
        },
        {"name": "Other Base", "repo_url": "https://github.com/example/other-base"},
    ]


def test_every_scalar_type(small_file: Path) -> None:
    metadata = read_gguf_header(small_file).metadata
    for key, (_, expected) in SCALARS.items():
        assert metadata[key] == expected, key
        assert type(metadata[key]) is type(expected), key
    assert metadata["general.architecture"] == "llama"  # GGUFWriter always adds it first


def test_arrays_kept_and_summarised(big_file: Path) -> None:
    metadata = read_gguf_header(big_file).metadata
    assert metadata["general.tags"] == ["text-generation", "test"]
    assert metadata["test.small_uint64s"] == [1, 2**40]
    assert metadata["test.nested"] == [[1, 2], [3, 4, 5]]
    assert metadata["tokenizer.ggml.tokens"] == {
        "type": "array",
        "element_type": "STRING",
        "count": N_TOKENS,
    }
    assert metadata["tokenizer.ggml.scores"] == {
        "type": "array",
        "element_type": "FLOAT32",
        "count": 1000,
    }
    assert metadata["tokenizer.ggml.token_type"] == {
        "type": "array",
        "element_type": "INT32",
        "count": 1000,
    }
    assert metadata["test.long_nested"] == {"type": "array", "element_type": "ARRAY", "count": 100}
    assert metadata["general.description"] == "ends the kv section"


def test_max_array_kept_is_the_threshold(small_file: Path) -> None:
    none_kept = read_gguf_header(small_file, max_array_kept=0).metadata
    assert none_kept["general.tags"] == {"type": "array", "element_type": "STRING", "count": 2}
    all_kept = read_gguf_header(small_file, max_array_kept=100).metadata
    assert all_kept["tokenizer.ggml.tokens"] == [f"tok{i}\u00e9" for i in range(100)]
    assert all_kept["test.long_nested"] == [[i, i] for i in range(100)]
    inner_summarised = read_gguf_header(small_file, max_array_kept=2).metadata
    assert inner_summarised["test.nested"] == [
        [1, 2],
        {"type": "array", "element_type": "INT32", "count": 3},
    ]


# NOTE: not the 50,000-token file: GGUFReader makes numpy views per element and takes 6 s.
@pytest.mark.parametrize("which", ["tiny_file", "small_file"])
def test_agrees_with_gguf_reader(which: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(which)
    ours = read_gguf_header(path, max_array_kept=100)
    theirs = gguf.GGUFReader(path)
    assert ours.tensor_count == len(theirs.tensors)
    fields = {k: f for k, f in theirs.fields.items() if not k.startswith("GGUF.")}
    assert list(ours.metadata) == list(fields)
    for key, field in fields.items():
        value = ours.metadata[key]
        if key == "m":
            # NOTE: GGUFReader decodes every inner array with the first one's element type,
            # so its contents() gives [1, 97, 98, 99, 100, 101] here; ours keeps the types.
            assert value == [[1], ["a", "b", "c", "d", "e"]]
            continue
        if field.types[0] == VT.ARRAY:
            assert isinstance(value, list)
            # NOTE: GGUFReader.contents() flattens arrays of arrays (a FIXME upstream).
            flat = [x for v in value for x in v] if field.types[1] == VT.ARRAY else value
            assert flat == field.contents(), key
        else:
            assert value == field.contents(), key


def test_big_vocabulary_is_skipped_fast(big_file: Path) -> None:
    start = time.perf_counter()
    header = read_gguf_header(big_file)
    assert time.perf_counter() - start < 1.0  # about 0.05 s; the bound only catches a blow-up
    assert header.metadata["general.description"] == "ends the kv section"
    kept = read_gguf_header(big_file, max_array_kept=N_TOKENS).metadata
    assert kept["tokenizer.ggml.tokens"] == [f"tok{i}\u00e9" for i in range(N_TOKENS)]
    assert kept["tokenizer.ggml.scores"] == [float(-i) for i in range(1000)]


def test_big_endian_file_reads_the_same(tmp_path: Path, small_file: Path) -> None:
    big = _write_gguf(tmp_path / "be.gguf", n_tokens=100, endianess=gguf.GGUFEndian.BIG)
    assert big.read_bytes()[4:8] == b"\x00\x00\x00\x03"
    assert read_gguf_header(big) == read_gguf_header(small_file)


def test_pipe_and_offset_streams_read_the_same(small_file: Path, small_bytes: bytes) -> None:
    expected = read_gguf_header(small_file)
    assert _parse_pipe(small_bytes) == expected
    stream = io.BytesIO(b"junk" + small_bytes)
    stream.seek(4)
    assert parse_gguf_header(stream, name="offset") == expected


def test_fixed_size_arrays_are_seeked_over(tmp_path: Path) -> None:
    # A sparse file whose header declares a 1 GiB uint8 array: reading it would take seconds.
    size = 1 << 30
    head = _header(_kv(b"big", VT.ARRAY, struct.pack("<IQ", VT.UINT8, size)), kv_count=2)
    path = tmp_path / "sparse.gguf"
    with path.open("wb") as out:
        out.write(head)
        out.seek(len(head) + size)  # leaves a hole: no disk space, no write time
        out.write(_kv(b"after", VT.UINT8, b"\x07"))
    start = time.perf_counter()
    header = read_gguf_header(path, max_bytes=2 << 30)
    assert time.perf_counter() - start < 1.0
    assert header.metadata == {
        "big": {"type": "array", "element_type": "UINT8", "count": size},
        "after": 7,
    }
    with pytest.raises(SourceError, match="larger than the limit of 268,435,456 bytes"):
        read_gguf_header(path)


# --- broken files ---------------------------------------------------------------------------


def test_every_truncation_raises_source_error(tiny_file: Path, tiny_bytes: bytes) -> None:
    end = _kv_end(tiny_file)
    kept, skipped = _parse(tiny_bytes), _parse_pipe(tiny_bytes, max_array_kept=4)
    assert kept != skipped
    for cut in range(len(tiny_bytes)):
        data = tiny_bytes[:cut]
        if cut < end:
            with pytest.raises(SourceError, match=r"mem\.gguf"):
                _parse(data)
            with pytest.raises(SourceError, match="pipe"):
                _parse_pipe(data, max_array_kept=4)
        else:  # the tensor records are never read
            assert _parse(data) == kept
            assert _parse_pipe(data, max_array_kept=4) == skipped


def test_truncation_names_the_key(small_file: Path, small_bytes: bytes) -> None:
    cut = small_bytes[: _kv_end(small_file) - 3]
    message = (
        r"^truncated or corrupt GGUF header in mem\.gguf: the value of key #36 "
        r"'general\.description' declares a string of 19 bytes but only 16 bytes remain"
    )
    with pytest.raises(SourceError, match=message) as err:
        _parse(cut)
    assert err.value.hint is not None
    assert "download it again" in err.value.hint
    with pytest.raises(SourceError, match=r"^truncated GGUF header in pipe: ended while reading"):
        _parse_pipe(cut)
    with pytest.raises(SourceError, match=r"ended while reading key #2 of 2 \("):
        _parse_pipe(_header(_kv(b"a", VT.UINT8, b"\x01"), kv_count=2))
    with pytest.raises(SourceError, match="declares 36 metadata keys"):
        _parse(small_bytes[:300])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "mem.gguf is empty, not a GGUF file"),
        (b"Hello, world\n", r"not a GGUF file: it starts with b'Hello, w'"),
        (b"GG", "truncated GGUF header in mem.gguf: ended while reading the magic bytes"),
        (b"GGUF\x03\x00", "ended while reading the format version"),
        (b"GGUF\x03\x00\x00\x00" + b"\x00" * 10, "ended while reading the tensor and key counts"),
    ],
)
def test_not_a_gguf_file(content: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        _parse(content)


def test_text_and_empty_files(tmp_path: Path) -> None:
    text = tmp_path / "model.gguf"
    text.write_text("version https://git-lfs.github.com/spec/v1\n")
    with pytest.raises(SourceError, match=r"model\.gguf is not a GGUF file: .*b'version ") as err:
        read_gguf_header(text)
    assert err.value.hint is not None
    assert "git lfs pull" in err.value.hint
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(SourceError, match="is empty"):
        read_gguf_header(empty)
    with pytest.raises(SourceError, match="cannot read GGUF file"):
        read_gguf_header(tmp_path / "missing.gguf")
    with pytest.raises(SourceError, match="cannot read GGUF file"):
        read_gguf_header(tmp_path)


def test_legacy_ggml_file_gets_a_hint() -> None:
    with pytest.raises(SourceError) as err:
        _parse(b"tjgg\x03\x00\x00\x00" + b"\x00" * 32)
    assert err.value.hint is not None
    assert "pre-GGUF" in err.value.hint


def test_versions() -> None:
    with pytest.raises(SourceError, match="version 1 file, an obsolete format") as err:
        _parse(_header(version=1))
    assert err.value.hint is not None
    with pytest.raises(SourceError, match="version 4, which this auditor does not support"):
        _parse(_header(version=4))
    with pytest.raises(SourceError, match="version 0"):
        _parse(_header(version=0))
    assert _parse(_header(version=2)).version == 2
    big_endian_v2 = b"GGUF" + struct.pack(">IQQ", 2, 5, 0)
    assert _parse(big_endian_v2) == GgufHeader(2, 5, {}, ())


def test_absurd_key_count_is_refused_before_reading() -> None:
    data = _header(kv_count=2**40) + b"\x00" * 64
    start = time.perf_counter()
    for parse in (_parse, _parse_pipe):
        with pytest.raises(SourceError, match="declares 1,099,511,627,776 metadata keys"):
            parse(data)
    assert time.perf_counter() - start < 0.1
    # Within max_kv but more keys than the bytes that follow could hold.
    with pytest.raises(SourceError, match="declares 1,000 metadata keys"):
        _parse(_header(kv_count=1000) + b"\x00" * 64)


def test_huge_string_lengths() -> None:
    huge_key = b"GGUF" + struct.pack("<IQQQ", 3, 0, 1, 2**62) + b"x" * 32
    with pytest.raises(SourceError, match="declares a string of 4,611,686,018,427,387,904 bytes"):
        _parse(huge_key)
    beyond_file = _header(_kv(b"k", VT.STRING, struct.pack("<Q", 1000) + b"abc"))
    with pytest.raises(SourceError, match="only 3 bytes remain"):
        _parse(beyond_file)
    with pytest.raises(SourceError, match="truncated"):
        _parse_pipe(beyond_file)
    within_limit = _header(_kv(b"k", VT.STRING, _str(b"x" * 100)))
    assert _parse(within_limit).metadata == {"k": "x" * 100}
    with pytest.raises(SourceError, match="more than the limit of 99"):
        _parse(within_limit, max_string=99)
    in_array = _header(_kv(b"k", VT.ARRAY, struct.pack("<IQ", VT.STRING, 1) + _str(b"x" * 100)))
    with pytest.raises(SourceError, match="more than the limit of 99"):
        _parse(in_array, max_string=99, max_array_kept=0)


def test_huge_array_count_is_refused_at_once() -> None:
    for etype in (VT.UINT8, VT.STRING, VT.ARRAY, VT.FLOAT64):
        data = _header(_kv(b"k", VT.ARRAY, struct.pack("<IQ", etype, 2**63)))
        with pytest.raises(SourceError, match="9,223,372,036,854,775,808"):
            _parse(data)
        with pytest.raises(SourceError, match="larger than the limit"):
            _parse_pipe(data)


@pytest.mark.parametrize("payload", [b"", struct.pack("<IQ", 13, 1)])
def test_unknown_value_type(payload: bytes) -> None:
    vtype = 13 if not payload else VT.ARRAY
    data = _header(_kv(b"general.name", vtype, payload + b"\x00" * 16))
    with pytest.raises(SourceError, match="unknown value type 13 in the value of key #1"):
        _parse(data)


def test_invalid_utf8() -> None:
    with pytest.raises(SourceError, match=r"key #1 of 1 is not valid UTF-8"):
        _parse(_header(_kv(b"general.\xff", VT.UINT8, b"\x01")))
    bad_value = _kv(b"general.license", VT.STRING, _str(b"MIT\xff"))
    header = _parse(_header(bad_value))
    assert header.metadata == {"general.license": "MIT\ufffd"}
    assert header.problems == ("key #1 'general.license': invalid UTF-8 in the value was replaced",)


def test_nesting_deeper_than_one_level_is_refused() -> None:
    inner = struct.pack("<IQ", VT.ARRAY, 1) + struct.pack("<IQ", VT.UINT8, 1) + b"\x01"
    outer = struct.pack("<IQ", VT.ARRAY, 1) + inner
    for kept in (0, 64):
        with pytest.raises(SourceError, match="nests arrays more than 2 deep"):
            _parse(_header(_kv(b"k", VT.ARRAY, outer)), max_array_kept=kept)


def test_duplicate_keys_and_odd_bools_are_problems() -> None:
    data = _header(
        _kv(b"general.license", VT.STRING, _str(b"apache-2.0")),
        _kv(b"general.license", VT.STRING, _str(b"other")),
        _kv(b"flag", VT.BOOL, b"\x02"),
    )
    header = _parse(data)
    assert header.metadata == {"general.license": "apache-2.0", "flag": True}
    assert header.problems == (
        "duplicate key #2 'general.license': kept the first value, ignored 'other'",
        "key #3 'flag': a bool other than 0 or 1 was read as true",
    )


def test_problems_are_capped() -> None:
    kvs = [_kv(b"k", VT.UINT8, b"\x00") for _ in range(80)]
    problems = _parse(_header(*kvs)).problems
    assert len(problems) == 51
    assert problems[-1] == "29 more problem(s) not listed"


def test_header_larger_than_max_bytes(big_file: Path) -> None:
    with pytest.raises(SourceError, match=r"big\.gguf is larger than the limit of 100,000 bytes"):
        read_gguf_header(big_file, max_bytes=100_000)


# --- license helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "repo_id"),
    [
        ("https://huggingface.co/meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B"),
        ("https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/tree/main", "Qwen/Qwen2.5-7B-Instruct"),
        ("http://hf.co/google/gemma-2-9b/", "google/gemma-2-9b"),
        ("https://huggingface.co/datasets/org/data", None),
        ("https://huggingface.co/spaces/org/app", None),
        ("https://huggingface.co/gpt2", None),
        ("https://github.com/org/name", None),
        ("https://huggingface.co.evil.com/org/name", None),
        ("https://[::1/org/name", None),
        ("not a url", None),
        ("https://huggingface.co/org/..", None),
    ],
)
def test_hf_repo_id(url: str, repo_id: str | None) -> None:
    assert hf_repo_id(url) == repo_id


def test_helpers_tolerate_odd_metadata() -> None:
    metadata: dict[str, object] = {
        "general.base_model.count": 2**63,
        "general.base_model.3.name": "third",
        "general.base_model.1.name": 5,
        "general.base_model.1.repo_url": "https://huggingface.co/a/b",
        "general.base_model." + "9" * 5000 + ".name": "too many digits",
        "general.license": ["MIT", "Apache-2.0"],
    }
    assert license_fields(metadata) == {
        "general.license": ["MIT", "Apache-2.0"],
        "general.base_model.count": 2**63,
        "general.base_model.1.repo_url": "https://huggingface.co/a/b",
        "general.base_model.1.name": 5,
        "general.base_model.3.name": "third",
    }
    assert base_models(metadata) == [
        {"repo_url": "https://huggingface.co/a/b", "repo_id": "a/b"},
        {"name": "third"},
    ]


# --- property: only SourceError, whatever the bytes -----------------------------------------


def _parse_or_source_error(data: bytes) -> None:
    for parse in (_parse, _parse_pipe):
        try:
            result = parse(data, max_array_kept=4)
        except SourceError:
            continue
        assert isinstance(result, GgufHeader)


@settings(max_examples=200)
@given(data=st.binary(max_size=256) | st.binary(max_size=256).map(lambda b: b"GGUF" + b))
def test_arbitrary_bytes_raise_only_source_error(data: bytes) -> None:
    _parse_or_source_error(data)


@settings(max_examples=200)
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=9)),
        min_size=1,
        max_size=6,
    ),
    cut=st.none() | st.integers(min_value=0),
)
def test_mutated_headers_raise_only_source_error(
    tiny_bytes: bytes, edits: list[tuple[int, bytes]], cut: int | None
) -> None:
    data = bytearray(tiny_bytes)
    for at, patch in edits:
        at %= len(data)
        data[at : at + len(patch)] = patch
    if cut is not None:
        del data[cut % len(data) :]
    _parse_or_source_error(bytes(data))


def _raw_header(pairs: list[tuple[bytes, bytes]]) -> bytes:
    """A little-endian GGUF v3 header of string values, written by hand (hostile keys)."""
    out = [b"GGUF", struct.pack("<I", 3), struct.pack("<QQ", 0, len(pairs))]
    for key, value in pairs:
        out += [struct.pack("<Q", len(key)), key, struct.pack("<I", 8)]
        out += [struct.pack("<Q", len(value)), value]
    return b"".join(out)


def test_hostile_keys_are_read_past_not_kept() -> None:
    """Issue 34: 250 keys of 1 MiB held ~287 MiB; a key longer than any real one is not kept."""
    from auditor.sources.gguf_values import MAX_KEY_KEPT

    pairs = [(b"general.license", b"cc-by-nc-4.0")]
    pairs += [(b"k%d" % i + b"x" * (MAX_KEY_KEPT + 1), b"v") for i in range(3)]
    header = parse_gguf_header(io.BytesIO(_raw_header(pairs)), name="keys.gguf")
    assert header.metadata == {"general.license": "cc-by-nc-4.0"}
    assert sum("characters long, not kept" in p for p in header.problems) == 3


def test_values_past_the_kept_budget_are_said(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.sources import gguf_values

    monkeypatch.setattr(gguf_values, "MAX_KEPT_BYTES", 1000)
    pairs = [(b"general.license", b"mit")] + [(b"big.%d" % i, b"y" * 400) for i in range(4)]
    header = parse_gguf_header(io.BytesIO(_raw_header(pairs)), name="big.gguf")
    assert header.metadata["general.license"] == "mit"
    assert len(header.metadata) == 3  # the license and two values fit in 1,000 characters
    assert any("not kept, past the" in p for p in header.problems)
