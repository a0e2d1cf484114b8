"""How a license file's name begins in Thai, Vietnamese, Indonesian, Malay, Filipino, Swahili,
Amharic and Yoruba (for `granted_kind.LICENSE_NAMES`): the words for a licence, terms or
conditions of use and an agreement, in their own script and as commonly written in Latin
letters without marks (GIAYPHEP.md, DIEUKHOAN.md, PERJANJIAN.md, LISENSIYA.md, MASHARTI.md,
FEQAD.md, IWE-ASE.md). A file so named is the model's licence document, as LICENSE.md is."""

from __future__ import annotations

__all__ = ["NAMES_SOUTHEAST"]

NAMES_SOUTHEAST = (
    # th: agreement, contract, licence, terms (and the agreement in Latin letters)
    *("ข้อตกลง", "สัญญา", "ใบอนุญาต", "ข้อกำหนด", "เงื่อนไข", "khotoklong", "kho-toklong"),
    # vi: licence, terms, conditions of use, agreement (with and without marks)
    *("giấy phép", "giấy-phép", "giấy_phép", "giayphep", "giay-phep", "giay_phep"),
    *("điều khoản", "điều-khoản", "dieukhoan", "dieu-khoan", "dieu_khoan", "thỏa thuận"),
    *("thoathuan", "thoa-thuan", "dieukien", "dieu-kien"),
    # id, ms: licence, agreement, terms and conditions
    *("lisensi", "lesen", "perjanjian", "syarat", "ketentuan", "terma"),
    # tl: licence, agreement, terms
    *("lisensiya", "lisensya", "kasunduan", "tuntunin", "mga-tuntunin"),
    # sw: licence, terms, agreement
    *("leseni", "masharti", "mkataba", "makubaliano"),
    # am: licence, permit; agreement (in its script and in Latin letters)
    *("ፈቃድ", "ውል", "ስምምነት", "feqad", "fekad", "fikad", "feqade"),
    # yo: the licence ("ìwé àṣẹ"), agreement
    *("ìwé àṣẹ", "ìwé-àṣẹ", "iwe-ase", "iwe_ase", "iwease", "iwe ase", "àdéhùn", "adehun"),
)
