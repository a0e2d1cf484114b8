"""A ban on offering the model itself to others as a model (`no-hosting-use`), in English, for
`scope.detect_use_scope`: 'You may not offer the model to third parties as a hosted model, an
inference API or a managed endpoint', 'The licensee shall not make the weights available to
others as a model-as-a-service'. The licensee's negated verb of offering, the model (weights,
checkpoint, a derivative) as its object, and what it is offered as: a hosted or managed model,
an inference or model API, an endpoint or instance serving the model. Applications built on
the model stay within the grant (`license-forbids-hosting-use` asks whether the deployment
serves the model itself), so a later clause carving applications out, or taking part of that
carve-out back, leaves the ban as read.

Also a carve-out from a ban on passing the weights on (`on-device-shipping`) naming the
licensee's application by more words than the rule files allow ('you may include the weights
inside your own mobile or desktop application so that it runs on your end users' own devices').

Not a ban with a condition that lets the hosting happen ('unless', 'without our licence',
'except', 'provided', 'for a fee'), and not a grant ('you may offer ... as an inference API').
An exception giving back only the licensee's own application ('except that you may build the
weights into your own application, whose users reach only its features') is no such condition,
and a ban on making the model available to others with such an exception is a hosting ban too
(`hosting_carveback_s40en3`).
Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.hosting_carveback_s40en3 import carve_back_start, carved_back_ban
from auditor.licenses.terms.sentences import Document, Sentence

__all__ = ["hosting_ban", "on_device_carve_out"]

_BAN = (
    r"\b(?:may\s+not|must\s+not|shall\s+not|will\s+not|cannot|can\s*not|do\s+not|don.t"
    r"|are\s+not\s+(?:permitted|allowed|authori[sz]ed|licensed)\s+to"
    r"|is\s+not\s+(?:permitted|allowed)\s+to|(?:prohibited|forbidden)\s+from"
    # the licence giving no leave: "nothing in this licence lets you", "no right is given to"
    r"|nothing\s+(?:in\s+(?:this|these)\s+(?:\w+\s+){0,2}?)?(?:lets|allows|permits|entitles"
    r"|authori[sz]es|enables)\s+(?:you|the\s+licensee|anyone|any\s+person)(?:\s+to)?)"
)
_OFFER = (
    r"(?:offer\w*|provid\w*|host\w*|serv\w*|expos\w*|sell\w*|licens\w*|rent\w*"
    r"|mak(?:e|ing)\s+(?:\w+\s+){0,3}?available|mak(?:e|ing)\s+[^.;:]{0,60}?,\s+available)"
)
_MODEL = r"(?:model|weights|checkpoints?|parameters|derivatives?|derivative\s+works?)"
_AS = (
    r"(?:a\s+|an\s+)?(?:(?:hosted|managed|shared|public|cloud|online|remote)\s+"
    r"(?:models?|inference|APIs?|endpoints?|instances?)|(?:inference|model)[-\s](?:APIs?|endpoints?"
    r"|services?)|model[-\s]as[-\s]a[-\s]service|APIs?|endpoints?"
    # "as a model: a public inference API, a fine-tuning service": the model itself, then a
    # list naming how it is served
    r"|(?:a\s+)?model\s*[:(\u2013\u2014-]\s*(?=[^.;]{0,80}?\b(?:inference|APIs?|endpoints?"
    r"|hosted|managed\s+instances?)\b)"
    # "as a model they can call directly", "as a model which others may query": the model
    # itself, called by the others
    r"|(?:a\s+)?model\s+(?:(?:that|which)\s+)?(?:\w+\s+){1,3}?(?:can|could|may|will|would)"
    r"\s+(?:call|query|invoke|prompt|(?:access|reach|use|run)\s+(?:it\s+)?directly))\b"
)
_HOSTING = lazy_pattern(
    rf"{_BAN}(?=[^.;]{{0,120}}?\b{_MODEL}\b)\s+(?:\w+\s+){{0,2}}?{_OFFER}\b[^.;]{{0,160}}?"
    rf"\bas\s+{_AS}",
    re.IGNORECASE,
)
# words letting the hosting happen after all, or confining the ban to a part of it
_CONDITION = lazy_pattern(
    r"\b(?:unless|without|except|provided|so\s+long\s+as|as\s+long\s+as|until|other\s+than"
    r"|for\s+(?:a\s+)?(?:fee|profit|charge)|commercially|before)\b",
    re.IGNORECASE,
)
_KEYS = ("as a", "as an", "as hosted", "as managed", "as model")


def hosting_ban(doc: Document) -> Sentence | None:
    """The first sentence of `doc` banning the licensee from offering the model itself to
    others as a hosted model, an inference API or an endpoint, with no condition letting it."""
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded:
            continue
        if not any(key in sentence.lower for key in _KEYS):
            continue
        found = _HOSTING.search(sentence.text)
        if found is None:
            continue
        # an exception giving back only the licensee's own application leaves the ban
        carved = carve_back_start(sentence.text, found.end())
        end = len(sentence.text) if carved is None else carved
        if _CONDITION.search(sentence.text, found.start(), end):
            continue
        return sentence
    return carved_back_ban(doc)


_MAY = r"\b(?:may(?!\s+not)|can(?!\s*not)|(?:are|is)\s+(?:permitted|allowed|free|entitled)\s+to)"
_SHIP = r"(?:ship|distribut|embed|bundl|includ|packag|deliver|install)\w*"
_ON_DEVICE = lazy_pattern(
    rf"{_MAY}\s+(?:\w+\s+){{0,2}}?{_SHIP}\b[^.;]{{0,80}}?\b{_MODEL}\b[^.;]{{0,60}}?"
    r"\b(?:inside|in|within|into|as\s+(?:a\s+)?part\s+of)\s+(?:your|its|the\s+licensee.?s?|their)"
    r"\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:applications?|apps?|products?|software|firmware)\b"
    r"[^.;]{0,100}?\b(?:on[-\s]device|(?:end[-\s])?users?.?\s+(?:own\s+)?(?:devices?|phones?"
    r"|computers?|hardware|machines?)|run\w*\s+locally)",
    re.IGNORECASE,
)
# a negation or a condition before the permission: no carve-out
_NOT_BEFORE = lazy_pattern(r"\b(?:not|never|no|unless|if|provided|only)\b|n't\b", re.IGNORECASE)

_GEAR = ("device", "phone", "computer", "hardware", "machine", "locally")


def on_device_carve_out(doc: Document) -> Sentence | None:
    """The first sentence of `doc` letting the licensee ship the weights inside its own
    application to run on its end users' devices."""
    for sentence in doc.sentences:
        if sentence.definition or sentence.excluded or not any(w in sentence.lower for w in _GEAR):
            continue
        found = _ON_DEVICE.search(sentence.text)
        if found is None or _NOT_BEFORE.search(sentence.text, 0, found.start()):
            continue
        return sentence
    return None
