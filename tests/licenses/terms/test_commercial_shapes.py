"""Commercial scope in its shapes (issue 32, item 5), on texts written for these tests.

Each case is a short license of our own; the expectation comes from what its clauses mean:

- a text that withholds commercial rights from its grant ("no commercial rights are granted",
  "does not include commercial use", "not licensed under this Agreement") is `prohibited`,
  whatever it says about a separate license being available or required: another license is
  another grant, this one grants nothing commercial;
- a text that grants commercial use on a condition the licensee fulfils alone (registering,
  notifying, showing a credit) is `allowed`, with the condition typed and quoted;
- a text that leaves commercial use to a further license or the licensor's permission, without
  withholding it from its grant in words, is `restricted` with that condition;
- a cap on a class of licensees (revenue or users, stated in a clause or inside a definition)
  is a threshold (`revenue_threshold` / `user_threshold`), `restricted`, never a total ban.

IN_SAMPLE cases were run while changing the detectors; HELD_OUT cases were written afterwards
and never used to change a pattern: their hit rate is the out-of-sample figure (printed, with a
floor). Measured on IN_SAMPLE before the change: see `BEFORE`; after it, 38 of 38.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from auditor.licenses.terms.combine import TermSource, combine_terms
from auditor.licenses.terms.extract import extract_terms

BEFORE = (
    "before the change: 9 of 38 in-sample cases right on every field, 21 of 38 on commercial "
    "use and caps"
)

_GRANT = (
    "Kestrel Labs grants you a worldwide, royalty-free license to use, copy and modify the Model."
)
_GRANT_ALL = (
    "Kestrel Labs grants you a worldwide, royalty-free license to use, copy, modify and "
    "distribute the Model for any purpose, including commercial purposes."
)


def _text(*clauses: str, grant: str = _GRANT) -> str:
    body = "\n\n".join(f"{n}. {clause}" for n, clause in enumerate(clauses, start=2))
    return f"Kestrel Model License\n\n1. Grant. {grant}\n\n{body}\n"


@dataclass(frozen=True)
class Case:
    """A text and what it means: commercial use, its conditions, and any cap."""

    text: str
    commercial: str
    conditions: tuple[str, ...] = ()
    users: tuple[int, str] | None = None  # (count, unit)
    revenue: tuple[int, str] | None = None  # (amount, currency)

    def misread(self) -> list[str]:
        """What the extraction gets wrong (empty when it reads every field right)."""
        terms = extract_terms(self.text, path="LICENSE")
        wrong = []
        if terms["commercial_use"].value != self.commercial:
            wrong.append(f"commercial_use {terms['commercial_use'].value!r}")
        got = terms.get("commercial_use_conditions")
        value = got.value if got is not None else None
        conditions = tuple(sorted(map(str, value))) if isinstance(value, list) else ()
        if conditions != tuple(sorted(self.conditions)):
            wrong.append(f"conditions {conditions!r}")
        cap = terms["user_threshold"].value
        users = (cap["count"], cap["unit"]) if isinstance(cap, dict) else None
        if users != self.users:
            wrong.append(f"user_threshold {users!r}")
        money = terms["revenue_threshold"].value
        revenue = (money["amount"], money["currency"]) if isinstance(money, dict) else None
        if revenue != self.revenue:
            wrong.append(f"revenue_threshold {revenue!r}")
        return wrong


_ABOVE = "separate-license-above-threshold"

IN_SAMPLE: dict[str, Case] = {
    # --- no commercial rights granted; a separate license available: prohibited -------------
    "no-rights-separate-required": Case(
        _text(
            "No commercial rights are granted under this License; a separate license is "
            "required for any commercial use."
        ),
        "prohibited",
    ),
    "grants-no-right-licenses-on-request": Case(
        _text(
            "This License does not grant any right to use the Model for commercial purposes. "
            "Commercial licenses are available on request."
        ),
        "prohibited",
    ),
    "nothing-grants-contact-us": Case(
        _text(
            "Nothing in this Agreement grants you a right to use the Model commercially; please "
            "contact sales@kestrel.example for a commercial license."
        ),
        "prohibited",
    ),
    "not-licensed-hereunder": Case(
        _text(
            "Commercial use is not licensed under this Agreement and requires a separate written "
            "agreement with Kestrel Labs."
        ),
        "prohibited",
    ),
    "rights-do-not-include": Case(
        _text(
            "The rights granted in Section 1 do not include commercial use. To use the Model "
            "commercially you must obtain a separate commercial license from Kestrel Labs."
        ),
        "prohibited",
    ),
    "no-license-granted-offered-separately": Case(
        _text(
            "No license is granted for commercial use. Commercial licensing is offered separately."
        ),
        "prohibited",
    ),
    "ban-then-route": Case(
        _text("Commercial use of the Model is prohibited; for a commercial license, contact us."),
        "prohibited",
    ),
    "excludes-available-elsewhere": Case(
        _text(
            "The license granted herein excludes commercial use, which is available only under "
            "a separate commercial agreement."
        ),
        "prohibited",
    ),
    # --- a further license or permission, not withheld in words: restricted ------------------
    "requires-separate-license": Case(
        _text("Commercial use requires a separate license from Kestrel Labs."),
        "restricted",
        ("separate-license",),
    ),
    "not-without-written-permission": Case(
        _text("You may not use the Model commercially without our prior written permission."),
        "restricted",
        ("written-permission",),
    ),
    "subject-to-consent": Case(
        _text("Any commercial use is subject to the prior written consent of Kestrel Labs."),
        "restricted",
        ("written-permission",),
    ),
    "register-and-obtain-license": Case(
        _text(
            "To use the Model commercially you must register with Kestrel Labs and obtain a "
            "commercial license."
        ),
        "restricted",
        ("registration", "separate-license"),
    ),
    "registration-and-approval": Case(
        _text("Commercial use requires registration and the written approval of the Licensor."),
        "restricted",
        ("registration", "written-permission"),
    ),
    # --- free for commercial use on a condition the licensee fulfils: allowed ----------------
    "free-once-registered": Case(
        _text("Commercial use is free of charge once you have registered at kestrel.example."),
        "allowed",
        ("registration",),
    ),
    "commercially-after-form": Case(
        _text(
            "You may use the Model commercially at no cost after completing our registration form."
        ),
        "allowed",
        ("registration",),
    ),
    "businesses-free-provided-register": Case(
        _text(
            "Businesses may use the Model in commercial products for free, provided they first "
            "register with Kestrel Labs."
        ),
        "allowed",
        ("registration",),
    ),
    "subject-to-one-time-registration": Case(
        _text("Commercial use is permitted, subject to a one-time registration with the Licensor."),
        "allowed",
        ("registration",),
    ),
    "notify-before-deploying": Case(
        _text(
            "Before deploying the Model in a commercial product you must notify Kestrel Labs by "
            "email; no approval is needed."
        ),
        "allowed",
        ("registration",),
    ),
    "commercial-with-display": Case(
        _text(
            'Commercial use is permitted provided that your product displays the notice "Built '
            'with Kestrel".'
        ),
        "allowed",
        ("attribution-display",),
    ),
    "free-commercial-with-attribution": Case(
        _text("The Model is free for commercial use with attribution to Kestrel Labs."),
        "allowed",
        ("attribution-display",),
    ),
    # --- counter-examples: registration or credit not tied to commercial use -----------------
    "register-to-download": Case(
        _text("You must register on our website to download the weights.", grant=_GRANT_ALL),
        "allowed",
    ),
    "registered-researchers-only": Case(
        _text("Registered researchers may use the Model for non-commercial research only."),
        "prohibited",
    ),
    "credit-in-publications": Case(
        _text("You must credit Kestrel Labs in any publication.", grant=_GRANT_ALL), "allowed"
    ),
    # --- a revenue or user class: a threshold, never a total ban -----------------------------
    "revenue-at-least-paid-license": Case(
        _text("Entities with annual revenue of at least US$10 million need a paid license."),
        "restricted",
        (_ABOVE,),
        revenue=(10_000_000, "USD"),
    ),
    "turnover-or-more-buy": Case(
        _text(
            "Organisations whose yearly turnover is USD 25 million or more must buy a commercial "
            "license; all others may use the Model commercially for free."
        ),
        "restricted",
        (_ABOVE,),
        revenue=(25_000_000, "USD"),
    ),
    "class-not-permitted-under-this-license": Case(
        _text(
            "Commercial use by companies earning more than $5 million per year is not permitted "
            "under this License and requires an enterprise agreement."
        ),
        "restricted",
        (_ABOVE,),
        revenue=(5_000_000, "USD"),
    ),
    "large-enterprises-not-without": Case(
        _text(
            "Large enterprises (annual revenue above EUR 50 million) may not use the Model for "
            "commercial purposes without a separate license."
        ),
        "restricted",
        (_ABOVE,),
        revenue=(50_000_000, "EUR"),
    ),
    "free-license-does-not-extend": Case(
        _text(
            "The free license does not extend to businesses with more than $1,000,000 in annual "
            "gross revenue."
        ),
        "restricted",
        (_ABOVE,),
        revenue=(1_000_000, "USD"),
    ),
    "users-above-request": Case(
        _text(
            "Licensees whose products exceed 5 million monthly active users must request a "
            "separate license from us.",
            grant=_GRANT_ALL,
        ),
        "restricted",
        (_ABOVE,),
        users=(5_000_000, "mau"),
    ),
    "registration-under-cap": Case(
        _text(
            "Commercial use is free after registration for companies with annual revenue under "
            "US$1 million; larger companies need an enterprise license."
        ),
        "restricted",
        ("registration", _ABOVE),
        revenue=(1_000_000, "USD"),
    ),
    # --- caps written inside a definition --------------------------------------------------
    "defined-entity-mau": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Commercial Entity" means an entity whose products have more than 100 million monthly '
        "active users.\n\n2. Grant. " + _GRANT_ALL + "\n\n3. A Commercial Entity may not use the "
        "Model without a separate license from Kestrel Labs.\n",
        "restricted",
        (_ABOVE,),
        users=(100_000_000, "mau"),
    ),
    "defined-large-licensee-revenue": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Large Licensee" means any person or organisation whose annual revenue exceeds '
        "US$20 million.\n\n2. Grant. " + _GRANT_ALL + "\n\n3. Large Licensees must obtain a "
        "commercial license before any commercial use.\n",
        "restricted",
        (_ABOVE,),
        revenue=(20_000_000, "USD"),
    ),
    "defined-enterprise-not-covered": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Enterprise User" means a company with annual revenue above USD 100 million.\n\n'
        "2. Grant. " + _GRANT_ALL + "\n\n3. This License does not cover use by Enterprise Users.\n",
        "restricted",
        (_ABOVE,),
        revenue=(100_000_000, "USD"),
    ),
    "defined-commercial-use-class": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Commercial Use" means use of the Model by an entity with more than 50,000 monthly '
        "active users.\n\n2. Grant. " + _GRANT + "\n\n3. Commercial Use is prohibited under this "
        "License without a separate agreement.\n",
        "restricted",
        (_ABOVE,),
        users=(50_000, "mau"),
    ),
    # --- counter-examples: definitions and bans without a cap --------------------------------
    "defined-without-number": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Commercial Purposes" means any use intended for monetary gain.\n\n2. Grant. '
        + _GRANT
        + "\n\n3. You may not use the Model for Commercial Purposes.\n",
        "prohibited",
    ),
    "defined-number-not-a-cap": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Model" means the 7 billion parameter weights released by Kestrel Labs.\n\n'
        '"Affiliate" means an entity holding more than 50 percent of your shares.\n\n2. Grant. '
        + _GRANT_ALL
        + "\n",
        "allowed",
    ),
    "ban-on-revenue-without-cap": Case(
        _text("You may not sell the Model or earn revenue from it."), "prohibited"
    ),
    "plain-commercial-grant": Case(
        _text("Attribution is appreciated.", grant=_GRANT_ALL), "allowed"
    ),
}


@pytest.mark.parametrize("name", sorted(IN_SAMPLE))
def test_commercial_shape(name: str) -> None:
    assert IN_SAMPLE[name].misread() == []


def test_registration_condition_is_quoted() -> None:
    case = IN_SAMPLE["free-once-registered"]
    terms = extract_terms(case.text, path="LICENSE")
    quotes = terms["commercial_use_conditions"].evidence
    assert [q.line for q in quotes] == [5]
    assert "registered" in quotes[0].text
    assert any(e.line == 5 for e in terms["commercial_use"].evidence)


def test_a_ban_with_a_separate_license_available_quotes_the_ban() -> None:
    terms = extract_terms(IN_SAMPLE["no-rights-separate-required"].text, path="LICENSE")
    assert "No commercial rights are granted" in terms["commercial_use"].evidence[0].text
    assert terms["kind"].value == "non-commercial"


def test_a_cap_in_a_definition_is_quoted_from_the_definition() -> None:
    terms = extract_terms(IN_SAMPLE["defined-entity-mau"].text, path="LICENSE")
    assert "100 million monthly active users" in terms["user_threshold"].evidence[0].text
    assert terms["mau_threshold"].value == 100_000_000
    assert terms["kind"].value == "open-weight-restricted"


def test_conditions_are_united_over_a_lineage() -> None:
    own = TermSource(
        {"commercial_use": "allowed", "commercial_use_conditions": ["registration"]}, {}
    )
    base = TermSource(
        {"commercial_use": "restricted", "commercial_use_conditions": [_ABOVE, "registration"]},
        {},
        depth=1,
    )
    values, _ = combine_terms([own, base])
    assert values["commercial_use"] == "restricted"
    assert values["commercial_use_conditions"] == ["registration", _ABOVE]


# Written after the detectors were changed and never used to change them (out of sample).
HELD_OUT: dict[str, Case] = {
    "confers-no-right": Case(
        _text(
            "The Licensor confers no right to exploit the Model commercially; enterprise terms "
            "may be negotiated separately."
        ),
        "prohibited",
    ),
    "does-not-authorise": Case(
        _text(
            "This Agreement does not authorise any commercial use of the Model. Businesses may "
            "contact licensing@kestrel.example."
        ),
        "prohibited",
    ),
    "conditional-on-licence": Case(
        _text(
            "Use of the Model in a commercial setting is conditional on a separate commercial "
            "licence from Kestrel Labs."
        ),
        "restricted",
        ("separate-license",),
    ),
    "only-with-express-consent": Case(
        _text(
            "Commercial deployment is allowed only with the express written consent of Kestrel "
            "Labs."
        ),
        "restricted",
        ("written-permission",),
    ),
    "free-sign-up-first": Case(
        _text(
            "Commercial use is free; we only ask that companies sign up on our website before "
            "launching a product."
        ),
        "allowed",
        ("registration",),
    ),
    "upon-registering": Case(
        _text(
            "Organisations may use the Model commercially at no charge upon registering their use "
            "with Kestrel Labs."
        ),
        "allowed",
        ("registration",),
    ),
    "gross-revenues-subscription": Case(
        _text(
            "Companies with gross annual revenues exceeding EUR 5 million must purchase a "
            "commercial subscription; smaller companies may use the Model commercially without "
            "charge."
        ),
        "restricted",
        (_ABOVE,),
        revenue=(5_000_000, "EUR"),
    ),
    "defined-major-platform": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Major Platform" means any service with 10 million or more daily active users.\n\n'
        "2. Grant. " + _GRANT_ALL + "\n\n3. No Major Platform may deploy the Model unless it has "
        "entered into a separate agreement with Kestrel Labs.\n",
        "restricted",
        (_ABOVE,),
        users=(10_000_000, "dau"),
    ),
    "defined-eligible-below": Case(
        "Kestrel Model License\n\n1. Definitions.\n\n"
        '"Eligible Organisation" means an organisation with annual revenue below USD 2 million.'
        "\n\n2. Grant. " + _GRANT + "\n\n3. Only Eligible Organisations may use the Model for "
        "commercial purposes under this License.\n",
        "restricted",
        (_ABOVE,),
        revenue=(2_000_000, "USD"),
    ),
    "no-permission-needed": Case(
        _text(
            "You may use the Model for commercial purposes without asking for permission.",
            grant=_GRANT_ALL,
        ),
        "allowed",
    ),
}
HELD_OUT_FLOOR = 0.6
"""First run: 6 of 10 read right on every field (7 of 10 on commercial use and caps alone);
the code before this change read 1 of 10 (4 of 10 without the conditions)."""
HELD_OUT_MISSES = {
    "confers-no-right": '"confers no right" is not a shape of the withheld grant: read allowed',
    "conditional-on-licence": '"conditional on" a separate licence: no requirement shape',
    "defined-major-platform": '"10 million or more daily active users": no count before the unit',
    "free-sign-up-first": "the registration stands in a clause apart from the commercial use",
}
"""Held-out cases read wrong (strict: the day one is read right, remove its line)."""


def test_held_out_shapes_out_of_sample() -> None:
    right = [name for name, case in HELD_OUT.items() if not case.misread()]
    print(f"held-out commercial shapes read right: {len(right)}/{len(HELD_OUT)}")
    assert len(right) / len(HELD_OUT) >= HELD_OUT_FLOOR


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(strict=True, reason=HELD_OUT_MISSES[name])]
            if name in HELD_OUT_MISSES
            else [],
        )
        for name in sorted(HELD_OUT)
    ],
)
def test_held_out_shape(name: str) -> None:
    assert HELD_OUT[name].misread() == []
