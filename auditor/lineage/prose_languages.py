"""The derivation phrases of cards written in other languages than English, as data: one table
per language, read by prose_foreign.py the way prose.py reads the English phrases (Spanish,
Portuguese and Italian are in prose_languages_south.py, with the order languages are read in).

Each language holds:
- `words`: substrings (lower case) one of which every phrase of the language holds; a card or
  a line holding none is not read for that language (the cheap test, as prose.py's words), and
  a card holding no letter of the language's script (an accented Latin letter; a Han, kana or
  Hangul character) or none of its `marks` (words any text in it holds: `modèle`, ` le `,
  `的`) is not searched for them, unless it holds one of its `plain_words`;
- `phrases`: each a pattern, whether it is strong (a verb of training, tuning, quantizing or
  merging: a bare `org/name` counts) or weak (“based on”: a Hub link or a model the registry
  knows), whether the reference follows it (`basierend auf X`, `基于 X`) or stands before it
  (`X をベースに`, `X 를 기반으로`, `在 X 的基础上`), and the relation it names;
- `label`: a “Base model:” label in the language (`基础模型：X`, `Basismodell: X`);
- `not_before`: words before the phrase, in its sentence, that make it state nothing of this
  model: a comparison (`与 X 相比`, `im Vergleich zu`, `comparé à`), an evaluation, a
  negation, a plan or a future (`将会`, `soll`, `sera`, `próximo`; German `wird` also makes a
  present passive, so it is not one); `self_word` after them comes back to this model
  (`与 X 相比，本模型基于 Y`);
- `not_parent`: words between a phrase and the reference after it that make the reference no
  parent (`basierend auf Daten von X`, `basé sur le jeu de données X`);
- `not_after` (languages whose verb comes last: Japanese, Korean): words after the phrase in
  its sentence that negate it or make it a plan (`予定`, `ません`, `예정`, `않`);
  `not_after_clause` (Chinese, German, whose verb may close the clause): words after it in its
  clause that compare or evaluate (`与基于 X 的模型进行了比较`, `gegen ... X evaluiert`).

A phrase pattern standing after the reference is matched right at the reference's end, so it
starts with the particles between them (`\\s*(?:を|から)`). Patterns are case-insensitive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Phrase:
    """One derivation phrase: its pattern, strength, side of the reference and relation."""

    pattern: re.Pattern[str]
    strong: bool
    ref_first: bool  # the reference stands before the phrase (`X をベースに`)
    relation: str | None
    lead: re.Pattern[str] | None = None  # what must stand right before the reference (`对 X`)


@dataclass(frozen=True, slots=True)
class Language:
    """The derivation phrases of one language and the words that cancel them."""

    code: str
    words: tuple[str, ...]
    phrases: tuple[Phrase, ...]
    label: re.Pattern[str]
    not_before: re.Pattern[str]
    self_word: re.Pattern[str]
    not_parent: re.Pattern[str]
    not_after: re.Pattern[str] | None = None
    cjk: bool = False  # written without spaces: a reference may touch the words around it
    plain_words: tuple[str, ...] = ()  # words of it in plain ASCII, less their first letter
    marks: tuple[str, ...] = ()  # common words of it ("model", "the", "is"): a card holds one
    not_after_clause: re.Pattern[str] | None = None  # after the phrase, in its clause
    cyrillic: bool = False  # written in Cyrillic: read when the card holds a Cyrillic letter


def _words(text: str) -> tuple[str, ...]:
    """`a|b c|d` -> ("a", "b c", "d"): a language's words, written as one string."""
    return tuple(text.split("|"))


def _before(pattern: str, strong: bool, relation: str | None = "finetune") -> Phrase:
    return Phrase(lazy_pattern(pattern, _I), strong, False, relation)


def _after(
    pattern: str, strong: bool, relation: str | None = "finetune", lead: str | None = None
) -> Phrase:
    return Phrase(
        lazy_pattern(pattern, _I),
        strong,
        True,
        relation,
        lazy_pattern(lead + r"\s*$") if lead else None,
    )


def _is_ref(copula: str) -> Phrase:
    """ "the base model is X" (`le modèle de départ est X`): a label written as a sentence, its
    copula followed right away by the reference (`est comparé à X` names no parent)."""
    return _before(copula + r"(?=[\s`*_\"'«“]*(?:\[|https?://|[\w.-]+/[\w.-]))", True, None)


