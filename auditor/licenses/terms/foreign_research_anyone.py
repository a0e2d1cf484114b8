"""Research or evaluation said to be anyone's, companies' too, in other languages (Romanian,
Punjabi and Hindi among them), for `foreign_companies` (as the English rule
`licensees/research-whoever-does-it` reads it): `use_scope` `research-by-anyone`, so a
company's own research is within a research grant.

A sentence names research or evaluation and says who may do it is anyone's, companies and their
labs included: "per attività di ricerca ... da chiunque svolte, comprese le imprese e i loro
laboratori interni", "investigación realizada por cualquiera, incluidas las empresas", "gleich
wer sie durchführt, auch Unternehmen", "任何个人或机构（包括企业内部的研发部门）", "企業の研究部門
を含む", "기업 부설 연구소를 포함". Never a sentence with a negation ("no incluye a las empresas").
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_research_by_anyone"]

_FLAGS = re.IGNORECASE
_SCOPE = [Clause("use_scope", ["research-by-anyone"])]

_RESEARCH = lazy_pattern(
    r"\b(?:ricerc\w*|valutazion\w*|investigaci\w*|evaluaci\w*|pesquis\w*|avalia\w*|recherch\w*"
    r"|évaluation\w*|forschung\w*|evaluierung\w*|onderzoek\w*|evaluatie\w*|bada\w*|ewaluac\w*"
    r"|výzkum\w*|hodnocen\w*|forskning\w*|utvärder\w*|evaluer\w*|tutkimu\w*|arvioin\w*"
    r"|kutatás\w*|cercet\w*|evalu\w*|исследован\w*|оценк\w*|досліджен\w*|araştırma\w*"
    r"|penelitian|riset|penyelidikan|nghiên\s+cứu|pananaliksik|pagsusuri)\b|ਖੋਜ|शोध|अनुसंधान"
    r"|研究|评测|評測|评估|評估|研発|研究開発|評価|연구|평가"
    # the purposes a sentence before names ("为上述目的", "上記の目的", "위 목적")
    r"|上述目的|前述目的|上記の目的|前記の目的|위\s*목적",
    _FLAGS,
)
# whoever carries it out, companies (and their labs) included
_ANYONE = lazy_pattern(
    r"\b(?:da\s+chiunque|chiunque\s+(?:la|le|lo|li)\s+svolga|comprese?\s+(?:le\s+)?(?:imprese|aziende"
    r"|società)|anche\s+(?:da\s+)?(?:imprese|aziende)|por\s+cualquier(?:a|\s+persona)|quienquiera"
    r"|incluidas?\s+(?:las\s+)?empresas|tambi[ée]n\s+(?:por\s+)?empresas|por\s+qualquer\s+pessoa"
    r"|incluindo\s+(?:as\s+)?empresas|inclusive\s+(?:por\s+)?empresas|quel\s+qu['’]en\s+soit"
    r"|y\s+compris\s+(?:par\s+)?(?:les\s+|des\s+)?entreprises|gleich(?:gültig)?,?\s+wer|egal,?\s+wer"
    r"|einschließlich\s+(?:von\s+)?Unternehmen|auch\s+(?:durch|von)\s+Unternehmen|ongeacht\s+wie"
    r"|inclusief\s+bedrijven|ook\s+(?:door\s+)?bedrijven|niezależnie\s+od\s+tego,?\s+kto"
    r"|w\s+tym\s+(?:przez\s+)?(?:przedsiębiorstw\w*|firm\w*)|bez\s+ohledu\s+na\s+to,?\s+kdo"
    r"|včetně\s+(?:firem|podniků|společností)|oavsett\s+vem|inklusive\s+företag|uanset\s+hvem"
    r"|uavhengig\s+av\s+hvem|herhangi\s+bir\s+kişi|şirketler\s+dahil|включая\s+(?:коммерческие"
    r"\s+организации|компании|предприятия)|кем\s+бы\s+(?:то\s+)?ни\s+было|кто\s+бы\s+(?:то\s+)?ни"
    r"|в\s+том\s+числе\s+(?:и\s+)?(?:для\s+|в\s+)?(?:[\w-]+\s+){0,2}?(?:коммерческих\s+)?(?:компаний"
    r"|организаций|предприятий|фирм)|включно\s+з\s+компаніями"
    r"|termasuk\s+perusahaan|siapa\s+pun|jedermann|auch\s+Unternehmen|oricui|oricine"
    r"|inclusiv\s+(?:de\s+c[ăa]tre\s+)?(?:societ[ăa][țţ]il\w*|companiil\w*|firmel\w*)"
    r"|kila\s+mtu|iedereen|każdemu|kdokoli\w*|kdokoľvek|vem\s+som\s+helst|hver\s+som\s+helst"
    # tl: whoever does it, companies included ("sinuman ang gumagawa nito, kabilang ang mga
    # kompanya")
    r"|sinuman\s+ang\s+(?:gumagawa|nagsasagawa)|(?:kabilang|kasama)\s+ang\s+mga\s+(?:kompanya"
    r"|kumpanya|korporasyon|negosyo))\b"
    # pa, hi: whoever does it, companies' teams included ("ਭਾਵੇਂ ਇਹ ਕੋਈ ਵੀ ਕਰੇ", "कोई भी करे")
    r"|ਕੋਈ\s+ਵੀ\s+ਕਰੇ|ਕੰਪਨੀਆਂ\s+(?:ਦੀਆਂ\s+\S+\s+\S+\s+)?ਸਮੇਤ|कोई\s+भी\s+करे|कंपनियों\s+(?:की\s+\S+\s+\S+\s+)?सहित"
    r"|任何(?:个人|個人|人)(?:或|和)(?:机构|機構|组织|組織|单位|單位)|包括企业|包括企業"
    r"|企業(?:の研究|内の研究)[^。]{0,10}を含|法人を含|기업(?:의)?\s*(?:부설\s*)?연구\S*\s*(?:을|를)?\s*포함",
    _FLAGS,
)
_NEGATED = lazy_pattern(
    r"\b(?:non|no|not|nicht|kein\w*|niet|nie|ne|inte|ikke|ei|nem|nu|не|tidak|bukan|değil|hindi)\b"
    r"|不包括|不含|含まない|を除く|제외",
    _FLAGS,
)


def read_research_by_anyone(language: str | None, text: str) -> list[Clause]:
    """`use_scope` `research-by-anyone` when a sentence of the passage says research or
    evaluation is anyone's, companies' too; else nothing."""
    if language is None or language == "en":
        return []
    for sentence in re.split(r"(?<=[.;!?。！？])\s*", text):
        anyone = _ANYONE.search(sentence)
        if anyone is None or _RESEARCH.search(sentence) is None:
            continue
        if _NEGATED.search(sentence[max(0, anyone.start() - 30) : anyone.end()]) is None:
            return _SCOPE
    return []
