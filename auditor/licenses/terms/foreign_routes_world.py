"""Routes to commercial use in languages no cue table of `foreign` reads (Croatian, Bosnian,
Serbian and Slovene in Latin letters, Frisian, Uzbek, Kazakh, Mongolian, Belarusian, Filipino,
Scottish Gaelic, Haitian Creole, Khmer, Basque), for `terms.foreign`: tried on every passage (the
language guess often misses them), as `foreign_routes` reads the languages it has cues for.

Per language, word tables (`_Words`): commercial use; the licensor's decision (permission,
approval, consent, a written agreement); a need ("must", "only after", "prior"); telling or
registering with the licensor; a decision said unneeded ("is net nedich", "hech qanday ruxsat
talab qilinmaydi", "Hindi na kailangan ang anumang pag-apruba"), blanked first; the licensor
refusing or deciding at its discretion.

- commercial use named with a decision still standing and a need: permission needed, read as
  `restricted` on `written-permission` ("Za svaku komercijalnu upotrebu korisnik mora unaprijed
  dobiti pisano dopuštenje");
- commercial use named with telling or registering, no decision standing: a notice route, read
  as `allowed` on `registration` ("ro'yxatdan o'tish kifoya; ... hech qanday ruxsat talab
  qilinmaydi");
- another numbered clause said to apply to commercial use, or a sentence only refusing (or
  saying registering is not enough), or only saying a decision is unneeded: it qualifies a
  route stated beside it and states no term of its own (`qualifies`), when no grant reads it.

Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_world import (
    grants_noncommercial_world,
    is_plain_grant_world,
)
from auditor.licenses.terms.foreign_routes_s38w import uz_notice_route

__all__ = ["Route", "is_world_shape", "world_route"]

Route = Literal["written-permission", "registration", "qualifies"]
_FLAGS = re.IGNORECASE
_AP = "['ʻ’`]"


@dataclass(frozen=True, slots=True)
class _Words:
    commercial: str
    decision: str
    need: str
    tell: str
    unneeded: str
    refuse: str


_LANGUAGES: tuple[_Words, ...] = (
    # hr, bs, sr, sl (Latin letters)
    _Words(
        commercial=r"\bkomercijal\w*|\bkomercialn\w*",
        decision=r"\bdopuštenj\w*|\bodobrenj\w*|\bsuglasnost\w*|\bsaglasnost\w*|\bdozvol\w*"
        r"|\bsoglasj\w*|\bdovoljenj\w*",
        need=r"\bmora\w*|\bpotreb\w*|\btreba\w*|\bobvez\w*|\bsamo\s+uz\b|\btek\s+nakon\b"
        r"|\bprethodn\w*|\bunaprijed\b|\bpredhodn\w*",
        tell=r"\bregistr\w*|\bprijav\w*|\bobavijest\w*|\bobavijesti\w*|\be-?mail\w*|\bobvesti\w*",
        unneeded=r"\b(?:dopuštenj\w*|odobrenj\w*|suglasnost\w*|dovoljenj\w*|soglasj\w*)\s+"
        r"(?:\w+\s+){0,3}?(?:nije|nisu|ni)\s+(?:\w+\s+)?potreb\w*|\bbez\s+(?:\w+\s+)?"
        r"(?:odobrenja|dopuštenja|suglasnosti|dovoljenja|soglasja)\b",
        refuse=r"\bnije\s+dovoljn\w*|\bni\s+zadost\w*|\buskrat\w*|\bodbi\w*|\bodbij\w*|\bpo\s+(?:vlastitoj|svojoj)\s+prosudbi"
        r"|\bpo\s+vlastitom\s+nahođenju|\bzavrn\w*",
    ),
    # fy
    _Words(
        commercial=r"\bkommersje\w*",
        decision=r"\btastimming\w*|\bgoedkarring\w*|\bfergunning\w*",
        need=r"\ballinnich\b|\bmoat\w*|\bnedich\b|\bfoarôfgeand\w*|\bearst\b",
        tell=r"\bmeld\w*\s+(?:\w+\s+){0,4}?oan\b|\boanmeld\w*|\be-?mail\w*|\bregistrearj\w*",
        unneeded=r"\b(?:tastimming|goedkarring|fergunning)\w*[^.;]{0,60}?\b(?:is|binne)\s+net"
        r"\s+(?:\w+\s+)?(?:nedich|fereaske)\b|\bsûnder\s+(?:\w+\s+)?(?:tastimming|goedkarring)\b"
        r"(?![^.;]{0,60}?\bnet\s+(?:tastien|tastean)\w*)",  # "without it ... not allowed"
        refuse=r"\bwegerj\w*|\bôfwiz\w*",
    ),
    # uz
    _Words(
        commercial=r"\btijorat\w*|\btijoriy\w*",
        decision=r"\bruxsat\w*|\brozilig\w*|\byozma\s+kelishuv\w*",
        need=r"\bshart\b|\bkerak\b|\blozim\b|\boldindan\b|\bmajburiy\b",
        tell=rf"\bro{_AP}yxatdan\s+o{_AP}t\w*|\bxabar\s+ber\w*|\belektron\s+pochta\w*|\be-?mail\w*",
        unneeded=r"\b(?:hech\s+qanday\s+)?(?:ruxsat|rozilik)\w*\s+(?:\w+\s+)?(?:talab\s+qilinmaydi"
        r"|kerak\s+emas|shart\s+emas)|\bruxsatsiz\b",
        refuse=rf"\brad\s+et\w*|\bo{_AP}z\s+ixtiyori\w*",
    ),
    # kk
    _Words(
        commercial=r"коммерция\w*",
        decision=r"рұқсат\w*|келісім\w*",
        need=r"қажет\b|міндетті|алдын\s+ала|тиіс\w*",
        tell=r"тіркел\w*|хабарла\w*|электрондық\s+пошта\w*",
        unneeded=r"рұқсат\w*\s+(?:\S+\s+)?(?:қажет\s+емес|талап\s+етілмейді)|рұқсатсыз",
        refuse=r"бас\s+тарт\w*",
    ),
    # mn
    _Words(
        commercial=r"арилжаа\w*",
        decision=r"зөвшөөр\w*",
        need=r"ёстой|шаардлагатай|заавал|урьдчилан|өмнө",
        tell=r"бүртгүүл\w*|бүртгэл\w*|мэдэгд\w*|и-?мэйл\w*",
        unneeded=r"зөвшөөр\w*\s+(?:\S+\s+)?шаардлагагүй",
        refuse=r"татгалз\w*",
    ),
    # be
    _Words(
        commercial=r"камерцый\w*",
        decision=r"дазвол\w*|згод\w*",
        need=r"патрабу\w*|неабходн\w*|павін\w*|загадзя|папярэдн\w*|толькі\s+пасля",
        tell=r"паведам\w*|зарэгістр\w*|рэгістрац\w*|электронн\w*\s+пошт\w*",
        unneeded=r"(?:дазвол|згод)\w*\s+(?:\S+\s+)?не\s+(?:патрабуецца|трэба|патрэбн\w*)"
        r"|без\s+(?:\S+\s+)?дазволу",
        refuse=r"адмов\w*",
    ),
    # tl
    _Words(
        commercial=r"\bkomersiyal\w*|\bkomersyal\w*|\bpangkomersiyo\b",
        decision=r"\bpahintulot\b|\bpag-?apruba\b|\bapruba\w*",
        need=r"\bkailangan\w*|\bdapat\b|\bkinakailangan\b|\bmuna\b",
        tell=r"\babiso\b|\bmagpadala\b|\bipaalam\b|\bmagrehistro\b|\bmag-?register\b|\be-?mail\b",
        unneeded=r"\bhindi\s+(?:na\s+)?kailangan\s+(?:ang\s+)?(?:anumang\s+)?(?:pag-?apruba"
        r"|pahintulot)\w*",
        refuse=r"\btanggihan\b|\btumanggi\w*",
    ),
    # gd
    _Words(
        commercial=r"\w*mhalairt\w*|\bmalairt\w*",
        decision=r"\bcead\b|\bcead\s+sgrìobhte\b|\baonta\b",
        need=r"\bfeumaidh\b|\briatanach\b|\bro-?làimh\b|\ban\s+toiseach\b",
        tell=r"\bclàraich\w*|\bfios\s+a\s+chur\b|\bpost-?d\b",
        unneeded=r"\bchan\s+eil\s+(?:feum\s+air\s+)?cead\s+(?:\S+\s+)?(?:a\s+dhìth|riatanach)"
        r"|\bgun\s+fheum\s+air\s+cead\b",
        refuse=r"\bdiùlt\w*|\bdhiùlt\w*",
    ),
    # ht
    _Words(
        commercial=r"\bkomèsyal\w*|\bkomesyal\w*|\bbiznis\b",
        decision=r"\botorizasyon\b|\bpèmisyon\b|\bapwobasyon\b",
        need=r"\bdwe\b|\bfòk\b|\bobligatwa\b|\banvan\b",
        tell=r"\benskri\w*|\bvoye\s+(?:yon\s+)?(?:imèl|mesaj|avi)\b|\bavize\b|\bnotifye\b",
        unneeded=r"\bpa\s+bezwen\s+(?:okenn\s+)?(?:otorizasyon|pèmisyon|apwobasyon)\b",
        refuse=r"\brefize\b",
    ),
    # eu: a permission ("baimena", "baimenik"; "baimenduta", allowed, is none) or registering
    # ("erregistratu", "izena eman") or telling ("jakinarazi")
    _Words(
        commercial=r"\bkomertzial\w*|\bmerkataritza\w*",
        decision=r"\bbaimen(?!du|tzen|t\b)\w*|\boniritzi\w*|\bonespen\w*",
        need=r"\bbehar\s+(?:da|du|dute|duzu|dio|diozu|zaio)\b|\baldez\s+aurretik\b|\baurretiko\b"
        r"|\bderrigor\w*",
        tell=r"\berregistr\w*|\bizena\s+eman\w*|\bjakinarazi\w*|\bjakinarazpen\w*"
        r"|\bposta\s+elektroniko\w*|\be-?mail\w*",
        unneeded=r"\b(?:inolako\s+)?(?:baimen|oniritzi|onespen)\w*\s+(?:\w+\s+)?(?:ez\s+da\s+"
        r"(?:behar|beharrezkoa)|beharrik\s+gabe)|\bez\s+da\s+(?:inolako\s+)?(?:baimen|oniritzi"
        r"|onespen)\w*\s+behar\b",
        refuse=r"\bukatu\w*|\bbere\s+irizpide\w*",
    ),
    # km (no spaces between words)
    _Words(
        commercial=r"ពាណិជ្ជកម្ម",
        decision=r"ការអនុញ្ញាត|ការយល់ព្រម",
        need=r"ត្រូវ|ជាមុន",
        tell=r"ចុះឈ្មោះ|ជូនដំណឹង|អ៊ីមែល",
        unneeded=r"មិន(?:ត្រូវការ|ចាំបាច់)(?:ការអនុញ្ញាត|ការយល់ព្រម)",
        refuse=r"បដិសេធ",
    ),
)


def _compiled(words: _Words) -> tuple[re.Pattern[str], ...]:
    return tuple(
        lazy_pattern(p, _FLAGS)
        for p in (
            words.commercial,
            words.decision,
            words.need,
            words.tell,
            words.unneeded,
            words.refuse,
        )
    )


_PATTERNS = tuple(_compiled(w) for w in _LANGUAGES)
# another numbered clause said to apply to commercial use ("Арилжааны хэрэглээнд 2 дугаар зүйл
# мөн хамаарна", "Na komercijalnu upotrebu primjenjuje se točka 2"): read at that clause
_POINTER = lazy_pattern(
    r"(?=.*(?:\b\d+\s*(?:дугаар|дүгээр|dugaar)\s+зүйл|\b\d+-?(?:бап|modda|bet)\b|\b(?:п\.|пункт\w*"
    r"|točk\w*|član\w*|artikel|seksyon|atik|earrann|punkt\w*)\s*\d+))"
    r"(?=.*(?:хамаар\w*|қолданылады|tatbiq\s+etiladi|qo.llaniladi|прымяняецца|распаўсюджваецца"
    r"|primjenjuje\s+se|vrijedi|velja|\bjildt\b|fan\s+tapassing|a['’]?\s+buntainn|\baplike\b"
    r"|nalalapat|sumasailalim))",
    _FLAGS | re.DOTALL,
)


def world_route(text: str) -> Route | None:
    """The route a passage states in one of these languages (module docstring), or None."""
    for commercial, decision, need, tell, unneeded, refuse in _PATTERNS:
        asked = unneeded.sub(lambda m: "_" * len(m.group()), text)
        decides = decision.search(asked) is not None
        if commercial.search(text) is not None:
            if decides and need.search(asked) is not None:
                return "written-permission"
            if tell.search(asked) is not None and not decides:
                return "registration"
            if _POINTER.search(text) is not None and not decides:
                return "qualifies"  # another clause applies to commercial use: read there
        elif (refuse.search(text) is not None and (decides or tell.search(text))) or (
            asked != text and not decides and tell.search(text) is None
        ):
            return "qualifies"
    return uz_notice_route(text)  # uz: a message sent before use (`foreign_routes_s38w`)


def is_world_shape(text: str) -> bool:
    """A plain grant, a non-commercial grant or a route in one of the languages of this module
    and `foreign_grants_world`, whatever language the passage was told as (`terms.foreign`
    reads such a passage even when told English or too short to tell)."""
    return (
        is_plain_grant_world(text)
        or grants_noncommercial_world(text)
        or world_route(text) is not None
    )
