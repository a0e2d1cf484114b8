"""More clauses every licence carries that restrict no use, by their general shape across the
languages of Europe (and a few of Asia), for `foreign_no_term_common`:

- copies carry this licence, the two in either order ("Bei der Weitergabe ist diese Lizenz
  beizufügen", "Kiekvienoje Modelio kopijoje pateikiamas šios licencijos tekstas", "Les còpies
  del Model han d'anar acompanyades d'aquest text");
- a court given the disputes ("Zuständig ist das Gericht in Innsbruck", "Sądem właściwym jest
  sąd w Krakowie", "Za spore je pristojno sodišče v Mariboru", "Tout litige relève des
  tribunaux de Limoges"): a venue, no use restricted;
- the model as it is, liability limited ("tal com és, sense cap garantia", "takšen, kakršen
  je, brez jamstev", "haftet nur für Vorsatz", "leistet keine Gewähr", "sellisena, nagu see
  on", "不承擔任何間接...損失");
- the contract's own workings: a void clause leaves the rest standing, the whole agreement,
  where notices go, new versions of the licence, the breach that ends it ("Wird eine
  Bestimmung unwirksam, bleiben die übrigen gültig", "constituye el acuerdo íntegro", "Las
  notificaciones se enviarán a", "gali skelbti naujas šios licencijos versijas", "El
  incumplimiento ... pone término automático a los derechos");
- the user answers for what it makes or must keep to the law that applies anyway ("Usted es
  responsable del contenido que genere", "saját felelősségére", "須遵守適用之私隱及資料保護法律");
- a party named by its seat or legal form and nothing else ("Lípa Analytika s.r.o., se sídlem
  v Olomouci", "Az engedélyező a Galagonya MI Kft.");
- a technical sheet of the model (its parameters, its context length in tokens).

A passage naming a ban, a need or commercial use (`_TERM` of `foreign_no_term_common`, checked
by the caller) is none of them.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["WORDED_ONLY", "any_of", "states_no_term_boiler"]

_FLAGS = re.IGNORECASE


def any_of(*pieces: str) -> re.Pattern[str]:
    """One case-blind pattern of alternatives (shared with `foreign_no_term_common`)."""
    return lazy_pattern("|".join(pieces), _FLAGS)


# "this licence", "these terms", "this text", "this agreement" in the languages of Europe
_THIS = (
    r"(?:\b(?:diese[rsnm]?|dieses)\s+(?:Lizenz\w*|Bedingungen|Vereinbarung|Text)|\bcette\s+licence"
    r"|\bce(?:tte)?\s+(?:texte|contrat)|\bla\s+pr[ée]sente\s+(?:licen[cs]ia|licence|licenza)"
    r"|\b(?:esta|aquesta|questa|essa)\s+(?:licencia|llicència|licenza|licença)|\b(?:este|aquest|questo)"
    r"\s+(?:texto|text|testo)|\bprezent\w*\s+licen\w*|\bniniejsz\w+\s+(?:licencj\w*|umow\w*|warunk\w*)"
    r"|\bš(?:ios|īs)\s+licen\w*|\bšio\s+teksto|\bšī\s+teksta|\bselle\s+litsentsi\w*|\bta\s+licenc\w*"
    r"|\bte\s+pogoje|\bteh\s+pogojev|\bov(?:e|u|ih)\s+(?:licenc\w*|uvjet\w*|uslov\w*)|\btento\s+text"
    r"|\btéto\s+licenc\w*|\btejto\s+licenci\w*|\btämän\s+lisenssin|\bdenne?\s+licens\w*"
    r"|\bdisse\s+(?:vilkår|betingelser)|\bdeze\s+(?:licentie|voorwaarden)|\bez(?:en)?\s+a\s+licenc\w*"
    r"|\bαυτ(?:ής|ή)\s+της\s+άδειας|\bτης\s+παρούσας\s+άδειας|\bэт(?:ой|ого)\s+лицензи\w*"
    r"|\bці(?:єї|й)\s+ліцензі\w*|\bbu\s+lisans\w*)"
)
_COPY = (
    r"(?:\b(?:kopi\w*|copi\w*|còpi\w*|cópi\w*|kopij\w*|kopie\w*|kópi\w*|αντίγραφ\w*|копи\w*|Weitergabe"
    r"|Vervielfältigung\w*|eksemplar\w*|exemplar\w*|esemplar\w*))"
)
_CARRY = (
    r"(?:\b(?:beizufügen|beifügen|beigefügt|enthalten|acompany\w*|acompañ\w*|accompagn\w*"
    r"|accompagnat\w*|pateik\w*|pievieno\w*|lisa\w*|priloži\w*|přilož\w*|prilož\w*|dołącz\w*"
    r"|însoțit\w*|insotit\w*|mellékel\w*|csatol\w*|συνοδεύ\w*|прилага\w*|додава\w*|vedlæg\w*"
    r"|bifog\w*|legg\w*\s+ved|liitet\w*|bijgevoegd|bijvoeg\w*|incluir|incluye|includ\w*|inclou\w*))"
)
_COPIES = any_of(
    _COPY + r"[^.;]{0,100}?" + _THIS,
    _THIS + r"[^.;]{0,100}?" + _CARRY,
    _CARRY + r"[^.;]{0,100}?" + _THIS,
)
# a court given the disputes
_COURT = (
    r"(?:\b(?:\w*gericht\w*|tribuna\w*|jutjat\w*|juzgad\w*|sąd\w*|sodišč\w*|soud\w*|súd\w*|sud\w*"
    r"|rechtbank\w*|domstol\w*|tuomioistuin\w*|teismas|teism\w*|tiesa|tiesā|kohus\w*|kohtu\w*"
    r"|bíróság\w*|instanț\w*|instant\w*|δικαστήρι\w*|съд\w*|суд\w*|dómstól\w*)"
    r"|法院|裁判所|법원)"
)
_DISPUTE_OR_SEAT = (
    r"(?:\b(?:zuständig\w*|Gerichtsstand|compétent\w*|competent\w*|compet\w*|właściw\w*|pristojn\w*"
    r"|příslušn\w*|príslušn\w*|nadležn\w*|bevoegd\w*|behörig\w*|kompetent\w*|toimivaltai\w*"
    r"|illetékes\w*|αρμόδι\w*|подсъдн\w*|компетент\w*|litig\w*|spor\w*|spór|controv[èe]rsi\w*"
    r"|disput\w*|Streit\w*|geschil\w*|tvist\w*|riita\w*|ginč\w*|strīd\w*|vaidlus\w*|vit\w*"
    r"|sotmet\w*|somet\w*|sottopost\w*|relève|ressort)\b|管辖|管轄|관할)"
)
_COURTS = any_of(
    _COURT + r"[^.;]{0,80}?" + _DISPUTE_OR_SEAT,
    _DISPUTE_OR_SEAT + r"[^.;]{0,80}?" + _COURT,
)
# the model as it is; liability limited
_AS_IS = any_of(
    r"\btal\s+(?:com|como|quale|qual)\s+(?:és|es|está|è|é|se\s+encuentra)\b|\bsense\s+cap\s+garantia"
    r"|\bsin\s+(?:ninguna\s+)?garant[íi]a|\bsem\s+(?:qualquer\s+)?garantia|\bsenza\s+(?:alcuna\s+)?garanzi\w*"
    r"|\bsans\s+(?:aucune\s+)?garantie|\btel\s+quel\b|\btakšen,?\s+kakršen\s+je|\bbrez\s+jamstev"
    r"|\bsellisena,?\s+nagu\s+(?:see|ta)\s+on|\bilma\s+garantiita|\bbez\s+garantijām|\bbe\s+garantijų"
    r"|\btaip,?\s+kaip\s+yra|\btāds,?\s+kāds\s+(?:tas\s+)?ir|\bhaftet\s+nur\b|\bkeine\s+Gewähr"
    r"|\bohne\s+(?:jede\s+)?Gewähr\w*|\bwie\s+besehen\b|\bhaftet\s+nicht\b|\bgeen\s+garantie"
    r"|\bzoals\s+(?:het|hij)\s+is\b|\bκαμία\s+εγγύηση|\bως\s+έχει\b|\bкак\s+есть\b|\bяк\s+є\b"
    r"|\bolduğu\s+gibi\b|\bsem\s+garantias?\b|\bno\s+(?:se\s+)?(?:responsabiliza|ofrece\s+garant)"
    r"|不承[担擔]任何|概不负责|概不負責|一切の責任を負いません|어떠한\s+책임도\s+지지\s+않",
)
# the contract's own workings
_WORKINGS = any_of(
    # a void clause leaves the rest standing
    r"\b(?:unwirksam|ungültig|inválid\w*|nul\w*|invalid\w*|nieważn\w*|neplatn\w*|neveljav\w*"
    r"|ongeldig|ogiltig|ugyldig|pätemätön|érvénytelen|nevalid\w*|άκυρ\w*|недействительн\w*"
    r"|недійсн\w*)\b[^.;]{0,120}?\b(?:übrigen|demás|restantes|autres|altre|pozostał\w*|ostatní\w*"
    r"|ostal\w*|overige|övriga|øvrige|muut|többi|celelalte|λοιπ\w*|остальн\w*|інш\w*|resto)\b",
    # the whole agreement
    r"\b(?:gesamte\s+Vereinbarung|acuerdo\s+íntegro|acord\s+íntegre|accord\s+intégral|intégralité"
    r"\s+de\s+l['’]accord|accordo\s+integrale|acordo\s+integral|całość\s+porozumienia|celou\s+dohodu"
    r"|volledige\s+overeenkomst|hela\s+avtalet|hele\s+aftalen|koko\s+sopimuksen|teljes\s+megállapodás"
    r"|întregul\s+acord|ολόκληρη\s+τη\s+συμφωνία|полное\s+соглашение)\b",
    # where notices go
    r"\b(?:Mitteilungen|notificaciones|notifications|comunicazioni|notificações|zawiadomienia"
    r"|oznámení|mededelingen|meddelanden|meddelelser|ilmoitukset|értesítések|notificări|ειδοποιήσεις"
    r"|уведомления|повідомлення)\b[^.;]{0,40}?\b(?:erfolgen|se\s+enviarán|sont\s+adressées"
    r"|envoy\w*|vanno|são\s+enviadas|kieruje\s+się|zasílají|worden\s+gestuurd|skickas|sendes"
    r"|lähetetään|küldendők|se\s+trimit|αποστέλλονται|направляются|надсилаються|an\b|a\b|à\b)",
    # new versions of the licence
    r"\b(?:neue|nuevas|nouvelles|nuove|novas|nowe|nové|nove|nieuwe|nya|nye|uusia|új|noi|νέες|новые"
    r"|нові|naujas|jaunas|uusi)\s+(?:[^\W\d_]+\s+){0,3}?(?:Versionen|versiones|versions|versioni|versões|wersje|verze|verzije"
    r"|različice|versies|versioner|versioita|verziók|versiuni|εκδόσεις|версии|версії|versijas)\b",
    r"\bÄnderungen\s+dieser\s+Lizenz\b|\bspäter\s+veröffentlichte\s+Versionen\b",
    # the breach that ends the rights
    r"\b(?:incumplimiento|inadempimento|incumprimento|manquement|violation|Verstoß|naruszenie"
    r"|porušení|inbreuk|brott\s+mot|brud\s+på|rikkominen|megszegés\w*|încălcare\w*|παράβαση"
    r"|нарушение|порушення)\b[^.;]{0,80}?\b(?:término|termina\w*|fine|fin|endet|beendet|wygasa"
    r"|zanik|zaniká|beëindig\w*|upphör|ophører|päättyy|megszűn\w*|încetar\w*|λήξη|прекращ\w*"
    r"|припин\w*)",
)
# the user answers for its own outputs; the law that applies anyway
_OWN = any_of(
    r"\b(?:es|eres|sois)\s+responsable(?:s)?\s+del?\s+(?:contenido|uso|los\s+contenidos)"
    r"|\bresponsable\s+du\s+contenu\b|\bresponsabile\s+dei\s+contenuti\b|\bsaját\s+felelősség\w*"
    r"|\bauf\s+eigene\s+(?:Verantwortung|Gefahr)|\bna\s+vlastní\s+odpovědnost|\bna\s+własną"
    r"\s+odpowiedzialność|\bop\s+eigen\s+risico|\bpå\s+egen\s+risiko|\bpå\s+eget\s+ansvar"
    r"|須遵守適用|应遵守适用|應遵守適用|遵守(?:所有)?适用的?法律|遵守(?:所有)?適用的?法律",
)
# a party named by its seat or legal form, and no more
_LEGAL_FORM = (  # written as registered: case counts ("AS", "AB" are no words here)
    r"(?-i:\b(?:s\.\s?r\.\s?o|a\.\s?s|Kft|Zrt|Nyrt|GmbH|AG|S\.\s?A\.(?:\s?S\.)?|S\.\s?L\.|S\.\s?r\.\s?l"
    r"|S\.\s?p\.\s?A|SAS|SARL|Sp\.\s?z\s?o\.\s?o|d\.\s?o\.\s?o|d\.\s?d|Oy|Oyj|AB|A/S|ApS|ASA|B\.\s?V"
    r"|N\.\s?V|SIA|UAB|OÜ|AS|ehf|EOOD|OOD|ООО|ТОВ|ΑΕ|ΙΚΕ|Lda|S\.\s?R\.\s?L|Ltd|Limited)\b\.?"
    r"|有限公司|株式会社|주식회사)"
)
_SEAT = (
    r"\b(?:se\s+sídlem|so\s+sídlom|székhely\w*|mit\s+Sitz|con\s+(?:sede|domicilio)|domicilié\w*"
    r"|siège|z\s+siedzibą|cu\s+sediul|s\s+sjedištem|s\s+sedežem|με\s+έδρα|met\s+zetel|med\s+säte"
    r"|med\s+hjemsted|kotipaikka\w*|asukoht\w*|juridiskā\s+adrese|buveinė\w*)\b"
)
# (never a passage that asks or allows: a modal verb makes it a clause of its own)
_MODAL = (
    r"\b(?:darf|dürfen|muss|müssen|soll|may|must|shall|puede|debe|peut|doit|può|deve|pode|może"
    r"|musi|smí|musí|smije|mora|mag|moet|får|må|skal|ska|kan|saa|täytyy|szabad|kell|poate|trebuie"
    # nor one confining who the party may be ("Licencjobiorcą jest wyłącznie spółka ...")
    r"|wyłącznie|ausschließlich|exclusivamente|exclusivement|esclusivamente|uitsluitend|kizárólag"
    r"|výhradně|výlučne|isključivo|izključno|exclusiv|endast|udelukkende|utelukkende|ainoastaan)\b"
)
_PARTY = lazy_pattern(
    r"^(?=.{4,200}$)(?!.*" + _MODAL + r").*?(?:" + _LEGAL_FORM + r"|" + _SEAT + r")",
    _FLAGS,
)
_PUBLISHED_BY = any_of(
    r"\b(?:regula|rige|regola|regulates|régit|regelt|reguluje|upravuje|ureja|uređuje)\b[^.;]{0,80}?"
    r"\b(?:publicad\w*|publié\w*|pubblicat\w*|veröffentlicht\w*|opublikowan\w*|zveřejněn\w*"
    r"|objavljen\w*)\b"
)
# a technical sheet: parameters and the context in tokens
_SHEET = any_of(
    r"\b(?:param[eè]t\w*|parámetr\w*|parametr\w*|Parameter\w*|parametri|параметр\w*)\b[^.;]{0,80}?"
    r"\b(?:tokens?|jetons?|tokenů|tokenov|tokenów|tokenit|tokena|tokenai|токен\w*|context\w*"
    r"|contexte|kontext\w*|fenêtre|ventana|finestra)\b",
)
_SHAPES: tuple[re.Pattern[str], ...] = (_COPIES, _COURTS, _AS_IS, _WORKINGS, _OWN, _SHEET)
_SHAPES += (_PUBLISHED_BY,)


# clauses whose own words include a word of restriction ("haftet nur für Vorsatz": liability
# limited; "gelten nur für später veröffentlichte Versionen": amendments reach new versions
# only): the caller checks the rest of the passage for a term without them
WORDED_ONLY = any_of(
    r"\bhaftet\s+nur\s+für\b|\bresponde\s+(?:únicamente|solo|sólo)\s+(?:por|de)\b"
    r"|\bne\s+répond\s+que\b|\brisponde\s+solo\b|\bodpowiada\s+(?:jedynie|tylko)\b"
    r"|\bodpovídá\s+(?:pouze|jen)\b|\bgelten\s+nur\s+für\s+(?:später|künftig)\w*"
    r"|\bs['’]appliquent\s+(?:uniquement|seulement)\s+aux\s+(?:versions|copies)\s+(?:ultérieures"
    r"|publiées)|\bsolo\s+(?:se\s+aplican|rigen)\s+a\s+(?:las\s+)?(?:versiones|copias)\s+posteriores",
)


def states_no_term_boiler(text: str) -> bool:
    """Whether a passage (already found free of any term word) is one of the clauses above."""
    return _PARTY.search(text.strip()) is not None or any(s.search(text) for s in _SHAPES)
