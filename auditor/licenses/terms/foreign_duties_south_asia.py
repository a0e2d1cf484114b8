"""A duty to pass this licence on with every copy, in Indonesian, Malay, Vietnamese, Thai and
Hindi (and Polish, Russian, Ukrainian, Czech, Slovak, Croatian, Bulgarian, Lithuanian), for
`foreign_ja.clause_reader`: "Sertakan ketentuan ini pada setiap salinan model yang
Anda sebarkan", "Setiap salinan wajib disertai lisensi ini", "Khi phân phối, bạn phải kèm theo
bản giấy phép này", "ต้องแนบสัญญาอนุญาตนี้ไปกับทุกสำเนา", "हर प्रति के साथ इस लाइसेंस का पाठ देना होगा".
It is `attribution_required`, as the English rules read "include a copy of this licence" and
the other languages' readers read it (`foreign_duties`): a verb of attaching or including, this
licence or these terms, and a copy or a distribution, in one clause; the imperative binds as
an obligation word does. A negation ("tidak perlu menyertakan", "không cần kèm theo") binds
no one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_copies"]

_FLAGS = re.IGNORECASE
# (attaching or including, this licence, a copy or distributing, a negation)
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "id": (
        r"\b(?:sertakan|sertakanlah|lampirkan|menyertakan|melampirkan|disertakan|disertai"
        r"|dilampirkan|sertai|mencantumkan|cantumkan)\b",
        r"\b(?:ketentuan|lisensi|lesen|syarat|perjanjian|terma)(?:\s+\w+){0,2}\s+ini\b",
        r"\b(?:salinan|distribusi|mendistribusikan|sebarkan|menyebarkan|edarkan|mengedarkan"
        r"|naskah)\b",
        r"\b(?:tidak|tak|bukan)\s+(?:perlu|wajib|harus|usah)\b",
    ),
    "vi": (
        r"\b(?:kèm\s+theo|đính\s+kèm|bao\s+gồm|gửi\s+kèm|giữ\s+nguyên)\b",
        r"\b(?:giấy\s+phép|điều\s+khoản|bản\s+giấy\s+phép)(?:\s+\w+){0,2}\s+này\b",
        r"\b(?:bản\s+sao|phân\s+phối|chia\s+sẻ|phát\s+hành)\b",
        r"\bkhông\s+(?:cần|phải|bắt\s+buộc)\b",
    ),
    "th": (
        r"แนบ|รวม(?:ไว้)?|ใส่",
        r"(?:สัญญาอนุญาต|ข้อกำหนด|ใบอนุญาต|เงื่อนไข|ข้อตกลง)(?:ฉบับ)?นี้",
        r"สำเนา|แจกจ่าย|เผยแพร่",
        r"ไม่(?:ต้อง|จำเป็น)",
    ),
    "hi": (
        r"साथ\s+(?:दे|दें|देना|रख|भेज|संलग्न)|संलग्न|शामिल\s+कर",
        r"(?:इस|इन)\s+(?:लाइसेंस|शर्तों|अनुज्ञप्ति)",
        r"प्रति|प्रतिलिपि|वितरण|बाँट|बांट",
        r"(?:आवश्यक|ज़?रूरी)\s+नहीं",
    ),
}
# Polish, Russian, Ukrainian, Czech, Slovak, Croatian (Serbian, Bosnian), Bulgarian and
# Lithuanian, in the impersonal present that binds as "shall" ("Uz svaku kopiju prilaže se ovaj
# tekst", "към него се прилага текстът на този лиценз"): a law "applied" names no copy
_WORDS.update(
    {
        "pl": (
            r"\b(?:dołącz\w*|załącz\w*)",
            r"\b(?:niniejsz\w*|t(?:ej|ych|ę|en|a|e|ego))\s+(?:\w+\s+)?(?:licencj\w*|warunk\w*"
            r"|regulamin\w*|tekst\w*)|\btekst\w*\s+licencj\w*",
            r"\b(?:kopi\w*|egzemplarz\w*|rozpowszechni\w*|udostępni\w*|dystrybu\w*)",
            r"\bnie\s+(?:trzeba|musi\w*|jest\s+(?:wymagan|konieczn|potrzebn)\w*)",
        ),
        "ru": (
            r"\b(?:прилага\w*|приложи\w*|приложен\w*|сопровожда\w*|включа\w*|включить)",
            r"\b(?:настоящ\w*|эт(?:от|ой|у|и|их|ого))\s+(?:\w+\s+)?(?:лицензи\w*|услови\w*|текст\w*)"
            r"|\bтекст\w*\s+(?:\w+\s+)?лицензи\w*",
            r"\b(?:копи\w*|экземпляр\w*|распростран\w*)",
            r"\bне\s+(?:нужно|требуется|обязательно|обязан\w*)",
        ),
        "uk": (
            r"\b(?:дода\w*|долуча\w*|супровод\w*|включа\w*)",
            r"\b(?:ц(?:ієї|ю|я|і|их|ей|ього))\s+(?:\w+\s+)?(?:ліценз\w*|умов\w*|текст\w*)"
            r"|\bтекст\w*\s+(?:\w+\s+)?ліценз\w*",
            r"\b(?:копі\w*|примірник\w*|пошир\w*|розповсюдж\w*)",
            r"\bне\s+(?:потрібно|обов['’]язково|треба)",
        ),
        "cs": (
            r"\b(?:přilož\w*|přikládá\w*|připoj\w*)",
            r"\b(?:tento|této|tyto|těchto)\s+(?:\w+\s+)?(?:text\w*|licenc\w*|podmín\w*)"
            r"|\btext\w*\s+licenc\w*",
            r"\b(?:kopi\w*|rozmnožen\w*|šíř\w*|distribu\w*)",
            r"\bnení\s+(?:nutn|potřeb|povinn)\w*|\bnemusí",
        ),
        "sk": (
            r"\b(?:prilož\w*|prikladá\w*|pripoj\w*)",
            r"\b(?:tento|tejto|tieto|týchto)\s+(?:\w+\s+)?(?:text\w*|licenci\w*|podmien\w*)"
            r"|\btext\w*\s+licenci\w*",
            r"\b(?:kópi\w*|rozmnožen\w*|šír\w*|distrib\w*)",
            r"\bnie\s+je\s+(?:potrebn|nutn|povinn)\w*|\bnemusí",
        ),
        "hr": (
            r"\b(?:prilaže\w*|prilaž\w*|priloži\w*|priložen\w*|uključuje\s+se)",
            r"\b(?:ov(?:aj|a|e|og|u|ih|im))\s+(?:\w+\s+){0,2}?(?:tekst\w*|licenc\w*|uvjet\w*|uslov\w*)"
            r"|\btekst\w*\s+(?:ove\s+)?licenc\w*",
            r"\b(?:kopij\w*|primjer\w*|primer\w*|distribu\w*|dijeljenj\w*|raspačav\w*)",
            r"\bne\s+(?:treba|mora\w*)|\bnije\s+(?:potrebn|obavezn)\w*",
        ),
        "bg": (
            r"\b(?:прилага\w*|приложи\w*|придружава\w*)",
            r"\b(?:този|тези|настоящ\w*)\s+(?:\w+\s+)?(?:лиценз\w*|услови\w*|текст\w*)"
            r"|\bтекст\w*\s+на\s+лиценз\w*",
            r"\b(?:копи\w*|разпростран\w*|екземпляр\w*)",
            r"\bне\s+(?:е\s+)?(?:нужно|необходимо|задължително|трябва)",
        ),
        "lt": (
            r"\b(?:pridedam\w*|pridėt\w*|prideda\w*|pridėkite)",
            r"\b(?:ši(?:os|ą|s|ų)?|šio|šias)\s+(?:\w+\s+)?(?:licencij\w*|sąlyg\w*|tekst\w*)"
            r"|\blicencijos\s+tekst\w*",
            r"\b(?:kopij\w*|egzempliori\w*|platin\w*)",
            r"\bnebūtina|\bnereikia",
        ),
        # Serbian in Cyrillic ("Уз сваки примерак прилаже се текст ове лиценце"), Slovene,
        # Latvian and Estonian
        "sr": (
            r"\b(?:прилаже\w*|прилож\w*|приложен\w*|prilaže\w*|priloži\w*|priložen\w*)",
            r"\b(?:ов(?:ај|а|е|ог|у|их|им)|ov(?:aj|a|e|og|u|ih|im))\s+(?:\w+\s+){0,2}?"
            r"(?:текст\w*|лиценц\w*|услов\w*|tekst\w*|licenc\w*|uslov\w*)"
            r"|\bтекст\w*\s+(?:ове\s+)?лиценц\w*",
            r"\b(?:копиј\w*|пример\w*|дистрибу\w*|kopij\w*|primer\w*|distribu\w*)",
            r"\bне\s+(?:треба|мора\w*)|\bније\s+(?:потребн|обавезн)\w*|\bne\s+(?:treba|mora\w*)",
        ),
        "sl": (
            r"\b(?:priloži\w*|priložen\w*|prilaga\w*)",
            r"\b(?:t(?:a|e|o|ega|ej|ih))\s+(?:\w+\s+){0,2}?(?:licenc\w*|pogoj\w*|besedil\w*)",
            r"\b(?:kopij\w*|izvod\w*|primer\w*|razširja\w*|distribu\w*)",
            r"\bni\s+(?:treba|potrebn\w*|obvezn\w*)|\bne\s+(?:rabi|potrebuje)",
        ),
        "lv": (
            r"\b(?:pievieno\w*|pievienot\w*|pievienojam\w*)",
            r"\b(?:š(?:ī|īs|o|ie|iem))\s+(?:\w+\s+)?(?:licenc\w*|noteikum\w*|tekst\w*)",
            r"\b(?:kopij\w*|eksemplār\w*|izplat\w*)",
            r"\bnav\s+(?:jā|nepieciešam\w*|obligāt\w*)",
        ),
        "et": (
            r"\b(?:lisa\w*|kaasa\s+(?:anda|antakse|panna))",
            r"\b(?:käesolev\w*|see|selle|need|nende)\s+(?:\w+\s+)?(?:litsents\w*|tingimus\w*"
            r"|tekst\w*)",
            r"\b(?:koopia\w*|eksemplar\w*|levita\w*)",
            r"\bei\s+(?:pea|ole\s+vaja|ole\s+kohustuslik)",
        ),
    }
)
_WORDS["ms"] = _WORDS["id"]
# ko, ja, bn, ur, ta, mr (Chinese keeps a copy alone unstated): "재배포하는 경우 이 조건의
# 사본을 함께 제공", "再配布時は本許諾書の写しを添付", "বিতরণের সময় এই শর্তাবলি সংযুক্ত
# করুন", "تقسیم کرتے وقت یہ اجازت نامہ ساتھ دیں" (scripts without word edges take none)
_WORDS.update(
    {
        "ko": (
            r"함께\s*(?:제공|첨부|배포|전달)|첨부|동봉|포함(?:하여|시켜)",
            r"(?:이|본)\s*(?:조건|라이선스|약관|허락서|계약서?)|이용\s*허락\s*조건",
            r"사본|복제본|재배포|배포",
            r"필요(?:가|는)?\s*없|않아도",
        ),
        "ja": (
            r"添付|同梱|付して|付け|含め|併せて提供",
            r"(?:本|この)(?:許諾書|ライセンス|規約|条件|契約書?)",
            r"複製|コピー|写し|再配布|配布",
            r"不要|必要は(?:あり|ない)|しなくても",
        ),
        "bn": (
            r"সংযুক্ত|সঙ্গে\s+(?:দিতে|দিন|দেবেন)|সাথে\s+(?:দিতে|দিন|দেবেন)|অন্তর্ভুক্ত",
            r"(?:এই|এ)\s+(?:লাইসেন্স|শর্তাবলি|শর্তাবলী|চুক্তি|অনুমতিপত্র)",
            r"অনুলিপি|কপি|প্রতিলিপি|বিতরণ",
            r"প্রয়োজন\s+নেই|দরকার\s+নেই",
        ),
        "ur": (
            r"منسلک|ساتھ\s+(?:دینا|دیں|دی|فراہم)|شامل\s+کر",
            r"(?:اس|یہ)\s+(?:لائسنس|اجازت\s+نام[ہے]|شرائط|معاہد[ہے])",
            r"نقل|کاپی|تقسیم",
            r"ضرورت\s+نہیں|ضروری\s+نہیں",
        ),
        "ta": (
            r"இணைக்க|இணைத்து|சேர்த்து|உடன்\s+வழங்க",
            r"இந்த\s+(?:உரிம|நிபந்தனை|ஒப்பந்த)\S*",
            r"நகல்|பிரதி|விநியோக|பகிர்",
            r"தேவையில்லை|அவசியமில்லை",
        ),
        "mr": (
            r"जोड|सोबत\s+(?:द्या|देणे|द्यावी|द्यावा)|समाविष्ट",
            r"(?:हा|ही|हे|या)\s+(?:परवान|अटी|करार)\S*",
            r"प्रत|वितरण",
            r"आवश्यक\s+नाही|गरज\s+नाही",
        ),
    }
)
_CLAUSE_END = lazy_pattern(r"[.;!?।。；۔]")


@cache
def _p(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(unicodedata.normalize("NFKC", pattern), _FLAGS)


def read_copies(language: str | None, text: str) -> list[Clause]:
    """`attribution_required` when a clause binds the licensee to pass this licence on with
    copies (module docstring); else nothing."""
    # a short Slavic or Baltic sentence is often told for a sibling: their tables are tried too
    group = _SIBLINGS if language in _SIBLINGS else (language or "",)
    for words in (_WORDS[code] for code in group if code in _WORDS):
        attach, licence, copies, negation = (_p(w) for w in words)
        for clause in _CLAUSE_END.split(text):
            found = attach.search(clause) and licence.search(clause) and copies.search(clause)
            if found and not negation.search(clause):
                return [Clause("attribution_required", True)]
    return []


_SIBLINGS = ("pl", "cs", "sk", "hr", "sr", "sl", "bg", "lt", "lv", "et")
