"""Lays out part 2 of `auditor notice`: every attribution and notice duty of one model (pure).

The duties come from report/attribution.py; this module only words and wraps them, grouped by
whom they are owed to, each with its clause and the exact words to reproduce. It also holds the
plain-text layout (width, indents, wrapping) the whole NOTICE shares.
"""

from __future__ import annotations

import textwrap

from auditor.model import AuditResult, ModelResult
from auditor.report.attribution import KIND_WORDS, ROLE_WORDS, Duty, Party, collect_attribution

WIDTH = 96
INDENT = "    "
DETAIL = INDENT + "    "


def attribution_lines(number: int, model: ModelResult, result: AuditResult) -> list[str]:
    """The model's datasets with their credit lines, then its duties by whom they are owed to,
    then the parties whose duties could not be listed."""
    found = collect_attribution(model, result.license_facts)
    parties = {party.ref: party for party in reversed(found.parties)}  # the first role wins
    lines = wrap(f"[{number}] {model_name(model)}", "", INDENT)
    for party in found.parties:
        if party.choice:
            lines += wrap(f"{party.ref}: {_CHOICE}", INDENT, DETAIL)
    for party in found.datasets:
        under = f"{party.license_name} ({party.license_id})" if party.license_id else "unknown"
        lines += wrap(f"Dataset {party.ref} ({party.relation}): {under}", INDENT, DETAIL)
        lines += wrap(f"Credit line: {party.credit}", DETAIL, DETAIL + "  ")
    groups: dict[tuple[str, ...], list[Duty]] = {}
    for duty in found.duties:
        groups.setdefault(duty.owed_to, []).append(duty)
    for owed_to, duties in groups.items():
        names = ", ".join(_party_name(parties[ref]) for ref in owed_to)
        lines += ["", *wrap(f"Owed to {names}:", INDENT, DETAIL)]
        for duty in duties:
            lines += _duty_lines(duty)
    for party in found.unknown:
        lines += ["", *wrap(f"Review {_party_name(party)}: {party.unknown}.", INDENT, DETAIL)]
    if not found.duties and not found.unknown:
        lines += wrap("No attribution or notice duty is recorded for its licenses.", INDENT)
    return lines


_CHOICE = "its license is a choice (OR): the duties of the license you adopt it under apply."


def _party_name(party: Party) -> str:
    words = [ROLE_WORDS[party.role]]
    if party.relation and party.role != "model":
        words.append(party.relation)
    return f"{party.ref} ({', '.join(words)})"


def _duty_lines(duty: Duty) -> list[str]:
    clause = f"clause {duty.clause}" if duty.clause else "clause not recorded"
    source = f"{duty.license_name or duty.license_id or 'the dataset card'}, {clause}"
    lines = wrap(f"- {KIND_WORDS[duty.kind]} [{duty.kind}]: {source}", DETAIL, DETAIL + "  ")
    lines += wrap(duty.text, DETAIL + "  ")
    for words in duty.reproduce:  # one line, never wrapped: the words travel as they stand
        lines += [DETAIL + "  Reproduce exactly:", f'{DETAIL}    "{words}"']
    if duty.detail:
        lines += wrap(duty.detail, DETAIL + "  ", DETAIL + "    ")
    return lines


def model_name(model: ModelResult) -> str:
    """The model's ref, with the revision it was audited at when the ref does not pin it."""
    source = model.source
    sha = source.resolved_sha if source is not None else None
    return model.ref + (f" (revision {sha})" if sha and sha not in model.ref else "")


def wrap(text: str, first: str, rest: str | None = None) -> list[str]:
    """`text` wrapped to the NOTICE width, `first` before its first line, `rest` before others."""
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]
