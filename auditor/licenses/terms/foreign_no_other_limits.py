"""A sentence saying that use is limited in no other way ("除本款外，对用途不设其他限制",
"前条の場合を除き、利用目的に制限はありません", "제2조의 경우 외에는 이용 목적에 제한이 없다",
"इसके अतिरिक्त कोई अन्य प्रतिबंध नहीं है", "এ ছাড়া আর কোনো বিধিনিষেধ নেই", "வேறு எந்தக் கட்டுப்பாடும்
இல்லை", "لا توجد قيود أخرى على الاستخدام", "אין הגבלה נוספת על השימוש", "هیچ محدودیت دیگری وجود
ندارد", "başka hiçbir kısıtlama yoktur"): it states no term; the limits it leaves standing are
read in their own sentences.

A restriction denied, and nothing else: once the denial and the exception it names ("除…外",
"を除き", "외에는", "except …") are set aside, a ban, a limit or a condition left in the sentence
("但不得…", "ただし…のみ", "다만 … 금지") keeps it for the term readers (or unread). For
`foreign_no_term_west.states_no_term_west` (every language of this group passes there).

So does a sentence saying some licensees (those under a cap another sentence states) need no
formality, application or permission ("营业收入未达上述数额的，无须办理任何手续", "上記金額以下の
利用者は、特段の手続なく利用できます", "위 금액 이하인 이용자는 별도 절차 없이 이용하면 됩니다",
"उसे कोई अतिरिक्त औपचारिकता पूरी नहीं करनी है", "başvuru gerekmez"): the cap's other side, no
term of its own. A word of exceeding, a duty or a limit left beside it ("超过…须", "초과하는
이용자는 … 해야", "aşan … gerekir") keeps it for the readers. And so does an offer on the terms
of the table or list below ("按照下表", "次の表のとおり", "아래 표에 따라", "aşağıdaki tabloya göre
kullanıma açar"): its rows are read one by one; and a copy of the licence asked to go with each
copy of the model ("এই লাইসেন্সের একটি কপি সঙ্গে দিন", "本書の写しを添付してください"), or its
copyright notice kept in them ("אסור להסיר את הודעת זכויות היוצרים"), the notice duty any
licence has (`asks_nothing`).
"""

from __future__ import annotations

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["asks_nothing", "no_other_limits", "restricts"]

# a restriction denied, "other" or "further" said or not
_DENIED = lazy_pattern(
    # zh (simplified and traditional)
    r"(?:不设|不設|没有|沒有|并无|並無|别无|別無|无|無|不另设|不另設|不另|不受)(?:任何)?"
    r"(?:其他|其它|另外|额外|額外|别的|別的|更多)?的?(?:限制|约束|約束|限定)"
    # ja: 制限はありません, その他の制限は設けません
    r"|(?:その他の|それ以外の|他の|ほかの)?(?:制限|制約)(?:は|が|を)?(?:一切)?(?:ありません|ない|なし"
    r"|設けません|設けない|課しません|課さない)"
    # ko: 제한이 없다, 그 밖의 제한을 두지 않는다
    r"|(?:제한|제약)(?:이|은|을|도)?\s*(?:전혀\s*)?(?:없다|없습니다|없음|두지\s*않(?:는다|습니다)"
    r"|가하지\s*않(?:는다|습니다))"
    # hi, bn, ta
    r"|(?:कोई\s+)?(?:अन्य|और|अतिरिक्त)\s+(?:प्रतिबंध|सीमा|रोक|पाबंदी)\s+नहीं"
    r"|(?:আর\s+)?(?:কোনো|কোন)\s+(?:অন্য\s+)?(?:বিধিনিষেধ|সীমাবদ্ধতা|নিষেধাজ্ঞা)\s+নেই"
    r"|வேறு\s+(?:எந்தக்?\s+|எந்த\s+)?(?:கட்டுப்பாடு|வரம்பு)\w*\s+(?:எதுவும்\s+)?இல்லை"
    # ar, he, fa, tr
    r"|(?:لا\s+(?:توجد|يوجد)|ليس\s+هناك|ولا\s+(?:توجد|يوجد))\s+(?:أي\s+|اي\s+)?(?:قيود|قيد)\s+"
    r"(?:أخرى|اخرى|إضافية|اضافية)"
    r"|אין\s+(?:כל\s+|שום\s+)?הגבל(?:ה|ות)\s+(?:נוספת|נוספות|אחרת|אחרות)"
    r"|(?:هیچ\s+)?محدودیت\s+(?:دیگری|دیگر|اضافی|اضافه‌ای)\s+(?:\S+\s+){0,3}?(?:وجود\s+ندارد|نیست|ندارد)"
    r"|\b(?:başka|ek|diğer|ilave)\s+(?:hiçbir\s+)?(?:kısıtlama|sınırlama|yasak)\w*\s+"
    r"(?:\w+\s+)?(?:yoktur|yok|getirilmemiştir|getirilmez|bulunmamaktadır|uygulanmaz)"
)
# the exception the sentence names: the clause or the cases it leaves standing
_EXCEPT = lazy_pattern(
    r"除[^，,。]{0,20}?(?:外|以外|之外)|[^、，,。]{0,20}?(?:を除き|を除いて|を除くほか|の場合を除き)"
    r"|[^,.]{0,30}?(?:외에는|외에|제외하고는|제외하고|이외에는)"
    r"|[^,.]{0,40}?(?:के\s+अतिरिक्त|के\s+अलावा|ছাড়া|தவிர|غير\s+ما|سوى\s+ما|باستثناء|מלבד|למעט"
    r"|جز|به\s+استثنای|dışında|haricinde)"
)
# a ban, a limit or a condition left in the sentence (each language of the group)
_RESTRICTS = lazy_pattern(
    r"不得|禁止|严禁|嚴禁|须|須|需|仅|僅|只|方可|应当|應當|非商|非营|非營"
    r"|のみ|限り|限る|必要|ただし|但し|禁じ|なりません"
    r"|금지|안\s*됩|아니\s*된|만\s|한하|한정|필요|다만|동의|승인"
    r"|केवल|सिर्फ|वर्जित|निषिद्ध|শুধু|নিষিদ্ধ|மட்டும்|தடை"
    r"|فقط|يحظر|لا\s+يجوز|ممنوع|רק|אסור|בלבד|فقط|ممنوع|ولی|اما|\byalnız|\bsadece|\byasak(?!\w*\s+yok)"
)


