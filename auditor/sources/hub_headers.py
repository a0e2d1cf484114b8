"""The headers of a request to the Hub: the user agent and the token, built here.

NOTE: `huggingface_hub.utils.build_hf_headers` is not used because, unless the variable
HF_HUB_DISABLE_TELEMETRY is set, its user agent asks `HF_ENDPOINT` (huggingface.co by default,
not the endpoint the user named) for a registry of AI-agent harnesses on its first use, with a
3-second timeout, and writes it under HF_HOME: a request to a third party that a mirror, an
air-gapped run or a test never asked for, made by library callers as well as by the command
line (which sets the variable, `cli/fast_path.py`). The user agent keeps the client's shape
(`<library>/<version>; hf_hub/<version>; python/<version>`) without the telemetry parts; a user
who sets the variable to a false value asked for the client's behaviour and gets it.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from functools import cache

from auditor import __version__


def user_agent() -> str:
    """Ours; the client's own (with its telemetry and the request it makes) only for a user
    who turned that telemetry on by setting HF_HUB_DISABLE_TELEMETRY to a false value."""
    if os.environ.get(_TELEMETRY, "").strip().lower() in _OFF:
        # NOTE: public as huggingface_hub.utils, whose lazy exports mypy cannot see
        from huggingface_hub.utils._headers import _http_user_agent

        return _http_user_agent(library_name="model-license-auditor", library_version=__version__)
    return _our_user_agent()


_TELEMETRY = "HF_HUB_DISABLE_TELEMETRY"
_OFF = {"0", "false", "no", "off"}


@cache
def _our_user_agent() -> str:
    from huggingface_hub import __version__ as hub_version

    return (
        f"model-license-auditor/{__version__}; hf_hub/{hub_version}; "
        f"python/{platform.python_version()}"
    )


def hub_headers(
    token: str | None, extra: Mapping[str, str] | None = None, *, implicit_token: bool = False
) -> dict[str, str]:
    """Our user agent, `authorization` when a token is given (or, with `implicit_token`, the
    one the client would find in HF_TOKEN or its token file: no request is made), then `extra`."""
    headers = {"user-agent": user_agent()}
    if not token and implicit_token:
        from huggingface_hub import get_token

        token = get_token()
    if token:
        headers["authorization"] = f"Bearer {token}"
    headers.update(extra or {})
    return headers