def _label(words: str) -> re.Pattern[str]:
    return lazy_pattern(rf"^[\s>*_#+|-]*(?:{words})\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?", _I)


# --- Chinese ------------------------------------------------------------------------------------
_ZH_TUNE = (
    r"(?:全参数|全量|指令|二次|继续|增量|LoRA\s*|QLoRA\s*|SFT\s*)?(?:微调|精调|训练|预训练|蒸馏)"
    r"(?!数据|集|样本|语料)"  # "进行训练数据生成": the data, not the model
)
ZH = Language(
    "zh",
    marks=_words("的|模型|了|是|在"),
    words=_words(
        "基于|基础|微调|精调|训练|蒸馏|量化|转换|转化|导出|版本|基座|底座|原始模型|原模型"
    ),
    phrases=(
        _before(r"(?:微调|精调|训练|蒸馏)自", True),
        _before(r"(?:量化|转换|转化|导出)自", True, "quantized"),
        _after(
            r"\s*(?:模型)?\s*(?:转换|转化|导出)\s*而(?:来|成)", True, "quantized", lead="(?:由|从)"
        ),
        _before(r"基于", False),
        _after(r"\s*(?:模型)?\s*的?\s*基础上", False),  # 在 X 的基础上
        _after(r"\s*(?:模型)?\s*(?:为|作为)\s*(?:基础|基座|底座)(?:模型)?", False),  # 以 X 为基础
        _after(rf"\s*(?:模型)?\s*(?:之)?上\s*(?:进行|继续|经过)?了?\s*{_ZH_TUNE}", True, lead="在"),
        _after(rf"\s*(?:模型)?\s*(?:进行|经过)了?\s*{_ZH_TUNE}", True, lead="(?:对|将|把)"),
        _after(rf"\s*(?:模型)?\s*{_ZH_TUNE}\s*而(?:来|成)", True, lead="(?:由|从)"),
        _after(rf"\s*的\s*{_ZH_TUNE}\s*(?:版本|版|模型)", True),
        _after(r"\s*的\s*(?:量化|转换|GGUF|GPTQ|AWQ|ONNX)\s*(?:版本|版|模型)", True, "quantized"),
    ),
    label=_label(r"基础模型|基座模型|底座模型|原始模型|原模型"),
    not_before=lazy_pattern(
        r"相比|相较|对比|比较|优于|超过|超越|不同于|不像|评测|评估|测试集|基准"
        r"|不是|并非|并不|没有|未|将会|将要|即将|将于|将在|会在|计划|打算|准备|未来|下一(?:个|版|代)"
        r"|如果|假如",
        _I,
    ),
    self_word=lazy_pattern(r"本模型|该模型|此模型|我们的模型|这个模型"),
    not_after_clause=lazy_pattern(r"比较|对比|相比|评测|评估|测试"),
    not_parent=lazy_pattern(r"数据|语料|分词器|词表|架构|代码|方法|论文|模板|生成"),
    cjk=True,
)

# --- Japanese -----------------------------------------------------------------------------------
_JA_TUNE = (
    r"(?:ファインチューニング|ファインチューン|微調整|追加学習|継続学習|継続事前学習|事前学習"
    r"|指示学習|インストラクションチューニング|蒸留)"
)
_JA_MEANS = (
    r"(?:(?!用い|使っ|使い|使用|利用|生成|作成|出力|翻訳|教師|評価)[^。、，,！？!?をがは\n]){1,40}?"
    r"(?:で|により|によって|を用いて|を使って|を使用して|を利用して)"
)
"""What a Japanese sentence trains with, between the object and the verb (`日本語の会話データで`);
not data the reference made or served for (`X を用いて生成したデータで`: X is a tool)."""
JA = Language(
    "ja",
    marks=_words("の|は|を|モデル"),
    words=_words(
        "ベース|元に|もとに|基に|ファインチュー|微調整|追加学習|継続|学習|蒸留|量子化|変換|エクスポート"
        "|マージ|元モデル|版"
    ),
    phrases=(
        _after(r"\s*(?:モデル)?\s*(?:を|から)\s*(?:ベース|元|もと|基)(?:に|と)", False),
        _after(
            rf"\s*(?:モデル)?\s*(?:を|に対して|に対し|に|から)\s*(?:さらに|追加で)?\s*{_JA_TUNE}",
            True,
        ),
        # `X を日本語の会話データで追加学習した`: the data or method between the object and the
        # verb, one clause with no other object (`Y を用いて X を…` takes X, not Y)
        _after(
            rf"\s*(?:モデル)?\s*(?:を|に対して|に対し)\s*[、，,]?\s*{_JA_MEANS}"
            rf"\s*(?:さらに|追加で)?\s*{_JA_TUNE}",
            True,
        ),
        _after(rf"\s*の\s*{_JA_TUNE}\s*(?:版|モデル|済み)", True),
        _after(r"\s*の\s*(?:量子化|GGUF|GPTQ|AWQ)\s*(?:版|モデル)", True, "quantized"),
        _after(r"\s*(?:を|から)\s*(?:量子化|変換|エクスポート)", True, "quantized"),
        _after(r"\s*(?:を|の)\s*マージ", True, "merge"),
    ),
    label=_label(r"ベースモデル|元モデル|ベース"),
    not_before=lazy_pattern(
        r"比較|比べ|対して優|と違|とは異な|評価|ベンチマーク|もし|仮に|今後|将来|次の", _I
    ),
    self_word=lazy_pattern(r"このモデル|本モデル|当モデル"),
    not_parent=lazy_pattern(
        r"データ|コーパス|トークナイザ|アーキテクチャ|コード|手法|論文|テンプレート"
    ),
    not_after=lazy_pattern(
        r"予定|つもり|計画|ません|ではない|じゃない|ていない|なかった|と比較|と比べ"
    ),
    cjk=True,
)

