"""The word for commercial use and the title of a Uses section in the languages the term readers
read (`licenses.text.language_names`, and Maltese), for `card_terms.COMMERCIAL_WORDS` and
`card_markdown.is_use_title` (session 40): a card's "## Użu", "## Käyttö", "## Uso" or
"## Χρήση" section is its Uses section, and its paragraphs naming commercial use ("anki
kummerċjali", "kaupallinen", "ärilistel eesmärkidel", "εμπορική χρήση") reach the licence
readers, as an English card's "## Uses" paragraph on commercial use does.

Only the general words: the adjective "commercial" (and its stem in the language), never
"business" or "trade" alone (a "trade mark", a "business day" is no use); the noun "use",
"usage" or "intended use" as a section's title, never "Usage" in English (a how-to with code).
"""

from __future__ import annotations

FOREIGN_COMMERCIAL = (
    # Latin script: da, sv, no, fy, az, lb, rm (kommerciel, kommersiell, kommersjeel,
    # kommersiya, kommerziell, commerzial), pl, cs, sk, sl, hr, sr, lv, lt, hsb, sq, id, ms, tl
    # (komercyjny, komerční, komercijalno, komerciāls, komersial, komersyal), eu, ht, mt
    r"|\bkom+er[cčsz]|commerz|\bkomertzial|\bkom[èe]syal|\bkummer[cċ]j"
    # fi, et, hu, sw, cy, ga, gd, br, is, se, mi, zu
    r"|\bkaupalli|\bäri(?:li[nsk]|eesmär)|\bkaubandusl|\bkereskedelm|\bkibiashara|\bmasnach"
    r"|\btr[áa]cht[áa]il|\bmalairteach|\bkenwerzh|\bviðskipta|\bgávpál|\barumoni"
    r"|\b(?:kw)?ezohwebo|\b(?:kw)?ezentengiselwano"
    # el, bg, uk, mk, sr, kk, ky (комерційний, комерцијален, коммерциялық), he, fa, ur
    r"|εμπορικ|комер[цс]|מסחרי|تجاری|تجارتی"
    # hi, mr, ne, bn, pa, gu, ta, te, kn, ml, si, th, lo, km, my, am, hy, ka
    r"|वाणिज्यिक|व्यावसायिक|বাণিজ্যিক|ਵਪਾਰਕ|વાણિજ્યિક|વ્યાવસાયિક|வணிக|వాణిజ్య|ವಾಣಿಜ್ಯ"
    r"|വാണിജ്യ|වාණිජ|พาณิชย์|ການຄ້າ|ពាណិជ្ជ|စီးပွားဖြစ်|ንግድ|առևտր|კომერც"
)
"""Alternatives (each after "|") of the word for commercial, to add to an English pattern."""

FOREIGN_COMMERCIAL_STEMS = (
    *("kommer", "komer", "commerz", "komertzial", "komès", "komes", "kummer", "kaupalli"),
    *("äri", "kaubandus", "kereskedelm", "biashara", "masnach", "tráchtáil", "trachtail"),
    *("malairteach", "kenwerzh", "viðskipta", "gávpál", "arumoni", "ezohwebo"),
    *("zentengiselwano", "εμπορικ", "комер", "מסחרי", "تجاری", "تجارتی", "वाणिज्यिक"),
    *("व्यावसायिक", "বাণিজ্যিক", "ਵਪਾਰਕ", "વાણિજ્યિક", "વ્યાવસાયિક", "வணிக", "వాణిజ్య"),
    *("ವಾಣಿಜ್ಯ", "വാണിജ്യ", "වාණිජ", "พาณิชย์", "ການຄ້າ", "ពាណិជ្ជ", "စီးပွားဖြစ်", "ንግድ"),
    *("առևտր", "კომერც"),
)
"""Lower-case strings each match of `FOREIGN_COMMERCIAL` contains one of."""

FOREIGN_USE_TITLE = (
    # mt, de, fr, es, pt, it, ca, gl, oc, nl, fy, lb, pl, cs, sk, sl, hr, sr
    r"|\b(?:u[żz]u|nutzung|einsatzzweck|utilisations?|usos?|utiliza[cç][ãa]o|utilizaci[óo]n"
    r"|utilizzo|[uú]s\s+previst|usatge|gebruik|gebr[ûu]k|benotzung|u[żz]ytkowani[ea]"
    r"|u[żz]ycie|zastosowani[ea]|wykorzystani[ea]|pou[žz]it[íi]e?|u[žz]it[íi]|uporaba"
    r"|upotreba|kori[šs]t?enje|kori[šs][ćc]enje"
    # sv, da, no, is, fo, fi, et, lv, lt, hu, ro, tr, az, id, ms, tl, sw, vi
    r"|anv[äa]ndning|brug|anvendelse|bruk|notkun|n[ýy]tsla|k[äa]ytt[öo]|kasutami\w*|kasutus"
    r"|lieto[šs]ana|izmanto[šs]ana|naudojimas|felhaszn[áa]l[áa]s|haszn[áa]lat|utilizare"
    r"|kullan[ıi]m|istifad[əe]|penggunaan|paggamit|matumizi|s[ửu]\s+d[ụu]ng"
    # eu, sq, cy, ga, gd, br, rm, hsb, se, mi, ht, zu
    r"|erabiler|p[ëe]rdorim|defnydd|[úu]s[áa]id|cleachdadh|implij|utilisaziun|diever"
    r"|wu[žz]iwanj|geavaheapmi|whakamahinga|itilizasyon|ukusetshenzisw)\w*"
    # ru, uk, bg, mk, sr, kk, ky, el, he, ar, fa, ur
    r"|использовани|применени|використанн|използван|употреб|користењ|коришћењ|пайдалан"
    r"|колдонуу|χρήση|χρήσεις|שימוש|الاستخدام|استخدام|استفاده|کاربرد|استعمال"
    # hi, mr, ne, bn, pa, gu, ta, te, kn, ml, si, th, lo, km, my, am, hy, ka
    r"|उपयोग|प्रयोग|वापर|ব্যবহার|ਵਰਤੋਂ|ઉપયોગ|பயன்பாடு|వినియోగ|ಬಳಕೆ|ഉപയോഗ|භාවිත"
    r"|การใช้งาน|ການນຳໃຊ້|ការប្រើប្រាស់|အသုံးပြု|አጠቃቀም|օգտագործ|გამოყენება"
)
"""Alternatives (each after "|") of a Uses section's title, to add to an English pattern."""
