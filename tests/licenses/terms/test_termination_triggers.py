"""Acts that end the licence are bans (terms/termination.py; session 29, held-out round I: a
weight-sharing ban stated only as a termination trigger). Texts written for this test: the
trigger after the licence ("ends if you ..."), before it ("If you ..., your rights terminate"),
in a list of lettered or roman items, in the passive; twins whose triggers forbid no use (a
breach, a patent suit) read no ban.
"""

from __future__ import annotations

import pytest

from auditor.licenses.terms.extract import ExtractedTerm, extract_terms
from auditor.licenses.terms.termination import trigger_acts


def terms(text: str) -> dict[str, ExtractedTerm]:
    return extract_terms(text, path="LICENSE.md")


def listed(value: object) -> list[object]:
    """A list-valued term's items (none when the term is unset)."""
    return list(value) if isinstance(value, list) else []


GRANT = "You may use and modify the model for any purpose, including commercial purposes.\n\n"


@pytest.mark.parametrize(
    "clause",
    [
        "This licence ends automatically if you (a) bring a patent claim against the licensor, "
        "or (b) transfer a copy of the weights, or of weights derived from them, to anyone outside "
        "your organisation, on a device or otherwise.",
        "Your rights under these terms lapse at once should you (i) publish or share the model "
        "files with any third party or (ii) remove the copyright notice.",
        "If you sell, lend, mirror or otherwise pass on the checkpoints to another company, "
        "your licence terminates without notice.",
        "The permissions in section 1 are revoked in the event that the licensee redistributes "
        "the weights to third parties.",
    ],
)
def test_passing_the_weights_on_as_a_termination_trigger_is_a_ban(clause: str) -> None:
    read = terms(GRANT + clause + "\n")
    assert "no-weight-redistribution" in listed(read["use_scope"].value), read["use_scope"]


def test_commercial_use_as_a_termination_trigger_is_a_ban() -> None:
    read = terms(
        "You may use the model.\n\nIf you use the model for commercial purposes, your rights "
        "under this licence terminate immediately.\n"
    )
    assert read["commercial_use"].value == "prohibited"


@pytest.mark.parametrize(
    "clause",
    [
        "This licence terminates automatically if you fail to comply with any of its terms.",
        "If you institute patent litigation alleging that the model infringes a patent, any "
        "patent licence granted to you under this licence terminates.",
        "This licence ends if you sue the licensor. You may share the weights with anyone.",
        "The licence expires on 31 December 2030.",
    ],
)
def test_triggers_that_forbid_no_use_read_no_ban(clause: str) -> None:
    read = terms(GRANT + clause + "\n")
    assert read["use_scope"].value == []
    assert read["commercial_use"].value == "allowed"
    assert read["use_restrictions"].value == []


def test_each_listed_act_is_its_own_ban_in_the_licensees_voice() -> None:
    acts = trigger_acts(
        "The licence is terminated once the licensee (a) sues anyone over a patent, (b) "
        "publishes the weights, or (c) passes them on to a rival."
    )
    assert acts == ("publish the weights", "pass them on to a rival")
