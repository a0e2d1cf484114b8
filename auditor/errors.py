"""Errors the auditor raises on purpose: each carries a message for humans and a hint."""

from __future__ import annotations


class AuditorError(Exception):
    """Root of the auditor's own errors: a one-line message and an optional hint."""

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code  # stable rule id for findings, e.g. "source-repo-not-found"

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message} ({self.hint})"


class UsageError(AuditorError):
    """The command line or an input file is wrong: exit code 2."""


class InputFileError(UsageError):
    """A user file (manifest, policy, card) is invalid; carries every problem with its line."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else (None, "invalid")
        where = f"{path}:{first[0]}" if first[0] is not None else path
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(f"{where}: {first[1]}{more}")

    def lines(self) -> list[str]:
        """Every problem as `file:line: message`."""
        return [
            f"{self.path}:{line}: {msg}" if line is not None else f"{self.path}: {msg}"
            for line, msg in self.problems
        ]


class TargetError(AuditorError):
    """The target cannot be parsed or found: no such repo, gated, bad revision."""


class SourceError(AuditorError):
    """Fetching or reading evidence failed: network, offline cache miss, truncated GGUF."""


class PolicyError(InputFileError):
    """A policy file is invalid."""


class LicenseDBError(AuditorError):
    """The bundled license knowledge base is invalid: our bug, not the user's."""
