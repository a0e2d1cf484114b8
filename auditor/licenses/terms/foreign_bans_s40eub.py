"""Bans and routes of South Slavic, Albanian and Greek licences, and end users spared by an
exclusion (session 40, second European helper), for `foreign_passages_s40eub`.

- Advice of a profession banned (Macedonian, Serbian, Bulgarian in Cyrillic; Serbian, Croatian,
  Bosnian in Latin letters): a ban ("не смее", "ne sme", "zabranjeno") on medical or legal
  advice ("медицински совети", "pravnih saveta", a patients' triage). Said to hold even when a
  licensed professional runs the model ("дури ни кога ... лекар", "čak i kada ... advokat"):
  `medical-advice` / `legal-advice`, an outright ban; confined to advice no professional gives
  ("licima kojima ih ne pruža advokat", "osim ako ... lekar", "bez nadzora lekara"):
  `unlicensed-professional-practice`; a profession named in any other way: unread. Outputs
  banned from being passed off as a court's or a professional's opinion ("izlazi ... ne smeju
  se predstavljati kao mišljenje suda"): `impersonation`.
- Every other use needing a separate licence or the licensor's permission (Albanian "Çdo
  përdorim tjetër ... kërkon një licencë të veçantë"), after a grant for research: commercial
  use `restricted` on `separate-license` (`written-permission` for a permission); research said
  to be anyone's, companies named as included ("Kushdo, përfshirë shoqëritë tregtare, mund ta
  përdorë modelin për kërkime"): `use_scope` `research-by-anyone`, never a commercial grant.
- Greek: commercial use or exploitation allowed only with a separate contract or licence
  ("Η Εμπορική Εκμετάλλευση επιτρέπεται μόνο με χωριστή σύμβαση"): `restricted` on
  `separate-license`, on written permission: `written-permission`; the licensee's internal use
  said not to be commercial ("Η χρήση εντός του οργανισμού ... δεν αποτελεί Εμπορική
  Εκμετάλλευση"): `internal-use-by-anyone`.
- End users of services others offer said not excluded or affected by an exclusion ("Končni
  uporabniki ... niso izključeni", "Les utilisateurs finaux ... n'en sont pas affectés"): read,
  no term (the exclusion read elsewhere stays as strict as it was).

A shape holding a word it does not handle (an exception, a condition) leaves the passage unread.
Pure.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause

__all__ = ["read_bans_s40eub"]

_FLAGS = re.IGNORECASE


def _p(source: str) -> re.Pattern[str]:
    return lazy_pattern(source, _FLAGS)


# --- advice of a profession -----------------------------------------------------------------
_BAN = _p(
    r"\bне\s+(?:смее|смеат|сме|смеју|смије|бива|трябва)\b|\bзабран\w*"
    r"|\bne\s+(?:sme|smeju|smije|smiju|smeju)\b|\bzabran\w*"
)
_BAN_DENIED = _p(
    r"\b(?:nisu|nije|не\s+е|не\s+са|нису|није|не\s+се)\s+zabran\w*|\b(?:nisu|nije)\s+zabran\w*"
    r"|\b(?:не\s+е|не\s+са|нису|није|не\s+се)\s+забран\w*"
)
_MEDICAL = _p(
    r"\bмедицинск\w*\s+(?:совет|савет|съвет)\w*|\bтри[јя]аж\w*"
    r"|\bmedicinsk\w*\s+(?:savet|savjet)\w*|\btrija[žz]\w*"
)
_LEGAL = _p(r"\bправн\w*\s+(?:совет|савет|съвет)\w*|\bpravn\w*\s+(?:savet|savjet)\w*")
_PROFESSION = _p(
    r"\b(?:лекар|лекари|доктор\w*|адвокат\w*|правник\w*|лиценциран\w*|овластен\w*|овлашћен\w*"
    r"|lekar\w*|liječnik\w*|ljekar\w*|doktor\w*|advokat\w*|odvjetnik\w*|ovlašćen\w*"
    r"|ovlašten\w*|licenciran\w*)"
)
_EVEN = _p(r"\bдури\s+(?:ни|и)\b|\bчак\s+(?:ни|и)\b|\bčak\s+(?:ni|i)\b|\bdori\s+(?:ni|i)\b")
_UNLESS = _p(r"\b(?:не|освен|без|изузев|осим)\b|\b(?:ne|osim|izuzev|bez|sem)\b")
# words a professional's ban does not read: another harm, a route, a cap
_OTHER = _p(
    r"\b(?:оруж\w*|oruž\w*|дозвол\w*|dozvol\w*|согласнос\w*|saglasnos\w*|suglasnos\w*"
    r"|комерци\w*|komercij\w*|корисни\w*|korisni\w*\s+mesečn\w*|освен\s+ако\s+не)\b"
)
_OUTPUTS = _p(
    r"^\W*(?:излез\w*|излаз\w*|резултат\w*|одговор\w*|izlaz\w*|rezultat\w*|odgovor\w*)"
    r"\s+(?:на\s+)?(?:модел\w*|model\w*)\s+(?:не\s+смеат|не\s+смеју|ne\s+smeju|ne\s+smiju"
    r"|ne\s+sme)\s+(?:да\s+)?(?:се|se)\s+(?:претставува\w*|представља\w*|predstavlja\w*)\s+"
    r"(?:како|као|kao)\s+(?:мислење|мишљење|mišljenje|odluk\w*|одлук\w*|stav\w*|став\w*)\s+"
    r"(?:на\s+)?(?:суд\w*|sud\w*|лекар\w*|lekar\w*|advokat\w*|адвокат\w*|стручњак\w*"
    r"|stručnjak\w*)\W*$"
)


def _advice(text: str) -> list[Clause] | None:
    if _BAN.search(text) is None or _OTHER.search(text) is not None:
        return None
    if _BAN_DENIED.search(text) is not None:
        return None  # "nisu zabranjeni": no ban
    searched = ((_MEDICAL.search(text), "medical-advice"), (_LEGAL.search(text), "legal-advice"))
    topics = [(m, tag) for m, tag in searched if m is not None]
    if not topics:
        return None
    first = min(m.end() for m, _ in topics)
    tail = text[first:]
    tags = [tag for _, tag in topics]
    if _PROFESSION.search(text) is None:
        return [Clause("use_restrictions", tags)]
    if _EVEN.search(tail) is not None:
        return [Clause("use_restrictions", tags)]
    if _UNLESS.search(tail) is not None and _PROFESSION.search(tail) is not None:
        return [Clause("use_restrictions", ["unlicensed-professional-practice"])]
    return None


# --- Albanian: research by anyone, every other use on a further licence -----------------------
_SQ_ANYONE = _p(
    r"^\W*(?:kushdo|çdokush|cilido)\b(?:,?\s+(?:përfshirë|duke\s+përfshirë|edhe)\s+(?:\w+\s+){0,2}"
    r"(?:shoqëri\w*|kompani\w*|ndërmarrj\w*|biznes\w*)(?:\s+tregtar\w*)?,?)?\s+mund\s+(?:ta\s+|të\s+)?"
    r"(?:përdor\w*|testoj\w*|vlerësoj\w*)\b[^.;]*?\bpër\s+(?:qëllime\s+)?(?:kërkim\w*|studim\w*)"
)
_SQ_NARROW = _p(r"\bnuk\b|\bmos\b|\bpa\b|\bvetëm\b|\bpërveç\b|\bndalo\w*|\bjo[- ]?tregtar\w*")
_SQ_OTHER_USE = _p(
    r"^\W*(?:çdo|të\s+gjitha)\s+(?:përdorim\w*|përdorime)\s+(?:tjetër|tjera|të\s+tjera)\b"
)
_SQ_NEEDS = _p(r"\b(?:kërkon|kërkojnë|kërkohet|duhet|kushtëzohet)\b")
_SQ_LICENCE = _p(r"\blicenc\w*\s+(?:të\s+)?(?:veçant\w*|ndar\w*|tregtar\w*|shtesë)|\bmarrëveshj\w*")
_SQ_PERMISSION = _p(r"\bleje\w*|\bmiratim\w*|\bpëlqim\w*|\bautorizim\w*")


def _albanian(text: str) -> list[Clause] | None:
    if _SQ_ANYONE.search(text) is not None and _SQ_NARROW.search(text) is None:
        return [Clause("use_scope", ["research-by-anyone"])]
    if _SQ_OTHER_USE.search(text) is None or _SQ_NEEDS.search(text) is None:
        return None
    if _SQ_NARROW.search(text) is not None:
        return None
    if _SQ_LICENCE.search(text) is not None:
        return [Clause("commercial_use", "restricted"), Clause(_CONDITIONS, ["separate-license"])]
    if _SQ_PERMISSION.search(text) is not None:
        return [Clause("commercial_use", "restricted"), Clause(_CONDITIONS, ["written-permission"])]
    return None


# --- Greek: commercial exploitation only with a separate contract ----------------------------
_EL_ONLY_WITH = _p(
    r"^\W*(?:η\s+)?εμπορικ\w*\s+(?:εκμετάλλευση|χρήση|αξιοποίηση)\b[^.;]{0,60}?"
    r"\bεπιτρέπεται\s+μόνο\s+(?:με|κατόπιν|υπό)\s+(?P<what>[^.;]+?)\W*$"
)
_EL_SEPARATE = _p(
    r"^(?:(?:χωριστ|ξεχωριστ|ειδικ|ιδιαίτερ)\w*\s+)?(?:σύμβαση|συμφωνία|άδεια\s+εμπορικ\w*)"
    r"|^(?:χωριστ|ξεχωριστ|ειδικ)\w*\s+άδει\w*"
)
_EL_WRITTEN = _p(r"^(?:(?:προηγούμεν|γραπτ|ρητ)\w*\s+){1,2}(?:άδεια|έγκριση|συναίνεση|συγκατάθεση)")
_EL_INTERNAL = _p(
    r"^\W*(?:η\s+)?χρήση\s+(?:του\s+μοντέλου\s+)?(?:εντός|μέσα\s+στ\w*)\s+(?:του\s+|της\s+)?"
    r"(?:οργανισμού|επιχείρησης|εταιρείας)\s+(?:του\s+|της\s+)?(?:αδειούχου|αδειοδόχου|χρήστη)\s+"
    r"δεν\s+(?:αποτελεί|συνιστά|θεωρείται)\s+(?:ως\s+)?εμπορικ\w*\s+(?:εκμετάλλευση|χρήση)\W*$"
)
# a plain grant, two acts and nothing else: read beside a passage naming commercial use
_EL_PLAIN = _p(
    r"^\W*(?:ο\s+αδειούχος|ο\s+αδειοδόχος|ο\s+χρήστης)\s+μπορεί\s+να\s+[^.;]*?"
    r"\b(?:το\s+μοντέλο|τα\s+βάρη)\W*$"
)
_EL_ACTS = _p(r"\bνα\s+(?:χρησιμοποιεί|τροποποιεί|αναπαράγει|διανέμει|προσαρμόζει|ενσωματώνει)\b")
_EL_GRANT_NARROW = _p(r"\bμόνο\b|\bεμπορικ\w*|\bέρευν\w*|\bπροσωπικ\w*|\bυπό\b|\bόρο\w*")
_PLAIN = [Clause("plain_grant", True)]  # a marker: `foreign_passages_s40eub` decides
_EL_NARROW = _p(r"\bδεν\b|\bμην?\b|\bεκτός\b|\bεφόσον\b|\bεάν\b|\bαν\b|\bέως\b|\bχρήστ\w*\s+μηνιαί")


def _greek(text: str) -> list[Clause] | None:
    if _EL_PLAIN.search(text) is not None and len(_EL_ACTS.findall(text)) >= 2:
        return None if _EL_NARROW.search(text) or _EL_GRANT_NARROW.search(text) else _PLAIN
    if _EL_INTERNAL.search(text) is not None:
        return [Clause("use_scope", ["internal-use-by-anyone"])]
    match = _EL_ONLY_WITH.search(text)
    if match is None or _EL_NARROW.search(text) is not None:
        return None
    what = match.group("what")
    if _EL_SEPARATE.search(what) is not None:
        return [Clause("commercial_use", "restricted"), Clause(_CONDITIONS, ["separate-license"])]
    if _EL_WRITTEN.search(what) is not None:
        return [Clause("commercial_use", "restricted"), Clause(_CONDITIONS, ["written-permission"])]
    return None


# --- end users spared by an exclusion of licensees ------------------------------------------
_END_USERS = _p(
    r"\bkončn\w*\s+uporabnik\w*|\butilisateurs?\s+fina(?:ux|ls?)\b|\busuarios?\s+finales?\b"
    r"|\butenti\s+finali\b|\bendnutzer\w*|\bendanwender\w*|\butilizadores?\s+finais\b"
    r"|\busuários?\s+finais\b|\bkrajnj\w*\s+korisni\w*|\bkoncov\w*\s+uživatel\w*"
    r"|\bużytkownic\w*\s+końcow\w*|\bкрајн\w*\s+корисни\w*|\bкрайн\w*\s+потребител\w*"
    r"|\bконечн\w*\s+корисни\w*"
)
_SPARED = _p(
    r"\b(?:niso|ni)\s+(?:izključen|prizadet|zajet)\w*"
    r"|\bn['’](?:en\s+|y\s+)?(?:sont|est)\s+pas\s+(?:affecté|concerné|visé|exclu)\w*"
    r"|\bne\s+sont\s+pas\s+(?:affecté|concerné|visé|exclu)\w*"
    r"|\bno\s+(?:están|quedan|resultan|son)\s+(?:excluid|afectad)\w*"
    r"|\bnon\s+(?:sono|risultano)\s+(?:esclus|interessat|colpit)\w*"
    r"|\b(?:sind|werden)\s+(?:davon\s+)?nicht\s+(?:ausgeschlossen|betroffen|erfasst)\b"
    r"|\bnão\s+(?:são|estão|ficam)\s+(?:excluíd|afetad|abrangid)\w*"
    r"|\bnisu\s+(?:isključen|obuhvaćen|pogođen)\w*|\bnejsou\s+(?:vyloučen|dotčen)\w*"
    r"|\bnie\s+są\s+(?:wyłączen|objęci|dotknięci)\w*|\bне\s+(?:се\s+)?(?:исклучени|искључени"
    r"|изключени|засегнати)\b"
)
# what else could be said of end users: a duty, a ban, a route
_END_NARROW = _p(
    r"\b(?:mora\w*|doivent|deben|devono|müssen|devem|moraju|musí|muszą|только|solo|seulement"
    r"|nur|sólo|samo|jen|tylko|unless|sauf|salvo|außer|osim|razen|kromě|except\w*)\b"
)


def _spared(text: str) -> list[Clause] | None:
    if _END_USERS.search(text) is None or _SPARED.search(text) is None:
        return None
    return None if _END_NARROW.search(text) else []


def read_bans_s40eub(text: str) -> list[Clause] | None:
    """The clauses one passage states by a shape above, or None."""
    for reader in (_advice, _albanian, _greek, _spared):
        clauses = reader(text)
        if clauses is not None:
            return clauses
    if _OUTPUTS.search(text) is not None:
        return [Clause("use_restrictions", ["impersonation"])]
    return None


_CONDITIONS = "commercial_use_conditions"
