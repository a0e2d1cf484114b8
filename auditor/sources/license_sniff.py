"""Finds license documents by what they say, not by their names (issue 31).

A repo's terms may stand in any small text file: `MODEL_AGREEMENT.md`, `LEGAL.md`,
`USAGE_RESTRICTIONS.md`, `Research_Agreement.txt`, a file named by its license's id
(`CC-BY-NC-4.0.txt`). The sources list every file; the small text files that no name rule took
(`base.is_license_like`) are candidates (`sniff_candidates`, bounded in count and bytes), and a
candidate whose text reads as license terms (`reads_as_terms`: a license title with license
vocabulary, or a dense license vocabulary) is a license document like any other. Code, data,
configuration, tokenizer files and weights are left out by suffix and name, then by content
(`looks_like_code_or_data`). Pure functions: the sources read the bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_titles import title_pattern_source
from auditor.sources.base import is_license_like

SNIFF_MAX_BYTES = 64 * 1024
"""A file larger than this is not sniffed: license texts are a few KB to tens of KB (the
longest model licenses run near 40 KB); larger text files are documentation or data."""

SNIFF_MAX_FILES_LOCAL = 64
"""Candidate files sniffed in a local folder (reading them is cheap)."""

SNIFF_MAX_FILES_HUB = 16
"""Candidate files downloaded and sniffed per Hub model (each is one request)."""

SNIFF_TEXT_SUFFIXES = frozenset(
    {"", ".md", ".markdown", ".mdx", ".txt", ".text", ".rst", ".adoc", ".asciidoc", ".org"}
)
"""Suffixes of prose files; everything else (code, data, configs, weights, images) is not a
candidate. A file without a suffix (`AGREEMENT`) is one."""

_NOT_PROSE_NAMES = lazy_pattern(
    r"^(?:requirements.*|constraints.*|vocab.*|merges.*|.*tokens?|dict.*|labels?|classes"
    r"|synsets?|spiece.*|makefile|dockerfile|containerfile|procfile|modelfile|gemfile"
    r"|codeowners|version|\..*)$"
)
"""Stems of text files that hold code, dependency pins or tokenizer data, never terms."""

_SKIP_FOLDERS = frozenset({".git", ".github", "node_modules", "__pycache__", ".cache"})

_TITLE = lazy_pattern(
    r"\b(?:licen[cs](?:e|es|ing)|agreements?|terms|conditions|eula|legal|restrictions?"
    r"|acceptable[ _-]use|use[ _-]polic(?:y|ies)|usage[ _-]polic(?:y|ies)|permissions?"
    r"|rights|copyright|commercial[ _-](?:use|usage|licen[cs]ing|deployment)|addend(?:um|a)"
    r"|terms[ _-]of[ _-]use)\b"
    # the same in the languages the term readers read (Política de uso, Nutzungsbedingungen,
    # Conditions d'utilisation, 使用政策, 利用規約, 이용약관)
    r"|\b(?:licencias?|licen[çc]as?|licenz[ae]|lizenz\w*|licentie\w*|licencj\w*|лиценз\w*"
    r"|lisans\w*|lisensi|pol[ií]tica[ _-]+(?:de[ _-]+uso|d['’ _-]*uso|di[ _-]+utilizzo)\w*"
    r"|politique[ _-]+d['’ _-]*utilisation|uso[ _-]+(?:aceptable|aceit[áa]vel|accettabile)"
    r"|t[ée]rminos|condiciones|termos|condi[çc][õo]es|conditions|termini|condizioni"
    r"|\w*bedingungen|\w*richtlinien?|\w*bestimmungen|einschränkungen|voorwaarden|gebruiksbeleid"
    r"|warunki|zasady|regulamin|услови\w+|правила|ограничени\w+|политика|koşullar\w*"
    r"|politika\w*|ketentuan|syarat|kebijakan|restricciones|restrições|restrizioni"
    r"|gi[ấa]y[ _-]+ph[ée]p|[đd]i[ềe]u[ _-]+kho[ảa]n|ch[íi]nh[ _-]+s[áa]ch"
    # the Slavic, Hungarian, Romanian, Finnish, Baltic, Nordic and Greek words for terms and
    # licence (UVJETI KORIŠTENJA, Podmínky užití, Felhasználási feltételek, Käyttöehdot)
    r"|uvjeti|uslovi|pogoji|podm[íi]nky|podmienky|felt[ée]telek|enged[ée]ly\w*"
    r"|condi[țţt]ii|licen[țţ][ăa]|ehdot|k[äa]ytt[öo]ehdot|lisenssi\w*|s[ąa]lygos|noteikumi"
    r"|tingimused|litsents\w*|litsenz\w*|licenz\w*|vilk[åa]r|villkor|betingelser|licens\w*|lisens\w*"
    r"|ceadúnas|ceadunas|\w*leyfi\w*|skilm[áa]l\w*|li[cċ]enzj\w*|licenc[ae]|лиценца)\b"
    r"|όροι|άδεια|αδεια"
    r"|许可|許可|协议|協議|条款|條款|政策|规范|規範|ライセンス|規約|ポリシー|라이선스|약관|정책"
    # the word for a licence or the terms of use in some sixty languages (Ceadachas, Lizentzia,
    # Ліцэнзія, អាជ្ញាប័ណ្ណ: `knowledge.license_titles`)
    rf"|{title_pattern_source()}",
    re.IGNORECASE,
)
"""Words a license document's title holds (in its first heading or first line, or in its file
name: `USE_RESTRICTIONS.md`, `COMMERCIAL_USE.md`, `ADDITIONAL_TERMS.txt`, `POLITICA_DE_USO.md`),
in English and in the languages the term readers read."""

_VOCABULARY = tuple(
    lazy_pattern(pattern, re.IGNORECASE)
    for pattern in (
        r"\blicensors?\b",
        r"\blicensees?\b",
        r"\bhereby grants?\b|\bgrants? (?:to )?(?:you|anyone|the (?:recipient|user|licensee))\b"
        r"|\bpermission is (?:hereby )?granted\b|\b(?:allows?|permits?) you to\b",
        r"\b(?:use|copy|modify|merge|publish|distribute|share|sell)(?:,| and| or) (?:\w+ ){0,2}"
        r"(?:copy|modify|merge|publish|distribute|share|sell|sublicense)\b",
        r"\bperpetual\b|\bworldwide\b",
        r"\bcopyright (?:\(c\)|©|\d{4})",
        r"\bwithout (?:charge|fee)\b|\bfree of charge\b",
        r"\b(?:on|under) (?:these|the following) (?:terms|conditions)\b"
        r"|\bsubject to (?:the|these) (?:following )?(?:terms|conditions)\b",
        r"\b(?:request|obtain|need|require) (?:a |an )?(?:separate )?(?:commercial )?"
        r"(?:licen[cs]e|agreement|permission)\b",
        r"\bmust not\b|\bmay only\b|\bonly (?:be )?used\b"
        r"|\b(?:may|shall|must|can) not (?:be )?(?:use|used|distribute|redistribute|offer|sell)\b",
        r"\bfor (?:research|academic|non-?commercial|personal|evaluation|testing) (?:\w+ )?only\b"
        r"|\brestricted to\b|\b(?:is|are) (?:only )?permitted\b|\b(?:are )?reserved to\b",
        r"\bfor[ -]profit\b|\bbusiness purposes?\b|\bcommercial activit",
        r"\bnon-?exclusive\b",
        r"\broyalty-?free\b",
        r"\bnon-?transferable\b|\bnon-?sublicens",
        r"\bsub-?licens",
        r"\birrevocabl[ey]\b|\brevoc|\brevok",
        r"\bterms and conditions\b|\bterms of (?:use|service)\b",
        r"\bthis (?:agreement|licen[cs]e|terms)\b",
        r"\bnon-?commercial\b",
        r"\bcommercial (?:use|usage|purposes?|products?|services?|deployment)\b",
        r"\b(?:you|licensee|recipient|users?) (?:may|shall|must|will|can) not\b|\bshall not\b",
        r"\bprohibit(?:ed|s)?\b|\bforbidden\b",
        r"\bnot (?:be )?(?:permitted|allowed|authori[sz]ed)\b",
        r"\bredistribut",
        r"\bwarrant(?:y|ies)\b",
        r"\bliab(?:ility|ilities|le)\b",
        r"\bindemnif",
        r"\bgoverning law\b|\bjurisdiction\b",
        r"\bterminat(?:e|es|ed|ion)\b",
        r"\bderivative (?:works?|models?)\b",
        r"\ball rights reserved\b",
        r"\b(?:research|academic|personal|evaluation) (?:purposes?|use) only\b"
        r"|\bonly for (?:research|academic|non-?commercial|personal)\b",
        r"\b(?:hosted|paid) services?\b|\brevenue\b|\bfor a fee\b",
        r"\bthird[ -]part(?:y|ies)\b",
        r"\bby (?:downloading|using|accessing)\b|\byou (?:accept|agree)\b",
        # an addendum's own shapes: it ends the permission, adds to the LICENSE file, sends
        # commercial users to the licensor, leaves uses outside the release
        r"\b(?:ends?|terminates?|revokes?|voids?|withdraws?) (?:your|the|this|any|all) "
        r"(?:\w+ )?(?:permissions?|licen[cs]es?|rights?)\b|\bin breach of\b"
        r"|\bbreach(?:es)? (?:of )?(?:this|these|the|its) (?:conditions?|terms|restrictions?)\b",
        r"\b(?:in addition to|on top of|supplement(?:s|ing)?|amend(?:s|ing)?|alongside|besides)"
        r" (?:the |this |our )?(?:\w+ )?(?:LICENSE|licen[cs]e)\b"
        r"|(?-i:\bLICENSE\b(?:\.\w+)?) (?:file\b|in this (?:repo|repository|folder|directory))",
        r"\b(?:contact|write to|email|e-mail|reach out to|ask)\b[^.;]{0,80}?\b(?:for|about|to "
        r"(?:obtain|get|arrange|discuss|negotiate|request)) (?:a |an |the )?"
        r"(?:separate |commercial |enterprise |paid |written )*"
        r"(?:licen[cs](?:e|es|ing)|agreements?|permission|terms)\b",
        r"\bnot covered by (?:the|this|that|our|these|its)\b"
        r"|\b(?:additional|further|extra|one|two|several) (?:conditions?|restrictions?|terms)\b"
        r"|\b(?:conditions?|restrictions?) (?:to|on) (?:the |its )?(?:use|model|weights)\b",
        r"\bfree (?:to use )?for (?:personal|research|academic|non-?commercial|educational)\b"
        r"|\b(?:may|must|shall|can) (?:only|solely) be used\b|\bnot (?:be )?used for\b",
        # a restrictions document's own shapes: the user agrees not to, the list is the
        # licence's conditions, the licensor licenses the work under a named licence
        r"\bagrees? not to\b|\bundertakes? not to\b",
        r"\b(?:conditions?|terms|restrictions?|part) of (?:the|this|that|its|our) "
        r"(?:\w+ )?(?:licen[cs]e|grant|agreement)\b",
        r"\blicen[cs]es (?:\S+ ){1,6}?(?:under|pursuant to)\b",
        r"\b(?:must|shall|are to) be passed on\b|\bflow(?:s|ed)? down\b"
        r"|\bimpose (?:them|these|the same)\b",
        # a terms page under any name (READ_BEFORE_USE.txt): the release's licence named with
        # a limit, a defined term, what is licensed nowhere else, the law that governs it
        r"\b(?:releas|distribut|provid|offer|publish|mak)\w* (?:\S+ ){1,6}?under (?:the )?"
        r"(?:\S+ ){0,3}?licen[cs]e\b",
        r"[\"“][^\"”]{2,40}[\"”] (?:means|shall mean|refers to)\b",
        r"\bnothing (?:else )?(?:is|are) (?:licensed|granted|permitted)\b"
        r"|\bonly (?:within|inside|in the territory)\b",
        r"\bgoverned by (?:the )?laws? of\b",
        # the same kinds of clause in the languages the term readers read: the licence named,
        # a grant, a ban, a condition, termination, being part of the licence, a warranty
        r"\blicen(?:cias?|[çc]as?|z[ae])\b|\blizenz\w*|\blicentie\w*|\blicencj\w*|\bлиценз\w*"
        r"|\blisans\w*|\blisensi\b|gi[ấa]y\s+ph[ée]p|许可|許可|授权|授權|ライセンス|라이선스"
        r"|\blicen(?:ca|ce|c|[țţ][ăa]|ssi\w*)\b|\blisens\w*|\blicens\w*|άδεια",
        # a grant, a ban and commercial use in the Slavic, Hungarian, Romanian, Finnish,
        # Nordic and Greek drafting ("daje korisniku pravo", "nem szabad", "får inte")
        r"\b(?:daje\s+(?:korisniku|pravo)|dodjeljuje|ud[ěe]luje|udeľuje|poskytuje|podeljuje"
        r"|enged[ée]lyt\s+ad|acord[ăa]|myönt[äa][äa]|antaa\s+\w+\s+oikeuden|beviljar|upplåter"
        r"|tildeler|παραχωρεί|χορηγεί)\b",
        r"\b(?:ne\s+smije|nesm[íi]|nesmie|nem\s+szabad|tilos|nu\s+(?:este\s+permis|are\s+voie)"
        r"|ei\s+saa|f[åa]r\s+inte|m[åa]\s+ikke|f[åa]r\s+ikke|απαγορεύεται)\b",
        r"\b(?:komercij\w*|komerčn\w*|komerčn|kereskedelmi|üzleti\s+c[ée]l\w*|comercial\w*"
        r"|kaupalli\w*|kommersi\w*|erhvervsm[æa]ssig\w*|εμπορικ\w*)",
        r"\bse (?:concede|otorga)\b|\b(?:conced|otorg|outorg|octroi|concess|gewährt|erteil"
        r"|einräum|verlee|udziel|предоставл|memberi)\w*|\baccord[ée]e?s?\b|授予|付与|부여",
        r"\b(?:queda |está |estão |é |est |sont |è |sono |ist |sind |is |zijn )?(?:prohibid|proibid"
        r"|interdit|vietat|untersagt|verboten|verboden|zabronion|запрещ|yasak|dilarang)\w*"
        r"|\bcấm\b|禁止|不得|금지",
        r"\ba condición de\b|\bcon la condición\b|\bsob a condição\b|\bà condition\b"
        r"|\ba condizione\b|\bunter der bedingung\b|\bop voorwaarde\b|\bpod warunkiem\b"
        r"|\bпри условии\b|\bşartıyla\b|\bdengan syarat\b|前提|条件として|조건으로",
        r"\b(?:incumplimiento|rescisi[oó]n|pone fin|terminaci[oó]n|rescis[ãa]o|résiliation"
        r"|risoluzione|kündigung|beëindiging|wypowiedzenie|расторжени\w*|fesih)\b"
        r"|终止|終了|해지",
        r"\b(?:forma|faz|fait|fa) parte\b|\bbestandteil\b|\bmaakt deel\b|\bczęść\b"
        r"|\bявляется частью\b|\bayrılmaz\b|组成部分|一部を構成",
        r"\b(?:garant[íi]as?|garanzi[ae]|gewährleistung|haftung|aansprakelijkheid|gwarancj\w*"
        r"|гаранти\w*|garanti\w*|jaminan|responsabilidad|responsabilité|responsabilità)\b"
        r"|担保|保証|보증",
    )
)
"""License vocabulary: each pattern counts once however often it occurs."""

_TITLED_HITS = 2
"""Vocabulary patterns a document with a license title must also show."""
_UNTITLED_HITS = 4
"""Vocabulary patterns a document without a license title must show ..."""
_UNTITLED_DENSITY = 2.5
"""... at this many patterns per 100 words at least (a long README mentioning a license,
a warranty and a third party in passing is not a license)."""

_MANY_HITS = 12
"""... or this many patterns however long it is (a full license text runs to thousands of
words, so its density is low)."""
_EMPHASIS = lazy_pattern(r"(?<!\w)[*_`]+|[*_`]+(?!\w)")
_FRONT_MATTER = lazy_pattern(
    r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE
)

_SPDX_LINE = lazy_pattern(r"^\s*SPDX-License-Identifier:\s*\S", re.IGNORECASE | re.MULTILINE)
_CODE_LINE = lazy_pattern(
    r"^\s*(?:import \w|from [\w.]+ import |def \w+\(|class \w+[(:]|#include\b|#!|function \w"
    r"|(?:const|let|var) \w+ ?=|package \w|public |private |fn \w|return\b|[{}()\[\];,]+$)"
    r"|[;{]\s*$"
)
_WORD = lazy_pattern(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to sniff: its path, its listed size (None when unknown) and why it was chosen."""

    path: str
    size: int | None
    named_by_id: bool = False  # its name is a license's id (`CC-BY-NC-4.0.txt`)