# --- Korean -------------------------------------------------------------------------------------
_KO_TUNE = r"(?:파인\s*튜닝|미세\s*조정|추가\s*학습|지속\s*학습|증류)"
KO = Language(
    "ko",
    marks=_words("는|을|를|다|모델"),
    words=_words("기반|바탕|베이스|파인|튜닝|미세|학습|증류|양자화|병합|기본|원본"),
    phrases=(
        _after(r"\s*(?:모델)?\s*(?:을|를)?\s*(?:기반|바탕|베이스)\s*(?:으로|로|의)", False),
        _after(
            rf"\s*(?:모델)?\s*(?:을|를|에서|에|으로부터|로부터)\s*(?:추가로\s*)?{_KO_TUNE}", True
        ),
        _after(
            r"\s*(?:모델)?\s*(?:을|를|에서|으로부터|로부터)\s*(?:추가로\s*)?(?:사전\s*)?학습", False
        ),
        _after(r"\s*(?:모델)?\s*(?:을|를)\s*양자화", True, "quantized"),
        _after(r"\s*(?:모델)?\s*(?:을|를)\s*병합", True, "merge"),
    ),
    label=_label(r"베이스\s*모델|기반\s*모델|기본\s*모델|원본\s*모델"),
    not_before=lazy_pattern(r"비교|대비|보다|평가|벤치마크|만약|향후|다음\s*(?:버전|모델)", _I),
    self_word=lazy_pattern(r"이\s*모델|본\s*모델"),
    not_parent=lazy_pattern(r"데이터|말뭉치|토크나이저|아키텍처|코드|방법|논문|템플릿"),
    not_after=lazy_pattern(r"예정|계획|않|아닙|아니|비교"),
    cjk=True,
)

