"""Parents named by a repo's own files beside its card: the model's `config.json` and an Ollama
`Modelfile`. Pure: text in, `StatedParent`s out, each with the file, line and quote.

- `config.json`'s `_name_or_path` (top level, and in a sub-configuration such as
  `text_config`) is the checkpoint `from_pretrained` loaded before the weights were saved: the
  model a fine-tune was initialised from, when it is a Hub id. It often names the model itself
  (re-saved after download) or a local folder (`./out/checkpoint-500`): neither is a parent,
  unless the folder keeps a Hub id the knowledge knows in its last two parts (a copy saved as
  `/mnt/checkpoints/google/gemma-2-9b-it`): that id, flagged as read from a path.
  Confidence is below an adapter configuration's: the key records where the weights were
  loaded from, not a statement of lineage. A diffusers pipeline's `model_index.json` and its
  components' `<component>/config.json` (`transformer/`, `unet/`, `text_encoder/`) keep the
  same key, the pipeline or component `from_pretrained` loaded: read the same way (a component
  is part of the weights, so a parent it names binds them too).
- `tokenizer_config.json`'s `name_or_path` (written by transformers' `save_pretrained` before
  it began dropping the key as private) is the checkpoint the tokenizer was loaded from, with
  the same guards, plus a tokenizer-only repo (`hf-internal-testing/llama-tokenizer`) is no
  parent. Lower still than config.json's: a tokenizer is shared by a family's models and
  borrowed by models trained from scratch. It is read as config.json's reading is (method
  `model-config`), so lineage walks it the same way, and a metadata `base_model` it differs
  from is contradicted only by a model the registry knows under another license.
  (`generation_config.json` and `preprocessor_config.json` name no source model.)
- A `Modelfile`'s `FROM` names what an Ollama model is built on: `hf.co/org/name[:quant]` (or
  `huggingface.co/...`) is that Hub repo; a library name (`llama3.1:8b`) becomes
  `ollama/llama3.1-8b`, a ref whose name the family rules read (lineage/names.py; `ollama` is a
  mirror organisation there), and a user's model (`someone/name`) `ollama/someone-name`; a
  blob digest or a folder is no parent. A local weights file (`./Org-Model-7B-Q4_K_M.gguf`)
  is a parent only when its file name, read as names.py reads a repo name (conversion and
  quantization suffixes dropped), is a known model's: the caller says which names are known
  (a registry vendor repo or a family rule); `./model.gguf` or `ggml-model-q4_0.gguf` names
  nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.names import local_path_hub_id
from auditor.lineage.prose_refs import is_own, is_repo_like, stated
from auditor.model import Evidence, StatedParent

MODEL_CONFIG_CONFIDENCE = 0.5
"""config.json's `_name_or_path`: below an adapter configuration's (0.8)."""
PATH_CONFIDENCE = 0.45
"""config.json's `_name_or_path` a local path whose last two parts are a known Hub id: read
from a folder's name, below a stated Hub id's."""
TOKENIZER_CONFIG_CONFIDENCE = 0.4
"""tokenizer_config.json's `name_or_path`: below config.json's, a tokenizer is not the weights."""
MODELFILE_HUB_CONFIDENCE = 0.8
"""`FROM hf.co/org/name`: the Ollama model is that repo's weights."""
MODELFILE_LIBRARY_CONFIDENCE = 0.6
"""`FROM llama3.1:8b`: a library name, read by the family rules only."""
MODELFILE_USER_CONFIDENCE = 0.5
"""`FROM someone/name`: a user's model on the Ollama registry, read by its name only."""
MODELFILE_FILE_CONFIDENCE = 0.5
"""`FROM ./Org-Model-7B-Q4_K_M.gguf`: a local file whose name is a known model's."""

_INIT_KEYS = ("_name_or_path", "base_model_name_or_path")
_TOKENIZER_KEYS = ("name_or_path", "_name_or_path")
_TOKENIZER_REPO = lazy_pattern(r"tokeni[sz]er|^hf-internal-testing/", re.IGNORECASE)
_SUB_CONFIG = lazy_pattern(r"^(?:\w+_config|encoder|decoder)$")
_HUB_ID = lazy_pattern(r"[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95}")
# Folder names training scripts write to: `output/final` is a path, not a repo.
_LOCAL_DIRS = frozenset(
    {"output", "outputs", "out", "models", "model", "checkpoints", "checkpoint", "ckpt", "ckpts"}
    | {"runs", "run", "saves", "save", "saved", "results", "tmp", "temp", "data", "workspace"}
    | {"home", "mnt", "root", "content", "drive", "users", "work", "experiments", "exp"}
)
_CHECKPOINT = lazy_pattern(r"^(?:checkpoint|ckpt|step|epoch|global[-_]step|iter)[-_]?\d+$", re.I)

