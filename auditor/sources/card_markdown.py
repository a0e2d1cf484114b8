"""The Markdown structure of a model card's body, for `card_documents`: fenced code, headings
(ATX, setext, bold lines) and the sections they open, and what a section's title speaks of:
the model's license or terms (in the languages cards on the Hub are written in), its uses and
limits, or other works (datasets, dependencies, citations) whose licenses are not the model's.
"""

from __future__ import annotations

import re

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.license_titles import title_pattern_source
from auditor.model.license_words import COMMERCIAL_KEY as COMMERCIAL_KEY
from auditor.model.license_words import COMMERCIAL_LABEL as COMMERCIAL_LABEL
from auditor.model.license_words import FOREIGN_LICENSE_WORDS as FOREIGN_LICENSE_WORDS
from auditor.sources.card_words_s40card import FOREIGN_USE_TITLE

ATX = lazy_pattern(r" {0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<title>.*?))?[ \t#]*$")
SETEXT = lazy_pattern(r" {0,3}(?P<rule>=+|-+)[ \t]*$")
FENCE = lazy_pattern(r" {0,3}(?P<fence>`{3,}|~{3,})")
_BOLD_HEADING = lazy_pattern(r"\s*(?:\*\*|__)(?P<title>[^*_]{1,80}?)[ \t:]*(?:\*\*|__)[ \t:]*$")

# "Use restrictions" and "Prohibited uses" in the languages cards are written in: a section of
# the model's terms, like its English title (never "Limitations" alone: the model's own limits)
_FOREIGN_USE_RESTRICTIONS = (
    r"|\b(?:omezen[íi]\s+(?:pou[žz]it[íi]|u[žz][íi]v[áa]n[íi])|zak[áa]zan[ée]\s+pou[žz]it[íi]e?"
    r"|obmedzenia\s+pou[žz]itia|ograniczenia\s+(?:u[żz]ytkowania|u[żz]ycia|stosowania)"
    r"|(?:zakazane|niedozwolone)\s+(?:u[żz]ycie|zastosowania)"
    r"|ograni[čc]enja\s+(?:kori[šs]tenja|upotrebe|uporabe)|zabranjena\s+(?:upotreba|uporaba)"
    r"|omejitve\s+uporabe|prepovedana\s+uporaba"
    r"|nutzungsbeschr[äa]nkung(?:en)?|verbotene\s+nutzung(?:en)?|einschr[äa]nkungen\s+der\s+nutzung"
    r"|gebruiksbeperking(?:en)?|verboden\s+gebruik|beperkingen\s+(?:van|op)\s+(?:het\s+)?gebruik"
    r"|anv[äa]ndningsbegr[äa]nsning(?:ar)?|f[öo]rbjuden\s+anv[äa]ndning"
    r"|(?:brugs|anvendelses)begr[æa]nsning(?:er)?|forbudt\s+(?:brug|anvendelse|bruk)"
    r"|bruksbegrensning(?:er)?|k[äa]ytt[öo]rajoitukset|kielletty\s+k[äa]ytt[öo]"
    r"|restrictions?\s+d['’]utilisation|(?:utilisations?|usages?)\s+interdit(?:e|s|es)?"
    r"|restricciones\s+de\s+uso|usos?\s+prohibidos?|restri[çc][õo]es\s+de\s+uso"
    r"|usos?\s+proibidos?|(?:limitazioni|restrizioni)\s+d['’]uso|us[oi]\s+vietat[oi]"
    r"|restric[țt]ii\s+de\s+utilizare|utiliz[ăa]ri\s+interzise"
    r"|felhaszn[áa]l[áa]si\s+korl[áa]toz[áa]sok|tiltott\s+felhaszn[áa]l[áa]s"
    r"|kullan[ıi]m\s+k[ıi]s[ıi]tlamalar[ıi]|yasakl[ıi]\s+kullan[ıi]m(?:lar)?"
    r"|batasan\s+penggunaan|larangan\s+penggunaan|penggunaan\s+yang\s+dilarang"
    r"|sekatan\s+penggunaan|h[ạa]n\s+ch[ếe]\s+s[ửu]\s+d[ụu]ng)\b"
    r"|περιορισμοί\s+χρήσης|απαγορευμένες\s+χρήσεις"
    r"|ограничения\s+(?:на\s+)?использовани[яе]|запрещ[её]нное\s+использование"
    r"|обмеження\s+використання|заборонене\s+використання"
    r"|قيود\s+الاستخدام|الاستخدامات\s+المحظورة|הגבלות\s+שימוש|שימושים\s+אסורים"
    r"|उपयोग\s+(?:पर\s+)?प्रतिबंध|निषिद्ध\s+उपयोग|ข้อจำกัดการใช้งาน|ข้อห้าม"
    r"|禁止(?:用途|使用|事項)|利用制限|금지\s*사항"
)

