"""A file of copyright notices alone is a notice, not a license left unread."""

from __future__ import annotations

import pytest

from auditor.licenses.text.copyright_notices import is_notice_only


@pytest.mark.parametrize(
    "text",
    [
        "Copyright (c) 2026 Plover Labs. All rights reserved.\n",
        "© 2024 Acme Corp\n© 2025 Other Inc\n",
        "COPYRIGHT 2026 ACME INC.\n\nAll Rights Reserved.\n",
    ],
)
def test_copyright_notices_alone_are_a_notice(text: str) -> None:
    assert is_notice_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Copyright 2026 X. All rights reserved. No part of the weights may be used without "
        "permission.",
        "Copyright 2026 Acme Inc.\nLicensed for research only.\n",
        "The weights may be used for non-commercial purposes only.\n",
    ],
)
def test_a_notice_with_any_other_words_is_not(text: str) -> None:
    assert not is_notice_only(text)
