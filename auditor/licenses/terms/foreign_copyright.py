"""A copyright line in any language, for `foreign_no_term`: "Copyright 2026 Example Ltd",
"© 2026 Beispiel GmbH", "ירדן-7B זכויות יוצרים 2026 ...", "版权所有 © 2026 示例公司" state who
holds the rights and since when, no term of use. A line is one when it holds the copyright
sign or the word for copyright of its language next to a year, and is short: a long sentence
naming copyright (a licence of the rights, a notice to keep) says more and is read as it is."""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["is_copyright_line"]

# the word for copyright (or "all rights reserved" said with it) in the languages the rules read
_WORD = (
    r"copyright|\(c\)|urheberrecht\w*|droits?\s+d['’]auteur|derechos?\s+de\s+autor|direitos?\s+"
    r"autora(?:is|l)|diritt[oi]\s+d['’]autore|auteursrecht\w*|prawa?\s+autorsk\w*|autorsk[áé]\s+"
    r"práv[oa]|upphovsrätt\w*|ophavsret\w*|opphavsrett\w*|tekijänoikeu\w*|πνευματικ\w*\s+"
    r"δικαιώματ\w*|drepturi\s+de\s+autor|szerzői\s+jog\w*|авторск\w*\s+прав\w*|авторськ\w*\s+"
    r"прав\w*|telif\s+hakk\w*|hak\s+cipta|bản\s+quyền|hakimiliki|haki\s+miliki|karapatang[-\s]+"
    r"ari|autorsk\w*\s+prav\w*|autorių\s+teis\w*|autortiesīb\w*|autoriõigus\w*|авторски\s+прав\w*"
    r"|版权|版權|著作权|著作權|著作権|저작권|ลิขสิทธิ์|कॉपीराइट|प्रतिलिप्यधिकार|স্বত্ব|কপিরাইট"
    r"|பதிப்புரிமை|కాపీరైట్|حقوق\s+(?:الطبع|النشر|المؤلف)|حق\s+(?:نشر|تکثیر|چاپ)|کاپی\s*رائٹ"
    r"|זכויות\s+יוצרים|የቅጂ\s+መብት|haƙƙin\s+mallaka|ẹ̀tọ́\s+àdàkọ|авторлық\s+құқық"
)
_MARK = lazy_pattern(r"©|(?<![\w])(?:" + _WORD + r")", re.IGNORECASE)
_YEAR = lazy_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAX_CHARS = 160  # a copyright line names a holder and a year, no more


def is_copyright_line(text: str) -> bool:
    """Whether `text` is a copyright line: the sign or word, a year, and nothing long."""
    line = " ".join(text.split())
    return len(line) <= _MAX_CHARS and bool(_MARK.search(line)) and bool(_YEAR.search(line))
