"""How open a model is, beside the commercial verdict: OSI approval, OSAID fit, MOF class.

Pure. Two steps, because the card is at hand only when a snapshot is analysed, while the
license that binds the model is known only after lineage:

1. `card_components` (pipeline/analyse.py) reads the card's metadata and text for the
   components the Model Openness Framework (MOF) counts, and records each with the license
   found for it: the repository's license for what ships in the repository (weights,
   architecture, card), "unknown" for what the card only points to (a dataset, a paper, a
   code repository: their licenses are not checked), "absent" when the card names none.
2. `assess_openness` (pipeline/run.py, after judging) takes the effective license's facts
   (the ones `policy/facts.py` computed for the rules: `effective.osi_approved`,
   `effective.osaid_fit`, `effective.kinds`) and the components, and estimates the class.

The MOF (Linux Foundation, Generative AI Commons) ranks a release in three classes, each
adding to the one below: class III, Open Model (architecture and final parameters, model
card, data card, evaluation results and a technical report, under open licenses); class II,
Open Tooling (plus training, inference and evaluation code and supporting libraries); class
I, Open Science (plus the training datasets and a research paper). Open here means an
open-source license (`permissive-oss` or `copyleft-oss` kinds): a license with use
restrictions or a non-commercial clause is not open in the MOF's sense. The estimate is
from the card alone; a component's own license (a dataset's, a code repository's) is never
checked, so the class is an upper bound a reviewer confirms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import LicenseMatch, Openness
from auditor.model.kinds import LicenseKind, parse_kind
from auditor.model.triggers import Triggers

ABSENT = "absent"
UNKNOWN = "unknown"  # named by the card; its license is not checked

PARAMETERS = "model parameters"
ARCHITECTURE = "model architecture"
MODEL_CARD = "model card"
DATA_CARD = "data card"
EVALUATION = "evaluation results"
REPORT = "technical report or paper"
LIBRARIES = "supporting libraries"
CODE = "training and evaluation code"
DATASETS = "training datasets"
TASK = "task"
"""Not a MOF component: the card's pipeline tag, which alternatives are matched on."""

_CLASS_NEEDS: Mapping[int, tuple[str, ...]] = {
    3: (PARAMETERS, ARCHITECTURE, MODEL_CARD, DATA_CARD, EVALUATION, REPORT),
    2: (LIBRARIES, CODE),
    1: (DATASETS,),
}
"""What each class adds to the one below (class 3 is the entry class)."""

_NEEDS_WORDS = {
    PARAMETERS: "the weights under an open-source license",
    ARCHITECTURE: "the model architecture (configuration or code) under an open-source license",
    MODEL_CARD: "a model card",
    DATA_CARD: "a description of the training data (a data card or training-data section)",
    EVALUATION: "published evaluation results",
    REPORT: "a technical report or research paper",
    LIBRARIES: "the supporting library that runs the model (the card's library_name)",
    CODE: "a link to the training and evaluation code",
    DATASETS: "the training datasets, named in the card's metadata",
}

_OPEN_KINDS = frozenset({LicenseKind.PERMISSIVE_OSS, LicenseKind.COPYLEFT_OSS})

_HEADING = lazy_pattern(r"^\s{0,3}#{1,6}\s*(?P<title>.+?)\s*#*\s*$", re.MULTILINE)
_DATA_HEADING = lazy_pattern(r"\b(training|pre-?training)\s+(data|dataset|corpus|corpora)\b", re.I)
_EVAL_HEADING = lazy_pattern(r"\b(evaluation|benchmarks?|results)\b", re.I)
_PAPER = lazy_pattern(
    r"arxiv\.org/(abs|pdf)/|\bdoi\.org/|\bopenreview\.net/|\btechnical report\b", re.I
)
_CODE_LINK = lazy_pattern(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org)/\S+", re.I)
_ARCH_FILES = lazy_pattern(r"(^|/)(config\.json|params\.json|[^/]+\.py)$")


def card_components(
    metadata: Mapping[str, object],
    body: str,
    *,
    files: Iterable[str] = (),
    license_label: str | None,
    has_card: bool = True,
    architecture_known: bool = False,
) -> dict[str, str]:
    """Each MOF component the card shows, with the license found for it (see the module)."""
    own = license_label or UNKNOWN
    headings = [m.group("title") for m in _HEADING.finditer(body)]
    tags = _strings(metadata.get("tags"))
    datasets = _strings(metadata.get("datasets"))
    library = metadata.get("library_name")
    files = list(files)
    components = {
        PARAMETERS: own,
        ARCHITECTURE: own
        if library or architecture_known or any(_ARCH_FILES.search(f) for f in files)
        else ABSENT,
        MODEL_CARD: own if has_card and body.strip() else ABSENT,
        DATA_CARD: own
        if any(_DATA_HEADING.search(h) for h in headings)
        else (UNKNOWN if datasets else ABSENT),
        EVALUATION: own
        if metadata.get("model-index") or any(_EVAL_HEADING.search(h) for h in headings)
        else ABSENT,
        REPORT: UNKNOWN
        if any(t.lower().startswith(("arxiv:", "doi:")) for t in tags) or _cites_paper(body)
        else ABSENT,
        LIBRARIES: UNKNOWN if isinstance(library, str) and library.strip() else ABSENT,
        CODE: UNKNOWN if _CODE_LINK.search(body) else ABSENT,
        DATASETS: UNKNOWN if datasets else ABSENT,
    }
    task = metadata.get("pipeline_tag")
    if isinstance(task, str) and task.strip():
        components[TASK] = task.strip().lower()
    return components


