"""The licenses a document names in words no rule reads, and which of them bind, for
`model_terms`: named alone, the most restrictive binds (fail closed); naming two or more options
of the model's own declared `A OR B` and stating nothing of its own, the document restates the
choice the record states, and the option chosen binds by its own record (policy/choice.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.expression import single_license_options
from auditor.licenses.terms.disagree import TermDocument
from auditor.licenses.terms.foreign_names import named_records
from auditor.licenses.terms.record import POLICY_KIND
from auditor.model import LicenseMatch
from auditor.model.kinds import kind_rank

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

__all__ = ["most_restrictive_named", "named_in_english", "named_in_passages", "restating_choice"]


def named_in_passages(foreign: ForeignReading, db: LicenseDB) -> list[LicenseRecord]:
    """The licenses passages in another language name ("本模型采用 CC BY-NC 4.0 许可证"), for a
    document identification could not read."""
    return [record for record, _ in named_records(foreign, db) if record.kind != POLICY_KIND]


def named_in_english(text: str, db: LicenseDB) -> tuple[str, ...]:
    """The licenses a text names by a full name or versioned alias, when it names two or more
    (an unread document restating the declared choice: `restating_choice`)."""
    # imported here: option_documents reads documents through model_terms, which imports this
    from auditor.licenses.option_documents import named_by_name

    named = sorted(named_by_name(text, db))
    return tuple(named) if len(named) > 1 else ()


def most_restrictive_named(records: Sequence[LicenseRecord]) -> LicenseRecord | None:
    """Of licenses named together, words unread, the most restrictive binds (fail closed)."""
    return max(records, key=lambda r: kind_rank(r.kind), default=None)


def restating_choice(docs: Sequence[TermDocument], match: LicenseMatch | None) -> set[str]:
    """The pointers that only name the options of the model's declared `A OR B` (two or more of
    them, nothing stated of their own; or an unread English document naming them by their full
    names): their unread words name the choice the record states,
    and the option chosen binds by its own record (policy/choice.py). Naming a license outside
    the choice, or one option alone, they bind as any pointer does."""
    options = {key.lower() for key in single_license_options(match.id if match else None)}
    if not options:
        return set()
    return {
        d.path
        for d in docs
        if d.role in ("pointer", "unread")
        and d.names_only
        and {n.lower() for n in d.names_only} <= options
    }
