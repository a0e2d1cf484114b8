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

from auditor.licenses.terms.foreign_harms_biometric import with_biometric_categorisation
from auditor.licenses.terms.foreign_harms_decisions_ja_ko import (
    BIOMETRIC_JA_KO,
    DECISIONS_JA_KO,
    HARMS_JA_KO,
)
from auditor.licenses.terms.foreign_harms_election import ELECTION_HARMS
from auditor.licenses.terms.foreign_harms_justice import with_justice
from auditor.licenses.terms.foreign_harms_s27_romance import BIOMETRIC_ROMANCE
from auditor.licenses.terms.foreign_harms_west import with_harms_west

# a count or a statistic of people is no watching of them ("śledzenie liczby osób")
_NOT_COUNTED = r"(?:(?!liczb|statysty)[^.;]){0,80}?"
_NOT_COUNTED_ID = r"(?:(?!jumlah|statistik|banyaknya)[^.;]){0,80}?"
_BODY_DE = (
    r"(?:Gesicht\w*|Gangs?|Gangbild\w*|Stimme\w*|Fingerabdr\w*|Iris|Netzhaut|Körpermerkmal\w*)"
)
_RIGHTS_DE = r"(?:Urheberrecht\w*|geistig\w*\s+Eigentum\w*|Patent\w*|Markenrecht\w*|Schutzrecht\w*)"
_IDENTIFY_DE = r"(?:identifizier|wiedererkenn|erkenn|verifizier|authentifizier|überprüf)\w*"

# minors by age or school (serving-minors): 未成年人, 未满十八周岁, 18岁以下, 中小学生, 儿童
_MINORS_ZH = (
    r"(?:未成年人?|(?:未满|不满)(?:十八|18)[周週]?[岁歲]|(?:十八|18)[周週]?[岁歲]以下|中小学生|小学生"
    r"|中学生|[儿兒]童|少年[儿兒]童|青少年)"
)

# watching people in Chinese (surveillance): whom, and how
# (folded to simplified, `foreign_zh.fold`; the traditional forms it leaves are written here)
_PERSON_ZH = (
    r"(?:特定|具体)?(?:个人|他人|员工|[职職]工|雇员|公民|自然人|[当當]事人|[驾駕][驶駛]员|司机|用户"
    r"|消费者)"
)
_WATCH_ZH = r"(?:跟[踪蹤]|追[踪蹤]|定位|监控|监[视視]|监[听聽]|[窃竊][听聽]|偷拍)"

