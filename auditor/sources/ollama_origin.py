"""The Hugging Face repo an Ollama model comes from, and whether its license text is the repo's.

Part of the Ollama source (`ollama`). An Ollama model names its origin in three places: a
name served by the Hub's own Ollama registry (`hf.co/<org>/<name>:<quant>`), a layer's `from`
(the Modelfile's `FROM`, as `ollama create` records it), or a Hub link in its parameters or the
manifest's annotations. The origin is a stated parent for lineage (the source hands lineage a
Modelfile naming it). Its license files are read from the Hub, and each license layer is set
beside the closest of them: a layer whose words differ is `license-differs-from-origin`, both
passages quoted (Ollama's copies are often shortened or edited, and the origin's terms bind).
The comparison (`origin_findings`) serves any source whose model names a Hugging Face origin:
the ModelScope source sets its license files beside its origin's the same way.
"""

from __future__ import annotations

import difflib
import itertools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.errors import SourceError, TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.observation_weights import observed_severity
from auditor.model import Category, Evidence, Finding, LicenseFile, SourceKind, Target

if TYPE_CHECKING:
    from auditor.sources.hub import HubOptions

log = logging.getLogger(__name__)

RULE = "license-differs-from-origin"
MAX_COMPARED_WORDS = 20_000
"""Words of each text compared (a license is a few thousand; past this the rest is not)."""
_CONTEXT_WORDS = 6
_QUOTE_WORDS = 40
_QUOTE_CHARS = 320
_WORD = lazy_pattern(r"\w+")
_HUB_REF = lazy_pattern(
    r"(?:https?://)?(?:www\.)?(?:hf\.co|huggingface\.co)/"
    r"(?P<org>[A-Za-z0-9][\w.\-]{0,95})/(?P<name>[A-Za-z0-9][\w.\-]{0,95})"
)
_NOT_ORGS = frozenset({"api", "docs", "spaces", "datasets", "blog", "models", "settings"})


def hub_repo_of(value: str) -> str | None:
    """The Hub repo id a model reference names (`hf.co/org/name:Q4_K_M`, a Hub URL), if any."""
    found = _HUB_REF.search(value)
    if found is None or found.group("org").lower() in _NOT_ORGS:
        return None
    name = found.group("name").split(":", 1)[0].removesuffix(".git")
    return f"{found.group('org')}/{name}" if name else None


@dataclass(frozen=True, slots=True)
class Quote:
    """A passage of a text: the line of its first differing word, and its words."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Difference:
    """How a text differs from another: how alike they are, and the first passage that differs."""

    similarity: float
    words: tuple[int, int]
    ours: Quote
    theirs: Quote


def text_difference(ours: str, theirs: str) -> Difference | None:
    """None when the two texts have the same words (case, spacing and punctuation aside);
    else how alike they are and the first passage where they part, quoted from each."""
    a, b = _words(ours), _words(theirs)
    if [w for w, _, _ in a] == [w for w, _, _ in b]:
        return None
    matcher = difflib.SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], False)
    first = next(op for op in matcher.get_opcodes() if op[0] != "equal")
    _, i1, i2, j1, j2 = first
    return Difference(
        similarity=matcher.ratio(),
        words=(len(a), len(b)),
        ours=_quote(ours, a, i1, i2),
        theirs=_quote(theirs, b, j1, j2),
    )


def _words(text: str) -> list[tuple[str, int, int]]:
    found = itertools.islice(_WORD.finditer(text), MAX_COMPARED_WORDS)
    return [(m.group().casefold(), m.start(), m.end()) for m in found]


def _quote(text: str, words: list[tuple[str, int, int]], start: int, end: int) -> Quote:
    """The differing words with a little context, from the text as written."""
    if not words:
        return Quote(1, "(no words)")
    low = max(0, start - _CONTEXT_WORDS)
    high = min(len(words), max(end, start + 1) + _CONTEXT_WORDS, low + _QUOTE_WORDS)
    low = min(low, high - 1)
    begin, stop = words[low][1], words[high - 1][2]
    shown = " ".join(text[begin:stop].split())
    if len(shown) > _QUOTE_CHARS:
        shown = shown[: _QUOTE_CHARS - 1] + "…"
    prefix = "… " if low > 0 else ""
    suffix = " …" if high < len(words) else " (end of text)"
    anchor = words[min(start, len(words) - 1)][1]  # the first word that differs
    return Quote(text.count("\n", 0, anchor) + 1, f"{prefix}{shown}{suffix}")


def closest_difference(
    text: str, candidates: list[tuple[str, str]]
) -> tuple[str, Difference] | None:
    """None when `text` has the words of one of the candidates (path, text); else the closest
    candidate's path and how `text` differs from it."""
    best: tuple[str, Difference] | None = None
    for path, other in candidates:
        difference = text_difference(text, other)
        if difference is None:
            return None
        if best is None or difference.similarity > best[1].similarity:
            best = (path, difference)
    return best


def origin_findings(
    label: str,
    license_files: list[LicenseFile],
    origin: str,
    hub: HubOptions,
    *,
    document: str = "license layer",
) -> list[Finding]:
    """`license-differs-from-origin` for each license document (of the model `label`: an
    Ollama license layer, a ModelScope license file, as `document` names it) whose words are
    none of the origin repo's license files'. Nothing when the origin cannot be read (lineage
    reports an unreadable parent) or has no license text to compare with."""
    ours = [f for f in license_files if f.text]
    if not ours:
        return []
    from auditor.sources.hub import fetch_hub_snapshot

    try:
        snapshot = fetch_hub_snapshot(Target(f"hf:{origin}", SourceKind.HUB, origin), hub)
    except (TargetError, SourceError) as err:
        log.info("the license of %s's origin %s was not compared: %s", label, origin, err)
        return []
    theirs = [(f.path, f.text) for f in snapshot.license_files if f.text and "#" not in f.path]
    if not theirs:
        return []
    at = f" at {snapshot.resolved_sha[:12]}" if snapshot.resolved_sha else ""
    findings = []
    for file in ours:
        found = closest_difference(file.text or "", theirs)
        if found is None:
            continue
        path, difference = found
        mine, other = difference.words
        findings.append(
            Finding(
                rule=RULE,
                category=Category.MISMATCH,
                severity=observed_severity(RULE),
                message=f"{label}: its {document} {file.path} is not the text of "
                f"{path} in its origin {origin}{at}: {difference.similarity:.0%} alike "
                f"({mine:,} words against {other:,}); the first passage that differs is "
                "quoted from each",
                evidence=(
                    Evidence(file.path, difference.ours.line, difference.ours.text),
                    Evidence(f"hf:{origin}/{path}", difference.theirs.line, difference.theirs.text),
                ),
                remediation="read both texts: the origin's license binds its redistributions, "
                "and a shortened or edited copy can leave out conditions (attribution, use "
                "policy, thresholds); judge the model by the origin's terms",
            )
        )
    return findings
