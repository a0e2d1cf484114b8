"""The cues of `terms.foreign` in Portuguese, Italian and Russian (Arabic's are in
`foreign_cues_ar`, Polish, Turkish and Vietnamese ones in `foreign_cues_pl_tr_vi`, Dutch and
Indonesian ones in `foreign_cues_nl_id`, passed on here). See `foreign_cues` for what each pattern
is."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_cues_am_yo import AM as AM
from auditor.licenses.terms.foreign_cues_am_yo import YO as YO
from auditor.licenses.terms.foreign_cues_ar import AR as AR
from auditor.licenses.terms.foreign_cues_nl_id import ID as ID
from auditor.licenses.terms.foreign_cues_nl_id import NL as NL
from auditor.licenses.terms.foreign_cues_pl_tr_vi import PL as PL
from auditor.licenses.terms.foreign_cues_pl_tr_vi import TR as TR
from auditor.licenses.terms.foreign_cues_pl_tr_vi import VI as VI
from auditor.licenses.terms.foreign_law_north import LAWS_NORTH
from auditor.licenses.terms.foreign_law_romance import LAWS_ROMANCE

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


# A clause ends at a full stop or semicolon: every gap below stays inside one.
_GAP = r"[^.;]{0,60}?"

# the law that governs: "regida pelas leis da República Federativa do Brasil", "rege-se pela lei
# portuguesa", "aplica-se a legislação brasileira", "sujeito ao direito português"
_PT_LAW = (
    r"\b(?:regid\w+|regulad\w+|sujeit\w+|submetid\w+|rege-se|regem-se|regula-se|regulam-se"
    r"|aplica-se|aplicam-se|aplicável|aplicáveis)\s+(?:[^.;]{0,30}?\s)??"
    r"(?:pel[ao]s?\s+|às?\s+|aos?\s+|[ao]s?\s+)?"
    r"(?:leis|lei|legislação|direito|ordenamento\s+jurídico)\s+"
)

PT = Cues(
    prohibited=_re(
        r"\bnão[- ]comercia(?:l|is)\b|\b(?:uso|usos|utilização|exploração|fins?)\s+comercia\w*\b"
        + _GAP
        + r"\b(?:proibid\w*|vedad\w*|não\s+(?:é|são)\s+(?:permitid|autorizad)\w*)"
        r"|\b(?:proibid\w*|vedad\w*|proíbe)\b" + _GAP + r"\bcomercia\w*"
        # "em atividades comerciais não é permitida": the negation after the noun phrase
        r"|\b(?:comercia|lucrativ)\w*" + _GAP + r"\bnão\s+(?:é|são)\s+(?:permitid|autorizad)\w*"
        r"|\bnão\s+(?:pode|podem|poderá|poderão|deve|devem|é\s+permitido)\b"
        + _GAP
        + r"\bcomercia\w*"
        r"|\buso\s+comercial\s*[:=：|]\s*(?:não|proibido|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        r"\bcomercia\w*[^.;]{0,80}?\b(?:requer\w*|exige\w*|necessita\w*|depende\s+de|mediante"
        r"|sujeit\w+\s+a|contate|contactar)\b|\b(?:sem|com)\s+(?:a\s+|uma\s+)?(?:autorização"
        r"|permissão|consentimento)\s+(?:prévi\w+\s+|expressa\s+|por\s+escrito\s+)*"
        + _GAP
        + r"comercia|\blicença\s+comercial\b"
        # the consent after the commercial use it governs: "todo uso comercial ... sem autorização
        # prévia e por escrito"
        r"|\bcomercia\w*[^.;]{0,200}?\bsem\s+(?:a\s+|uma\s+)?(?:prévia\s+)?(?:autorização|permissão"
        r"|consentimento|licença)"
    ),
    allowed=_re(
        r"\buso\s+comercial\s+(?:é\s+)?(?:permitido|autorizado)\b"
        # the use named with its object: "O uso comercial do modelo é permitido"
        r"|\b(?:uso|utilização|exploração)\s+comercia(?:l|is)\s+(?:d[oa]s?|de)\s+[^.;]{0,40}?"
        r"\s(?:é|são|está|estão|fica|ficam)\s+(?:expressamente\s+|também\s+)?(?:permitid|autorizad)"
        r"|\b(?:pode|podem|poderá|poderão)\s+(?:ser\s+)?(?:livremente\s+)?"
        r"(?:utiliza|usa|emprega|explora)\w*\s+(?:livremente\s+)?(?:comercialmente"
        r"|(?:com|para)\s+fins\s+comerciais)"
        # a grant that includes commercial ends: "inclusive para fins comerciais", "incluindo o
        # uso comercial", "também com fins comerciais"
        r"|\b(?:inclusive|incluindo|incluíd[oa]s?|também)\s+(?:(?:com|para|a)\s+)?"
        r"(?:(?:o|a|os|as|seu|sua|um|uma)\s+)?(?:fins\s+|usos?\s+|utilização\s+|exploração\s+)?"
        r"comercia"
    ),
    unrestricted=_re(
        r"\b(?:sem(?:\s+(?:qualquer|nenhuma))?|nenhuma?|não\s+(?:há|existem?))\s+(?:\w+\s+)?"
        r"(?:restriç(?:ão|ões)|limitaç(?:ão|ões)|limites?)(?![^.;]{0,200}\bnão[- ]comercia)"
        + _GAP
        + r"(?<![\w-])(?<!não\s)comercia\w*"
        r"|(?<![\w-])(?<!não\s)comercia\w*"
        + _GAP
        + r"\b(?:sem\s+(?:qualquer\s+|nenhuma\s+)?(?:restriç|limitaç|limite)\w*|não\s+(?:é|está|são"
        r"|estão)\s+(?:restrit|limitad)\w*)"
    ),
    both=_re(
        r"\bnão[- ]comercia\w*\s+(?:e|ou)\s+comercia|\bcomercia\w*\s+(?:e|ou)\s+não[- ]comercia"
        # whether or not commercial: "seja comercial ou não", "com ou sem fins lucrativos"
        r"|(?<![\w-])comercia\w*\s+ou\s+não(?=\s*(?:[,.;:)»]|$))"
        r"|\bcom\s+ou\s+sem\s+(?:fins?|finalidade)\s+(?:lucrativ|comercia)"
        r"|\bindependentemente\s+d[eoa]\b[^.;,]{0,30}?(?<!não\s)comercia"
        r"|\btanto\b[^.;]{0,30}?\bcomercia\w*[^.;]{0,30}?\b(?:como|quanto)\b[^.;]{0,30}?"
        r"\bnão[- ]comercia"
    ),
    research=_re(
        r"\b(?:exclusivamente|apenas|somente|unicamente|estritamente)\b[^.;]{0,40}?\b(?:pesquisa"
        r"|investigação|acadêmic\w*|académic\w*|educacion\w*|científic\w*)"
    ),
    personal=_re(
        r"\b(?:exclusivamente|apenas|somente|unicamente)\b[^.;]{0,30}?\b(?:uso|fins?)\s+"
        r"(?:pessoal|pessoais|privad\w*)"
    ),
    mau=_re(
        r"\b(?:usuários|utilizadores)\s+ativos\s+(?:mensais|por\s+mês|ao\s+mês|em\s+cada\s+mês"
        r"|num\s+mesmo\s+mês)"
    ),
    revenue=_re(r"\breceita\b|\bfaturamento\b|\bfacturação\b|\brendimentos\b"),
    annual=_re(r"\banual\w*|\bpor\s+ano\b"),
    affiliates=_re(
        r"\b(?:entidades|empresas|sociedades)\s+(?:vinculadas|afiliadas|coligadas|controladas"
        r"|relacionadas|do\s+grupo)|\bafiliad[ao]s\b|\bsubsidiárias?\b|\bgrupo\s+econ[ôó]mico"
    ),
    laws=(
        (
            _re(
                _PT_LAW + r"(?:do\s+|da\s+|de\s+)?(?:República\s+Federativa\s+do\s+)?"
                r"(?:Brasil|brasileir\w*)"
            ),
            "BR",
        ),
        (
            _re(
                _PT_LAW + r"(?:de\s+|da\s+)?(?:República\s+)?"
                r"(?:Portugal|Portuguesa|portugu[eê]s\w*)"
            ),
            "PT",
        ),
    ),
    vocabulary=_re(
        r"licença|condições|autoriz|proibid|comercia|permissão|consentimento|responsabilidade"
        r"|garantia|direitos?|contrato|restri|permitid|vedad|redistribu"
    ),
    restrictive=_re(
        r"\b(?:não|apenas|somente|unicamente|exclusivamente|proibid\w*|vedad\w*|comercia\w*|autorização"
        r"|deve|devem|salvo|exceto|porém|mas|desde\s+que)\b"
    ),
    license_noun=_re(r"licença|license|licence|termos\s+de\s+uso"),
    other_work=_re(
        r"\bconjunto\s+de\s+dados|\bdados\b|\bcorpus\b|\bmodelo\s+base|\bmodelo\s+original"
        r"|\bcódigo|\bterceiros\b"
    ),
    this_model=_re(r"\beste\s+modelo|\bo\s+modelo\b|\bpesos\b|\beste\s+repositório"),
)

IT = Cues(
    prohibited=_re(
        r"\bnon\s+commercial[ei]\b|\b(?:uso|usi|utilizzo|sfruttamento|fini|scopi)\s+commercial[ei]\b"
        + _GAP
        + r"\b(?:vietat\w*|proibit\w*|non\s+(?:è|sono)\s+(?:consentit|permess|autorizzat)\w*"
        r"|esclus\w*)|\b(?:vietat\w*|proibit\w*|vieta)\b" + _GAP + r"\bcommercial\w*"
        r"|\bnon\s+(?:può|possono|potrà|potranno|deve|devono|è\s+consentito)\b"
        + _GAP
        + r"\bcommercial\w*"
        r"|\buso\s+commerciale\s*[:=：|]\s*(?:no|vietato|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        r"\bcommercial\w*[^.;]{0,80}?\b(?:richiede\w*|necessita\w*|previa|subordinat\w+\s+a"
        r"|soggett\w+\s+a|contattare|contattateci)\b|\b(?:senza|con)\s+(?:la\s+|un[a']?\s*)?"
        r"(?:autorizzazione|permesso|consenso)\s+(?:previ\w+\s+|espress\w+\s+|scritt\w+\s+)*"
        + _GAP
        + r"commercial|\blicenza\s+commerciale\b"
    ),
    allowed=_re(
        r"\buso\s+commerciale\s+(?:è\s+)?(?:consentito|permesso|autorizzato)\b"
        # the use named with its object: "L'uso commerciale del modello è consentito"
        r"|\b(?:uso|utilizzo|impiego|sfruttamento)\s+commerciale\s+(?:del(?:l['’]|la|lo)?|dei|degli"
        r"|di)\s*[^.;]{0,40}?\s(?:è|sono)\s+(?:espressamente\s+|anche\s+)?(?:consentit|permess"
        r"|autorizzat)"
        r"|\b(?:può|possono|potrà|potranno)\s+(?:essere\s+)?(?:liberamente\s+)?"
        r"(?:utilizza|usa|impiega|sfrutta)\w*\s+(?:liberamente\s+)?(?:commercialmente"
        r"|(?:a|per)\s+(?:fini|scopi)\s+commerciali)"
        # a grant that includes commercial ends: "anche a scopi commerciali", "incluso l'uso
        # commerciale", "compreso lo sfruttamento commerciale"
        r"|\b(?:anche|inclus[oiae]|compres[oiae]|ivi\s+compres[oiae])\s+(?:(?:a|ai|agli|alle|per)\s+)?"
        # the use named by a pronoun: "per qualsiasi scopo, compreso quello commerciale"
        r"(?:(?:l'|lo\s+|il\s+|la\s+|i\s+|gli\s+|le\s+|un\s+|una\s+|uno\s+|quell[oaie]\s+))?(?:fin[ei]\s+"
        r"|scop[oi]\s+|us[oi]\s+|utilizz[oi]\s+|sfruttamento\s+|finalità\s+|attività\s+)?"
        r"commercia"
    ),
    unrestricted=_re(
        r"\b(?:nessun[ao]?|senza(?:\s+alcun[ao]?)?|non\s+(?:ci\s+sono|c'è|vi\s+sono|esistono))\s+"
        r"(?:\w+\s+)?(?:restrizion[ei]|limitazion[ei]|limit[ei]|vincol[io]|divieti)\b"
        r"(?![^.;]{0,200}\bnon\s+commercial)" + _GAP + r"(?<![\w-])(?<!non\s)commercial\w*"
        r"|(?<![\w-])(?<!non\s)commercial\w*"
        + _GAP
        + r"\b(?:senza\s+(?:alcuna?\s+)?(?:restrizion|limitazion|limit|vincol)\w*"
        r"|non\s+(?:è|sono)\s+(?:limitat|ristrett)\w*)"
    ),
    both=_re(
        r"\bnon\s+commercial\w*\s+(?:e|o|ed)\s+commercial|\bcommercial\w*\s+(?:e|o|ed)\s+non\s+commercial"
        # whether or not commercial: "che sia commerciale o no", "commerciali e non", "con o
        # senza scopo di lucro", "indipendentemente dal carattere commerciale"
        r"|(?<![\w-])commercial\w*\s+(?:o\s+(?:no|meno)|e\s+non)(?=\s*(?:[,.;:)»]|$))"
        r"|\bcon\s+o\s+senza\s+(?:scopo|fini?)\s+(?:di\s+lucro|commercial|lucrativ)"
        r"|\bindipendentemente\s+da\w*\b[^.;,]{0,30}?(?<!non\s)commercial"
        r"|\bsia\b[^.;]{0,30}?\bcommercial\w*[^.;]{0,30}?\b(?:che|sia)\b[^.;]{0,30}?"
        r"\bnon\s+commercial"
    ),
    research=_re(
        r"\b(?:esclusivamente|solo|soltanto|unicamente|strettamente)\b[^.;]{0,40}?\b(?:ricerca"
        r"|accademic\w*|didattic\w*|educativ\w*|scientific\w*)"
    ),
    personal=_re(
        r"\b(?:esclusivamente|solo|soltanto|unicamente)\b[^.;]{0,30}?\b(?:uso|fini|scopi)\s+"
        r"(?:personal\w*|privat\w*)"
    ),
    mau=_re(r"\butenti\s+attivi\s+(?:mensili|al\s+mese|per\s+mese|ogni\s+mese|in\s+un\s+mese)"),
    revenue=_re(r"\bfatturato\b|\bricavi\b|\bentrate\b"),
    annual=_re(r"\bannu\w*|\ball'anno|\bper\s+anno"),
    affiliates=_re(
        r"\b(?:società|entità|imprese|aziende)\s+(?:collegate|affiliate|controllate|del\s+gruppo)"
        r"|\baffiliat[ei]\b|\bcontrollate\b|\bgruppo\s+societario"
    ),
    laws=(
        (
            _re(
                r"\b(?:regolat\w+|disciplinat\w+|soggett\w+|rett\w+)\s+(?:dalla\s+|alla\s+|dal\s+)?"
                r"(?:legge|diritto)\s+italian\w*"
            ),
            "IT",
        ),
        *LAWS_ROMANCE,  # es, pt, fr, it, ro: a law by adjective or place (`foreign_law_romance`)
    ),
    vocabulary=_re(
        r"licenza|condizioni|autorizz|vietat|proibit|commercial|permesso|consenso|responsabilità"
        r"|garanzia|diritt|contratto|restrizion|consentit|ridistribu"
    ),
    restrictive=_re(
        r"\b(?:non|solo|soltanto|unicamente|esclusivamente|vietat\w*|proibit\w*|commercial\w*"
        r"|autorizzazione|deve|devono|salvo|eccetto|tuttavia|ma|purché)\b"
    ),
    license_noun=_re(r"licenza|license|licence|termini\s+d'uso"),
    other_work=_re(
        r"\bset\s+di\s+dati|\bdataset\b|\bdati\b|\bcorpus\b|\bmodello\s+base|\bmodello\s+originale"
        r"|\bcodice\b|\bterze\s+parti"
    ),
    this_model=_re(r"\bquesto\s+modello|\bil\s+modello|\bpesi\b|\bquesto\s+repository"),
)

RU = Cues(
    prohibited=_re(
        r"\bнекоммерческ\w*|\bкоммерческ\w+\s+(?:использовани\w+|цел\w+|применени\w+|эксплуатаци\w+)"
        + _GAP
        + r"(?:запрещ\w+|не\s+допуска\w+|не\s+разреша\w+)|\b(?:запрещ\w+|не\s+допуска\w+)"
        + _GAP
        + r"\bкоммерческ\w*|\bне\s+(?:может|могут|вправе|разрешается|допускается|следует)\b"
        + _GAP
        + r"\bкоммерческ\w*"
    ),
    restricted=_re(
        r"\bкоммерческ\w*[^.;]{0,80}?(?:требует\w*|необходим\w*|только\s+с|с\s+письменного"
        r"|с\s+предварительного|при\s+наличии|обратитесь|свяжитесь)|\bбез\s+(?:предварительного\s+)?"
        r"(?:письменного\s+)?(?:разрешения|согласия)" + _GAP + r"коммерческ"
        r"|\bкоммерческ\w+\s+лиценз\w*"
    ),
    allowed=_re(
        r"\bкоммерческое\s+использование\s+(?:разрешено|допускается)"
        # a grant that includes commercial ends: "в том числе в коммерческих целях", "включая
        # коммерческое использование", "также и для коммерческих целей"
        r"|\b(?:в\s+том\s+числе|включая|также|равно\s+как)\s+(?:и\s+)?(?:(?:в|для|с)\s+)?"
        r"(?<!не)коммерческ\w*\s+(?:цел\w*|использовани\w*|применени\w*|эксплуатаци\w*)"
    ),
    both=_re(
        r"некоммерческ\w*\s+(?:и|или)\s+коммерческ|\bкоммерческ\w*\s+(?:и|или)\s+некоммерческ"
        # whether or not commercial: "независимо от того, является ли использование
        # коммерческим", "коммерческое или нет", "как в коммерческих, так и в некоммерческих"
        r"|\b(?:независимо|вне\s+зависимости)\s+от\b[^.;]{0,50}?(?<!не)(?:коммерческ|прибыл|доход"
        r"|заработ)"
        r"|(?<!не)коммерческ\w*\s+или\s+нет(?=\s*(?:[,.;:)»]|$))"
        r"|\bкак\b[^.;]{0,30}?(?<!не)коммерческ\w*,?\s+так\s+и\b[^.;]{0,30}?некоммерческ"
    ),
    research=_re(
        r"\b(?:исключительно|только|лишь)\b[^.;]{0,40}?(?:исследовательск\w*|научн\w*"
        r"|академическ\w*|образовательн\w*|учебн\w*|(?<!не)исследовани\w*)"
    ),
    personal=_re(r"\b(?:исключительно|только|лишь)\b[^.;]{0,30}?личн\w*"),
    mau=_re(
        r"активных\s+пользователей\s+(?:в|за)\s+(?:календарный\s+)?месяц|ежемесячн\w+\s+"
        r"(?:(?:количеств|числ)\w*\s+)?активн\w+\s+пользовател\w+"
    ),
    affiliates=_re(
        r"\bаффилированн\w+\s+(?:лиц|компани|организаци)\w*|\bаффилиат\w*|\bдочерн\w+\s+"
        r"(?:компани|обществ|организаци)\w*|\bгрупп\w+\s+(?:компаний|лицензиат\w*)"
    ),
    revenue=_re(r"выручк\w*|доход\w*|оборот\w*"),
    annual=_re(r"годов\w*|в\s+год\b|за\s+год\b"),
    laws=(
        (
            _re(
                r"(?:регулиру\w+|руководству\w+|подчиня\w+|применя\w+)[^.;]{0,40}?(?:законодательств\w+"
                r"|прав\w*)\s+Российской\s+Федерации"
            ),
            "RU",
        ),
        *LAWS_NORTH,  # a law named by its adjective (de, nl, pl, ru, uk, sv, cs)
    ),
    vocabulary=_re(
        r"лиценз|услови|разреш|запрещ|коммерческ|соглас|ответственност|гаранти|прав|договор"
        r"|ограничен|допуска|распростран"
    ),
    restrictive=_re(
        r"\b(?:не|только|лишь|исключительно|запрещ\w*|коммерческ\w*|разрешени\w*|должен|должны"
        r"|кроме|однако|но|при\s+условии)\b"
    ),
    license_noun=_re(r"лиценз\w*|услови\w+\s+использования|license|licence"),
    other_work=_re(
        r"набор\w*\s+данных|данны\w+|корпус|базов\w+\s+модел\w*|исходн\w+\s+модел\w*|\bкод\w*"
    ),
    this_model=_re(r"эта\s+модель|данная\s+модель|\bвеса\b"),
)
