"""A card's deferral of its license to its base model, written in Japanese, Chinese, Korean,
German, French or Spanish: "ライセンスは元モデルに従います", "许可证与原模型相同", "원본 모델의
라이선스를 따릅니다", "es gilt die Lizenz des Basismodells", "même licence que le modèle d'origine",
"misma licencia que el modelo original".

`defers` tells whether one sentence says so; `deferral.py` reads the card and quotes it. A
sentence that compares the licenses or sets the base's aside ("与原模型不同的许可证", "anders als
das Basismodell", "une licence différente du modèle d'origine") defers nothing, in any of the
languages. `NAMES_LICENSE` finds the word "license" in them, for a reader that looks only at
the lines that name one.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

# --- Japanese ---
_JA_LICENSE = r"(?:ライセンス|利用規約|使用許諾|利用条件)"
_JA_BASE = (
    r"(?:元|オリジナル|ベース|基|母体|派生元|量子化前|変換前)(?:の|と(?:なった|なる))?\s*"
    r"(?:[A-Za-z0-9][\w./:-]{0,80}\s*(?:の\s*)?)?モデル(?:\s*[（(][^）)]{0,60}[）)])?"
)
_JA = (
    # "ライセンスは元モデルに従います", "ライセンス：ベースモデルと同じ"
    _JA_LICENSE + r"\s*(?:は|も|について(?:は)?|[:：])\s*、?\s*" + _JA_BASE
    + r"\s*(?:の(?:もの|" + _JA_LICENSE + r")\s*)?"
    r"(?:に(?:従|準|依)|と同(?:じ|一|様)|を(?:継承|引き継|参照|ご参照|確認|ご確認)|を?ご覧)"
    # "元のモデルのライセンスに準拠", "ベースモデルのライセンスを継承します"
    r"|" + _JA_BASE + r"\s*の\s*" + _JA_LICENSE
    + r"\s*(?:に(?:従|準|依)|を(?:継承|引き継|参照|ご参照|確認|ご確認|適用)|が適用|を?ご覧)"
    # "ベースモデルと同じライセンス"
    r"|" + _JA_BASE + r"\s*と同(?:じ|一|様)の?\s*" + _JA_LICENSE
)  # fmt: skip
_JA_SECTION = r"^\W*" + _JA_BASE + r"\s*(?:に(?:従|準)|と同(?:じ|一|様)|を(?:参照|ご参照|ご確認))"

# --- Chinese (simplified and traditional) ---
_ZH_LICENSE = r"(?:许可证|許可證|许可协议|許可協議|许可|許可|协议|協議|授权|授權|使用条款|使用條款)"
_ZH_BASE = (
    r"(?:原始|原版|原有|原来的?|原來的?|原|基础|基礎|基座|底座|上游|母|源|基)"
    r"(?:的)?\s*(?:[A-Za-z0-9][\w./:-]{0,80}\s*)?模型(?:\s*[（(][^）)]{0,60}[）)])?"
)
_ZH_FOLLOW = (
    r"(?:遵循|遵守|遵照|遵從|沿用|继承|繼承|采用|採用|使用|依照|按照|参照|參照|参考|參考|参阅|參閱"
    r"|查看|详见|詳見|见|見|适用|適用|受)"
)
_ZH_SAME = r"(?:相同|一致|一样|一樣|保持一致)"
_ZH = (
    # "许可证与原模型相同", "许可证：同原模型", "许可证遵循原模型"
    _ZH_LICENSE + r"\s*(?:[:：]\s*)?(?:与|與|和|同|跟)\s*" + _ZH_BASE
    + r"\s*(?:的\s*" + _ZH_LICENSE + r"\s*)?" + _ZH_SAME
    + r"|" + _ZH_LICENSE + r"\s*(?:[:：]\s*)?(?:同|请?" + _ZH_FOLLOW + r")\s*" + _ZH_BASE
    # "遵循原模型的许可证", "请参考原始模型的许可"
    + r"|" + _ZH_FOLLOW + r"\s*" + _ZH_BASE + r"\s*(?:的)?\s*" + _ZH_LICENSE
    # "与原模型相同的许可证"
    + r"|(?:与|與|和|同|跟)\s*" + _ZH_BASE + r"\s*" + _ZH_SAME + r"\s*的?\s*" + _ZH_LICENSE
)  # fmt: skip
_ZH_SECTION = (
    r"^\W*(?:(?:与|與|和|同|跟)\s*" + _ZH_BASE + r"\s*" + _ZH_SAME
    + r"|(?:请|請)?" + _ZH_FOLLOW + r"\s*" + _ZH_BASE + r")"
)  # fmt: skip

# --- Korean ---
_KO_LICENSE = r"(?:라이선스|라이센스|이용\s*약관|사용\s*약관)"
_KO_BASE = r"(?:원본|원래|기본|베이스|기반|원|상위|부모)\s*(?:[A-Za-z0-9][\w./:-]{0,80}\s*)?모델"
_KO_FOLLOW = r"(?:따르|따릅|따름|따른|따라|준수|준용|상속|승계|참조|참고|확인|적용)"
_KO = (
    # "원본 모델의 라이선스를 따릅니다"
    _KO_BASE + r"\s*의?\s*" + _KO_LICENSE + r"\s*(?:를|을|에|가|이)?\s*(?:그대로\s*)?"
    + _KO_FOLLOW
    # "라이선스는 원본 모델과 동일합니다", "라이선스: 원본 모델을 따릅니다"
    + r"|" + _KO_LICENSE + r"\s*(?:는|은|[:：])?\s*" + _KO_BASE
    + r"\s*(?:의\s*(?:것|" + _KO_LICENSE + r")\s*)?(?:과|와|을|를|에)?\s*(?:동일|같|"
    + _KO_FOLLOW + r")"
    # "원본 모델과 동일한 라이선스"
    r"|" + _KO_BASE + r"\s*(?:과|와)\s*(?:동일한|같은)\s*" + _KO_LICENSE
)  # fmt: skip
_KO_SECTION = r"^\W*" + _KO_BASE + r"\s*(?:과|와|을|를)\s*(?:동일|같|" + _KO_FOLLOW + r")"

# --- German ---
_DE_LICENSE = r"(?:lizenz(?:bedingungen)?|nutzungsbedingungen)"
_DE_BASE = (
    r"(?:(?:original|basis|ausgangs|grund|eltern|quell)-?\s?modells?"
    r"|(?:ursprünglichen?|originalen?|zugrunde\s*liegenden?)\s+(?:[\w.-]{1,80}\s+)?modells?)"
)
_DE_ART = r"(?:(?:das|dem|des|der|vom|beim?|im)\s+)?"
_DE = (
    # "Lizenz wie das Originalmodell", "Lizenz: siehe Basismodell", "gleiche Lizenz wie ..."
    r"\b" + _DE_LICENSE + r"\s*[:：]?\s*(?:ist\s+|bleibt\s+)?(?:die\s+)?(?:gleiche\s+|selbe\s+)?"
    r"(?:wie|gemäß|entsprechend|siehe|analog\s+zu[mr]?)\s+" + _DE_ART + _DE_BASE
    + r"|\b(?:gleiche|dieselbe|selbe|identische)n?\s+" + _DE_LICENSE + r"\s+wie\s+" + _DE_ART
    + _DE_BASE
    # "es gilt die Lizenz des Basismodells", "unterliegt der Lizenz des Originalmodells"
    + r"|\b(?:gilt|gelten|unterliegt|unterliegen|folgt|folgen|übernimmt|übernehmen|erbt|erben"
    r"|siehe|beachten\s+sie|entspricht|entsprechen)\s+(?:die|der|den|dieselbe)?\s*"
    + _DE_LICENSE + r"\s+(?:des|vom|von)\s+(?:dem\s+)?" + _DE_BASE
    # "die Lizenz des Basismodells gilt (weiter)"
    + r"|\b" + _DE_LICENSE + r"\s+(?:des|vom)\s+" + _DE_BASE
    + r"\s+(?:gilt|gelten|bleibt|wird\s+übernommen)"
)  # fmt: skip
_DE_SECTION = r"^\W*(?:(?:siehe|wie|gleich\s+wie)\s+" + _DE_ART + _DE_BASE + r")"

# --- French ---
_FR_LICENSE = r"(?:licence|conditions\s+d['’]utilisation)"
_FR_BASE = (
    r"mod[èe]le\s+(?:[\w.-]{1,80}\s+)?(?:d['’]origine|original|de\s+base|source|parent|initial"
    r"|sous-jacent)"
)
_FR_ART = r"(?:celle\s+d[ue]\s+|le\s+|la\s+|l['’]|du\s+|au\s+|de\s+)?"
_FR = (
    # "même licence que le modèle d'origine", "licence identique à celle du modèle de base"
    r"\bm[êe]me\s+" + _FR_LICENSE + r"\s+que\s+" + _FR_ART + _FR_BASE
    + r"|\b" + _FR_LICENSE + r"\s+identique\s+(?:à|au)\s+" + _FR_ART + _FR_BASE
    # "Licence : identique au modèle original", "Licence : voir le modèle d'origine"
    + r"|\b" + _FR_LICENSE + r"\s*[:：]\s*(?:la\s+)?(?:m[êe]me\s+que|identique\s+(?:à|au)|voir"
    r"|cf\.?|celle\s+d[ue])\s+" + _FR_ART + _FR_BASE
    # "suit la licence du modèle de base", "soumis à la licence du modèle original"
    + r"|\b(?:suit|suivent|h[ée]rite(?:nt)?\s+de|reprend|conserve|voir|consultez|reportez-vous\s+à"
    r"|r[ée]f[ée]rez-vous\s+à|se\s+r[ée]f[ée]rer\s+à|soumise?s?\s+à|r[ée]gie?s?\s+par"
    r"|rel[èe]ve(?:nt)?\s+de)\s+(?:la\s+)?" + _FR_LICENSE + r"\s+(?:du|de\s+l['’]|de)\s*" + _FR_BASE
)  # fmt: skip
_FR_SECTION = r"^\W*(?:identique\s+(?:à|au)|voir|m[êe]me\s+que)\s+" + _FR_ART + _FR_BASE

# --- Spanish ---
_ES_LICENSE = r"(?:licencia|t[ée]rminos\s+de\s+uso)"
_ES_BASE = r"modelo\s+(?:[\w.-]{1,80}\s+)?(?:original|base|de\s+origen|padre|fuente|subyacente)"
_ES_ART = r"(?:la\s+del\s+|el\s+|del\s+|al\s+)?"
_ES = (
    # "misma licencia que el modelo original", "licencia idéntica a la del modelo base"
    r"\bmisma\s+" + _ES_LICENSE + r"\s+que\s+" + _ES_ART + _ES_BASE
    + r"|\b" + _ES_LICENSE + r"\s+id[ée]ntica\s+a\s+" + _ES_ART + _ES_BASE
    # "Licencia: la misma que el modelo original", "Licencia: ver modelo original"
    + r"|\b" + _ES_LICENSE + r"\s*[:：]\s*(?:la\s+)?(?:misma\s+que|igual\s+(?:que|a)|ver|v[ée]ase"
    r"|consulte|consultar)\s+" + _ES_ART + _ES_BASE
    # "sigue la licencia del modelo original", "se rige por la licencia del modelo base"
    + r"|\b(?:sigue|siguen|hereda|heredan|conserva|mantiene|consulte|consultar|ver|v[ée]ase"
    r"|sujet[oa]s?\s+a|se\s+rigen?\s+por|se\s+aplica)\s+(?:la\s+)?" + _ES_LICENSE
    + r"\s+del?\s+" + _ES_BASE
)  # fmt: skip
_ES_SECTION = r"^\W*(?:igual\s+(?:que|a)|ver|v[ée]ase|la\s+misma\s+que)\s+" + _ES_ART + _ES_BASE

_SHAPES = lazy_pattern("|".join((_JA, _ZH, _KO, _DE, _FR, _ES)), re.IGNORECASE)
_IN_SECTION = lazy_pattern(
    "|".join((_JA_SECTION, _ZH_SECTION, _KO_SECTION, _DE_SECTION, _FR_SECTION, _ES_SECTION)),
    re.IGNORECASE,
)
# a sentence comparing the licenses, or setting the base's aside or changing it
_SET_ASIDE = lazy_pattern(
    r"異な|違[いうっ]|ではな|ません|代わり|変更|置き換|とは別"
    r"|不同|不一致|不一样|不一樣|不遵|不沿用|不继承|不繼承|不再|不是|并非|並非|而非|不适用|不適用"
    r"|更改|变更|變更|替换|替換|改为|改為|改用|区别|區別|有别|有別|不受"
    r"|다른|다르|다름|않|아닌|아니|대신|변경|달리"
    r"|\b(?:anders|nicht|kein\w*|statt|anstelle|abweichend\w*|ge[äa]ndert|ändert|gegensatz"
    r"|unterschiedlich\w*|pas|diff[ée]rent\w*|contrairement|au\s+lieu|plut[ôo]t|remplac\w*"
    r"|modifi\w*|sauf|no|distint\w*|diferente\w*|a\s+diferencia|en\s+lugar|en\s+vez|cambi\w*"
    r"|reemplaz\w*|salvo|excepto)\b",
    re.IGNORECASE,
)
NAMES_LICENSE = lazy_pattern(
    r"licen|lizenz|nutzungsbedingungen|conditions\s+d|t[ée]rminos\s+de|ライセンス|利用規約"
    r"|使用許諾|利用条件|许可|許可|协议|協議|授权|授權|使用条款|使用條款|라이선스|라이센스|약관",
    re.IGNORECASE,
)


def defers(sentence: str, *, in_section: bool) -> bool:
    """Whether `sentence`, in one of the languages above, defers the model's license to its
    base model's; under a License heading (`in_section`) it need not name the license."""
    said = _SHAPES.search(sentence) or (in_section and _IN_SECTION.search(sentence))
    return bool(said) and not _SET_ASIDE.search(sentence)
