"""Function words of the smaller European and other Latin-script languages `language` tells
apart since session 40 (Icelandic, Faroese, Breton, Welsh, Irish, Northern Sami,
Azerbaijani, Maori, Haitian Creole, isiZulu), and the neighbours a profile's winner may be
taken for (Galician for Portuguese or Spanish, Catalan or Occitan for Spanish, Romansh for Italian,
Luxembourgish for German, Upper Sorbian for Czech).

Each profile holds the words a sentence of its language can hardly do without (articles,
particles, pronouns, auxiliaries, negation, "or", "only", "without") and a few words of licence
terms. A word another profile or English writes is left out ("og", "ar" in English, "te" in
Dutch, "na" in Polish, "li" is shared by Maltese and Creole only): the older profiles' weights
stay as they were, so what they told before they tell still. Pure data.
"""

from __future__ import annotations

FUNCTION_WORDS_MORE: dict[str, str] = {
    "is": "að ekki það þessi þessa þessu þetta þessum við með fyrir eða eru hefur hafa "
    "hann hún þeir þess þeim þegar eftir einungis aðeins hvers konar án samþykkis skriflegs "
    "skriflegu leyfi leyfið leyfis leyfishafi leyfishafa leyfisveitandi leyfisveitanda "
    "heimilt óheimilt notkun notkunar líkan líkanið líkansins líkaninu skilmálar "
    "skilmálum skilmálana lög lögum gilda gildir viðskiptalegum viðskiptum tilgangi "
    "hagnaðarskyni rannsókna þriðja aðila öllum sína sinni vegna skulu",
    "fo": "ikki tær tín tínum tínar hesum hesi hetta hesin hendan ið fyri verður "
    "verða kunnu nýta nýtast nýtsla nýtslu loyvi loyvið loyvinum loyvishavi loyvishavin "
    "loyvisgevi tænastur tænastu hvørki vinnuligum vinnulig vinnuligt endamál endamáli lóg "
    "lógin galdandi sambært uttan einans tó teirra eisini annars onnur hvat hvør "
    "skulu eiga",
    "br": "hag eo emañ evit gant e-lec'h deoc'h dezhañ ket n'eo n'eus hep ebet "
    "ivez hepken implijout implij aotre aotren kenwerzhel kenwerzh patrom lezenn reiñ dre "
    "hoc'h c'hall gallout hini eus bezañ vez peseurt forzh gwarant diviz anv ac'hanoc'h "
    "dleout a-raok goude",
    "cy": "yn yr eich chi mae bod nad nid gyda gan hwn hyn neu drwy trwy dros rhaid "
    "fydd fyddwch ddefnyddio defnyddio defnydd trwydded drwydded trwyddedai masnachol "
    "fasnachol dibenion diben ddiben unrhyw caniatâd ganiatâd cyfraith gyfraith yw ydy oes "
    "wedi sydd pob phob hefyd amodau amod ysgrifenedig hawl heblaw ond",
    "ga": "agus ag leis ní níl gan seo atá bhfuil cead ceadúnas ceadúnais "
    "ceadaítear cheadaítear úsáid úsáide tráchtála neamhthráchtála chun críocha dlí faoi ach "
    "amháin aon ná nó tsamhail samhail taighde scríofa gach roimh idir",
    "se": "dán lea leat eai sáhttá oažžu galgá galget geavahit geavaheapmi rievdadit "
    "juohkit buot ulbmiliidda ulbmiliid ulbmil maiddái gávppálaš gávppálaččat lohpi lobi "
    "láhka lága gusto mielde dušše almmá dahje juohke máŋgosa ovdal sii",
    # Azerbaijani: none of the words Turkish writes the same ("edin", "olmadan", "bütün")
    "az": "və ilə üçün heç istənilən məqsədlə məqsədilə məqsəd lisenziya lisenziyanın "
    "lisenziyası istifadə icazə verir olunur zəmanət kommersiya deyil "
    "yaxud əgər həmçinin hər hüququ qanunvericiliyi tərəfindən",
    "mi": "ngā ana kia kua kāore kaore ehara mō hoki rānei ranei ētahi tēnei tenei "
    "tētahi anake engari whakamahi whakaaetia raihana tauira ture arumoni waho roto ahau "
    "koe tātou mātou whai atu ake",
    "ht": "li pou ak epi yo nou yon kòm fè dwa itilize kopye modifye distribye "
    "nenpòt menm okenn sèlman sèl lajan peye anyen kreyòl moun konsa dwe kapab pral "
    "oswa lè lòt paske sou",
    "lb": "dierft däerf dës dëser dësem ass gëtt ouni nëmmen awer wann vum engem enger deen "
    "déi hiren deenen méi wéi gëllt notzen benotzen benotzung ënner iwwer kënnen zwecker",
    "zu": "noma futhi kanye ukuthi ngokuthi lokhu lesi lena ngaphandle akukho "
    "akuvunyelwe kuvunyelwe kufanele ukusebenzisa lokusebenzisa ilayisensi imodeli "
    "inikezwa njengoba yiyiphi kuhlanganise ilungelo ukukopisha ukushintsha isiqinisekiso "
    "inhloso ngenhloso umthetho yonke wonke kodwa kuphela ngaphambi imvume ngemvume",
}