# --- Modelfile ---
_FROM = lazy_pattern(r"^[ \t]*FROM[ \t]+(?P<ref>\S+)", re.IGNORECASE | re.MULTILINE)
_HUB_HOST = lazy_pattern(r"^(?:https?://)?(?:www\.)?(?:hf\.co|huggingface\.co)/", re.IGNORECASE)
_OLLAMA_HOST = lazy_pattern(r"^(?:https?://)?(?:registry\.ollama\.ai|ollama\.com)/", re.IGNORECASE)
_WEIGHT_FILE = lazy_pattern(r"\.(?:gguf|ggml|bin|safetensors|pt|pth)$", re.IGNORECASE)
_OLLAMA_NAME = lazy_pattern(r"[a-z0-9][a-z0-9._-]{0,79}", re.IGNORECASE)
_OLLAMA_TAG = lazy_pattern(r"[\w][\w.-]{0,79}")


def model_config_parents(
    path: str,
    text: str,
    own: tuple[str, ...] = (),
    is_known: Callable[[str], bool] | None = None,
) -> tuple[StatedParent, ...]:
    """The Hub ids config.json says the weights were loaded from, except the model itself.

    `own`: the model's repo id and other names it goes by (a local folder's name); a ref that
    is one of them, or a variant of one, is the model, not its parent. `is_known`: whether the
    knowledge knows a Hub id; with it, a local path keeping a known Hub id in its last two parts
    (a copy saved as `/mnt/checkpoints/google/gemma-2-9b-it`) names that id, at a lower
    confidence and with the quote saying it was read from a path."""
    data = _json_object(text)
    values = list(_init_values(data)) if data is not None else []
    found = _loaded_from(path, text, values, own, MODEL_CONFIG_CONFIDENCE)
    if is_known is None:
        return found
    return found + _path_parents(path, text, values, own, is_known, {p.ref.lower() for p in found})


def _path_parents(
    path: str,
    text: str,
    values: list[tuple[str, str]],
    own: tuple[str, ...],
    is_known: Callable[[str], bool],
    seen: set[str],
) -> tuple[StatedParent, ...]:
    """A parent for each local path whose last two parts are a Hub id the knowledge knows."""
    found: list[StatedParent] = []
    for key, value in values:
        ref = local_path_hub_id(value)
        if ref is None or ref.lower() in seen or not is_hub_id(ref) or names_self(ref, own):
            continue
        if not is_known(ref):
            continue
        seen.add(ref.lower())
        line, quote = _json_line(text, key, value)
        said = f"{quote} (a local path; {ref} read from its last two parts)"
        evidence = Evidence(path, line, said)
        found.append(StatedParent(ref, None, "model-config", PATH_CONFIDENCE, evidence))
    return tuple(found)


def tokenizer_config_parents(
    path: str, text: str, own: tuple[str, ...] = ()
) -> tuple[StatedParent, ...]:
    """The Hub id tokenizer_config.json says the tokenizer was loaded from, except the model
    itself and a repo holding only a tokenizer."""
    data = _json_object(text)
    if data is None:
        return ()
    values = []
    for key in _TOKENIZER_KEYS:
        value = data.get(key)
        if isinstance(value, str) and not _TOKENIZER_REPO.search(value.strip()):
            values.append((key, value))
    return _loaded_from(path, text, values, own, TOKENIZER_CONFIG_CONFIDENCE)


def _json_object(text: str) -> dict[str, object] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _loaded_from(
    path: str, text: str, values: list[tuple[str, str]], own: tuple[str, ...], confidence: float
) -> tuple[StatedParent, ...]:
    """A parent for each Hub id among the (key, value) pairs, not a local path nor the model."""
    found: dict[str, StatedParent] = {}
    for key, value in values:
        ref = value.strip()
        if ref.lower() in found or not is_hub_id(ref) or names_self(ref, own):
            continue
        line, quote = _json_line(text, key, value)
        evidence = Evidence(path, line, quote)
        found[ref.lower()] = StatedParent(ref, None, "model-config", confidence, evidence)
    return tuple(found.values())


