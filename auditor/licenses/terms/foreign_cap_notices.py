"""A notice, report or registration past a size, in other languages, for `terms.foreign`: "Har
Licenstagers produkter mere end 1.000.000 månedlige aktive brugere, giver Licenstager inden 30
dage Licensgiver skriftlig meddelelse herom", "超过100万月活跃用户的，应在30日内向许可方备案".
The licensee tells the licensor; nothing is asked of the licensor, so the size is no cap: the
grant holds past it (as caps/duty-no-license leaves an English notice duty aside). A passage
saying the notice is for information only or leaves the licensee's rights untouched
("Meddelelsen er alene til orientering; Licenstagers ret efter pkt. 2 berøres ikke", "备案仅用于
登记，许可方不会据此拒绝或限制您的使用") states no term either.

A passage is such a notice when it names telling, reporting or registering and names no
licence, agreement, permission, approval, payment or ban (the parties' names, "Licensgiver",
"licenciatario", are no licence). Pure functions on a passage's text.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["is_information_only", "is_notice_only"]

_FLAGS = re.IGNORECASE

# telling the licensor: a notice, a report, a registration (nouns and verbs)
_TELL = lazy_pattern(
    r"\b(?:meddel\w*|meddela\w*|melding\w*|meld\w*|anmäl\w*|anmeld\w*|underret\w*|underrätt\w*"
    r"|varsl\w*|ilmoit\w*|mitteil\w*|benachrichtig\w*|anzeige\w*|melden|notif\w*|avis[eé]r?\w*"
    r"|informer\w*|aviso\w*|comunica\w*|notifica\w*|zawiadom\w*|powiadom\w*|oznám\w*|oznam\w*"
    r"|értesít\w*|bejelent\w*|registr\w*|rejestr\w*|уведом\w*|сообщ\w*|повідом\w*|bildir\w*"
    r"|thông\s+báo|memberitahu\w*|pemberitahuan|melapor\w*)\b"
    r"|备案|報備|报备|登记|登記|通知|告知|届出|届け出|신고|통지|등록",
    _FLAGS,
)
# what would make it more than a notice: a licence, a contract, a permission, a payment, a ban
_MORE = lazy_pattern(
    r"\b(?:licen[cs]e[ns]?|licens|licensen|lisens(?:en)?|lizenz(?:en)?|licencia|licença|licenza"
    r"|licencj\w*|licenc[eí]|лиценз\w*|ліценз\w*|avtal\w*|aftale\w*|avtale\w*|vertrag\w*"
    r"|contrat\w*|contratto|umow\w*|smlouv\w*|szerződés\w*|sopimu\w*|договор\w*|sözleşme\w*"
    r"|tilladelse\w*|tillstånd\w*|tillatelse\w*|godkend\w*|godkänn\w*|godkjenn\w*|lupa\w*"
    r"|genehmig\w*|erlaubnis\w*|zustimm\w*|autori[sz]\w*|permis\w*|permess\w*|zgod\w*|souhlas\w*"
    r"|engedély\w*|hozzájárul\w*|разрешени\w*|согласи\w*|izin|persetujuan|betal\w*|zahl\w*|pay"
    r"|pago|paga\w*|gebühr\w*|fee|forbud\w*|förbjud\w*|verbot\w*|kiell\w*|prohib\w*|interdi\w*"
    r"|vietat\w*|tilos|zakaz\w*|запрещ\w*|acuerdo\w*|accordo|acordo|vereinbarung\w*"
    r"|overeenkomst\w*|termin\w*|kündig\w*|beend\w*|rescind\w*|résili\w*|revoc\w*|revog\w*"
    r"|widerruf\w*|opsig\w*|upphör\w*|avsluta\w*|irtisano\w*|felmond\w*|rezili\w*|расторг\w*"
    r"|прекра\w*|refus\w*|rechaz\w*|rifiut\w*|verweiger\w*|weiger\w*|odmów\w*|odmít\w*"
    r"|suspend\w*|aussetz\w*|sospend\w*)\b"
    r"|终止|終止|拒绝|拒絕|暂停|暫停|解除|停止|拒否|해지|거부"
    r"|许可(?!方)|許可(?!方)|授权|授權|批准|同意|协议|協議|合同|付费|收费|禁止|不得"
    r"|ライセンス|許諾|承認|契約|禁止|라이선스|허락|승인|계약|금지",
    _FLAGS,
)
# the parties' names hold the licence word ("Licensgiver", "Lizenznehmer", "licenciatario"):
# blanked before _MORE is searched
_PARTY = lazy_pattern(
    r"\b\w*(?:licen[cs]|lisens|lizenz|licenc)(?:giver|givare|giveren|tager|tagare|tageren|taker"
    r"|takeren|haver|nehmer\w*|geber\w*|ee|or|iat\w*|ziat\w*|jobiorc\w*|jodawc\w*|inhaber\w*"
    r"|saaja\w*|antaja\w*)\w*\b",
    _FLAGS,
)
# the notice said to be for information only, or the licensee's rights said untouched
_INFORMATION_ONLY = lazy_pattern(
    r"\b(?:alene|kun|bare|endast|enbart|nur|lediglich|ausschließlich|uniquement|seulement"
    r"|únicamente|solamente|solo|apenas|somente|wyłącznie|jedynie|pouze|csak|vain|ainoastaan)\s+"
    r"(?:til|för|for|zur|à|pour|para|a|per|do|dla|pro|ki|\w+)\s+(?:orientering\w*|information\w*"
    r"|informasjon\w*|kenntnisnahme|Information|titre\s+informatif|fins?\s+informativ\w*"
    r"|informa[çc][ãa]o|informazione|informacyjn\w*|informační\w*|tájékoztat\w*|tiedo\w*)"
    r"|\b(?:berøres|påvirkes|påverkas|berörs|bleibt|bleiben|reste|restent|queda|quedan|resta"
    r"|restano|permanece\w*|pozostaj\w*|zůstáv\w*|marad\w*|pysyy|säilyy)\s+(?:ikke|inte|ej"
    r"|unberührt|unverändert|intact\w*|inalterad\w*|intacto\w*|invariat\w*|inalterat\w*"
    r"|nienaruszon\w*|nedotčen\w*|érintetlen\w*|ennallaan|voimassa)\b"
    r"|仅用于登记|僅用於登記|不会据此拒绝|不會據此拒絕|不影响|不影響",
    _FLAGS,
)


# an address to send the notice to ("license@shuishan.example", a link) names no licence
_ADDRESS = lazy_pattern(r"\S+@\S+|https?://\S+|www\.\S+", _FLAGS)


def is_notice_only(text: str) -> bool:
    """Whether a passage asks only for a notice, report or registration, nothing more."""
    if _TELL.search(text) is None:
        return False
    return _MORE.search(_PARTY.sub(" ", _ADDRESS.sub(" ", text))) is None


def is_information_only(text: str) -> bool:
    """Whether a passage says a notice is for information only, or that the licensee's rights
    stay as they are, and asks nothing more."""
    return (
        _INFORMATION_ONLY.search(text) is not None
        and _MORE.search(_PARTY.sub(" ", _INFORMATION_ONLY.sub(" ", text))) is None
    )