# --- German -------------------------------------------------------------------------------------
_DE_TUNED = (
    r"(?:feinabgestimmt|feingetunt|finegetunt|fine-?getuned|nachtrainiert|weitertrainiert"
    r"|trainiert|destilliert|angepasst)"
)
DE = Language(
    "de",
    marks=_words("modell| und | der | ist | von | die | das | den | mit | für | wurde "),
    words=_words(
        "basier|basis von|basis des|basis der|ausgehend|aufbauend|aufgebaut|beruht|"
        "grundlage|feinabstimm|feinabgestimm|trainiert|feingetun|getuned|destilliert|"
        "destillation|quantisier|tuning von|tuning des|nachtraining|zusammenführung|"
        "merge von|merge aus|mischung|angepasst|basismodell|basis-modell|grundmodell|"
        "ausgangsmodell|originalmodell|konvertiert|umgewandelt|exportiert|abgeleitet|"
        "konvertierung|umwandlung|feintuning|fein-tuning|fine-tune von|finetune von|gewichten"
    ),
    phrases=(
        _before(
            rf"\b{_DE_TUNED}\w*\s+(?:auf\s+(?:der\s+)?(?:Basis|Grundlage)\s+(?:von|des|der)"
            r"|ausgehend\s+von|aus)\b",
            True,
        ),
        _before(
            r"\b(?:eine|die|eines|einer)\s+(?:feinabgestimmte|feingetunte|nachtrainierte"
            r"|weitertrainierte|destillierte|angepasste)[nrs]?\s+(?:Version|Variante|Fassung)"
            r"\s+(?:von|des|der)\b",
            True,
        ),
        _before(
            r"\b(?:eine|die|eines|einer)\s+quantisierte[nrs]?\s+(?:Version|Variante|Fassung)"
            r"\s+(?:von|des|der)\b|\bquantisiert\s+(?:aus|von)\b|\bQuantisierung\s+(?:von|des)\b",
            True,
            "quantized",
        ),
        _before(
            r"\b(?:Feinabstimmung|Fein-?[Tt]uning|Fine-?Tun(?:ing|e)|Finetun(?:ing|e)|Nachtraining"
            r"|Destillation)\s+(?:von|des|der)\b",
            True,
        ),
        # "startet von den Gewichten von X", "ausgehend von den Gewichten des X": the weights kept
        _before(
            r"\b(?:startet|beginnt|geht|ausgehend|initialisiert|aus)\s+(?:(?:aus|mit)\s+)?"
            r"(?:von\s+)?den\s+(?:vortrainierten\s+)?Gewichten\s+(?:von|des|der)\b",
            True,
        ),
        _before(r"\b(?:Zusammenführung|Merge|Mischung)\s+(?:von|aus|des|der)\b", True, "merge"),
        _before(  # "konvertiert aus X", "eine umgewandelte Version von X", "Konvertierung von X"
            r"\b(?:konvertiert|umgewandelt|exportiert)\s+(?:aus|von|ausgehend\s+von)\b"
            r"|\b(?:eine|die|eines|einer)\s+(?:konvertierte|umgewandelte|exportierte)[nrs]?"
            r"\s+(?:Version|Variante|Fassung)\s+(?:von|des|der)\b"
            r"|\b(?:Konvertierung|Umwandlung)\s+(?:von|des|der)\b",
            True,
            "quantized",
        ),
        _is_ref(r"\b(?:Basis-?[Mm]odell|Grundmodell|Ausgangsmodell|Originalmodell)\s+(?:ist|war)"),
        _before(
            r"\b(?:basierend|basiert|beruht|aufbauend|aufgebaut)\s+auf\b"
            r"|\bauf\s+(?:der\s+)?(?:Basis|Grundlage)\s+(?:von|des|der)\b|\bausgehend\s+von\b"
            r"|\babgeleitet\s+(?:von|aus)\b",
            False,
        ),
    ),
    label=_label(r"Basismodell|Basis-Modell|Grundmodell|Ausgangsmodell|Originalmodell"),
    not_before=lazy_pattern(
        r"\b(?:vergleich\w*|verglichen|gegenüber|gegen|im\s+gegensatz|anders\s+als|besser\s+als"
        r"|schlechter\s+als|als\s+baseline|evaluier\w*|bewert\w*|benchmark\w*|nicht|kein\w*"
        r"|würde\w*|soll(?:en|te\w*)?|geplant|plan\w*|künftig\w*|zukünftig\w*|nächste\w*"
        r"|falls|wenn)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:dieses|unser|das)\s+Modell\b", _I),
    plain_words=_words(
        "asierend auf|asiert auf|usgehend von|einabgestimmt|achtrainiert|asismodell"
        "|onvertiert aus|mgewandelt aus|bgeleitet von|eintuning von|ine-Tune von|ewichten von"
    ),
    not_after_clause=lazy_pattern(r"\b(?:evaluiert|verglichen|getestet|bewertet|gemessen)\b", _I),
    not_parent=lazy_pattern(
        r"daten|korpus|tokeni[sz]er|architektur|code|ansatz|methode|paper|artikel|vorlage", _I
    ),
)