def sniff_candidates(
    sizes: Mapping[str, int | None],
    *,
    limit: int,
    names_license: frozenset[str] = frozenset(),
) -> tuple[list[Candidate], list[str]]:
    """The files to sniff, most likely first, and the candidates left past `limit`.

    A candidate is a prose file (`SNIFF_TEXT_SUFFIXES`) no name rule took, not hidden, not
    the card at the root, not a tokenizer, requirements or build file, at most
    `SNIFF_MAX_BYTES` when its size is known. `names_license` holds the lower-case stems that
    are a license's id (`cc-by-nc-4.0`): such a file is always a candidate, first. Order: named
    by an id, then names with a license word (`agreement`, `legal`, `terms` ...), then top
    level first, then by path.
    """
    found: list[tuple[tuple[int, int, str], Candidate]] = []
    for path, size in sizes.items():
        parts = PurePosixPath(path).parts
        if not parts or path.lower() == "readme.md" or is_license_like(path):
            continue
        if any(part in _SKIP_FOLDERS for part in parts[:-1]):
            continue
        name = parts[-1].lower()
        suffix = PurePosixPath(name).suffix if "." in name[1:] else ""
        stem = name[: len(name) - len(suffix)] if suffix else name
        by_id = stem in names_license and suffix in SNIFF_TEXT_SUFFIXES
        if not by_id and (suffix not in SNIFF_TEXT_SUFFIXES or _NOT_PROSE_NAMES.match(stem)):
            continue
        if size is not None and size > SNIFF_MAX_BYTES:
            continue
        hinted = 0 if _TITLE.search(_name_title(name)) else 1
        key = (0 if by_id else 1 + hinted, len(parts), path)
        found.append((key, Candidate(path, size, named_by_id=by_id)))
    ordered = [candidate for _, candidate in sorted(found, key=lambda item: item[0])]
    return ordered[:limit], [c.path for c in ordered[limit:]]