def restricts(text: str) -> bool:
    """Whether `text` holds a ban, a limit or a condition word of the group's languages."""
    return _RESTRICTS.search(text) is not None


def no_other_limits(text: str) -> bool:
    """Whether `text` only says use is limited in no other way (module docstring)."""
    denied = _DENIED.search(text)
    if denied is None:
        return False
    rest = _EXCEPT.sub(" ", _DENIED.sub(" ", text))
    return _RESTRICTS.search(rest) is None


# no formality, application, registration or permission needed
_NO_FORMALITY = lazy_pattern(
    r"(?:无须|无需|無須|無需|不需|不必|毋须|毋須|免)(?:办理|辦理|履行|经过|經過|进行|進行|申请|申請|取得"
    r"|签订|簽訂)?(?:任何|其他|其它|额外|額外)?的?(?:手续|手續|程序|申请|申請|登记|登記|许可|許可|授权"
    r"|授權|批准|审批|審批|合同|协议|協議)"
    r"|(?:特段の|特別な|追加の|別途の?)?(?:手続き?|申請|届出|契約|許可|承諾)(?:なく|なしに|なしで|は不要"
    r"|を要しません|は必要ありません|する必要はありません)"
    r"|(?:절차|신청|허락|허가|승인|계약|등록)\s*(?:없이|이?\s*필요\s*없|(?:을|를)?\s*거칠\s*필요\s*(?:가\s*)?없"
    r"|(?:은|는)\s*필요하지\s*않)"
    r"|(?:औपचारिकता|आवेदन|अनुमति|पंजीकरण|प्रक्रिया)\S*\s+[^।]{0,20}?(?:नहीं\s+(?:करनी|करना|लेनी|है)"
    r"|की\s+(?:आवश्यकता|ज़रूरत|जरूरत)\s+नहीं)"
    r"|(?:আনুষ্ঠানিকতা|আবেদন|অনুমতি|নিবন্ধন|প্রক্রিয়া)\S*\s*[^।]{0,20}?(?:লাগবে\s+না|প্রয়োজন\s+নেই"
    r"|দরকার\s+নেই|করতে\s+হবে\s+না)"
    r"|(?:நடைமுறை|விண்ணப்ப|அனுமதி|பதிவு)\S*\s*[^.]{0,20}?(?:தேவையில்லை|அவசியமில்லை|தேவை\s+இல்லை)"
    r"|(?:دون|بدون|لا\s+(?:يلزم|يحتاج|يتطلب|تلزم|حاجة\s+إلى))\s+(?:أي\s+)?(?:إجراءات?|طلب|إذن|تسجيل)"
    r"|(?:ללא|בלי|אין\s+צורך\s+ב)\s*(?:כל\s+)?(?:הליך|פעולה|בקשה|אישור|רישום|פורמליות)"
    r"|(?:بدون|بی‌نیاز\s+از|نیازی\s+به)\s+(?:هیچ\s+)?(?:تشریفات|درخواست|مجوز|ثبت|اقدام)"
    r"|\b(?:başvuru|izin|kayıt|işlem|prosedür|formalite)\w*\s+(?:gerekmez|gerekmemektedir"
    r"|yapılmasına\s+gerek\s+yok|gerekmeksizin|olmaksızın)"
)
# a word of exceeding, or a duty or a limit, left beside it: the sentence states the cap
_STATES_MORE = lazy_pattern(
    r"超过|超過|超出|高于|高於|(?<!未)达到|(?<!未)達到|以上|须(?!办)|須(?!辦)|必须|必須|应当|應當|只有|方可"
    r"|不得|禁止|超え|のみ|必要です|なければ|초과|넘는|넘을|넘으면|이상(?!의)|금지|해야|하여야"
    r"|अधिक|पार\s+कर|अनिवार्य|होगा|केवल|বেশি|অতিক্রম|নিতে\s+হবে|করতে\s+হবে(?!\s+না)|শুধু"
    r"|மேல்|அதிகமான|வேண்டும்|மட்டும்|يتجاوز|تتجاوز|يزيد|تزيد|أكثر\s+من|يجب|فقط|עולה\s+על|מעל"
    r"|יותר\s+מ|חייב|אסור|بیش\s+از|فراتر|باید|\başan\b|\büzerinde\w*|\bgerekir\b|\bzorunlu\w*"
    r"|\byalnızca\b|\bsadece\b"
)