# --- French -------------------------------------------------------------------------------------
_FR_DE = r"(?:de|du|des|d['’])"
# Words that may qualify a tuning noun before its "of" (`un affinage complet de X`).
_FR_QUALIFIERS = (
    r"(?:\s+(?:complet|complète|total|partiel|supervisée?|léger|additionnel|continu"
    r"|(?:avec|via|par)\s+q?lora|\([^)\n]{1,30}\))){0,2}"
)
FR = Language(
    "fr",
    marks=_words("modèle| le | les | est | une "),
    words=_words(
        "affin|fine-tuné|finetuné|basé|fondé|construit sur|bâti|sur la base|entraîné|"
        "distillé|dérivé|ajusté|adapté|quantifi|quantisé|réglage fin|ajustement fin|"
        "entraînement continu|tuning de|tuning du|tuning des|tuning d'|tuning d’|"
        "distillation de|distillation du|distillation d'|fusion de|fusion du|"
        "fusion des|fusion entre|modèle de base|modèle d|modèle source|modèle parent|"
        "fine-tun|finetun|comme base|comme modèle|comme le modèle|comme notre modèle|"
        "point de départ|converti|version convertie|poids d|modèle initial"
    ),
    phrases=(
        _before(
            r"\b(?:affinée?s?|fine-?tunée?s?|finetunée?s?|(?:ré)?entraînée?s?|distillée?s?"
            r"|ajustée?s?|adaptée?s?)\s+(?:à\s+partir|sur\s+la\s+base)\s+" + _FR_DE,
            True,
        ),
        _before(r"\b(?:affinée?s?|fine-?tunée?s?|finetunée?s?|distillée?s?)\s+" + _FR_DE, True),
        _before(
            r"\b(?:un|l['’])\s*(?:affinage|fine-?tuning|finetuning|ajustement\s+fin"
            r"|réglage\s+fin|entraînement\s+continu|distillation)"
            + _FR_QUALIFIERS
            + r"\s+"
            + _FR_DE,
            True,
        ),
        _before(
            r"\bversion\s+(?:affinée|fine-?tunée|finetunée|ajustée|distillée|réentraînée)\s+"
            + _FR_DE,
            True,
        ),
        _before(
            r"\bversion\s+(?:quantifiée|quantisée)\s+"
            + _FR_DE
            + r"|\b(?:quantifiée?s?|quantisée?s?)\s+(?:à\s+partir\s+)?"
            + _FR_DE
            + r"|\bquantification\s+"
            + _FR_DE,
            True,
            "quantized",
        ),
        _before(r"\b(?:une\s+)?fusion\s+(?:de|des|du|entre)\b", True, "merge"),
        _before(  # "converti à partir de X", "une version convertie de X"
            r"\b(?:convertie?s?|exportée?s?)\s+(?:à\s+partir\s+)?"
            + _FR_DE
            + r"|\bversion\s+(?:convertie|exportée)\s+"
            + _FR_DE,
            True,
            "quantized",
        ),
        _before(  # "part des poids de X", "en partant des poids pré-entraînés de X"
            r"\b(?:part|partons|partent|partant|démarre|initialisée?s?)\s+(?:des|à\s+partir\s+des)"
            r"\s+poids\s+(?:pré-?entraînés\s+)?" + _FR_DE,
            True,
        ),
        _after(  # "X comme modèle de base", "X comme point de départ"
            r"\s+comme\s+(?:(?:le|notre)\s+)?(?:modèle\s+(?:de\s+)?base|base"
            r"|point\s+de\s+départ)\b",
            True,
        ),
        _is_ref(  # "le modèle de départ est X", "notre point de départ était X"
            r"\b(?:modèle\s+(?:de\s+(?:base|départ)|d['’]origine|source|parent|initial)"
            r"|point\s+de\s+départ)\s+(?:est|était|a\s+été)"
        ),
        _before(
            r"\b(?:basée?s?|fondée?s?|construite?s?|bâtie?s?)\s+sur\b"
            r"|\bsur\s+la\s+base\s+" + _FR_DE + r"|\bdérivée?s?\s+" + _FR_DE,
            False,
        ),
    ),
    label=_label(r"modèle\s+(?:de\s+base|d['’]origine|source|parent)"),
    not_before=lazy_pattern(
        r"\b(?:compar\w*|par\s+rapport|contrairement|à\s+la\s+différence|mieux\s+que"
        r"|meilleur\w*\s+que|supérieur\w*\s+à|évalu\w*|benchmark\w*|ne|pas|n['’]|sera|seront"
        r"|serait|prévu\w*|prévoyons|comptons|prochaine?s?|futur\w*|si)\b",
        _I,
    ),
    self_word=lazy_pattern(r"\b(?:ce|notre)\s+modèle\b", _I),
    plain_words=_words("art des poids d|ffine a partir d"),
    not_parent=lazy_pattern(
        r"données|jeux?\s+d|corpus|tokeni[sz]eur|architecture|code|méthode|article|modèle\s+de\s+chat"
        r"|gabarit",
        _I,
    ),
)
