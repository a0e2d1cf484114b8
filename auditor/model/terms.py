"""The terms of the result contract: their keys, kinds of value, and the typed mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired, TypedDict, cast

from auditor.model.deployment import ORGANIZATION_TYPES

TERM_KEYS: tuple[str, ...] = (
    "kind",
    "commercial_use",
    "commercial_use_conditions",
    "use_scope",
    "mau_threshold",
    "revenue_threshold_usd",
    "user_threshold",
    "revenue_threshold",
    "acceptable_use_policy_incorporated",
    "licensor_may_update_terms",
    "downstream_propagation",
    "output_use_restriction",
    "attribution_required",
    "naming_requirement",
    "patent_termination",
    "territorial_exclusions",
    "excluded_licensee_domiciles",
    "excluded_use_territories",
    "excluded_licensee_types",
    "governing_law",
    "venue",
    "use_restrictions",
)
"""Every key `extract_terms` returns, in this order."""

BOOLEAN_KEYS: frozenset[str] = frozenset(
    {
        "acceptable_use_policy_incorporated",
        "licensor_may_update_terms",
        "downstream_propagation",
        "output_use_restriction",
        "attribution_required",
        "patent_termination",
    }
)
LIST_KEYS: frozenset[str] = frozenset(
    {
        "commercial_use_conditions",
        "use_scope",
        "territorial_exclusions",
        "excluded_licensee_types",
        "use_restrictions",
    }
)
CLAUSE_KEYS: frozenset[str] = frozenset({"excluded_licensee_domiciles", "excluded_use_territories"})
"""Terms whose value is a list of scoped clauses (TerritorialClause); the union binds."""
THRESHOLD_KEYS: frozenset[str] = frozenset({"user_threshold", "revenue_threshold"})
"""Terms whose value is a mapping (a cap with its unit); the lowest wins across a lineage."""

COMMERCIAL_USE_CONDITIONS: tuple[str, ...] = (
    "registration",
    "attribution-display",
    "written-permission",
    "separate-license",
    "separate-license-for-some-licensees",
    "separate-license-for-model-service",
    "separate-license-above-threshold",
)
"""The words of `commercial_use_conditions`: what the license makes commercial use depend on.

- registration: registering with or notifying the licensor (a form, an email) before
  commercial use, with no approval stated; commercial use stays `allowed`.
- attribution-display: showing a credit to the licensor (a notice, a logo, "built with ...")
  in the commercial product; `allowed`.
- written-permission: the licensor's prior permission, consent, approval or authorisation,
  which it may refuse; `restricted`.
- separate-license: a further license or agreement from the licensor (commercial,
  enterprise, paid) for commercial use; `restricted`.
- separate-license-for-some-licensees: a further license or permission asked only of licensees
  the clause names by their business or the service they offer others (Qwen 1.0's
  model-as-a-service and AI work-assistant businesses); `restricted`, and whether the
  deployment is one of them is the organization's to say.
- separate-license-for-model-service: of those, the licensees offering the model itself to
  others as a service (inference API, hosted endpoint): `serves_model_api`; `restricted`.
- separate-license-above-threshold: a further license only beyond a cap on users, devices,
  revenue or funding (`user_threshold`, `revenue_threshold`); `restricted`.

A license that grants no commercial use (`prohibited`) has no conditions: a separate license
it mentions is another grant, not a condition of this one."""
CONDITIONS_ALLOWING: frozenset[str] = frozenset({"registration", "attribution-display"})
"""Conditions the licensee fulfils alone: commercial use under them is `allowed`."""

USE_SCOPES: tuple[str, ...] = (
    "with-product-only",
    "personal",
    "evaluation",
    "non-production",
    "research",
    "research-by-anyone",
    "internal-use-by-anyone",
    "non-commercial-organizations",
    "no-weight-redistribution",
    "on-device-shipping",
    "no-third-party-service",
    "no-hosting-use",
    "no-adaptation-sharing",
    "no-competing-use",
)
"""The words of `use_scope`: what the grant is confined to.

