"""Text normalisation: each step, the words it yields, sentences, titles, dates; idempotence."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.licenses.text.copyright_notices import is_copyright_line
from auditor.licenses.text.layout import read_layout
from auditor.licenses.text.normalize import (
    STEPS,
    document_tokens,
    extract_date,
    extract_title,
    is_heading_line,
    normalize_text,
    tokens,
)
from auditor.licenses.text.prose import split_sentences

STEP = {step.name: step.apply for step in STEPS}


def test_steps_have_unique_names() -> None:
    assert len(STEP) == len(STEPS)


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        ("drop-invisible-characters", "com\u200bmer\u00adcial\ufeff use", "commercial use"),
        ("drop-invisible-characters", "fee\u00ad\n  free", "feefree"),
        ("unicode-nfkc", "ﬁle ２０２４ ＡＢＣ", "file 2024 ABC"),
        ("fold-confusable-letters", "\u0441\u043emmer\u0441ial \u0391pp", "commercial App"),
        ("join-line-end-hyphens", "pay-\n  ment, non-\nexclusive", "payment, non-exclusive"),
        ("lowercase", "The LICENSE", "the license"),
        ("unify-line-breaks", "a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("strip-html", "<h2 align='center'>opt</h2><br>x &amp; y", "\n\nopt\n\n\n\nx & y"),
        ("strip-code-fences", "```text\nbody\n```", "\nbody\n"),
        ("strip-markdown-links", "see [the policy](https://x.org/p) now", "see the policy now"),
        ("strip-markdown-links", "![logo](a.png) and <https://x.org>", "logo and https://x.org"),
        (
            "strip-markdown-headings",
            "## 1. Scope\ntext # not a heading",
            "1. Scope\ntext # not a heading",
        ),
        ("strip-emphasis-and-table-pipes", "**bold** _it_ | cell |", "bold  it    cell  "),
        ("unify-quotes-dashes-bullets", "“a” ‘b’ x—y • z", "\"a\" 'b' x-y   z"),
        ("drop-copyright-notices", "copyright (c) 2024 acme\n\npermission", " \n\npermission"),
        ("drop-all-rights-reserved", "acme. all rights reserved.", "acme.  ."),
        ("drop-list-markers-collapse-whitespace", "1. a\n (b) c  iv. d 1.2. e", "a c d e"),
    ],
)
def test_step(step: str, text: str, expected: str) -> None:
    assert STEP[step](text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# The **Llama** [Materials](https://x.org)", "the llama materials"),
        ("“Agreement” — means <b>this</b>", "agreement means this"),
        ("Licensor’s rights; don't", "licensors rights dont"),
        ("| a | b |\n|---|---|\n| c | d |", "a b c d"),
        ("1. first\n2. second\n(a) third\nii. fourth", "first second third fourth"),
        ("Section 3(a) applies", "section 3 a applies"),
        ("a civil matter. ill. iv. v) xl.", "a civil matter ill xl"),
        ("e.g. this, i.e. that", "e g this i e that"),
        ("The 软件 license", "the 软 件 license"),
        ("  \n\t ", ""),
    ],
)
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright (c) 2024 Acme",
        "Copyright (C) 2025 Apple Inc. All Rights Reserved.",
        "Copyright 2019-2024 The Example Authors.",
        "© 2024 Acme Corp.",
        "(c) 2024 Acme",
        "Copyright [yyyy] [name of copyright owner]",
        "COPYRIGHT © Example Ltd.",
    ],
)
def test_copyright_notices_are_dropped(notice: str) -> None:
    assert tokens(f"{notice}\n\nThe grant follows.") == ["the", "grant", "follows"]
    assert is_copyright_line(notice)


def test_copyright_notice_is_dropped_wherever_it_stands() -> None:
    inline = (
        'Show "Model is licensed under the Terms, Copyright (c) Acme Ltd. All rights reserved."'
    )
    wrapped = inline.replace("Terms, Copyright", "Terms,\nCopyright")
    assert tokens(inline) == tokens(wrapped)
    assert tokens(inline) == ["show", "model", "is", "licensed", "under", "the", "terms"]


@pytest.mark.parametrize(
    "mention",
    [
        "CLAIMS AGAINST THE COPYRIGHT HOLDERS OF THIS FILE ARE WELCOME",
        "copyright and neighbouring rights apply",
        "(c) You must retain all notices",
    ],
)
def test_copyright_mentions_are_kept(mention: str) -> None:
    assert not is_copyright_line(mention)
    assert len(tokens(mention)) >= 5


def test_rewrapping_changes_nothing() -> None:
    text = (
        "1. Grant. Subject to the terms of this Agreement, (a) you may use the Model; and\n"
        "(b) you may share it. Copyright (c) 2024 Acme Inc. All rights reserved.\n"
    )
    rewrapped = " ".join(text.split())
    narrow = "\n".join(rewrapped[i : i + 7] for i in range(0, len(rewrapped), 7))
    assert tokens(rewrapped) == tokens(text)
    assert tokens(narrow) != tokens(text)  # words cut in half are other words
    assert tokens(text.replace(" ", "\n")) == tokens(text)


# Pieces that exercise every step, joined by arbitrary separators.
_TRICKY = st.sampled_from(
    [
        "Copyright",
        "copyright",
        "(c)",
        "©",
        "2024",
        "yyyy",
        "All",
        "rights",
        "reserved",
        "1.",
        "(a)",
        "iv.",
        "a)",
        "#",
        "##",
        "**",
        "_",
        "|",
        "[x](y)",
        "[",
        "](",
        "<b>",
        "</p>",
        "&amp;",
        "```",
        "“",
        "’",
        "'",
        "—",
        "•",
        "ﬁ",
        "Ⅳ",
        "İ",
        "ß",
        "软件",
        "\u2063",
        "license",
        "shall",
    ]
)
_SEPARATOR = st.sampled_from(["", " ", "\n", "\n\n", "\r\n", "\t", ". ", ", "])


@st.composite
def _tricky_texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_TRICKY, _SEPARATOR), max_size=30))
    return "".join(piece + separator for piece, separator in pieces)


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(_tricky_texts(), st.text(max_size=200)))
@example("AΓ")  # Γ is no look-alike, the γ lower-casing makes is: folded in the same call
@example("ΩMIT Ѐ")
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert tokens(once) == once.split()


@settings(max_examples=100, deadline=None, database=None)
@given(st.lists(st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True), min_size=1, max_size=40))
def test_words_ignore_whitespace_and_case(words: list[str]) -> None:
    text = " ".join(words)
    assert normalize_text(text.upper()) == normalize_text(text)
    assert normalize_text("\n\n  ".join(words)) == normalize_text(text)


def test_split_sentences() -> None:
    text = "# Use Policy\n\nYou may use it. You may not\nsell it; nor rent it!\n\nEnd"
    sentences = split_sentences(text)
    assert [s.words for s in sentences] == [
        ("use", "policy"),
        ("you", "may", "use", "it"),
        ("you", "may", "not", "sell", "it"),
        ("nor", "rent", "it"),
        ("end",),
    ]
    assert [s.block for s in sentences] == [0, 1, 1, 1, 2]
    assert [s.heading for s in sentences] == [True, False, False, False, False]
    # matched as cleaned, quoted and located as written
    assert sentences[2].raw == "You may not\nsell it;"
    assert (sentences[2].quote, sentences[2].line) == ("You may not sell it;", 3)
    assert (sentences[3].quote, sentences[3].line) == ("nor rent it!", 4)


def test_a_sentence_is_quoted_as_written() -> None:
    text = "Intro line.\n\nNo use in [weapons](https://x.org/w) is\nallowed."
    (_, sentence) = split_sentences(text)
    assert sentence.raw == "No use in [weapons](https://x.org/w) is\nallowed."
    assert sentence.cleaned == "No use in weapons is allowed."
    assert sentence.quote == "No use in [weapons](https://x.org/w) is allowed."
    assert sentence.line == 3


def test_a_heading_line_runs_into_the_text_under_it_as_without_its_markup() -> None:
    marked = split_sentences("# Terms\nYou may use it. More text\n\n## Limits\n\nand so on.")
    plain = split_sentences("Terms\nYou may use it. More text\n\nLimits\n\nand so on.")
    assert [s.words for s in marked] == [s.words for s in plain]
    assert [(s.words, s.heading) for s in marked] == [
        (("terms", "you", "may", "use", "it"), False),
        (("more", "text"), False),
        (("limits",), True),  # a line alone between blank lines, marked as a heading
        (("and", "so", "on"), False),
    ]


def test_abbreviations_and_lower_case_do_not_end_a_sentence() -> None:
    text = "Acme Labs Ltd. and its affiliates, e.g. Acme Inc., grant it. then more"
    assert [s.raw for s in split_sentences(text)] == [
        "Acme Labs Ltd. and its affiliates, e.g. Acme Inc., grant it. then more"
    ]


def test_split_sentences_drops_notices_and_markers() -> None:
    text = "Keep it. Copyright (c) Acme\nThe end is here. 2. Next [one](https://x.org)."
    sentences = split_sentences(text)
    assert [s.words for s in sentences] == [("keep", "it"), ("next", "one")]


@pytest.mark.parametrize(
    ("block", "heading"),
    [
        ("# Title", True),
        ("<h2>Title</h2>", True),
        ("**Llama 3.1** **Acceptable Use Policy**", True),
        ("STABILITY AI COMMUNITY LICENSE AGREEMENT", True),
        ("Gemma Terms of Use", False),
        ("TWO LINES\nOF CAPITALS", False),
    ],
)
def test_is_heading_line(block: str, heading: bool) -> None:
    assert is_heading_line(block) is heading


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Mistral AI Research License\n\nIf You want", "Mistral AI Research License"),
        (
            "[See the original license]\n\nFalcon 3 TII Falcon License\n",
            "Falcon 3 TII Falcon License",
        ),
        ("Gemma Terms of Use\n\nLast modified: March 24, 2025", "Gemma Terms of Use"),
        ('<h2 align="center"> OPT-175B LICENSE AGREEMENT </h2>', "OPT-175B LICENSE AGREEMENT"),
        ("**LLAMA 3.3 COMMUNITY LICENSE AGREEMENT**\n", "LLAMA 3.3 COMMUNITY LICENSE AGREEMENT"),
        ("Copyright (c) 2024 Acme License Agreement\n\nText", None),
        ("LICENSE\n\nMIT License\n", "MIT License"),
        ("In consideration of your agreement to the following terms, and", None),
        ("This license applies. It has terms", None),
    ],
)
def test_extract_title(text: str, title: str | None) -> None:
    assert extract_title(text) == title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gemma Terms of Use\n\nLast modified: March 24, 2025\n", "2025-03-24"),
        ("X LICENSE\nLast Modified: 2024-11-09\n", "2024-11-09"),
        ("DEEPSEEK LICENSE AGREEMENT\nVersion 1.0, 23 October 2023\n", "2023-10-23"),
        ("Apache License\nVersion 2.0, January 2004\n", "2004-01"),
        ("Copyright (c) 2023 Acme, dated July 26, 2023\n\nText", None),
        ("A license\n\nwith no date at all", None),
    ],
)
def test_extract_date(text: str, date: str | None) -> None:
    assert extract_date(text) == date


def test_a_heading_cut_by_a_line_break_is_not_the_title() -> None:
    text = "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND\nDISTRIBUTION\n\n1. Definitions.\n"
    assert extract_title(text) is None
    assert extract_title("Quill Model License and\nUse Policy\n\nYou may use it.\n") is None
    assert extract_title("Quill Model License\n\nYou may use it.\n") == "Quill Model License"


def test_document_words_are_the_layouts_cleaned_text_normalised() -> None:
    """One normalisation: a document's words are read from the cleaned text term extraction
    reads; an escaped Markdown list number drops like a plain one."""
    text = "# Terms\n\n1\\. **License Rights**. You may <b>use</b> it.\n2. Other &amp; more.\n"
    assert document_tokens(text) == tokens(read_layout(text).flat)
    assert document_tokens(text) == document_tokens(text.replace("1\\.", "1."))
    assert document_tokens(text)[:5] == ["terms", "license", "rights", "you", "may"]
    assert "amp" not in document_tokens(text)
