"""What a model's repo name says about its lineage: quantization and conversion suffixes,
mirror and quantizer organisations, and the family rules a name matches. Pure: the registry
and family rules are passed in.

`base_name("TheBloke/Llama-2-7B-Chat-GGUF")` is `llama-2-7b-chat`: the name after the org,
lowercase, `_` and spaces as `-` (`_` between two digits as `.`, so `3_1` reads `3.1`), with
every trailing quantization or conversion marker removed. `is_mirror_org` says whether the
org mostly re-publishes other vendors' weights under their own names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.knowledge.known_models import KnownModel, KnownModels
from auditor.knowledge.model_families import ModelFamilies

# Organisations that mostly re-upload, convert or quantize other publishers' models,
# keeping the upstream name (lowercase, as in repo ids).
MIRROR_ORGS = frozenset(
    {
        "thebloke",
        "bartowski",
        "unsloth",
        "mlx-community",
        "lmstudio-community",
        "quantfactory",
        "maziyarpanahi",
        "second-state",
        "secondstate",
        "nousresearch",
        "mradermacher",
        "hugging-quants",
        "richarderkhov",
        "legraphista",
        "solidrust",
        "turboderp",
        "casperhansen",
        "neuralmagic",
        "redhatai",
        "ggml-org",
        "gaianet",
        "lmstudio-ai",
        "qwen-gguf",
        "modelcloud",
        "kaitchup",
        "tensorblock",
        "featherless-ai-quants",
        "dranger003",
        "leliuga",
        "professorf",
        "afrideva",
        "trillionlabs-quants",
        "cortexso",
        "ollama",
        "sentencetransformers-mirrors",
    }
)

# One conversion / quantization marker, as a whole `-`-separated tail of the name.
_MARKER = (
    r"gguf|ggml|awq|gptq|exl2|exl3|mlx|onnx|openvino|ov|safetensors|hf|"
    r"bnb|bnb-4bit|bnb-8bit|unsloth-bnb-4bit|nf4|fp4|nvfp4|mxfp4|"
    r"\d+(?:\.\d+)?bits?|\d+(?:\.\d+)?bpw(?:-h\d+)?|"
    r"int[248]|fp8|fp16|fp32|bf16|f16|f32|w\d+a\d+(?:-fp\d+)?|"
    r"q\d(?:\.\d)?(?:-k)?(?:-[smlx]{1,2})?(?:-\d)?|iq\d(?:-[a-z]{1,3})?|"
    r"i1|imat|imatrix|dynamic|quantized|quant|quants|dwq|marlin|"
    r"mlc|mlc-llm|tensorrt|ct2|ctranslate2|coreml|tflite|llamafile|sharded"
)
_TAIL = lazy_pattern(rf"(?:[-.](?:{_MARKER}))+$")
_DIGIT_UNDERSCORE = lazy_pattern(r"(?<=\d)_(?=\d)")
_SEPARATORS = lazy_pattern(r"[\s_]+")


def split_repo_id(repo_id: str) -> tuple[str, str]:
    """`Org/Name@rev` -> (`org`, `Name`); the org is empty for a bare name."""
    text = repo_id.strip().split("@", 1)[0].strip("/")
    org, _, name = text.rpartition("/")
    return org.lower(), name


def normalise_name(name: str) -> str:
    """Lowercase; `_` between digits -> `.`; other `_` and spaces -> `-`; `--` collapsed."""
    text = _DIGIT_UNDERSCORE.sub(".", name.strip().lower())
    text = _SEPARATORS.sub("-", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def base_name(repo_id: str) -> str:
    """The model name of `repo_id` without quantization or conversion suffixes."""
    _, name = split_repo_id(repo_id)
    text = normalise_name(name)
    stripped = _TAIL.sub("", text)
    return stripped or text


def is_mirror_org(org: str) -> bool:
    """Whether `org` is a known mirror / quantizer organisation."""
    return org.strip().lower() in MIRROR_ORGS


def stripped_something(repo_id: str) -> bool:
    """Whether `base_name` removed a quantization or conversion marker."""
    return base_name(repo_id) != normalise_name(split_repo_id(repo_id)[1])


# --- what a name resolves to -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameHit:
    """A license a repo's name implies: a vendor repo of the registry, or a family rule."""

    known: KnownModel
    why: str  # how the name was read, for the lineage step's evidence
    vendor: bool = False  # the repo is the family vendor's own model (own-name step)


def resolve_name(
    repo_id: str, registry: KnownModels | None, families: ModelFamilies | None
) -> tuple[NameHit, ...]:
    """What `repo_id`'s name says: a mirror org's re-upload of a vendor repo the registry
    knows, else the family rules matching the name without its suffixes (one per family)."""
    org, _ = split_repo_id(repo_id)
    name = base_name(repo_id)
    if registry is not None and is_mirror_org(org):
        found = _vendor_entry(registry, name)
        if found is not None:
            vendor_id, entry = found
            why = f"{repo_id} re-publishes {vendor_id} (name without conversion suffixes)"
            return (NameHit(entry, why),)
    if families is None:
        return ()
    return tuple(
        NameHit(
            rule.known(repo_id),
            f"the name {repo_id} reads as {rule.generation} ({rule.family} family rule)",
            vendor=org in rule.vendors,
        )
        for rule in families.match(name)
    )


