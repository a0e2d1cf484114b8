"""The cues of `terms.foreign` in Romanian, Hungarian and Finnish. See `foreign_cues` for what
each pattern is.

Written from the general shapes of such clauses, as for the other languages: a grant "for any
purpose, commercial included" (în orice scop, inclusiv comercial / bármilyen célra, üzleti célra
is / mihin tahansa tarkoitukseen, myös kaupallisesti), a grant confined to non-commercial,
research or personal ends (exclusiv în scop necomercial / kizárólag tudományos kutatásra /
ainoastaan tieteelliseen tutkimukseen), a ban on commercial use ("utilizarea comercială este
interzisă", "kereskedelmi célra tilos", "ei saa käyttää kaupallisesti"), commercial use that
needs the licensor's consent (fără acordul scris / írásos engedélye nélkül / ilman kirjallista
lupaa), a cap on monthly active users or on revenue, and the law that governs. Hungarian and
Finnish put "without" after its noun (engedély nélkül) or before it (ilman lupaa).
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_cap_words_s38eu2 import RO_TURNOVER
from auditor.licenses.terms.foreign_cues import Cues

_FLAGS = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, _FLAGS)


_GAP = r"[^.;]{0,100}?"  # within one clause

# --- Romanian ----------------------------------------------------------------------------------

_RO_COM = r"\b(?:comercial\w*|lucrativ\w*)"  # "necomercial": no \b before "comercial"
_RO_NON = r"\b(?:necomercial\w*|non-?comercial\w*|fără\s+scop\s+(?:lucrativ|comercial|patrimonial))"
_RO_BAN = (
    r"\b(?:interzis\w*|se\s+interzice|nu\s+(?:este|sunt)\s+(?:permis\w*|autorizat\w*)"
    r"|nu\s+(?:aveți|aveti)\s+dreptul|nu\s+(?:puteți|puteti|poate|pot|se\s+poate))"
)
_RO_CONSENT = r"(?:acord\w*|consimț\w*|permisiun\w*|autorizați\w*|licen[țţt]\w*|aprobar\w*)"
_RO_WITHOUT = r"\bfără\s+[^.;]{0,40}?"
_RO_NEED = r"\b(?:necesită|necesar\w*|este\s+nevoie|trebuie|obține\w*|solicit\w*)\b"
_RO_KIND = r"(?:de\s+)?(?:cercetar|științific|academic|educați|didactic|necomercial|personal)"

RO = Cues(
    prohibited=_re(_RO_NON + "|" + _RO_BAN + _GAP + _RO_COM + "|" + _RO_COM + _GAP + _RO_BAN),
    restricted=_re(
        _RO_COM
        + r"[^.;]{0,80}?"
        + _RO_NEED
        + r"[^.;]{0,40}?"
        + _RO_CONSENT
        + "|"
        + _RO_WITHOUT
        + _RO_CONSENT
        + _GAP
        + _RO_COM
        + "|"
        + _RO_COM
        + _GAP
        + _RO_WITHOUT
        + _RO_CONSENT
        + r"|\blicen[țţt]\w*\s+comercial\w*"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "inclusiv în scop comercial", "chiar și
        # comercial", "utilizarea comercială este permisă"
        r"\b(?:inclusiv|chiar\s+și|precum\s+și)\s+(?:în\s+|pentru\s+)?(?:scop(?:uri)?\s+)?"
        r"(?:comercial\w*|lucrativ\w*)"
        # ... in business activity: "inclusiv în activități comerciale", "și în cadrul
        # afacerilor", "inclusiv pentru activitatea de afaceri", "chiar și în scop de profit"
        r"|\b(?:inclusiv|chiar\s+și|și)\s+(?:în|pentru|în\s+cadrul)\s+(?:\w+\s+){0,2}?"
        r"(?:activit[ăa][țţ]\w*|opera[țţ]iun\w*|utiliz[ăa]r\w*)\s+(?:de\s+)?(?:comercial\w*"
        r"|lucrativ\w*|afaceri)"
        r"|\b(?:inclusiv|chiar\s+și)\s+(?:în|pentru|în\s+cadrul)\s+(?:afacer\w*|scop\s+de\s+profit"
        r"|activitatea\s+de\s+afaceri)"
        r"|\butilizarea\s+comercial\w*\s+(?:este\s+)?(?:permis\w*|autorizat\w*)\b"
        r"(?!\s+(?:numai|doar|cu|după|dacă|sub))"
        # for any purpose: "în orice scop", "pentru orice scopuri", "în toate scopurile"
        r"|\b(?:în|pentru)\s+(?:orice\s+scop\w*|toate\s+scopurile)\b(?!\s+" + _RO_KIND + r")"
        r"(?![^.;]{0,20}?\b(?:cu\s+excepția|exceptând|în\s+afară)\b)"
    ),
    both=_re(
        r"\bcomercial\w*\s+(?:și|sau)\s+necomercial|\bnecomercial\w*\s+(?:și|sau)\s+comercial"
        r"|\bindiferent\s+dacă\b[^.;]{0,40}?comercial"
    ),
    unrestricted=_re(r"\bfără\s+(?:nicio\s+|vreo\s+)?(?:restricți|limitar)\w*" + _GAP + _RO_COM),
    research=_re(
        r"\b(?:exclusiv|numai|doar|strict)\b"
        # not an institution of research ("numai instituțiilor de cercetare")
        r"(?![^.;]{0,40}?\b(?:institu[țţt]|organiza[țţt]|universit|centr)\w*\s+(?:de\s+)?"
        r"(?:cercetar|științific|academic|educați|didactic))"
        r"[^.;]{0,40}?(?:cercetar|științific|academic|educați|didactic)\w*"
    ),
    personal=_re(r"\b(?:exclusiv|numai|doar)\b[^.;]{0,30}?\b(?:personal|privat)\w*"),
    mau=_re(
        r"\butilizatori\w*\s+activi\s+lunar\w*|\butilizatori\w*\s+activi\s+(?:pe|în\s+fiecare)"
        r"\s+lună|\bMAU\b"
    ),
    revenue=_re(r"\bcifr\w*\s+de\s+afaceri|\bvenit\w*|\bîncasări\w*|" + RO_TURNOVER),
    annual=_re(r"\banual\w*|\bpe\s+an\b|\bîntr-un\s+an\b|\bexercițiu\w*\s+financiar"),
    affiliates=_re(r"\bafiliat\w*|\bfilial\w*|\bgrup\w*\s+de\s+(?:societăți|companii)"),
    laws=(
        (
            _re(r"\b(?:legea|legii|legislați\w*|dreptul|dreptului)\s+(?:român\w*|din\s+România)"),
            "RO",
        ),
    ),
    vocabulary=_re(
        r"licen[țţt]|condiți|permis|interzis|comercial|acord|răspunder|garanți|drept|restricți"
        r"|contract"
    ),
    restrictive=_re(
        r"\b(?:nu|numai|doar|exclusiv|interzis\w*|comercial\w*|necomercial\w*|acord\w*|trebuie"
        r"|excepția)\b"
    ),
    license_noun=_re(r"licen[țţt]\w*|license"),
    other_work=_re(r"\bset\w*\s+de\s+date|\bdate(?:le)?\b|\bmodel\w*\s+de\s+bază|\bcod\w*"),
    this_model=_re(r"\bmodelul\b|\bacest\s+model\b|\bponderi\w*"),
)

# --- Hungarian ---------------------------------------------------------------------------------

_HU_COM = r"(?<!nem\s)(?<!nem-)\b(?:kereskedelmi|üzleti|profitszerzési|haszonszerzési)\w*"
_HU_NON = r"\bnem[- ]?(?:kereskedelmi|üzleti|profitorientált)\w*|\bnonprofit\w*"
_HU_BAN = (
    r"\b(?:tilos\w*|tiltott\w*|megtilt\w*|nem\s+(?:szabad|lehet|használható|használhat\w*"
    r"|engedélyezett|megengedett|jogosult|jogosít\w*|terjed\s+ki))"
)
_HU_CONSENT = r"(?:hozzájárulás\w*|engedély\w*|jóváhagyás\w*|licenc\w*|szerződés\w*)"
_HU_NEED = r"\b(?:szükséges|kell|köteles|igényel|kérni|beszerez\w*)\b"

HU = Cues(
    prohibited=_re(_HU_NON + "|" + _HU_BAN + _GAP + _HU_COM + "|" + _HU_COM + _GAP + _HU_BAN),
    restricted=_re(
        _HU_COM
        + r"[^.;]{0,80}?"
        + _HU_CONSENT
        + r"[^.;]{0,40}?"
        + _HU_NEED
        + "|"
        + _HU_COM
        + r"[^.;]{0,80}?"
        + _HU_NEED
        + r"[^.;]{0,40}?"
        + _HU_CONSENT
        + "|"
        + _HU_CONSENT
        + r"\s+nélkül"
        + _GAP
        + _HU_COM
        + "|"
        + _HU_COM
        + _GAP
        + _HU_CONSENT
        + r"\s+nélkül"
        + r"|\bkereskedelmi\s+licenc\w*"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "üzleti célra is", "ideértve a kereskedelmi
        # felhasználást", "a kereskedelmi felhasználás megengedett"
        _HU_COM + r"\s+(?:célr[ae]|célokra|felhasználásra|célú\s+felhasználásra)\s+is\b"
        r"|\b(?:ideértve|beleértve)\s+(?:a\s+|az\s+)?(?:kereskedelmi|üzleti)"
        r"|(?<!nem\s)\bkereskedelmi\s+felhasználás\w*\s+(?:is\s+)?(?:megengedett|engedélyezett)\b"
        # for any purpose: "bármilyen célra", "bármely célra", "minden célra"
        r"|\b(?:bármilyen|bármely|minden)\s+célr[ae]\b"
        r"(?![^.;]{0,20}?\bkivéve\b)"
    ),
    both=_re(
        r"(?<!nem\s)\bkereskedelmi\w*\s+(?:és|vagy)\s+nem[- ]?kereskedelmi"
        r"|\bnem[- ]?kereskedelmi\w*\s+(?:és|vagy)\s+kereskedelmi"
        r"|\bfüggetlenül\b[^.;]{0,40}?kereskedelmi|kereskedelmi[^.;]{0,40}?\bfüggetlenül\b"
    ),
    unrestricted=_re(r"\bkorlátozás\w*\s+nélkül" + _GAP + _HU_COM),
    research=_re(
        r"\b(?:kizárólag|csak|csupán|kizárólagosan)\b[^.;]{0,40}?(?:kutatás|tudományos"
        r"|akadémiai|oktatás)"
        # not an institution of research ("tudományos intézmények", "oktatási intézmény")
        r"(?!\w*?(?:intézet|intézmény|szervezet))(?!\w*\s+\w*?(?:intézmény|intézet|szervezet"
        r"|központ))\w*"
    ),
    personal=_re(r"\b(?:kizárólag|csak|csupán)\b[^.;]{0,30}?\b(?:személyes|magán)\w*"),
    mau=_re(
        r"\bhavi\s+aktív\s+felhasználó\w*|\baktív\s+felhasználó\w*\s+(?:havonta|havonként)"
        r"|\bMAU\b"
    ),
    revenue=_re(r"\bárbevétel\w*|\bbevétel\w*|\bforgalm\w*"),
    annual=_re(r"\béves\b|\bévi\b|\bévente\b|\bpénzügyi\s+év\w*|\begy\s+év\s+alatt"),
    affiliates=_re(r"\bkapcsolt\s+vállalkozás\w*|\bleányvállalat\w*|\bvállalatcsoport\w*"),
    laws=(
        (
            _re(
                r"\bmagyar\s+jog\w*\s+(?:az\s+)?(?:irányadó|alkalmazandó)|\birányadó\s+jog\w*"
                r"\s+a\s+magyar|\bmagyar\s+jog\s+szerint|\bmagyar\s+jogszabály\w*\s+(?:az\s+)?"
                r"irányadó"
                # the law of Hungary applied, in any order: "Magyarország jogát kell alkalmazni"
                r"|\b(?:magyar|Magyarország\w*)\s+(?:jog\w*|jogszabály\w*)\b[^.;]{0,30}?"
                r"\b(?:irányadó|alkalmaz\w*)"
            ),
            "HU",
        ),
    ),
    vocabulary=_re(
        r"engedély|licenc|feltétel|tilos|kereskedelmi|üzleti|hozzájárul|felelősség|garancia"
        r"|\bjog|korlátoz|szerződés"
    ),
    restrictive=_re(
        r"\b(?:nem|tilos\w*|csak|kizárólag|kereskedelmi\w*|üzleti\w*|kell|köteles|kivéve"
        r"|engedély\w*)\b"
    ),
    license_noun=_re(r"licenc\w*|engedély\w*|license"),
    other_work=_re(r"\badatkészlet\w*|\badat\w*|\balapmodell\w*|\bforráskód\w*|\bkód\w*"),
    this_model=_re(r"\bmodell\w*|\bsúly\w*"),
)

# --- Finnish -----------------------------------------------------------------------------------

_FI_COM = r"(?<!ei-)(?<!ei\s)\b(?:kaupalli\w*|liiketoiminn\w*|ansiotarkoitu\w*)"
_FI_NON = r"\b(?:ei[- ]kaupalli\w*|epäkaupalli\w*|voittoa\s+tavoittelemat\w*)"
_FI_BAN = (
    r"\b(?:kielle\w*|kielto\w*|ei\s+saa|eikä\s+saa|ei\s+ole\s+sallittu|ei\s+sallita"
    r"|ei\s+voi|ei\s+tule|ei\s+(?:oikeuta|kata)|ei\s+anna\s+oikeutta)"
)
_FI_CONSENT = r"(?:lupa\w*|luva\w*|suostumu\w*|hyväksyn\w*|lisenssi\w*|sopimu\w*)"
_FI_WITHOUT = r"\bilman\s+[^.;]{0,40}?"
_FI_NEED = (
    r"\b(?:edellyttää|edellytetään|vaatii|vaaditaan|tarvitaan|on\s+hankittava|täytyy|hankki\w*)\b"
)

FI = Cues(
    prohibited=_re(_FI_NON + "|" + _FI_BAN + _GAP + _FI_COM + "|" + _FI_COM + _GAP + _FI_BAN),
    restricted=_re(
        _FI_COM
        + r"[^.;]{0,80}?"
        + _FI_NEED
        + r"[^.;]{0,40}?"
        + _FI_CONSENT
        + "|"
        + _FI_COM
        + r"[^.;]{0,80}?"
        + _FI_CONSENT
        + r"[^.;]{0,40}?"
        + _FI_NEED
        + "|"
        + _FI_WITHOUT
        + _FI_CONSENT
        + _GAP
        + _FI_COM
        + "|"
        + _FI_COM
        + _GAP
        + _FI_WITHOUT
        + _FI_CONSENT
        + r"|\bkaupallinen\s+lisenssi\w*"
    ),
    allowed=_re(
        # a grant that includes commercial ends: "myös kaupallisesti", "mukaan lukien
        # kaupallinen käyttö", "kaupallinen käyttö on sallittu"
        r"\b(?:myös|mukaan\s+lukien|mukaan\s+luettuna)\s+(?:kaupalli\w*|liiketoiminn\w*)"
        r"|\bkaupalli\w*\s+käyttö\w*\s+mukaan\s+lu\w*"
        r"|(?<!ei\s)\bkaupallinen\s+käyttö\s+on\s+sallittu\b(?!\s+(?:vain|ainoastaan|jos))"
        # for any purpose: "mihin tahansa tarkoitukseen", "kaikkiin tarkoituksiin"
        r"|\b(?:mihin\s+tahansa\s+tarkoitukseen|mihin\s+tarkoitukseen\s+tahansa"
        r"|kaikkiin\s+tarkoituksiin)\b(?![^.;]{0,20}?\b(?:paitsi|lukuun\s+ottamatta)\b)"
    ),
    both=_re(
        r"(?<!ei-)\bkaupalli\w*\s+(?:ja|tai)\s+ei-kaupalli|\bei-kaupalli\w*\s+(?:ja|tai)\s+kaupalli"
        r"|\briippumatta\b[^.;]{0,40}?kaupalli|kaupalli[^.;]{0,40}?\briippumatta\b"
    ),
    unrestricted=_re(r"\bilman\s+(?:mitään\s+)?rajoitu\w*" + _GAP + _FI_COM),
    research=_re(
        r"\b(?:ainoastaan|vain|yksinomaan|pelkästään)\b[^.;]{0,40}?(?:tutkimu|tieteelli"
        r"|akateemi|opetu|koulutu)"
        # not an institution of research ("tutkimuslaitoksille", "tieteellisille yhteisöille")
        r"(?!\w*?(?:laito|organisaati|instituu|yksikö|keskus))(?!\w*\s+\w*?(?:laito|organisaati"
        r"|instituu|yhteisö|yksikö))\w*"
    ),
    personal=_re(
        r"\b(?:ainoastaan|vain|yksinomaan|pelkästään)\b[^.;]{0,30}?\b(?:henkilökohtai|yksityi)\w*"
    ),
    mau=_re(
        r"\bkuukausittai\w*\s+aktiivi\w*\s+käyttäj\w*|\baktiivi\w*\s+käyttäj\w*\s+kuukaudessa"
        r"|\bMAU\b"
    ),
    revenue=_re(r"\bliikevaih\w*|\bmyyntitulo\w*|\btulot\b|\btuloja\b"),
    annual=_re(r"\bvuosittai\w*|\bvuodessa\b|\bvuoden\s+aikana|\btilikau\w*|\bvuotui\w*"),
    affiliates=_re(r"\bkonserni\w*|\btytäryhtiö\w*|\bsidosyhtiö\w*|\bsidosyri\w*"),
    laws=(
        (
            _re(
                r"\bsovelletaan\s+Suomen\s+la\w*|\bSuomen\s+la\w*\s+(?:mukaan|sovelletaan)"
                r"|\bSuomen\s+lainsäädän\w*"
            ),
            "FI",
        ),
    ),
    vocabulary=_re(
        r"lisenssi|käyttölup|käyttöluv|ehto|ehdot|sallit|kielle|kaupalli|lupa|suostumu|vastuu"
        r"|takuu|oikeu|rajoitu|sopimu"
    ),
    restrictive=_re(
        r"\b(?:ei|eikä|vain|ainoastaan|yksinomaan|kielle\w*|kaupalli\w*|lupa\w*|täytyy|paitsi"
        r"|saa)\b"
    ),
    license_noun=_re(r"lisenssi\w*|käyttölup\w*|käyttöluv\w*|license"),
    other_work=_re(r"\b(?:tieto)?aineisto\w*|\bdata\w*|\bperusmalli\w*|\b(?:lähde)?koodi\w*"),
    this_model=_re(r"\bmalli\w*|\bpainot\b|\bpainoj\w*"),
)
