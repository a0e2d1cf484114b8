"""A text that grants nothing of its own: every use left to the licensor's separate agreement.

A LICENSE that says no licence or right to use the model is granted except under a separate,
signed or written agreement (or that all use requires a written licence from the licensor,
that the weights may be used only under one, that unauthorised use is prohibited) grants no
one anything: whoever uses the model needs the licensor's further licence or permission
first. Commercial use is then `restricted` to that licence or permission (the condition is
`separate-license` when the clause names a licence, agreement or contract, else
`written-permission`), which the policy blocks a commercial deployment on until a waiver
records the permission held.

Such a clause counts only in a text that grants nothing else: the same words after a grant
("no other rights are granted except under a written agreement" in a license that grants use
for any purpose) reserve what the grant leaves out, and the grant decides. A copyright line's
"All rights reserved", which BSD- and MIT-style texts carry before their grant, is no such
clause, nor a clause about the licensor's names and marks, nor one withholding only the right
to share the model (distributing, selling, sublicensing it).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.detect import _GRANT, data_rule, matching
from auditor.licenses.terms.sentences import Document, Sentence

_DENIED = data_rule("commercial_use/grant-denied")
_COMMERCIAL_OK = data_rule("commercial_use/commercial-allowed")
COMMERCIAL_GRANTS = tuple(
    data_rule(f"commercial_use/commercial-allowed+{shape}")
    for shape in ("any-purpose", "both-kinds", "no-limit", "selling", "not-prevented")
)
"""Grants reaching commercial use by their breadth, each its own rule so that its common words
("may", "can", "permitted") send a sentence through its own pattern only."""
_MARKS = lazy_pattern(
    r"\btrade\s*marks?\b|\btrade\s+names?\b|\bservice\s+marks?\b|\blogos?\b|\bnames?\b", re.I
)
_SHARING = lazy_pattern(
    r"\b(?:distribut|redistribut|sublicens|resell|sell|share|publish|make\s+(?:it\s+)?available)",
    re.I,
)
_USING = lazy_pattern(
    r"\b(?:use|uses|used|usage|using|run|running|deploy|access|host|exploit|copy|copying|copied"
    r"|reproduc\w*|download|install)\b",
    re.I,
)
_MAY_USE = lazy_pattern(
    r"\b(?:you|licensees?|users?|anyone|everyone)\s+(?:may|can|are\s+(?:free|allowed|permitted)"
    r"\s+to)\s+(?:freely\s+)?(?:use|copy|modify|run|deploy|reproduce|incorporate)\b",
    re.I,
)
"""A plain grant in words ("Yes, you may use code from any book in your application"): the
text grants something, so a denial later in it reserves only what it names."""
_PERMISSION = lazy_pattern(
    r"\b(?:permission|consent|approval|authori[sz]ation|unauthori[sz]ed)\b", re.I
)


def denied_grant(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of `doc` withholding every grant save under the licensor's separate
    agreement or permission, when no other sentence grants anything (see the module's
    docstring); () otherwise. Worked out once per document."""
    return tuple(doc.remembered(("grant-denied",), lambda: _denied(doc)))


def _denied(doc: Document) -> tuple[Sentence, ...]:
    found = tuple(
        s
        for s in matching(doc, _DENIED, skip_definitions=True)
        if not _MARKS.search(s.text) and _about_use(s.text)
    )
    if not found:
        return ()
    grants = [s for s in matching(doc, _GRANT, skip_definitions=True) if s not in found]
    if grants or matching(doc, _COMMERCIAL_OK) or any(matching(doc, r) for r in COMMERCIAL_GRANTS):
        return ()
    if any(_MAY_USE.search(s.text) for s in doc.sentences if s not in found):
        return ()
    return found


def _about_use(text: str) -> bool:
    """Does the clause withhold using the model, not only sharing it? A clause naming only
    the acts of sharing ("no licence to distribute it is granted except under a signed
    agreement") leaves use as it was; one naming no act ("no licence is granted except ...")
    withholds everything."""
    return not _SHARING.search(text) or bool(_USING.search(text))


def denial_condition(sentence: Sentence) -> str:
    """What the denial makes every use depend on: `written-permission` when the clause names
    the licensor's permission, consent or authorisation, else `separate-license` (its
    licence, agreement or contract)."""
    match = _DENIED.pattern.search(sentence.text)
    text = match.group() if match is not None else sentence.text
    return "written-permission" if _PERMISSION.search(text) else "separate-license"