MORE_HARMS: dict[str, dict[str, str]] = {
    "illegal-activity": {
        # "naruszania przepisów prawa" (not "praw autorskich": the rights of others)
        "pl": r"\bnarusz\w*\s+(?:\w+\s+){0,2}?(?:przepisów|prawa\b(?!\s+(?:autorsk|własności))"
        r"|ustaw\w*)|\bniezgodn\w*\s+z\s+(?:\w+\s+){0,2}?(?:przepisami|prawem|ustaw\w*)",
        "de": r"\bgegen\s+(?:\w+\s+){0,3}?(?:Recht|Gesetz\w*|Vorschrift\w*)\s+(?:zu\s+)?"
        r"versto(?:ß|ss)\w*",
    },
    "surveillance": {
        # ar: tracking or monitoring people, their movements or messages, or staff, or covertly
        # ("تتبع الأشخاص أو رصد تحركاتهم ... دون علمهم", "مراقبة العاملين خفية")
        "ar": r"(?:تتبع|تعقب|رصد|مراقب[ةه]|التجسس\s+على)\s+(?:ال)?(?:[اأ]شخاص|[اأ]فراد|ناس"
        r"|عاملين|موظفين|مستخدمين|مواطنين|تحركات|مراسلات|اتصالات|مواقع)"
        r"|(?:تتبع|تعقب|رصد|مراقب[ةه])[^.؛]{0,80}?(?:دون\s+علم|خفي[ةه]|سرا)",
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
        # tracking, locating or monitoring a person or staff ("对特定个人进行跟踪、定位或
        # 监控", "对员工的通讯、位置或电脑操作进行秘密监控"), covertly ("秘密监控"), without
        # consent (not a system's monitoring: "监控模型运行状态", "对用户输入的安全监控")
        "zh": rf"(?:对|针对){_PERSON_ZH}(?:的[^。；;，,]{{0,16}}?)?(?:进行)?"
        rf"(?:秘密|暗中|偷偷)?(?:地)?{_WATCH_ZH}|{_WATCH_ZH}[^。；;，,]{{0,4}}?{_PERSON_ZH}"
        rf"|(?:秘密|暗中|偷偷|[隐隱]蔽)(?:地)?{_WATCH_ZH}"
        rf"|未(?:经|取得|获得)[^。；;]{{0,16}}?同意[^。；;]{{0,30}}?{_WATCH_ZH}",
    },
    "biometric-identification": {
        "pl": r"\b(?:identyfik|rozpozn|weryfik)\w*\s+(?:\w+\s+){0,4}?(?:os(?:ób|oby|obę)|ludzi)\b"
        r"[^.;]{0,60}?\b(?:twarz\w*|głos\w*|chodu|chód|odcisk\w*\s+palc\w*|tęczówk\w*)",
        # the body part first ("anhand ihres Gesichts ... zu identifizieren") or after the verb
        "de": rf"\b(?:anhand|über|durch|mittels|aufgrund)\b[^.;]{{0,40}}?\b{_BODY_DE}\b"
        rf"[^.;]{{0,80}}?\b{_IDENTIFY_DE}|\b{_IDENTIFY_DE}\b[^.;]{{0,60}}?"
        rf"\b(?:anhand|über|durch|mittels)\b[^.;]{{0,40}}?\b{_BODY_DE}",
        **BIOMETRIC_JA_KO,  # ja/ko: the body part, then who it is (`foreign_harms_decisions_ja_ko`)
        **BIOMETRIC_ROMANCE,  # es/pt/fr/it: people sorted by body data (`..._s27_romance`)
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
        # ru, uk: malicious code or programs, viruses, ransomware
        "ru": r"вредоносн\w*\s+(?:код|программ|ПО|программн)\w*|(?<![\w-])вирус\w*"
        r"|программ\w*-вымогател\w*|\bmalware\b|\bransomware\b",
        "uk": r"шкідлив\w*\s+(?:код|програм|ПЗ|програмн)\w*|(?<![\w-])вірус\w*"
        r"|програм\w*-вимагач\w*|\bmalware\b|\bransomware\b",
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
        # ar (read without vowel marks): impersonating another, forging official documents
        "ar": r"انتحال\s+(?:صف[ةه]|شخصي[ةه]|هوي[ةه])|تزوير\s+(?:ال)?(?:مستندات|وثائق|الهوي)",
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
    # providing the model or a service to minors at all, not harming them: "向未满十八周岁的
    # 未成年人提供服务", "面向中小学生的学习辅导产品", "未成年者に本サービスを提供すること",
    # "미성년자에게 서비스를 제공하는 행위" (never "提供色情内容": content given is the harm's)
    "serving-minors": {
        "zh": rf"(?:向|为|[给給]|对)[^。；;]{{0,12}}?{_MINORS_ZH}[^。；;]{{0,16}}?提供"
        rf"(?:[^。；;，,]{{0,8}}?(?:服务|产品|模型|应用|功能)|(?=$|[。；;，,]))|面向{_MINORS_ZH}"
        rf"|供{_MINORS_ZH}[^。；;]{{0,6}}?使用",
        "ja": r"(?:未成年者?|児童|子ども|子供|18歳未満の?(?:者|方|利用者)?|小中学生)"
        r"(?:に対して|に|へ|向けに?)[^。]{0,16}?(?:本?サービス|本?モデル|製品)?[^。]{0,6}?提供",
        "ko": r"(?:미성년자|아동|만?\s*18세\s*미만(?:의\s*(?:자|이용자|사용자))?|초중고생)"
        r"(?:에게|을\s*대상으로|를\s*대상으로)[^.。]{0,20}?(?:서비스|모델|제품)?[^.。]{0,6}?제공",
    },
    "automated-decision-making": DECISIONS_JA_KO,  # `foreign_harms_decisions_ja_ko`
}
"""tag -> language -> harm words, beside `foreign_uses`'s own (`with_more_harms`)."""


def with_more_harms(harms: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """`harms` (tag -> language -> words) with `MORE_HARMS` added (and the Japanese and Korean
    `HARMS_JA_KO`): a language's words for a tag it already has are joined to them; new tags
    come last, in the order above."""
    merged = {tag: dict(words) for tag, words in harms.items()}
    for tag, words in [*MORE_HARMS.items(), *HARMS_JA_KO.items()]:
        known = merged.setdefault(tag, {})
        for language, pattern in words.items():
            known[language] = f"{known[language]}|{pattern}" if language in known else pattern
    merged = with_harms_west(merged, ("ar", "tr"))  # infrastructure, fraud: `foreign_harms_west`
    merged = with_biometric_categorisation(merged)  # people sorted by biometrics: `..._biometric`
    return with_justice(merged)  # the police and the criminal courts: `foreign_harms_justice`