_LICENSE_TITLE = lazy_pattern(
    r"\b(?:licen[cs](?:e|es|ed|ing)|terms|(?:use|usage)\s+(?:restrictions?|polic(?:y|ies))"
    r"|restrictions?\s+on\s+use|permitted\s+uses?|(?:prohibited|restricted|forbidden|disallowed"
    r"|banned)\s+uses?)\b|"
    + FOREIGN_LICENSE_WORDS
    # a notice or statement of use in Chinese, Japanese and Korean (使用须知, 利用上の注意,
    # 사용 조건): the conditions a user accepts, however the heading names them
    + r"|(?:使用|用户|用戶)(?:须知|須知|声明|聲明)|利用上の注意"
    r"|ご利用(?:に(?:ついて|あたって)|上の注意)"
    r"|(?:이용|사용)\s*(?:조건|시\s*유의\s*사항|시\s*주의\s*사항)"
    + _FOREIGN_USE_RESTRICTIONS
    # the word for a licence or its terms in some sixty languages (`knowledge.license_titles`)
    + "|"
    + title_pattern_source(),
    re.IGNORECASE,
)
# A title about the data's license ("Dataset license", "Licenses of the training data"): the
# licenses under it are the data's. "Data and License" speaks of both, so it is not one.
_DATA_LICENSE_TITLE = lazy_pattern(
    r"\b(?:data(?:sets?)?|corpus|corpora)\s+licen|licen[cs]\w*\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:data(?:sets?)?|corpus|corpora)\b|数据集?(?:许可|協議|协议)|データセット?の?ライセンス"
    r"|데이터(?:셋)?\s*라이선스|daten\w*\s*lizenz|licen[cs]\w*\s+(?:des|de\s+los|dos)\s+(?:donn|dat)",
    re.IGNORECASE,
)
# Sections on how the model may be used and its limits (the model card template's Uses,
# Direct/Downstream/Out-of-Scope Use, Bias, Risks and Limitations; Intended Use elsewhere).
_USE_TITLE = lazy_pattern(
    r"\b(?:intended\s+(?:use|purpose)s?|uses|use\s+cases?|(?:direct|downstream|permitted"
    r"|prohibited|acceptable|commercial|responsible)\s+use|out[- ]of[- ]scope|limitations?"
    r"|restrictions?|misuse|usage\s+(?:policy|notes?|terms|conditions))\b"
    r"|用途|使用限制|使用范围|局限|利用目的|制限|용도|사용\s*제한|제한\s*사항|\b(?:verwendung\w*"
    r"|einschränkungen|utilisation\s+pr[ée]vue|limitations|uso\s+previsto|limitaciones"
    r"|usos?\s+pretendidos?|ограничения|назначение|uso\s+previsto|limitazioni)\b"
    + FOREIGN_USE_TITLE,  # "Użu", "Käyttö", "Uso", "Χρήση": the languages the readers read
    re.IGNORECASE,
)
# Sections about other works, whose `License:` lines describe those works.
OTHER_WORKS_TITLE = lazy_pattern(
    r"acknowledg|attribution|third[- ]party|dependenc|credits|related|citation|references"
    r"|data(?:sets?)?\b|used\s+(?:open[- ]source|projects|software)|comparison|compared"
    r"|^\W*(?:the\s+)?(?:base|parent|teacher|original|upstream)\s+models?\b",
    re.IGNORECASE,
)
ABOUT_DATA = lazy_pattern(r"\b(?:data(?:sets?)?|corpus|corpora)\b", re.IGNORECASE)
ABOUT_MODEL = lazy_pattern(r"\b(?:models?|weights?|checkpoints?|this\s+repo(?:sitory)?)\b", re.I)

Heading = tuple[int, int, str]  # index of the heading line, level (a bold line is 7), title
Section = tuple[Heading, int, int]  # heading, end of its own text, end of the whole section


def fenced_lines(lines: list[str]) -> set[int]:
    """Indexes of lines inside fenced code blocks (the fences included)."""
    inside: set[int] = set()
    fence: str | None = None
    for index, line in enumerate(lines):
        opened = FENCE.match(line)
        if fence is None and opened:
            fence = opened.group("fence")
            inside.add(index)
            continue
        if fence is not None:
            inside.add(index)
            mark = opened.group("fence") if opened else ""
            closes = mark and mark[0] == fence[0] and len(mark) >= len(fence)
            if closes and not line.strip().strip(mark[0]):
                fence = None
    return inside


