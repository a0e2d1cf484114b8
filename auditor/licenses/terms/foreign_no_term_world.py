"""Clauses every licence carries that restrict no use, in the languages of
`foreign_grants_world` (and a few Chinese ones), for `foreign_no_term`:

- the model as it is, without warranty ("mar a tha e, gun bharantas", "tal com és", "jan li ye
  a, san okenn garanti", "бар күйінде", "qanday bo'lsa shunday", "байгаа байдлаар",
  "njengoko injalo", "តាមស្ថានភាពជាក់ស្តែង");
- copies carry the licence or keep its notice ("Cal conservar aquest avís", "mete yon kopi
  lisans sa a", "ភ្ជាប់អត្ថបទអាជ្ញាប័ណ្ណនេះ");
- the licensor named on a labelled line ("Litsenziar: ...", "Moun ki bay lisans lan: ...",
  "អ្នកផ្តល់អាជ្ញាប័ណ្ណ ៖ ...");
- the licence said to cover every model of its family ("רישיון זה חל על כל מודלי ...");
- the licensor's marks not licensed ("Usted no podrá usar las marcas del Licenciante");
- the stricter text said to prevail, which it does without saying so; a Welsh definition
  ("Ystyr ... yw");
- in Chinese: the user keeps the law anyway (不得利用本模型从事违反……法律法规的活动), owns its
  modifications, gets no trademark, and new versions leave acquired rights alone.

A passage naming commercial use, a ban word beyond these shapes or "only" is none of them (the
caller's readers have the first word). Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_grants_world import COMMERCIAL_WORLD

__all__ = ["states_no_term_world"]

_FLAGS = re.IGNORECASE
_AP = "['ʻ’`]"

_AS_IS = lazy_pattern(
    r"\bmar\s+a\s+tha\s+e\b|\bgun\s+bharantas\b|\btal\s+(?:com|i\s+com)\s+és\b|\bsense\s+(?:cap\s+)?"
    r"garanti\w*|\bjan\s+li\s+ye\s+a\b|\bsan\s+(?:okenn\s+)?garanti\b|бар\s+күйінде|кепілдік\w*"
    r"\s+(?:берілмейді|жоқ)|\bqanday\s+bo.lsa\s+shunday\b|\bkafolatsiz\b|байгаа\s+байдлаар"
    r"|баталгаагүй|\bnjengoko\s+injalo\b|\bngaphandle\s+kwesiqinisekiso\b|តាមស្ថានភាពជាក់ស្តែង"
    r"|គ្មានការធានា|bí\s+ó\s+ṣe\s+wà|láìsí\s+ìdánilójú|\bяк\s+ёсць\b|\bбез\s+(?:ніякіх\s+)?гарантый"
    r"|\bdagoen-dagoenean\b|\bbermerik\s+gabe\b|\bsoos\s+(?:dit|hy)\s+is\b|\bsonder\s+(?:enige\s+)?"
    r"waarborg\w*|\bsida\s+uu\s+yahay\b|\bkamar\s+yadda\s+yake\b|როგორც\s+არის|ինչպես\s+կա"
    r"|ຕາມສະພາບ|ရှိသည့်အတိုင်း|පවතින\s+ආකාරයෙන්|जस्तो\s+छ\s+त्यस्तै|\bsa['’]t\s+it\s+is\b"
    r"|\bsûnder\s+garânsje\b|\bw\s+stanie,?\s+w\s+jakim\s+(?:się\s+)?znajduje\b|\bfel\s+y\s+mae\b|\bheb\s+(?:unrhyw\s+)?warant\w*",
    _FLAGS,
)
_COPIES = lazy_pattern(
    r"\b(?:conservar|mantenir|incloure|adjuntar)\s+(?:aquest|aquesta|l['’])\s*(?:avís|llicència"
    r"|text)|\bkopi\s+lisans\s+(?:sa\s+a|la)\b|ភ្ជាប់អត្ថបទអាជ្ញាប័ណ្ណ|лицензия\s+мәтін\w*"
    r"|осы\s+лицензияның\s+көшірме\w*|\blitsenziya\s+matni\w*|\bushbu\s+litsenziya\s+nusxa\w*"
    r"|лицензийн\s+(?:хуулбар|эх\s+бичвэр)\w*|\bikopi\s+yale\s+layisenisi\b|ẹ̀dà\s+ìwé\s+àṣẹ\s+yìí"
    r"|\b(?:копію|тэкст)\s+гэтай\s+ліцэнзіі\b|\blethbhreac\w*\s+den\s+cheadachas\b"
    r"|\blizentzia\s+honen\s+kopia\w*|\bafskrif\s+van\s+hierdie\s+lisensie\b",
    _FLAGS,
)
_LICENSOR = lazy_pattern(
    r"^\W*(?:neach-?ceadachaidh|moun\s+ki\s+bay\s+lisans\s+lan|អ្នកផ្តល់អាជ្ញាប័ណ្ណ|лицензиар"
    r"|litsenziar|лиценз\s+олгогч|umniki-?layisenisi|olùfúnni-?làṣẹ|ліцэнзіяр|llicenciant"
    r"|lizentzia-?emailea|lisensiegewer|ლიცენზიარი|լիցենզիար)\s*[:៖：]\s*[^;:]{2,120}$",
    _FLAGS,
)
_ZH = lazy_pattern(
    r"^\W*(?:第\S{1,4}条\s*)?您?不得(?:利用|使用)本模型从事违反[^。；]{0,30}法律法规的(?:活动|行为)\W*$"
    r"|^\W*(?:第\S{1,4}条\s*)?您对本模型所作(?:的)?修改的权利归您所有\W*$"
    r"|^\W*(?:第\S{1,4}条\s*)?许可方的名称(?:和|及)商标不因本(?:协议|许可)授予您\W*$"
    r"|^\W*(?:第\S{1,4}条\s*)?许可方可以发布本(?:许可证|协议)的新版本[,，]\s*但新版本不影响您"
    r"依据本版本已经取得的权利\W*$"
)
# the stricter text said to prevail (the rule without such a clause), or a term's meaning given
_STRICTER = lazy_pattern(
    r"වඩාත්\s+සීමාකාරී\s+පාඨය|\bmwy\s+cyfyngol\b|\bstrengere\s+tekst\b|\bmés\s+restrictiu\b"
    r"|\btaħt\s+(?:dak|dan)\s+il-limitu\s+ma\s+hemmx\s+bżonn|\bnas\s+cuingiche\b|\bпострог\w*|\bstrangari\b|\bstrenger\w*\s+Versioun|\btekst\s+dy['’]t\s+strangere\b",
    _FLAGS,
)
# the licensor's marks or names not licensed: a short sentence naming both ("Usted no podrá usar
# las marcas del Licenciante", "Die Marken des Lizenzgebers sind nicht lizenziert")
_MARKS = lazy_pattern(
    r"^(?=[^;]{0,160}$)(?=.*\b(?:marcas?|marques?|Marken\w*|marchi|marchio|m[ăa]rci\w*"
    r"|znak\w*\s+towarow\w*|handelsmerk\w*|varumärk\w*|varemærk\w*|varemerk\w*|tavaramerk\w*"
    r"|ochrann\w+\s+známk\w*|védjegy\w*)\b)(?=.*\b(?:licenciante|licenciador\w*|concédant|donneur"
    r"|Lizenzgeber\w*|licenziante|licen[țt]iator\w*|licencjodawc\w*|licentiegever\w*|licensgivar\w*"
    r"|licensgiver\w*|lisenssinantaj\w*|poskytovatel\w*|licencadó\w*)\b)",
    _FLAGS,
)
# the licence covering every model of its family, maybe naming their kinds ("רישיון זה חל על כל
# מודלי המשפחה", "Esta licencia se aplica a todos los modelos de la familia"): a scope, no term
_FAMILY = lazy_pattern(
    r"^\W*(?:\S+\s+\d+\.?\s*)?(?:רישיון\s+זה\s+חל\s+על\s+כל\s+מודלי"
    r"|esta\s+licencia\s+se\s+aplica\s+a\s+todos\s+los\s+modelos|esta\s+licença\s+aplica-se\s+a"
    r"\s+todos\s+os\s+modelos|cette\s+licence\s+s['’]applique\s+à\s+tous\s+les\s+modèles"
    r"|questa\s+licenza\s+si\s+applica\s+a\s+tutti\s+i\s+modelli|diese\s+Lizenz\s+gilt\s+für\s+alle"
    r"\s+Modelle|leseni\s+hii\s+inahusu\s+modeli\s+zote|licencja\s+dotyczy\s+wszystkich\s+modeli"
    r"|лицензия\s+распространяется\s+на\s+все\s+модели|ліцензія\s+поширюється\s+на\s+всі\s+моделі)"
    r"[^.;!?]*[.!]?\s*$",
    _FLAGS,
)
_MEANING = lazy_pattern(
    r"^\W*(?:\d+\.\s*)?(?:Ystyr\s+[\"“']?\w+[\"”']?\s*\.)?\s*Ystyr\s+\S+", _FLAGS
)
# words that make a passage more than boilerplate: commercial use, "only", a need
_MORE = lazy_pattern(
    COMMERCIAL_WORLD + r"|commercia|\ba-?mhàin\b|\bnomés\b|\bsèlman\b|\bтек\b|\bfaqat\b|зөвхөн"
    r"|\bkuphela\b|តែប៉ុណ្ណោះ|\bтолькі\b|商业|商用|仅|只能",
    _FLAGS,
)


def states_no_term_world(text: str) -> bool:
    """Whether a passage is one of the clauses above, restricting no use."""
    if _STRICTER.search(text) is not None:
        return True
    if _MARKS.search(text.strip()) is not None:  # no trademark licence
        return True
    if _MEANING.search(text) is not None:  # cy: "Ystyr defnydd masnachol yw ...": a meaning
        return True
    if _MORE.search(text) is not None:
        return False
    if _FAMILY.search(text) is not None:  # every model of the family covered
        return True
    return any(p.search(text) is not None for p in (_AS_IS, _COPIES, _LICENSOR, _ZH))
