"""The function words and letters by which `language` tells Latin-script languages apart."""

from __future__ import annotations

from auditor.licenses.text.language_words_s40untold import (
    FUNCTION_WORDS_MORE,
    LETTER_HINTS_MORE,
    NEIGHBOURS_MORE,
)

# Function words of each Latin-script language: the words a sentence cannot do without, and a
# few words of license terms the language does not share with English (Nutzung, modello). A
# word several languages share counts for each of them, divided by how many share it.
FUNCTION_WORDS: dict[str, str] = {
    "en": "the of and to in is that for by this you your may not with shall any be or are under "
    "as it its such from on at which will have all if use must no other these those an per",
    "de": "der die das und ist nicht mit von zu den dem des ein eine einer eines einem für auf "
    "im sie ihr werden wird sind oder nur auch darf dürfen bei aus nach wie als über zur zum "
    "dieses diese dieser unter ohne jede jeder keine kein sich nutzung verwendung lizenz modell "
    "gestattet untersagt verboten erlaubt zwecke",
    "fr": "le la les et est des du un une pour dans ne pas que qui sur au aux par ce cette vous "
    "être sont ou avec son sa ses peut tout toute sous leur utilisation modèle commerciale "
    "commerciales autorisation interdite interdit",
    "es": "el la los las y es de del que en un una para por con no se su sus al como o este "
    "esta está puede ser sin cualquier bajo queda uso modelo licencia autorización prohibido "
    "fines comerciales",
    "pt": "o a os as e é de do da dos das que em um uma para por com não se seu sua ao pelo "
    "pela este esta pode ser são sem qualquer sob uso modelo licença autorização proibido fins "
    "comerciais quem à às pelos pelas deste desta neste nesta você também deve devem",
    "it": "il lo la gli le e è di del della che in un una per con non si suo sua al dal questo "
    "questa può essere sono senza qualsiasi sotto uso modello licenza commerciale commerciali "
    "autorizzazione vietato scopi deve devono",
    "nl": "de het een en is van in dat op te voor met niet zijn wordt of door dit deze mag "
    "mogen onder zonder worden moet moeten uw bij ook indien alleen uitsluitend gebruik "
    "licentie toegestaan verboden doeleinden toestemming overeenkomst",
    "pl": "i w z na nie się do jest to że o jak ale lub oraz przez dla tylko może być jego zgody "
    "licencja licencji modelu modelem komercyjnych komercyjnym komercyjne celach celu wymaga prawu",
    "tr": "ve bir bu için ile da de olarak veya değil olan gibi daha çok sadece yalnızca ancak "
    "herhangi lisans lisansı modeli ticari amaçla amaçlarla kullanım hukukuna tabidir",
    "vi": "và của là có không được các cho với này những một trong để người theo chỉ giấy "
    "phép mô hình sử dụng thương mại mục đích bạn phải",
    "id": "dan yang di ini untuk dengan tidak dari dalam ke pada adalah atau akan dapat oleh "
    "hanya boleh tanpa anda jika apabila harus bahwa atas juga secara tersebut serta beserta "
    "penggunaan lisensi komersial tujuan wajib izin dilarang",
    "sv": "och att inte utan ska får från detta denna endast är för icke ej enbart även alla "
    "användning ändamål gäller av kommersiell kommersiella som med på eller till vid måste ange "
    "licensgivaren licenstagaren licenstagare licenstagarens rätt rätten villkor villkoren "
    "högre omsättning används innan teckna enligt länge överstiger kronor det modellens",
    "cs": "je že pro jako nebo není tento tato toto pouze jsou být ke ve ze při jen výhradně "
    "včetně užití účely účel souhlasu právem smí nesmí se na pokud které který která jeho "
    "jejich této tohoto podle nabyvatel nabyvatele nabyvateli poskytovatel poskytovatele "
    "poskytovateli sídlem",
    "ro": "și fără pentru sau cu această acest doar sunt să nu care orice este prin din ale "
    "vă fi dreptul modelul licența licenței scop scopuri comercial comerciale utilizarea "
    "interzisă interzis exclusiv numai legea",
    "hu": "és nem vagy egy hogy csak nélkül az ez ezt kell lehet szerint is minden bármilyen "
    "modell modellt használatát célra célokra tilos engedély engedélyező kizárólag jog irányadó",
    "fi": "ja ei tai ilman vain tämä että on se ovat kuin jos myös eikä saa mallin mallia "
    "käyttöä käytön käyttää lisenssi sallii kaupallisesti ainoastaan yksinomaan sovelletaan "
    "tähän lakia joiden jonka jotka joka ole olla olevan myönnetä myöntää lisenssinsaaja "
    "lisenssinsaajan lisenssinsaajalle lisenssinantaja lisenssinantajan kotipaikka asuinpaikka "
    "käyttöoikeus käyttöoikeutta mukaan tulee kuitenkin näistä henkilölle sekä mukaisesti "
    "sopimukseen sopimus ehtojen",
    # Danish and Norwegian share most of their function words (each counts half for both);
    # their own spellings (af/av, uden/uten, tilladelse/tillatelse) tell them apart
    "da": "og ikke af uden eller skal må fra dette denne ved efter kun enhver hvis også "
    "formål forbudt herunder udelukkende dansk bruge bruges ændre kommerciel kommercielle "
    "kommercielt brug tilladelse tilladt aftale særskilt licensen licensgiveren anses kræver "
    "som med på udvikling våben indhold vildledende gældende uønsket markedsføring "
    "oplysninger at det til modellens træne vedlægge vedlægges videregive videregiver "
    "videregives videregivelse kopi licens underlagt lovvalg rettigheder udgiveren dig giver",
    "no": "og ikke av uten eller skal må fra dette denne ved etter kun enhver hvis også "
    "formål forbudt herunder utelukkende rett norsk bruke brukes endre kommersiell kommersielle "
    "kommersielt bruk tillatelse tillatt avtale særskilt lisens lisensen lisensgiver reguleres "
    "deg gir som med på utvikling utvelgelse våpen våpensystemer lage innhold villedende "
    "virkelige gjeldende strid uønsket markedsføring genererer opplysninger det til modellens "
    "trene vedlegge vedlegges videreformidle kopi underlagt lovvalg rettigheter utgiveren",
    # Croatian, Serbian and Bosnian in Latin letters (one profile: their clauses read alike)
    "hr": "ili bilo koji koja koje koju ovaj ova ovo ovu ovoj kao samo pravo prava "
    "licenca licencu modela modelu korištenja korišćenja svrhu svrhe uključujući "
    "komercijalnu komercijalne zabranjeno dozvoljeno dopušteno smije sme smiju mora bez prema "
    "primjenjuje primenjuje članak član daje vam niti odnosno upotreba upotrebu korištenje "
    "zahtijeva zahteva suglasnost saglasnost davatelj davatelja davalac pisanu dozvolu uvjeti "
    "uslovi komercijalna nekomercijalne sa ni nije nisu osoba osobe osobama pravne pravnim "
    "fizičke fizičkim sjedištem sedištem prebivalištem uniji europskoj evropskoj ovu ovom "
    "kojima svaki svaka licencom uvjetima odredbe stavak ne koristiti koristi korisnik "
    "korisnika korisnici modelom",
    "lt": "ir yra kad arba kaip tik šis ši šią šio jei jeigu kokiais tikslais įskaitant "
    "naudoti naudojimas licencija licencijos licenciaras licenciatas modelį modelio modelis "
    "teisę draudžiama negali privalo straipsnis taikomi įstatymai pajamos viršija komercinius "
    "komerciniais nekomerciniais",
    "lv": "ir kā vai uz bez tikai šī šis šo jebkurā jebkādiem licence licenci "
    "licenciāts modeli modeļa modelis izmantot izmantošana aizliegta aizliegts atļauja "
    "atļaujas komerciāla komerciāliem nekomerciāliem mērķiem drīkst nedrīkst tiesības likumi",
    "et": "või kui selle seda mis ning ka kõik ainult tohi tohib peab vastavalt "
    "litsents litsentsi litsentsiandja mudel mudelit mudeli kasutada kasutamine kopeerida "
    "muuta sealhulgas ärilisel ärilise eesmärgil keelatud lubatud õigust kohaldatakse tasuta",
    # Malay: the words it does not share with Indonesian (`NEIGHBOURS` tells the two apart)
    "ms": "lesen pemberi perubatan percuma apa-apa sebarang mana-mana tertakluk fasal syarikat "
    "sahaja iaitu ialah dibenarkan hendaklah pesakit rawatan kebenaran bertulis penyelidikan "
    "ketenteraan perniagaan",
    "sw": "ya kwa hii huu hizi kwamba bila kama pia yoyote yote kutumia kunakili kubadilisha "
    "kusambaza leseni mtoaji haki modeli madhumuni pamoja ikiwa biashara sheria lazima "
    "marufuku hairuhusiwi haruhusiwi isiyo kipekee malipo nakala maandishi kifungu "
    "inasimamiwa matumizi utafiti kibiashara",
    # Filipino (Tagalog): its particles and linkers (ang, ng, mga, ay, nang), pronouns and the
    # words of licence terms; words other languages write too ("at", "may", "para", "din",
    # "modelo", "libre") are left out
    "tl": "ang ng mga ay nang ito iyon iyong iyo mo ka ko kami namin natin nila niya siya sila "
    "kung hindi lamang lang rin kahit anumang sinuman gamitin paggamit lisensiya lisensya "
    "pahintulot batas kumpanya negosyo bayad walang kapag dapat kailangan maaari puwede pwede "
    "kopyahin baguhin ipamahagi kasama upang ibang namamahala umiiral layunin modelong "
    "tuntunin kondisyon ipinagbabawal bawal pinahihintulutan",
    # Slovak, Slovenian and Catalan: told from Czech, Croatian and Spanish or Romanian to be
    # said unread by name (no cue reads them)
    "sk": "alebo len iba ktorý ktorá ktoré podľa môže môžu nesmie použitie používanie "
    "licencia licencie účely komerčné komerčného komerčnom súhlasu písomného zakázané povolené "
    "zmluvy slovenskej sa nesmú používať použiť zbrane zbraní vývoj sledovanie poskytovateľ "
    "udeľuje právom riadi",
    "sl": "lahko ali ki brez uporabo uporaba uporabe namene komercialne komercialno prepovedana "
    "prepovedano dovoljena dovoljenja soglasja pisnega slovenije licenco sme smejo uporabljati "
    "uporabljate velja republike dajalec podeljuje pravico množični nadzor",
    "ca": "els amb aquest aquesta aquests aquestes qualsevol llicència llicències llicenciatari "
    "llicenciant ús l'ús d'ús està pel pels dels seva mitjançant també prohibit prohibida "
    "autorització finalitats",
    # Basque, mostly written in plain ASCII: its auxiliaries, particles and postpositions and
    # the words of licence terms; words other profiles have ("da", "du", "ez": Turkish, French,
    # Hungarian; a shared word would count less for them) or other languages write as often
    # ("ala", "hala", "bai", "nola") are left out
    "eu": "eta edo dira dute dago daude daiteke daitezke dezake dezakete dezakezu ezin "
    "behar bat hau honek honen honetan hori horrek hauek horiek ere baina baita gabe arabera "
    "bezala baizik soilik bakarrik edozein guztiak guztia zein bere beste bestelako izan egin "
    "dela direla duen duten dituen zure gure nahiz ezta inolako batez buruz bidez gisa baldin "
    "salbu ezik artean ondoren aurretik zaio zaie lizentzia lizentziak lizentziaren lizentzian "
    "eredua ereduaren ereduak erabili erabiltzea erabiltzeko erabilera erabilerak erabilerarik "
    "debekatuta debekatzen baimena baimenik baimenduta baimentzen idatzizko helburu helburuak "
    "helburutarako helburuetarako komertzialak komertzialetarako merkataritza ikerketa "
    "ikerketarako legeria legeriaren legediaren eskubidea ematen arautzen aplikatzen",
    # Albanian, Scottish Gaelic and West Frisian, often written without their marks:
    # told by their own words so that a sentence is said unread rather than taken for English
    # (words other languages write as often, "per", "pa", "ne", "sin", "mar", "ha", "pe", "en",
    # "op", "mei", "jo", "yn", and the Gaelic words Irish writes too, "agus", "seo", "cead",
    # "iad", are left out)
    "sq": "dhe nuk eshte është ose vetem vetëm mund duhet ndalohet lejohet kjo këto keto këtë "
    "kete qe që nga perdorimi përdorimi perdorim përdorim modelit licencës licencen qellime "
    "qëllime qellim qëllim tregtare tregtar ushtarake ligjit ligji sipas",
    "gd": "tha airson anns bho bhith sam cleachdadh malairteach toirmisgte toirmeasgte modail "
    "feumaidh faodaidh chaneil ceadachas lagh",
    "fy": "ferbean ferbod brûke bruke brûken bruken foar jins wurde wurdt binne kinne meie moat "
    "moatte kommersjele kommersjeel ynklusyf tastimming tastien lisinsje lisinsjejouwer wizigje "
    "kopiearje ferspriede militêre militere minsken allinnich sûnder sunder neffens dizze",
}
LETTER_HINTS: dict[str, str] = {
    "de": "äöüß", "fr": "çâêëîïôûœèù", "es": "ñ¿¡", "pt": "ãõ", "pl": "ąćęłńśźż",
    "tr": "ğşı", "sv": "å", "ro": "ășț", "hu": "őű", "cs": "ěčřůťďňýšž", "lt": "ėįų",
    "lv": "āēīģķļņ", "sk": "ľĺŕ", "ca": "ŀ",
    "vi": "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}  # fmt: skip
FUNCTION_WORDS.update(FUNCTION_WORDS_MORE)  # Icelandic, Welsh, Maltese... (session 40)
LETTER_HINTS.update(LETTER_HINTS_MORE)

# Neighbours a profile's winner may be taken for: (winner, neighbour, the neighbour's own
# words, the winner's own words where the neighbour says it otherwise). Malay shares most of
# Indonesian's function words; its spellings (lesen/lisensi, percuma/gratis, syarikat/perusahaan)
# decide.
NEIGHBOURS: tuple[tuple[str, str, str, str], ...] = (
    (
        "id",
        "ms",
        "lesen perubatan percuma apa-apa sebarang mana-mana tertakluk fasal syarikat sahaja iaitu "
        "ialah dibenarkan membenarkan hendaklah pesakit rawatan kebenaran bertulis penyelidikan "
        "ketenteraan perniagaan kerajaan suai ringgit malaysia",
        "lisensi medis gratis memodifikasi perusahaan pemerintah diizinkan tunduk pasal saja yaitu "
        "penelitian militer bisnis tertulis izin pun rupiah indonesia",
    ),
    # Slovak shares Czech's letters (č, š, ž, ť, ň, ý): its own function words and spellings
    # (alebo/nebo, aj/i, ich/jejich, podľa/podle, len/jen, ako/jako, sú/jsou) decide
    (
        "cs",
        "sk",
        "alebo aj ich najmä ktorý ktorá ktoré ktorých podľa môže môžu nesmie nesmiete nesmú "
        "len iba tiež ako sú sa použitie používanie používať použiť článok tieto tento vedomia "
        "zmluvy podmienky povoľuje udeľuje činnosť zamestnancov osôb ľudí akékoľvek",
        "nebo jejich zejména který která které kterých podle může mohou nesmí nesmíte jen pouze "
        "také též jako jsou se použití používání používat užívat článek tyto tento vědomí smlouvy "
        "podmínky povoluje uděluje činnost zaměstnanců osob lidí jakékoli",
    ),
    *NEIGHBOURS_MORE,  # Galician, Occitan, Romansh, Luxembourgish, Upper Sorbian, Azerbaijani
)
