"""How a license file's name begins in the languages of Asia and the Middle East the foreign
readers read (for `granted_kind.LICENSE_NAMES`): the words for a licence, a permission or
grant, terms or conditions, and an agreement, in their own script and as commonly written in
Latin letters (授權條款.md, 利用規約.md, 이용약관.md, SHUROOT.md, TNAIM.md, EJAZE.md, IZIN.md,
URIMAM.md). A file so named is the model's licence document, as LICENSE.md is."""

from __future__ import annotations

__all__ = ["NAMES_ASIA"]

NAMES_ASIA = (
    # zh: licence, authorisation, agreement, terms (simplified and traditional)
    *("许可", "許可", "授权", "授權", "协议", "協議", "条款", "條款", "使用条款", "使用條款"),
    # ja: terms of use, licence grant, agreement
    *("利用規約", "規約", "利用許諾", "使用許諾", "許諾", "約款", "利用条件", "使用条件"),
    # ko: terms, permission to use, licence
    *("약관", "이용약관", "이용허락", "이용 허락", "사용허가", "사용 허가", "허락서", "이용조건"),
    # hi, bn, ta: licence, permission, terms
    *("लाइसेंस", "लायसेंस", "अनुज्ञप्ति", "अनुज्ञा", "अनुमति", "शर्तें", "नियम"),
    *("লাইসেন্স", "অনুমতি", "শর্তাবলী", "শর্তাবলি", "শর্ত"),
    *("உரிமம்", "அனுமதி", "நிபந்தனை", "விதிமுறை"),
    *("anumati", "anugya", "anujnapti", "shartein", "sharten", "shorto", "urimam", "anumathi"),
    # ar, fa: licence, permission, conditions, agreement
    *(
        "ترخيص",
        "الترخيص",
        "رخصة",
        "الرخصة",
        "شروط",
        "الشروط",
        "اتفاقية",
        "إذن",
        "مجوز",
        "اجازه",
        "شرایط",
        "پروانه",
        "موافقتنامه",
    ),
    *("tarkhis", "tarkhees", "rukhsa", "rokhsa", "shurut", "shuroot", "shoroot", "shorout"),
    *("ijaza", "ejaze", "ejazeh", "ejazename", "mojavez", "sharayet", "sharait"),
    # he: licence, conditions
    *("רישיון", "רשיון", "תנאי", "תנאים", "הסכם"),
    *("rishayon", "rishyon", "rishion", "tnaim", "tnai", "tenaim", "heskem"),
    # tr: permission, conditions, agreement (with and without the letters of its alphabet; a
    # dotted capital İ lower-cases to i and a combining dot)
    *("izin", "i̇zin", "koşul", "kosul", "şart", "sart", "sözleşme", "sozlesme", "lisans"),
)
