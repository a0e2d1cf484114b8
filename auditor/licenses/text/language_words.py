"""The function words and letters by which `language` tells Latin-script languages apart."""

from __future__ import annotations

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
    "användning ändamål gäller",
    "cs": "je že pro jako nebo není tento tato toto pouze jsou být ke ve ze při jen výhradně "
    "včetně užití účely účel souhlasu právem smí nesmí",
    "ro": "și fără pentru sau cu această acest doar sunt să nu care orice este prin din ale "
    "vă fi dreptul modelul licența licenței scop scopuri comercial comerciale utilizarea "
    "interzisă interzis exclusiv numai legea",
    "hu": "és nem vagy egy hogy csak nélkül az ez ezt kell lehet szerint is minden bármilyen "
    "modell modellt használatát célra célokra tilos engedély engedélyező kizárólag jog irányadó",
    "fi": "ja ei tai ilman vain tämä että on se ovat kuin jos myös eikä saa mallin mallia "
    "käyttöä käytön käyttää lisenssi sallii kaupallisesti ainoastaan yksinomaan sovelletaan "
    "tähän lakia",
    # "und": Danish and Norwegian, told apart from English to be said unread (no cue reads them)
    "und": "og ikke af er til uden eller skal må fra dette denne ved efter kun",
}
LETTER_HINTS: dict[str, str] = {
    "de": "äöüß", "fr": "çâêëîïôûœèù", "es": "ñ¿¡", "pt": "ãõ", "pl": "ąćęłńśźż",
    "tr": "ğşı", "sv": "å", "ro": "ășț", "hu": "őű", "cs": "ěčřůťďňýšž",
    "vi": "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}  # fmt: skip
