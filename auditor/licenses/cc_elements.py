"""Reads which Creative Commons license a name means: its elements, version and port.

Shared by declared metadata (`declared`: tags, SPDX ids, license names) and document titles
(`text.titles`). A CC license is a set of elements (BY, NC, SA, ND; CC0 waives them all), and
the set decides what it allows: two names are the same variant only when their sets are equal,
so a version or port we have no record of is read after the closest record of its own variant,
never after a record of another (a BY-NC 3.0 title is no BY 4.0, whatever the word overlap).
"""

from __future__ import annotations

from functools import lru_cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_db import LicenseDB, LicenseRecord
from auditor.licenses.names import record_names, words

Elements = frozenset[str]

# the elements spelled out, in any of the spellings CC used (`NoDerivs` 1.0-3.0, `NoDerivatives`
# 4.0) or people write (`Non Commercial`, `Share-Alike`, `No Derivative Works`)
_SPELLED = {
    "by": lazy_pattern(r"attribution"),
    "nc": lazy_pattern(r"non[\s_-]*commercial"),
    "sa": lazy_pattern(r"share[\s_-]*alike"),
    "nd": lazy_pattern(r"no[\s_-]*deriv(?:ative|s)?s?(?:[\s_-]*works)?\b"),
}
# their letters count only in a chain after a CC mark (`CC BY-NC-SA`, `Creative Commons
# BY-SA`): `NC` alone is no element, `S.A.` is a company, `by` is mostly an English word
_CHAIN = lazy_pattern(r"(?:(?<![^\W_])cc|commons)((?:[\s_-]+(?:by|nc|sa|nd)(?![^\W_]))+)")
_LETTERS = frozenset({"nc", "sa", "nd"})
_CC_MARK = lazy_pattern(r"creative[\s_-]*commons|(?<![^\W_])cc(?:0|[\s_-]*zero)?(?![^\W\d_])")
_ZERO = lazy_pattern(
    r"(?<![^\W_])cc[\s_-]*(?:0|zero)(?![^\W\d_])|creative[\s_-]*commons[\s_-]*zero"
)
_VERSION = lazy_pattern(r"(?:(?<=\bv)|(?<![\w.]))([1-4])(?:\.(\d))?(?![\d])")
# words a CC name holds besides its elements and version; any other word names a port
# (`DE`, `Spain`, `IGO`) or something else, a license of its own either way
_PLAIN = frozenset(
    {
        "creative", "commons", "cc", "zero", "by", "nc", "sa", "nd", "attribution", "non",
        "noncommercial", "commercial", "share", "alike", "sharealike", "no", "noderivs",
        "noderivatives", "derivatives", "derivative", "derivs", "works", "generic", "unported",
        "international", "universal", "license", "licence", "public", "legal", "code", "deed",
        "v", "version", "the", "dedication", "domain", "waiver",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def cc_elements(name: str) -> Elements | None:
    """The CC elements a name carries (`{"by", "nc", "sa"}`, `{"zero"}` for CC0, empty for
    the bare family), None when the name is no CC license. Every license from 2.0 on carries
    Attribution, so NC, SA or ND implies BY (the 1.0 licenses without it were retired)."""
    lower = name.lower()
    spelled = {element for element, pattern in _SPELLED.items() if pattern.search(lower)}
    marked = _CC_MARK.search(lower) is not None
    if not marked and not (spelled - {"by"} and "by" in spelled):
        return None  # `Attribution` alone is no CC word (ODC-By says it too)
    if _ZERO.search(lower):
        return frozenset({"zero"})
    for chain in _CHAIN.findall(lower):
        spelled.update(words(chain))
    mark = _CC_MARK.search(lower)
    if mark is not None:  # after the mark an element's letters stand alone too: `Creative
        # Commons Attribution NC 4.0`, `CC BY 4.0 (NC)`; `by` stays an English word there
        spelled.update(w for w in words(lower[mark.end() :]) if w in _LETTERS)
    if spelled - {"by"}:
        spelled.add("by")
    return frozenset(spelled)


def cc_version(name: str) -> str | None:
    """The CC version a name states (`3.0`, `2.5`), None when it states none."""
    found = _VERSION.search(name.lower())
    return None if found is None else f"{found.group(1)}.{found.group(2) or '0'}"


def is_ported(name: str) -> bool:
    """Whether a CC name says more than its elements and version: a port (`CC-BY-SA-3.0-DE`,
    `... 3.0 Spain`), the IGO version, or another word of its own."""
    return any(not w.isdigit() and w not in _PLAIN for w in words(name))


def elements_agree(name: str, record: LicenseRecord) -> bool:
    """Whether a record may be the license a name means as far as CC elements go: true when
    the name is no CC license, else when one of the record's names carries the same set."""
    own = cc_elements(name)
    return own is None or any(cc_elements(n) == own for n in (*record_names(record), record.id))


def closest_cc_record(name: str, db: LicenseDB) -> tuple[LicenseRecord, bool] | None:
    """For a CC name (tag, SPDX id, short name, title) no alias names: the record of the same
    elements at its version, or the closest version (at or below it, else the earliest above),
    and whether that record is the license itself (same version, no port). None when the name
    is no CC license, names no element, or the database has no record of that variant."""
    own = cc_elements(name)
    if not own:
        return None
    same = [r for r in db.records.values() if r.family == "cc" and elements_agree(name, r)]
    if not same:
        return None
    version = cc_version(name)
    target = _key(version)
    exact = [r for r in same if r.version is not None and _key(r.version) == target]
    if exact and version is not None:
        return exact[0], not is_ported(name)
    ranked = sorted(same, key=lambda r: (_key(r.version), r.id))
    if version is None:
        return ranked[-1], False  # no version stated: the latest
    below = [r for r in ranked if _key(r.version) <= target]
    return (below[-1] if below else ranked[0]), False


def _key(version: str | None) -> tuple[int, ...]:
    if version is None:
        return ()
    return tuple(int(part) for part in version.split(".") if part.isdigit())
