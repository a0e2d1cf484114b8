"""The file names of license, terms and use-policy documents in other languages than English,
for `base.is_license_like` (shell patterns, matched case-insensitively against the basename)."""

from __future__ import annotations

import unicodedata

from auditor.knowledge.license_titles import license_word_forms

_DOTLESS = str.maketrans({"ı": "i"})  # Turkish, Azerbaijani: LISANS typed lısans


def fold_name(name: str) -> str:
    """A lower-case file name with the accents of Latin, Greek and Cyrillic letters dropped
    (the combining marks U+0300-U+036F once decomposed: "İ".lower() is "i" and a dot above,
    LİSENZİYA.md -> lisenziya.md, LICENÇA.md -> licenca.md) and the dotless i made dotted.
    The marks of other scripts (Indic vowel signs, Hebrew and Arabic points) are kept: they
    are letters of the word, not accents on it."""
    decomposed = unicodedata.normalize("NFD", name)
    bare = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", bare).translate(_DOTLESS)


FOREIGN_LICENSE_PATTERNS = (
    # the same documents named in the languages model cards are most often written in
    # (Chinese, Japanese, Korean, German, Spanish, Portuguese, Italian, Russian, and below)
    *("*许可*", "*許可*", "*协议*", "*協議*", "*授权*", "*授權*", "*条款*", "*條款*"),
    *("*ライセンス*", "*利用規約*", "*使用許諾*", "*라이선스*", "*라이센스*", "*약관*"),
    *("*利用許諾*", "*許諾条件*", "*許諾書*"),  # ja: a licence to use (利用許諾.md)
    *("*lizenz*", "*nutzungsbedingungen*", "*licencia*", "*licença*", "*licenca*"),
    *("*licenza*", "*лиценз*", "*соглашение*"),
    # Polish, Turkish, Vietnamese, Arabic, Dutch, Indonesian
    *("*licencj*", "*lisans*", "*giay*phep*", "*giấy*phép*", "*ترخيص*", "*رخصة*", "*licentie*"),
    # Swedish, Danish and Norwegian (also their "terms" noun, VILLKOR.txt, VILKÅR.md), Czech,
    # Greek, Hebrew, Hindi, Thai
    *("*licens*", "*lisens*", "*villkor*", "*vilkår*", "*vilkar*", "*adeia*", "*άδεια*"),
    *("*αδεια*", "*רישיון*", "*רשיון*", "*lisensi*"),  # and Indonesian
    *("*लाइसेंस*", "*สัญญาอนุญาต*", "*ใบอนุญาต*"),
    # Romanian, Hungarian, Finnish; uk, sr, lt, et, ms (lesen), sw (leseni), bn, fa, ur, ca
    *("*licenta*", "*licența*", "*licenţa*", "*engedely*", "*engedély*", "*kayttolupa*"),
    *("*käyttölupa*", "*ліценз*", "*лиценц*", "*licencij*", "*litsents*", "lesen", "lesen.*"),
    *("lesen[_-]*", "*leseni*", "*লাইসেন্স*", "*مجوز*", "*لائسنس*", "*llicencia*", "*llicència*"),
    # terms of use and licence agreements in Finnish (KAYTTOEHDOT.md, kayttooikeussopimus.txt),
    # Czech (LICENCNI_PODMINKY.md, podminky_uziti.md), Romanian (CONDITII_DE_UTILIZARE.md),
    # Hungarian (felhasznalasi_feltetelek.md, licencszerzodes.md) and Nordic (BRUGSVILKAR.md)
    *("*kayttoehdot*", "*käyttöehdot*", "*kayttooikeus*", "*käyttöoikeus*", "*licencni*"),
    *("*licenční*", "*podminky*uziti*", "*podmínky*užití*", "*podminky*pouziti*"),
    *("*podmínky*použití*", "*conditii*de*utilizare*", "*condi?ii*de*utilizare*"),
    *("*felhasznalasi*feltetel*", "*felhasználási*feltétel*", "*licencszerz*", "*brugsvilk*"),
    *("*brugsbetingelser*", "*bruksvilk*"),
    # Maltese, Irish, Icelandic (leyfi, skilmálar: terms), Albanian and Macedonian
    *("*licenzj*", "*liċenzj*", "*ceadunas*", "*ceadúnas*", "*leyfi*", "*skilmal*"),
    *("*skilmál*", "*licenca*", "*лиценца*", "*licenc*"),  # and Hungarian, Slovak LICENC.md
    # agreements of use and the use restrictions of an annex in German, Dutch, the Nordic
    # languages, Finnish and Hungarian (NUTZUNGSVERTRAG.md, ANLAGE_1_NUTZUNGSBESCHRAENKUNGEN.md,
    # gebruiksovereenkomst.txt, BRUKSAVTALE.md, kayttosopimus.md, felhasznalasi_szerzodes.md)
    *(
        "*nutzungsvertrag*",
        "*nutzungsbeschr*nkung*",
        "*nutzungsbedingung*",
        "*gebruiksovereenkomst*",
    ),
    *("*gebruiksbeperking*", "*anv*ndningsbegr*nsning*", "*brugsaftale*", "*bruksavtale*"),
    *("*brugsbegr*nsning*", "*bruksbegrensning*", "*k*ytt*sopimus*", "*k*ytt*rajoitu*"),
    *("*felhaszn*l*si*szerz*d*s*", "*felhaszn*l*si*korl*toz*"),
    # use policies and terms of use in the languages the term readers read (POLITICA_DE_USO.md,
    # conditions_d_utilisation.txt, Nutzungsrichtlinie.md, 使用政策.md, 利用ポリシー.md)
    *("*politica*de*uso*", "*política*de*uso*", "*uso*aceptable*", "*uso*aceit*vel*"),
    *("*terminos*de*uso*", "*términos*de*uso*", "*condiciones*de*uso*", "*termos*de*uso*"),
    *("*condi*es*de*uso*", "*politique*d*utilisation*", "*conditions*d*utilisation*"),
    *("*utilisation*acceptable*", "*politica*d*uso*", "*politica*di*utilizzo*"),
    *("*condizioni*d*uso*", "*termini*d*uso*", "*uso*accettabile*", "*nutzungsrichtlinie*"),
    *("*nutzungsbestimmungen*", "*gebruiksbeleid*", "*gebruiksvoorwaarden*"),
    *("*zasady*korzystania*", "*warunki*korzystania*", "*warunki*u*ytkowania*"),
    *("*политика*использования*", "*условия*использования*", "*правила*использования*"),
    *("*kullan*m*politika*", "*kullan*m*ko*ullar*", "*kebijakan*penggunaan*"),
    *("*ketentuan*penggunaan*", "*syarat*dan*ketentuan*", "*chinh*sach*su*dung*"),
    *("*chính*sách*sử*dụng*", "*dieu*khoan*su*dung*", "*điều*khoản*sử*dụng*"),
    *("*使用政策*", "*使用规范*", "*使用規範*", "*可接受使用*", "*利用ポリシー*", "*利用規定*"),
    *("*이용*정책*", "*사용*정책*", "*سياسة*الاستخدام*", "*شروط*الاستخدام*"),
    # the parts a licence takes in by their label, in other languages (ANNESS-A.md, ANHANG_1.md,
    # MELLÉKLET-1.md, 別表1.md, 附件一.md): a label after the word, as `sources.base` reads them
    *("anness[-_ ]*", "annexe[-_ ]*", "anhang[-_ ]*", "anexo[-_ ]*", "allegato[-_ ]*"),
    *("bijlage[-_ ]*", "liite[-_ ]*", "za??cznik[-_ ]*", "pr?loha[-_ ]*", "priloga[-_ ]*"),
    *("pielikums[-_ ]*", "mell?klet[-_ ]*", "别表*", "別表*", "附件*", "附表*", "appendice[-_ ]*"),
    # and in Arabic (الملحق-أ.md: the article joined to the word), Persian, Hebrew, Russian,
    # Ukrainian, Greek, Japanese, Korean, Hindi, Thai, Vietnamese, Indonesian and Romanian
    *("*ملحق*", "پیوست*", "נספח*", "приложение*", "додаток*", "παράρτημα*", "別紙*", "付属書*"),
    *("부속서*", "별표*", "별첨*", "अनुसूची*", "परिशिष्ट*", "ภาคผนวก*", "phu[-_ ]luc*"),
    *("phụ[-_ ]lục*", "lampiran[-_ ]*", "anexa[-_ ]*"),
    # the word for a licence or the terms of use in some sixty languages (`knowledge.
    # license_titles`: CEADACHAS.md, LIZENTZIA.md, ЛІЦЭНЗІЯ.md, LITSENZIYA.md), where a word of
    # the name begins: first, or after "-", "_", "." or a space (Caorann_Ceadachas.md)
    *(pattern for word in license_word_forms() for pattern in (f"{word}*", f"*[-_. ]{word}*")),
)
