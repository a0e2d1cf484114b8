"""The cues of Maltese (`foreign_cue_shapes.Words`), for `foreign.CUES` (through
`foreign_more.CUES_MORE`): Maltese is often told as Romanian, Polish or an undetermined
language, so its words are tried on every passage, as every language's cues are.

A grant including commercial ends ("inkluż għal skopijiet kummerċjali"), commercial use
banned ("l-użu kummerċjali huwa pprojbit") or needing a licence ("irid jikseb liċenzja
kummerċjali separata"), a revenue cap ("Jekk id-dħul annwali ... jaqbeż ... EUR 10,000,000"),
and the law of Malta ("regolata mil-liġi ta' Malta"). "Ma hemmx bżonn" (there is no need) is
no need.
"""

from __future__ import annotations

from auditor.licenses.terms.foreign_cue_shapes import Words, shaped

__all__ = ["MT"]

_COM = r"\bkummer[ċc]\w*"

MT = shaped(
    Words(
        com=_COM,
        non=r"\bmhux\s+kummer[ċc]\w*|\bmhux\s+għal\s+skopijiet\s+kummer[ċc]\w*",
        ban=r"\bi?pprojbit\w*|\bma\s+(?:jistax|tistax|jistgħux|tistgħux)\b|\bmhux\s+permess\w*",
        consent=r"\bpermess\w*|\bkunsens\w*|\bli[ċc]enzja\b|\bftehim\w*",
        without=r"\bmingħajr\s+",
        need=r"\b(?:irid|trid|iridu|għandu|għandha)\s+(?:\w+\s+)?(?:jikseb|tikseb|jiksbu)\b"
        r"|(?<!hemmx\s)\bjeħtieġ\b|(?<!hemmx\s)\bbżonn\b|\bsoġġett\w*\s+għal\s+permess",
        allowed=r"\binkluż\s+għal\s+(?:skopijiet|għanijiet)\s+kummer[ċc]\w*"
        r"|\bgħal\s+kwalunkwe\s+(?:skop|għan)\b",
        only=r"\bbiss\b|\besklussivament\b",
        only_after=r"\bbiss\b",
        research=r"\bri[ċc]erka\b|\bstudju\b|\bedukazzjoni\w*",
        personal=r"\bpersonali\b|\bprivat\w*",
        mau=r"\butenti\s+attivi\s+(?:kull\s+xahar|fix-xahar|fix-\s*xahar)",
        revenue=r"\bid-dħul\b|\bdħul\b|\bfatturat\w*",
        annual=r"\bannwal\w*|\bfis-sena\b|\bkull\s+sena\b",
        affiliates=r"\baffiljat\w*|\bkumpaniji\s+relatati\b",
        laws=((r"\bli[ġg]i(?:jiet)?\s+ta['’]\s*Malta\b|\bli[ġg]i\s+Maltija\b", "MT"),),
        vocabulary=r"\bli[ċc]enzja\b|" + _COM + r"|\bli[ġg]i\b|\bbiss\b|\bdritt\b|\bgaranzija\b",
        restrictive=r"\bbiss\b|\bi?pprojbit\w*|" + _COM + r"|\bjikseb\b",
        license_noun=r"\bli[ċc]enzja\b|license",
        other_work=r"\bsett\s+tad-data\b|\bdataset\b",
        this_model=r"\bmudell\w*|\bil-mudell\b",
    )
)
