"""Sentences stating no term of use in Chinese, Japanese, Korean, Hindi, Marathi, Bengali, Urdu,
Tamil, Thai and Vietnamese, for `foreign_no_term`:

- acceptance by an act: downloading or using the model is taken as accepting these terms
  ("下载即视为接受本协议", "ダウンロードした時点で本規約に同意したものとみなします", "모델을
  내려받으면 이 약관에 동의한 것으로 봅니다", "डाउनलोड करने पर आप इन शर्तों को स्वीकार
  करते हैं", "Việc tải mô hình được coi là chấp nhận giấy phép này"): how the terms bind, none
  of them;
- an answer naming who may use the model as anyone, and nothing else ("答：任何个人或单位。",
  "A: どなたでも。", "누구나 가능합니다.", "कोई भी व्यक्ति या संस्था।"): the grant to everyone
  the question asks about.

Either is read so only with no word of a term in it (a ban, "only", a need, commercial use, a
negation): "下载即视为接受本协议，但不得商用" states a ban and is left to the cues.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

_FLAGS = re.IGNORECASE
# a word of any term: a ban, "only", a need or duty, commercial use, a negation, a number
_TERM_WORD = lazy_pattern(
    r"不得|禁止|不可|不能|不准|仅|僅|只|须|須|必须|必須|应当|應當|商|营利|營利|限|除外|付费|付費"
    r"|してはな|のみ|限り|限る|禁|必要|営利|ない|ません|금지|만\s|뿐|상업|영리|않|없|필요|해야"
    r"|नहीं|(?<![\u0900-\u097f])न\s|केवल|सिर्फ|मात्र|वाणिज्य|निषिद्ध|आवश्यक|(?:ना|नी)\s+हो(?:गा|गी)|फक्त|नाही|व्यावसायिक"
    r"|না|নয়|শুধু|কেবল|নিষিদ্ধ|বাণিজ্য|ব্যবসা|তে\s+হবে|نہیں|صرف|ممنوع|تجارتی|کاروبار|(?:نا|نی)\s+ہوگ|ضروری"
    r"|மட்டும்|தடை|வணிக|கூடாது|வேண்டும்|ไม่|เท่านั้น|ห้าม|พาณิชย์|การค้า|ต้อง"
    r"|\b(?:không|chỉ|cấm|thương\s+mại|kinh\s+doanh|phải|trừ)\b|\d",
    _FLAGS,
)
# the act: downloading, installing, using, copying the model
_ACT = (
    r"下载|下載|安装|安裝|使用|复制|複製|ダウンロード|インストール|利用|使用|내려받|다운로드|설치|사용|이용"
    r"|डाउनलोड|इंस्टॉल|उपयोग|प्रयोग|वापर|ডাউনলোড|ইনস্টল|ব্যবহার|ڈاؤن\s*لوڈ|انسٹال|استعمال"
    r"|பதிவிறக்க|நிறுவ|பயன்படுத்த|ดาวน์โหลด|ติดตั้ง|ใช้|\b(?:tải(?:\s+xuống|\s+về)?|cài\s+đặt|sử\s+dụng)\b"
)
# taken as, deemed, means, by doing so
_DEEMED = (
    r"视为|視為|即表示|即代表|意味着|意味著|みなし|みなされ|とみな|것으로\s*(?:봅니다|간주|본다)|간주"
    r"|माना\s+जाएगा|समझा\s+जाएगा|करने\s+पर|करके|करते\s+ही|मानले\s+जाईल|केल्यास"
    r"|বলে\s+গণ্য|করলে|করার\s+মাধ্যমে|سمجھا\s+جائے|تصور\s+ہوگا|کرنے\s+سے|کر\s+کے"
    r"|கருதப்படும்|மூலம்|ถือว่า|\b(?:được\s+coi\s+là|được\s+xem\s+là|đồng\s+nghĩa\s+với)\b"
)
# accepting or agreeing to these terms
_ACCEPT = (
    r"接受|同意|承诺|承諾|同意した|承諾した|동의|수락|स्वीकार|सहमत|स्वीकारल|মেনে\s+নি|গ্রহণ|সম্মত"
    r"|قبول|متفق|ஏற்க|ஏற்றுக்|ஒப்புக்|ยอมรับ|ตกลง|\b(?:chấp\s+nhận|đồng\s+ý)\b"
)
_ACCEPTED = lazy_pattern(
    rf"(?=.*?(?:{_ACT}))(?=.*?(?:{_DEEMED}))(?=.*?(?:{_ACCEPT}))", _FLAGS | re.DOTALL
)
_SHORT = 120  # characters: a sentence of acceptance, not a clause stating more
# an answer naming anyone as who may use it
_ANYONE = lazy_pattern(
    r"^\W*(?:答|回答|答え|답변?|उत्तर|উত্তর|جواب|பதில்|ตอบ|Trả\s+lời|A)?\s*[:：.]?\s*"
    r"(?:任何|所有|一切)(?:个人|個人|人|单位|單位|机构|機構|组织|組織|公司|企业|企業)"
    r"(?:\s*(?:或|和|及|与|與|、)\s*(?:个人|個人|单位|單位|机构|機構|组织|組織|公司|企业|企業))*"
    r"(?:均可|都可以|皆可)?"
    r"|^\W*(?:回答|答え|A)?\s*[:：]?\s*(?:どなたでも|誰でも)(?:利用できます|ご利用いただけます)?"
    r"|^\W*(?:답변?|A)?\s*[:：]?\s*누구나(?:\s*(?:가능합니다|이용할\s*수\s*있습니다))?"
    r"|^\W*(?:उत्तर)?\s*[:：]?\s*कोई\s+भी\s+(?:व्यक्ति|संस्था)(?:\s+(?:या|और)\s+(?:व्यक्ति|संस्था))?"
    r"|^\W*(?:উত্তর)?\s*[:：]?\s*যে\s+কোনো\s+(?:ব্যক্তি|প্রতিষ্ঠান)(?:\s+বা\s+(?:ব্যক্তি|প্রতিষ্ঠান))?"
    r"|^\W*(?:Trả\s+lời)?\s*[:：]?\s*(?:Bất\s+kỳ|Mọi)\s+(?:cá\s+nhân|tổ\s+chức|ai)"
    r"(?:\s+(?:hoặc|và)\s+(?:cá\s+nhân|tổ\s+chức))?(?:\s+nào)?",
    _FLAGS,
)


def states_no_term_asia(text: str) -> bool:
    """Whether a passage only says how the terms are accepted, or that anyone may use the
    model (module docstring)."""
    if _TERM_WORD.search(text):
        return False
    if len(text) <= _SHORT and _ACCEPTED.match(text):
        return True
    answer = _ANYONE.match(text)
    return answer is not None and not text[answer.end() :].strip(" 。.!！")