# Maltese, held back: told "mt", a passage makes `terms.foreign_lists` ask `foreign_more.BANS`
# for Maltese words it does not hold (KeyError); merged once they are there
FUNCTION_WORDS_MALTESE: dict[str, str] = {
    "mt": "ta tal għal għall minn fuq biex huwa hija huma dawn kull mhux ebda jista "
    "tista jistax tistax jistgħu jintuża tuża liċenzja mudell użu kummerċjali skop "
    "skopijiet permess liġi iżda biss anki wkoll mingħajr skont bħala lil lill",
}
LETTER_HINTS_MALTESE = "ċġħ"

# Letters only these languages write among the profiles: Sami ŋ, ŧ; the
# Azerbaijani schwa; the Maori long o (Latvian writes ā, ē, ī, ū too)
LETTER_HINTS_MORE: dict[str, str] = {"se": "ŋŧ", "az": "ə", "mi": "ō", "is": "þ"}

# (winner, neighbour, the neighbour's own words, the winner's own words where the neighbour
# says it otherwise): the neighbour is told when more of its words than of the winner's are
# counted
NEIGHBOURS_MORE: tuple[tuple[str, str, str, str], ...] = (
    (
        "pt",
        "gl",
        "unha unhas nin ningún ningunha calquera polo pola polos polas dereito dereitos tamén "
        "xa en con dun dunha nun nunha súa vostede cando coma aplícase concédese "
        "permítese prohíbese lle lles",
        "um uma umas nem nenhum nenhuma qualquer pelo pela pelos pelas direito direitos também "
        "já em com num numa sua você quando como não são aplica-se concede-se lhe lhes",
    ),
    (
        "es",
        "gl",
        "unha unhas nin ningún ningunha calquera polo pola polos polas dereito dereitos tamén "
        "xa non os dun dunha nun nunha súa cando coma aplícase concédese permítese lle lles",
        "una unas ni ningún ninguna cualquier por el los del derecho derechos también ya no "
        "sus su cuando como aplica concede permite le les",
    ),
    (
        "ca",
        "oc",
        "lo los avètz podètz pòt pòdon drech licéncia tanben quina siá devon daissar aqueste "
        "aquela aquel vòstra vòstre lor coma çò aquò utilizacion autorizacion sonque",
        "el els heu podeu pot poden dret llicència també però qualsevol sigui cal han deu "
        "deixar aquest aquesta aquella aquell dins vostra vostre seu com això és ús "
        "autorització només",
    ),
    (
        "it",
        "gl",
        "unha unhas nin sen dun dunha nun nunha polo pola polos polas dereito dereitos tamén "
        "calquera xa os do da dos das",
        "una une né senza di della nel nella per il gli diritto diritti anche qualsiasi già "
        "lo del dei",
    ),
    (
        "es",
        "ca",
        "com per amb aquest aquesta aquests aquestes cal dins pel pels als seva seu seus "
        "llicència llicenciant llicenciatari també però només qualsevol ús l'ús d'ús és està "
        "sigui encara mitjançant",
        "como para por con este esta estos estas hay dentro los su sus licencia licenciante "
        "licenciatario también pero solo cualquier uso es está sea aunque mediante",
    ),
    (
        "es",
        "oc",
        "lo avètz podètz pòt pòdon drech licéncia tanben quina siá devon daissar aqueste "
        "aquela aquel vòstra vòstre lor çò aquò utilizacion autorizacion",
        "el usted puede pueden derecho licencia también cualquier sea debe deben dejar este "
        "esta esa ese en su sus eso uso autorización",
    ),
    (
        "it",
        "oc",
        "lo avètz podètz pòt pòdon drech licéncia tanben quina siá devon daissar aqueste "
        "aquela aquel vòstra vòstre lor çò aquò utilizacion autorizacion",
        "il voi potete può possono diritto licenza anche qualsiasi sia deve devono lasciare "
        "questo questa quella quello in vostra vostro loro ciò uso autorizzazione",
    ),
    (
        "it",
        "rm",
        "vus pudais dastgais vossa vossas vossa nus dal dals sche betg mintga dretg lieu "
        "dretgira utilisar duvrar midar derasar intent intents commerzials commerzial "
        "licenziader licenziada vala tenor ubain mo sulettamain tut tuts cun sco ina quest",
        "voi potete vostra vostro noi del dei se non ogni diritto luogo foro utilizzare usare "
        "modificare distribuire scopo scopi commerciali commerciale licenziante vale secondo "
        "oppure solo soltanto tutto tutti con come una questo questa",
    ),
    (
        "de",
        "lb",
        "dir dierft däerf fir mat dës dëser dësem ass sinn gëtt ginn ouni nëmmen awer wann "
        "vun vum eng engem enger deen déi hir hiren deenen méi wéi gëllt notzen benotzen "
        "benotzung ënner iwwer kënnen muss",
        "sie ihr darf dürfen für mit diese dieser diesem ist sind gibt werden ohne nur aber "
        "wenn von vom ein einem einer der die ihre ihren denen mehr wie gilt nutzen benutzen "
        "nutzung unter über können",
    ),
    (
        "sv",
        "lb",
        "dir dierft däerf fir mat dës dëser dësem ass sinn gëtt ginn ouni nëmmen awer wann "
        "vun vum eng engem enger deen déi hir hiren deenen méi wéi gëllt notzen benotzen",
        "du får för med denna detta är sina ges blir utan endast men när av en ett den de "
        "deras mer än gäller använda användning",
    ),
    (
        "cs",
        "hsb",
        "kóždy kóždeje kóžde wužiwać wužiwanje změnić tež smědźeće smě njesmě njeje abo hdyž "
        "tutón tuta tute tutu pola dale dawać płaći zaměr zaměry hospodarske hospodarski bjez "
        "jenož jeno wot wšě wšitke dyrbi dyrbja móže móža njemóže přez přizwolenje kotryž "
        "kotraž kotrež prošu",
        "každý každé každého užívat používat užívání změnit také smíte smí nesmí není nebo "
        "když tento tato toto tyto u dále dávat platí účel účely obchodní komerční bez jen "
        "pouze od všechny musí může mohou nemůže přes souhlas který která které",
    ),
    (
        "hr",
        "hsb",
        "kóždy kóždeje kóžde wužiwać wužiwanje změnić tež smědźeće smě njesmě njeje abo hdyž "
        "tutón tuta tute tutu pola dale dawać płaći zaměr zaměry hospodarske hospodarski bjez "
        "jenož jeno wot wšě wšitke dyrbi dyrbja móže móža njemóže přez přizwolenje kotryž",
        "svaki svako koristiti mijenjati također smijete smije nije ili kada ovaj ova ovo kod "
        "dalje davati vrijedi svrha svrhe komercijalne bez samo od svi mora može mogu preko "
        "dozvola koji koja koje",
    ),
    (
        "tr",
        "az",
        "və ilə üçün heç istənilən məqsəd lisenziya istifadə icazə olunur zəmanət "
        "deyil yaxud əgər həmçinin hər",
        "ve ile için hiç herhangi amaç lisans kullanım izin edilir olmadan yalnızca sadece "
        "değil veya eğer ayrıca tüm her",
    ),
)
