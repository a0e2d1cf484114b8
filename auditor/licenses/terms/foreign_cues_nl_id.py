"""The cues of `terms.foreign` in Dutch and Indonesian. See `foreign_cues` for what each pattern
is.

Written from the general shapes of such clauses, as for the other languages: a grant "for any
purpose, commercial included" (voor elk doel, ook commercieel / untuk tujuan apa pun, termasuk
tujuan komersial), a grant confined to non-commercial, research or personal ends, a ban on
commercial use ("commercieel gebruik is niet toegestaan", "dilarang menggunakan model untuk
tujuan komersial"), commercial use that needs the licensor's permission or a further licence
(zonder voorafgaande schriftelijke toestemming / tanpa izin tertulis), a cap on monthly active
users or on revenue with the licensee's affiliates counted or not, and the law that governs.
Both languages put the ban either side of the commercial word, so each shape is tried both
ways within one clause.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cues import Cues
from auditor.licenses.terms.foreign_either_way import with_either_way

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_GAP = r"[^.;]{0,60}?"  # within one clause

# --- Dutch -------------------------------------------------------------------------------------

_NL_COM = r"(?<!niet-)\b(?:commerci[eë]\w*|zakelijk\w*|met\s+winstoogmerk)"
_NL_NON = r"\bniet[- ]?(?:commerci[eë]|zakelijk)\w*|\bzonder\s+winstoogmerk"
_NL_BAN = (
    r"\b(?:verboden|verbiedt|niet\s+(?:toegestaan|toegelaten|worden\s+gebruikt|gebruiken"
    r"|gebruikt|is\s+toegestaan|zijn\s+toegestaan)|mag\s+niet|mogen\s+niet|niet\s+mag"
    r"|niet\s+mogen|geen\s+toestemming\s+voor|uitgesloten"
    # the licence gives no right to it: "geeft geen recht op", "geeft niet het recht tot"
    r"|geeft\s+(?:geen|niet\s+het)\s+(?:\w+\s+)?recht\s+(?:op|tot|om)|dekt\s+niet)\b"
)
_NL_CONSENT = r"(?:toestemming|goedkeuring|vergunning|licentie\w*|overeenkomst|akkoord)"
_NL_WITHOUT = (
    r"\bzonder\s+(?:de\s+)?(?:voorafgaande\s+)?(?:uitdrukkelijke\s+)?(?:schriftelijke\s+)?"
)
_NL_NEED = r"\b(?:vereist|vereisen|nodig|verplicht|moet\w*|dient|dienen|verkrijgen|aanvragen)\b"
_NL_PURPOSE_KIND = (
    r"(?:onderzoek|wetenschap|academ|educat|onderwijs|niet-?commerci|persoonlijk|privé|prive)"
)

NL = Cues(
    prohibited=_re(
        _NL_NON
        + "|"
        + _NL_BAN
        + _GAP
        + _NL_COM
        + "|"
        + _NL_COM
        + _GAP
        + _NL_BAN
        + r"|\bgeen\s+commerci[eë]\w*\s+(?:gebruik|doeleinden|toepassing)"
        + r"|\bcommercieel\s+gebruik\s*[:=|]\s*(?:nee|niet\s+toegestaan|verboden|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        _NL_COM
        + r"[^.;]{0,80}?"
        + _NL_NEED
        + r"[^.;]{0,40}?"
        + _NL_CONSENT
        + "|"
        + _NL_COM
        + r"[^.;]{0,80}?"
        + _NL_CONSENT
        + r"[^.;]{0,40}?"
        + _NL_NEED
        + "|"
        + _NL_WITHOUT
        + _NL_CONSENT
        + _GAP
        + _NL_COM
        + "|"
        + _NL_COM
        + _GAP
        + _NL_WITHOUT
        + _NL_CONSENT
        + r"|\bcommerci[eë]l?e?\s+licentie"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "ook voor commerciële doeleinden", "inclusief
        # commercieel gebruik", "met inbegrip van commerciële toepassingen"
        r"\b(?:ook|eveneens|inclusief|met\s+inbegrip\s+van|waaronder|zowel)\s+(?:voor\s+|voor\s+"
        r"het\s+)?(?:commerci[eë]\w*|zakelijk\w*)"
        r"|(?<!niet\s)\bcommerci[eë]\w*\s+(?:gebruik|toepassing\w*)\s+is\s+(?:toegestaan|"
        r"toegelaten|mogelijk)\b(?!\s+(?:na|met|mits|onder|op\s+voorwaarde))"
        # for any purpose: "voor elk doel", "voor ieder doeleinde", "voor welk doel dan ook"
        r"|\bvoor\s+(?:elk|ieder|welk|alle)\s+(?:doel|doeleinde|doeleinden)\b(?!\s+(?:van\s+)?"
        + _NL_PURPOSE_KIND
        + r")"
    ),
    both=_re(
        r"(?<!niet-)(?<!niet\s)\bcommerci[eë]\w*\s+(?:en|of)\s+niet-?\s?commerci"
        r"|\bniet-?\s?commerci[eë]\w*\s+(?:en|of)\s+commerci"
        r"|\bongeacht\b[^.;]{0,40}?commerci"
        r"|\bcommercieel\s+of\s+niet\b"
        # with or without a profit motive: "met of zonder winstoogmerk", "al dan niet
        # winstgevend", "zakelijk of privé"
        r"|\b(?:met\s+of\s+zonder|zonder\s+of\s+met)\s+(?:winstoogmerk|winstbejag|commercieel\s+doel)"
        r"|\bal\s+dan\s+niet\s+(?:met\s+winstoogmerk|winstgevend|commercie)"
        r"|\b(?:zakelijk|commercieel)\s+(?:en|of)\s+(?:privé|particulier)|\b(?:privé|particulier)\w*"
        r"\s+(?:en|of)\s+(?:zakelijk|commercieel)"
    ),
    unrestricted=_re(
        r"\b(?:zonder|geen)\s+(?:enige\s+)?(?:beperking\w*|restrictie\w*)\b" + _GAP + _NL_COM
    ),
    research=_re(
        r"\b(?:alleen|uitsluitend|enkel|slechts|louter)\b[^.;]{0,40}?(?:onderzoek|wetenschap"
        r"|academ|educat|onderwijs)\w*"
    ),
    personal=_re(
        r"\b(?:alleen|uitsluitend|enkel|slechts)\b[^.;]{0,30}?\b(?:persoonlijk|privé|prive)\w*"
    ),
    mau=_re(
        r"\bmaandelijks\w*\s+actiev?e?\s+gebruiker\w*|\bactiev?e?\s+gebruiker\w*\s+per\s+maand"
        r"|\bMAU\b"
    ),
    revenue=_re(r"\b(?:jaar)?omzet\w*|\binkomsten\b|\bopbrengst\w*"),
    annual=_re(r"\bjaarlijks\w*|\bper\s+jaar\b|\bjaaromzet|\bper\s+boekjaar\b|\bin\s+een\s+jaar\b"),
    affiliates=_re(
        r"\b(?:gelieerde|verbonden)\s+(?:ondernemingen|vennootschappen|partijen|entiteiten"
        r"|rechtspersonen)|\bdochter(?:onderneming|maatschappij|vennootschap)\w*"
        r"|\bgroepsmaatschappij\w*|\bconcern\w*"
    ),
    laws=(
        (
            _re(
                r"\b(?:beheerst|geregeerd|onderworpen|valt|vallen|wordt\s+uitgelegd)[^.;]{0,40}?"
                r"\b(?:Nederlands\w*\s+recht|het\s+recht\s+van\s+Nederland)"
                r"|\bNederlands\w*\s+recht\s+(?:is|zijn)\s+(?:van\s+toepassing|toepasselijk)"
                r"|\b(?:is|zijn)\s+(?:het\s+)?Nederlands\w*\s+recht\s+(?:van\s+toepassing|toepasselijk)"
            ),
            "NL",
        ),
        (
            _re(
                r"\b(?:beheerst|geregeerd|onderworpen|valt|vallen|wordt\s+uitgelegd)[^.;]{0,40}?"
                r"\b(?:Belgisch\w*\s+recht|het\s+recht\s+van\s+België)"
                r"|\bBelgisch\w*\s+recht\s+(?:is|zijn)\s+(?:van\s+toepassing|toepasselijk)"
                r"|\b(?:is|zijn)\s+(?:het\s+)?Belgisch\w*\s+recht\s+(?:van\s+toepassing|toepasselijk)"
            ),
            "BE",
        ),
    ),
    vocabulary=_re(
        r"licentie|voorwaarden|toegestaan|verboden|commercie|toestemming|aansprakelijk|garantie"
        r"|rechten|overeenkomst|beperk"
    ),
    restrictive=_re(
        r"\b(?:niet|geen|alleen|uitsluitend|verboden|commercie\w*|toestemming|moet|moeten|mag"
        r"|mogen|behalve)\b"
    ),
    license_noun=_re(r"licentie\w*|license|licence"),
    other_work=_re(
        r"\bdataset\w*|\bgegevens\w*|\bbasismodel\w*|\boorspronkelijk\w*\s+model|\bcode\b"
    ),
    this_model=_re(r"\bdit\s+model\b|\bhet\s+model\b|\bde\s+gewichten\b|\bmodelgewichten\b"),
)

# --- Indonesian --------------------------------------------------------------------------------

_ID_COM = (
    r"(?<!non-)(?<!non\s)(?<!bukan\s)\b(?:komersial\w*|komersil\w*|mencari\s+keuntungan|bisnis"
    r"|(?:kegiatan|tujuan|keperluan)\s+(?:usaha|niaga|perniagaan))\b"  # business: "kegiatan usaha"
)
_ID_NON = (
    r"\bnon-?\s?komersi[a]?l\w*|\bnirlaba\b|\btidak\s+(?:bersifat\s+)?komersi[a]?l\w*"
    r"|\bbukan\s+(?:merupakan\s+)?(?:untuk\s+)?(?:tujuan\s+|penggunaan\s+|keperluan\s+"
    r"|kegiatan\s+)?komersi[a]?l\w*|\btidak\s+(?:merupakan\s+)?(?:penggunaan|tujuan)\s+komersi[a]?l\w*"
)
_ID_BAN = (  # one group: it is joined to the words after it
    r"(?:\b(?:dilarang|larangan|tidak\s+(?:boleh|diperbolehkan|dibolehkan|diizinkan|diperkenankan"
    r"|dapat\s+digunakan|untuk)|tak\s+boleh|jangan)\b"
    # no right granted for it: "Lisensi ini tidak memberikan hak apa pun untuk penggunaan komersial"
    r"|\btidak\s+memberi(?:kan)?\s+(?:\w+\s+){0,3}?(?:hak|izin|lisensi)\b)"
)
_ID_CONSENT = r"(?:izin|ijin|persetujuan|lisensi|perjanjian|kesepakatan|perizinan)"
_ID_WITHOUT = r"\btanpa\s+(?:adanya\s+)?"
_ID_NEED = (
    r"\b(?:memerlukan|membutuhkan|wajib|harus|perlu|diperlukan|mendapatkan|memperoleh"
    r"|mengajukan|menghubungi"
    # asked for ("mintalah izin tertulis"), or only with it ("hanya boleh dengan izin")
    r"|(?:me)?minta(?:lah)?|memohon|mohon(?:lah)?"
    r"|dengan\s+(?:adanya\s+)?(?=izin|ijin|persetujuan|perizinan|kesepakatan))\b"
)
_ID_PURPOSE_KIND = r"(?:penelitian|riset|akademik|ilmiah|pendidikan|non-?komersial|pribadi)"

ID = Cues(
    prohibited=_re(
        _ID_NON
        + "|"
        + _ID_BAN
        + _GAP
        + _ID_COM
        + "|"
        + _ID_COM
        + _GAP
        + _ID_BAN
        + r"|\bpenggunaan\s+komersial\s*[:=|]\s*(?:tidak|dilarang|✗|❌|×)(?![\w-])"
    ),
    restricted=_re(
        _ID_COM
        + r"[^.;]{0,80}?"
        + _ID_NEED
        + r"[^.;]{0,40}?"
        + _ID_CONSENT
        + "|"
        + _ID_WITHOUT
        + _ID_CONSENT
        + _GAP
        + _ID_COM
        + "|"
        + _ID_COM
        + _GAP
        + _ID_WITHOUT
        + _ID_CONSENT
        + r"|\blisensi\s+komersi[a]?l"
        # only after consent, however long the use named before it: "Pemakaian komersial, termasuk
        # ..., hanya boleh dimulai setelah Anda memperoleh persetujuan tertulis"
        + r"|"
        + _ID_COM
        + r"[^.;]{0,160}?\b(?:hanya|baru)\b[^.;]{0,40}?\b(?:setelah|sesudah|dengan)\b[^.;]{0,40}?"
        + r"\b(?:izin|ijin|persetujuan|perizinan|kesepakatan|(?:perjanjian|lisensi)\s+komersi[a]?l)"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "termasuk untuk tujuan komersial", "juga untuk
        # keperluan komersial", "penggunaan komersial diperbolehkan"
        r"\b(?:termasuk|juga|maupun)\s+(?:untuk\s+|dalam\s+)?(?:tujuan\s+|penggunaan\s+"
        r"|keperluan\s+|kegiatan\s+)?komersi[a]?l"
        # or business ends: "termasuk untuk kegiatan usaha", "juga dalam keperluan bisnis"
        r"|\b(?:termasuk|juga|maupun)\s+(?:untuk\s+|dalam\s+)?(?:tujuan|penggunaan|keperluan"
        r"|kegiatan)\s+(?:usaha|bisnis|niaga|perniagaan)\b(?!\s+(?:non|nirlaba|kecil\s+saja))"
        r"|(?<!tidak\s)\bkomersi[a]?l\w*\s+(?:diperbolehkan|dibolehkan|diizinkan|diperkenankan)\b"
        # no permission needed for it: "penggunaan komersial tidak memerlukan izin", "untuk
        # tujuan komersial tanpa perlu meminta izin"
        + r"|"
        + _ID_COM
        + r"[^.;]{0,60}?\b(?:(?:tidak|tak)\s+(?:memerlukan|membutuhkan|perlu"
        r"|wajib|harus)|tanpa\s+(?:perlu|harus))\s+(?:\w+\s+){0,2}?(?:izin|ijin|persetujuan)\b"
        # may be used for business: "boleh digunakan secara bebas untuk tujuan bisnis"
        r"|(?<!tidak\s)\b(?:boleh|dapat|bisa|diperbolehkan|diizinkan)\s+(?:(?:di|meng)?(?:gunakan"
        r"|pakai|manfaatkan)|memakai|memanfaatkan)\w*(?:\s+\w+){0,4}?\s+(?:untuk|dalam|bagi)\s+"
        r"(?:tujuan\s+|keperluan\s+|kegiatan\s+)?(?:komersi[a]?l|bisnis|usaha|niaga)\b"
        # for any purpose: "untuk tujuan apa pun", "untuk segala tujuan", "untuk setiap keperluan"
        r"|\buntuk\s+(?:(?:tujuan|keperluan)\s+apa\s*pun|segala\s+(?:tujuan|keperluan)"
        r"|setiap\s+(?:tujuan|keperluan))\b(?!\s+" + _ID_PURPOSE_KIND + r")"
    ),
    both=_re(
        r"(?<!non-)(?<!non\s)\bkomersi[a]?l\w*\s+(?:maupun|dan|atau)\s+non-?\s?komersi"
        r"|\bnon-?\s?komersi[a]?l\w*\s+(?:maupun|dan|atau)\s+komersi"
        r"|\bterlepas\s+dari\b[^.;]{0,40}?komersi"
        # business or otherwise, or not: "komersial atau tidak", "usaha maupun bukan"
        r"|(?<!non-)(?<!non\s)\b(?:komersi[a]?l\w*|bisnis|usaha|niaga)\s+(?:atau|maupun|ataupun)\s+"
        r"(?:tidak|bukan|lainnya|sebaliknya)\b"
    ),
    unrestricted=_re(r"\btanpa\s+(?:batasan|pembatasan|larangan)\b" + _GAP + _ID_COM),
    research=_re(
        r"\b(?:hanya|semata-mata|khusus|terbatas\s+pada)\b[^.;]{0,40}?(?:penelitian|riset"
        r"|akademik|ilmiah|pendidikan)\w*"
        # "saja" (only) after the purpose: "untuk penelitian saja"
        r"|\b(?:penelitian|riset|akademik|ilmiah|pendidikan)\w*[^.;]{0,20}?\bsaja\b"
    ),
    personal=_re(
        r"\b(?:hanya|semata-mata|khusus|terbatas\s+pada)\b[^.;]{0,50}?\b(?:pribadi|perorangan"
        r"|perseorangan)\w*|\b(?:pribadi|perorangan|perseorangan)\w*[^.;]{0,20}?\bsaja\b"
    ),
    mau=_re(
        r"\bpengguna\s+aktif\s+(?:bulanan|per\s+bulan|setiap\s+bulan|tiap\s+bulan)|\bMAU\b"
        # the month after the count: "pengguna aktif melebihi 2.000.000 dalam satu bulan"
        r"|\bpengguna\s+aktif\b(?=(?:[^.;]|\.\d){0,60}?\b(?:dalam\s+(?:satu\s+|se)?bulan|sebulan"
        r"|(?:per|setiap|tiap)\s+bulan)\b)"
    ),
    revenue=_re(r"\bpendapatan\b|\bomzet\b|\bpenghasilan\b|\bpenjualan\b"),
    annual=_re(
        r"\btahunan(?:nya)?\b|\bper\s+tahun\b|\bsetiap\s+tahun\b|\bdalam\s+(?:satu|1)\s+tahun\b"
    ),
    affiliates=_re(
        r"\bafiliasi\w*|\banak\s+perusahaan|\bperusahaan\s+(?:induk|terafiliasi|grup|sekelompok)"
        r"|\bgrup\s+usaha"
    ),
    laws=(
        (
            _re(
                r"\b(?:diatur|tunduk|berdasarkan|sesuai\s+dengan|ditafsirkan)[^.;]{0,40}?"
                r"\bhukum\s+(?:negara\s+)?(?:Republik\s+)?Indonesia"
            ),
            "ID",
        ),
    ),
    vocabulary=_re(
        r"lisensi|ketentuan|syarat|izin|dilarang|komersial|persetujuan|tanggung jawab|jaminan|hak"
        r"|perjanjian|batas"
    ),
    restrictive=_re(r"\b(?:tidak|hanya|dilarang|komersial|izin|harus|kecuali|namun)\b"),
    license_noun=_re(r"lisensi|license|licence"),
    other_work=_re(r"\bdataset\b|\bkumpulan\s+data|\bdata\b|\bmodel\s+dasar|\bkode\b"),
    this_model=_re(r"\bmodel\s+ini\b|\bbobot\b"),
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
ID = with_either_way(ID, "id")
