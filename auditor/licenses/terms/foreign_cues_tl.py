"""The cues of `terms.foreign` in Filipino (Tagalog), words composed by
`foreign_cue_shapes.shaped`; see `foreign_cues` for what each pattern is.

Written from the general shapes of such clauses: a grant for any purpose ("sa anumang layunin",
"kahit anong gamit"), business use taken in ("kasama ang paggamit sa negosyo") or either kind
("pang-negosyo man o hindi", "may kita man o wala"), a ban on business use ("bawal gamitin sa
negosyo", "hindi maaaring gamitin nang pangkomersiyal"), business use needing the licensor's
permission ("kailangan ng nakasulat na pahintulot"), research or personal use only ("para lamang
sa pananaliksik"), caps on monthly users or revenue, and the law that governs
(`foreign_law_southeast`). Filipino writes "only" before or after the purpose (tanging para sa
pag-aaral, para sa pag-aaral lamang), and "commercial" as komersyal, komersiyal or komersial;
"requires" is also "nangangailangan".
"""

from __future__ import annotations

from dataclasses import replace

from auditor.licenses.terms.foreign_cue_shapes import GAP, Words, shaped
from auditor.licenses.terms.foreign_either_way import with_either_way
from auditor.licenses.terms.foreign_law_southeast import LAWS_SOUTHEAST

_TL_COM = (
    r"(?<!hindi\s)(?<!hindi\s\w{2}\s)\b(?:pang-?negosyo|negosyo|pangkomersi?y?(?:al|o)|komersi?y?(?:al|o)"
    r"|pinagkakakitaan|pagkakakitaan|pangkabuhayan|may\s+kita|kumita|pagnenegosyo)\b"
)
_TL_EXCEPT = r"(?![^.;]{0,30}?\b(?:maliban|liban|hindi\s+kasama)\b)"
TL = replace(
    shaped(
        Words(
            com=_TL_COM,
            non=r"\bhindi\s+(?:pang-?)?(?:negosyo|komersi?y?(?:al|o)|pangkomersi?y?(?:al|o)|pinagkakakitaan)\b"
            r"|\bwalang\s+(?:layuning\s+)?(?:kita|tubo)\b(?!\s+man\b)",
            ban=r"\b(?:bawal|ipinagbabawal|hindi\s+(?:maaari\w*|puwede|pwede|pinahihintulutan"
            r"|pinapayagan|ka\s+maaaring|mo\s+maaaring)|huwag)\b"
            # or no right granted for it: "hindi nagbibigay ng anumang karapatan para sa negosyo"
            r"|\bhindi\s+(?:nagbibigay|nagkakaloob)\s+(?:\w+\s+){0,3}?(?:karapatan|pahintulot|lisensi?ya)",
            consent=r"(?:pahintulot|permiso|pag-?apruba|aprobasyon|lisensi?ya|kasunduan|kontrata)",
            without=r"\b(?:nang\s+)?walang\s+[^.;]{0,40}?",
            need=r"\b(?:kailangan\w*|kinakailangan|nangangailangan|dapat|kumuha|humingi|kunin)\b",
            allowed=r"\b(?:kahit\s+(?:anong|ano\s*mang|anumang)|anumang|lahat\s+ng|alinmang)\s+"
            r"(?:layunin|layon|gamit|paggamit|pakay)\b"
            + _TL_EXCEPT
            + r"|\bkasama\s+(?:na\s+)?(?:ang\s+)?(?:paggamit\s+)?(?:sa\s+|nang\s+)?(?:pang-?)?"
            r"(?:negosyo|komersi?y?(?:al|o)|pangkomersi?y?(?:al|o))\b",
            both=r"\b(?:pang-?negosyo|komersi?y?(?:al|o)|pangkomersi?y?(?:al|o)|may\s+kita|may\s+bayad|para\s+kumita)"
            r"\s+man\s+o\s+(?:hindi|wala)\b|\b(?:sa\s+)?negosyo\s+man\s+o\s+hindi\b",
            unrestricted=r"\bwalang\s+(?:anumang\s+)?(?:limitasyon|paghihigpit|restriksiyon)"
            + GAP
            + _TL_COM,
            only=r"\b(?:tanging|para\s+lamang|para\s+lang|lamang\s+para)\b",
            only_after=r"\b(?:lamang|lang)\b",
            research=r"\b(?:pananaliksik|pag-?aaral|akademiko|akademikong|edukasyon|pang-?edukasyon)\b",
            personal=r"\b(?:pansarili|pampersonal|personal\s+na\s+gamit|sariling\s+gamit)\b",
            mau=r"\b(?:buwanang\s+aktibong|aktibong)\s+(?:user|gumagamit|tagagamit)\w*"
            r"(?:\s+(?:kada|bawat)\s+buwan)?|\bMAU\b",
            revenue=r"\b(?:taunang\s+kita|kabuuang\s+kita|kinita|benta|revenue)\b",
            annual=r"\btaunan\w*|\b(?:kada|bawat)\s+taon\b|\bsa\s+isang\s+taon\b",
            affiliates=r"\b(?:kaanib|kaugnay)\s+na\s+kumpanya|\bsubsidiary\w*",
            laws=(),
            vocabulary=r"lisensi?ya|tuntunin|kondisyon|pahintulot|bawal|negosyo|komersi?y?(?:al|o)"
            r"|pananagutan|garantiya|karapatan|kasunduan|patakaran",
            restrictive=r"\b(?:hindi|lamang|lang|tanging|bawal|ipinagbabawal|negosyo|komersi?y?(?:al|o)"
            r"|pahintulot|maliban|dapat|kailangan\w*|kapag|kung)\b",
            license_noun=r"\blisensi?ya\w*|license",
            other_work=r"\bdataset\b|\bdatos\b|\bbase\s+model\b|\bcode\b",
            this_model=r"\bmodelo\w*|\bweights?\b",
            extra_restricted=r"\blisensi?yang\s+(?:pang-?)?(?:negosyo|komersi?y?(?:al|o)|pangkomersi?y?(?:al|o))\b",
        )
    ),
    laws=LAWS_SOUTHEAST,  # the six languages' laws (`foreign_law_southeast`)
)

# both kinds granted by an alternative, read by its parts (`foreign_either_way`)
TL = with_either_way(TL, "tl")