def _init_values(data: dict[str, object]) -> Iterator[tuple[str, str]]:
    for key in _INIT_KEYS:
        value = data.get(key)
        if isinstance(value, str):
            yield key, value
    for name, sub in data.items():
        if isinstance(sub, dict) and _SUB_CONFIG.match(name):
            value = sub.get("_name_or_path")
            if isinstance(value, str):
                yield "_name_or_path", value


def is_hub_id(ref: str) -> bool:
    """Whether a `_name_or_path` value is a Hub-like `org/name`, not a local path."""
    if not _HUB_ID.fullmatch(ref) or ".." in ref:
        return False
    org, name = ref.split("/")
    if org.lower() in _LOCAL_DIRS or _CHECKPOINT.match(name):
        return False
    return is_repo_like(ref)


def names_self(ref: str, own: tuple[str, ...]) -> bool:
    """The model itself: its repo id (or a variant), or a name equal to its folder's."""
    name = ref.partition("/")[2].lower()
    return any(is_own(ref, mine) if "/" in mine else name == mine.lower() for mine in own if mine)


def _json_line(text: str, key: str, value: str) -> tuple[int | None, str]:
    """The line of `"key": "value"` in the file and the quote, else no line."""
    wanted = json.dumps(value)
    for number, line in enumerate(text.splitlines(), 1):
        if f'"{key}"' in line and wanted in line:
            return number, trim_quote(" ".join(line.split()).rstrip(","))
    return None, f'"{key}": {wanted}'


def modelfile_parents(
    path: str, text: str, known_name: Callable[[str], bool] | None = None
) -> tuple[StatedParent, ...]:
    """The parent an Ollama Modelfile's first `FROM` names, if any.

    A local weights file names a parent only through `known_name`, which says whether a ref
    (`ollama/<file name>`) is a known model's name; without it a local file is none."""
    found = _FROM.search(text)
    if found is None:
        return ()
    raw = found.group("ref").strip("'\"")
    line = text.count("\n", 0, found.start()) + 1
    quote = trim_quote(" ".join(found.group(0).split()))
    parent = ollama_parent(raw)
    if parent is None and known_name is not None:
        parent = local_file_parent(raw, known_name)
    if parent is None:
        return ()
    ref, confidence = parent
    return (stated(ref, None, "modelfile", confidence, path, line, quote),)


def ollama_parent(raw: str) -> tuple[str, float] | None:
    """The ref and confidence a `FROM` value stands for; None for a file or a blob digest."""
    if _HUB_HOST.match(raw):
        parts = _HUB_HOST.sub("", raw).split("/")
        if len(parts) < 2:
            return None
        ref = f"{parts[0]}/{parts[1].split(':', 1)[0]}"
        return (ref, MODELFILE_HUB_CONFIDENCE) if is_repo_like(ref) else None
    if _is_local(raw):
        return None
    name = _OLLAMA_HOST.sub("", raw)
    name = name.removeprefix("library/")
    model, _, tag = name.partition(":")
    user, _, model = model.rpartition("/")
    if "/" in user or not _OLLAMA_NAME.fullmatch(model) or (tag and not _OLLAMA_TAG.fullmatch(tag)):
        return None
    words = model if tag.lower() in {"", "latest"} else f"{model}-{tag}"
    words = f"{user}-{words}" if user else words  # a user's model: its name, never the library's
    ref = f"ollama/{words.replace('_', '-').lower()}"
    return ref, MODELFILE_USER_CONFIDENCE if user else MODELFILE_LIBRARY_CONFIDENCE


def local_file_parent(raw: str, known_name: Callable[[str], bool]) -> tuple[str, float] | None:
    """`ollama/<file name>` for a local weights file whose name `known_name` knows, else None
    (a folder, a blob digest, or a file named generically)."""
    if not _WEIGHT_FILE.search(raw):
        return None
    file = re.split(r"[\\/]", raw)[-1]
    stem = _WEIGHT_FILE.sub("", file)
    words = re.sub(r"[^\w.-]+", "-", stem).strip("-.").lower()
    if not words or not _OLLAMA_NAME.fullmatch(words):
        return None
    ref = f"ollama/{words}"
    return (ref, MODELFILE_FILE_CONFIDENCE) if known_name(ref) else None


def _is_local(raw: str) -> bool:
    """A path, a weights file or a blob digest: `./x.gguf`, `/models/blobs/sha256-...`."""
    low = raw.lower()
    return (
        raw.startswith((".", "/", "~", "\\"))
        or re.match(r"^[a-z]:[\\/]", low) is not None
        or "\\" in raw
        or low.startswith(("sha256:", "sha256-"))
        or _WEIGHT_FILE.search(low) is not None
    )
