"""Offering the model itself to others as a model said to lie outside the grant
(`no-hosting-use`), in English, for `scope.detect_use_scope`: 'This permission does not reach
offering the Model itself to others as an inference endpoint', 'the licence does not extend to
hosting the weights as a managed instance', 'Serving the model as a public API is not covered
by this licence'. The grant (permission, licence, rights) said not to reach, extend to, cover
or include the act, or the act said to fall outside it or not to be covered by it; the act is
the licensee's offering of the model (weights, checkpoint, a derivative) as a hosted or managed
model, an inference or model API, an endpoint or instance serving it. Applications built on the
model stay within the grant (`license-forbids-hosting-use` asks whether the deployment serves
the model itself).

Not such a statement with a condition in its own clause letting the hosting happen ('unless',
'except', 'provided', 'until'), and not one denying the limit ('does not reach only ...').
A further licence named in another clause ('that needs a separate licence') is the way to the
act, outside this grant, as the hosting ban reads it. Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["hosting_outside_grant"]

_GRANT = (
    r"\b(?:this|the|that|these|such|our|its|your|above|foregoing)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:permissions?|licen[cs]es?|grants?|rights?|authori[sz]ations?)"
)
_NOT_REACH = (
    r"\s+(?:(?:does|do|shall|will)\s*(?:not|n.t)|cannot|can\s*not)\s+(?:be\s+read\s+to\s+)?"
    r"(?:reach|extend\s+to|stretch\s+to|cover|include|apply\s+to|encompass|embrace)\s+"
)
_OFFER = (
    r"(?:offer\w*|provid\w*|host\w*|serv\w*|expos\w*|sell\w*|licens\w*|rent\w*|operat\w*"
    r"|run\w*|make\s+(?:\w+\s+){0,3}?available|making\s+(?:\w+\s+){0,3}?available)"
)
_MODEL = r"(?:model|weights|checkpoints?|parameters|derivatives?|derivative\s+works?)"
_AS = (
    r"(?:a\s+|an\s+)?(?:(?:hosted|managed|shared|public|cloud|online|remote)\s+"
    r"(?:models?|inference|APIs?|endpoints?|instances?)|(?:inference|model|fine[-\s]?tuning)[-\s]"
    r"(?:APIs?|endpoints?|services?)|model[-\s]as[-\s]a[-\s]service|APIs?|endpoints?)\b"
)
_ACT = rf"(?:\w+\s+){{0,2}}?{_OFFER}\b(?=[^.;]{{0,60}}?\b{_MODEL}\b)[^.;]{{0,160}}?\bas\s+{_AS}"
_OUTSIDE = lazy_pattern(
    # "this permission does not reach offering the model to others as an inference endpoint"
    rf"{_GRANT}{_NOT_REACH}(?:you\s+|the\s+licensee\s+)?(?:to\s+)?{_ACT}"
    # "serving the model as a public API falls outside (is not covered by) this licence"
    rf"|(?<![\w-]){_ACT}[^.;]{{0,80}}?\b(?:falls?\s+outside|(?:is|are)\s+(?:not\s+(?:covered|included"
    r"|licensed|granted)|outside|excluded\s+from))\b",
    re.IGNORECASE,
)
# words letting the hosting happen after all in the same clause, or the limit denied
_CONDITION = lazy_pattern(
    r"\b(?:unless|except|provided|so\s+long\s+as|as\s+long\s+as|until|other\s+than|only)\b",
    re.IGNORECASE,
)
_KEYS = ("as a", "as an", "as hosted", "as managed", "as model", "as public", "as inference")


def hosting_outside_grant(doc: Document) -> Sentence | None:
    """The first sentence of `doc` saying the grant does not reach offering the model itself
    to others as a hosted model, an inference API or an endpoint, with no condition letting it
    in its own clause."""
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded:
            continue
        if not any(key in sentence.lower for key in _KEYS):
            continue
        for clause in re.split(r";", sentence.text):
            found = _OUTSIDE.search(clause)
            if found is not None and _CONDITION.search(clause) is None:
                return sentence
    return None
