"""The training-data phrases of cards written in other languages than English, as data: one
table per language, read by stated_prose.py beside its English phrases ("Ajustamos el modelo
con el conjunto X", "trainiert auf dem Datensatz X", "在 X 数据集上微调", "X データセットで学習");
Dutch and Swedish are in stated_languages_north.py, the shape of a table in data_language.py.

Each language holds:
- `marks`: common words of the language (lower case, whole words for a Latin-script one); a
  card holding fewer than two of them (one, for a script of its own: Han, kana, Hangul,
  Cyrillic) is not read for it;
- `words`: substrings (lower case) one of which a line must hold to be read for the language
  (its training and evaluation words: the cheap test before the patterns);
- `train`: a training phrase, its `tune` group set when it names fine-tuning (fine-tuning,
  instruction tuning, distillation, alignment), else pre-training or training;
- `evaluate`: an evaluation phrase (evaluated on, benchmark, test set);
- `negated`: a negation ending right before a phrase (`no`, `nicht`, `没有`) cancels it;
  `compare`: a comparison before it in its sentence (`comparado con`, `相比`) too;
- `data_before`: data words right before a reference (`el conjunto`, `Datensatz`, `数据集`),
  which make a bare `org/name` or a name a dataset; `data_after` the same right after it;
- `object_before`: the words that make a reference the object of a training phrase (`con el`,
  `auf dem`, `使用`);
- `heading_eval`, `heading_tune`, `heading_train`, `heading_data`: the words of a heading that
  give its section a role and say the section is about data (`## Datos de entrenamiento`);
- `verb_after`: whether the training verb may follow the dataset (German, Chinese, Japanese,
  Korean: `auf dem Datensatz X feinabgestimmt`, `在 X 上微调`, `X で学習`): a phrase after the
  reference, in its clause, rules it; `negated_after`: a negation right after the phrase
  (`学習していません`, `학습하지 않았`) cancels it;
- `model_before`: the words right before a Hub id that make it the model the card starts from
  (`基于 X 进行微调`: fine-tuned on the basis of X), as English "from X": not data, unless a
  data word stands beside it (`基于 X 数据集`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.training.data_language import _NA, _NB, _OBJ_TAIL, DataLanguage, _c, _w
from auditor.training.stated_languages_north import NL, SV

ES = DataLanguage(
    "es",
    marks=_w(" el | los | las | del | con | una | datos | que "),
    words=_w("entren|ajust|afin|destil|evalu|datos|conjunto|corpus|dataset"),
    train=_c(
        rf"{_NB}(?:(?:pre-?)?entren(?:ad[oa]s?|amos|aron|ó|amiento)"
        rf"|(?P<tune>ajust(?:ad[oa]s?|amos|aron|ó)|ajuste\s+fino|afin(?:ad[oa]s?|amos|aron|ó"
        rf"|amiento)|reentren\w*|destil(?:ad[oa]s?|amos|ación)|alineamiento))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:evalu\w*|benchmark\w*|conjuntos?\s+de\s+prueba|resultados\s+(?:en|sobre)"
        rf"|puntuaci\w+\s+en|validación){_NA}"
    ),
    negated=_c(rf"{_NB}(?:no|nunca|sin|ni|excepto|salvo){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(rf"{_NB}(?:compar\w*|frente\s+a|a\s+diferencia|mejor\s+que|supera\w*){_NA}"),
    data_before=_c(
        r"(?:conjuntos?(?:\s+de\s+datos)?|datos|corpus|dataset)(?:\s+(?:de|del))?"
        r"\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:conjunto|datos|corpus|dataset)\b"),
    object_before=_c(
        r"(?:^|\s)(?:con|en|sobre|usando|utilizando|mediante|y|e)\s+(?:(?:el|la|los|las|un|una"
        rf"|nuestro)\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"evaluaci|resultados|rendimiento|benchmark"),
    heading_tune=_c(r"ajuste\s+fino|afinamiento|fine-?tuning|instrucciones|alineamiento"),
    heading_train=_c(r"entrenamiento|datos|conjuntos?\s+de\s+datos|corpus"),
    heading_data=_c(r"datos|conjuntos?|corpus|dataset"),
)
PT = DataLanguage(
    "pt",
    marks=_w(" os | da | com | uma | dados | não | são | é "),
    words=_w("trein|ajust|afin|destil|avali|dados|conjunto|corpus|dataset"),
    train=_c(
        rf"{_NB}(?:(?:pré-?)?trein(?:ad[oa]s?|amos|aram|ou|amento)"
        rf"|(?P<tune>ajust(?:ad[oa]s?|amos|aram|ou)|ajuste\s+fino|afin(?:ad[oa]s?|amos|aram|ou)"
        rf"|retrein\w*|destil(?:ad[oa]s?|amos|ação)|alinhamento))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:avali\w*|benchmark\w*|conjuntos?\s+de\s+teste|resultados\s+(?:em|no|na)"
        rf"|validação){_NA}"
    ),
    negated=_c(rf"{_NB}(?:não|nunca|sem|nem|exceto){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(
        rf"{_NB}(?:compar\w*|ao\s+contrário|diferente\s+d[eoa]|melhor\s+que|supera\w*){_NA}"
    ),
    data_before=_c(
        r"(?:conjuntos?(?:\s+de\s+dados)?|dados|corpus|dataset)(?:\s+(?:de|do|da))?"
        r"\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:conjunto|dados|corpus|dataset)\b"),
    object_before=_c(
        r"(?:^|\s)(?:com|em|no|na|nos|nas|sobre|usando|utilizando|e)\s+(?:(?:o|a|os|as|um|uma"
        rf"|nosso)\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"avalia|resultados|desempenho|benchmark"),
    heading_tune=_c(r"ajuste\s+fino|fine-?tuning|instruções|alinhamento"),
    heading_train=_c(r"treinamento|treino|dados|conjuntos?\s+de\s+dados|corpus"),
    heading_data=_c(r"dados|conjuntos?|corpus|dataset"),
)
IT = DataLanguage(
    "it",
    marks=_w(" il | gli | della | delle | che | sono | una | dati | è "),
    words=_w("addestr|affin|ottimizz|distill|valut|dati|dataset|corpus|set di test"),
    train=_c(
        rf"{_NB}(?:(?:pre-?)?addestr(?:at[oaie]|iamo|ato|amento)"
        rf"|(?P<tune>affinat[oaie]|affinamento|ottimizzat[oaie]|fine-?tun\w*|distillat[oaie]"
        rf"|distillazione|allineamento))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:valut\w*|benchmark\w*|set\s+di\s+test|risultati\s+su\w*|validazione){_NA}"
    ),
    negated=_c(rf"{_NB}(?:non|mai|senza|né|tranne){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(
        rf"{_NB}(?:confront\w*|rispetto\s+a\w*|a\s+differenza|migliore\s+di|supera\w*){_NA}"
    ),
    data_before=_c(
        r"(?:dataset|insiemi?\s+di\s+dati|dati|corpus)(?:\s+(?:di|del|della))?"
        r"\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:dataset|dati|corpus)\b"),
    object_before=_c(
        r"(?:^|\s)(?:su|sul|sulla|sui|con|usando|utilizzando|mediante|e)\s+(?:(?:il|lo|la|i|gli"
        rf"|le|un|una|nostro)\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"valutazion|risultati|prestazioni|benchmark"),
    heading_tune=_c(r"fine-?tuning|affinamento|istruzioni|allineamento"),
    heading_train=_c(r"addestramento|dati|dataset|corpus"),
    heading_data=_c(r"dati|dataset|corpus"),
)
FR = DataLanguage(
    "fr",
    marks=_w(" le | les | des | du | avec | pour | une | données "),
    words=_w("entra|affin|fine-tun|ajust|distill|évalu|evalu|données|corpus|dataset"),
    train=_c(
        rf"{_NB}(?:(?:pré-?)?entra[îi]n(?:é|ée|és|ées|ement|ons)"
        rf"|(?P<tune>affin(?:é|ée|és|ées|age|ons)|fine-?tun(?:é|ée|és|ées|ing)"
        rf"|ajust(?:é|ée|és|ées|ement)|réglage\s+fin|distill(?:é|ée|és|ées|ation)"
        rf"|alignement))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:[ée]valu\w*|benchmark\w*|jeux?\s+de\s+test|ensembles?\s+de\s+test"
        rf"|résultats\s+sur|validation){_NA}"
    ),
    negated=_c(rf"{_NB}(?:ne|n['’]|pas|jamais|sans|sauf|hormis){_NA}[\w\s'’-]{{0,20}}$"),
    compare=_c(
        rf"{_NB}(?:compar\w*|par\s+rapport|contrairement|à\s+la\s+différence|mieux\s+que){_NA}"
    ),
    data_before=_c(
        r"(?:jeux?\s+de\s+données|ensembles?\s+de\s+données|données|corpus|dataset)"
        r"(?:\s+(?:de|du|des))?\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:jeu|données|corpus|dataset)\b"),
    object_before=_c(
        r"(?:^|\s)(?:sur|avec|via|et|en\s+utilisant|à\s+partir\s+d(?:e|u|es))\s+"
        rf"(?:(?:le|la|les|l['’]|un|une|notre)\s*)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"[ée]valuation|résultats|performances|benchmark"),
    heading_tune=_c(r"affinage|fine-?tuning|ajustement|instructions|alignement"),
    heading_train=_c(r"entra[îi]nement|données|corpus"),
    heading_data=_c(r"données|jeux?\s+de|corpus|dataset"),
)
DE = DataLanguage(
    "de",
    marks=_w(" der | die | das | und | mit | auf | wurde | daten | ist "),
    words=_w(
        "train|feinabstimm|feinabgestimm|feingetun|finegetun|destill|evaluier|bewert|daten|korpus"
    ),
    train=_c(
        rf"{_NB}(?:(?:vor|weiter|nach)?trainier(?:t|te|ten|en)|(?:vor)?training"
        rf"|(?P<tune>feinabgestimmt\w*|feinabstimmung|feingetunt\w*|finegetunt\w*|fine-?tuning"
        rf"|destilliert\w*|destillation|ausgerichtet))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:evaluier\w*|evaluation|bewert\w*|benchmark\w*|testdaten|testsatz|testset"
        rf"|ergebnisse\s+auf|validierung\w*){_NA}"
    ),
    negated=_c(rf"{_NB}(?:nicht|nie|niemals|kein\w*|außer){_NA}[\w\s/.`*-]{{0,60}}$"),
    compare=_c(
        rf"{_NB}(?:vergleich\w*|verglichen|im\s+gegensatz|anders\s+als|besser\s+als|gegenüber){_NA}"
    ),
    data_before=_c(
        r"(?:datens[äa]tz\w*|daten|korpus|dataset)(?:\s+(?:von|aus))?\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:datensatz|daten|korpus|dataset)"),
    object_before=_c(
        r"(?:^|\s)(?:auf|mit|mittels|anhand|und|aus)\s+(?:(?:dem|den|der|die|das|einem|einer"
        rf"|unserem)\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"evaluation|evaluierung|bewertung|ergebnisse|leistung|benchmark"),
    heading_tune=_c(r"feinabstimmung|fine-?tuning|feintuning|instruktion"),
    heading_train=_c(r"training|daten|korpus"),
    heading_data=_c(r"daten|korpus|dataset"),
    verb_after=True,
)
ZH = DataLanguage(
    "zh",
    marks=_w("的|了|是|在|和"),
    words=_w("训练|微调|精调|蒸馏|对齐|评测|评估|测试|基准|数据|语料"),
    train=_c(
        r"(?:(?:预训练|训练)(?:(?:数据集?|语料库?)\s*[：:])?"  # 训练, 预训练语料：X (a label)
        r"|(?P<tune>(?:指令微调|微调|精调|蒸馏|对齐)(?:(?:数据集?|语料库?)\s*[：:])?))"
        r"(?!数据|集|样本|语料)"
    ),
    evaluate=_c(r"评测|评估|测试集|基准|验证集"),
    negated=_c(r"(?:没有|未|不|并未|并非|除了)[^。，,；]{0,40}$"),
    compare=_c(r"相比|相较|对比|比较|不同于"),
    data_before=_c(r"(?:数据集|数据|语料库?)\s*[：:]?\s*$"),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:数据集|数据|语料)"),
    object_before=_c(r"(?:在|使用|用|利用|以|和|与|及|、|，|,|基于)\s*[`*_(\[]{0,3}$"),
    model_before=_c(r"(?:基于|基於|源自|派生自)\s*[`*_(\[]{0,3}$"),
    heading_eval=_c(r"评测|评估|结果|性能|基准"),
    heading_tune=_c(r"微调|指令|对齐"),
    heading_train=_c(r"训练|数据|语料"),
    heading_data=_c(r"数据|语料"),
    own_script=True,
    verb_after=True,
)
JA = DataLanguage(
    "ja",
    marks=_w("の|は|を|で|した"),
    words=_w("学習|訓練|トレーニング|ファインチュー|微調整|蒸留|評価|ベンチマーク|データ|コーパス"),
    train=_c(
        r"(?:事前学習|学習|訓練|トレーニング|(?P<tune>ファインチューニング|ファインチューン"
        r"|微調整|追加学習|指示学習|蒸留))(?!データ)"
    ),
    evaluate=_c(r"評価|ベンチマーク|テストセット|検証セット"),
    negated=_c(r"(?:ない|ません|せず)[^。、]{0,6}$"),
    negated_after=_c(r"^[^。、]{0,8}(?:ません|ない|せず|なかった)"),
    compare=_c(r"比較|比べ|と違|とは異な"),
    data_before=_c(r"(?:データセット|データ|コーパス)\s*[：:]?\s*$"),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:データセット|データ|コーパス)"),
    object_before=_c(r"(?:、|,|と|や|^)\s*[`*_(\[]{0,3}$"),
    heading_eval=_c(r"評価|ベンチマーク|結果|性能"),
    heading_tune=_c(r"ファインチューニング|微調整|指示"),
    heading_train=_c(r"学習|訓練|データ|コーパス"),
    heading_data=_c(r"データ|コーパス"),
    own_script=True,
    verb_after=True,
)
KO = DataLanguage(
    "ko",
    marks=_w("는|을|를|다|의"),
    words=_w("학습|훈련|파인|튜닝|미세|증류|평가|벤치마크|데이터|말뭉치"),
    train=_c(
        r"(?:사전\s*학습|학습|훈련|(?P<tune>파인\s*튜닝|미세\s*조정|추가\s*학습|증류))(?!\s*데이터)"
    ),
    evaluate=_c(r"평가|벤치마크|테스트\s*셋"),
    negated=_c(r"(?:않|아닌|없이)[^.,]{0,6}$"),
    negated_after=_c(r"^[^.,]{0,10}(?:않|안\s*했|없)"),
    compare=_c(r"비교|대비|보다"),
    data_before=_c(r"(?:데이터셋|데이터|말뭉치)\s*[：:]?\s*$"),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:데이터셋|데이터|말뭉치)"),
    object_before=_c(r"(?:,|와|과|및|^)\s*[`*_(\[]{0,3}$"),
    heading_eval=_c(r"평가|벤치마크|결과|성능"),
    heading_tune=_c(r"파인\s*튜닝|미세\s*조정"),
    heading_train=_c(r"학습|훈련|데이터"),
    heading_data=_c(r"데이터|말뭉치"),
    own_script=True,
    verb_after=True,
)
RU = DataLanguage(
    "ru",
    marks=_w(" и | на | в | с | для |модел"),
    words=_w("обуч|тренир|настройк|файн|дистилл|оцен|бенчмарк|данн|датасет|набор|корпус"),
    train=_c(
        rf"{_NB}(?:(?:пред)?обуч(?:ен[аоы]?|или|ила|ил|али|ение|ения|ении)|тренирова\w*"
        rf"|(?P<tune>дообуч\w*|тонк\w+\s+настройк\w*|файн-?тюн\w*|дистилл\w*))(?!\w)"
    ),
    evaluate=_c(rf"{_NB}(?:оцен\w*|бенчмарк\w*|тестов\w+\s+(?:набор|выборк)\w*|валидац\w*){_NA}"),
    negated=_c(rf"{_NB}(?:не|без|кроме|никогда){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(rf"{_NB}(?:сравн\w*|в\s+отличие|лучше|превосход\w*){_NA}"),
    data_before=_c(r"(?:датасет\w*|набор\w*(?:\s+данных)?|данн\w+|корпус\w*)\s*[:`*_(\[]{0,3}\s*$"),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:датасет|набор|данн|корпус)"),
    object_before=_c(rf"(?:^|\s)(?:на|с|по|из|и|используя|при\s+помощи){_OBJ_TAIL}"),
    heading_eval=_c(r"оценк|результат|бенчмарк|качеств"),
    heading_tune=_c(r"дообучени|тонк\w+\s+настройк|инструкц"),
    heading_train=_c(r"обучени|данн|датасет|корпус"),
    heading_data=_c(r"данн|датасет|корпус|набор"),
    own_script=True,
)

_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
TOUCH = lazy_pattern(rf"(?<=[A-Za-z0-9)\]*_`])(?=[{_CJK}])|(?<=[{_CJK}])(?=[A-Za-z0-9\[(*_`])")
"""Where a reference touches Han, kana or Hangul (`在HuggingFaceH4/no_robots上`): a space is put
there before the sentence is read, as lineage/prose_foreign.py does."""

DATA_LANGUAGES: tuple[DataLanguage, ...] = (ES, PT, IT, FR, DE, ZH, JA, KO, RU, NL, SV)


SAMPLE_CHARS = 16_000
"""Characters of a card searched for a language's marks: its language shows early."""
_OWN_SCRIPTS = lazy_pattern(r"[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""A Cyrillic, kana, Han or Hangul letter: a card holding none is not searched for the marks of
the languages written in them."""


def data_languages(low: str) -> tuple[DataLanguage, ...]:
    """The languages whose training-data phrases a card (lower case) may hold: two of its marks
    (one for a script of its own) and one of its words. An English card holds none. The words
    of a Latin-script card are split once and the marks looked up among them."""
    sample = low[:SAMPLE_CHARS]
    words = frozenset(sample.split())
    other = not sample.isascii() and _OWN_SCRIPTS.search(sample) is not None
    found = []
    for lang in DATA_LANGUAGES:
        if lang.own_script:
            if not other or not _holds(sample, lang.marks):
                continue
        elif sum(1 for mark in lang.marks if mark.strip() in words) < 2:
            continue
        if _holds(low, lang.words):
            found.append(lang)
    return tuple(found)


def line_languages(low: str, languages: tuple[DataLanguage, ...]) -> tuple[DataLanguage, ...]:
    """Those of `languages` one of whose words the line (lower case) holds."""
    return tuple(lang for lang in languages if _holds(low, lang.words))


def _holds(low: str, words: tuple[str, ...]) -> bool:
    # NOTE: a plain loop, as lineage/prose.py's _holds: any() over a generator costs more
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


def heading_role_in(text: str, languages: tuple[DataLanguage, ...]) -> tuple[str | None, bool]:
    """The role a heading in one of these languages gives its section, and whether it names
    data (stated_prose.heading_role's answer for English headings)."""
    for lang in languages:
        data = lang.heading_data.search(text) is not None
        if lang.heading_eval.search(text):
            return "evaluation", True
        if lang.heading_tune.search(text):
            return "fine-tuning", data
        if lang.heading_train.search(text):
            return "training", data
    return None, False
