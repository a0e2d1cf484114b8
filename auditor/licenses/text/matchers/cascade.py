"""The order of the identification cascade, and why each matcher stands where it does.

The first matcher that answers decides; its answer then goes through its guards (`guards`),
which settle what the document says of itself against what the matcher found. Comparing the
text with reference texts comes first, because a reproduced license is most reliably named by
its words; what the document names by reference or calls itself comes after, for a text like
no reference.
"""

from __future__ import annotations

from auditor.licenses.text.matchers.by_reference import match_by_reference
from auditor.licenses.text.matchers.curated import match_curated
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.matchers.exact import match_exact, match_markup_only
from auditor.licenses.text.matchers.guards import CURATED_GUARDS, EXACT_GUARDS, KEY_GUARDS
from auditor.licenses.text.matchers.named import match_licensor, match_notice, match_title
from auditor.licenses.text.matchers.outcome import (
    Guard,
    Matcher,
    Outcome,
    near_misses,
    settle,
)
from auditor.licenses.text.matchers.scancode_key import match_scancode_key

CASCADE: tuple[tuple[Matcher, tuple[Guard, ...]], ...] = (
    (
        Matcher(
            "markup-only",
            "a text of markup alone has no words to compare; only an SPDX line can name it",
            match_markup_only,
        ),
        (),
    ),
    (
        Matcher(
            "exact",
            "the same normalised words as a reference: certain, and the cheapest question",
            match_exact,
        ),
        EXACT_GUARDS,
    ),
    (
        Matcher(
            "scancode-key",
            "thousands of keys: one that explains the text better than the curated best "
            "names it, unless the text's own title or silence vetoes it",
            match_scancode_key,
        ),
        KEY_GUARDS,
    ),
    (
        Matcher(
            "reference-similarity",
            "a curated reference there, unchanged or changed; the guards then hear what the "
            "document calls itself (title, version, letter, mark, added clause)",
            match_curated,
        ),
        CURATED_GUARDS,
    ),
    (
        Matcher(
            "by-reference-plus-additions",
            "like no reference, it names a license and adds terms: before the notice "
            "matcher, which would name the license alone",
            match_by_reference,
        ),
        (),
    ),
    (
        Matcher(
            "spdx-line-and-notices",
            "like no reference, it names its license (SPDX line, 'licensed under')",
            match_notice,
        ),
        (),
    ),
    (
        Matcher(
            "own-title",
            "like no reference and naming none, its title names a record, family or itself",
            match_title,
        ),
        (),
    ),
    (
        Matcher(
            "licensor",
            "untitled: its licensor's one record, else a name after who publishes it",
            match_licensor,
        ),
        (),
    ),
)


def run_cascade(document: Document) -> tuple[str, Outcome]:
    """The name of the matcher that decided and its answer, settled by its guards; nothing
    named (`nothing named`) when no matcher answers."""
    for matcher, guards in CASCADE:
        outcome = matcher.ask(document)
        if outcome is not None:
            return matcher.name, settle(document, outcome, guards)
    return "nothing named", Outcome(None, "no matcher answered", near_misses=near_misses(document))
