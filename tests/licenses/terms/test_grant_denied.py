"""A text that grants nothing of its own (grant_denied.py): every use, commercial use with it,
needs the licensor's separate agreement or permission.

Expectations from what the texts mean (our own wording, not any license's):

- a LICENSE saying no licence or right is granted except under a separate, signed or written
  agreement, that all use requires a written licence, that the weights may be used only under
  one, or that unauthorised use is prohibited, grants no one anything: commercial use is
  `restricted`, on a `separate-license` when the clause names a licence, agreement or
  contract, on `written-permission` when it names consent or permission;
- a bare "All rights reserved" copyright line grants and withholds nothing of its own, and the
  permissive texts that carry one before their grant stay `allowed`;
- the same words after a real grant ("no other licence is granted except under a separate
  agreement") reserve what the grant leaves out: the grant decides;
- a clause about the licensor's names and marks, or one withholding only the right to share
  the model, leaves use as it was.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import extract_terms


def _commercial(text: str) -> tuple[object, object]:
    terms = extract_terms(text, path="LICENSE")
    return terms["commercial_use"].value, terms["commercial_use_conditions"].value


DENIALS = [
    (
        "Copyright (c) 2026 Dunlin Systems SA. All rights reserved.\n\n"
        "The checkpoints in this repository belong to Dunlin Systems SA. No licence or right to\n"
        "run, copy or adapt them is granted to anyone, save under a separate signed agreement\n"
        "with Dunlin Systems SA.\n",
        "separate-license",
    ),
    (
        "(c) 2025 Merlin Audio Ltd\n\nAll use of these weights requires a written licence "
        "from Merlin Audio Ltd.\n",
        "separate-license",
    ),
    (
        "Copyright 2026 Godwit Vision GmbH. You may not use, copy, host or modify the model\n"
        "without the prior written consent of Godwit Vision GmbH.\n",
        "written-permission",
    ),
    (
        "PROPRIETARY AND CONFIDENTIAL\n\nCopyright 2026 Wryneck AI.\n\n"
        "Unauthorised use, copying or deployment of these weights, in whole or in part and by\n"
        "any means, is strictly prohibited.\n",
        "written-permission",
    ),
    (
        "The Sanderling-3B weights are proprietary to Sanderling Inc. and may be used solely\n"
        "under a signed licence agreement with Sanderling Inc.\n",
        "separate-license",
    ),
    (
        "Except under a separate written contract with Avocet Labs, no licence of any kind is\n"
        "granted in the model, its weights or its configuration files.\n",
        "separate-license",
    ),
    (
        "No part of this model may be used, copied or reproduced, in any form, without the\n"
        "prior written permission of Redshank Robotics.\n",
        "written-permission",
    ),
    (
        "You have no right to run or copy the adapters unless you first obtain a signed\n"
        "license from Whimbrel Health.\n",
        "separate-license",
    ),
]


@pytest.mark.parametrize(("text", "condition"), DENIALS)
def test_a_text_granting_nothing_without_an_agreement_restricts_commercial_use(
    text: str, condition: str
) -> None:
    assert _commercial(text) == ("restricted", [condition])


def test_the_denials_sentence_is_quoted() -> None:
    terms = extract_terms(DENIALS[0][0], path="LICENSE")
    quoted = terms["commercial_use_conditions"].evidence
    assert quoted and "separate signed agreement" in quoted[0].text
    assert [e.line for e in terms["commercial_use"].evidence] == [3]


GRANTS = [
    # a bare copyright line
    "Copyright (c) 2026 Dotterel Robotics. All rights reserved.\n",
    # a copyright line with all rights reserved before a permissive grant
    "Copyright (c) 2026 Pipit Labs. All rights reserved.\n\nPermission is hereby granted to\n"
    "anyone to use, copy, modify and sell the weights for any purpose, provided this notice\n"
    "is kept with every copy.\n",
    # a BSD-like text: the names clause asks for written permission, the grant decides
    "Copyright (c) 2026 Stint Speech. All rights reserved.\n\nSharing and use of the weights,\n"
    "changed or as they are, are permitted provided that each condition below is met:\n\n"
    "1. Copies keep this notice.\n2. Neither the name of Stint Speech nor its contributors\n"
    "may be used to promote derived products without specific prior written permission.\n",
    # a grant, then the reservation of everything else
    "Heron Labs hereby grants you a worldwide licence to use, copy and host the weights for\n"
    "any purpose. No other licence or right is granted except under a separate written\n"
    "agreement with Heron Labs.\n",
    # a denial followed by the permission it reserves
    "No licence is granted except under a written agreement with Acme. This file is that\n"
    "agreement: Acme hereby grants you a licence to use the weights for any purpose.\n",
    # a plain grant in words, then one field of use reserved to the licensor's permission
    "Can I use the snippets from our guides in my product? Yes, you may use them in any\n"
    "application or service under the conditions below.\n\n* Keep a credit line.\n* You may\n"
    "not use the snippets in any printed publication without our express permission.\n",
]


@pytest.mark.parametrize("text", GRANTS)
def test_a_reservation_beside_a_grant_or_alone_on_a_copyright_line_withholds_nothing(
    text: str,
) -> None:
    assert _commercial(text) in ((None, []), ("allowed", []))


@pytest.mark.parametrize(
    "text",
    [
        "Copyright 2026 Kite AI. You may not use the Kite name or logo without our prior written\n"
        "permission.\n",
        "No licence to distribute or sell the weights is granted except under a signed\n"
        "agreement with Ruff Labs.\n",
        "No patent licence is granted except under a separate written agreement.\n",
        "No warranty is given unless agreed in a written agreement with the authors.\n",
    ],
)
def test_a_clause_about_marks_sharing_patents_or_warranty_withholds_no_use(text: str) -> None:
    assert _commercial(text) == (None, [])


def test_a_denial_is_no_grant_of_the_document() -> None:
    terms = extract_terms("No licence to use or copy the weights is granted by this notice.\n")
    assert terms["commercial_use"].value is None
    assert terms["kind"].value is None
