"""Revenue caps, grants by a table and their rows read apart from the cues (session 39, second
European helper), for `foreign_passages_s39eub`: Macedonian (told as Serbian), Asturian (told
as Spanish or Romanian) and Greek sentences.

- Macedonian: a grant said to hold only for licensees whose annual revenue does not pass a sum
  ("Ова важи само за корисници чиј годишен приход не надминува 5.000.000 евра"):
  `revenue_threshold` over that sum, past it a further licence; the sentence after it pointing
  back at the sum and asking a separate licence ("Над тој износ потребна е посебна лиценца"):
  `separate-license-above-threshold`, read only after such a cap.
- A grant whose terms a table below sets out ("pue usar, camudar y integrar el modelu ...
  d'acuerdu cola tabla siguiente", "επιτρέπεται να χρησιμοποιείται ... σύμφωνα με τον παρακάτω
  πίνακα"), no negation, "only" or exception: read, no term (the table's rows state them).
- Asturian: a row up to a sum granting free use, commercial use included ("Fasta 10.000.000 €
  ... Usu llibre, comercial incluyíu"): commercial use `allowed` (the row past the sum, read by
  the cues, asks what it asks: the stricter reading wins); revenue said counted by financial
  year ("Los ingresos cuéntense por exerciciu añal"): read, no term; the law chosen ("ríxese
  pol derechu español"): `governing_law`.

Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import revenue_cap
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_revenue_s39eub"]

_FLAGS = re.IGNORECASE
_ABOVE = Clause("commercial_use_conditions", ["separate-license-above-threshold"])


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


_MK_CAP = _p(
    r"\bсамо\s+за\s+(?:корисници|лица|компании|субјекти)\b[^.;]{0,40}?\bприход\w*\s+не\s+"
    r"(?:надминува|надминуваат|е\s+поголем\w*\s+од)\b"
)
_MK_ANNUAL = _p(r"\bгодишн\w*|\bгодишен\b|\bво\s+(?:една\s+)?година\b")
_MK_REVENUE = _p(r"\bприход\w*")
_MK_SEQUEL = _p(
    r"^\W*над\s+(?:тој|овој|тоа|овој)\s+(?:износ|праг|приход)\w*\b[^.;]*\b(?:посебн\w+|нов\w+"
    r"|дополнителн\w+)\s+(?:лиценц\w*|договор\w*)"
)
_MK_NOT = _p(r"\bне\s+(?:е\s+)?потребн\w*|\bбез\s+(?:посебн\w+\s+)?лиценц")
_BY_TABLE = _p(
    r"\b(?:pue|puen|puede)\s+usar\b[^.;]*\bd['’]acuerdu\s+(?:cola|cona|col)\s+tabla\b"
    r"|\bεπιτρέπεται\s+να\s+χρησιμοποιεί\w*[^.;]*\bσύμφωνα\s+με\s+τον\s+(?:παρακάτω|ακόλουθο"
    r"|κατωτέρω)\s+πίνακα\b"
)
_TABLE_NOT = _p(
    r"\bnun\b|\bnon\b|\bsolo\b|\bsacante\b|\besceutu\b|\bδεν\b|\bμη\b|\bμόνο\b|\bεκτός\b"
    r"|\bαπαγορεύ\w*"
)
_AST_ROW = _p(
    r"^\W*fasta\s+[\d.\s]+\s*(?:€|euros?)[^|]*?\busu\s+llibre,?\s+comercial\s+incluyíu\W*$"
)
_AST_COUNTED = _p(r"^\W*los\s+ingresos\s+cuéntense\s+por\s+exerciciu\s+(?:añal|fiscal)\W*$")
_AST_LAW = _p(r"\bríxese\s+pol\s+derechu\s+(?:español|d['’]España)\b")


def read_revenue_s39eub(text: str, capped: bool) -> list[Clause] | None:
    """The clauses of one passage in the shapes above, or None (`capped`: a passage before it
    stated a revenue cap here)."""
    if _MK_CAP.search(text) is not None:
        cap = revenue_cap(text, _MK_REVENUE, _MK_ANNUAL)
        if cap is not None:
            return [
                Clause("revenue_threshold", cap),
                Clause("commercial_use", "restricted"),
                _ABOVE,
            ]
    if capped and _MK_SEQUEL.search(text) is not None and _MK_NOT.search(text) is None:
        return [_ABOVE]
    if _BY_TABLE.search(text) is not None and _TABLE_NOT.search(text) is None:
        return []
    if _AST_ROW.search(text) is not None:
        return [Clause("commercial_use", "allowed")]
    if _AST_COUNTED.search(text) is not None:
        return []
    if _AST_LAW.search(text) is not None:
        return [Clause("governing_law", "ES")]
    return None
