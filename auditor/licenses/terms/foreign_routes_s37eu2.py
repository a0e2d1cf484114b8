"""Routes to commercial use in Bulgarian (session 37): the tables `foreign_routes` reads for it,
as `foreign_routes_nordic` gives those of the Nordic languages (see `foreign_routes` for what
each table is).

- the licensor's decision (одобрение, разрешение, съгласие), its confirmation, its saying no;
  a negation a few words before it ("лицензодателят не може да я откаже", "няма нужда от
  одобрение") or a word after it ("се потвърждава автоматично", "не се изисква") says it is
  not needed; "without" ("без разрешение") is the condition, never a negation;
- telling the licensor (a registration, a notice, a message) before or to start commercial use
  ("Преди първото търговско използване лицензополучателят се регистрира ...");
- the licensor may refuse ("може да откаже", never "не може да откаже"), or decides at its
  discretion ("по свое усмотрение").
"""

from __future__ import annotations

DECISION = {
    "bg": r"\b(?:одобр\w*|разрешени\w*|разрешител\w*|съгласие\w*|съгласува\w*|потвържд\w*"
    r"|потвърд\w*|отказ\w*|откаж\w*|решени\w*|преглежда\w*|отговор\w*)",
}
NOT = {"bg": r"(?<!\w)(?:не|нито|няма|никакв\w*)(?!\w)"}
NOT_AFTER = {
    "bg": r"^\W*(?:\w+\s+){0,2}?(?:автоматично|не\s+(?:се\s+)?(?:изисква|е\s+(?:необходим\w*"
    r"|нужн\w*)))(?!\w)",
}
TELL = {
    "bg": r"\b(?:регистрира\w*|регистрац\w*|уведом\w*|съобщ\w*|информира\w*|изпрат\w*"
    r"|изпращ\w*)",
}
BEFORE = {
    "bg": r"(?<!\w)(?:преди|предварително|за\s+да\s+започне|при\s+започване)(?!\w)",
}
COMMERCIAL = {"bg": r"търговск\w*|комерсиалн\w*|стопанск\w*"}
REFUSE = {
    "bg": r"(?<!\w)(?<!не\s)може\s+(?:\w+\s+){0,3}?(?:откаже|отказва|отхвърли)(?!\w)"
    r"|по\s+(?:свое|собствено|негово)\s+(?:\w+\s+)?(?:усмотрение|преценка)",
}
TABLES = (DECISION, NOT, NOT_AFTER, TELL, BEFORE, COMMERCIAL, REFUSE)
