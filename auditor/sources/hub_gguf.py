"""The metadata at the head of a Hub repo's GGUF file, through one bounded range request.

A GGUF file is mostly tensors; its license keys (`general.license`, `general.license.name`,
`general.license.link`) sit in the header's first keys. One `Range` request for the first
`HEADER_PREFIX_BYTES` reads them without fetching the weights; keys past that prefix (large
tokenizer arrays come after the general keys) are not read, and a problem says so.

NOTE: the client has no call for a ranged read of a repo file (`hf_hub_download` fetches the
whole file), so this goes through `hub_http` (the client's own HTTP session and headers, the
model's budget), cut at the cap even when a server ignores `Range`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from auditor.errors import SourceError
from auditor.model import Finding
from auditor.sources.gguf_header import parse_gguf_header, problem_findings
from auditor.sources.hub_errors import hub_errors
from auditor.sources.hub_http import AnswerError, fetch_bounded
from auditor.sources.hub_limits import BudgetExceeded, ModelBudget

HEADER_PREFIX_BYTES = 4 << 20
"""Bytes of a GGUF file read from the Hub: the general keys with room to spare."""


def fetch_gguf_metadata(
    url: str, name: str, *, token: str | None, timeout: float, budget: ModelBudget
) -> tuple[Mapping[str, object] | None, list[Finding]]:
    """The header metadata of the GGUF file at `url` (its first bytes only), and problems."""
    try:
        data = fetch_bounded(
            url,
            budget=budget,
            cap=HEADER_PREFIX_BYTES,
            timeout=timeout,
            token=token,
            headers={"Range": f"bytes=0-{HEADER_PREFIX_BYTES - 1}"},
            cut=True,
        )
    except BudgetExceeded as err:
        return None, [_problem(name, f"its header was not fetched: {err.message}")]
    except AnswerError as err:
        return None, [_problem(name, err.message)]
    except hub_errors() as err:
        return None, [_problem(name, f"its header could not be fetched ({_why(err)})")]
    try:
        header = parse_gguf_header(io.BytesIO(data), name=name, partial=True)
    except SourceError as err:
        return None, [_problem(name, err.message)]
    return header.metadata, problem_findings(name, header.problems)


def _why(err: Exception) -> str:
    from huggingface_hub import errors as hf

    if isinstance(err, hf.HfHubHTTPError) and err.response is not None:
        return f"the Hub answered HTTP {err.response.status_code}"
    return type(err).__name__


def _problem(name: str, text: str) -> Finding:
    return problem_findings(name, [text])[0]
