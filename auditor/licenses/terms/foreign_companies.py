"""Use by a company deemed commercial, in French, Spanish, Portuguese, Italian, German, Dutch,
Polish and Russian, for `foreign_ja.clause_reader`: "L'utilisation par une société commerciale
dans le cadre de ses activités, y compris pour ses besoins internes, est réputée commerciale",
"Se considera uso comercial todo uso por parte de una empresa", "Die Nutzung durch ein
Unternehmen gilt als kommerziell", "Использование модели коммерческой организацией считается
коммерческим". Beside a non-commercial grant, such a definition leaves companies out of it, their
internal use included, whatever they use the model for: `use_scope` `non-commercial-organizations`,
as the English clause rule licensees/non-commercial-organizations+companies-left-out reads
"must not be used by or on behalf of commercial organizations".

One clause (cut at a full stop or a semicolon) holds both: the use by a company (a company, a
business, a firm, a legal person for profit; not a non-profit one) and its being deemed or
considered commercial, in either order. A clause saying such use is *not* commercial ("n'est
pas réputée commerciale", "gilt nicht als kommerziell") or deeming a non-profit's use anything
leaves no one out.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues_ar import ar_pattern
from auditor.licenses.terms.foreign_internal_use import read_internal_use
from auditor.licenses.terms.foreign_research_anyone import read_research_by_anyone
from auditor.licenses.terms.foreign_unless_commercial import read_unless_commercial
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE

# language -> (use by a company, deemed commercial)
_WORDS: dict[str, tuple[str, str]] = {
    "fr": (
        r"\b(?:utilisation|usage|exploitation)\w*\s+(?:\w+\s+){0,4}?(?:par|au\s+sein\s+d['’]?)\s*"
        r"(?:une?\s+|toute?\s+|les\s+|des\s+)?(?:sociétés?|entreprises?|personnes?\s+morales?"
        r"\s+à\s+but\s+lucratif|organismes?\s+à\s+but\s+lucratif)\b",
        r"(?<!pas\s)(?<!n'est\s)\b(?:est|sont|sera|seront)\s+(?:réputée?s?|considérée?s?|regardée?s?)"
        r"\s+(?:comme\s+)?(?:une\s+utilisation\s+)?commerciale?s?\b|\bconstitue\w*\s+une\s+"
        r"utilisation\s+commerciale|\b(?:est|sont)\s+(?:réputée?s?|considérée?s?)\s+commercia\w*",
    ),
    "es": (
        r"\b(?:uso|utilización|empleo)\s+(?:\w+\s+){0,4}?por\s+(?:parte\s+de\s+)?(?:una?\s+"
        r"|cualquier\s+|las?\s+|los\s+)?(?:empresas?|sociedades?|compañías?|personas?\s+jurídicas?"
        r"\s+con\s+(?:ánimo|fines)\s+de\s+lucro)\b",
        r"(?<!no\s)\b(?:se\s+considera\w*|se\s+entender\w*|tendrá\s+la\s+consideración\s+de"
        r"|será\s+considerad\w+|constituye\w*)\s+(?:como\s+)?(?:un\s+)?(?:uso\s+)?comercial\w*",
    ),
    "pt": (
        r"\b(?:uso|utilização|emprego)\s+(?:\w+\s+){0,4}?(?:por|pela|pelas|pelo|pelos)\s+"
        r"(?:uma?\s+|qualquer\s+|as?\s+|os\s+)?(?:empresas?|sociedades?|pessoas?\s+jurídicas?"
        r"\s+com\s+fins\s+lucrativos)\b",
        r"(?<!não\s)\b(?:(?:é|são|será|serão)\s+considerad\w+|considera-se|reputa-se|constitui\w*)"
        r"\s+(?:como\s+)?(?:um\s+)?(?:uso\s+)?comercia\w*",
    ),
    "it": (
        r"\b(?:uso|utilizzo|impiego)\s+(?:\w+\s+){0,4}?da\s+parte\s+di\s+(?:una?\s+|qualsiasi\s+"
        r"|societ\w+\s+)?(?:societ[àa]|imprese?|aziende?)\b",
        r"(?<!non\s)\b(?:(?:è|sono|sarà|saranno)\s+considerat\w+|si\s+considera|costituisce)\s+"
        r"(?:come\s+)?(?:un\s+)?(?:uso\s+)?commercial\w*",
    ),
    "de": (
        r"\b(?:Nutzung|Verwendung|Benutzung|Einsatz)\s+(?:\w+\s+){0,4}?(?:durch|in|bei)\s+"
        r"(?:ein(?:em|e|en)?\s+|jede[smn]?\s+|die\s+|den\s+)?(?:Unternehmen|Gesellschaft\w*"
        r"|Firma|Firmen|Wirtschaftsunternehmen)\b",
        r"\b(?:gilt|gelten)\s+(?:stets\s+|immer\s+)?als\s+(?:eine\s+)?(?:kommerziell|gewerblich)\w*"
        r"|\bstellt\s+(?:stets\s+)?eine\s+(?:kommerzielle|gewerbliche)\s+Nutzung\s+dar",
    ),
    "nl": (
        r"\bgebruik\s+(?:\w+\s+){0,4}?door\s+(?:een\s+|elke\s+|de\s+)?(?:onderneming\w*|bedrijf"
        r"\w*|vennootschap\w*)\b",
        r"(?<!niet\s)\b(?:geldt|gelden)\s+als\s+commercie\w*|\bwordt\s+(?:beschouwd|aangemerkt)"
        r"\s+als\s+commercie\w*",
    ),
    "pl": (
        r"\bkorzystani\w*\s+(?:\w+\s+){0,4}?przez\s+(?:\w+\s+)?(?:przedsiębior\w+|spółk\w+|firm\w*)",
        r"(?<!nie\s)\b(?:uważa\s+się\s+za|jest\s+(?:uznawane|traktowane)\s+(?:jako|za)|stanowi)\s+"
        r"(?:korzystanie\s+)?komercyjn\w*",
    ),
    "ru": (
        r"\bиспользовани\w*\s+(?:\w+\s+){0,4}?(?:коммерческ\w+\s+)?(?:организаци\w+|компани\w+"
        r"|юридическ\w+\s+лиц\w*|предприяти\w+)",
        r"(?<!не\s)\b(?:считается|признаётся|признается|является)\s+(?:\w+\s+)?коммерческ\w*",
    ),
    # id: use by a business entity or company, deemed commercial, or commercial use defined
    # as it ('"Penggunaan Komersial" berarti setiap penggunaan oleh atau untuk badan usaha')
    "id": (
        r"\bpenggunaan\s+(?:\w+\s+){0,4}?(?:oleh|untuk)\s+(?:atau\s+untuk\s+)?(?:suatu\s+"
        r"|sebuah\s+|setiap\s+)?(?:badan\s+usaha|perusahaan|korporasi|badan\s+hukum\s+komersial)",
        r"(?<!tidak\s)(?<!bukan\s)\b(?:dianggap|dipandang|diperlakukan)\s+(?:sebagai\s+)?"
        r"(?:penggunaan\s+)?komersi[a]?l|\bmerupakan\s+penggunaan\s+komersi[a]?l"
        r"|(?<!bukan\s)\bpenggunaan\s+komersi[a]?l\s*[\"”]?\s*(?:berarti|adalah|mencakup"
        r"|meliputi|diartikan\s+sebagai)\b",
    ),
    # ja/ko (session 25): a corporation's use, with commercial use defined to include it
    # ("「営利利用」とは、…法人が自らの業務のために社内で利用する場合を含む", "법인이 내부 업무에
    # 이용하는 경우도 영리 이용으로 본다")
    "ja": (
        r"(?:法人|企業|会社|事業者)(?:が|による|において|の)[^。]{0,40}?(?:利用|使用)",
        r"[「『](?:商用|商業|営利)(?:利用|目的|使用)?[」』](?:と|に)は[^。]*?(?:含む|含み|含まれ(?!ない|ません))"
        r"|(?<!非)(?:商用|商業|営利)(?:利用|目的での利用)?(?:と|に)(?:みなす|みなします|みなされ"
        r"|該当する|該当します|含まれる|含まれます)",
    ),
    # zh: a company's use, commercial use defined to include it ("所称商业用途，系指……包括企业
    # 为其经营所为之内部使用", "公司内部使用亦视为商用")
    "zh": (
        r"(?:公司|企业|企業|法人|商号|商號|行号|行號|营利(?:组织|机构)|營利(?:組織|機構))"
        r"[^。；;]{0,20}?(?:使用|利用|运用|運用)",
        r"(?:商[业業]|商用|[营營]利)(?:用途|使用|目的|利用)?[^。；;]{0,4}?(?:是指|[系係]指|指)[^。]*?"
        r"(?:包括|包含|含)|(?:[视視][为為同]|[属屬]于|[属屬]於|[构構]成|均[属屬])(?:商[业業]|商用)",
    ),
    "ko": (
        r"(?:법인|기업|회사|사업자)(?:이|가|의|에\s*의한)[^.]{0,40}?(?:이용|사용)",
        r"[\"“「](?:상업|영리)적?\s*(?:이용|목적|사용)?[\"”」]\s*(?:이)?란[^.]*?포함"
        r"|(?<!비)(?:상업|영리)적?\s*(?:이용|사용)(?:으로|에)\s*(?:본다|봅니다|간주|해당한다|해당합니다"
        r"|포함된다|포함됩니다)",
    ),
    # tr: a business's or company's use ("Bir işletmenin modeli iç süreçlerinde kullanması"),
    # deemed commercial use ("ticari kullanımdır", "ticari kullanım sayılır")
    "tr": (
        r"\b(?:işletme|şirket|firma|ticari\s+kuruluş|tüzel\s+kişi)\w*\s+(?:\S+\s+){0,6}?"
        r"(?:kullan(?:ma|ım)\w*)",
        r"\bticar[iî]\s+kullanım(?:dır|\s+(?:sayılır|kabul\s+edilir|niteliğindedir))"
        r"|\bticar[iî]\s+(?:sayılır|kabul\s+edilir)",
    ),
    # ar: use within or by an establishment or company, commercial use defined to include it
    # ("الاستعمال التجاري: ... ويدخل في ذلك تشغيله داخل المنشأة لخدمة أعمالها")
    "ar": (
        ar_pattern(
            r"(?:تشغيل|استعمال|استخدام)\S*\s+(?:\S+\s+){0,3}?(?:داخل|في|لدى|من\s+قبل|بواسطة)\s+"
            r"(?:ال)?(?:منشأ[ةه]|شرك[ةه]|مؤسس[ةه]|جه[ةه]\s+تجاري)"
        ).pattern,
        ar_pattern(
            r"^\W*(?:ال)?(?:استعمال|استخدام)\s+(?:ال)?تجاري\S*\W*\s*:[^.]*?(?:يدخل\s+في\s+ذلك|يشمل"
            r"|بما\s+في\s+ذلك)|(?:يعد|يعتبر)\s+(?:\S+\s+)?(?:استعمالا|استخداما)\s+تجاري"
        ).pattern,
    ),
    # fa: use by a company or a profit-making institution, defined as commercial exploitation
    # ('«بهره‌برداری تجاری»: هرگونه استفاده از مدل به‌وسیلهٔ شرکت، مؤسسهٔ انتفاعی ...')
    "fa": (
        r"استفاده\S*\s+(?:\S+\s+){0,4}?(?:به\s*وسیله\S*|توسط|از\s+سوی)\s+(?:\S+\s+)?"
        r"(?:شرکت|مؤسسه\S*\s+انتفاعی|بنگاه)",
        r"(?:بهره\s*برداری|استفاده)\s+تجاری\S*\W*\s*:|تجاری\s+(?:محسوب|تلقی)\s+می\s*شود",
    ),
    # eu: a company's use ("enpresa batek bere barne-jardueretan egiten duena"), commercial use
    # defined as it ("Merkataritza-erabilera da ...") or deemed so ("komertzialtzat jotzen da")
    "eu": (
        r"\b(?:enpresa|sozietate|konpainia)\w*\s+(?:[\w-]+\s+){0,6}?(?:erabil\w*|egiten\s+du\w*)"
        r"|\berabilera\w*\s+(?:[\w-]+\s+){0,4}?(?:enpresa|sozietate|konpainia)\w*",
        r"(?<!\bez\s)\b(?:merkataritza[- ]erabilera|erabilera\s+komertziala)\s+(?:da|dira)\b"
        r"|\b(?:komertzialtzat|merkataritza[- ]erabileratzat)\s+(?:hartzen|jotzen|hartuko|joko)\s+"
        r"(?:da|dira)\b",
    ),
}
# a company for profit, never a non-profit one ("association à but non lucratif")
_NON_PROFIT = lazy_pattern(
    r"\bnon\s+lucratif|\bsin\s+(?:ánimo|fines)\s+de\s+lucro|\bsem\s+fins\s+lucrativos"
    r"|\bsenza\s+scopo\s+di\s+lucro|\bgemeinnützig\w*|\bnon-?profit|\bzonder\s+winstoogmerk"
    r"|\bpożytku\s+publicznego|\bnirlaba\b|\bнекоммерческ\w*\s+(?:организаци|компани|предприяти)"
    r"|\birabazi[- ]asmorik\s+gabeko"  # eu
    r"|非営利(?:法人|団体|組織)|비영리\s*(?:법인|단체|조직)|非(?:营利|營利)(?:组织|組織|机构|機構|法人)",
    _FLAGS,
)
_CLAUSE_END = lazy_pattern(r"[.;!?](?!\d)")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    by_company, deemed = _WORDS[language]
    return re.compile(by_company, _FLAGS), re.compile(deemed, _FLAGS)


def read_companies_left_out(language: str | None, text: str) -> list[Clause]:
    """`use_scope` `non-commercial-organizations` when a clause deems a company's use
    commercial; `internal-use-by-anyone` when one says internal use is not commercial
    (`foreign_internal_use`), a use granted unless commercial (`foreign_unless_commercial`);
    `research-by-anyone` when research is said to be anyone's (`foreign_research_anyone`)."""
    if found := read_internal_use(language, text) + read_unless_commercial(language, text):
        return found
    if found := read_research_by_anyone(language, text):  # `foreign_research_anyone`
        return found
    if language not in _WORDS:
        return []
    by_company, deemed = _patterns(language)
    for clause in _CLAUSE_END.split(text):
        if _NON_PROFIT.search(clause):
            continue
        if by_company.search(clause) and deemed.search(clause):
            return [Clause("use_scope", ["non-commercial-organizations"])]
    return []


def companies_not_left_out(values: dict[str, object]) -> None:
    """Where commercial use is granted, or needs the licensor's permission, a definition
    deeming a company's use commercial brings it under that term (`values`, a reading's terms,
    changed in place): it leaves no company out of the grant."""
    scope = values.get("use_scope")
    if not isinstance(scope, list) or _COMPANIES not in scope:
        return
    if values.get("commercial_use") in ("allowed", "restricted"):
        kept = [s for s in scope if s != _COMPANIES]
        if kept:
            values["use_scope"] = kept
        else:
            values.pop("use_scope")


_COMPANIES = "non-commercial-organizations"
