"""The training-data phrases of cards in Dutch and Swedish, as data shaped as
stated_languages.py describes ("getraind op de dataset X", "gefinetuned met X", "finjusterades
på X", "tränad på datamängden X").

Both put the verb's participle before its object, as English does ("is getraind op X",
"tränades på X"); a separable prefix joins the participle (`voortgetraind`, `bijgetraind`,
`vidaretränad`, `förtränad`). "vanaf X" / "från X" after a tuning verb names the model tuned
(`verder getraind vanaf X`, `finjusterad från X`: lineage reads it), not its data. Their marks
are words of the language alone (`het`, `een`, `och`, `på`), not `de`, `en`, `den`, which
Spanish, French and German cards hold too.
"""

from __future__ import annotations

from auditor.training.data_language import _NA, _NB, _OBJ_TAIL, DataLanguage, _c, _w

# --- Dutch ---------------------------------------------------------------------------------------
NL = DataLanguage(
    "nl",
    marks=_w(" het | een | van | met | voor | zijn | wij | dit | onze | wordt | werd | niet "),
    words=_w(
        "getraind|training|trainden|gefinetun|finetun|fine-tun|afgestemd|afstemming|verfijnd"
        "|gedistilleerd|distillatie|evalu|geëvalueerd|gegevens|dataset|corpus"
    ),
    train=_c(
        rf"{_NB}(?:(?:voor|voort|verder\s+|door|bij|na|her)?getrainde?|(?:voor|na)?training"
        rf"|trainden|(?P<tune>gefinetun(?:ed|ede|d|de)|gefinetuunde?|fine-?tun(?:ed|ing)"
        rf"|finetun(?:ed|ing)|(?:fijn[- ]?)?afgestemde?|fijnafstemming|verfijnde?"
        rf"|gedistilleerde?|distillatie))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:geëvalueerd|evalu\w*|benchmark\w*|testset|testverzameling|resultaten\s+op"
        rf"|scores?\s+op|validatie){_NA}"
    ),
    negated=_c(rf"{_NB}(?:niet|nooit|geen|zonder|behalve|uitgezonderd){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(
        rf"{_NB}(?:vergelijk\w*|vergeleken|in\s+tegenstelling|beter\s+dan|slechter\s+dan"
        rf"|overtreft){_NA}"
    ),
    data_before=_c(
        r"(?:datasets?|gegevens(?:set|verzameling)?|trainingsdata|data|corpus)"
        r"(?:\s+(?:van|uit))?\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:dataset|data|gegevens|corpus)"),
    object_before=_c(
        r"(?:^|\s)(?:op|met|uit|en|via|middels|met\s+behulp\s+van)\s+(?:(?:de|het|een|onze|ons)"
        rf"\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"evaluatie|resultaten|prestaties|benchmark"),
    heading_tune=_c(r"fijnafstemming|fine-?tuning|finetuning|instructie"),
    heading_train=_c(r"training|gegevens|data|corpus"),
    heading_data=_c(r"data|gegevens|corpus"),
    model_before=_c(r"(?:^|\s)(?:vanaf|vanuit|van|gebaseerd\s+op)\s*[`*_(\[]{0,3}$"),
)

# --- Swedish -------------------------------------------------------------------------------------
SV = DataLanguage(
    "sv",
    marks=_w(" och | på | är | för | med | som | det | har | vår | våra | vårt | av | inte "),
    words=_w(
        "trän|finjuster|destiller|utvärder|dataset|datamängd|korpus|träningsdata|träningsexempel"
    ),
    train=_c(
        rf"{_NB}(?:(?:för|vidare|efter)?trän(?:a|ad|ade|at|ades|ats|as|ar|ing|ingen)"
        rf"|(?P<tune>finjuster(?:ad|ade|at|ades|ats|as|ar|ing|ingen)"
        rf"|destiller(?:ad|ade|at|ades|ats|ing|ingen)|instruktionstränad\w*))(?!\w)"
    ),
    evaluate=_c(
        rf"{_NB}(?:utvärder\w*|benchmark\w*|testmängd\w*|testdata|testuppsättning\w*"
        rf"|resultat\s+på|validering\w*){_NA}"
    ),
    negated=_c(rf"{_NB}(?:inte|ej|aldrig|utan|förutom|utom){_NA}[\w\s-]{{0,20}}$"),
    compare=_c(rf"{_NB}(?:jämför\w*|till\s+skillnad|bättre\s+än|sämre\s+än|överträffar){_NA}"),
    data_before=_c(
        r"(?:dataset(?:et)?|datamängd(?:en)?|träningsdata|data|korpus(?:en)?)"
        r"(?:\s+(?:från|av|ur))?\s*[:`*_(\[]{0,3}\s*$"
    ),
    data_after=_c(r"^[\s`*_)\]]{0,4}(?:dataset|datamängd|data|korpus)"),
    object_before=_c(
        r"(?:^|\s)(?:på|med|ur|och|genom|via|med\s+hjälp\s+av)\s+(?:(?:det|den|vårt|vår|ett|en)"
        rf"\s+)?{_OBJ_TAIL}"
    ),
    heading_eval=_c(r"utvärdering|resultat|prestanda|benchmark"),
    heading_tune=_c(r"finjustering|fine-?tuning|instruktion"),
    heading_train=_c(r"träning|data|korpus"),
    heading_data=_c(r"data|korpus|datamängd"),
    model_before=_c(r"(?:^|\s)(?:från|utifrån|baserad\s+på|bygger\s+på)\s*[`*_(\[]{0,3}$"),
)
