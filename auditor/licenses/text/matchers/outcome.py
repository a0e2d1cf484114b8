"""What a matcher of the identification cascade decides about a text, and the shapes of a
matcher and of a guard.

A matcher asks one question of a `Document` ("does it match, and how sure am I?") and answers
with an `Outcome` (a match, possibly None when the question settles that nothing is named,
with its reason) or None (not its question: the next matcher asks). A guard settles a
disagreement between what a matcher found and what the document says of itself (its title's
version, variant letter or date, a clause it adds): it answers with the outcome that replaces
the matcher's, or None when it does not apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.similarity import NEAR_MISS_FLOOR
from auditor.model import LicenseMatch

MAX_DIFFERENCES = 20
"""At most this many changed passages are quoted."""
_MAX_NEAR_MISSES = 3


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A reference the text resembles but did not match, with its score (0.0 to 1.0)."""

    record_id: str
    score: float


def near_misses(document: Document) -> tuple[NearMiss, ...]:
    """The references a text matching none resembles most, with their scores."""
    return tuple(
        NearMiss(s.reference.record_id, round(s.score, 3))
        for s in document.scores[:_MAX_NEAR_MISSES]
        if s.score >= NEAR_MISS_FLOOR
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """A matcher's answer: the match (None: nothing named), why, and what goes with it."""

    match: LicenseMatch | None
    reason: str
    differences: tuple[str, ...] = ()  # the text's own sentences absent from the reference
    difference_lines: tuple[int | None, ...] = ()  # the line of each (None: its title)
    missing: float = 0.0  # share of the matched reference's wording absent from the text
    near_misses: tuple[NearMiss, ...] = ()

    def decided(self, match: LicenseMatch | None, guard: str) -> Outcome:
        """This outcome with the match a guard chose instead, the guard named in its reason."""
        return replace(self, match=match, reason=f"{self.reason}; {guard}")


@dataclass(frozen=True, slots=True)
class Matcher:
    """One step of the cascade: its name, why it stands where it does, and its question."""

    name: str
    why_here: str
    ask: Callable[[Document], Outcome | None]


@dataclass(frozen=True, slots=True)
class Guard:
    """A named rule settling what a matcher found against what the document says itself."""

    name: str
    rule: str
    decide: Callable[[Document, Outcome], Outcome | None]


def settle(document: Document, outcome: Outcome, guards: tuple[Guard, ...]) -> Outcome:
    """The outcome the first guard that applies decides, else the matcher's own."""
    for guard in guards:
        decided = guard.decide(document, outcome)
        if decided is not None:
            return decided
    return outcome
