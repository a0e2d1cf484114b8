"""How to reach the Hub (`HubOptions`), apart from the Hub source's fetching code.

Part of the Hub source (`hub`). Kept light: `check --locked`'s listing helper
(hub_listings.py) unpickles these options and lists with hub_digest.py, without importing
the evidence readers sources/hub.py brings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from auditor.sources.base import MAX_LICENSE_FILE_BYTES
from auditor.sources.hub_limits import (
    MAX_BYTES_PER_MODEL,
    MAX_LICENSE_FILES_PER_MODEL,
    MAX_REQUESTS_PER_MODEL,
    MODEL_DEADLINE_SECONDS,
    ModelBudget,
    RunBudget,
)
from auditor.sources.redact import redact_url

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_ENDPOINT = "https://huggingface.co"


@dataclass(frozen=True, slots=True)
class HubOptions:
    """How to reach the Hub: all explicit, because the client reads its environment at import."""

    endpoint: str | None = None
    token: str | None = None
    cache_dir: Path | None = None
    offline: bool = False
    max_file_bytes: int = MAX_LICENSE_FILE_BYTES
    timeout: float = 20.0
    """Seconds one network wait may take (connecting, or between two pieces of an answer)."""
    deadline: float = MODEL_DEADLINE_SECONDS
    max_requests: int = MAX_REQUESTS_PER_MODEL
    max_bytes: int = MAX_BYTES_PER_MODEL
    max_license_files: int = MAX_LICENSE_FILES_PER_MODEL
    run: RunBudget = field(default_factory=RunBudget, compare=False, repr=False)
    """What the whole run may still spend; shared by every model audited with these options."""

    def budget(self) -> ModelBudget:
        """A fresh budget for one model's requests, counted against the run's."""
        return ModelBudget(
            self.run,
            deadline_seconds=self.deadline,
            max_requests=self.max_requests,
            max_bytes=self.max_bytes,
        )

    @property
    def endpoint_url(self) -> str:
        """The endpoint as shown and recorded (results, caches, messages): credentials in it
        replaced by `***`, without a trailing slash."""
        return redact_url(self.client_endpoint)

    @property
    def client_endpoint(self) -> str:
        """The endpoint the client connects to, credentials included: never shown."""
        return (self.endpoint or DEFAULT_ENDPOINT).rstrip("/")
