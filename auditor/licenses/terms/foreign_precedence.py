"""Which language version of a bilingual license prevails, when the document says so ("Where the
two versions differ, the English version governs", "Bei Abweichungen ist die deutsche Fassung
maßgeblich", "En cas de divergence, la version française prévaut"), for `terms.foreign`.

Without such a clause the stricter reading of each term binds (`with_foreign`); with one, the
prevailing version's reading of each term it states binds, the other version filling only what
the prevailing one leaves unsaid. A document naming two different prevailing versions says
nothing certain: None.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_precedence_celtic_s39eub import prevailing_celtic
from auditor.licenses.terms.foreign_precedence_south_asia import named_prevailing
from auditor.licenses.terms.foreign_precedence_west import prevailing_west

__all__ = ["is_translation_note", "prevailing_language"]

_FLAGS = re.IGNORECASE

# the language a version is named by, in English, German, French, Spanish, Portuguese, Italian
_NAMES: dict[str, str] = {
    r"english|englische[nr]?|anglaise|ingl[eé]s[ae]?|en\s+ingl[eé]s|inglese|em\s+ingl[eê]s"
    # uk, ru, nl, sv, da, no, fi, hu: "англійський", "Engelse", "engelska", "englanninkielinen"
    r"|англійськ\w*|английск\w*|engelse|engelska|engelske|engelsk|englanninkieli\w*"
    r"|angol(?:\s+nyelvű)?": "en",
    r"german|deutsche[nr]?|allemande|alem[aã]n[ae]?|en\s+alem[aá]n|tedesca|em\s+alem[aã]o": "de",
    r"french|französische[nr]?|française|franc[eé]s[ae]?|en\s+franc[eé]s|francese": "fr",
    r"spanish|spanische[nr]?|espagnole|española|en\s+español|espanhola|spagnola"
    r"|castellan[oa]|en\s+castellano": "es",
    r"portuguese|portugiesische[nr]?|portugaise|portugues[ae]|portuguesa|em\s+portugu[eê]s": "pt",
    r"italian|italienische[nr]?|italienne|italian[ao]|en\s+italiano": "it",
    r"dutch|niederländische[nr]?|néerlandais\w*|nederlandse": "nl",
    r"russian|russische[nr]?|russe|русск\w+|російськ\w+": "ru",
    r"swedish|schwedische[nr]?|svenska|svensk": "sv",
    r"danish|dänische[nr]?|danoise|danske|dansk": "da",
    r"norwegian|norwegische[nr]?|norvégienne|norske|norsk": "no",
    r"czech|tschechische[nr]?|české|český|česká": "cs",
    r"ukrainian|ukrainische[nr]?|українськ\w+|украинск\w+": "uk",
    r"polish|polnische[nr]?|polonaise|polska|polskiej": "pl",
    r"chinese|chinesische[nr]?|chinoise|china|chinesa|cinese": "zh",
    r"japanese|japanische[nr]?|japonaise|japonesa|giapponese": "ja",
    r"korean|koreanische[nr]?|coréenne|coreana": "ko",
    # the smaller European languages, named in English or in their own words
    r"maltese|maltija|maltin": "mt",
    r"welsh|cymraeg": "cy",
    r"irish|gaeilge": "ga",
    r"icelandic|íslensk\w*": "is",
    r"catalan|catalana|català": "ca",
    r"basque|euskara": "eu",
    r"greek|ελληνικ\w*": "el",
    r"albanian|shqip\w*": "sq",
    r"macedonian|македонск\w*": "mk",
    r"hungarian|magyar": "hu",
    r"finnish|suomenkieli\w*": "fi",
    r"romanian|român\w*|romana": "ro",
}
_LANGUAGE = "(?P<language>" + "|".join(_NAMES) + ")"
_VERSION = (
    r"(?:version|text|wording|fassung|textfassung|sprachfassung|versi[oó]n|vers[aã]o|versione"
    r"|texte|texto|testo|tekst|wortlaut|versie|wersja|wersji|tekst\w*|версия|текст|версія"
    r"|verzia|znění|lydelse|original(?:text|fassung|tekst)?|originale[nt]?|alkuperäi\w*"
    r"|szöveg\w*|teksti\w*|udgaven?|versjon\w*|versjonen|versionen|texten|teksten)"
)
_PREVAILS = (
    r"(?:shall\s+|will\s+)?(?:governs?|prevails?|controls?|takes?\s+precedence|(?:is|are)\s+"
    r"(?:the\s+)?(?:only\s+|sole\s+)?(?:legally\s+)?(?:binding|authoritative|decisive)|ist\s+maßgeblich|ist\s+massgeblich|ist\s+verbindlich"
    r"|geht\s+vor|hat\s+Vorrang|prévaut|prévaudra|fait\s+foi|prevalece(?:rá)?|prevalerá"
    r"|prevarrà|prevale|fa\s+fede|é\s+vinculativa|es\s+vinculante"
    # es, pt, fr, it: the version said authentic ("Solo el texto en castellano es auténtico")
    r"|(?:es|é|est|è)\s+(?:el\s+|o\s+|le\s+|il\s+)?(?:único\s+|unique\s+|unico\s+)?"
    r"(?:auténtico|autêntico|authentique|autentico)"
    # nl, pl, ru, uk, sv, cs: "is authentiek", "jest wiążąca", "имеет преимущественную силу"
    r"|(?:is|zijn)\s+(?:authentiek|bindend|doorslaggevend|rechtsgeldig)|gaat\s+voor"
    r"|(?<=\s)(?:authentiek|bindend|doorslaggevend)\b"  # nl, the verb first: "is de ... bindend"
    r"|(?:jest|są)\s+(?:wiążąc\w*|rozstrzygając\w*)|ma\s+pierwszeństwo"
    r"|имеет\s+преимущественную\s+силу|має\s+переважну\s+силу|är\s+(?:bindande|avgörande)"
    r"|har\s+företräde|gäller\s+före|(?:je|jsou)\s+(?:závazn\w*|rozhodující)|má\s+přednost"
    # en: "this English text is what counts"; de: "ist maßgebend"; da, no, fi, hu
    r"|(?:is|are)\s+what\s+counts|alone\s+counts|ist\s+ma(?:ß|ss)gebend|har\s+forrang"
    r"|går\s+(?:forud|foran)|er\s+(?:bindende|afgørende|avgjørende)|on\s+(?:ratkaiseva|sitova"
    r"|etusijalla)|(?:az\s+)?irányadó|elsőbbséget\s+élvez)"
)
_CLAUSES = (
    # "the English version governs", "la version française prévaut", "la versione italiana prevale"
    lazy_pattern(
        r"\b(?:the|this|la|a|die|diese|der|das|el|o|de|deze|het|esta|este|cette|questa|questo"
        r"|den|det|denne|dette|az|le|il|lo|ce)"
        r"\s+(?:"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        + r"|"
        + _VERSION
        + r"\s+"
        + _LANGUAGE.replace("language", "after")
        + r")\b[^.;]{0,30}?\b(?<!not\s)(?<!never\s)"
        + _PREVAILS,
        _FLAGS,
    ),
    # "maßgeblich ist die deutsche Fassung", "prevails the English text" (a verb first)
    lazy_pattern(
        r"\b(?:maßgeblich|massgeblich|maßgebend|massgebend|(?:rechts)?verbindlich|Vorrang\s+hat)"
        r"\s+ist\s+"
        r"(?:allein\s+|stets\s+|nur\s+)?(?:die|diese|der|das)\s+" + _LANGUAGE + r"\s+" + _VERSION,
        _FLAGS,
    ),
    # "ist die deutsche Fassung maßgeblich" (the verb before the subject, the predicate after)
    lazy_pattern(
        r"\bist\s+(?:allein\s+|stets\s+)?die\s+"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        + r"\s+(?:maßgeblich|massgeblich|verbindlich|vorrangig)",
        _FLAGS,
    ),
    # "geht der deutsche Wortlaut vor", "gaat de Nederlandse tekst voor" (the verb first)
    lazy_pattern(
        r"\b(?:geht|gaat)\s+(?:stets\s+|altijd\s+)?(?:der|die|das|de|het)\s+"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        + r"\s+(?:vor|voor)\b",
        _FLAGS,
    ),
    # "переважає англійський текст", "gäller den engelska versionen", "har forrang den engelske
    # tekst" (uk, ru, sv, da, no: the verb first)
    lazy_pattern(
        r"(?<![\w-])(?:переважає|переважатиме|превалює|превалирует|преобладает|gäller|har\s+"
        r"företräde|har\s+forrang|gælder|gjelder|går\s+(?:foran|forud))\s+(?:den\s+|det\s+)?"
        + _LANGUAGE
        + r"\s+"
        + _VERSION
        # "har den engelske tekst forrang", "har den engelska texten företräde" (the verb split)
        + r"|\bhar\s+(?:den|det)\s+"
        + _LANGUAGE.replace("language", "split")
        + r"\s+"
        + _VERSION
        + r"\s+(?:forrang|företräde)"
        # nl: "heeft de Nederlandse tekst voorrang" (V2: the verb split)
        + r"|\bheeft\s+(?:de|het)\s+"
        + _LANGUAGE.replace("language", "split3")
        + r"\s+"
        + _VERSION
        + r"\s+(?:voorrang)"
        # "går den engelske udgave forud", "går den engelska versionen före" (V2: split too)
        + r"|\bgår\s+(?:den|det)\s+"
        + _LANGUAGE.replace("language", "split2")
        + r"\s+"
        + _VERSION
        + r"\s+(?:forud|foran|före)\b",
        _FLAGS,
    ),
    # "prevalecerá la versión en español", "prévaudra la version française" (the verb first)
    lazy_pattern(
        r"\b(?:prevalecer[áa]|prevalece|prévaut|prévaudra|prevarrà|prevale|prevails?)\s+"
        r"(?:sempre\s+|siempre\s+|toujours\s+)?(?:la|a|the|el|o|il|le|lo)\s+"
        + _VERSION
        + r"\s+(?:original\s+|originale\s+)?"
        + _LANGUAGE,
        _FLAGS,
    ),
    # "prevalece el castellano", "prévaut le français": the language alone after the verb
    lazy_pattern(
        r"\b(?:prevalecer[áa]|prevalece|prévaut|prévaudra|prevarrà|prevale)\s+(?:el|il|le|o|a|l')"
        r"\s*" + _LANGUAGE + r"(?=\s*(?:[.;,]|$))",
        _FLAGS,
    ),
)

# Korean and Japanese: the version named, then its verb ("영문본이 우선합니다", "영문본을 기준으로
# 한다", "영문본만이 법적 효력을 가진다", "英語版が優先します", "英文を正本とします")
_CJK_NAMES: dict[str, str] = {
    r"영문본|영문판|영문\s*원문|영어\s*(?:버전|본|판|원문|원본)|영문": "en",
    r"한국어\s*(?:버전|본|판|원문|원본)|국문본|국문|한글본"
    # the text written in a language: "한국어로 작성된 본문", "한국어 본문", "日本語で作成された
    # 本文"
    r"|한국어\s*(?:로\s*(?:작성된|쓰인|된)\s*)?(?:본문|원문|텍스트)": "ko",
    r"영어\s*(?:로\s*(?:작성된|쓰인|된)\s*)?(?:본문|원문|텍스트)": "en",
    r"日本語(?:で(?:作成|記載|記述|書か)され(?:た)?)?の?(?:本文|文書|テキスト)": "ja",
    r"일본어\s*(?:버전|본|판|원문)|일문본": "ja",
    r"중국어\s*(?:버전|본|판|원문)|중문본": "zh",
    r"독일어\s*(?:버전|본|판|원문)": "de",
    r"英語版|英文|英語の?原文|英語の?(?:原本|正本|正文)|英語": "en",
    # the bare language name too, before its verb: "日本語を正文とする"
    r"日本語版|日本語の?原文|日本語の?(?:原本|正本|正文)|和文|日本語": "ja",
    r"韓国語版|韓国語の?原文|韓国語の?(?:原本|正本|正文)|韓国語": "ko",
    r"中国語版|中国語の?原文|中国語の?(?:原本|正本|正文)|中国語": "zh",
    r"ドイツ語版|ドイツ語の?原文": "de",
    # Chinese names the version by its language and "text" or "version" (中文本, 英文版本)
    r"(?:简体|簡體|繁体|繁體)?中文(?:文本|本|版本?)?|[汉漢]语版本?": "zh",
    r"英文(?:文本|本|版本?)|英[语語]版本?": "en",
    r"日文(?:文本|本|版本?)|日[语語]版本?": "ja",
    r"[韩韓]文(?:文本|本|版本?)|[韩韓][语語]版本?": "ko",
}
_CJK_NAME = "(?P<cjk>" + "|".join(_CJK_NAMES) + ")"
_CJK_CLAUSES = (
    lazy_pattern(
        _CJK_NAME + r"(?:이|가)\s*우선(?:합니다|한다|하며|하고|함|\s*적용)"
        r"|" + _CJK_NAME.replace("cjk", "cjk2") + r"(?:을|를)\s*(?:우선|기준|정본)(?:으로)?\s*"
        r"(?:합니다|한다|하며|적용)"
        # followed where the versions differ: "…다른 경우에는 한국어 본문에 따른다"
        r"|" + _CJK_NAME.replace("cjk", "cjk8") + r"에\s*(?:따른다|따릅니다|의한다|의합니다)"
        # the legal force only in one: "법적 효력은 한국어 원문에만 있습니다"
        r"|(?:법적\s*)?(?:효력|구속력)(?:은|이)\s*"
        + _CJK_NAME.replace("cjk", "cjk9")
        + r"에만\s*있"
        r"|" + _CJK_NAME.replace("cjk", "cjk3") + r"만이?\s*(?:법적\s*)?(?:효력|구속력)(?:을|이)\s*"
        r"(?:가집니다|갖습니다|갖는다|가진다|있)"
    ),
    lazy_pattern(
        _CJK_NAME.replace("cjk", "cjk4") + r"(?:のみ)?(?:が|を)\s*(?:優先(?:します|する|され|適用)"
        r"|正本(?:とします|とする|とし[、,て]|です|であ)|正文(?:とします|とする|とし[、,て]|です|であ))"
        r"|" + _CJK_NAME.replace("cjk", "cjk5") + r"のみが\s*(?:法的)?(?:拘束力|効力)を(?:有|持)"
    ),
    # Chinese: "以中文本为准", "中文本为本协议的正式文本", "英文版本為唯一具有法律效力的文本"
    lazy_pattern(
        r"以" + _CJK_NAME.replace("cjk", "cjk6") + r"(?:为准|為準)"
        r"|" + _CJK_NAME.replace("cjk", "cjk7") + r"(?:为|為|是|系|係|作为|作為)"
        r"(?:本[^。；;]{0,8}?的?)?(?:正式|官方|正本|权威|權威|作准|作準|唯一)"
    ),
)


def prevailing_language(text: str) -> str | None:
    """The code of the language version `text` declares to prevail, or None (no such clause,
    or clauses naming different versions)."""
    named: set[str] = set()
    for pattern in _CLAUSES:
        for found in pattern.finditer(text):
            groups = found.groupdict()
            name = (
                groups.get("language")
                or groups.get("after")
                or groups.get("split")
                or groups.get("split2")
                or groups.get("split3")
                or ""
            )
            code = _code(name)
            if code is not None:
                named.add(code)
    for pattern in _CJK_CLAUSES:
        for found in pattern.finditer(text):
            name = next(value for value in found.groupdict().values() if value)
            code = next((c for p, c in _CJK_NAMES.items() if re.fullmatch(p, name)), None)
            if code is not None:
                named.add(code)
    named |= named_prevailing(text)  # hi, th, vi, id, ms (`foreign_precedence_south_asia`)
    named |= prevailing_west(text)  # ar, he, fa, tr, bn, sw (`foreign_precedence_west`)
    named |= prevailing_celtic(text)  # gd (`foreign_precedence_celtic_s39eub`)
    return named.pop() if len(named) == 1 else None


def _code(name: str) -> str | None:
    for pattern, code in _NAMES.items():
        if re.fullmatch(pattern, name.strip(), _FLAGS):
            return code
    return None


_GAP = r"(?:[^.;]|\.(?=\w)){0,60}?"  # within the sentence (a file name's dots kept)
# a translation said to be given for reference, information or courtesy only, or to bind no
# one: it states no term of use (which version binds is the precedence clause's)
_TRANSLATION_NOTE = lazy_pattern(
    "|".join(
        (
            r"\b(?:Übersetzung|Fassung)\b" + _GAP + r"(?:dient\s+(?:nur|lediglich|ausschließlich)"
            r"|nur\s+zur\s+Information|zur\s+Information|unverbindlich|nicht\s+(?:rechts)?verbindlich"
            r"|nur\s+informativ)",
            r"\b(?:traducci(?:ón|on|ones)|versi(?:ón|on|ones))\b" + _GAP + r"(?:a\s+título\s+"
            r"(?:informativo|orientativo|de\s+cortesía)|(?:solo|sólo|únicamente|solamente)\s+"
            r"(?:por|a\s+título\s+de|como|para)\s+(?:cortesía|referencia|información|consulta)"
            r"|de\s+cortesía|no\s+(?:es\s+)?vinculante|carece\s+de\s+(?:valor|efecto)s?\s+jurídic)",
            r"\btraduction\b" + _GAP + r"(?:à\s+titre\s+(?:informatif|indicatif|de\s+référence"
            r"|de\s+courtoisie)|n'a\s+(?:aucune|pas\s+de)\s+valeur\s+juridique|non\s+contractuelle)",
            r"\btradução\b"
            + _GAP
            + r"(?:(?:apenas|somente|só)\s+(?:para|como|a\s+título\s+de|por)\s+"
            r"(?:referência|cortesia|informação)|não\s+(?:é\s+)?vinculativa)",
            r"\btraduzione\b" + _GAP + r"(?:(?:solo|soltanto|unicamente)\s+(?:a\s+titolo|per)\s+"
            r"(?:informativo|di\s+riferimento|di\s+cortesia|informazione)|non\s+(?:è\s+)?vincolante)",
            # nl, pl, ru, uk, sv, cs: "vertalingen zijn informatief", "tłumaczenie ma charakter
            # informacyjny", "перевод носит справочный характер", "översättningen är inte bindande"
            r"\b(?:vertaling\w*|tłumaczeni\w*|перевод\w*|переклад\w*|översättning\w*|překlad\w*)"
            + _GAP
            + r"(?:informatief|ter\s+(?:informatie|referentie)|niet\s+bindend|vrijblijvend"
            r"|informacyjn\w*|niewiążąc\w*|nie\s+(?:jest\s+)?wiążąc\w*|информационн\w*|справочн\w*"
            r"|не\s+имеет\s+юридическ\w*|інформаційн\w*|довідков\w*|не\s+має\s+юридичн\w*"
            r"|informationssyfte|informativ\w*|inte\s+bindande|informativní|není\s+závazn\w*)",
            r"\bunverbindlich\w*\s+(?:Übersetzung|Fassung)",
            r"번역(?:본|문)?[^.。]{0,40}?(?:참고용|참고\s*목적|참고를\s*위한|편의(?:를\s*위한|상)"
            r"|구속(?:하지|력이)\s*(?:않|없)|(?:법적\s*)?(?:효력|구속력)(?:이|을)?\s*(?:없|갖지|가지지))",
            r"翻訳(?:版|文)?[^。]{0,40}?(?:参考|便宜|拘束力を?(?:有し|持ち|持た)(?:ません|ない))",
        )
    ),
    _FLAGS,
)


def is_translation_note(text: str) -> bool:
    """Whether a passage only says a translation is given for reference, information or
    courtesy, or binds no one ("Die englische Übersetzung dient nur der Information", "Esta
    traducción se ofrece solo por cortesía", "본 번역은 참고용이며 어느 당사자도 구속하지
    않습니다"): no term of use."""
    return _TRANSLATION_NOTE.search(text) is not None
