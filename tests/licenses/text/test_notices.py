"""Notices and SPDX lines name a license without reproducing it (issue 13 class 7)."""

from __future__ import annotations

import pytest

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.text.identify import identify_text
from auditor.licenses.text.notices import NOTICE_CONFIDENCE, identify_notice


@pytest.mark.parametrize(
    ("text", "license_id"),
    [
        ("The Finch weights are licensed under the Apache License, Version 2.0.", "Apache-2.0"),
        ("This work is licensed under CC BY 4.0.", "CC-BY-4.0"),
        ("These checkpoints are released under the MIT license.", "MIT"),
        ("The dataset is made available under CC0 1.0.", "CC0-1.0"),
        ("Published under the terms of the BSD 3-Clause License.", "BSD-3-Clause"),
        # an article or the owner's possessive before the name, "Agreement" left off
        (
            "This model is licensed under Meta's Llama 3.1 Community License.",
            "LicenseRef-llama-3.1-community",
        ),
        (
            "These weights are distributed under Meta Llama 3.1 Community License.",
            "LicenseRef-llama-3.1-community",
        ),
        # a short bracketed word is part of the name
        (
            "The weights are made available under the FLUX.1 [dev] Non-Commercial License.",
            "LicenseRef-flux-1-dev-non-commercial",
        ),
        (
            "All files here are distributed under a Creative Commons Attribution 4.0 "
            "International License (see the site for details).",
            "CC-BY-4.0",
        ),
    ],
)
def test_a_notice_names_its_license(text: str, license_id: str) -> None:
    match = identify_text(f"# Finch\n\n{text}\n").match
    assert match is not None
    assert (match.id, match.method) == (license_id, "notice-reference")
    assert match.confidence == NOTICE_CONFIDENCE < 0.9


def test_notices_naming_two_licenses_apply_together() -> None:
    text = (
        "The code is released under the MIT license.\n\n"
        "The weights are released under CC BY-NC 4.0.\n"
    )
    match = identify_text(text).match
    assert match is not None
    assert match.id == "MIT AND CC-BY-NC-4.0"
    assert match.kind == "non-commercial"  # the most restrictive binds


@pytest.mark.parametrize(
    "text",
    [
        "Our model is fine-tuned from a base model, which is licensed under the MIT license.",
        "Portions of the tokenizer are licensed under the Apache License 2.0.",
        "Nothing here is licensed under anything you would recognise.",
    ],
)
def test_a_mention_of_another_things_license_is_not_a_notice(text: str) -> None:
    assert identify_notice(text, load_license_db()) is None


def test_a_long_titled_license_is_not_named_by_a_notice_inside_it() -> None:
    body = " ".join(["The Licensee shall keep the weights on its own servers."] * 60)
    text = (
        "Heron Model License Agreement\n\n"
        f"{body}\n\nThe sample scripts are released under the MIT license.\n"
    )
    match = identify_text(text).match
    assert match is not None
    assert match.id is None and match.method == "text-title"
    assert match.name == "Heron Model License Agreement"


def test_an_spdx_line_names_an_expression() -> None:
    match = identify_text("// SPDX-License-Identifier: MIT OR Apache-2.0\nint main;\n").match
    assert match is not None
    assert (match.id, match.method) == ("MIT OR Apache-2.0", "spdx-identifier")
    assert match.kind == "permissive-oss"


def test_an_spdx_line_with_an_unknown_id_is_unidentified_by_name() -> None:
    match = identify_text("<!-- SPDX-License-Identifier: LicenseRef-Wren-1 -->\n").match
    assert match is not None
    assert (match.id, match.name, match.method) == (None, "LicenseRef-Wren-1", "spdx-identifier")


def test_a_generic_notice_does_not_guess_the_vendor() -> None:
    match = identify_text("The weights are released under the Modified MIT License.\n").match
    assert match is not None
    assert match.id is None
    assert match.name == "Modified MIT License"


def test_a_name_inside_a_markdown_link_is_read() -> None:
    text = "# Wren-2\n\nThe model is licensed under the [MIT license](https://x.org/LICENSE).\n"
    match = identify_text(text).match
    assert match is not None
    assert (match.id, match.method) == ("MIT", "notice-reference")


