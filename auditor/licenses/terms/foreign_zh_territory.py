"""A Chinese licence confined to named places, for `terms.foreign` (through `foreign_ja`'s
clause reader): "本协议项下的许可仅在中国大陆地区有效，不包括香港特别行政区、澳门特别行政区和台湾
地区", "僅限於中華民國境內使用", "授权地域为中国大陆", or use outside a place banned ("您不得在中国
大陆以外部署或运行本模型，也不得向位于中国大陆以外的用户提供服务").

Such a clause names the places where use is licensed, not those where it is not: it is an
`excluded_use_territories` clause marked `within` (every place but its regions is excluded;
`model.terms.TerritorialClause`), judged against the places a deployment runs in or serves
(`policy.facts.territorial_facts`). The places are read from `foreign_zh`'s table, cut where an
exception begins ("不包括", "不含", "除"): Hong Kong, Macau and Taiwan left out of "mainland
China" are outside it anyway (their own codes). A place the licensor is in ("许可方位于中国大陆")
or an office ("仅在中国大陆设有办事处") confines nothing: the clause must say the licence is valid
or applies there, or use, deployment or service happens there.

Across passages (`territory_across`): the territory may be defined as a list under its label
("授权地域：" then "- 包括：中国大陆……" and "- 不包括：香港、澳门……"), and a later article may
refer to it by name ("您不得在许可地域以外运行本模型", "在授权地域以外部署……均不在本授权范围之内",
or an article titled "许可地域以外"): each is read with the places the text confines use to, and
stays unread where the text names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_zh import Clause, fold, place_codes
from auditor.licenses.text.language import Passage

__all__ = ["read_confined", "territory_across"]

_CONFINED = "excluded_use_territories/zh-confined-to"
_EFFECT = "excluded_use_territories/zh-confined-effect"
_OUTSIDE = "excluded_use_territories/zh-outside-banned"
_PLACE_REACH = 16  # the place follows its cue within this many characters
_CLAUSE_END = re.compile(r"[,;:。，；：]")
_EXCEPTION = re.compile(r"不包括|不含|不包含|除|以外|之外|[(（]")
_BEYOND = re.compile(r"以外|之外|(?:地区|大陆)?境外")  # "不得在日本境外部署": outside it
_ASIDE = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")


def read_confined(language: str | None, text: str) -> list[Clause]:
    """The places a Chinese passage (folded) confines use to, as a `within` clause."""
    if language != "zh":
        return []
    regions = sorted(set(_valid_only_in(text)) | set(_banned_outside(text)))
    if not regions:
        return []
    clause = {"regions": regions, "models": "all", "exempts": [], "within": True}
    return [Clause("excluded_use_territories", [clause])]


def _valid_only_in(text: str) -> list[str]:
    codes: list[str] = []
    for cue in clause_pattern(_CONFINED).finditer(text):
        rest = text[cue.end() :]
        clause = rest[: _end(rest)]
        place = _EXCEPTION.split(clause[:_PLACE_REACH], maxsplit=1)[0]
        found = place_codes(place)
        defined = cue.group()[:1] not in "仅只"  # the territory defined: no effect to say
        # an exception in brackets between the place and the effect ("境内（港澳台除外）部署")
        after = _ASIDE.sub("", clause[len(place) :], count=1)
        if found and (defined or clause_pattern(_EFFECT).search(after or clause)):
            codes.extend(found)
    return codes


def _banned_outside(text: str) -> list[str]:
    codes: list[str] = []
    for ban in clause_pattern(_OUTSIDE).finditer(text):
        rest = text[ban.end() : ban.end() + _PLACE_REACH + 4]
        beyond = _BEYOND.search(rest)
        if beyond is not None:
            codes.extend(place_codes(rest[: beyond.start()]))
    return codes


def _end(text: str) -> int:
    end = _CLAUSE_END.search(text)
    return end.start() if end else len(text)


_REFERENCE = "excluded_use_territories/zh-territory-outside"
_LIST_LABEL = re.compile(r"(?:许可|授权|使用)(?:地域|区域|地区|范围)[:：]\s*$")
_LIST_ITEM = re.compile(r"^[\s*\-•·]*(?P<out>不)?(?:包括|包含|含)[:：]")


def territory_across(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """Passages defining the licensed territory as a list under its label, or referring to
    it by name, each with the places the text confines use to (none: {})."""
    chinese = [(p, fold(p.text)) for p in passages if p.language == "zh"]
    regions: set[str] = set()
    listed: list[Passage] = []
    in_list = False
    for passage, text in chinese:
        for clause in read_confined("zh", text):
            regions.update(*(group["regions"] for group in _groups(clause)))
        item = _LIST_ITEM.match(text) if in_list else None
        if item is not None:
            listed.append(passage)
            if item.group("out") is None:
                rest = text[item.end() :]
                place = _EXCEPTION.split(rest[: _end(rest)][:_PLACE_REACH], maxsplit=1)[0]
                regions.update(place_codes(place))
        in_list = _LIST_LABEL.search(text) is not None or item is not None
    if not regions:
        return {}
    refers = [p for p, text in chinese if clause_pattern(_REFERENCE).search(text) is not None]
    within = {"regions": sorted(regions), "models": "all", "exempts": [], "within": True}
    return {p: [Clause("excluded_use_territories", [within])] for p in [*listed, *refers]}


def _groups(clause: Clause) -> list[dict[str, list[str]]]:
    value = clause.value
    return [g for g in value if isinstance(g, dict)] if isinstance(value, list) else []
