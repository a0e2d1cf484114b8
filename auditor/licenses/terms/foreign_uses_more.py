"""More harm words for `foreign_uses`: the items most use policies list beside the graver harms
(harassment, defamation, malware, infringing intellectual property, impersonation, spam) in
Polish, German, Turkish, Spanish and French, and further shapes of harms `foreign_uses` reads in
Polish and German (breaking the law, watching or profiling people, identifying people by their
face, gait or voice, sexualised images, content misleading about facts) and Indonesian
(watching, tracking or profiling people, wiretapping); and elections, campaigns and political
propaganda in every language read there (`foreign_harms_election`). Each sets the tag the
English rule of that harm sets (license_db/clause_rules/use_restrictions.yaml), read, as there,
in one clause with a ban word, or as an item of a list a ban introduces (`foreign_lists`:
"Zabrania się korzystania z Modelu w celu:" then "3) nękania lub zniesławiania innych osób;").
"""

from __future__ import annotations

from collections.abc import Mapping

from auditor.licenses.terms.foreign_harms_election import ELECTION_HARMS

# a count or a statistic of people is no watching of them ("śledzenie liczby osób")
_NOT_COUNTED = r"(?:(?!liczb|statysty)[^.;]){0,80}?"
_NOT_COUNTED_ID = r"(?:(?!jumlah|statistik|banyaknya)[^.;]){0,80}?"
_BODY_DE = (
    r"(?:Gesicht\w*|Gangs?|Gangbild\w*|Stimme\w*|Fingerabdr\w*|Iris|Netzhaut|Körpermerkmal\w*)"
)
_RIGHTS_DE = r"(?:Urheberrecht\w*|geistig\w*\s+Eigentum\w*|Patent\w*|Markenrecht\w*|Schutzrecht\w*)"
_IDENTIFY_DE = r"(?:identifizier|wiedererkenn|erkenn|verifizier|authentifizier|überprüf)\w*"

