"""Territory clauses in Japanese, Korean and Hebrew, and Korean and Japanese clauses binding
in a use policy, for `foreign_ja.clause_reader`:

- a grant withheld from persons or companies based in named places ("欧州連合に居住する個人
  ... には与えられません", "유럽연합에 본사를 둔 법인에는 ... 부여되지 않습니다"):
  `excluded_licensee_domiciles` over those places (Hebrew: also `foreign_six`, for fewer places);
- use banned in named places or for users there ("ロシア連邦内での使用を禁止します",
  "러시아에서 ... 사용할 수 없습니다", "אין להשתמש במודל בשטח הפדרציה הרוסית"):
  `excluded_use_territories` over those places;
- (Korean and Japanese, clause rules of license_db/clause_rules/ko.yaml and ja.yaml) a use
  policy, guideline or code of conduct the licensee must follow ("... 이용 정책」을 준수하여야
  합니다", "...利用ポリシーを遵守しなければなりません"): `acceptable_use_policy_incorporated`;
  the licensor's right to change the terms or that policy ("라이선스 제공자는 이 정책을 수시로
  변경할 수 있으며"): `licensor_may_update_terms` (Korean; Japanese: `foreign_ja`).

A clause is one sentence cut at 。, a full stop or a semicolon; a place whose sanctions, laws or
export rules it invokes ("米国の輸出管理法", "미국의 수출 통제", "חוקי הייצוא של ארצות הברית")
is no excluded place. A place named without a grant withheld or a use banned ("欧州連合の一般
データ保護規則に従い", "EU 거주자에게도 적용됩니다") states nothing here.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.clause_rules import clause_pattern
from auditor.licenses.terms.foreign_ja_ko_confined import confined_places
from auditor.licenses.terms.foreign_ja_ko_venue import read_venue
from auditor.licenses.terms.foreign_weights_ja_ko import weights_ja_ko
from auditor.licenses.terms.foreign_zh import Clause

_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "ja": (
        (r"欧州連合|ＥＵ|(?<![A-Za-z])EU(?![A-Za-z])", "EU"),
        (r"アメリカ合衆国|米国|アメリカ", "US"),
        (r"中華人民共和国|中国(?!語)", "CN"), (r"ロシア連邦|ロシア(?!語)", "RU"),
        (r"朝鮮民主主義人民共和国|北朝鮮", "KP"), (r"イラン", "IR"), (r"シリア", "SY"),
        (r"キューバ", "CU"), (r"ベラルーシ", "BY"), (r"クリミア", "UA"), (r"日本(?!語)", "JP"),
        (r"英国|イギリス", "GB"), (r"香港", "HK"), (r"マカオ|澳門", "MO"), (r"台湾", "TW"),
        (r"大韓民国|韓国(?!語)", "KR"),
    ),
    "ko": (
        (r"유럽\s*연합|(?<![A-Za-z])EU(?![A-Za-z])", "EU"), (r"미합중국|미국", "US"),
        (r"중화인민공화국|중국(?!어)", "CN"), (r"러시아(?:\s*연방)?(?!어)", "RU"),
        (r"조선민주주의인민공화국|북한", "KP"),
        (r"(?<![가-힣])이란(?!\s*(?:무엇|뜻))", "IR"), (r"시리아", "SY"), (r"쿠바", "CU"),
        (r"벨라루스", "BY"), (r"크림\s*반도|크림", "UA"), (r"일본(?!어)", "JP"), (r"영국", "GB"),
        (r"홍콩", "HK"), (r"마카오", "MO"), (r"대만", "TW"), (r"대한민국", "KR"),
    ),
    "he": (
        (r"האיחוד\s+האירופי|(?<![A-Za-z])EU(?![A-Za-z])", "EU"),
        (r"ארצות\s+הברית|ארה\"ב|ארה״ב", "US"), (r"הפדרציה\s+הרוסית|רוסיה", "RU"),
        (r"איראן", "IR"), (r"צפון\s+קוריאה", "KP"), (r"סוריה", "SY"), (r"קובה", "CU"),
        (r"בלארוס|בלרוס", "BY"), (r"חצי\s+האי\s+קרים|קרים", "UA"), (r"סין(?!ית)", "CN"),
        (r"בריטניה|הממלכה\s+המאוחדת", "GB"),
    ),
}  # fmt: skip

# the state whose sanctions, laws or export rules a clause invokes (just before the place, or
# just after it with a possessive: "米国の輸出管理法", "미국의 수출 통제")
_AUTHORITY_BEFORE = lazy_pattern(
    r"(?:制裁|法令|法律|規制|輸出|수출|제재|법률|법령|규정|סנקצי|חוק|ייצוא|יצוא|רשימ)[^。.;]{0,12}$"
)
_AUTHORITY_AFTER = lazy_pattern(
    r"^\s*(?:の|의)?\s*(?:輸出|制裁|法令|法律|規制|수출|제재|법률|법령|규정)"
)

# --- a grant withheld from those based in a place ----------------------------------------------

_WITHHELD = {
    "ja": lazy_pattern(
        r"与えられ(?:ません|ない)|付与(?:され|し)(?:ません|ない)|許諾(?:され|し)(?:ません|ない)"
        r"|適用(?:され|し)(?:ません|ない)|対象(?:外|としません|としない)|除外(?:され|し)"
        r"|ライセンシー(?:と|に)は(?:なれ|なり得)ません|利用(?:する)?(?:こと)?(?:は|が)?できません"
        # no right held at all: いかなる権利も有しない
        r"|(?:権利|権限|ライセンス)(?:を|も|は)?[^。]{0,6}?(?:有し|持た|持ち)(?:ない|ません)"
    ),
    "he": lazy_pattern(
        r"אינ[וה]\s+(?:מעניק|חל)|לא\s+(?:יינתן|תינתן|יוענק|מוענק|חל)|אין\s+(?:רישיון|זכות|זכויות)"
        r"|אינ[םן]\s+רשאי|לא\s+יהיו\s+רשאי|מוחרג"
    ),
    "ko": lazy_pattern(
        r"부여(?:되|하)지\s*않|허락(?:되|하)지\s*않|적용(?:되|하)지\s*않|제외(?:되|됩|한|하)"
        r"|라이선스를\s*받을\s*수\s*없|이용할\s*수\s*없|사용할\s*수\s*없"
        # no right held at all: 어떠한 권리도 갖지 않는다 (the formal negation read plain)
        r"|(?:권리|권한|라이선스)\s*(?:을|를|도|은|는|이|가)?[^.]{0,6}?(?:갖|가지|보유하)지\s*않"
        r"|(?:권리|권한)\s*(?:이|가|은|는|도)\s*없"
    ),
}
# based there: resident, seated, incorporated, national (Japanese and Korean name the place
# first)
_BASED = {
    "ja": lazy_pattern(
        r"居住|在住|所在|本店|本社|主たる事業所|事業所を有|設立|国籍|拠点|登記|住所"
    ),
    # Hebrew names the place after: "תושבי האיחוד האירופי", "חברות שמושבן ברוסיה"
    "he": lazy_pattern(r"תושב|מקום\s+מושב|שמושב|הרשומ|המאוגד|אזרח|שמרכז"),
    "ko": lazy_pattern(r"거주|소재|본사|본점|설립|국적|주된\s*사무소|사업장|등록된|주소"),
}
_NEAR = 40  # the place named this close before the word saying who is based there


@cache
def _place_patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), code) for p, code in _PLACES[language])


def _places(language: str, text: str) -> list[str]:
    """The places a clause names, less those whose laws or sanctions it invokes; a longer name
    hides the shorter one inside it ("ロシア連邦" is not "ロシア" twice)."""
    found: dict[str, None] = {}
    taken: list[tuple[int, int]] = []
    for pattern, code in _place_patterns(language):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            before = text[max(match.start() - 20, 0) : match.start()]
            if _AUTHORITY_BEFORE.search(before) or _AUTHORITY_AFTER.search(text[match.end() :]):
                continue
            found.setdefault(code)
    return list(found)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[。.;；]", text) if c.strip()]


def _withheld_places(language: str, clause: str) -> list[str]:
    """The places whose residents or companies one clause withholds the grant from."""
    withheld, based = _WITHHELD.get(language), _BASED.get(language)
    if withheld is None or based is None or withheld.search(clause) is None:
        return []
    found: dict[str, None] = {}
    for match in based.finditer(clause):
        window = (
            clause[match.end() : match.end() + _NEAR]
            if language == "he"
            else clause[max(match.start() - _NEAR, 0) : match.start()]
        )
        found.update(dict.fromkeys(_places(language, window)))
    return list(found)


# --- use banned in a place, or for users there ---------------------------------------------------

_USE_BANNED = {
    "ja": lazy_pattern(
        r"(?:内|国内|域内|領域内|地域)?(?:で|において|における|にて)[^。.;]{0,30}?"
        r"(?:使用|利用|提供|運用|展開|配備|販売)[^。.;]{0,15}?"
        r"(?:禁止|禁じ|できません|してはなりません|してはいけません|認められません|許可されません)"
    ),
    "ko": lazy_pattern(
        r"(?:에서|내에서|지역에서|영토에서|에\s*있는|에\s*소재한|에\s*위치한)[^.;]{0,30}?"
        r"(?:사용|이용|배포|제공|운영|판매)[^.;]{0,15}?"
        r"(?:금지|할\s*수\s*없|해서는\s*안|허용되지\s*않|불가)"
    ),
    # a ban on using, running or offering the model, then where: "בשטח", "בתחומי", "ב..."
    "he": lazy_pattern(
        r"(?:אין|אסור|לא\s+ניתן|לא\s+מותר|נאסר)\s+(?:ל)?(?:השתמש|הפעיל|לפרוס|פרוס|הציע|ספק|להשתמש"
        r"|להפעיל|להציע|לספק)"
    ),
}
# where the Hebrew ban places it: in the territory of, within, for users located in
_HE_WHERE = lazy_pattern(r"בשטח|בתחומי|בתוך|הנמצאים\s+ב|השוהים\s+ב|ב-?(?=\S)")


def _use_places(language: str, clause: str) -> list[str]:
    """The places one clause bans use in, or use for users there."""
    banned = _USE_BANNED.get(language)
    match = None if banned is None else banned.search(clause)
    if match is None:
        return []
    if language == "he":
        if _BASED["he"].search(clause):
            return []  # who is based where: a licensee, not a place of use
        after = clause[match.end() :]
        return _places(language, after) if _HE_WHERE.search(after) else []
    # the place comes before "で" / "에서"
    return _places(language, clause[max(match.start() - 30, 0) : match.start() + 4])


def read_places(language: str, text: str) -> list[Clause]:
    """A grant one passage withholds from those based in named places, and the places it bans
    use in (Japanese, Korean and Hebrew; none for another language)."""
    if language not in _PLACES:
        return []
    clauses: list[Clause] = []
    domiciles: dict[str, None] = {}
    used: dict[str, None] = {}
    within: dict[str, None] = {}
    for clause in _clauses(text):
        confined = confined_places(language, clause, _places)  # `foreign_ja_ko_confined`
        if confined:
            within.update(dict.fromkeys(confined))
            continue
        withheld = _withheld_places(language, clause)
        domiciles.update(dict.fromkeys(withheld))
        if not withheld:  # a clause withholding the grant is not also a ban on use
            used.update(dict.fromkeys(_use_places(language, clause)))
    if domiciles:
        regions = sorted(domiciles)
        entry = {"regions": regions, "models": "all", "exempts": []}
        clauses.append(Clause("excluded_licensee_domiciles", [entry]))
    if used:
        entry = {"regions": sorted(used), "models": "all", "exempts": []}
        clauses.append(Clause("excluded_use_territories", [entry]))
    if clauses:
        clauses.append(Clause("territorial_exclusions", sorted(set(domiciles) | set(used))))
    if within:  # use licensed only there: every other place is excluded
        licensed: dict[str, object] = {"regions": sorted(within), "models": "all"}
        licensed |= {"exempts": [], "within": True}
        clauses.append(Clause("excluded_use_territories", [licensed]))
    return clauses


_RULES = {
    "ko": (
        (
            "acceptable_use_policy_incorporated",
            "acceptable_use_policy_incorporated/ko-by-reference",
        ),
        ("licensor_may_update_terms", "licensor_may_update_terms/ko-may-update"),
    ),
    # the Japanese right to change the terms is read by `foreign_ja.read_ja_clauses`
    "ja": (
        (
            "acceptable_use_policy_incorporated",
            "acceptable_use_policy_incorporated/ja-by-reference",
        ),
    ),
}


# a policy or guideline said part of the licence ("同ガイドラインは、本ライセンスの一部を構成する",
# "이용정책은 이 라이선스의 일부를 구성합니다"), or rules the licensor sets apart to be followed
# ("当社が別途定める利用規約に従ってご利用ください"): bound in, as one the licensee must follow
_PART_OF = {
    "ja": lazy_pattern(
        r"(?:ガイドライン|ポリシー|方針|規程|規約|指針)[^。]{0,12}?(?:本|この)(?:ライセンス|契約|規約"
        r"|利用条件)(?:の一部(?:を(?:構成|な|成)|と(?:な|し)|として)|と一体)"
        r"|(?:本|この)(?:ライセンス|契約|規約|利用条件)[^。]{0,20}?(?:ガイドライン|ポリシー|方針|規程|指針)"
        r"と一体"
        # rules the licensor sets apart, to be followed: 当社が別途定める利用規約に従って
        r"|(?:当社|弊社|ライセンサー|許諾者)が(?:別途|別に)?定める[^。]{0,10}?(?:規約|規程|ポリシー"
        r"|ガイドライン|ルール)[^。]{0,10}?(?:に従|を遵守|を順守|を守)"
    ),
    "ko": lazy_pattern(
        r"(?:정책|지침|가이드라인|수칙)[^.。]{0,12}?(?:이|본)\s*(?:라이선스|라이센스|약관|계약)의\s*일부"
        r"(?:를\s*(?:구성|이루)|로\s*(?:편입|포함)|가\s*(?:되|됩))"
        r"|(?:정책|지침|가이드라인|수칙|약관)[^.。]{0,12}?(?:이|본)\s*(?:라이선스|라이센스|약관|계약)과\s*"
        r"(?:일체|하나)"
        r"|(?:회사|당사|라이선서|허락자)가\s*(?:별도로\s*)?정(?:하는|한)\s*[^.。]{0,10}?(?:약관|정책|지침|규정)"
        r"[^.。]{0,10}?(?:따라|준수|지켜)"
    ),
}

# the licensor may change the terms, however much stands between ("当社は、必要と判断した場合
# には、利用者に通知することなく本規約を変更できるものとします")
_MAY_UPDATE_JA = lazy_pattern(
    r"(?:当社|弊社|ライセンサー|許諾者)(?:は|が)[^。]{0,50}?(?:本規約|本ライセンス|本契約|本条件|利用規約)"
    r"[^。]{0,10}?(?:変更|改定|改訂|更新|修正)(?:できる|することができ|することがあ|する場合があ)"
)


def read_ja_ko_he(language: str, text: str) -> list[Clause]:
    """The clauses above one passage states (none for another language)."""
    found = read_places(language, text)
    rules = _RULES.get(language, ())
    found += [Clause(key, True) for key, rule in rules if clause_pattern(rule).search(text)]
    found += read_venue(language, text)  # ja/ko: the court for disputes (`foreign_ja_ko_venue`)
    scopes = weights_ja_ko(language, text)  # ja/ko: weights, hosting, competing use banned
    found += [Clause("use_scope", scopes)] if scopes else []
    if language == "ja" and _MAY_UPDATE_JA.search(text):  # the clause rule's gap is shorter
        found.append(Clause("licensor_may_update_terms", True))
    part = _PART_OF.get(language)
    if part is not None and part.search(text) and not found:
        found.append(Clause("acceptable_use_policy_incorporated", True))
    return found
