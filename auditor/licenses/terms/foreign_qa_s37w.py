"""Questions and answers in Armenian licence texts (session 37), for `foreign_ja_ko_qa`.

Armenian marks a question with "՞" on its stressed word ("Կարո՞ղ եմ ...", "Կա՞ ...") and a
licence set out as questions and answers labels them "Հ." (question) and "Պ." (answer):

- a question about commercial use (առևտրային, կոմերցիոն, բիզնես, վճարովի: paid) answered
  "Այո" (yes) allows it, "Ոչ" (no) bans it, as `foreign_ja_ko_qa` reads Japanese and Korean;
  the answer is read here too when it says nothing more than its yes or no;
- a question whether there is a limit (սահմանափակում) answered "Ոչ" states none: both are
  read, with no term; a limit answered yes is left to the cues (and reported when unread);
- a question asking what, which, who, when, where or how (Ինչ, Որ, Ով ...) states nothing
  itself: its answer is the clause, read (or reported) on its own.

Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.terms.foreign_zh import Clause
from auditor.licenses.text.language import Passage

__all__ = ["armenian_questions"]


class _Partition:
    """Cuts a text at the first match of a pattern: (before, the match, after)."""

    def __init__(self, pattern: str) -> None:
        self._pattern = lazy_pattern(pattern)

    def partition(self, text: str) -> tuple[str, str, str]:
        found = self._pattern.search(text)
        if found is None:
            return text, "", ""
        return text[: found.start()], found.group(), text[found.end() :].lstrip("*_ ")


_ASKED_MARK = "՞"
_QUESTION_LABEL = lazy_pattern(r"^\W{0,3}(?:Հ|Հարց)\s*\d*\s*[.:)]?\s*")
_ANSWER_LABEL = lazy_pattern(r"^\W{0,3}(?:Պ|Պատասխան)\s*\d*\s*[.:)]?\s*")
_COMMERCIAL = lazy_pattern(r"առ(?:և|եւ)տրային|կոմերցիոն\w*|բիզնես\w*|վճարովի|շահույթ\w*")
_LIMIT = lazy_pattern(r"սահմանափակ\w*|շեմ\w*")
_OPEN = lazy_pattern(r"^(?:Ի|Ո|Ե|Ին|Ինչ|Որ|Ով|Երբ|Որտեղ|Ինչպես|Քանի|Ինչու)\w*՞?\w*")
_YES = lazy_pattern(r"^(?:Այո|Իհարկե)\b")
_NO = lazy_pattern(r"^(?:Ոչ|Չէ)\b")
# an answer that says more than yes or no: a narrowing, a negation, a condition
_MORE = lazy_pattern(
    r"միայն|բացառությամբ|արգել\w*|պայման\w*|թույլտվ\w*|համաձայնությ\w*|սահմանափակ\w*"
    r"|\bչ\w+|\bոչ\b|առանց\s+(?!որ(?:և|եւ)է\s+վճար|վճար)"
)
_ECHO = lazy_pattern(r"^(?:Այո|Իհարկե|Ոչ|Չէ)\W*")
_ANSWER_IN = _Partition(r"(?:^|\s)\W{0,3}(?:Պ|Պատասխան)\s*\d*\s*[.:)]\s*")


def armenian_questions(passages: Sequence[Passage]) -> dict[Passage, list[Clause]]:
    """The Armenian questions read with their answers (module docstring), the answer in the
    question's own passage ("Հ. ...՞ ...։ Պ. Այո։") or the next: each read, with the
    commercial use an answer gives (none for the rest)."""
    found: dict[Passage, list[Clause]] = {}
    for at, question in enumerate(passages):
        after = passages[at + 1] if at + 1 < len(passages) else None
        if question.language != "hy" or _ASKED_MARK not in question.text:
            continue
        text = _QUESTION_LABEL.sub("", question.text).lstrip("*_ ")
        asked, label, reply = _ANSWER_IN.partition(text)
        if not label:  # the answer is the next passage
            if _OPEN.match(asked):
                found.setdefault(question, [])  # it asks: its answer says
                continue
            if after is None or after.language != "hy":
                continue
            reply = _ANSWER_LABEL.sub("", after.text).lstrip("*_ ")
        yes, no = _YES.search(reply) is not None, _NO.search(reply) is not None
        bare = _MORE.search(_ECHO.sub("", reply)) is None
        if _COMMERCIAL.search(asked) and (yes or no) and (bare or not label):
            value = "allowed" if yes else "prohibited"
            found[question] = [Clause("commercial_use", value)]
            if bare and not label and after is not None:
                found[after] = [Clause("commercial_use", value)]
        elif _LIMIT.search(asked) and no and bare and not _COMMERCIAL.search(asked):
            found[question] = []
            if not label and after is not None:
                found[after] = []
    return found
