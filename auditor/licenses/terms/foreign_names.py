"""The licenses the passages of a text in other languages name: a mention ("本模型采用 Apache
2.0 许可证", "Dieses Modell steht unter der MIT-Lizenz") binds the license it names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.names import is_blocked
from auditor.licenses.text.language import Passage

if TYPE_CHECKING:
    from auditor.licenses.terms.foreign import ForeignReading

__all__ = ["named_records"]

# "MIT-Lizenz", "MIT-licentie", "MIT-lisenssi", "MIT-licencja", "MIT-лицензия": the word for
# licence joined to the name, in any language spelling it from the Latin or Cyrillic root
_NAME_SUFFIX = lazy_pattern(
    r"-(?:l[iy][cçsz]+[eē]n[cçsz]\w*|lizenz\w*|licen\w*|licença\w*|лиценз\w*|ліценз\w*)$", re.I
)


def named_records(reading: ForeignReading, db: LicenseDB) -> list[tuple[LicenseRecord, Passage]]:
    """The licenses the mentions name ("本模型采用 Apache 2.0 许可证" -> Apache-2.0), each once."""
    found: dict[str, tuple[LicenseRecord, Passage]] = {}
    for passage in reading.mentions:
        for record in _names_in(passage.text, db):
            found.setdefault(record.id, (record, passage))
    return list(found.values())


def _names_in(text: str, db: LicenseDB) -> Iterable[LicenseRecord]:
    """Runs of Latin-script words and numbers that name a license the database knows."""
    for run in re.findall(r"[A-Za-z0-9][\w.+-]*(?:[ \t][A-Za-z0-9][\w.+-]*){0,6}", text):
        words = [_NAME_SUFFIX.sub("", word.rstrip(".")).rstrip(".") for word in run.split()]
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                candidate = " ".join(words[start:end])
                if not any(c.isupper() or c.isdigit() for c in candidate):
                    continue  # "mit" (German: with) is no license
                record = db.lookup(candidate)
                if record is not None and not is_blocked(candidate, record, db, context=(text,)):
                    yield record
                    break
