"""Naming duties and quoted credit lines in license texts in other languages.

A naming duty is read as `naming_requirement`, the name the English rules read from "any
derived model's name must begin with 'X'": a passage that speaks of a name (Name, nom, nome,
nombre, naam, nama, nazwa, ad/isim, название, tên, اسم, 名称, 名前, 이름), of beginning
with or carrying a word (mit ... beginnen, commencer par, iniziare con, diawali dengan,
zaczynać się od, ile başlamalı, начинаться с, bắt đầu bằng, 以...开头, で始まる,
으로 시작; a prefix; to include), binds (an obligation word: a description of a model's
own name is none) and quotes that word ("Elang", „Bussard“, «X»).

A quoted credit line with an obligation word ("deve riportare la dicitura «Realizzato con X»",
"wajib mencantumkan tulisan 'Dibangun dengan X'", "muss den Hinweis „Built with X“ anzeigen")
is a credit duty (`attribution_required`) in every language: a word of showing or of a wording
stands before the quoted line. A quoted name in a naming duty is no such credit line.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
_S = r"[^.;!?。；！？]"  # a character of the same sentence
# a quoted word or line, its text as the group `q`
_QUOTED = r"(?:[\"“”„«‹'‘「『]\s*(?P<q>[^\"“”„«»‹›'‘’「」『』\n]{1,60}?)\s*[\"“”»›'’」』])"
_NAME_WORD = (
    r"(?:\bName(?!nsnennung)\w*|\bBezeichnung|\bnoms?\b|\bnomes?\b|\bnombres?\b|\bnaam\b|\bnamen\b"
    r"|\bnama\b|\bnazw\w*|\bnazywa\w*|\badı\w*|\badl\w*|\bisim\w*|\bismi\w*|\bdenomina\w*"
    r"|\bbenenn\w*|\bbenoem\w*|\bdinamai|\bdinamakan|\bdiberi\s+nama|\bназвани\w*|\bнаименовани\w*"
    r"|\bимя\b|\bимени\b|\btên\b|اسم|名称|名稱|名字|命名|名前|이름|명칭"
    # Thai, Filipino, Swahili, Amharic, Yoruba (without its marks too)
    r"|ชื่อ|\bpangalan\w*|\bjina\b|\bmajina\b|ስም|\borúkọ\b|\boruko\b"
    # uk, cs, sk, el, sv, da, no, fi, ro, hu
    r"|\bназв\w*|\bнайменуван\w*|\bім['’]я\b|\bімені\b|\bnázev\b|\bnázv\w*|\bjméno\b"
    r"|\bjména\b|\bnázov\b|\bόνομα\w*|\bονομασί\w*|\bονόματ\w*|\bnamn\w*|\bnavn\w*"
    r"|\bnimi\w*|\bnimen\b|\bdenumir\w*|\bnumele\b|\bnév\b|\bnev[eé]\w*|\belnevez\w*"
    r"|\b(?:enw|henw|ainm)\b)"  # cy, ga
)
_START_WORD = (
    r"(?:\bbeginn\w*|\banfang\w*|\bstarten\b|\bvoranstell\w*|\bvoorafgegaan|\bbeginnen"
    r"|\bcommenc\w*|\bdébut\w*|\bprécéd\w*|\binizi\w*|\bcominc\w*|\bprecedut\w*|\bempie\w*"
    r"|\bempez\w*|\bcomenz\w*|\bcome[cç]\w*|\binici\w*|\bprecedid\w*|\bdiawali|\bdimulai"
    r"|\bberawalan|\bawalan|\bzaczyna\w*|\brozpoczyna\w*|\bpoprzedz\w*|\bbaşla\w*|\bönek\w*"
    r"|\bpr[äée]fi\w*|\bvoorvoegsel|\bprefiks\w*|\bprefix\w*"
    r"|\benthalt\w*|\benthält|\btragen\b|\bcontenir|\bcontien\w*|\bcomporter|\bcontene\w*"
    r"|\bcontenga|\bcontener|\bincluir|\binclu[iy]\w*|\bincludere|\bbevat\w*|\bmemuat"
    r"|\bmengandung|\bmencakup|\bzawiera\w*|\bzawrze\w*|\biçer\w*|\bbulundur\w*"
    r"|\bначина\w*|\bначин\w*|\bсодерж\w*|\bвключа\w*|\bbắt\s+đầu|\bchứa\b|\bbao\s+gồm|يبدأ|تبدأ"
    r"|بادئة|يتضمن|يحتوي"
    r"|开头|開頭|开始|開始|开首|開首|起首|打头|打頭|冠以|前缀|前綴|包含|始ま|始め|先頭|接頭|冠し|含め|含む"
    r"|시작|접두|포함"
    # Malay, Thai, Filipino, Swahili, Amharic
    r"|\bbermula|\bdimulakan|ขึ้นต้น|นำหน้า|\bmagsimula|\bnagsisimula|\bmagsisimula|\bunlapi"
    r"|\b(?:li|ku|u|i|ya)?anz(?:e|a|ie)\s+na\b|የሚጀምር|መጀመር"
    # uk, cs, sk, el, sv, da, no, fi, ro, hu
    r"|\bпочина\w*|\bпрефікс\w*|\bмістит\w*|\bzačín\w*|\bzačína\w*|\bpředpon\w*"
    r"|\bpredpon\w*|\bobsahova\w*|\bobsahuj\w*|\bξεκιν\w*|\bαρχίζ\w*|\bπρόθεμα\w*"
    r"|\bbörja\w*|\bbegynd\w*|\bbegynn\w*|\balka\w*|\betuliit\w*|\bîncep\w*|\bînceap\w*"
    r"|\bkezdőd\w*|\belőtag\w*"
    r"|\b(?:dechrau|ddechrau|nechrau|tosú|thosú)\b)"  # cy, ga: begin
)
_NAMING = lazy_pattern(
    rf"(?:{_NAME_WORD}{_S}{{0,80}}?{_START_WORD}|{_START_WORD}{_S}{{0,80}}?{_NAME_WORD})",
    _FLAGS,
)
_QUOTE = lazy_pattern(_QUOTED)
# double quotes first: an apostrophe ("o'r", "l'œuvre") opens no quote
_DOUBLE_QUOTE = lazy_pattern(r"[\"“„«「『]\s*(?P<q>[^\"“”„«»「」『』\n]{1,60}?)\s*[\"“”»」』]")

# a word of showing or of a wording before a quoted line: a credit line to show
_SHOW_WORD = (
    r"(?:\briport\w*|\bmostr\w*|\bvisualizz\w*|\besporre|\bappor\w*|\bdicitura|\bscritta"
    r"|\bfrase\b|\bmencantumkan|\bmenampilkan|\bmenyertakan|\btulisan|\bkalimat|\bteks\b"
    r"|\banzeig\w*|\bangeb\w*|\banzugeben|\bHinweis\w*|\bVermerk\w*|\bSchriftzug|\bZusatz"
    r"|\bafficher|\baffich\w*|\bmentionn\w*|\bmention\b|\bla\s+phrase|\bl'inscription"
    r"|\bmencion\w*|\bleyenda|\bexhib\w*|\bmenção|\bexpresión|\bexpressão"
    r"|\bindic(?:ar|are|ando|ado|ada|ate|ata)\b|\bindiqu\w*|\bvisíve\w*|\bvisible\w*|\bvisibil\w*"
    r"|\bvermeld\w*|\btonen\b|\bweergeven|\bvermelding|\btekst\b"
    r"|\bуказ\w*|\bотображ\w*|\bнадпис\w*|\bразмещ\w*|\bфраз\w*"
    r"|\bhiển\s+thị|\bdòng\s+chữ|\bghi\s+rõ|\bcâu\b|عرض|عبارة|إظهار"
    # Malay, Thai, Filipino, Swahili
    r"|\bmemaparkan|\bpaparkan|\bdipaparkan|\bkenyataan|\bpernyataan|แสดง|ข้อความ|\bipakita"
    r"|\bipinapakita|\bpahayag|\bmga\s+salitang|\b\w*onyesh\w*|\bmaneno\b|\bujumbe\b"
    r"|\bbhala\b|\b\w*bonis\w*|\bukuthi\b|\bathi\b"  # isiZulu: write, show, "that (says)"
    # cy, ga: show, the words, the sentence
    r"|\b(?:dangos|arddangos|y\s+geiriau|y\s+frawddeg|taispeáin\w*|thaispeáint|na\s+focail)\b"
    r"|显示|展示|标注|注明|标明|字样|表示|表記|明記|文言|표시|표기|문구)"
)
_OBLIGATION = (
    r"(?:\bdeve|\bdevono|\bdovrà|\bdovranno|\btenut\w*|\bobbligat\w*|\bwajib|\bharus|\bperlu"
    r"|\bmuss|\bmüssen|\bverpflichtet|\b(?:ist|sind|hat|haben)\b[^.;]{0,40}?\bzu\s+\w+"
    r"|\bmusi\w*|\bmuszą|\bnależy|\bpowin\w*|\w+(?:malı|meli)\w*|\bzorunlu\w*"
    r"|\bdoit|\bdoivent|\bdevra|\bdevront|\btenue?s?\b|\bdebe|\bdeben|\bdeberá|\bdeberán"
    r"|\bdevem|\bdeverá|\bdeverão|\bobrigatóri\w*|\bmoet\w*|\bdient\b|\bverplicht\w*"
    r"|\bдолж\w*|\bобязан\w*|\bphải\b|\bbắt\s+buộc|يجب|يلزم"
    # Malay, Thai, Filipino ("dapat" before its verb: in Indonesian it is "may"), Swahili
    r"|\bkufanele\b|\bkumele\b|\bbhala\b|\bbonisa\b"  # isiZulu: must; write!, show!
    r"|\bmesti\b|\bhendaklah\b|\bdikehendaki\b|ต้อง|\bkailangan\w*|\bdapat\s+(?:na\s+)?(?=ipa|ila|isa"
    r"|mag)|\blazima\b|\b\w+pasa\b"
    r"|须|需(?!求)|必须|应当|应(?!用)|なければ|ください|ものとします|こと(?:。|$)|해야|하여야|하십시오"
    # uk, cs, sk, el, sv, da, no, fi, ro, hu
    r"|\bма[єю]\b|\bмають\b|\bповин\w*|\bзобов['’]язан\w*|\bнеобхідно\b|\bmusí\w*|\bmusia\b"
    r"|\bpovinn\w*|\bπρέπει\b|\bοφείλ\w*|\bmåste\b|\bska(?:ll)?\b|\bskal\b|\bmå\b"
    r"|\btäytyy\b|\btulee\b|\btrebuie\b|\bobligatoriu\b|\bkell\b|\bköteles\w*"
    # cy, ga: must (never "nid oes rhaid", "there is no need")
    r"|(?<!oes\s)(?<!dim\s)\brhaid\b|(?<!\bnach\s)\bní\s+mór\b|\bcaithfidh\b|\bcaithfear\b)"
)
_BINDS = lazy_pattern(_OBLIGATION, _FLAGS)
_LINE = _QUOTED.replace("?P<q>", "?:")
_CREDIT_LINE = lazy_pattern(
    rf"{_OBLIGATION}{_S}{{0,100}}?{_SHOW_WORD}{_S}{{0,30}}?{_LINE}"
    rf"|{_SHOW_WORD}{_S}{{0,30}}?{_LINE}{_S}{{0,100}}?{_OBLIGATION}",
    _FLAGS,
)


def read_naming(text: str) -> list[Clause]:
    """`naming_requirement` (the quoted word) when a passage asks, with an obligation word,
    that a derived model's name begin with or carry it; else nothing (a description)."""
    found = _NAMING.search(text)
    if found is None:
        return []
    sentence_start = max(text.rfind(stop, 0, found.start()) for stop in ".;!?。；！？") + 1
    end_stops = [i for i in (text.find(s, found.end()) for s in ".;!?。；！？") if i >= 0]
    sentence = text[sentence_start : min(end_stops, default=len(text))]
    quoted = _DOUBLE_QUOTE.search(sentence) or _QUOTE.search(sentence)
    if quoted is None or not quoted.group("q").strip(" -") or not _BINDS.search(sentence):
        return []
    return [Clause("naming_requirement", quoted.group("q").strip())]


def is_credit_line(text: str) -> bool:
    """Whether a passage asks, with an obligation word, that a quoted credit line be shown."""
    return _CREDIT_LINE.search(text) is not None and not read_naming(text)