@cache
def _paper_triggers() -> Triggers:
    return Triggers((_PAPER,))


def _cites_paper(body: str) -> bool:
    """`_PAPER` in the body, searched only when its trigger words occur (a scan over a whole
    card with four case-blind alternatives is slow: model/triggers.py)."""
    return bool(_paper_triggers().mask(body)) and _PAPER.search(body) is not None


def assess_openness(
    components: Mapping[str, str],
    *,
    license_label: str | None,
    osi_approved: bool | None,
    osaid_fit: bool | None,
    kinds: Iterable[object],
) -> Openness:
    """The openness of a model whose effective license has these facts (policy/facts.py)."""
    known = _relabel(components, license_label)
    parsed = [k for k in map(parse_kind, kinds) if k is not None]
    open_license = bool(parsed) and all(k in _OPEN_KINDS for k in parsed)
    mof_class: int | None = None
    missing: tuple[str, ...] = ()
    for level in (3, 2, 1):
        lacking = [c for c in _CLASS_NEEDS[level] if not _has(known, c, open_license)]
        if lacking:
            missing = tuple(_missing_words(known, lacking, open_license, bool(parsed)))
            break
        mof_class = level
    return Openness(
        osi_approved=osi_approved,
        osaid_fit=_osaid(osaid_fit, known),
        mof_class=mof_class,
        missing=missing,
        components=known,
    )


def provisional_openness(
    components: Mapping[str, str],
    *,
    license_label: str | None,
    osi_approved: bool | None,
    osaid_fit: bool | None,
    kind: object,
) -> Openness:
    """The analysis-time estimate from the model's own license (lineage may replace it)."""
    return assess_openness(
        components,
        license_label=license_label,
        osi_approved=osi_approved,
        osaid_fit=osaid_fit,
        kinds=[kind] if kind is not None else [],
    )


def reassess(openness: Openness, facts: Mapping[str, object], label: str | None) -> Openness:
    """The openness again, under the effective license's facts after lineage and judging."""
    kinds = facts.get("effective.kinds")
    return assess_openness(
        openness.components,
        license_label=label,
        osi_approved=_bool(facts.get("effective.osi_approved")),
        osaid_fit=_bool(facts.get("effective.osaid_fit")),
        kinds=kinds if isinstance(kinds, list | tuple) else [],
    )


def license_words(match: LicenseMatch | None) -> str | None:
    """The license's name for the components table; None when there is none."""
    if match is None:
        return None
    return match.name or match.id


def _relabel(components: Mapping[str, str], label: str | None) -> dict[str, str]:
    """Components the repository ships carry its license: the effective one after lineage."""
    old = components.get(PARAMETERS)
    new = label or UNKNOWN
    return {
        key: (new if value == old and key != TASK and value != ABSENT else value)
        for key, value in components.items()
    }


_IN_REPOSITORY = (PARAMETERS, ARCHITECTURE, MODEL_CARD)
"""Components the MOF wants under an open license and the repository's license covers."""


def _has(components: Mapping[str, str], component: str, open_license: bool) -> bool:
    if components.get(component, ABSENT) == ABSENT:
        return False
    return open_license or component not in _IN_REPOSITORY


def _missing_words(
    components: Mapping[str, str], lacking: Iterable[str], open_license: bool, known: bool
) -> list[str]:
    """What is lacking in plain words; an unopen license is said once, with its reason."""
    words = []
    for component in lacking:
        present = components.get(component, ABSENT) != ABSENT
        if component in _IN_REPOSITORY and present and not open_license:
            if component != PARAMETERS:
                continue
            reason = (
                "the license that binds the model is not known"
                if not known
                else "its license has use restrictions or conditions"
            )
            words.append(f"{_NEEDS_WORDS[PARAMETERS]} ({reason})")
            continue
        words.append(_NEEDS_WORDS[component])
    return words


def _osaid(license_fit: bool | None, components: Mapping[str, str]) -> bool | None:
    """The OSAID asks for the weights under open terms and for the data information and the
    code; a card that names neither leaves the question open (never a yes)."""
    if license_fit is not True:
        return license_fit
    data = components.get(DATA_CARD, ABSENT) != ABSENT or components.get(DATASETS) == UNKNOWN
    code = components.get(CODE, ABSENT) != ABSENT
    return True if data and code else None


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if isinstance(v, str | int | float)]
    return []


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def with_task(openness: Openness | None) -> str | None:
    """The card's pipeline tag kept with the openness components, if any."""
    if openness is None:
        return None
    return openness.components.get(TASK)


__all__ = [
    "ABSENT",
    "UNKNOWN",
    "assess_openness",
    "card_components",
    "license_words",
    "provisional_openness",
    "reassess",
    "with_task",
]
