"""The cues of `terms.foreign` in Polish, Turkish and Vietnamese. See `foreign_cues` for what
each pattern is.

Each is written from the general shapes of such clauses: a grant "for any purpose, commercial
included" (w dowolnym celu, w tym komercyjnym / ticari amaçlar dahil her amaçla / cho mọi mục
đích, bao gồm cả mục đích thương mại), a grant confined to non-commercial, research or personal
ends, a ban on commercial use, commercial use that needs the licensor's consent or a further
license, a cap on monthly active users or revenue (with the licensee's affiliates counted or
not), and the law that governs. Turkish puts its verb last ("ticari amaçla kullanılamaz"), so
its bans follow the commercial word; Polish and Vietnamese put them either side.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_either_way import with_either_way

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_GAP = r"[^.;]{0,60}?"  # within one clause

# --- Polish ------------------------------------------------------------------------------------

_PL_COM = r"(?<!\bnie)(?<!\bnie-)(?<!\bnie\s)(?:komercyjn|zarobkow)\w*"  # not "Korzystanie "
_PL_NON = r"\bnie[- ]?(?:komercyjn|zarobkow)\w*"
_PL_BAN = (
    r"\b(?:zabronion\w*|zakazan\w*|zakaz\w*|niedozwolon\w*|nie\s+(?:wolno|może|mogą|można"
    r"|jest\s+dozwolon\w*|są\s+dozwolon\w*|zezwala\w*|udziela\w*|obejmuje))\b"
)
_PL_CONSENT = r"(?:zgod\w*|zezwoleni\w*|pozwoleni\w*|licencj\w*|umow\w*|autoryzacj\w*)"
_PL_WITHOUT = r"\bbez\s+(?:uprzedniej\s+|wcześniejszej\s+)?(?:pisemnej\s+)?" + _PL_CONSENT

PL = Cues(
    prohibited=_re(
        _PL_NON
        + "|"
        + _PL_BAN
        + _GAP
        + _PL_COM
        + "|"
        + _PL_COM
        + _GAP
        + _PL_BAN
        + r"|\bużytek\s+komercyjny\s*[:=：|]\s*(?:nie|zabroniony|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        _PL_COM + r"[^.;]{0,80}?\b(?:wymaga\w*|wymagan\w*|potrzebn\w*|konieczn\w*|musi|muszą"
        r"|należy|trzeba|uzyska\w*|kontakt\w*)\b[^.;]{0,40}?"
        + _PL_CONSENT
        + "|"
        + _PL_WITHOUT
        + _GAP
        + _PL_COM
        + "|"
        + _PL_COM
        + _GAP
        + _PL_WITHOUT
        + r"|\blicencj\w*\s+komercyjn"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "w tym komercyjnym", "także w celach
        # komercyjnych", "również do użytku komercyjnego", "łącznie z komercyjnym"
        r"\b(?:w\s+tym|także|również|też|łącznie\s+z|włącznie\s+z|zarówno)\s+(?:w\s+|do\s+|dla\s+)?"
        r"(?:cel\w*\s+|użyt\w*\s+|zastosowa\w*\s+|wykorzysta\w*\s+)?"
        + _PL_COM
        + r"|"
        + _PL_COM
        + r"\w*\s+(?:użycie|wykorzystanie|korzystanie|użytkowanie)\s+jest\s+"
        r"(?:dozwolon|dopuszczaln|możliw)\w*"
        + r"|(?<!nie\s)\b(?:można|wolno|dozwolone)\b[^.;]{0,40}?\bw\s+celach\s+"
        + _PL_COM
        # for any purpose: "w dowolnym celu", "do dowolnych celów", "w jakimkolwiek celu"
        + r"|\b(?:w|do|dla)\s+(?:dowoln|jakimkolwiek|każd)\w*\s+cel\w*\b(?!\s+(?:badawcz|naukow"
        r"|niekomercyjn|edukacyjn|dydaktyczn|akademick|osobist|prywatn|niezarobkow))"
    ),
    both=_re(
        # commercial (or profit-making) and not: "zarobkowe i niezarobkowe"
        r"(?<!nie)(?:komercyjn|zarobkow)\w*\s+(?:i|lub|oraz|albo|czy)\s+nie-?(?:komercyjn|zarobkow)"
        r"|nie-?(?:komercyjn|zarobkow)\w*\s+(?:i|lub|oraz|albo|czy)\s+(?:komercyjn|zarobkow)"
        r"|\b(?:niezależnie\s+od|bez\s+względu\s+na)\b[^.;]{0,50}?(?<!nie)(?:komercyjn|zarob|zysk"
        r"|dochod)"
        r"|(?<!nie)komercyjn\w*\s+czy\s+nie(?=\s*(?:[,.;:)»]|$))"
    ),
    unrestricted=_re(r"\bbez\s+(?:żadnych\s+)?(?:ograniczeń|ograniczenia)\b" + _GAP + _PL_COM),
    research=_re(
        r"\b(?:wyłącznie|tylko|jedynie|wyłącznie)\b[^.;]{0,40}?(?:badaw|naukow|akademick"
        r"|edukacyjn|dydaktyczn)\w*"
    ),
    personal=_re(r"\b(?:wyłącznie|tylko|jedynie)\b[^.;]{0,30}?\b(?:osobist|prywatn)\w*"),
    mau=_re(
        r"\bmiesięczn\w*\s+(?:liczb\w*\s+)?aktywn\w*\s+użytkownik\w*|\baktywn\w*\s+użytkownik\w*\s+"
        r"(?:miesięcznie|w\s+miesiącu|na\s+miesiąc)|\bMAU\b"
    ),
    revenue=_re(r"\bprzych[oó]d\w*|\bobrot\w*|\bdoch[oó]d\w*"),
    annual=_re(r"\broczn\w*|\brocznie\b|\bw\s+roku\b|\bna\s+rok\b"),
    affiliates=_re(
        r"\b(?:podmiot|spół(?:ek|k))\w*\s+(?:powiązan|zależn|dominując)\w*|\bgrup\w*\s+kapitałow"
        r"|\bgrup\w*\s+licencjobiorc\w*"  # the licensee's group: it with its affiliates
    ),
    laws=(
        (
            _re(
                r"\b(?:podlega\w*|rządz\w*|regulowan\w*|właściw\w*|stosuje\s+się)[^.;]{0,40}?"
                r"\bpraw\w*\s+(?:polsk\w*|Rzeczypospolitej\s+Polskiej)"
                r"|\bpraw\w*\s+polsk\w*\s+(?:jest\s+)?(?:właściw|stosuje|obowiązuj)"
            ),
            "PL",
        ),
    ),
    vocabulary=_re(
        r"licencj|warunki|dozwolon|zabronion|komercyjn|zgod|odpowiedzialno|gwarancj|praw|umow"
        r"|ograniczen"
    ),
    restrictive=_re(
        r"\b(?:nie|tylko|wyłącznie|zabronion\w*|komercyjn\w*|zgod\w*|musi|muszą|wyjątkiem)\b"
    ),
    license_noun=_re(r"licencj\w*|license|licence"),
)

# --- Turkish -----------------------------------------------------------------------------------

_TR_COM = r"\bticar[iî]\b(?!\s+olma)"  # not "ticari olmayan" (non-commercial)
_TR_NON = (
    r"\bticar[iî]\s+olmayan\w*|\bgayri\s*ticar[iî]|\bticar[iî]\s+amaç\w*\s+(?:taşımayan|gütmeyen)"
)
_TR_BAN = (
    r"(?:kullanılamaz|kullanamaz\w*|kullanmayacak\w*|yasak\w*|izin\s+verilmez|izin\s+verilmemekte\w*"
    r"|yapılamaz|yer\s+alamaz|edilemez|sunulamaz|dağıtılamaz|mümkün\s+değil\w*|men\s+edil\w*)"
)
_TR_CONSENT = r"(?:izn\w*|izin\w*|onay\w*|müsaade\w*|lisans\w*|sözleşme\w*|muvafakat\w*)"

TR = Cues(
    prohibited=_re(
        _TR_NON + "|" + _TR_COM + r"[^.;]{0,80}?" + _TR_BAN + r"|\byasak\w*\b" + _GAP + _TR_COM
    ),
    restricted=_re(
        _TR_COM + r"[^.;]{0,80}?" + _TR_CONSENT + r"[^.;]{0,30}?(?:gerek\w*|zorunlu\w*|alma\w*"
        r"|alın\w*|şart\w*|edinil\w*|tabi\w*|ile\s+mümkün)"
        + r"|"
        + _TR_CONSENT
        + r"\s+(?:alınmadan|almadan|olmadan|olmaksızın|bulunmadan)"
        + _GAP
        + _TR_COM
        + r"|"
        + _TR_COM
        + r"[^.;]{0,30}?\blisans\w*"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "ticari amaçlar dahil", "ticari kullanım da
        # dahil olmak üzere", "ticari amaçları da kapsayacak şekilde"
        _TR_COM + r"\s+(?:amaç\w*|kullanım\w*|kullanma\w*|faaliyet\w*)?\s*(?:d[ae]\s+)?"
        r"(?:dahil|dâhil|içeren|kapsa(?!maz|mamaktadır)\w*)(?!\s+(?:değil|olmaz|edilmez))"
        + r"|"
        + _TR_COM
        + r"\s+(?:amaçla\w*|olarak)\s+(?:da\s+|de\s+)?(?:serbestçe\s+)?"
        r"(?:kullanılabilir|kullanabilir\w*)"
        + r"|"
        + _TR_COM
        + r"\s+(?:kullanım\w*|amaçla\w*)\s+(?:serbest\w*|mümkün\w*|izinli\w*"
        r"|izin\s+verilir)"
        # for any purpose: "her amaçla", "her türlü amaçla", "herhangi bir amaçla"
         + r"|(?<!ticari\s)(?<!ticarî\s)\b(?:her\s+(?:türlü\s+)?|herhangi\s+bir\s+)amaç\w*"
        # whatever you wish: "ne için isterseniz", "hangi amaçla dilerseniz", "istediğiniz
        # her amaçla"
        r"|\b(?:ne\s+için|ne\s+amaçla|hangi\s+amaçla|nerede\s+ve\s+nasıl)\s+(?:isterseniz|dilerseniz"
        r"|isterse|dilerse)\b|\b(?:istediğiniz|dilediğiniz|istediği|dilediği)\s+(?:her\s+)?amaç\w*"
        # no permission of ours and no payment needed, for no named purpose: "bizden izin
        # almanız ya da bize ödeme yapmanız gerekmez"
        r"|^(?![^.]*\b(?:araştırma|akademik|eğitim|kişisel|bireysel|olmayan)\w*)"
        r"[^.]*\bizin\s+(?:almanız|almanıza|alınması)\b[^.;]{0,40}?\b(?:gerekmez|gerek\s+yoktur"
        r"|gerekmemektedir)"
    ),
    both=_re(
        _TR_COM + r"\s+(?:olan\s+)?(?:ve|veya|ya\s+da)\s+ticar[iî]\s+olmayan"
        r"|\bticar[iî]\s+olsun\s+(?:ya\s+da|veya)\s+olmasın"
        r"|\bticar[iî]\s+olup\s+olmadığına\s+bakılmaksızın"
        # for profit or not, in the optative pair "-sın ya da -masın" or "olup olmadığına":
        # "kâr amacı güdülsün ya da güdülmesin", "kâr amaçlı olsun olmasın"
        r"|\b(?:ticar[iî]|k[âa]r)\b[^.;]{0,40}?\w+s[ıiuü]n\s+(?:ya\s+da\s+|veya\s+|yahut\s+)?"
        r"\w+m[ae]s[ıiuü]n\b"
        r"|\bk[âa]r\b[^.;]{0,30}?\bolup\s+olmadığına\s+bakılmaksızın"
    ),
    unrestricted=_re(
        _TR_COM + r"[^.;]{0,40}?(?:hiçbir\s+)?(?:kısıtlama|sınırlama)\w*\s+(?:yoktur|olmaksızın"
        r"|bulunmamaktadır|yok)"
    ),
    research=_re(
        r"\b(?:yalnızca|sadece|yalnız|münhasıran)\b[^.;]{0,40}?(?:araştırma|akademik|bilimsel"
        r"|eğitim)\w*"
    ),
    personal=_re(r"\b(?:yalnızca|sadece|yalnız)\b[^.;]{0,30}?(?:kişisel|bireysel)\w*"),
    mau=_re(r"\baylık\s+aktif\s+kullanıcı\w*|\bMAU\b"),
    revenue=_re(r"\bgelir\w*|\bciro\w*|\bhasılat\w*"),
    annual=_re(r"\byıllık\b|\byılda\b|\bbir\s+yıl"),
    affiliates=_re(r"\biştirak\w*|\bbağlı\s+(?:şirket|ortaklık|kuruluş)\w*|\bgrup\s+şirket\w*"),
    laws=(
        (
            _re(
                r"\b(?:Türkiye\s+Cumhuriyeti|Türkiye|Türk)\s+(?:hukuk\w*|kanun\w*|yasa\w*|mevzuat\w*)"
                r"[^.;]{0,40}?(?:tabi\w*|uygulan\w*|göre|yorumlan\w*)"
            ),
            "TR",
        ),
    ),
    vocabulary=_re(r"lisans|koşul|izin|yasak|ticari|onay|sorumluluk|garanti|hak|sözleşme|kısıtla"),
    restrictive=_re(
        r"\b(?:değil\w*|yalnızca|sadece|yasak\w*|ticari|izin\w*|olmayan|hariç|ancak)\b|ma[zk]|me[zk]"
    ),
    license_noun=_re(r"lisans\w*|license|licence"),
)

# --- Vietnamese --------------------------------------------------------------------------------

# commercial use, or business and earning in plain words ("hoạt động kinh doanh", "kiếm tiền")
_VI_COM = r"(?<!phi\s)(?<!phi-)(?:thương\s+mại|kinh\s+doanh|sinh\s+lời|kiếm\s+tiền)"
# commercial ends in plain words too: business, profit, earning ("hoạt động kinh doanh")
_VI_EARN = r"(?<!phi\s)(?<!phi-)(?:thương\s+mại|kinh\s+doanh|sinh\s+lời|kiếm\s+tiền|lợi\s+nhuận)"
_VI_NON = (
    r"\bphi[\s-]+thương\s+mại|\bkhông\s+(?:vì\s+|nhằm\s+|có\s+)?(?:mục\s+đích\s+)?thương\s+mại"
    r"|\bphi\s+lợi\s+nhuận"
)
_VI_BAN = (  # one group: it is joined to the words after it
    r"(?:\b(?:không\s+được(?!\s+(?:sự\s+)?(?:đồng\s+ý|chấp\s+thuận))|cấm|nghiêm\s+cấm"
    r"|không\s+cho\s+phép|không\s+thể|không\s+được\s+phép)\b"
    # no right granted for it: "Giấy phép này không cấp bất kỳ quyền nào cho việc sử dụng ..."
    r"|\bkhông\s+(?:cấp|trao|bao\s+gồm)\s+(?:cho\s+\w+\s+)?(?:bất\s+kỳ\s+|bất\s+cứ\s+)?quyền\b)"
)
_VI_CONSENT = (
    r"(?:đồng\s+ý|chấp\s+thuận|cho\s+phép|giấy\s+phép|thỏa\s+thuận|hợp\s+đồng|cấp\s+phép"
    r"|xin\s+phép)"  # asking leave: "phải xin phép bằng văn bản"
)
_VI_WITHOUT = (
    r"\b(?:không\s+có|khi\s+chưa\s+có|nếu\s+không\s+có|chưa\s+được|chưa\s+có|trừ\s+khi\s+có"
    r"|phải\s+có|phải\s+được)\s+(?:sự\s+)?(?:văn\s+bản\s+)?" + _VI_CONSENT
)

VI = Cues(
    prohibited=_re(
        _VI_NON
        + "|"
        + _VI_BAN
        + _GAP
        + _VI_COM
        + "|"
        + _VI_COM
        + _GAP
        + r"\b(?:bị\s+cấm|không\s+được\s+phép|không\s+được\s+cho\s+phép|bị\s+nghiêm\s+cấm)"
    ),
    restricted=_re(
        _VI_COM
        + r"[^.;]{0,80}?\b(?:cần|phải|yêu\s+cầu|liên\s+hệ)\b[^.;]{0,40}?"
        + _VI_CONSENT
        + "|"
        + _VI_WITHOUT
        + r"[^.;]{0,80}?"
        + _VI_COM
        + "|"
        + _VI_COM
        + r"[^.;]{0,100}?"
        + _VI_WITHOUT
        + r"|\bgiấy\s+phép\s+thương\s+mại"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "bao gồm cả mục đích thương mại", "kể cả
        # sử dụng thương mại"
        r"\b(?:bao\s+gồm|kể\s+cả|gồm\s+cả|cả)\s+(?:cả\s+)?(?:cho\s+)?(?:các\s+)?(?:mục\s+đích\s+"
        r"|việc\s+sử\s+dụng\s+|sử\s+dụng\s+|hoạt\s+động\s+)?"
        + _VI_EARN
        + r"|(?<!không\s)\b(?:được\s+phép|có\s+thể|được)\s+sử\s+dụng\s+(?:cho\s+)?"
        + r"(?:mục\s+đích\s+)?"
        + _VI_COM
        + r"|"
        + _VI_COM
        + r"\s+(?:là\s+|đều\s+|cũng\s+)?(?:được\s+phép|được\s+cho\s+phép|miễn\s+phí)"
        # no permission needed for it: "sử dụng thương mại không cần sự chấp thuận"
        + r"|"
        + _VI_COM
        + r"[^.;]{0,60}?\bkhông\s+(?:cần|phải|bắt\s+buộc)\s+(?:\w+\s+){0,3}?(?:xin\s+phép"
        r"|cho\s+phép|chấp\s+thuận|đồng\s+ý)|\bkhông\s+(?:cần|phải)\s+(?:\w+\s+){0,3}?"
        r"(?:xin\s+phép|chấp\s+thuận|đồng\s+ý)[^.;]{0,60}?"
        + _VI_COM
        # for any purpose: "cho mọi mục đích", "cho bất kỳ mục đích nào"
        + r"|\bcho\s+(?:mọi|bất\s+kỳ|bất\s+cứ)\s+mục\s+đích(?:\s+nào)?(?!\s+(?:thương\s+mại"
        r"|phi|nghiên\s+cứu|học\s+tập|học\s+thuật|giáo\s+dục|khoa\s+học|cá\s+nhân|\w+\s+nào))"
        # not an exception after it ("cho mọi mục đích trừ kinh doanh")
        r"(?![^.;]{0,30}?\b(?:trừ|ngoại\s+trừ|ngoài)\b)"
    ),
    both=_re(
        _VI_COM + r"\s+(?:hay|hoặc|và)\s+phi\s+thương\s+mại"
        r"|\bphi\s+thương\s+mại\s+(?:hay|hoặc|và)\s+thương\s+mại"
        r"|\bbất\s+kể\b[^.;]{0,30}?thương\s+mại"
        # whether for profit or not: "dù mục đích có thương mại hay không", "kinh doanh hoặc không"
         + "|" + _VI_EARN + r"\s+(?:hay|hoặc)\s+(?:là\s+)?không\b"
    ),
    unrestricted=_re(
        r"\bkhông\s+(?:có\s+)?(?:bất\s+kỳ\s+)?(?:hạn\s+chế|giới\s+hạn)" + _GAP + _VI_COM
    ),
    research=_re(r"\bchỉ\b[^.;]{0,40}?(?:nghiên\s+cứu|học\s+thuật|giáo\s+dục|khoa\s+học)"),
    personal=_re(r"\bchỉ\b[^.;]{0,30}?cá\s+nhân"),
    mau=_re(
        r"\bngười\s+dùng\s+(?:hoạt\s+động|tích\s+cực)\s+(?:hằng|hàng|mỗi)\s+tháng|\bMAU\b"
        # the month after the count: "người dùng hoạt động vượt quá 1.000.000 trong một tháng"
        r"|\bngười\s+dùng\s+(?:hoạt\s+động|tích\s+cực)\b(?=(?:[^.;]|\.\d){0,60}?\b(?:trong\s+(?:một|1|mỗi)"
        r"\s+tháng|(?:hằng|hàng|mỗi)\s+tháng)\b)"
    ),
    revenue=_re(r"\bdoanh\s+thu|\bthu\s+nhập"),
    annual=_re(r"\b(?:hằng|hàng|mỗi)\s+năm|\bnăm\b"),
    affiliates=_re(
        r"\b(?:công\s+ty|bên|đơn\s+vị)\s+(?:liên\s+kết|con)|\btập\s+đoàn|\bcông\s+ty\s+mẹ"
    ),
    laws=(
        (
            _re(
                r"\b(?:điều\s+chỉnh|chi\s+phối|tuân\s+theo|áp\s+dụng|theo)\b[^.;]{0,30}?"
                r"\b(?:pháp\s+luật|luật)\s+(?:của\s+)?(?:nước\s+)?(?:Cộng\s+hòa\s+Xã\s+hội\s+Chủ"
                r"\s+nghĩa\s+)?Việt\s+Nam"
                # the law named alone, after its caption: "Luật điều chỉnh. Pháp luật nước Cộng
                # hòa xã hội chủ nghĩa Việt Nam."
                r"|(?:^\W*|\b(?:luật|pháp\s+luật)\s+(?:điều\s+chỉnh|áp\s+dụng)\W{1,3})(?:là\s+)?"
                r"(?:pháp\s+luật|luật)\s+(?:của\s+)?(?:nước\s+)?(?:Cộng\s+hòa\s+Xã\s+hội\s+Chủ"
                r"\s+nghĩa\s+)?Việt\s+Nam\W*$"
            ),
            "VN",
        ),
    ),
    vocabulary=_re(
        r"giấy phép|điều khoản|điều kiện|cho phép|cấm|thương mại|đồng ý|trách nhiệm|bảo đảm|quyền"
        r"|hợp đồng|hạn chế"
    ),
    restrictive=_re(r"không|chỉ|cấm|thương mại|phải|ngoại trừ|tuy nhiên"),
    license_noun=_re(r"giấy phép|license|licence"),
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
TR = with_either_way(TR, "tr")
