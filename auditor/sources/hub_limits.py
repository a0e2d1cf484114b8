"""How much one model (and one run) may ask of a Hub: requests, bytes, time.

Part of the Hub source (`hub`): every request `hub_http` makes for a model is counted against
that model's `ModelBudget`, which also counts against the run's `RunBudget`. A budget spent is
a `BudgetExceeded` with a sentence naming the bound; the model then ends with a `source-*`
finding (fail closed: what was not read may restrict use), and the rest of the run goes on.
"""

from __future__ import annotations

import threading
import time

MODEL_DEADLINE_SECONDS = 120.0
"""Wall-clock time one model's Hub requests may take in all (listing, card, license files,
GGUF header, retries and pauses included): a server dripping bytes ends here, not never."""

MAX_REQUESTS_PER_MODEL = 64
"""HTTP requests (retries included) for one model: 1 listing, 1 card, at most
MAX_LICENSE_FILES_PER_MODEL license files, 1 GGUF header, and room for retries."""

MAX_BYTES_PER_MODEL = 32 * 1024 * 1024
"""Bytes downloaded for one model, after decompression: a real card and license files are
well under 2 MiB together; the GGUF header prefix (4 MiB) counts too."""

MAX_LICENSE_FILES_PER_MODEL = 32
"""License-like files downloaded per model (top-level first); the rest are reported as not
read. A real repo has one to a few; 3,000 would otherwise cost 3,000 requests."""

MAX_MODEL_INFO_BYTES = 16 * 1024 * 1024
"""Size of the Hub's model listing (`/api/models/<id>`, decompressed): the JSON of a repo
with 100,000 files fits; a gzip bomb expanding to GiBs is refused at this size."""

MAX_ERROR_BODY_BYTES = 64 * 1024
"""Bytes of an error answer read for its message."""

MAX_REQUESTS_PER_RUN = 20_000
"""HTTP requests for a whole run (all models and their ancestors)."""

MAX_BYTES_PER_RUN = 1024 * 1024 * 1024
"""Bytes downloaded by a whole run (all models and their ancestors), after decompression."""

MAX_ATTEMPTS = 3
"""Tries of one request when the Hub answers 429 or 5xx or the connection fails: then it is
a finding. The client's own downloads retry a silent server for minutes."""

RETRY_PAUSE_SECONDS = 1.0
"""Pause before the first retry, doubled after each; never past the model's deadline."""


class BudgetExceeded(Exception):
    """A bound on requests, bytes or time was reached; `message` names it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RunBudget:
    """Requests and bytes a whole run may spend on the Hub, shared by its worker threads."""

    def __init__(
        self, max_requests: int = MAX_REQUESTS_PER_RUN, max_bytes: int = MAX_BYTES_PER_RUN
    ) -> None:
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.requests = 0
        self.bytes = 0
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[RunBudget], tuple[int, int]]:
        """A copy sent to another process (a worker of the run) counts on its own, from 0."""
        return (RunBudget, (self.max_requests, self.max_bytes))

    def spend(self, requests: int = 0, size: int = 0) -> None:
        """Count a request or downloaded bytes; BudgetExceeded past either bound."""
        with self._lock:
            self.requests += requests
            self.bytes += size
            if self.requests > self.max_requests:
                raise BudgetExceeded(
                    f"the run's bound of {self.max_requests:,} Hub requests was reached"
                )
            if self.bytes > self.max_bytes:
                raise BudgetExceeded(
                    f"the run's bound of {self.max_bytes:,} downloaded bytes was reached"
                )


class ModelBudget:
    """Requests, bytes and time left for one model's Hub requests."""

    def __init__(
        self,
        run: RunBudget,
        *,
        deadline_seconds: float = MODEL_DEADLINE_SECONDS,
        max_requests: int = MAX_REQUESTS_PER_MODEL,
        max_bytes: int = MAX_BYTES_PER_MODEL,
    ) -> None:
        self.run = run
        self.deadline_seconds = deadline_seconds
        self.deadline = time.monotonic() + deadline_seconds
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.requests = 0
        self.bytes = 0

    def start_request(self) -> None:
        """Count one request; BudgetExceeded when none is left (or no time)."""
        self.check_time()
        self.requests += 1
        if self.requests > self.max_requests:
            raise BudgetExceeded(
                f"the bound of {self.max_requests} Hub requests per model was reached"
            )
        self.run.spend(requests=1)

    def add_bytes(self, size: int) -> None:
        """Count downloaded bytes; BudgetExceeded past the model's or the run's bound."""
        self.bytes += size
        if self.bytes > self.max_bytes:
            raise BudgetExceeded(
                f"the bound of {self.max_bytes:,} downloaded bytes per model was reached"
            )
        self.run.spend(size=size)
        self.check_time()

    def check_time(self) -> None:
        """BudgetExceeded once the model's deadline has passed."""
        if time.monotonic() >= self.deadline:
            raise BudgetExceeded(
                f"the deadline of {self.deadline_seconds:g} s per model passed (the Hub answered "
                "too slowly)"
            )

    def timeout(self, per_request: float) -> float:
        """The timeout of the next network wait: the request's own, cut to the time left."""
        self.check_time()
        return max(0.05, min(per_request, self.deadline - time.monotonic()))

    def pause(self, seconds: float) -> None:
        """Sleep before a retry, never past the deadline (BudgetExceeded instead)."""
        left = self.deadline - time.monotonic()
        if seconds >= left:
            self.deadline = time.monotonic()  # no time for the retry: spent
            self.check_time()
        time.sleep(seconds)