Two say who may use it rather than what for: `non-commercial-organizations`, a grant reserved
to universities, non-profits, research institutes and government bodies, or one that leaves out
companies (use by or on behalf of a company, its staff's daily work, revenue-directed tests);
and `research-by-anyone`, a license defining its non-commercial use as research or evaluation
as such, whoever does it (a company's research is then within the grant, where under a
purpose-based definition it is commercial advantage). `internal-use-by-anyone` is a license
whose commercial use (the use it withholds) is only offering the model, or a service on it, to
others, or which says internal use is not commercial use: an organization's own internal use
is then within the grant, a company's too. These two widen what the others allow, so each binds
a combination only when every source that confines use states it (`terms.combine`).
`no-weight-redistribution` confines the copies rather than the use: the weights may not be
passed on to others (redistributed, re-hosted, shared outside the licensee), so use inside the
licensee or behind a service stays within the grant. `on-device-shipping` lifts that ban for
one way of passing them on: shipped inside the licensee's own application or product to run on
its end users' devices (a carve-out such as "despite 5.1, you may ship the weights inside your
app for on-device use"); it binds only when every source banning redistribution states it.
`no-third-party-service` confines how others may reach the model: it may not be offered to
third parties through the licensee's hosted service or API (Stability Non-Commercial Research
Community 2.b), while the licensee's own use and passing copies on for download stay within
the grant. `no-hosting-use` is narrower: the model (or a derivative) may not be offered to
third parties as a model, that is as a shared inference or fine-tuning API or a managed
instance, without a further license, while applications and products built on it may serve
anyone (Falcon 180B TII License 9: "Hosting Use"). `no-adaptation-sharing` confines what may be
passed on to the work as received: adaptations (fine-tuned, merged or otherwise modified
weights) may be made but not shared (the no-derivatives licenses: CC BY-ND and BY-NC-ND 4.0
2(a)(1)(B)), while the unmodified weights may be redistributed. `no-competing-use` leaves out
one kind of business: the model may not be used in a product or service that competes with the
licensor's own (a "Competing Use"); every other use, commercial included, stays within the
grant, and only the organization knows whether it competes."""
RESEARCH_BY_ANYONE = "research-by-anyone"
INTERNAL_USE_BY_ANYONE = "internal-use-by-anyone"
WIDENING_SCOPES: frozenset[str] = frozenset({RESEARCH_BY_ANYONE, INTERNAL_USE_BY_ANYONE})
"""Use scopes that widen what a license confining use allows (`terms.combine`)."""
NON_COMMERCIAL_ORGANIZATIONS = "non-commercial-organizations"
NO_WEIGHT_REDISTRIBUTION = "no-weight-redistribution"
ON_DEVICE_SHIPPING = "on-device-shipping"
NO_ADAPTATION_SHARING = "no-adaptation-sharing"
PRODUCTION_BARRED_SCOPES: frozenset[str] = frozenset(
    {"personal", "evaluation", "non-production", "research"}
)
"""Use scopes that rule out production commercial use."""

USER_UNITS: tuple[str, ...] = (
    "mau", "dau", "wau", "monthly-visits", "devices", "employees", "users", "requests",
)  # fmt: skip
"""Units of `user_threshold.count`."""
REVENUE_PERIODS: tuple[str, ...] = ("month", "quarter", "year")
REVENUE_MEASURES: tuple[str, ...] = ("revenue", "funding")
CAP_COUNTS: tuple[str, ...] = ("licensee", "licensee-and-affiliates")
"""Whom a cap counts: the licensee alone, or the licensee and its affiliates together."""
CAP_MEASURED: tuple[str, ...] = ("release-date", "any-time")
"""When a cap is measured: on the version's release date (the calendar month before it), or
at any time during use."""
CAP_APPLIES_TO: tuple[str, ...] = ("commercial-use",)
"""Which use a cap binds, when the cap's own clause says so ("if you are commercially using
the materials and your product has more than ..."); absent: every use."""

LICENSEE_TYPES: tuple[str, ...] = ORGANIZATION_TYPES
"""The words of `excluded_licensee_types`: the kinds of licensee a license gives no rights by
what they are ("Governments, their agencies and armed forces receive no rights under this
licence", "not granted to any university"), the kinds `organization.type` names. A class left
out only until it signs further terms with the licensor is left out of this grant all the same.
Never a use banned whoever makes it ("no military use": `use_restrictions`) nor a class that
must only register or credit. Companies left out are read as `use_scope`
non-commercial-organizations; a record may still state `company`. Union over the lineage."""


TERRITORIAL_MODELS: tuple[str, ...] = ("all", "multimodal", "none")
"""Which models a territorial clause covers: every model of the license, its multimodal ones,
or none (its multimodal ones where the release includes none: "multimodal models included in
Llama 3.3", a text-only release; the text still names the places, so they stay listed)."""
TERRITORIAL_EXEMPTIONS: tuple[str, ...] = ("end-users",)
"""Whom a territorial clause says it does not reach."""