@pytest.mark.parametrize(
    "notice",
    [
        "The model is made available under the [TII Falcon License 9.0](https://x.org/t).",
        "Kestrel is released under the TII Falcon License v9 for research.",
    ],
)
def test_a_version_its_record_lacks_leaves_the_notice_unidentified(notice: str) -> None:
    match = identify_text(f"# Kestrel\n\n{notice}\n").match
    assert match is not None
    assert match.id is None
    assert match.name is not None and "TII Falcon License" in match.name


def test_a_version_its_record_has_names_the_record() -> None:
    text = "# Gull\n\nThe model is licensed under the BigCode OpenRAIL-M v1 license agreement.\n"
    match = identify_text(text).match
    assert match is not None
    assert match.id == "LicenseRef-bigcode-openrail-m"


def test_a_notice_about_the_code_alone_does_not_name_the_model_license() -> None:
    text = (
        "# Heron\n\nThis code repository is licensed under [the MIT License](LICENSE-CODE). "
        "The use of Heron models is subject to [the Model License](LICENSE-MODEL).\n"
    )
    # the model's own license is not named: nothing is identified (fail closed), never MIT
    assert identify_text(text).match is None


def test_a_notice_about_code_and_model_names_both() -> None:
    match = identify_text("# Ibis\n\nThe code and model are released under Apache 2.0.\n").match
    assert match is not None
    assert match.id == "Apache-2.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Redshank is dual-licensed: at your option, you may use it under the MIT License or "
            "the Apache License, Version 2.0.",
            "MIT OR Apache-2.0",
        ),
        (
            "The weights are offered under two licenses. You may choose either the Apache "
            "License 2.0 or the GNU General Public License, version 3.",
            "Apache-2.0 OR GPL-3.0-only",
        ),
        ("These weights are licensed under MIT or Apache-2.0.", "MIT OR Apache-2.0"),
        # an option that names no license leaves the named one, the stricter reading
        ("Released under CC BY-NC 4.0 or a commercial license from us.", "CC-BY-NC-4.0"),
    ],
)
def test_a_notice_offering_a_choice_names_every_option(text: str, expected: str) -> None:
    match = identify_text(f"{text}\n").match
    assert match is not None and match.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dual licensed: use it under CC BY-NC 4.0, or under Apache-2.0, at your choice.",
        "You may use the weights under CC BY-NC 4.0, or under the terms of the Apache License 2.0.",
        "Use it under CC BY-NC 4.0. Alternatively, you may use it under the Apache License 2.0.",
        "Licensees may pick one of CC BY-NC 4.0 or the Apache License 2.0.",
    ],
)
def test_options_of_a_choice_stated_apart_name_a_choice(text: str) -> None:
    match = identify_text(f"{text}\n").match
    assert match is not None and match.id == "CC-BY-NC-4.0 OR Apache-2.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two parts under two licenses: both bind, the weights' non-commercial term with them
        (
            "The weights are released under CC BY-NC 4.0. The training code is released under "
            "Apache-2.0.",
            "CC-BY-NC-4.0 AND Apache-2.0",
        ),
        (
            "Dual licensed: the weights are released under CC BY-NC 4.0 and the code is "
            "released under Apache-2.0.",
            "CC-BY-NC-4.0",
        ),
        # "whichever applies" is decided by the facts, not chosen by the licensee: both bind
        (
            "The model is released under CC BY-NC 4.0. It is also released under the Apache "
            "License 2.0, whichever applies to your use.",
            "CC-BY-NC-4.0",
        ),
        # a choice word about the code alone does not make the weights' license optional
        (
            "The weights are released under CC BY-NC 4.0. The code is released under MIT or, "
            "at your option, Apache-2.0.",
            "CC-BY-NC-4.0",
        ),
    ],
)
def test_licenses_of_parts_are_not_a_choice(text: str, expected: str) -> None:
    match = identify_text(f"{text}\n").match
    assert match is not None and match.id is not None
    assert expected in match.id and " OR " not in match.id.replace("MIT OR Apache-2.0", "")
