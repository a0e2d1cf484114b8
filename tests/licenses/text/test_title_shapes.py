"""A document's own title where it is not a clean first line (issue 32): after a preamble, in
brackets, missing (the licensor named in the body), and an all-caps sentence that is no title.

Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.own_name import extract_licensor, extract_titles
from auditor.licenses.text.title_shapes import head_version

BODY = "\n\n1. You may use the model for research.\n2. You may not sell access to the model.\n"
PREAMBLE = (
    "Please read this document in full before downloading the files.\n"
    "It was last revised in March 2025 and replaces every earlier version.\n"
    "The files are distributed through our website and through mirrors.\n"
    "Questions may be sent to our legal team at the address in section 9.\n"
    "Nothing in this preamble forms part of the agreement that follows.\n"
    "A copy of these terms is kept with every release of the weights.\n"
    "Earlier releases remain under the terms they were published with.\n"
    "The summary on the website is not a substitute for reading this.\n"
    "Translations are provided for convenience only.\n"
    "If a translation differs, the English text prevails.\n"
    "We may publish notes explaining these terms.\n"
    "Those notes do not change the terms.\n"
    "We thank the community for its feedback on earlier drafts.\n"
)


def test_a_title_after_a_preamble_is_the_title() -> None:
    text = f"{PREAMBLE}\nKESTREL OPEN MODEL LICENSE AGREEMENT{BODY}"
    assert extract_titles(text) == ("KESTREL OPEN MODEL LICENSE AGREEMENT",)
    found = identify_text(text)
    assert found.title == "KESTREL OPEN MODEL LICENSE AGREEMENT"
    assert found.match is not None and found.match.name == found.title


@pytest.mark.parametrize(
    "head",
    [
        "---\n" + "".join(f"field{i}: value {i}\n" for i in range(14)) + "---\n",  # data
        PREAMBLE + "\nDEFINITIONS\n",  # the first heading after the preamble is no title
        PREAMBLE + "\nENTERING INTO THIS AGREEMENT\n",  # a section about the agreement
    ],
    ids=["front-matter", "first-heading-no-title", "section-heading"],
)
def test_no_title_is_taken_from_a_head_of_data_or_a_section_heading(head: str) -> None:
    assert extract_titles(f"{head}\nKESTREL MODEL LICENSE{BODY}") == ()


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("【Kestrel 模型许可协议】", "Kestrel 模型许可协议"),
        ("[Kestrel Model License]", "Kestrel Model License"),
        ("《Kestrel Model License》", "Kestrel Model License"),
        ("## 「Kestrel Model License」", "Kestrel Model License"),
    ],
)
def test_a_title_in_brackets_is_the_title(line: str, title: str) -> None:
    assert extract_titles(f"{line}{BODY}")[0] == title


@pytest.mark.parametrize(
    "line",
    [
        "[Kestrel Model License](https://example.org/license)",  # a link, not a title
        "[Kestrel Model License] [Plover Model License]",  # two pieces
        "[see below]",  # no license word
    ],
)
def test_a_bracketed_line_that_is_no_title_is_not_taken(line: str) -> None:
    assert extract_titles(f"{line}{BODY}") == ()


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("YOU MUST READ THESE TERMS CAREFULLY BEFORE USING THE MODEL", "Kestrel Model License"),
        ("PLEASE READ THIS LICENSE AGREEMENT CAREFULLY", "Kestrel Model License"),
        ("BY DOWNLOADING THE WEIGHTS YOU ACCEPT THE LICENSE BELOW", "Kestrel Model License"),
    ],
)
def test_an_all_caps_sentence_is_no_title(head: str, title: str) -> None:
    assert extract_titles(f"{head}\n\n{title}{BODY}") == (title,)
    assert extract_titles(f"{head}{BODY}") == ()


@pytest.mark.parametrize(
    "title",
    [
        "DO WHATEVER YOU LIKE PUBLIC LICENSE",  # an imperative name, not a sentence
        "Kestrel Model License (May 2024)",  # `May` a month, not a modal
        "END USER LICENSE AGREEMENT FOR THE KESTREL MODEL",
    ],
)
def test_titles_with_sentence_words_stay_titles(title: str) -> None:
    assert extract_titles(f"{title}{BODY}") == (title,)


@pytest.mark.parametrize(
    ("text", "licensor"),
    [
        ("Kestrel Labs hereby grants you a worldwide license to the weights.", "Kestrel Labs"),
        ("Licensor: Plover Research Ltd\n\nYou may run the weights.", "Plover Research Ltd"),
    ],
)
def test_an_untitled_text_is_named_after_the_licensor_its_body_names(
    text: str, licensor: str
) -> None:
    assert extract_licensor(text) == licensor
    match = identify_text(text + BODY).match
    assert match is not None and match.name == f"License of {licensor} (untitled)"


def test_the_licensor_itself_is_no_name() -> None:
    assert extract_licensor("The Licensor hereby grants you a license to the weights.") is None


@pytest.mark.parametrize(
    ("head", "version"),
    [
        ("Kestrel Model License\nVersion: 2.1\n", "2.1"),
        ("Kestrel Model License\nVersion 2.0, January 2004\n", "2.0"),
        ("Kestrel Model License\n\nThe version history is online.\n", None),
    ],
)
def test_the_head_states_a_version_on_a_line_of_its_own(head: str, version: str | None) -> None:
    assert head_version(head + BODY) == version
