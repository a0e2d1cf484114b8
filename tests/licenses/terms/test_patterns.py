"""Every clause pattern fires on a phrasing of our own (none copied from any license)."""

from __future__ import annotations

import pytest

from auditor.licenses.terms.clause_rules import load_clause_rules
from auditor.licenses.terms.patterns import pattern_table

# One sentence per pattern, written for this test: "term/pattern name" -> phrasing.
EXAMPLES: dict[str, str] = {
    "document/grant": "Otter Labs hereby grants to you a license to run the weights.",
    "document/policy-title": "Heron Models Acceptable Use Policy",
    "commercial_use/non-commercial-only": "You may run it for non-commercial purposes only.",
    "commercial_use/research-only": "The weights may be used solely for academic research.",
    "commercial_use/commercial-banned": "You shall not put the model to any commercial use.",
    "commercial_use/commercial-paraphrase": "You agree never to resell or monetise the weights.",
    "commercial_use/commercial-item": "- commercial purposes of any kind;",
    "commercial_use/commercial-conditional": (
        "Commercial deployment requires a separate license from the publisher."
    ),
    "commercial_use/commercial-allowed": "The checkpoint is commercially usable by anyone.",
    "commercial_use/separate-license-needed": "Large adopters must obtain a commercial license.",
    "commercial_use/grant-withheld": (
        "This grant does not extend to any commercial use of the checkpoint."
    ),
    "commercial_use_conditions/registration": (
        "Commercial use is free once your team has signed up on our portal."
    ),
    "commercial_use_conditions/attribution-display": (
        "Shops may sell prints commercially, provided each print credits Otter Labs."
    ),
    "commercial_use_conditions/written-permission": (
        "Selling access to it needs our prior approval in writing."
    ),
    "commercial_use_conditions/permission-not-needed": (
        "No further approval is required for commercial deployments."
    ),
    "commercial_use_conditions/separate-license": (
        "Hosted offerings require an enterprise subscription agreement."
    ),
    "use_scope/with-product-only": (
        "The weights may only be used together with the Lumen Studio software."
    ),
    "use_scope/personal": "This checkpoint is licensed for personal use only.",
    "use_scope/with-product-only+named-then-confined": (
        "The weights are licensed for deployment on Kitefin devices only."
    ),
    "use_scope/with-product-only+other-use-unlicensed": (
        "Running the checkpoint outside Lumen Studio is not covered by this grant."
    ),
    "use_scope/personal+confined": "The grant is restricted to hobby use by individuals.",
    "use_scope/personal+organisations-excluded": (
        "Use for any company or other organization is not permitted."
    ),
    "use_scope/evaluation": "You may use the model solely to evaluate its fitness for purchase.",
    "use_scope/evaluation+confined": "These rights are limited to a pilot of the model.",
    "use_scope/non-production": "The model must not be deployed in a production environment.",
    "use_scope/non-production+live-use-unlicensed": (
        "Serving customers with the checkpoint requires a commercial license."
    ),
    "use_scope/non-production+confined": "It may run in sandbox environments only.",
    "use_scope/research": "Use of the weights is permitted for scientific research only.",
    "caps/consequence": "Beyond that size the license will automatically terminate.",
    "caps/limit": "You may install it on up to 50 machines.",
    "caps/defined-term": '"Large Customer" means a buyer with more than 40 stores.',
    "caps/class-bound": "an operator with more than ",
    "caps/class-bound-after": " or more, counted per fiscal year",
    "caps/unit-mau": "a service with 3 million monthly active users",
    "caps/unit-dau": "an app with 20,000 daily active users",
    "caps/unit-monthly-visits": "a site with two million visits per month",
    "caps/unit-devices": "shipped on 10,000 devices",
    "caps/unit-users": "a tool used by 500 registered users",
    "caps/currency-USD": "earnings of US$ 3 million",
    "caps/currency-EUR": "sales of 2 million euros",
    "caps/currency-GBP": "a turnover of £800,000",
    "caps/currency-CNY": "income of RMB 50 million",
    "caps/currency-JPY": "sales of ¥100 million",
    "caps/currency-CAD": "revenue of CA$2 million",
    "caps/currency-AUD": "revenue of A$2 million",
    "caps/currency-SGD": "revenue of S$2 million",
    "caps/currency-HKD": "revenue of HK$2 million",
    "caps/measure-revenue": "the gross sales of your group",
    "caps/measure-funding": "a startup that has raised outside capital",
    "caps/period-month": "counted per calendar month",
    "caps/period-year": "in the trailing twelve months",
    "acceptable_use_policy_incorporated/incorporated": (
        "Your use must comply with the Heron acceptable use policy."
    ),
    "licensor_may_update_terms/may-update": "We may revise these terms at any time.",
    "downstream_propagation/enforceable-provision": (
        "Section 4 is an enforceable provision in every sublicense."
    ),
    "downstream_propagation/remain-subject": (
        "Copies you hand on shall remain subject to this Agreement."
    ),
    "downstream_propagation/directly-granted": (
        "Rights are directly granted by the author to any recipients of copies."
    ),
    "downstream_propagation/derivatives-same-restrictions": (
        "Any derivative you build must be subject to the same restrictions."
    ),
    "downstream_propagation/share-alike": "Adapted versions are shared under a copyleft regime.",
    "downstream_propagation/include-use-restrictions": (
        "You must include the use restrictions in any licence you grant for the model."
    ),
    "downstream_propagation/bind-recipients": (
        "You shall require your customers to comply with the restrictions in Part 3."
    ),
    "downstream_propagation/recipients-bound": (
        "Any downstream recipient must be bound by these same limits."
    ),
    "downstream_propagation/restrictions-pass-on": (
        "The restrictions in Part 3 shall be passed on to every subsequent recipient."
    ),
    "downstream_propagation/at-least-as-restrictive": (
        "Redistribution must be under terms at least as restrictive as ours."
    ),
    "output_use_restriction/outputs-to-improve-models": (
        "No completions of the model may be used to build a rival language model."
    ),
    "output_use_restriction/improve-models-with-outputs": (
        "You agree not to fine-tune any other models using the outputs it produces."
    ),
    "output_use_restriction/distill-outputs": "Distilling its outputs is not allowed.",
    "attribution_required/attribution": "You must credit the authors in your documentation.",
    "naming_requirement/prefix-1": 'Please include "Otter" at the start of every model name.',
    "naming_requirement/prefix-2": 'Model names must start with "Otter-".',
    "naming_requirement/prefix-3": 'Derived models must be prefixed with "Otter".',
    "naming_requirement/prefix-4": 'Use "Otter" as the prefix for any derived model.',
    "governing_law/clause": "This licence is governed by the laws of Norway.",
    "governing_law/laws-of-place": "construed under the laws of the State of Ohio",
    "governing_law/place-law": "interpreted under Swiss law",
    "governing_law/heading": "Governing law: Ireland.",
    "governing_law/licensee-local": (
        "The laws of the country where you reside apply to this license."
    ),
    "venue/court": "Claims shall be heard by the courts of Oslo.",
    "territorial_exclusions/withheld": "No license is granted to residents of those places.",
    "territorial_exclusions/located": "companies headquartered in the listed region",
    "use_restrictions/illegal-activity": "to engage in unlawful conduct",
    "use_restrictions/violence": "to incite violent acts",
    "use_restrictions/terrorism": "to help terrorist groups",
    "use_restrictions/minors": "to target children",
    "use_restrictions/human-trafficking": "to facilitate human trafficking",
    "use_restrictions/sexual-content": "to generate sexually explicit imagery",
    "use_restrictions/harassment": "to harass a coworker",
    "use_restrictions/discrimination": "to discriminate against tenants",
    "use_restrictions/unlicensed-professional-practice": (
        "for the unauthorized practice of any profession"
    ),
    "use_restrictions/medical-advice": "to give medical advice to patients",
    "use_restrictions/legal-advice": "to give legal advice to clients",
    "use_restrictions/financial-advice": "to give investment advice to savers",
    "use_restrictions/privacy": "to collect personal information without consent",
    "use_restrictions/ip-infringement": "to misappropriate a competitor's code",
    "use_restrictions/generate-malware": "to write ransomware",
    "use_restrictions/military": "for military targeting",
    "use_restrictions/nuclear": "to run nuclear plants",
    "use_restrictions/espionage": "for industrial espionage",
    "use_restrictions/weapons": "to design firearms",
    "use_restrictions/drugs": "to synthesize narcotics",
    "use_restrictions/critical-infrastructure": "to control critical infrastructure",
    "use_restrictions/self-harm": "to encourage suicide",
    "use_restrictions/fraud": "to run phishing campaigns",
    "use_restrictions/disinformation": "to spread disinformation",
    "use_restrictions/defamation": "to defame public figures",
    "use_restrictions/spam": "to send spam",
    "use_restrictions/impersonation": "to impersonate a bank",
    "use_restrictions/undisclosed-ai-content": "to pass off its text as written by a human",
    "use_restrictions/fake-engagement": "to post fake reviews",
    "use_restrictions/undisclosed-risks": "to hide from users, or fail to disclose, known risks",
    "use_restrictions/automated-decision-making": "for automated decision making about loans",
    "use_restrictions/exploit-vulnerable-groups": "to exploit the vulnerabilities of a group",
    "use_restrictions/law-enforcement": "for predictive policing",
    "use_restrictions/surveillance": "to surveil workers",
    "use_restrictions/biometric-identification": "for facial recognition in stores",
    "use_restrictions/circumvent-safety": "to jailbreak its filters",
    "use_restrictions/hate-speech": "to produce hateful slogans",
    "use_restrictions/harm-others": "to harm other humans",
    "use_restrictions/election-interference": "to sway an election",
    "use_restrictions/national-security": "to endanger national security",
    "use_restrictions/social-ethics": "against social morality",
    "use_restrictions/export-control": "in breach of export regulations",
    "use_restrictions/reverse-engineering": "to decompile the runtime",
}


def _names() -> list[str]:
    """The patterns still written in Python: a data rule's examples are in its file."""
    data = load_clause_rules()
    return [
        f"{term}/{name}"
        for term, table in pattern_table().items()
        for name in table
        if f"{term}/{name}" not in data
    ]


def test_every_pattern_has_an_example_of_our_own() -> None:
    assert set(_names()) <= set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(set(_names()) & set(EXAMPLES)))
def test_pattern_fires_on_our_phrasing(name: str) -> None:
    term, _, pattern_name = name.partition("/")
    pattern = pattern_table()[term][pattern_name]
    assert pattern.search(EXAMPLES[name]), (name, EXAMPLES[name])