MORE_HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        # "naruszania przepisów prawa" (not "praw autorskich": the rights of others)
        "pl": r"\bnarusz\w*\s+(?:\w+\s+){0,2}?(?:przepisów|prawa\b(?!\s+(?:autorsk|własności))"
        r"|ustaw\w*)|\bniezgodn\w*\s+z\s+(?:\w+\s+){0,2}?(?:przepisami|prawem|ustaw\w*)",
        "de": r"\bgegen\s+(?:\w+\s+){0,3}?(?:Recht|Gesetz\w*|Vorschrift\w*)\s+(?:zu\s+)?"
        r"versto(?:ß|ss)\w*",
    },
    "surveillance": {
        "pl": r"\b(?:monitorowa|śledz|profilowa|inwigilowa|namierza|obserwowa)\w*\b"
        + _NOT_COUNTED
        + r"\b(?:os(?:ób|oby|obę|obami)|ludzi|obywateli|pracowników)\b",
        # watching, tracking or profiling people ("memantau, melacak, atau memprofilkan orang",
        # "pemantauan karyawan secara diam-diam"), wiretapping (not a count: "jumlah orang")
        "id": r"\b(?:memantau|melacak|memprofilkan|membuntuti|menguntit|mengintai|mengawasi"
        r"|pemantauan|pelacakan|pemrofilan|pembuntutan|penguntitan|pengintaian)\b"
        + _NOT_COUNTED_ID
        + r"\b(?:orang|individu|karyawan|pegawai|pekerja|buruh|warga|penduduk|seseorang"
        r"|masyarakat|pelanggan|konsumen)\b|\b(?:menyadap|penyadapan)\b",
    },
    "biometric-identification": {
        "pl": r"\b(?:identyfik|rozpozn|weryfik)\w*\s+(?:\w+\s+){0,4}?(?:os(?:ób|oby|obę)|ludzi)\b"
        r"[^.;]{0,60}?\b(?:twarz\w*|głos\w*|chodu|chód|odcisk\w*\s+palc\w*|tęczówk\w*)",
        # the body part first ("anhand ihres Gesichts ... zu identifizieren") or after the verb
        "de": rf"\b(?:anhand|über|durch|mittels|aufgrund)\b[^.;]{{0,40}}?\b{_BODY_DE}\b"
        rf"[^.;]{{0,80}}?\b{_IDENTIFY_DE}|\b{_IDENTIFY_DE}\b[^.;]{{0,60}}?"
        rf"\b(?:anhand|über|durch|mittels)\b[^.;]{{0,40}}?\b{_BODY_DE}",
    },
    # discriminating against people with the verb's prefix ("mendiskriminasi orang")
    "discrimination": {"id": r"\b(?:mendiskriminasi\w*|pendiskriminasian)\b"},
    "sexual-content": {
        "pl": r"\bseksualizowan\w*|\bseksualizując\w*|\bseksualizacj\w*",
        "de": r"\bsexualisier\w*",
    },
    "disinformation": {
        "pl": r"\b(?:treś|informacj|wiadomoś|tekst)\w*\s+(?:\w+\s+){0,2}?wprowadzając\w*\s+w"
        r"\s+błąd",
        "de": r"\birreführend\w*\s+(?:Inhalt|Information|Nachricht|Behauptung)\w*",
    },
    "harassment": {
        "pl": r"\bnęka\w*|\bprześladow\w*|\bmobbing\w*|\bzastrasz\w*",
        "de": r"\bbelästig\w*|\bMobbing\b|\bStalking\b|\bnachzustellen\b|\beinzuschüchtern\b"
        r"|\bEinschüchterung\w*",
        "tr": r"\btaciz\w*|\bzorbalık\w*|\bısrarlı\s+takip\w*",
        "es": r"\bacos\w*|\bhostiga\w*|\bintimida\w*",
        "fr": r"\bharcel\w*|\bharcèlement\w*|\bintimid\w*",
    },
    "defamation": {
        "pl": r"\bzniesławi\w*|\bpomawia\w*|\boszczerst\w*",
        "de": r"\bverleumd\w*|\büble\s+Nachrede|\bdiffamier\w*|\brufschädig\w*",
        "tr": r"\biftira\w*|\bkarala\w*|\bhakaret\w*",
        "es": r"\bdifama\w*|\bcalumni\w*",
        "fr": r"\bdiffam\w*|\bcalomni\w*",
    },
    "generate-malware": {
        "pl": r"\bzłośliw\w*\s+oprogramowa\w*|\bmalware\b|\bransomware\b|\bwirus\w*\s+komputer\w*",
        "de": r"\bSchadsoftware\w*|\bSchadcode\w*|\bMalware\b|\bRansomware\b|\bComputervir\w*",
        "tr": r"\b(?:kötü\s+amaçlı|zararlı)\s+(?:yazılım|kod)\w*|\bfidye\s+yazılım\w*|\bmalware\b",
        "es": r"\bmalware\b|\bransomware\b|\b(?:software|código)\s+malicioso|\bvirus\s+informático",
        "fr": r"\blogiciels?\s+malveillants?|\bcodes?\s+malveillants?|\bmalware\b|\bransomware\b"
        r"|\bvirus\s+informatiques?",
    },
    "ip-infringement": {
        "pl": r"\bnarusz\w*\s+(?:\w+\s+){0,2}?praw\w*\s+(?:własności\s+intelektualnej|autorsk\w*"
        r"|do\s+znaków|patentow\w*)|\bpiractw\w*",
        "de": rf"\b{_RIGHTS_DE}\b[^.;]{{0,60}}?\bverletz\w*"
        rf"|\bverletz\w*\b[^.;]{{0,60}}?\b{_RIGHTS_DE}",
        "tr": r"\b(?:fikri\s+mülkiyet|telif|patent|marka)\w*\s+(?:\w+\s+){0,2}?ihla\w*",
        "es": r"\b(?:infring|vulner|viol)\w*[^.;]{0,60}?\b(?:propiedad\s+intelectual|derechos?\s+de"
        r"\s+autor|patentes?)",
        "fr": r"\b(?:viol|enfrei|porter\s+atteinte)\w*[^.;]{0,60}?\b(?:propriété\s+intellectuelle"
        r"|droits?\s+d'auteur|brevets?)|\bcontrefaçon\w*",
    },
    "impersonation": {
        "pl": r"\bpodszywa\w*|\bpodszyci\w*|\bpodawa\w*\s+się\s+za|\bdeepfake\w*",
        "de": r"\bsich\s+(?:[\w-]+\s+){0,4}?als\s+(?:[\w-]+\s+){0,4}?aus(?:zu)?geb\w*"
        r"|\bIdentitätsdiebstahl\w*|\bDeepfake\w*",
        "tr": r"\bkimliğ\w*\s+bürün\w*|\bbaşka(?:sı|larının)?\s+(?:\w+\s+){0,2}?yerine\s+geç\w*"
        r"|\bdeepfake\w*",
        "es": r"\bsuplant\w*|\bhacerse\s+pasar\s+por|\bdeepfake\w*",
        "fr": r"\busurp\w*\s+(?:l'|d'|de\s+l')?identit\w*|\bse\s+faire\s+passer\s+pour"
        r"|\bdeepfake\w*",
    },
    "spam": {
        "pl": r"\bspam\w*|\bniezamówion\w*|\bniezamawian\w*|\bniechcian\w*\s+(?:wiadomoś|informacj"
        r"|reklam|korespondencj)\w*",
        "de": r"\bSpam\w*|\b(?:unerwünscht|unverlangt|unaufgefordert)\w*\s+(?:\w+\s+)?(?:Werbung"
        r"|Nachrichten|E-Mails|Werbe\w*)",
        "tr": r"\bspam\w*|\bistenmeyen\s+(?:ileti|mesaj|e-posta|reklam|ticari)\w*",
        "es": r"\bspam\b|\bcorreo\s+basura|\b(?:mensajes|publicidad|comunicaciones|correos?)\b"
        r"[^.;]{0,30}?\bno\s+solicitad\w*",
        "fr": r"\bspam\w*|\bpourriel\w*|\b(?:messages|publicités?|communications|sollicitations)\b"
        r"[^.;]{0,30}?\bnon\s+sollicité\w*",
    },
    "election-interference": ELECTION_HARMS,  # `foreign_harms_election`
}
"""tag -> language -> harm words, beside `foreign_uses`'s own (`with_more_harms`)."""


def with_more_harms(harms: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with `MORE_HARMS` added: a language's words for a
    tag it already has are joined to them; new tags come last, in the order above."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    for tag, words in MORE_HARMS.items():
        known = merged.setdefault(tag, {})
        for language, pattern in words.items():
            known[language] = f"{known[language]}|{pattern}" if language in known else pattern
    return merged
