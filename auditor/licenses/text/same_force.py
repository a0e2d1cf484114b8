"""Phrases with the same legal force: a sentence of a reference with one said for another.

A copy of a license that says "as long as" where the published text says "provided that",
"must not" for "may not", or "will" for "shall" states the same condition, ban or duty: the
sentence is the reference's own, not a change (`differences`, `terms.added_text`). Each
substitution is checked against the references themselves, so a phrase of another force
("must" where the reference said "may") or one the reference never had stays a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from auditor.licenses.text.fingerprint import hash_words, shingle_hashes


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in said)


CONDITION_CONNECTIVES = _phrases(
    "provided that", "providing that", "as long as", "so long as", "on condition that",
    "on the condition that", "subject to the condition that",
)  # fmt: skip
"""Ways of saying that a grant holds under a condition, each as binding as the others ("only
if", which makes the condition the sole way in, is not among them)."""

PROHIBITIONS = _phrases("may not", "must not", "shall not", "cannot", "can not")
"""Ways of forbidding, each as binding as the others ("need not", which releases, is not)."""

OBLIGATIONS = _phrases("shall", "must", "will")
"""Ways of binding a party to do something ("may", which permits, is not among them)."""

SAME_FORCE = (CONDITION_CONNECTIVES, PROHIBITIONS, OBLIGATIONS)
"""Classes of phrases with the same legal force: one said for another changes nothing."""


def said_otherwise(
    words: Sequence[str], sentences: AbstractSet[int], shingles: AbstractSet[int]
) -> bool:
    """Whether the sentence is one of the references' own with one phrase said another way of
    the same force ("as long as" for "provided that", "must not" for "may not", "will" for
    "shall"): with the reference's phrase put back, the reference has the sentence. Tried
    against the references themselves, so a condition, ban or duty the reference never had
    (a connective put where it said "and", "must" where it said "may") is still a change."""
    for phrases in SAME_FORCE:
        for ours in phrases:
            size = len(ours)
            for start in range(len(words) - size + 1):
                if tuple(words[start : start + size]) != ours:
                    continue
                for theirs in phrases:
                    if theirs == ours:
                        continue
                    variant = (*words[:start], *theirs, *words[start + size :])
                    if hash_words(variant) in sentences or all(
                        h in shingles for h in shingle_hashes(variant)
                    ):
                        return True
    return False