def license_id_stems(paths: Iterable[str], is_license_id: Callable[[str], bool]) -> frozenset[str]:
    """The lower-case stems of `paths` that `is_license_id(stem)` accepts (a license's id)."""
    stems = set()
    for path in paths:
        name = PurePosixPath(path).name.lower()
        stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
        if 2 <= len(stem) <= 64 and is_license_id(stem):
            stems.add(stem)
    return frozenset(stems)


def reads_as_terms(text: str, path: str | None = None) -> str | None:
    """Why this text reads as license terms, or None: a license title (first heading or first
    line, or the file name of `path`) with at least `_TITLED_HITS` vocabulary patterns, an
    SPDX-License-Identifier line, or `_UNTITLED_HITS` patterns at `_UNTITLED_DENSITY` per 100
    words."""
    if looks_like_code_or_data(text):
        return None
    if _SPDX_LINE.search(text):
        return "it states an SPDX-License-Identifier"
    body = _without_front_matter(text)
    flat = " ".join(_EMPHASIS.sub("", body).split())  # line wraps and **bold** fold away
    words = len(_WORD.findall(flat))
    if words == 0:
        return None
    hits = [p.pattern for p in _VOCABULARY if p.search(flat)]
    title = _title(body)
    if title is not None and _TITLE.search(title) and len(hits) >= _TITLED_HITS:
        return f"its title ({title[:60]!r}) and wording read as license terms"
    name = _name_title(path) if path is not None else ""
    if _TITLE.search(name) and len(hits) >= _TITLED_HITS:
        return (
            f"its name ({PurePosixPath(path or '').name[:60]!r}) and wording read as license terms"
        )
    titled = (title is not None and _TITLE.search(title)) or _TITLE.search(name)
    english = len(_ENGLISH_WORD.findall(flat)) / words
    if titled and english < 0.03 and len(_LICENCE_STEM.findall(flat)) >= _FOREIGN_STEMS:
        # a licence in another language: its title, and the licence, the licensor and the
        # licensee named again and again ("Лицензодателят", "Ліцензіар", "ceadúnóir")
        return "its title and its repeated licence words read as license terms"
    density = 100.0 * len(hits) / words
    dense = len(hits) >= _UNTITLED_HITS and density >= _UNTITLED_DENSITY
    if dense or len(hits) >= _MANY_HITS:
        return f"its wording reads as license terms ({len(hits)} kinds of license clauses)"
    return None