def code_blocks(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes of the lines of fenced blocks that hold code, not prose: the fence names a
    language (```python, ```bash) or a line has code syntax (a call, an import, an assignment,
    a shell command). A license pasted in a bare or ```text fence is prose."""
    code: set[int] = set()
    block: list[int] = []
    fence = ""
    for index in range(len(lines)):
        if index not in fenced:
            continue
        line = lines[index]
        opened = FENCE.match(line)
        if not block:
            block, fence = [index], opened.group("fence") if opened else "`"
            continue
        block.append(index)
        mark = opened.group("fence") if opened else ""
        if (
            mark
            and mark[0] == fence[0]
            and len(mark) >= len(fence)
            and not line.strip().strip(mark[0])
        ):
            code.update(block if _is_code(lines, block) else ())
            block = []
    code.update(block if block and _is_code(lines, block) else ())
    return code


def _is_code(lines: list[str], block: list[int]) -> bool:
    info = lines[block[0]].strip().lstrip("`~").strip().split(" ")[0].lower()
    if info and info not in _PROSE_FENCES:
        return True
    return any(_CODE_SYNTAX.search(lines[i]) for i in block[1:])


_PROSE_FENCES = frozenset(
    {"text", "txt", "plain", "plaintext", "none", "md", "markdown", "license"}
)
_CODE_SYNTAX = lazy_pattern(
    r"\w\.\w+\(|\w\((?:[\"'\[{]|\)|\w+\s*[,=])"  # a method call, a call with a literal
    r"|^\s*(?:import\s+\w|from\s+[\w.]+\s+import\b|(?:\$|>>>)\s"  # imports, prompts
    r"|(?:pip3?|conda|git|python3?|curl|wget|huggingface-cli|ollama|docker|npm)\s+[\w-])"
    r"|^\s*[\w.\[\]\"']+\s*=\s*\S"  # an assignment
)
"""Code syntax in a fenced block's line; license prose has none ("Section 4(a)", "Licensor(s)")."""


def headings(lines: list[str], fenced: set[int]) -> list[Heading]:
    """Each heading outside code: ATX, setext (its underline is not body) and bold lines."""
    found: list[Heading] = []
    for index, line in enumerate(lines):
        if index in fenced or not line.strip():
            continue
        atx = ATX.match(line)
        if atx:
            found.append((index, len(atx.group("marks")), (atx.group("title") or "").strip()))
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        setext = SETEXT.match(nxt) if index + 1 not in fenced else None
        if setext and not line.startswith((" " * 4, "\t", "|", "-", "*")):
            found.append((index, 1 if setext.group("rule")[0] == "=" else 2, line.strip()))
            continue
        bold = _BOLD_HEADING.fullmatch(line)
        if bold:
            found.append((index, 7, bold.group("title").strip()))
    return found


def heading_lines(lines: list[str], found: list[Heading]) -> set[int]:
    """Indexes of heading lines and setext underlines."""
    marks = {index for index, _, _ in found}
    return marks | {i + 1 for i in marks if i + 1 < len(lines) and SETEXT.match(lines[i + 1])}


def sections(lines: list[str], found: list[Heading]) -> list[Section]:
    """Each heading with the end of its own text (its first subheading) and of its section
    (the next heading of its level or above)."""
    # One pass with a stack of the sections still open: a heading closes every open section
    # of its level or deeper (a bold line, level 7, is closed by any heading). Linear in the
    # number of headings, which a hostile card makes large (issue 34).
    ends = [len(lines)] * len(found)
    open_sections: list[int] = []  # positions in `found`, levels increasing
    for position, (index, level, _) in enumerate(found):
        while open_sections and found[open_sections[-1]][1] >= level:
            ends[open_sections.pop()] = index
        open_sections.append(position)
    return [
        (heading, found[position + 1][0] if position + 1 < len(found) else len(lines), end)
        for position, (heading, end) in enumerate(zip(found, ends, strict=True))
    ]


def is_license_title(title: str) -> bool:
    """A title about the model's license or terms, in any of the languages above (not one
    about the data's license)."""
    return bool(_LICENSE_TITLE.search(title)) and not _DATA_LICENSE_TITLE.search(title)


def is_use_title(title: str) -> bool:
    """A title about the model's uses, intended or out of scope, or its limitations."""
    return bool(_USE_TITLE.search(title))


def intro_end(lines: list[str], found: list[Heading]) -> int:
    """The end of the card's opening: the text before the first heading and, when that is the
    card's title (a level-1 heading), the paragraphs under it up to the next heading."""
    if not found:
        return len(lines)
    first, level, _ = found[0]
    if level != 1:
        return first
    return found[1][0] if len(found) > 1 else len(lines)


def card_title(lines: list[str], found: list[Heading]) -> str | None:
    """The card's title: its first level-1 heading (a model's name, usually)."""
    return next((title for _, level, title in found if level == 1 and title), None)


def line_starts(lines: list[str]) -> list[int]:
    """The offset of each line in `"\\n".join(lines)`, and one past the end."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """The index of the line holding `offset` (`starts` from `line_starts`)."""
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low
