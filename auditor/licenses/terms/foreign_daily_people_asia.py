"""A cap on the people using the model on one day, "daily active users" unsaid, in Chinese,
Japanese, Korean, Hindi, Marathi, Bengali, Urdu, Tamil, Thai, Vietnamese, Kannada and Gujarati,
for `foreign_ja.clause_reader` (as `foreign_daily_caps` reads "daily active users" by name).

One clause names a day ("하루 동안", "1日に", "单日", "एक दिन में", "এক দিনে", "ایک دن میں",
"ஒரு நாளில்", "ในวันใด", "trong một ngày", "ಒಂದು ದಿನದಲ್ಲಿ", "એક દિવસમાં"), the people
or users counted ("사람", "利用者", "用户", "उपयोगकर्ता", "ব্যবহারকারী", "صارف", "பயனர்", "ผู้ใช้",
"người dùng", "ಬಳಕೆದಾರ") and a number of them: `user_threshold` with unit `dau`. A number of
requests, tokens or messages a day is no such cap (rate limits), nor is a day that is a date
("ngày 1 tháng 1").
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_caps import numbers
from auditor.licenses.terms.foreign_zh import Clause

_FLAGS = re.IGNORECASE
_MIN_COUNT = 1000  # fewer people a day is no cap of users (a clause number, a model size)
_GAP = r"(?:[^。.;；।۔]|(?<=\d)\.(?=\d)){0,50}?"  # a clause ("20.000": a number's dot)
# one day (and "a day on which"), by language group; scripts without word edges take none
_DAY = (
    r"(?:하루|1\s*일|일일|당일)(?:\s*동안|\s*중|에)?|(?:1日|一日)(?:に|の間|の|あたり|当たり)"
    r"|(?:每日|每天|单日|單日|一天|一日)(?:内|內|之内|之內)?"
    r"|एक\s+(?:ही\s+)?दिन|किसी\s+(?:भी\s+)?दिन|प्रतिदिन|एका\s+दिवसात|कोणत्याही\s+दिवशी|दररोज"
    r"|এক\s+দিনে|কোনো\s+দিনে?|প্রতিদিন|ایک\s+دن|کسی\s+(?:بھی\s+)?دن|روزانہ"
    r"|ஒரு\s+நாளில்|எந்த\s*(?:ஒரு)?\s*நாளிலும்|நாளொன்றுக்கு"
    r"|ในวันใด|ในหนึ่งวัน|ต่อวัน|วันละ"
    r"|\b(?:trong\s+một\s+ngày|mỗi\s+ngày|một\s+ngày|ngày\s+nào)\b"
    r"|ಒಂದು\s+ದಿನದಲ್ಲಿ|ಯಾವುದೇ\s+(?:ಒಂದು\s+)?ದಿನ|ಪ್ರತಿದಿನ|ದಿನವೊಂದಕ್ಕೆ"  # Kannada
    r"|એક\s+દિવસમાં|કોઈ\s*પણ\s+(?:એક\s+)?દિવસ|દરરોજ|પ્રતિદિન"  # Gujarati
)
# the people counted
_PEOPLE = (
    r"사람|이용자|사용자|명|利用者|ユーザー|人|用户|用戶|使用者|उपयोगकर्ता|व्यक्ति|लोग|वापरकर्ते"
    r"|व्यक्ती|ব্যবহারকারী|মানুষ|জন|صارف|افراد|لوگ|பயனர்|நபர்|ผู้ใช้|คน"
    r"|\bngười(?:\s+dùng)?\b|ಬಳಕೆದಾರ|ವ್ಯಕ್ತಿ|ಜನರ|વપરાશકર્તા|ઉપયોગકર્તા|વ્યક્તિ|લોકો"
)
# counted things that are no people: requests, tokens, calls, messages
_NOT_PEOPLE = lazy_pattern(
    r"요청|호출|토큰|リクエスト|トークン|呼び出し|请求|請求|调用|調用|令牌|अनुरोध|टोकन|অনুরোধ"
    r"|টোকেন|درخواست|ٹوکن|கோரிக்கை|டோக்கன்|คำขอ|โทเค็น|\b(?:yêu\s+cầu|token|lượt\s+gọi)\b"
    r"|ಟೋಕನ್|ವಿನಂತಿ|ಕರೆಗಳ|ટોકન|વિનંતી",
    _FLAGS,
)
_DAILY_PEOPLE = lazy_pattern(rf"(?:{_DAY}){_GAP}(?:{_PEOPLE})", _FLAGS)


LANGUAGES = frozenset({"zh", "ja", "ko", "hi", "mr", "bn", "ur", "ta", "th", "vi", "kn", "gu"})


def read_daily_people(language: str | None, text: str) -> list[Clause]:
    """`user_threshold` with unit `dau` when a clause caps the people using it on one day."""
    if language not in LANGUAGES:
        return []
    for clause in re.split(r"[。;；]|(?<=\.)\s", text):
        named = _DAILY_PEOPLE.search(clause)
        if named is None or _NOT_PEOPLE.search(clause):
            continue
        # the first number of people from the day on (it may stand before the people's word),
        # else the last before the day
        values = [(start, value) for start, _, value in numbers(clause) if value >= _MIN_COUNT]
        after = [value for start, value in values if start >= named.start()]
        before = [value for start, value in values if start < named.start()]
        if after or before:
            count = int(after[0] if after else before[-1])
            return [Clause("user_threshold", {"count": count, "unit": "dau"})]
    return []
