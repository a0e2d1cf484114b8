"""A grant of commercial use told by its words alone, in any language, for `terms.foreign`: the
last reader of a passage no cue read. "Chacun peut exploiter les modèles ... dans des offres
payantes ou gratuites", "Is féidir le duine ar bith an múnla a úsáid ... lena n-áirítear
críocha tráchtála", "Öllum er heimilt að nota Hekla-4B, hvort sem er í atvinnuskyni eða ekki".

The grammar readers (`foreign_cues` and the per-language modules) know how each language says
a grant; a drafter they were not written for is missed, and a missed grant leaves commercial use
unknown, which the policy counts against the model. This reader asks less and refuses more: a
passage is a grant of commercial use when it holds a word of permission and a word of commerce
(in any of the languages below: a passage's detected language is often wrong on short text), and
no word that could narrow it: a negation, "only", an exception or a condition, a consent,
approval or fee, a further or separate agreement, something to obtain or request, a ban, users,
revenue, a number. "Commercial or not" (the commerce word, "or", a negation) grants both kinds
and is taken out before the negations are looked for. Anything else stays unread and is said.

Why word lists and not a library: no package on the index tells a grant from a restriction in
forty languages offline; the lists are what a reviewer checks, each word written here.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern

__all__ = ["grants_commercial_use"]

_FLAGS = re.IGNORECASE

# a word of permission: may, is allowed, has the right, can (stems; Latin, Cyrillic, Greek and
# the scripts of Asia and Africa)
_PERMISSION = lazy_pattern(
    r"\b(?:darf|dürfen|erlaubt|gestattet|berechtigt|kann|können|peut|peuvent|autoris[ée]e?s?"
    r"|permise?s?|puede[ns]?|permitid[oa]s?|autorizad[oa]s?|può|possono|consentit[oa]|pode[m]?"
    r"|mag|mogen|toegestaan|może|mogą|wolno|dozwolon\w*|smí|může|mohou|povolen\w*|môže|smie"
    r"|lahko|sme|dovoljen\w*|smije|može|dozvoljen\w*|får|tillåt\w*|må|tilladt|tillatt|saa|voi"
    r"|sallittu|heimilt|leyfilegt|tohib|võib|lubatud|drīkst|atļauts|gali|leidžiama|szabad|lehet"
    r"|megengedett|poate|pot|permis|може|могат|разрешен\w*|μπορεί|επιτρέπεται|может|могут"
    r"|вправе|можуть|дозволен\w*|kullanabilir|serbest(?:tir)?|permès|daiteke|baimen\w*|féidir"
    r"|cead|boleh|dapat|diizinkan|maaari|pinapayagan|anaweza|wanaweza|ruhusa|mumkin|ruxsat"
    r"|permite[n]?|permitem|autoriza|consente|consentono|gestattet|erlauben|tillåter|tillader"
    r"|tillater|sallii|engedélyez\w*|permet|permettent|разрешает|дозволяє|mengizinkan"
    r"|membenarkan|pinahihintulutan|inaruhusu)\b"
    r"|يجوز|يحق|مسموح|يمكن|רשאי|מותר|יכול|مجاز|می‌تواند|میتواند|सकता|सकते|सकती|अनुमति"
    r"|পারবেন|পারে|অনুমতি|سکتا|سکتے|سکتی|முடியும்|அனுமதி|చేయవచ్చు|అనుమతి|có\s+thể|được\s+phép"
    r"|สามารถ|อนุญาต|cho\s+phép|可能|自由に|可以|允许|允許|许可|許可|许諾|許諾|できる|수\s*있|허용|허락|мүмкін|рұқсат"
    r"|боломжтой|зөвшөөр|ይችላል|ፈቃድ|\bizini\b|\blè\b|angakwazi",
    _FLAGS,
)
# a word of commerce: commercial, for profit, in business, paid offerings
_COMMERCE = lazy_pattern(
    r"(?:kommerz\w*|gewerblich\w*|geschäftlich\w*|commercia\w*|commerc\w*|comercia\w*|comerç\w*"
    r"|kommers\w*|kommerc\w*|kaupalli\w*|atvinnu\w*|kaubandus\w*|komerc\w*|komerč\w*"
    r"|kereskedelmi|üzleti|търговск\w*|εμπορικ\w*|коммерческ\w*|комерційн\w*|комерцијал\w*"
    r"|ticari|merkataritza\w*|tráchtál\w*|payant\w*|bezahlt\w*|kostenpflichtig\w*|betaald\w*"
    r"|płatn\w*|placen\w*|plačljiv\w*|plaćen\w*|maksullis\w*|fizetős|ücretli|lucrativ\w*|lucro"
    r"|profit\w*|winst\w*|zysk\w*|zisk\w*|gewinn\w*|komersial|komersyal|kibiashara|tijorat\w*"
    r"|kasuwanci|thương\s+mại|trả\s+phí)"
    r"|تجاري|تجارية|מסחרי\w*|تجاری|व्यावसायिक|वाणिज्यिक|বাণিজ্যিক|تجارتی|வணிக|వాణిజ్య"
    r"|พาณิชย์|商业|商業|商用|営利|상업|영리|коммерциялық|ንግድ",
    _FLAGS,
)
# "commercial or not", "atvinnuskyni eða ekki", "kommerziell oder nicht": both kinds granted
_OR = (
    r"(?:or|oder|ou|o|of|lub|albo|nebo|alebo|ali|ili|eller|tai|vagy|sau|или|або|ή|veya|edo|nó"
    r"|eða|või|vai)"
)
_NOT = r"(?:not|nicht|non|no|não|niet|nie|ne|ej|ikke|ekki|ei|nu|nem|не|μη|όχι|değil|ez|ní)"
_BOTH = lazy_pattern(
    r"(?:" + _COMMERCE.pattern + r")[^.;]{0,20}?\s" + _OR + r"\s+" + _NOT + r"\b"
    r"|(?:payant\w*|bezahlt\w*|kostenpflichtig\w*|betaald|płatn\w*|placen\w*|ücretli|pagad\w*"
    r"|pagament\w*|a\s+pagamento)\s+" + _OR + r"\s+(?:gratu\w*|kostenlos\w*|unentgeltlich\w*"
    r"|gratis|bezpłatn\w*|zdarma|bezplatn\w*|ücretsiz|free)",
    _FLAGS,
)
# words that could narrow a grant: then it is not read here (a grammar reader must)
_NARROWING = lazy_pattern(
    # negations
    r"\b(?:not|no|non|nicht|kein\w*|nie|niet|geen|ne|pas|jamais|nunca|nem|não|nessun\w*|mai"
    r"|nu|ej|inte|ikke|ikkje|ekki|ei|eivät|mitte|nėra|nav|nincs|δεν|μη|όχι|не|нет|ни|ні|değil"
    r"|yok|ní|níl|tidak|bukan|jangan|hindi|huwag|hapana|bila|si|emes|жоқ|емес|ba|kada|non?)\b"
    r"|\b(?:لا|ليس|غير|لن|אין|לא|נה|نه|نمی)\b|नहीं|না|নয়|نہیں|இல்லை|కాదు|không|chưa|ไม่|不|非|无|無|ない"
    r"|ません|않|못|안\s|"
    # only, solely
    r"\b(?:only|solely|exclusively|nur|ausschließlich|seulement|uniquement|solo|solamente"
    r"|únicamente|só|apenas|somente|soltanto|esclusivamente|alleen|uitsluitend|tylko|wyłącznie"
    r"|pouze|jen|výhradně|výhradne|len|samo|isključivo|izključno|endast|enbart|bara|kun|vain"
    r"|ainoastaan|aðeins|eingöngu|ainult|tikai|tik|csak|kizárólag|numai|doar|само|единствено"
    r"|μόνο|только|лише|тільки|sadece|yalnızca|només|bakarrik|soamhain|amháin|hanya|sahaja"
    r"|lamang|pekee|tu|faqat|тек)\b"
    r"|\b(?:فقط|רק)\b|केवल|सिर्फ|শুধু|কেবল|صرف|மட்டும்|మాత్రమే|chỉ|เท่านั้น|仅|只|僅|のみ|だけ|만\b|뿐"
    # except, unless, but, if, provided, subject to
    r"|\b(?:except\w*|unless|but|if|provided|subject|außer|ausgenommen|sofern|wenn|falls"
    r"|vorausgesetzt|sauf|excepté|sous\s+réserve|à\s+condition|si|excepto|salvo|siempre\s+que"
    r"|sujet[oa]|tranne|eccetto|purché|a\s+condizione|qualora|ove|quando|cuando|when|exceto|desde\s+que|behalve|mits|indien"
    r"|oprócz|wyjątkiem|jeśli|jeżeli|warunkiem|kromě|okrem|pokud|razen|če|osim|utom|ako|uvjetom"
    r"|förutom|utom|om|förutsatt|undtagen|hvis|forudsat|unntatt|forutsatt|paitsi|jos"
    r"|edellyttäen|nema|ef|kui|izņemot|jei|jeigu|išskyrus|kivéve|feltéve|ha|cu\s+excepția"
    r"|dacă|condiția|освен|ако|εκτός|εφόσον|εάν|αν|кроме|если|условии|за\s+винятком|якщо|умови"
    r"|hariç|dışında|eğer|şartıyla|koşuluyla|excepte|llevat|baldin|salbu|ach|más|kecuali"
    r"|jika|jikalau|syarat|maliban|kung|kapag|isipokuwa|ikiwa|kama)\b"
    r"|\b(?:باستثناء|إلا|إذا|بشرط|חוץ|למעט|אם|בתנאי|به\s+جز|اگر|شرط)\b|सिवाय|छोड़कर|यदि|अगर|बशर्ते"
    r"|ব্যতীত|ছাড়া|যদি|سوائے|தவிர|என்றால்|తప్ప|ఒకవేళ|trừ|nếu|điều\s+kiện|ยกเว้น|ถ้า|หาก"
    r"|เงื่อนไข|除|如果|若|前提|場合|条件|條件|제외|경우|조건|"
    # consent, approval, fees, a further or separate agreement, obtaining, requesting, contact
    r"\b(?:condici\w*|condicion\w*|condizion\w*|conditionn\w*|condition\w*|bedingung\w*"
    r"|voorwaard\w*|warunk\w*|podmín\w*|podmien\w*|pogoj\w*|uvjet\w*|uslov\w*|villkor\w*"
    r"|betingelse\w*|vilkår\w*|ehdo\w*|skilyrð\w*|tingimus\w*|nosacījum\w*|sąlyg\w*"
    r"|feltétel\w*|condiți\w*|услови\w*|умов\w*|προϋπόθεσ\w*|koşul\w*|şart\w*|baldintza\w*"
    r"|coinníoll\w*|kondisyon\w*|masharti|autori[tsz]\w*|authori[sz]\w*|deneg\w*|refus\w*"
    r"|weiger\w*|verweiger\w*|odmów\w*|odmít\w*|recus\w*|rifiut\w*|zustimm\w*|genehmig\w*|einwillig\w*|consent\w*|approv\w*|autorisation|accord\s+préalable"
    r"|consentimiento|autorizaci\w*|consenso|autorizzazion\w*|consentimento|autorizaç\w*"
    r"|toestemming|goedkeuring|zgod\w*|zezwoleni\w*|souhlas\w*|súhlas\w*|soglasj\w*"
    r"|suglasnost\w*|samtyck\w*|godkänn\w*|samtykk\w*|godkend\w*|suostumu\w*|samþykk\w*"
    r"|nõusolek\w*|piekrišan\w*|sutikim\w*|hozzájárul\w*|consimțământ\w*|съгласи\w*|συναίνεσ\w*"
    r"|согласи\w*|згод\w*|onay\w*|izni|baimena|toiliú|persetujuan|izin\s+tertulis|pahintulot"
    r"|idhini|gebühr\w*|entgelt\w*|redevance\w*|tarifa\w*|pago|canone|taxa|vergoeding\w*"
    r"|opłat\w*|poplat\w*|plačil\w*|naknad\w*|avgift\w*|gebyr\w*|maksu\w*|gjald\w*|tasu\w*"
    r"|díj\w*|taxă|plată|такс\w*|τέλ[οη]\w*|плат[аеиу]\b|оплат\w*|ücret\b|kuota|ordain\w*|táille"
    r"|biaya|bayaran|yuran|bayad|ada\b|malipo|gesondert\w*|separat\w*|getrennt\w*|séparé\w*"
    r"|distinct\w*|aparte|separad\w*|separat\w*|afzonderlijk\w*|odrębn\w*|osobn\w*|samostatn\w*"
    r"|ločen\w*|poseb\w*|särskild\w*|særskil\w*|erillis\w*|sérstak\w*|eraldi|atsevišķ\w*"
    r"|atskir\w*|külön\w*|отделн\w*|χωριστ\w*|ξεχωριστ\w*|отдельн\w*|окрем\w*|ayrı\w*|bereizi"
    r"|ar\s+leith|terpisah|berasingan|hiwalay|tofauti|erwerb\w*|beantrag\w*|anfrag\w*|kauf\w*"
    r"|obteni\w*|obten\w*|acquér\w*|demander|contact\w*|adquiri\w*|solicit\w*|ottener\w*"
    r"|acquist\w*|richied\w*|contatt\w*|verkrijg\w*|aanvra\w*|uzyska\w*|nabyć|získa\w*|požáda\w*"
    r"|pridobi\w*|zatraži\w*|erhåll\w*|ansök\w*|ansøg\w*|skaffe|hankki\w*|hakea|taotle\w*"
    r"|iegū\w*|įsigy\w*|kreiptis|megszerez\w*|obține\w*|solicita\w*|получ\w*|αποκτ\w*|приобре\w*"
    r"|отрима\w*|edinil\w*|başvur\w*|lortu|faigh|memperoleh|mendapatkan|meminta|menghubungi"
    r"|makakuha|humiling|kupata|kuomba"
    # bg, ru, uk: approval, refusal, a permission asked for, a registration or notice
    r"|одобр\w*|схвал\w*|отказ\w*|откаж\w*|отмов\w*|отхвърл\w*|отклон\w*|разрешени[ея]\w*"
    r"|регистр\w*|реєстр\w*|уведом\w*|повідом\w*)"
    r"|رسوم|دفع|موافقة|الحصول|طلب|תשלום|אגרה|הסכמה|אישור|לקבל|לבקש|هزینه|پرداخت|موافقت|دریافت"
    r"|درخواست|शुल्क|भुगतान|सहमति|स्वीकृति|प्राप्त|ফি|সম্মতি|অনুমোদন|فیس|منظوری|رضامندی|கட்டணம்"
    r"|ஒப்புதல்|రుసుము|ఆమోదం|תנאי|शर्त|শর্ত|நிபந்தனை|షరతు|phí|chấp\s+thuận|đồng\s+ý|ค่าธรรมเนียม|ความยินยอม|费|費|同意|批准"
    r"|申请|申請|联系|連絡|料金|承諾|承認|별도|동의|승인|수수료|"
    # bans
    r"\b(?:verbot\w*|untersagt|interdit\w*|prohibid\w*|vietat\w*|proibid\w*|verbod\w*|verboden"
    r"|zabronion\w*|zakázán\w*|prepoved\w*|zabranjen\w*|förbjud\w*|forbud\w*|kielle\w*|bannað"
    r"|keela\w*|aizliegt\w*|draudžiam\w*|tilos|interzis\w*|забран\w*|απαγορ\w*|запрещ\w*|заборон\w*"
    r"|yasak\w*|debeka\w*|toirmisc\w*|dilarang|ipinagbabawal|marufuku)"
    r"|محظور|يحظر|ممنوع|אסור|निषिद्ध|নিষিদ্ধ|தடை|నిషేధ|cấm|ห้าม|禁止|금지|"
    # users and revenue: a cap
    r"\b(?:nutzer\w*|utilisateur\w*|usuari\w*|utent\w*|usuário\w*|gebruiker\w*|użytkownik\w*"
    r"|uživatel\w*|používateľ\w*|uporabnik\w*|korisnik\w*|användare|bruger\w*|bruker\w*"
    r"|käyttäj\w*|notend\w*|kasutaja\w*|lietotāj\w*|naudotoj\w*|felhasználó\w*|utilizator\w*"
    r"|потребител\w*|χρήστ\w*|пользовател\w*|користувач\w*|kullanıcı\w*|erabiltzaile\w*"
    r"|úsáideoir\w*|pengguna\b|gumagamit|watumiaji|umsatz\w*|chiffre\s+d'affaires|facturaci\w*"
    r"|ingreso\w*|fatturat\w*|faturament\w*|receita\w*|omzet\w*|przych\w*|obrat\w*|tržb\w*"
    r"|prihod\w*|omsättning\w*|omsætning\w*|omsetning\w*|liikevaihto\w*|velta|käive\w*"
    r"|apgrozījum\w*|apyvart\w*|árbevétel\w*|cifr\w*\s+de\s+afaceri|оборот\w*|выручк\w*|дох[оі]д\w*"
    r"|ciro\w*|hasılat\w*|facturació\w*|pendapatan|mapato)"
    # without: "sin fines de lucro", "ohne Gewinnerzielungsabsicht"
    r"|\b(?:sin|sem\s+fins|sense|senza|sans|ohne|zonder|bez|utan|uden|uten|ilman|án|nélkül|fără|без|χωρίς"
    r"|gabe|gan|tanpa|walang|erworben|بدون|ללא|بغیر)\b"
    r"|مستخدم|משתמש|کاربر|उपयोगकर्ता|ব্যবহারকারী|صارف|பயனர்|వినియోగదారు|người\s+dùng|ผู้ใช้"
    r"|用户|用戶|ユーザー|사용자|이용자|إيرادات|הכנסות|درآمد|राजस्व|আয়|آمدنی|வருவாய்|ఆదాయం"
    r"|doanh\s+thu|รายได้|收入|营业额|売上|매출|बिना|இல்லாமல்|లేకుండా|ไม่มี|无需"
    # a number standing alone (a cap, a date, a clause referred to), not one in a name
    r"|(?<![\w-])\d",
    _FLAGS,
)
_MAX_CHARS = 400  # a grant is a sentence; a longer passage holds more than one term


def grants_commercial_use(text: str) -> bool:
    """Whether a passage no grammar reader read grants commercial use in so many words: a word
    of permission and one of commerce, and no word that could narrow it (module docstring)."""
    if len(text) > _MAX_CHARS or _PERMISSION.search(text) is None:
        return False
    both = _BOTH.search(text)
    rest = text if both is None else text[: both.start()] + " " + text[both.end() :]
    if both is None and _COMMERCE.search(text) is None:
        return False
    return _NARROWING.search(rest) is None