def needs_no_formality(text: str) -> bool:
    """Whether `text` only says some licensees need no formality (module docstring)."""
    if _NO_FORMALITY.search(text) is None:
        return False
    return _STATES_MORE.search(_NO_FORMALITY.sub(" ", text)) is None and no_term_left(text)


def no_term_left(text: str) -> bool:
    """No ban, limit or condition of the group's languages in `text` (`_RESTRICTS`)."""
    return _RESTRICTS.search(_NO_FORMALITY.sub(" ", text)) is None


# an offer on the terms of the table, list or clauses below: those are read one by one
_PER_BELOW = lazy_pattern(
    r"(?:按照|依照|根据|根據|依)(?:下表|下列|以下|如下)|(?:次|以下|下記)の(?:表|とおり|通り|条件)"
    r"|(?:다음|아래)(?:의)?\s*(?:표|조건|각\s*호)(?:에|와|과)\s*(?:따라|같이)"
    r"|नीचे\s+(?:दी\s+गई\s+)?(?:तालिका|सूची|शर्तों)\s+के\s+अनुसार|নিচের\s+(?:সারণি|তালিকা|শর্ত)\S*\s+অনুযায়ী"
    r"|கீழே\s+உள்ள\s+(?:அட்டவணை|பட்டியல்|நிபந்தனை)\S*"
    r"|وفق(?:ا|اً)?\s+(?:لل|ل)?(?:جدول|شروط|بنود)\s*(?:التالي|التالية|أدناه|ادناه)"
    r"|בהתאם\s+ל(?:טבלה|תנאים|סעיפים)\s+(?:שלהלן|הבאים|הבאה)|طبق\s+(?:جدول|شرایط|بندهای)\s+زیر"
    r"|\başağıdaki\s+(?:tablo|liste|koşul|şart|madde)\w*\s+(?:göre|uyarınca|çerçevesinde|doğrultusunda)"
)


def offered_per_below(text: str) -> bool:
    """Whether `text` only offers the model on the terms of a table or list below."""
    if _PER_BELOW.search(text) is None:
        return False
    rest = _PER_BELOW.sub(" ", text)
    return _RESTRICTS.search(rest) is None and _STATES_MORE.search(rest) is None


