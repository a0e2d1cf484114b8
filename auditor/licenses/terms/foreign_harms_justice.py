"""Use by the police and the criminal courts, in other languages (tags law-enforcement and
criminal-justice, as the English rules `use_restrictions/law-enforcement` and
`use_restrictions/criminal-justice` read them), for the harm tables of `foreign_six`,
`foreign_uses_more`, `foreign_more` and `foreign_ro_hu_fi`: a ban word and one of these in a
clause ("Απαγορεύεται η χρήση ... από αρχές επιβολής του νόμου", "prohibido su uso por las
fuerzas del orden", "禁止用于预测性警务").

law-enforcement: the police or other law-enforcement authorities as users, or work done for
them. criminal-justice: predicting crime, assessing suspects or offenders, supporting criminal
investigations, prosecutions or sentencing. A ban on unlawful use names neither.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CRIMINAL_JUSTICE", "LAW_ENFORCEMENT", "with_justice"]

LAW_ENFORCEMENT: dict[str, str] = {
    "es": r"\bfuerzas\s+(?:y\s+cuerpos\s+)?(?:del\s+orden|de\s+seguridad)"
    r"|\bautoridades\s+policiales|\bpolic[íi]a\w*|\bcuerpos\s+policiales",
    "pt": r"\bautoridades\s+policiais|\bforças\s+(?:policiais|de\s+segurança)|\bpolícia\w*",
    "fr": r"\bforces\s+de\s+l['’]ordre|\bautorités\s+(?:policières|répressives)|\bpolice\b",
    "it": r"\bforze\s+dell['’]ordine|\bautorità\s+(?:di\s+polizia|giudiziari\w*)|\bpolizi\w*",
    "ca": r"\bforces\s+de\s+seguretat|\bcossos\s+policials|\bpolicia\w*",
    "ro": r"\bforțel\w*\s+de\s+ordine|\bautorități\w*\s+de\s+aplicare\s+a\s+legii|\bpoliți\w*",
    "de": r"\bStrafverfolgung\w*|\bPolizei\w*|\bSicherheitsbehörde\w*",
    "nl": r"\brechtshandhaving\w*|\bpolitie\w*|\bopsporingsdienst\w*",
    "sv": r"\brättsvårdande\s+myndighet\w*|\bbrottsbekämpande\w*|\bpolis\w*",
    "da": r"\bretshåndhæv\w*|\bpoliti(?:et|ets)?\b",
    "no": r"\brettshåndhev\w*|\bpoliti(?:et|ets)?\b",
    "fi": r"\blainvalvon\w*|\bpoliisi\w*",
    "pl": r"\borgan\w*\s+ściągania|\borgan\w*\s+(?:władzy\s+)?porządku|\bpolicj\w*",
    "cs": r"\borgán\w*\s+činných\s+v\s+trestním\s+řízení|\bpolici\w*|\bbezpečnostní\w*\s+složk\w*",
    "sk": r"\borgán\w*\s+činných\s+v\s+trestnom\s+konaní|\bpolíci\w*",
    "sl": r"\borgan\w*\s+pregona|\bpolicij\w*",
    "hr": r"\btijel\w*\s+kaznenog\s+progona|\bpolicij\w*|\borgan\w*\s+reda",
    "hu": r"\bbűnüldöz\w*|\brendőr\w*",
    "el": r"\bαρχ\w*\s+επιβολής\s+του\s+νόμου|\bαστυνομ\w*|\bδιωκτικ\w*\s+αρχ\w*",
    "bg": r"\bправоохранител\w*|\bполици\w*",
    "ru": r"\bправоохранител\w*|\bполици\w*",
    "uk": r"\bправоохорон\w*|\bполіці\w*",
    "lt": r"\bteisėsaug\w*|\bpolicij\w*",
    "lv": r"\btiesībaizsardzīb\w*|\bpolicij\w*",
    "et": r"\bõiguskaitse\w*|\bpolitsei\w*",
    "tr": r"\bkolluk\w*|\bemniyet\s+(?:güçleri|teşkilatı)|\bpolis\w*",
    "id": r"\baparat\s+penegak\s+hukum|\bpenegak(?:an)?\s+hukum|\bkepolisian|\bpolisi\b",
    "ms": r"\bpenguatkuasaan\s+undang-undang|\bpolis\b",
    "vi": r"cơ\s+quan\s+(?:thực\s+thi\s+pháp\s+luật|công\s+an)|công\s+an|cảnh\s+sát",
    "th": r"เจ้าหน้าที่บังคับใช้กฎหมาย|การบังคับใช้กฎหมาย|ตำรวจ",
    "zh": r"执法机关|執法機關|执法部门|執法部門|公安机关|公安機關|警察|警方",
    "ja": r"法執行機関|警察|捜査機関",
    "ko": r"법\s*집행\s*기관|수사\s*기관|경찰",
    "hi": r"कानून\s+प्रवर्तन|पुलिस",
    "ar": r"إنفاذ\s+القانون|الشرطة|أجهزة\s+الأمن",
    "he": r"רשויות\s+אכיפת\s+החוק|אכיפת\s+החוק|משטרה",
}
"""language -> the police or law-enforcement authorities."""

CRIMINAL_JUSTICE: dict[str, str] = {
    "es": r"\bpredicción\s+(?:de\s+(?:la\s+)?)?(?:delincuencia|delitos|criminalidad)"
    r"|\bpolicía\s+predictiva|\binvestigaciones?\s+penal\w*|\bsospechosos\b",
    "pt": r"\bprevisão\s+(?:de\s+)?(?:crimes|criminalidade)|\bpoliciamento\s+preditivo"
    r"|\binvestigaç\w*\s+criminal\w*|\bsuspeitos\b",
    "fr": r"\bprédiction\s+(?:de\s+la\s+)?(?:criminalité|délinquance|des\s+crimes)"
    r"|\bpolice\s+prédictive|\benquêtes?\s+pénales?|\bsuspects\b",
    "it": r"\bprevisione\s+(?:della\s+)?(?:criminalità|dei\s+reati)|\bpolizia\s+predittiva"
    r"|\bindagini\s+penali|\bsospettat\w*",
    "de": r"\bVorhersage\s+von\s+(?:Straftaten|Kriminalität)|\bpredictive\s+policing"
    r"|\bKriminalitätsprognos\w*|\bStrafverfahren\w*|\bVerdächtig\w*",
    "nl": r"\bvoorspell\w*\s+van\s+(?:criminaliteit|misdaad)|\bstrafrechtelijk\w*\s+onderzoek\w*",
    "pl": r"\bprzewidywani\w*\s+przestępcz\w*|\bpostępowa\w*\s+karn\w*|\bpodejrzan\w*",
    "cs": r"\bpředpovídání\s+(?:trestné\s+činnosti|kriminality)|\btrestní\w*\s+řízení",
    "sk": r"\bpredpovedan\w*\s+(?:trestnej\s+činnosti|kriminality)|\btrestn\w*\s+konan\w*",
    "ro": r"\bpredicți\w*\s+(?:infracționalității|criminalității)|\banchet\w*\s+penal\w*",
    "hu": r"\bbűnözés\s+előrejelzés\w*|\bbüntetőeljárás\w*",
    "el": r"\bπρόβλεψη\s+(?:της\s+)?εγκληματικότητας|\bαξιολόγηση\s+υπόπτων"
    r"|\bποινικ\w*\s+(?:έρευν|διαδικασ|δίκ)\w*",
    "ru": r"\bпрогнозировани\w*\s+преступност\w*|\bуголовн\w*\s+(?:расследовани|преследовани)\w*",
    "uk": r"\bпрогнозуванн\w*\s+злочинност\w*|\bкримінальн\w*\s+(?:розслідуван|провадженн)\w*",
    "bg": r"\bпрогнозиране\s+на\s+престъпност\w*|\bнаказателн\w*\s+(?:разследван|производств)\w*",
    "tr": r"\bsuç\s+tahmin\w*|\bceza\s+soruşturma\w*",
    "id": r"\bprediksi\s+kejahatan|\bpenyidikan\s+pidana",
    "vi": r"dự\s+đoán\s+tội\s+phạm|điều\s+tra\s+hình\s+sự",
    "th": r"การคาดการณ์อาชญากรรม|การสืบสวนคดีอาญา",
    "zh": r"预测性警务|預測性警務|犯罪预测|犯罪預測|预测犯罪|預測犯罪|刑事侦查|刑事偵查",
    "ja": r"予測的警察活動|犯罪予測|刑事捜査",
    "ko": r"예측\s*치안|범죄\s*예측|형사\s*수사",
    "hi": r"अपराध\s+(?:की\s+)?भविष्यवाणी|आपराधिक\s+जांच",
    "ar": r"التنبؤ\s+بالجريمة|التحقيقات\s+الجنائية",
    "he": r"חיזוי\s+פשיעה|חקירות\s+פליליות",
}
"""language -> predicting crime, assessing suspects, criminal investigations."""


def with_justice(
    harms: Mapping[str, Mapping[str, str]], languages: tuple[str, ...] | None = None
) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with both tags added for `languages` (every language
    of the tables when None), after the tags there."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    for tag, table in (
        ("law-enforcement", LAW_ENFORCEMENT),
        ("criminal-justice", CRIMINAL_JUSTICE),
    ):
        words = merged.setdefault(tag, {})
        for language, pattern in table.items():
            if languages is None or language in languages:
                words[language] = f"{words[language]}|{pattern}" if language in words else pattern
    return merged
