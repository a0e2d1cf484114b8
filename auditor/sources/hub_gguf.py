"""The metadata at the head of a Hub repo's GGUF file, through one bounded range request.

A GGUF file is mostly tensors; its license keys (`general.license`, `general.license.name`,
`general.license.link`) sit in the header's first keys. One `Range` request for the first
`HEADER_PREFIX_BYTES` reads them without fetching the weights; keys past that prefix (large
tokenizer arrays come after the general keys) are not read, and a problem says so.

NOTE: the client has no call for a ranged read of a repo file (`hf_hub_download` fetches the
whole file), so this uses the client's own HTTP session and headers, streamed and cut at the
cap even when a server ignores `Range`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from auditor.errors import SourceError
from auditor.model import Finding
from auditor.sources.gguf_header import parse_gguf_header, problem_findings
from auditor.sources.hub_errors import hub_errors

HEADER_PREFIX_BYTES = 4 << 20
"""Bytes of a GGUF file read from the Hub: the general keys with room to spare."""


def fetch_gguf_metadata(
    url: str, name: str, *, token: str | None, timeout: float
) -> tuple[Mapping[str, object] | None, list[Finding]]:
    """The header metadata of the GGUF file at `url` (its first bytes only), and problems."""
    from huggingface_hub import get_session

    headers = {"Range": f"bytes=0-{HEADER_PREFIX_BYTES - 1}", "User-Agent": "model-license-auditor"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    chunks: list[bytes] = []
    total = 0
    try:
        with get_session().stream(
            "GET", url, headers=headers, timeout=timeout, follow_redirects=True
        ) as response:
            if response.status_code not in (200, 206):
                return None, [_problem(name, f"the Hub answered HTTP {response.status_code}")]
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                total += len(chunk)
                if total >= HEADER_PREFIX_BYTES:
                    break
    except hub_errors() as err:
        return None, [_problem(name, f"its header could not be fetched ({type(err).__name__})")]
    data = b"".join(chunks)[:HEADER_PREFIX_BYTES]
    try:
        header = parse_gguf_header(io.BytesIO(data), name=name, partial=True)
    except SourceError as err:
        return None, [_problem(name, err.message)]
    return header.metadata, problem_findings(name, header.problems)


def _problem(name: str, text: str) -> Finding:
    return problem_findings(name, [text])[0]
