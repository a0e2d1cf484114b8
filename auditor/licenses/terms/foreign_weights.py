"""Bans on passing the weights on, on sharing adapted weights and on training other models with
the outputs, in Portuguese, Spanish, Italian, French and German, for `terms.foreign` (the
English clause rules: use_scope/no-weight-redistribution, use_scope/no-adaptation-sharing,
output_use_restriction).

Each is read within one clause (cut at a full stop, a semicolon or a contrastive "but"), from a
ban word of the licensee ("não pode", "queda prohibido", "non puoi", "il est interdit", "dürfen
... nicht") together with:

- a verb of passing on (redistribute, publish, share, hand to third parties) and the weights
  (pesos, pesi, poids, Gewichte, parameters, checkpoints): `no-weight-redistribution`; when
  the weights are only the *modified* ones ("versioni modificate dei pesi", "obras derivadas")
  the ban is on sharing adaptations, `no-adaptation-sharing`, and the unmodified model may be
  passed on; "modified or not" ("modificados ou não") is every copy;
- the model's outputs (resultados, risultati, sorties, Ausgaben) and training or improving
  *other* models (or distilling): `output_use_restriction`.

A clause that allows on a condition ("sem incluir esta licença", "purché", "sauf") bans
nothing, unless the condition is the licensor's permission. The five languages are read
together: a short clause is often told for a neighbour language ("É proibido usar o Modelo ..."
read as French), and these words do not collide across them.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_outputs_more import bans_output_training
from auditor.licenses.terms.foreign_scope_more import more_scopes
from auditor.licenses.terms.foreign_weights_north import north_weights
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE


def _re(*pieces: str) -> re.Pattern[str]:
    return lazy_pattern("|".join(pieces), _FLAGS)


LANGUAGES = frozenset({"pt", "es", "it", "fr", "de"})

_CLAUSE_END = lazy_pattern(
    r"[.;!?]|\b(?:mas|porém|pero|sin\s+embargo|ma|però|tuttavia|mais|aber|jedoch)\b", _FLAGS
)

_BAN = _re(
    # pt
    r"(?<!não\s)\b(?:é|está|fica|são|ficam)\s+(?:expressamente\s+)?(?:proibid|vedad)\w*",
    r"\bproíbe-se\b|\bnão\s+(?:pode|podem|poderá|poderão|deve|devem|deverá|deverão)\b",
    r"\bnão\s+(?:é|são)\s+(?:permitid|autorizad)\w*",
    # es
    r"(?<!no\s)\b(?:queda|quedan|está|están|es)\s+(?:expresamente\s+)?prohibid\w*|\bse\s+prohíbe",
    r"\bno\s+(?:puede|puedes|pueden|podrá|podrán|debe|debes|deben|deberá|deberán)\b",
    r"\bno\s+(?:está|están|se)\s+(?:permitid\w*|autorizad\w*|permite)",
    # it
    r"(?<!non\s)\b(?:è|sono)\s+(?:espressamente\s+)?(?:vietat|proibit)\w*|\bsi\s+vieta\b",
    r"\bnon\s+(?:puoi|può|possono|potrà|potranno|potete|devi|deve|devono|dovrà|dovranno)\b",
    r"\bnon\s+(?:è|sono)\s+(?:consentit|permess|autorizzat)\w*",
    # fr
    r"(?<!pas\s)\b(?:est|sont)\s+(?:strictement\s+|expressément\s+)?interdite?s?\b",
    r"\bil\s+est\s+interdit\b|\bne\s+(?:pouvez|peut|peuvent|pourrez|pourra|devez|doit|doivent)"
    r"\s+(?:pas|en\s+aucun\s+cas|jamais)\b|\bn'(?:est|sont)\s+pas\s+(?:autoris|permis)\w*",
    # de
    r"(?<!nicht\s)\b(?:untersagt|verboten)\b|\bnicht\s+(?:gestattet|erlaubt|zulässig)\b",
    r"\b(?:darf|dürfen|darfst)\b(?=[^.;]{0,80}?\b(?:nicht|keinesfalls|niemals|kein\w*)\b)",
)
_PASS_ON = _re(
    r"\bre-?distribu\w*|\bdistribu\w*|\bpublica[rdnçs]\w*|\bpublicá-\w*|\bcompartilh\w*"
    r"|\bpartilh\w*|\bentreg\w*\s+(?:a|para)\s+terceiros|\bdisponibiliz\w*|\bsublicenci\w*",
    r"\bcompart\w*|\bentreg\w*|\bponer\s+a\s+disposición|\bceder\b",
    r"\bridistribu\w*|\bpubblica\w*|\bcondivid\w*|\bcondivis\w*|\bconsegna\w*\s+a\s+terzi"
    r"|\bmettere\s+a\s+disposizione|\brendere\s+disponibil\w*|\bsublicenzia\w*|\bcedere\b",
    r"\bpubli(?:er|ez|és?|ées?)\b|\bpartag\w*|\bmettre\s+à\s+(?:la\s+)?disposition"
    r"|\btransmettre\b|\bsous-licenci\w*",
    r"\bweiter(?:zu)?geben\b|\bweitergegeben\b|\bweitergabe\b|\bverbreit\w*|\bveröffentlich\w*"
    r"|\b(?:zu\s+)?teilen\b|\bgeteilt\b|\bzugänglich\s+(?:zu\s+)?mach\w*|\bvertreib\w*"
    r"|\bunterlizenzier\w*|\bDritten\s+(?:zur\s+Verfügung|überlassen)",
)
_WEIGHTS = _re(
    r"\b(?:pesos|pesi|poids|parâmetros|parámetros|parametri|paramètres)\b",
    r"\b(?:Modell)?gewichte\w*|\bModellparameter\w*|\bcheckpoints?\b|\bModelldateien\b",
    r"\b(?:arquivos|ficheiros|archivos|file|fichiers)\s+(?:de\s+|del\s+|do\s+|dei\s+|du\s+)?"
    r"(?:o\s+|el\s+|il\s+|le\s+)?(?:modelo|modello|modèle)",
)
# adapted work: modified, derived, adapted (weights or versions), derivative works
_MODIFIED = _re(
    r"\b(?:modificad|alterad|derivad|adaptad|ajustad|modificat|alterat|derivat|adattat)\w*",
    r"\b(?:modifiée?s?|dérivée?s?|adaptée?s?|altérée?s?)\b",
    r"\b(?:veränderte|geänderte|modifizierte|abgeleitete|angepasste|bearbeitete)\w*"
    r"|\bBearbeitungen\b|\bAbleitungen\b",
    r"\b(?:obras|opere|œuvres|oeuvres)\s+(?:derivadas|derivate|dérivées)\b",
)
_EITHER_WAY = _re(
    r"\bmodificad[oa]s?\s+ou\s+não\b|\bcom\s+ou\s+sem\s+(?:modificaç|alteraç)\w*",
    r"\bmodificad[oa]s?\s+o\s+no\b|\bcon\s+o\s+sin\s+(?:modificaci|alteraci)\w*",
    r"\bmodificat[ie]\s+o\s+(?:no|meno)\b|\bcon\s+o\s+senza\s+modific\w*",
    r"\bmodifiée?s?\s+ou\s+non\b|\bavec\s+ou\s+sans\s+modification\w*",
    r"\b(?:verändert|geändert)\s+oder\s+(?:unverändert|nicht)\b|\bmit\s+oder\s+ohne\s+Änderung\w*",
)
_UNMODIFIED = _re(
    r"\b(?:invariat|inalterad|inalterat|intact|non\s+modificat|não\s+modificad|no\s+modificad"
    r"|unverändert|unmodifiziert)\w*|\bnon\s+modifiée?s?\b",
)
# a condition that lets the act happen (the ban is then no ban), unless it is permission
_CONDITION = _re(
    r"\b(?:sem|salvo|exceto|a\s+menos|desde\s+que|contanto\s+que|sin|excepto|siempre\s+que"
    r"|senza|eccetto|a\s+meno|purché|sans|sauf|à\s+moins|sous\s+réserve|pourvu|ohne|außer"
    r"|es\s+sei\s+denn|sofern)\b(?![^.;]{0,40}?(?:autoriza|permiss|permis|consent|consenso"
    r"|Zustimmung|Genehmigung|Erlaubnis|autorisation|accord))",
)
# using the model to pass on something else: "usar o modelo para distribuir conteúdo"
_USE_TO = _re(
    r"\b(?:usar|utilizar|usare|utilizzare|utiliser|employer|nutzen|verwenden)\b[^.;]{0,40}?"
    r"\b(?:para|per|pour|um)\b",
)
_OUTPUTS = _re(
    r"\b(?:resultados|saídas|salidas|respuestas|respostas|risultati|risposte|uscite|résultats"
    r"|sorties|réponses|outputs?|Ausgaben|Ergebnisse|Ergebnissen|Antworten)\b",
    # de: what the model made ("die vom Modell erzeugten Texte", "generierte Inhalte")
    r"\b(?:erzeugt|generiert)\w*\s+(?:Text\w*|Inhalt\w*|Daten|Antwort\w*|Bild\w*|Ergebniss\w*)\b",
    r"\b(?:conteúdos?|contenidos?|contenuti|contenus?|textos|testi|textes|Inhalte)\s+"
    r"(?:gerad|generad|generat|générés?|erzeugt)\w*",
)
_TRAIN = _re(
    r"\b(?:trein|entren|addestr|allen|entraîn|entrain|trainier)\w*|\bTraining\b",
    # de: taught, trained further, fine-tuned ("angelernt", "nachtrainiert", "feinabgestimmt")
    r"\b(?:anzulernen|anlern\w*|angelernt\w*|nachtrainier\w*|nachzutrainieren|feinabstimm\w*"
    r"|feinabgestimmt\w*|Feinabstimmung|Fine-Tuning)",
    r"\b(?:aperfeiçoa|melhora|mejora|migliora|amélior|verbesser)\w*",
)
_DISTIL = _re(r"\b(?:destila|destil|distill|distilla|distiller|destillier)\w*|\bDestillation\b")
_OTHER_MODELS = _re(
    r"\b(?:outr[oa]s?|otr[oa]s?|altr[oi]|autres?|anderer?\w*|qualquer|cualquier|qualsiasi"
    r"|tout|jede\w*|fremde\w*)\s+(?:\w+\s+|\w+-){0,2}?(?:modelos?|modell[oi]|modèles?|Modell\w*"
    r"|\w+modell\w*)\b",
    r"\b(?:modelos?|modell[oi]|modèles?|Modell\w*)\s+(?:\w+\s+){0,2}?(?:concorrentes?"
    r"|competidor\w*|concorrent[ei]|concurrents?|konkurrierend\w*)",
    r"\bkonkurrierend\w*\s+Modell\w*|\bKonkurrenzmodell\w*",
)


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_END.split(text) if c.strip()]


def read_weights(language: str | None, text: str) -> list[Clause]:
    """The bans a passage in one of the five languages states (module docstring), or a ban
    on training other models with the outputs in Korean or Japanese (`_east_asian_outputs`) or
    in Turkish, Polish or Dutch (`foreign_outputs_more`); with the weights and hosted-service
    bans of `foreign_scope_more`."""
    if language in _EAST_ASIAN:
        return (
            [Clause("output_use_restriction", True)] if _east_asian_outputs(text, language) else []
        )
    if language not in LANGUAGES:
        more = more_scopes(language, text)  # Czech, Polish, Dutch, Russian (`foreign_scope_more`)
        north, trains = north_weights(language, text)  # sv, da, no, cs, ro, hu, fi
        more += [scope for scope in north if scope not in more]
        found = [Clause("use_scope", more)] if more else []
        if trains or bans_output_training(language, text):  # and tr, pl, nl, ru
            found.append(Clause("output_use_restriction", True))
        return found
    scopes = more_scopes(language, text)  # a hosted service offered to others
    outputs = False
    for clause in _clauses(text):
        if _BAN.search(clause) is None:
            continue
        if _OUTPUTS.search(clause) and (
            _DISTIL.search(clause) or (_TRAIN.search(clause) and _OTHER_MODELS.search(clause))
        ):
            outputs = True
            continue
        scope = _pass_on_ban(clause)
        if scope is not None and scope not in scopes:
            scopes.append(scope)
    conditions: list[Clause] = []
    if "no-third-party-service" in scopes and offers_model_service(text):
        # the model itself as an inference API or a managed instance, unless a further licence:
        # the English clause rule commercial_use_conditions/model-service, not a ban on every
        # service (an application built on the model is not the model offered)
        scopes.remove("no-third-party-service")
        conditions.append(Clause("commercial_use_conditions", [_MODEL_SERVICE]))
    found = [Clause("use_scope", sorted(scopes))] if scopes else []
    found += conditions
    return [*found, Clause("output_use_restriction", True)] if outputs else found


_MODEL_SERVICE = "separate-license-for-model-service"
_MODEL_AS_API = lazy_pattern(
    r"\bAPI\s+(?:de\s+|d['’]\s*|di\s+|für\s+(?:die\s+)?)?infer\w*|\binfer\w*[\s-]?APIs?\b"
    r"|\bajuste\s+fino\b|\bfine-?tuning\b|\bFeinabstimmung\w*|\bréglage\s+fin\b"
    r"|\binstancias?\s+(?:administrada|gestionada)s?|\binstâncias?\s+(?:gerenciada|gerida)s?"
    r"|\bistanz[ae]\s+gestit[ae]|\binstances?\s+gérées?|\bverwaltete\w*\s+Instanz\w*",
    re.IGNORECASE,
)
_FURTHER_LICENCE = lazy_pattern(
    r"\b(?:licencia|licença|licence|licenza|Lizenz|licentie)\w*", re.IGNORECASE
)


def offers_model_service(text: str) -> bool:
    """Does the passage name the model itself offered as an inference or fine-tuning API or a
    managed instance, with a further licence for it?"""
    return _MODEL_AS_API.search(text) is not None and _FURTHER_LICENCE.search(text) is not None


def _pass_on_ban(clause: str) -> str | None:
    verb = _PASS_ON.search(clause)
    if verb is None or _CONDITION.search(clause) or _USE_TO.search(clause[: verb.start()]):
        return None
    if _OUTPUTS.search(clause):
        return None  # the outputs passed on, not the weights
    modified = _MODIFIED.search(clause) is not None and _EITHER_WAY.search(clause) is None
    if modified:
        return "no-adaptation-sharing"
    if _WEIGHTS.search(clause) and _UNMODIFIED.search(clause) is None:
        return "no-weight-redistribution"
    return None


# Korean and Japanese (Chinese: the clause rule output_use_restriction/zh-output-ban): a ban
# word, the model's outputs, and distilling, or training or improving another model, in one
# sentence ("본 모델의 출력물을 이용하여 다른 인공지능 모델을 학습시키거나 증류해서는 안 됩니다"
# or, formally, "... 개선하여서는 아니 된다",
# "本モデルの出力を他のモデルの学習に使用してはなりません"). A ban denied ("금지되지 않습니다",
# "禁止されていません") bans nothing.
_EAST_ASIAN: dict[str, tuple[re.Pattern[str], ...]] = {
    "ko": (
        lazy_pattern(
            r"금지(?!되지\s*않|하지\s*않)|금한다|해서는\s*안|하여서는\s*안|할\s*수\s*없"
            # the formal "must not" of statutes and contracts: 개선하여서는 아니 된다
            r"|서는\s*아니\s*(?:된다|되며|됩니다|되고|됨)"
            r"|사용하지\s*않|이용하지\s*않"
        ),
        lazy_pattern(r"출력|생성물|결과물|생성(?:된|한)\s*(?:콘텐츠|데이터|텍스트|결과|내용)"),
        lazy_pattern(r"증류|디스틸|distill", re.I),
        lazy_pattern(r"학습|훈련|트레이닝|개선|개발|미세\s*조정|파인\s*튜닝"),
        lazy_pattern(r"(?:다른|타|경쟁|제3자의?|별도의?)\s*(?:[^\s.。]+\s*){0,2}?모델"),
    ),
    "ja": (
        lazy_pattern(
            r"禁止(?!されていません|されていない|されません|しません)|ては(?:な(?:らない|りません)"
            r"|いけ(?:ない|ません))|しないこと|しないでください|できません"
            r"|禁じ(?:られ|ます|る)(?!ていません|ていない)"
        ),
        lazy_pattern(
            r"出力|生成物|生成結果|生成(?:された|した)(?:コンテンツ|データ|テキスト|内容)"
        ),
        lazy_pattern(r"蒸留|ディスティル|distill", re.I),
        lazy_pattern(r"学習|訓練|トレーニング|改善|改良|開発|微調整|ファインチューニング"),
        lazy_pattern(r"(?:他の|別の|他社の|競合(?:する)?|第三者の)[^。.]{0,12}?モデル"),
    ),
}


def _east_asian_outputs(text: str, language: str | None = None) -> bool:
    for code, (ban, outputs, distil, train, other) in _EAST_ASIAN.items():
        if language is not None and code != language:
            continue
        for sentence in re.split(r"[.。;；!?！？]|하지만|그러나|しかし|ただし", text):
            if ban.search(sentence) is None or outputs.search(sentence) is None:
                continue
            if distil.search(sentence) or (train.search(sentence) and other.search(sentence)):
                return True
    return False
