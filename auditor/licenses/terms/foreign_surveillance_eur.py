"""Surveillance said by its parts in the European languages, for the harm tables of
`foreign_uses`, `foreign_six`, `foreign_ro_hu_fi` and `foreign_more`: a clause that watches,
tracks, records or intercepts (the act) people's activity, communications, location or
movements (the object), of workers, candidates, citizens or any persons (whom), or covertly,
without their knowledge, en masse (how), in any order ("registar às escondidas as conversas dos
colaboradores", "Standortdaten von Beschäftigten heimlich auswerten", "suivre à leur insu les
déplacements des salariés"). The act and two of the other three must stand in the clause:
an act on things alone ("die Aktivität des Modells protokollieren") is no surveillance.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["with_surveillance_eur"]

# language -> (act, object, whom, how)
_PARTS: dict[str, tuple[str, str, str, str]] = {
    "pt": (
        r"acompanh\w*|monitori\w*|vigi[ae]\w*|rastre\w*|regist[ae]r\w*|grav[ae]r\w*|intercet\w*"
        r"|intercept\w*|espi[ao]\w*|seguir|analis\w*|recolh\w*",
        r"atividade\w*|actividade\w*|comunicaç\w*|localizaç\w*|movimento\w*|deslocaç\w*"
        r"|conversa\w*|mensage\w*|correspondênci\w*|comportamento\w*|paradeiro|chamadas",
        r"trabalhador\w*|funcionári\w*|empregad\w*|colaborador\w*|candidat\w*|pessoas?"
        r"|cidadã\w*|indivíduos?|utilizador\w*|usuári\w*|clientes?|alunos?|estudantes?",
        r"ocult\w*|secret\w*|às\s+escondidas|clandestin\w*|encobert\w*|em\s+massa"
        r"|sem\s+(?:o\s+)?(?:seu\s+|respetivo\s+|respectivo\s+)?(?:conhecimento|consentimento)",
    ),
    "es": (
        r"monitor\w*|vigil\w*|rastre\w*|registr\w*|grab\w*|intercept\w*|espi\w*|segui\w*"
        r"|analiz\w*|recopil\w*|recab\w*",
        r"actividad\w*|comunicaci\w*|ubicaci\w*|localizaci\w*|movimiento\w*|desplazamiento\w*"
        r"|conversaci\w*|mensaje\w*|correspondencia|comportamiento\w*|paradero|llamadas",
        r"trabajador\w*|emplead\w*|candidat\w*|personas?|ciudadan\w*|individuos?|usuari\w*"
        r"|clientes?|alumn\w*|estudiantes?",
        r"ocult\w*|secret\w*|a\s+escondidas|encubiert\w*|clandestin\w*|masiv\w*|en\s+masa"
        r"|sin\s+(?:su\s+)?(?:conocimiento|consentimiento)",
    ),
    "ca": (
        r"vigil\w*|monitor\w*|rastre\w*|registr\w*|enregistr\w*|grav\w*|intercept\w*|espi\w*"
        r"|segui\w*|analitz\w*|recopil\w*",
        r"activitat\w*|comunicaci\w*|ubicaci\w*|localitzaci\w*|moviment\w*|desplaçament\w*"
        r"|conversa\w*|missatge\w*|correspondència|comportament\w*|trucades",
        r"treballador\w*|emplea\w*|candidat\w*|persones?|ciutadan\w*|individus?|usuari\w*"
        r"|clients?|alumn\w*|estudiants?",
        r"ocult\w*|secret\w*|d'amagat|encobert\w*|clandestin\w*|massiv\w*|en\s+massa"
        r"|sense\s+(?:el\s+)?(?:seu\s+)?(?:coneixement|consentiment)",
    ),
    "fr": (
        r"surveill\w*|suivre|suivi|pist\w*|enregistr\w*|intercept\w*|espionn\w*|traqu\w*"
        r"|analys\w*|collect\w*|géolocalis\w*",
        r"activités?|communications?|localisation\w*|positions?|déplacements?|conversations?"
        r"|messages?|correspondances?|comportements?|appels",
        r"salarié\w*|employé\w*|travailleu\w*|candidat\w*|personnes?|citoyen\w*|individus?"
        r"|utilisat\w*|clients?|élèves?|étudiant\w*",
        r"caché\w*|secrèt\w*|secret\w*|clandestin\w*|dissimul\w*|à\s+(?:leur|son)\s+insu"
        r"|sans\s+(?:leur|son)\s+(?:consentement|accord|connaissance)|de\s+masse",
    ),
    "it": (
        r"monitor\w*|sorvegli\w*|tracci\w*|registr\w*|intercett\w*|spia\w*|pedin\w*|analizz\w*"
        r"|raccogl\w*|seguire",
        r"attività|comunicazion\w*|posizion\w*|localizzazion\w*|spostament\w*|movimenti"
        r"|conversazion\w*|messagg\w*|corrispondenza|comportament\w*|chiamate",
        r"lavorator\w*|dipendent\w*|candidat\w*|persone|persona|cittadin\w*|individu\w*"
        r"|utent\w*|client\w*|student\w*",
        r"occult\w*|segret\w*|nascost\w*|di\s+nascosto|clandestin\w*|a\s+loro\s+insaputa"
        r"|all['’]insaputa|senza\s+(?:il\s+)?(?:loro\s+)?(?:consenso|conoscenza)|di\s+massa",
    ),
    "de": (
        r"überwach\w*|verfolg\w*|aufzeichn\w*|aufgezeichnet|mitschneid\w*|abhör\w*|ausspäh\w*"
        r"|auswert\w*|analysier\w*|protokollier\w*|orten|Ortung\w*|erfass\w*|tracken"
        r"|auszuwert\w*|aufzuzeichn\w*|abzuhör\w*|auszuspäh\w*|mitzuschneid\w*",
        r"Aktivität\w*|Kommunikation\w*|Standort\w*|Aufenthalt\w*|Bewegung\w*|Gespräch\w*"
        r"|Nachricht\w*|Korrespondenz\w*|Verhalten\w*|Telefonat\w*|Tätigkeit\w*",
        r"Arbeitnehmer\w*|Beschäftigt\w*|Mitarbeiter\w*|Bewerber\w*|Personen|Person|Menschen"
        r"|Bürger\w*|Nutzer\w*|Kunden|Schüler\w*|Angestellt\w*",
        r"heimlich\w*|verdeckt\w*|verborgen\w*|massenhaft\w*|flächendeckend\w*"
        r"|ohne\s+(?:\w+\s+)?(?:Wissen|Kenntnis|Einwilligung|Zustimmung)",
    ),
    "nl": (
        r"monitor\w*|volg\w*|bespied\w*|registr\w*|opnem\w*|opgenomen|onderschep\w*"
        r"|afluister\w*|analyse\w*|traceer\w*|verzamel\w*",
        r"activiteit\w*|communicatie\w*|locatie\w*|verblijfplaats\w*|beweging\w*|gesprek\w*"
        r"|bericht\w*|correspondentie|gedrag\w*",
        r"werknemer\w*|medewerker\w*|personeel|sollicitant\w*|kandidat\w*|personen|persoon"
        r"|mensen|burger\w*|gebruiker\w*|klant\w*|leerling\w*",
        r"heimelijk\w*|stiekem|verborgen|geheim\w*|op\s+grote\s+schaal"
        r"|zonder\s+(?:\w+\s+)?(?:medeweten|toestemming|kennis|instemming)",
    ),
    "pl": (
        r"monitor\w*|śledz\w*|śledzi\w*|nagryw\w*|rejestr\w*|przechwyt\w*|podsłuch\w*"
        r"|inwigil\w*|analiz\w*|lokaliz\w*|namierz\w*|zbier\w*",
        r"aktywnoś\w*|komunikacj\w*|lokalizacj\w*|położeni\w*|przemieszcz\w*|rozm[oó]w\w*"
        r"|wiadomoś\w*|korespondencj\w*|zachowa\w*|działalnoś\w*",
        r"pracownik\w*|pracowni\w*|kandydat\w*|os[oó]b\w*|ludzi|obywatel\w*|użytkownik\w*"
        r"|klient\w*|uczni\w*",
        r"potajemn\w*|ukryt\w*|tajn\w*|masow\w*|bez\s+(?:ich\s+|jego\s+|jej\s+)?(?:wiedzy|zgody)",
    ),
    "ru": (
        r"отслежив\w*|мониторинг\w*|следить|слежк\w*|записыв\w*|перехват\w*|прослуш\w*"
        r"|анализ\w*|собир\w*",
        r"активност\w*|деятельност\w*|коммуникац\w*|переписк\w*|местоположени\w*"
        r"|местонахождени\w*|передвижени\w*|перемещени\w*|разговор\w*|сообщени\w*|поведени\w*",
        r"работник\w*|сотрудник\w*|кандидат\w*|лиц|людей|граждан\w*|пользовател\w*|клиент\w*",
        r"скрыт\w*|тайн\w*|негласн\w*|массов\w*"
        r"|без\s+(?:их\s+|его\s+|её\s+)?(?:ведома|согласия|уведомления)",
    ),
    "cs": (
        r"sledov\w*|sleduj\w*|monitor\w*|zaznamen\w*|nahráv\w*|odposlouch\w*|zachyt\w*"
        r"|analyz\w*|shromažď\w*|lokaliz\w*",
        r"činnost\w*|aktivit\w*|komunikac\w*|polo[hz]\w*|pohyb\w*|hovor\w*|zpráv\w*"
        r"|korespondenc\w*|chování",
        r"zaměstnan\w*|pracovník\w*|uchazeč\w*|osob\w*|lid[ií]|občan\w*|uživatel\w*"
        r"|zákazník\w*",
        r"skryt\w*|tajn\w*|hromadn\w*|plošn\w*"
        r"|bez\s+(?:jejich\s+|jeho\s+|jejího\s+)?(?:vědomí|souhlasu)",
    ),
    "sk": (
        r"sledov\w*|sleduj\w*|monitor\w*|zaznamen\w*|nahráv\w*|odpočúv\w*|zachyt\w*|analyz\w*"
        r"|zhromažď\w*|lokaliz\w*",
        r"činnos\w*|aktivit\w*|komunikáci\w*|polo[hz]\w*|pohyb\w*|hovor\w*|správ\w*"
        r"|korešpondenci\w*|správani\w*",
        r"zamestnan\w*|pracovník\w*|uchádzač\w*|os[oô]b\w*|ľud[ií]|občan\w*|používateľ\w*"
        r"|zákazník\w*",
        r"skryt\w*|tajn\w*|hromadn\w*|plošn\w*|bez\s+(?:ich\s+|jeho\s+|jej\s+)?(?:vedomia|súhlasu)",
    ),
    "el": (
        r"παρακολουθ\w*|καταγρ\w*|υποκλ\w*|εντοπ\w*|ανάλυ\w*|αναλύ\w*|ιχνηλ\w*",
        r"δραστηριότητ\w*|επικοινωνί\w*|θέσ[ηε]\w*|τοποθεσί\w*|μετακινήσ\w*|κινήσ\w*"
        r"|συνομιλί\w*|μηνύματ\w*|αλληλογραφί\w*|συμπεριφορ\w*",
        r"εργαζ[όο]μεν\w*|υπαλλήλ\w*|υποψήφι\w*|πρόσωπ\w*|ατόμ\w*|ανθρώπ\w*|πολιτ[ώε]\w*"
        r"|χρήστ\w*|πελατ\w*",
        r"κρυφ\w*|μυστικ\w*|εν\s+αγνοία|μαζικ\w*"
        r"|χωρίς\s+(?:τη\s+|την\s+)?(?:γνώση|συγκατάθεση|συναίνεση)",
    ),
    "uk": (
        r"відстеж\w*|стеж\w*|моніторин\w*|записув\w*|перехоплюв\w*|перехопл\w*|прослухов\w*"
        r"|аналіз\w*|збир\w*",
        r"активніст\w*|діяльніст\w*|комунікац\w*|листуван\w*|місцезнаходжен\w*"
        r"|місцеперебуван\w*|пересуван\w*|розмов\w*|повідомлен\w*|поведінк\w*",
        r"працівник\w*|співробітник\w*|кандидат\w*|ос[іо]б\w*|людей|громадян\w*"
        r"|користувач\w*|клієнт\w*",
        r"прихован\w*|таємн\w*|негласн\w*|масов\w*|без\s+(?:їхнього\s+|його\s+|її\s+)?"
        r"(?:відома|згоди)",
    ),
    "sv": (
        r"övervak\w*|spår\w*|registrer\w*|spela\s+in|avlyssn\w*|analyser\w*|kartlägg\w*|följa",
        r"aktivitet\w*|kommunikation\w*|position\w*|vistelseort\w*|förflyttning\w*|rörelse\w*"
        r"|samtal\w*|meddelande\w*|korrespondens\w*|beteende\w*",
        r"anställd\w*|arbetstagar\w*|medarbetar\w*|sökande|kandidat\w*|personer|person"
        r"|människor|medborgar\w*|användar\w*|kunder",
        r"dold\w*|dolt|hemlig\w*|i\s+smyg|storskalig\w*"
        r"|utan\s+(?:deras\s+|hans\s+|hennes\s+)?(?:vetskap|kännedom|samtycke)",
    ),
    "da": (
        r"overvåg\w*|spor\w*|registrer\w*|optag\w*|aflyt\w*|analyser\w*|kortlæg\w*|følge",
        r"aktivitet\w*|kommunikation\w*|position\w*|placering\w*|opholdssted\w*|bevægelse\w*"
        r"|samtale\w*|besked\w*|korrespondance\w*|adfærd\w*",
        r"ansatte|medarbejder\w*|arbejdstager\w*|ansøger\w*|kandidat\w*|personer|person"
        r"|mennesker|borger\w*|bruger\w*|kunder",
        r"skjult\w*|hemmelig\w*|i\s+smug|uden\s+(?:deres\s+|hans\s+|hendes\s+)?"
        r"(?:viden|kendskab|samtykke)",
    ),
    "no": (
        r"overvåk\w*|spor\w*|registrer\w*|ta\s+opp|avlytt\w*|analyser\w*|kartlegg\w*|følge",
        r"aktivitet\w*|kommunikasjon\w*|posisjon\w*|plassering\w*|oppholdssted\w*"
        r"|bevegelse\w*|samtale\w*|melding\w*|korrespondanse\w*|atferd\w*",
        r"ansatte|medarbeider\w*|arbeidstaker\w*|søker\w*|kandidat\w*|personer|person"
        r"|mennesker|borger\w*|bruker\w*|kunder",
        r"skjult\w*|hemmelig\w*|i\s+smug|uten\s+(?:deres\s+|hans\s+|hennes\s+)?"
        r"(?:viten|kjennskap|samtykke)",
    ),
    "fi": (
        r"valvo\w*|seura\w*|tallenn\w*|tarkkail\w*|kuuntel\w*|analysoi\w*|paikanta\w*|jälji\w*"
        r"|kerä\w*",
        r"toimin\w*|aktiivisuu\w*|viestin\w*|viestej\w*|sijain\w*|liikkei\w*|liikkumis\w*"
        r"|keskustelu\w*|puhelu\w*|käyttäytymi\w*",
        r"työntekij\w*|henkilöstö\w*|työnhakij\w*|hakij\w*|henkilö\w*|ihmis\w*|kansalais\w*"
        r"|käyttäj\w*|asiakka\w*",
        r"salaa|salai\w*|piilo\w*|tietämättä\w*|ilman\s+(?:heidän\s+|hänen\s+)?"
        r"(?:tietoa|suostumusta)",
    ),
    "ro": (
        r"monitoriz\w*|supraveghe\w*|urmări\w*|înregistr\w*|intercept\w*|spiona\w*|analiz\w*"
        r"|localiz\w*|colect\w*",
        r"activitat\w*|comunicar\w*|comunicați\w*|localizar\w*|locați\w*|poziți\w*"
        r"|deplasăr\w*|mișcăr\w*|conversați\w*|mesaj\w*|corespondenț\w*|comportament\w*",
        r"angajaț\w*|angajat\w*|salariaț\w*|lucrător\w*|candidaț\w*|persoan\w*|oameni\w*"
        r"|cetățen\w*|utilizator\w*|clienț\w*",
        r"ascuns\w*|secret\w*|pe\s+ascuns|în\s+masă"
        r"|fără\s+(?:știrea|cunoștința|consimțământul|acordul)\w*",
    ),
    "hu": (
        r"megfigyel\w*|követ\w*|rögzít\w*|lehallgat\w*|elemez\w*|elemzés\w*|monitoroz\w*"
        r"|kémked\w*|gyűjt\w*",
        r"tevékenység\w*|aktivitás\w*|kommunikáció\w*|tartózkodási\s+hely\w*|helyzet\w*"
        r"|helymeghatároz\w*|mozgás\w*|beszélgetés\w*|üzenet\w*|levelezés\w*|viselkedés\w*",
        r"munkavállaló\w*|alkalmazott\w*|dolgozó\w*|pályázó\w*|jelölt\w*|személy\w*|ember\w*"
        r"|állampolgár\w*|felhasználó\w*|ügyfel\w*",
        r"titk\w*|rejtett\w*|rejtve|tömeges\w*"
        r"|(?:tudt[aáu]\w*|beleegyezés\w*|hozzájárulás\w*)\s+nélkül",
    ),
}


def _joined(act: str, thing: str, whom: str, how: str) -> str:
    """The act, and two of the object, whom and how, anywhere in the clause (matched from its
    start), each a whole word."""

    def word(words: str) -> str:
        return rf"(?=.*?(?<!\w)(?:{words})(?!\w))"

    return (
        rf"(?s:^{word(act)}(?:{word(thing)}(?:{word(whom)}|{word(how)})|{word(whom)}{word(how)}))"
    )


def with_surveillance_eur(harms: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with surveillance said by its parts, in each of the
    languages above that the table reads, beside the words it already has."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    present = {language for words in harms.values() for language in words}
    own = merged.setdefault("surveillance", {})
    for language in sorted(present & set(_PARTS)):
        joined = _joined(*_PARTS[language])
        own[language] = f"{own[language]}|{joined}" if language in own else joined
    return merged
