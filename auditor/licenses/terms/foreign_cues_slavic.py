"""The cues of `terms.foreign` in Ukrainian, Bulgarian and Croatian/Serbian (one set for
Croatian, Serbian and Bosnian, read in Latin and in Cyrillic letters: `both_scripts`), words
composed by `foreign_cue_shapes.shaped`. See `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant "for any purpose, commercial ones
included" (з будь-якою метою, зокрема комерційною / за всякакви цели, включително търговски /
u bilo koju svrhu, uključujući komercijalnu), a grant confined to non-commercial, research or
personal ends (лише з некомерційною метою / единствено за научни изследвания / isključivo u
nekomercijalne svrhe), a ban on commercial use, commercial use needing the licensor's consent
or a further licence, a cap on monthly active users or on revenue (the licensee's affiliates
counted or not), and the law that governs.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped

# --- Ukrainian ---------------------------------------------------------------------------------

# not "некомерційн"
_UK_COM = (
    r"(?:\bкомерційн\w*|\bз\s+метою\s+отримання\s+(?:прибутку|доходу)"
    r"|\b(?:підприємницьк|господарськ)\w*\s+діяльн\w*)"
)
_UK_EXCEPT = r"(?![^.;]{0,20}?\b(?:крім|окрім|за\s+винятком)\b)"
UK = shaped(
    Words(
        com=_UK_COM,
        non=r"\bнекомерційн\w*|\bне\s+комерційн\w*|\bнеприбутков\w*",
        ban=r"\b(?:заборонен\w*|забороняється|не\s+(?:можна|може|можуть|дозволя\w*|дозволен\w*"
        r"|допускається|поширюється|охоплює"
        r"|вправі|має\s+права)|не\s+використов\w*)",
        consent=r"(?:дозв[іо]л\w*|згод\w*|ліценз\w*|договір\w*|договор\w*)",
        without=r"\bбез\s+[^.;]{0,40}?",
        need=r"\b(?:потріб\w*|необхідн\w*|вимагає|має\s+отримати|повинен\s+отримати"
        r"|слід\s+отримати|отрима\w*|укласти)\b",
        allowed=r"\b(?:зокрема|у\s+тому\s+числі|в\s+тому\s+числі|включаючи|включно\s+з)\s+"
        r"(?:і\s+|й\s+)?(?:для\s+|у\s+|в\s+|з\s+)?комерційн\w*"
        r"|\bз\s+будь-якою\s+метою\b"
        + _UK_EXCEPT
        + r"|\bдля\s+будь-яких\s+цілей\b"
        + _UK_EXCEPT
        + r"|\bкомерційн\w*\s+використан\w*\s+(?:(?!не\b)\w+\s+){0,2}(?:є\s+)?дозволен\w*"
        r"(?!\s+(?:лише|тільки|за|після|у\s+разі))"
        # "may be used for commercial ends": "можна використовувати в комерційних цілях"
        r"|(?<!не\s)\bможна\s+(?:\w+\s+){0,3}?(?:в|у|з|для)\s+комерційн\w*"
        r"(?![^.;]{0,30}?\b(?:лише|тільки|за\s+умови|після|якщо))",
        both=r"\bкомерційн\w*\s+(?:і|та|чи|або)\s+некомерційн|\bнекомерційн\w*\s+(?:і|та|чи|або)"
        r"\s+комерційн|\bнезалежно\s+від\b[^.;]{0,50}?(?<!не)(?:комерційн|прибут|дох[оі]д|заробіт)",
        unrestricted=r"\bбез\s+(?:будь-яких\s+)?обмежень"
        + GAP
        + _UK_COM
        + "|"
        + _UK_COM
        + GAP
        + r"\bбез\s+(?:будь-яких\s+)?обмежень",
        only=r"\b(?:лише|тільки|виключно|винятково)\b",
        research=r"(?:досліджен|науков|академічн|освітн|навчальн)\w*",
        personal=r"(?:особист|приватн)\w*",
        mau=r"\bщомісячн\w*\s+(?:кількіст\w*\s+)?активн\w*\s+користувач\w*|\bактивн\w*\s+користувач\w*\s+(?:на|за)"
        r"\s+місяць|\bMAU\b",
        revenue=r"\bдох[оі]д\w*|\bвиручк\w*|\bоборот\w*",
        annual=r"\bрічн\w*|\bна\s+рік\b|\bза\s+рік\b|\bфінансов\w*\s+р[іо]к\w*",
        affiliates=r"\bафілійован\w*|\bдочірн\w*|\bгруп\w*\s+(?:компаній|ліцензіат\w*)",
        laws=((r"\bзаконодавств\w*\s+України|\bправ\w*\s+України|\bукраїнськ\w*\s+прав\w*", "UA"),),
        vocabulary=r"ліценз|умов|дозвол|заборон|комерц|згод|відповідальн|гаранті|прав|договір"
        r"|обмежен",
        restrictive=r"\b(?:не|лише|тільки|виключно|заборон\w*|комерційн\w*|некомерційн\w*|згод\w*"
        r"|дозвол\w*|крім)\b",
        license_noun=r"ліценз\w*|license",
        other_work=r"\bнабор\w*\s+даних|\bдан(?:і|их)\b|\bбазов\w*\s+модел\w*|\bкод\w*",
        this_model=r"\bмодел\w*|\bваг\w*",
        extra_restricted=r"\bкомерційн\w*\s+ліценз\w*|\bокрем\w*\s+ліценз\w*",
    )
)

# --- Bulgarian ---------------------------------------------------------------------------------

# not "нетърговск"
_BG_COM = r"(?:\bтърговск\w*|\bкомерсиал\w*|\bс\s+цел\s+печалба|\bстопанск\w*\s+дейност\w*)"
BG = shaped(
    Words(
        com=_BG_COM,
        non=r"\bнетърговск\w*|\bнекомерсиал\w*|\bнестопанск\w*",
        ban=r"\b(?:забранен\w*|забранява\w*|не\s+(?:може|могат|се\s+разрешава|е\s+разрешен\w*|бива"
        r"|трябва|обхваща|се\s+отнася|се\s+разпростира)|няма\s+право)",
        consent=r"(?:разрешени\w*|съгласи\w*|лиценз\w*|договор\w*)",
        without=r"\bбез\s+[^.;]{0,40}?",
        need=r"\b(?:изисква|необходим\w*|нуж\w*|трябва\s+да\s+(?:получи|сключи|придобие)"
        r"|следва\s+да\s+получи)\b",
        allowed=r"\b(?:включително|в\s+това\s+число)\s+(?:и\s+)?(?:за\s+|с\s+)?(?:търговск\w*"
        r"|комерсиал\w*)|\bза\s+(?:всякакви|всички)\s+цели\b|\bза\s+каквато\s+и\s+да\s+е\s+цел\b"
        r"|\bза\s+всяка\s+цел\b|\bза\s+всякаква\s+цел\b"
        r"|\bтърговск\w*\s+употреб\w*\s+(?:(?!не\b)\w+\s+){0,2}(?:е\s+)?разрешен\w*"
        r"(?!\s+(?:само|след|при))",
        both=r"\bтърговск\w*\s+(?:и|или)\s+нетърговск|\bнетърговск\w*\s+(?:и|или)\s+търговск"
        r"|\b(?:независимо|без\s+значение)\s+(?:от\s+това\s+)?дали\b[^.;]{0,50}?(?<!не)(?:печалб"
        r"|търговск|доход|комерс)",
        unrestricted=r"\bбез\s+(?:каквито\s+и\s+да\s+е\s+)?ограничения" + GAP + _BG_COM,
        only=r"\b(?:единствено|само|изключително)\b",
        research=r"(?:научн|изследван|академичн|образовател|учебн)\w*",
        personal=r"(?:личн|частн)\w*",
        mau=r"\bмесечн\w*\s+(?:брой\s+)?активн\w*\s+потребител\w*|\bактивн\w*\s+потребител\w*\s+(?:на|за)"
        r"\s+месец|\bMAU\b",
        revenue=r"\bприход\w*|\bоборот\w*|\bпостъплени\w*",
        annual=r"\bгодишн\w*|\bна\s+година\b|\bза\s+година\b",
        affiliates=r"\bсвързан\w*\s+(?:лица|дружества|предприятия)|\bдъщерн\w*"
        r"|\bгруп\w*\s+на\s+лицензополучател\w*",
        laws=((r"\bбългарско\w*\s+(?:право|законодателство)|\bзаконите\s+на\s+(?:Република\s+)?"
               r"България", "BG"),),
        vocabulary=r"лиценз|услови|разреш|забран|търговск|съгласи|отговорност|гаранци|прав"
        r"|договор|ограничен",
        restrictive=r"\b(?:не|само|единствено|изключително|забранен\w*|търговск\w*|нетърговск\w*"
        r"|съгласие|освен)\b",
        license_noun=r"лиценз\w*|license",
        other_work=r"\bнабор\w*\s+(?:от\s+)?данни|\bданни\w*|\bбазов\w*\s+модел\w*|\bкод\w*",
        this_model=r"\bмодел\w*|\bтегл\w*",
        extra_restricted=r"\bтърговск\w*\s+лиценз\w*|\bотделен\s+лиценз\w*",
    )
)  # fmt: skip

# --- Croatian, Serbian, Bosnian (Latin; Cyrillic through `both_scripts`) -------------------------

_HR_COM = (
    r"(?:\bkomercijal\w*|\bu\s+svrhu\s+(?:zarade|stjecanja\s+dobiti|sticanja\s+dobiti)"
    r"|\b(?:gospodarsk|privredn|poduzetničk|preduzetničk)\w*\s+djelatnost\w*)"
)
_HR_EXCEPT = r"(?![^.;]{0,20}?\b(?:osim|izuzev)\b)"
HR = shaped(
    Words(
        com=_HR_COM,
        non=r"\bnekomercijal\w*|\bneprofitn\w*",
        ban=r"\b(?:zabranjen\w*|zabranjuj\w*|ne\s+(?:smije|smiju|sme|smeju|može|mogu|dopušta"
        r"|dozvoljava|obuhvaća|obuhvata)|nije\s+(?:dopušten|dozvoljen|obuhvaćen)\w*"
        r"|nisu\s+(?:dopušten|dozvoljen|obuhvaćen)\w*)",
        consent=r"(?:suglasnost\w*|saglasnost\w*|odobrenj\w*|dopuštenj\w*|dozvol\w*|licenc\w*"
        r"|ugovor\w*)",
        without=r"\bbez\s+[^.;]{0,40}?",
        need=r"\b(?:zahtijeva|zahteva|potrebn\w*|mora\s+(?:pribaviti|ishoditi|dobiti|sklopiti"
        r"|zaključiti)|treba\s+(?:pribaviti|dobiti))\b",
        allowed=r"\buključujući\s+(?:i\s+)?(?:u\s+)?komercijal\w*|\b(?:u|za)\s+bilo\s+koju\s+svrhu\b"
        + _HR_EXCEPT
        + r"|\bu\s+sve\s+svrhe\b"
        + _HR_EXCEPT
        + r"|\bkomercijaln\w*\s+(?:upotreb|korište|korišće)\w*\s+(?:(?!ni(?:je)?\b)\w+\s+){0,2}"
        + r"(?:je\s+)?(?:dopušten|dozvoljen)\w*"
        + r"(?![^.;]{0,15}?\b(?:samo|uz|ako|uz\s+uvjet)\b)",
        both=r"\bkomercijal\w*\s+(?:i|ili)\s+nekomercijal|\bnekomercijal\w*\s+(?:i|ili)\s+komercijal"
        r"|\bbez\s+obzira\s+na\b[^.;]{0,50}?(?<!ne)(?:komercijal|zarad|dobit|profit|prihod)",
        unrestricted=r"\bbez\s+(?:ikakvih\s+)?ograničenja" + GAP + _HR_COM,
        only=r"\b(?:isključivo|samo|jedino)\b",
        research=r"(?:istraživa|znanstven|naučn|akademsk|obrazovn)\w*",
        personal=r"(?:osobn|lič|privatn)\w*",
        mau=r"\bmj?esečn\w*\s+(?:broj\w*\s+)?aktivn\w*\s+korisnik\w*|\baktivn\w*\s+korisnik\w*\s+mj?esečno"
        r"|\bMAU\b",
        revenue=r"\bprihod\w*|\bpromet\w*",
        annual=r"\bgodišnj\w*|\bu\s+godini\b|\bpo\s+godini\b|\bposlovn\w*\s+godin\w*",
        affiliates=r"\bpovezan\w*\s+(?:društv|osob|lic|subjekt)\w*|\bpodružnic\w*"
        r"|\bgrup\w*\s+(?:društava|stjecatelj\w*|korisnik\w*\s+licenc\w*|primatelj\w*)",
        laws=(
            (r"\b(?:pravo|prava|pravom|zakon\w*)\b[^.;]{0,60}?\bDelaware", "US-DE"),
            (r"\b(?:pravo|prava|pravom|zakon\w*)\b[^.;]{0,60}?\bNew\s+York", "US-NY"),
            (r"\b(?:pravo|prava|pravom|zakon\w*)\b[^.;]{0,60}?\bKalifornij\w*", "US-CA"),
            (r"\b(?:pravo|prava|pravom|zakon\w*)\s+Sjedinjenih\s+Američkih\s+Država", "US"),
            (r"\bpravo\w*\s+Republike\s+Hrvatske|\bhrvatsk\w*\s+prav\w*|\bzakon\w*\s+Republike\s+"
             r"Hrvatske", "HR"),
            (r"\bpravo\w*\s+Republike\s+Srbije|\bsrpsk\w*\s+prav\w*|\bzakon\w*\s+Republike\s+Srbije",
             "RS"),
            (r"\bpravo\w*\s+Bosne\s+i\s+Hercegovine|\bzakon\w*\s+Bosne\s+i\s+Hercegovine", "BA"),
        ),
        vocabulary=r"licenc|uvjet|uslov|dopušt|dozvol|zabran|komercijal|suglasnost|saglasnost"
        r"|odgovornost|jamstv|garancij|prav|ugovor|ograničen",
        restrictive=r"\b(?:ne|samo|isključivo|zabranjen\w*|komercijal\w*|nekomercijal\w*"
        r"|suglasnost\w*|saglasnost\w*|osim|mora)\b",
        license_noun=r"licenc\w*|license",
        other_work=r"\bskup\w*\s+podataka|\bpodac\w*|\bpodatk\w*|\bosnovn\w*\s+model\w*|\bkod\w*",
        this_model=r"\bmodel\w*|\btežin\w*",
        extra_restricted=r"\bkomercijaln\w*\s+licenc\w*|\bposebn\w*\s+licenc\w*|(?:" + _HR_COM
        + r")[^.;]{0,60}?\bsamo\s+uz\s+[^.;]{0,30}?(?:suglasnost|saglasnost|dozvol|odobrenj)",
    ),
    script="both",
)  # fmt: skip
