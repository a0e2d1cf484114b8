"""Licences in Burmese (session 38), for `terms.foreign`. Burmese ends a sentence with "။" and
numbers its clauses with the same mark ("၁။", "၂။"), so a numbered licence reaches the readers as
one passage: `split_burmese` cuts it before each clause number. Then, per clause:

- a grant for any lawful purpose naming commercial purposes among them ("စီးပွားဖြစ်
  ရည်ရွယ်ချက်များ အပါအဝင် ... မည်သည့် ရည်ရွယ်ချက်အတွက်မဆို ... ပြုလုပ်နိုင်သည်"): `allowed`;
- a ban on using the model to watch, spy on or track people ("... စောင့်ကြည့်ထောက်လှမ်းခြင်း၊
  ခြေရာခံခြင်းအတွက် ဤမော်ဒယ်ကို အသုံးမပြုရ"): `use_restrictions` `surveillance`;
- the licence governed by the laws of Myanmar ("မြန်မာနိုင်ငံ... ဥပဒေများဖြင့် အုပ်ချုပ်သည်"): `MM`;
- stating no term: copies carry this licence's text ("ဤလိုင်စင်စာသားကို တွဲဖက်ထည့်သွင်းရမည်"), and
  the licence's title naming its licensor ("... လိုင်စင် လိုင်စင်ပေးသူ - ...").

A grant stands only without a negation ("မ" before the verb: "မပြုရ"), a ban, "only" ("သာ"), an
exception ("မှလွဲ"), a permission asked ("ခွင့်ပြုချက်") or "non-commercial" beside it; the
other shapes without what would change them. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["read_burmese", "split_burmese"]

_CLAUSE_START = lazy_pattern(r"(?<=။)\s+(?=[၀-၉0-9]{1,3}\s*။)")
_COMMERCIAL = r"စီးပွား(?:ဖြစ်|ရေး)"
_GRANT = lazy_pattern(_COMMERCIAL + r"[^။]{0,40}?အပါအဝင်[^။]{0,120}?(?:ပြုလုပ်နိုင်|အသုံးပြုနိုင်|လုပ်ဆောင်နိုင်)")
# a negated verb, a ban, "only", an exception, a permission, "non-commercial"
_NARROWING = lazy_pattern(
    r"မ(?:ပြု|သုံး|ရ|ဖြန့်|ပြင်|လုပ်|နိုင်)|တားမြစ်|ခွင့်မပြု|(?:အတွက်|ရန်)သာ|သာလျှင်|မှလွဲ|မှအပ"
    r"|ခွင့်ပြုချက်|သဘောတူညီချက်|" + _COMMERCIAL + r"\s*(?:မဟုတ်|မဟုတ်သော)"
)
_WATCHING = lazy_pattern(r"စောင့်ကြည့်|ထောက်လှမ်း|ခြေရာခံ")
_PEOPLE = lazy_pattern(r"လူ(?:ပုဂ္ဂိုလ်|အုပ်စု|များ)|ပုဂ္ဂိုလ်|နိုင်ငံသား")
_NOT_USE = lazy_pattern(r"အသုံးမပြုရ|အသုံးမပြုပါနှင့်|အသုံးပြုခြင်းမပြုရ|အသုံးပြုခွင့်မရှိ|တားမြစ်")
_LAW = lazy_pattern(r"မြန်မာ(?:နိုင်ငံ)?[^။]{0,20}?ဥပဒေ[^။]{0,20}?(?:အုပ်ချုပ်|လိုက်နာ|အရ|ဖြင့်)")
_COPIES = lazy_pattern(r"(?:ဤ|ယခု)\s*လိုင်စင်\s*(?:စာသား|မိတ္တူ)[^။]{0,10}?(?:တွဲဖက်|ပူးတွဲ|ထည့်သွင်း)")
_TITLE = lazy_pattern(r"^[^။]{0,60}?လိုင်စင်\s+လိုင်စင်ပေးသူ\s*[-–:：]\s*[^။]{1,120}$")
_BANS = lazy_pattern(r"မ(?:ပြု|သုံး|ရ)|တားမြစ်|ခွင့်မပြု|မှလွဲ|မှအပ|(?:အတွက်|ရန်)သာ|သာလျှင်|" + _COMMERCIAL)


def split_burmese(passages: list[Passage]) -> list[Passage]:
    """The passages, each Burmese one holding numbered clauses cut into one per clause."""
    out: list[Passage] = []
    for passage in passages:
        if passage.language != "my":
            out.append(passage)
            continue
        pieces = [p for p in _CLAUSE_START.split(passage.text) if p.strip()]
        out.extend([passage] if len(pieces) < 2 else [replace(passage, text=p) for p in pieces])
    return out


def read_burmese(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Burmese clauses of the module docstring, each with its clauses (none: no term)."""
    found: dict[Passage, list[Clause]] = {}
    for passage in passages:
        if passage.language != "my":
            continue
        clauses = _clauses(passage.text)
        if clauses is not None:
            found[passage] = clauses
    return found


def _clauses(text: str) -> list[Clause] | None:
    if _GRANT.search(text) and not _NARROWING.search(text):
        return [Clause("commercial_use", "allowed")]
    if _WATCHING.search(text) and _PEOPLE.search(text) and _NOT_USE.search(text):
        return [Clause("use_restrictions", ["surveillance"])]
    if _LAW.search(text) and not _BANS.search(text):
        return [Clause("governing_law", "MM")]
    if (_COPIES.search(text) or _TITLE.search(text)) and not _BANS.search(text):
        return []
    return None