# copies carry a copy of the licence: "বিতরণের সময় এই লাইসেন্সের একটি কপি সঙ্গে দিন", "再配布の際は
# 本書の写しを添付してください", "dağıtırken bu lisansın bir kopyasını ekleyin"
_LICENCE_COPY = lazy_pattern(
    r"(?:附|附上|附带|附帶|随附|隨附)(?:本协议|本許可|本许可|本条款|本條款|本授权书|本授權書|本協議)"
    r"|(?:本書|本規約|本ライセンス|本許諾書|本契約|本条件)の(?:写し|コピー|複製|全文)"
    r"|(?:이|본)\s*(?:라이선스|허락서|약관|허가서)(?:의)?\s*(?:사본|전문|복사본)"
    r"|(?:इस\s+)?लाइसेंस\s+की\s+(?:एक\s+)?(?:प्रति|कॉपी)|লাইসেন্সের\s+(?:একটি\s+)?(?:কপি|অনুলিপি)"
    r"|உரிமத்தின்\s+(?:ஒரு\s+)?நகல்|نسخة\s+من\s+(?:هذا\s+|هذه\s+)?(?:الترخيص|الشروط|الرخصة)"
    r"|עותק\s+של\s+(?:ה)?(?:רישיון|תנאים)|(?:نسخه|رونوشت)\S*\s+(?:از\s+)?(?:این\s+)?(?:مجوز|اجازه\S*|شرایط)"
    r"|\blisans\w*\s+(?:bir\s+)?(?:kopya|suret)\w*"
)
# a ban, a purpose or a cap beside it: the sentence states more than the copy
_COPY_MORE = lazy_pattern(
    r"不得|禁止|严禁|嚴禁|仅|僅|商业|商業|商用|営利|のみ|금지|만\s|상업|영리|केवल|निषिद्ध|व्यावसायिक"
    r"|শুধু|নিষিদ্ধ|বাণিজ্যিক|மட்டும்|தடை|வணிக|فقط|لا\s+يجوز|ممنوع|تجاري|רק|אסור|בלבד|מסחרי"
    r"|تجاری|ممنوع|\byalnız|\bsadece|\byasak|\bticar"
    # each product or service apart: a counting rule's words, kept for the readers
    r"|আলাদা|প্রতিটি|প্রত্যেক|\bহর\b|每|各|각\s|별도|अलग|प्रत्येक|தனித்தனி|ஒவ்வொரு|جداگانه|هر\s+محصول"
    r"|على\s+حد[ةه]|لكل|בנפרד|לכל|\bayrı|\bher\s+ürün"
)


# the copyright notice not to be removed from copies: "אסור להסיר את הודעת זכויות היוצרים"
_NOTICE_KEPT = lazy_pattern(
    r"(?:删除|移除|去除|刪除)[^。]{0,10}?(?:版权声明|版權聲明|版权信息|版權資訊)"
    r"|著作権(?:表示|表記)を?(?:削除|除去)|저작권\s*(?:표시|고지)(?:를|을)?\s*(?:삭제|제거)"
    r"|कॉपीराइट\s+(?:सूचना|नोटिस)\s+(?:को\s+)?(?:हटा|मिटा)|কপিরাইট\s+(?:নোটিশ|বিজ্ঞপ্তি)\s+(?:মুছ|সরা)"
    r"|பதிப்புரிமை\s+அறிவிப்ப\S*\s+(?:நீக்க)|(?:إزالة|حذف)\s+(?:إشعار|اشعار)\S*\s+حقوق"
    r"|להסיר\s+(?:את\s+)?הודע(?:ת|ות)\s+(?:זכויות\s+(?:ה)?יוצרים|(?:ה)?רישיון)"
    r"|(?:حذف|برداشتن)\s+(?:اعلان|اطلاعیه|اخطار)\S*\s+حق"
    r"|\btelif\s+hakkı\s+(?:bildirim|uyarı)\w*\s+(?:kaldırıl|silin|çıkarıl)\w*"
)
# a purpose or a cap beside it: the sentence states more than the notice
_NOTICE_MORE = lazy_pattern(
    r"商业|商業|商用|営利|研究|상업|영리|연구|व्यावसायिक|शोध|বাণিজ্যিক|গবেষণা|வணிக|ஆராய்ச்சி"
    r"|تجار|بحث|מסחרי|מחקר|تجاری|پژوهش|\bticar|\baraştırma|超过|超え|초과|עולה\s+על|يتجاوز|aşan"
)


def carries_licence_copy(text: str) -> bool:
    """Whether `text` only asks copies to carry a copy of the licence (no ban, purpose or cap),
    or the copyright notice to stay in them (no purpose or cap)."""
    if _NOTICE_KEPT.search(text) is not None:
        return _NOTICE_MORE.search(text) is None
    return _LICENCE_COPY.search(text) is not None and _COPY_MORE.search(text) is None


def asks_nothing(text: str) -> bool:
    """No further limit on use, no formality for some licensees, an offer on the terms below,
    or a copy of the licence with each copy: no term (module docstring)."""
    return (
        no_other_limits(text)
        or needs_no_formality(text)
        or offered_per_below(text)
        or carries_licence_copy(text)
    )
