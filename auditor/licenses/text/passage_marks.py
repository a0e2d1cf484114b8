"""The marks that cut a text into passages, for `language.passages`: a list item's marker (in
any script: "- ", "1.", "(a)", "б)", "(א)", "ก.", "一、", "第四条"), a rule line, a sentence's
end, and the abbreviations a full stop ends no sentence after ("z. B.", "Α.Ε.", "S.A."), nor
a scale word shortened before a currency ("20 mil. Kč", "3 mld. EUR"); a clause's lower-case
label ("ust. 2.", "odst. 3.", "alin. 1.") after a full stop starts a sentence; a number going
on a wrapped sentence ("iz" then "1. točke") starts no item."""

from __future__ import annotations

import re

from auditor.fileio.compiled_patterns import compile_pattern

# Chinese items: "一、", "(二)" (fullwidth brackets are NFKC-folded), "3、", "第四条"
_ZH_NUMERAL = "[一二三四五六七八九十]{1,3}"
_ZH_ITEM = (  # matched on the raw line: fullwidth brackets too
    rf"{_ZH_NUMERAL}、|[(（]{_ZH_NUMERAL}[)）]|\d{{1,3}}、|第(?:{_ZH_NUMERAL}|\d{{1,3}})[条條款章节節]"
)
# an item lettered in any script: "(a)", "б)", "(α)", "(א)", "(ก)"; or a lower-case letter and
# a full stop, "a.", "б.", "β.", "ב." (a capital and a full stop may be an initial: "J. Smith")
_LETTER_ITEM = r"\(?[^\W\d_]\)|[a-zα-ωа-яёіїєґ\u05d0-\u05ea\u0e01-\u0e2e]\."
BLOCK_START = compile_pattern(
    r"^\s*(?:[-*+\u2022]\s|\d{1,3}[.)]\s|\(?[a-z0-9]{1,3}\)\s|(?:"
    + _LETTER_ITEM
    + r")\s|\||"
    + _ZH_ITEM
    + ")"
)
LIST_MARKER = compile_pattern(
    r"^\s*(?:(?:[-*+\u2022]|\d{1,3}[.)]|\(?[a-z0-9]{1,3}\)|"
    + _LETTER_ITEM
    + r")\s+|(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}、)\s*)"
)
RULE_LINE = compile_pattern(r"^\s*(?:[-=*_|:\s]{3,}|```.*|~~~.*)$")
# 。！？ end a sentence; so does ；(NFKC-folded to ";") before a CJK character
# (never before a lower-case letter, in Latin, Greek or Cyrillic letters: "Α.Ε. παραχωρεί");
# a 。 closing a bracketed aside ("(以下「当社」という。)は、…") ends the aside, not the sentence
SENTENCE_END = compile_pattern(
    r"(?<=[！？!?])|(?<=。)(?![)）」』\]])|(?<=[.;])\s+(?=[^\s\da-zß-ÿα-ωά-ώа-яёіїєґ])|(?<=[；])"
    r"|(?<=;)(?=[\u3400-\u9fff])"
    # a clause's label in lower case: pl "ust." (ustęp), "pkt"; cs, sk "odst.", "ods."; ro "alin."
    r"|(?<=[.;])\s+(?=(?:ust|pkt|odst|ods|alin|par)\.?\s*\d{1,3}[.)]\s)"
)
ABBREVIATION = compile_pattern(
    r"(?:^|[\s(])(?:(?:[^\W\d_]\.){0,3}[^\W\d_]|mio|mrd|nr|bzw|ca|abs|art|ziff|vgl|inkl|zzgl|ggf|usw|etc|e\.g|i\.e"
    r"|inc|ltd|co|corp|dr|mr|mrs|ms|st|vs|no|sec|fig|tsd|approx|ver|vol|p|pp|s|z\.b|d\.h|u\.a"
    r"|sr|sra|av|núm|art|cf|env|éd|cap|pág|pag|n|nº)\.$",
    re.IGNORECASE,
)

# a scale word shortened before a currency: cs, sk, hr, sl, ro "mil." (million), "mld.",
# "mlrd." (billion), pl "mln.", "tys."; the full stop ends no sentence ("20 mil. Kč")
_SCALE_BEFORE = compile_pattern(r"\d\s?(?:mil|mld|mlrd|mln|tis|tys|mill)\.$", re.IGNORECASE)
_CURRENCY_AFTER = compile_pattern(
    r"\s*(?:Kč|Sk|Ft|EUR|€|USD|\$|CHF|CZK|SKK|PLN|HUF|RON|HRK|RSD|BAM|KM|MKD|BGN|UAH"
    r"|zł|lei|kn|din|den|лв|грн)(?!\w)"
)


def amount_goes_on(joined: str, start: int, end: int) -> bool:
    """Whether the full stop before `start` (the sentence end found in `joined`, up to `end`)
    shortens a scale word and a currency follows it ("nepřesáhne 20 mil. Kč"): no end."""
    return bool(_SCALE_BEFORE.search(joined[max(start - 12, 0) : start])) and bool(
        _CURRENCY_AFTER.match(joined, end)
    )


def is_ordinal_wrap(before: list[tuple[int, str]], line: str) -> bool:
    """A wrapped sentence going on with an ordinal, not a list item: the line `before` (none
    at a paragraph's start) ends in a short word ("se pravice iz" then "1. točke ne
    podelijo"), and a lowercase word follows the number."""
    short = bool(before) and _SHORT_END.search(before[-1][1]) is not None
    ordinal = _ORDINAL_ON.match(line) if short else None
    return ordinal is not None and ordinal.group(1).islower()


_SHORT_END = compile_pattern(r"(?:^|\s)[^\W\d_]{1,3}$")
_ORDINAL_ON = compile_pattern(r"^\s*\d{1,3}\.\s+([^\W\d_])")
