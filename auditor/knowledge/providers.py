"""Loads the API-provider catalog (license_db/providers/) and turns it into `provider.*` facts."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from auditor.errors import LicenseDBError, TargetError
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.fileio.once import loaded_once
from auditor.fileio.schema_check import did_you_mean

# BAA_MODES, CERTIFICATIONS and ProviderTerms are re-exported: the catalog's public names
# stay here.
from auditor.knowledge.provider_file import BAA_MODES as BAA_MODES
from auditor.knowledge.provider_file import CERTIFICATIONS as CERTIFICATIONS
from auditor.knowledge.provider_file import PROVIDER_KEY, read_provider_file
from auditor.knowledge.provider_file import ProviderTerms as ProviderTerms
from auditor.resources import license_db_dir

API_PREFIX = "api:"
PROVIDER_LICENSE_PREFIX = "LicenseRef-provider-"
"""An API model's license id is this prefix and the provider's catalog key."""

# Every `provider.*` fact docs/policy-facts.md defines, in its order.
PROVIDER_FACT_NAMES = (
    "provider.key",
    "provider.known",
    "provider.baa_available",
    "provider.baa_mode",
    "provider.processing_regions",
    "provider.storage_regions",
    "provider.trains_on_api_data_by_default",
    "provider.default_retention_days",
    "provider.zero_data_retention_available",
    "provider.certifications",
    "provider.as_of",
    "provider.terms_url",
)
_LIST_FACTS = frozenset(
    {"provider.processing_regions", "provider.storage_regions", "provider.certifications"}
)

_MODEL = lazy_pattern(r"[A-Za-z0-9][A-Za-z0-9._:@+/\-]{0,199}")


@loaded_once
def load_providers(folder: Path | None = None) -> Mapping[str, ProviderTerms]:
    """Load and check every `<key>.yaml` in `folder` (default: the bundled license_db/providers/).

    Raises LicenseDBError naming each invalid file and all of its problems.
    """
    root = folder if folder is not None else license_db_dir() / "providers"
    paths = sorted(root.glob("*.yaml"))
    if not paths:
        raise LicenseDBError(f"provider catalog {root} holds no provider files")
    providers: dict[str, ProviderTerms] = {}
    problems: list[str] = []
    for path in paths:
        try:
            terms = read_provider_file(path)
        except LicenseDBError as err:
            problems.append(err.message)
            continue
        providers[terms.key] = terms
    if problems:
        raise LicenseDBError("provider catalog invalid: " + "; ".join(problems))
    return MappingProxyType(providers)


def provider_key_problem(key: str, where: str = "", folder: Path | None = None) -> str | None:
    """Why `key` names no provider of the catalog, with the nearest key; None when it does.

    `where` follows the key in the sentence, e.g. " in `baa_signed`".
    """
    known = sorted(load_providers(folder))
    if key in known:
        return None
    hint = did_you_mean(key, known, cutoff=0.6)
    return f"unknown provider {key!r}{where}{hint} (catalog: {', '.join(known)})"


def provider_facts(
    terms: ProviderTerms | None, *, key: str | None = None, model: str | None = None
) -> dict[str, object]:
    """The flat `provider.*` facts of docs/policy-facts.md for one provider and `model`, the
    model name of an `api:<provider>/<model>` reference: the regions are those documented for
    that model (an entry limited to some models counts only when the name shows it is one of
    them; without a model, only entries for every model count).

    For None (no catalog entry) `provider.known` is false and every other fact is unknown:
    None, or an empty list for list facts. `key` then fills `provider.key`, so a report can
    name the provider the manifest asked for.
    """
    if terms is None:
        facts: dict[str, object] = {
            name: [] if name in _LIST_FACTS else None for name in PROVIDER_FACT_NAMES
        }
        facts["provider.key"] = key
        facts["provider.known"] = False
        return facts
    processing, storage = terms.regions_for(model)
    return {
        "provider.key": terms.key,
        "provider.known": True,
        "provider.baa_available": terms.baa_available,
        "provider.baa_mode": terms.baa_mode,
        "provider.processing_regions": processing,
        "provider.storage_regions": storage,
        "provider.trains_on_api_data_by_default": terms.trains_on_api_data_by_default,
        "provider.default_retention_days": terms.default_retention_days,
        "provider.zero_data_retention_available": terms.zero_data_retention_available,
        "provider.certifications": list(terms.certifications),
        "provider.as_of": terms.as_of,
        "provider.terms_url": _terms_url(terms),
    }


def _terms_url(terms: ProviderTerms) -> str | None:
    """Where the business terms that state commercial use are published (their first
    source), for a rule's reference; None when the catalog cites none."""
    sources = terms.contract.fact("commercial_use").sources
    return sources[0] if sources else None


def parse_api_ref(ref: str) -> tuple[str, str]:
    """Split `api:<provider>/<model>` into (provider key, model name); pure.

    Whether the provider key is in the catalog is the caller's question, not an error here.
    Raises TargetError when the reference is malformed.
    """
    text = ref.strip()
    hint = f"write {API_PREFIX}<provider>/<model>, e.g. {API_PREFIX}openai_api/gpt-5.4"
    if not text.startswith(API_PREFIX):
        raise TargetError(
            f"{ref!r} is not an API model reference", hint=hint, code="target-invalid"
        )
    body = text.removeprefix(API_PREFIX)
    provider, slash, model = body.partition("/")
    if not provider:
        raise TargetError(f"{ref!r}: no provider named", hint=hint, code="target-invalid")
    if not PROVIDER_KEY.fullmatch(provider):
        raise TargetError(
            f"{ref!r}: provider key {provider!r} must be lower-case letters, digits and"
            " underscores, starting with a letter",
            hint=hint,
            code="target-invalid",
        )
    if not slash or not model:
        raise TargetError(f"{ref!r}: no model named", hint=hint, code="target-invalid")
    if not _MODEL.fullmatch(model) or model.endswith("/") or "//" in model:
        raise TargetError(
            f"{ref!r}: invalid model name {model!r}",
            hint="a model name has letters, digits and . _ - : @ + / only, no spaces",
            code="target-invalid",
        )
    return provider, model