# the stem of "licence" (and of licensor, licensee) in the languages the term readers read
_LICENCE_STEM = lazy_pattern(
    r"licen[cszțţ]|lizenz|lisens|lisenss|litsen[tz]|licencj|licencij|lisans|licentie|ceadún|leyfi"
    r"|лиценз|ліценз|лиценц|άδει|αδει|αδειο|許可|许可|授权|授權|ライセンス|許諾|라이선스|라이센스"
    r"|ترخيص|رخصة|रिशायोन|רישיון|लाइसेंस|লাইসেন্স|மாற்றுரிமை|உரிமம்|ใบอนุญาต|สัญญาอนุญาต"
    rf"|{title_pattern_source()}",  # and in some sixty languages (`knowledge.license_titles`)
    re.IGNORECASE,
)
_ENGLISH_WORD = lazy_pattern(r"\b(?:the|and|of|to|you|is|are|this|with|for)\b", re.IGNORECASE)
_FOREIGN_STEMS = 4
"""Licence words a titled text repeats, at least, to read as a licence whatever its language
(the title's own counts: a title and three mentions in the clauses)."""


def looks_like_code_or_data(text: str) -> bool:
    """JSON, a table of data or source code, whatever the suffix says."""
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            json.loads(stripped)
        except (ValueError, RecursionError):
            pass
        else:
            return True
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return True
    if stripped.startswith("#!"):
        return True
    code = sum(1 for line in lines if _CODE_LINE.search(line))
    if len(lines) >= 4 and code / len(lines) >= 0.4:
        return True
    return _tabular(lines)


def _tabular(lines: list[str]) -> bool:
    """Many lines with the same number (> 1) of commas or tabs and few words: CSV/TSV data."""
    if len(lines) < 8:
        return False
    for sep in (",", "\t"):
        counts = [line.count(sep) for line in lines[:200]]
        common = max(set(counts), key=counts.count)
        if common >= 2 and counts.count(common) >= 0.8 * len(counts):
            return not any(line.rstrip().endswith((".", ":")) for line in lines[:20])
    return False


def _without_front_matter(text: str) -> str:
    """The text after a leading YAML block (a nested model card's metadata)."""
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def _name_title(path: str) -> str:
    """A file's stem as words (`USE_RESTRICTIONS.md` -> `USE RESTRICTIONS`)."""
    name = PurePosixPath(path).name
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    return re.sub(r"[_\-.]+", " ", stem)


def _title(text: str) -> str | None:
    """The document's first line when it is a heading or short (at most 12 words)."""
    for line in text.splitlines()[:40]:
        stripped = line.strip().strip("#=*_-~ ").strip()
        if not stripped:
            continue
        if line.lstrip().startswith("#") or len(stripped.split()) <= 12:
            return stripped
        return None
    return None