def _vendor_entry(registry: KnownModels, name: str) -> tuple[str, KnownModel] | None:
    """The first registry entry of a vendor (not mirror) org matching `org/name`."""
    return registry.lookup_name(name, skip_org=is_mirror_org)


# --- local paths -------------------------------------------------------------------------------

# Folder names a training run or a download writes to, which name no model.
_GENERIC_DIRS = frozenset(
    {"output", "outputs", "out", "models", "model", "checkpoints", "checkpoint", "ckpt", "ckpts"}
    | {"runs", "run", "saves", "save", "saved", "results", "tmp", "temp", "data", "workspace"}
    | {"home", "mnt", "root", "content", "drive", "mydrive", "users", "work", "experiments"}
    | {"exp", "snapshots", "hub", "cache", ".cache", "huggingface", "weights", "final", "base"}
    | {"merged", "latest", "best", "pretrained", "hf", "local", "opt", "srv", "data1", "disk"}
)
_CHECKPOINT_DIR = lazy_pattern(
    r"^(?:(?:checkpoint|ckpt|step|epoch|global[-_]?step|iter)[-_]?\d+|[0-9a-f]{40}|v?\d+)$",
    re.IGNORECASE,
)
_HUB_CACHE_DIR = lazy_pattern(r"^models--([A-Za-z0-9][\w.-]*)--([A-Za-z0-9][\w.-]*)$")
_DRIVE = lazy_pattern(r"^[A-Za-z]:[\\/]")
_URL = lazy_pattern(r"^(?:[a-z][a-z0-9+.-]*://|(?:www\.)?(?:huggingface\.co|hf\.co)/)", re.I)


def is_local_path(ref: str) -> bool:
    """Whether a configuration's model value is a path on someone's disk (`/mnt/models/X`,
    `./out/X`, `~/X`, `C:\\X`, `models/X/checkpoint-500`), not a Hub `org/name`: it starts
    like a path, holds a backslash, or has more than two parts."""
    text = ref.strip()
    if not text or _URL.match(text):
        return False
    return (
        text.startswith(("/", ".", "~", "\\"))
        or _DRIVE.match(text) is not None
        or "\\" in text
        or text.count("/") >= 2
        or (text.count("/") == 1 and text.split("/")[0].lower() in _GENERIC_DIRS)
    )


def local_path_name(ref: str) -> str | None:
    """What a local path names: the Hub id of a Hugging Face cache folder
    (`.../models--org--name/snapshots/<sha>`: `org/name`), else the last part that is no
    checkpoint or generic folder (`/mnt/models/Llama-3.2-11B-Vision-Instruct/checkpoint-500`:
    `Llama-3.2-11B-Vision-Instruct`); None for a ref that is no local path, or names nothing."""
    if not is_local_path(ref):
        return None
    parts = [p for p in re.split(r"[\\/]+", ref.strip()) if p and p not in {".", "..", "~"}]
    for part in parts:
        cached = _HUB_CACHE_DIR.match(part)
        if cached is not None:
            return f"{cached.group(1)}/{cached.group(2)}"
    for part in reversed(parts):
        if _DRIVE.match(f"{part}/") or part.lower() in _GENERIC_DIRS:
            continue
        if _CHECKPOINT_DIR.match(part):
            continue
        return part
    return None


def local_path_hub_id(ref: str) -> str | None:
    """The Hub id a local path keeps in its last two parts, when a copy was saved under it
    (`/mnt/checkpoints/google/gemma-2-9b-it`, `D:\\hf\\Qwen\\Qwen2-7B\\checkpoint-500`: a trailing
    checkpoint folder is passed over), or a Hugging Face cache folder's; None for a ref that is
    no local path, or whose last two parts are no `org/name` (`/home/alice/out/final-model`:
    `out` is a generic folder). Only a candidate: the caller keeps it when the knowledge knows
    the id (`/home/alice/llama-sft` would read as `alice/llama-sft`)."""
    if not is_local_path(ref):
        return None
    named = local_path_name(ref)
    if named is not None and "/" in named:
        return named  # a Hugging Face cache folder
    parts = [p for p in re.split(r"[\\/]+", ref.strip()) if p and p not in {".", "..", "~"}]
    while parts and _CHECKPOINT_DIR.match(parts[-1]):
        parts.pop()
    if len(parts) < 2:
        return None
    org, name = parts[-2], parts[-1]
    if _DRIVE.match(f"{org}/") or org.lower() in _GENERIC_DIRS or name.lower() in _GENERIC_DIRS:
        return None
    return f"{org}/{name}"