class TerritorialClause(TypedDict):
    """A territorial term with its scope.

    Under `excluded_licensee_domiciles` the clause withholds the grant from licensees domiciled
    (or with their principal place of business) in `regions`: where the product runs or whom it
    serves does not matter. Under `excluded_use_territories` it forbids using the model in
    `regions`, whoever the licensee is. A clause `within` names the places it confines to
    instead ("licensed only in mainland China"): every place but `regions` is excluded, so it
    is judged against the places a deployment touches (`confined_regions`).
    """

    regions: list[str]  # EU, EEA or ISO 3166-1 alpha-2 codes
    models: str  # a TERRITORIAL_MODELS word
    exempts: list[str]  # TERRITORIAL_EXEMPTIONS words
    within: NotRequired[bool]  # True: `regions` are the only places licensed (absent: False)


def clause_regions(clauses: object, *, multimodal: bool | None = None) -> list[str] | None:
    """The regions the clauses that cover a model exclude (a clause `within` names none):
    `multimodal` None means every clause whatever its scope; True or False keeps the clauses
    covering such a model. None when `clauses` is not a list."""
    if not isinstance(clauses, list):
        return None
    found: set[str] = set()
    for regions in _covering(clauses, multimodal, within=False):
        found.update(regions)
    return sorted(found)


def confined_regions(clauses: object, *, multimodal: bool | None = None) -> list[list[str]]:
    """The regions of each clause `within` covering a model (as `clause_regions`): the only
    places it licenses."""
    return _covering(clauses, multimodal, within=True) if isinstance(clauses, list) else []


def _covering(clauses: list[object], multimodal: bool | None, *, within: bool) -> list[list[str]]:
    found: list[list[str]] = []
    for clause in clauses:
        if not isinstance(clause, Mapping) or bool(clause.get("within")) is not within:
            continue
        scope = clause.get("models", "all")
        if multimodal is False and scope == "multimodal":
            continue
        if multimodal is not None and scope == "none":
            continue  # binds no model of the release
        regions = clause.get("regions")
        if isinstance(regions, list):
            found.append([str(r) for r in regions if r])
    return found


class UserThreshold(TypedDict):
    """A cap on users or devices above which the license no longer suffices."""

    count: int
    unit: str  # a USER_UNITS word
    counts: NotRequired[str | None]  # a CAP_COUNTS word; absent or None: the text does not say
    measured: NotRequired[str | None]  # a CAP_MEASURED word; absent or None: not said
    applies_to: NotRequired[str | None]  # a CAP_APPLIES_TO word; absent or None: every use


class RevenueThreshold(TypedDict):
    """A cap on money (revenue or funding raised) above which the license no longer suffices."""

    amount: int
    currency: str  # ISO 4217 code (USD, EUR, GBP, CNY, JPY, ...)
    period: str | None  # month | year; None when the text does not say
    measure: str  # revenue | funding
    counts: NotRequired[str | None]  # a CAP_COUNTS word; absent or None: the text does not say
    measured: NotRequired[str | None]  # a CAP_MEASURED word; absent or None: not said
    applies_to: NotRequired[str | None]  # a CAP_APPLIES_TO word; absent or None: every use


class Terms(TypedDict, total=False):
    """The terms that bind a model, as the result carries them (keys of TERM_KEYS).

    JSON-shaped on purpose: the result, the lockfile's terms digest and the policy's
    `terms.*` facts all read these keys. Empty when no license is known; a key that a text
    does not state is None (lists are empty, booleans false).
    """

    kind: str | None  # a LicenseKind word
    commercial_use: str | None  # allowed | restricted | prohibited
    commercial_use_conditions: list[str]  # COMMERCIAL_USE_CONDITIONS words
    use_scope: list[str]  # USE_SCOPES words
    mau_threshold: int | None  # user_threshold.count when its unit is MAU
    revenue_threshold_usd: int | None  # revenue_threshold.amount for a USD revenue cap per year
    user_threshold: UserThreshold | None
    revenue_threshold: RevenueThreshold | None
    acceptable_use_policy_incorporated: bool
    licensor_may_update_terms: bool
    downstream_propagation: bool
    output_use_restriction: bool
    attribution_required: bool
    naming_requirement: str | None
    patent_termination: bool
    territorial_exclusions: list[str]  # every region of the two clause lists below
    excluded_licensee_domiciles: list[TerritorialClause]
    excluded_use_territories: list[TerritorialClause]
    excluded_licensee_types: list[str]  # LICENSEE_TYPES words
    governing_law: str | None
    venue: str | None
    use_restrictions: list[str]


def as_terms(values: Mapping[str, object]) -> Terms:
    """Extracted, merged or stored term values as the typed mapping (a copy, keys unchanged).

    The one place untyped term values become `Terms`: the extractors and the lineage merge
    build them key by key from TERM_KEYS, and tests/model/test_terms.py holds the two equal.
    """
    return cast(Terms, dict(values))
