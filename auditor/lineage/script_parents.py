"""Parents named by a training launch script shipped beside the weights. Pure.

A fine-tune often keeps the script that launched it (`scripts/finetune.sh`, `train.py`,
`run_sft.sh`): the model the run started from is an argument there, as train_configs.py reads
it from a configuration file:

- a shell script: a command that trains (a training argument such as `--learning_rate`,
  `--num_train_epochs`, `--lora_r`, `--do_train`; or a training entry point: `train.py`,
  `finetune.py`, `llamafactory-cli train`, `axolotl.cli.train`, `trl sft`) and passes the
  starting model as `--model_name_or_path X`, `--base_model=X`, `--model X`, or as an
  override (`llamafactory-cli train sft.yaml model_name_or_path=X`); a `$VAR` or
  `${VAR:-default}` set earlier in the script is read;
- a Python script that trains (`Trainer(`, `SFTTrainer(`, `TrainingArguments(`, `SFTConfig(`,
  `get_peft_model(`, `.train()`): `model_name_or_path = "X"` (an assignment, a keyword, a
  dataclass field's `default=`), an argparse `--model_name_or_path` with `default="X"`, or
  `model = AutoModel....from_pretrained("X")`; in any Python script, a Hub model loaded and
  then given an adapter (`pipe.load_lora_weights(...)`: adapter_loads_s39lineage.py).

Only a Hub `org/name` counts: a local path in a script is mostly an earlier stage's checkpoint
(`--model_name_or_path checkpoints/sft` in a DPO stage). A command that does not train (an
evaluation: `lm_eval --model hf --model_args pretrained=X`, a download, a server), keys naming
other models (`--reward_model`, `--ref_model`, `--teacher_model_name_or_path`,
`tokenizer_name`) and an output (`--output_dir`, `--hub_model_id`) name no parent. The relation
is `adapter` when the command or script trains one (`--lora_r`, `--use_peft`,
`--finetuning_type lora`, `LoraConfig(`), else `finetune`.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import PurePosixPath

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote
from auditor.lineage.adapter_loads_s39lineage import adapter_bases
from auditor.lineage.prose_refs import clean_ref, stated
from auditor.lineage.repo_files import is_hub_id
from auditor.model import StatedParent

SCRIPT_CONFIDENCE = 0.7
"""Below a training configuration's (0.8): a script says what it launches, not what was kept."""
MAX_SCRIPT_CHARS = 64 << 10
MAX_PARENTS = 4
MAX_COMMANDS = 400

SHELL_SUFFIXES = (".sh", ".bash")
PYTHON_SUFFIXES = (".py",)

_MODEL_ARGS = frozenset(
    {"model_name_or_path", "base_model", "base_model_name_or_path", "model"}
    | {"pretrained_model_name_or_path", "model_name", "model_id", "model_path"}
)
_TRAINING_ARGS = frozenset(
    {"learning_rate", "lr", "num_train_epochs", "num_epochs", "epochs", "max_steps"}
    | {"per_device_train_batch_size", "micro_batch_size", "gradient_accumulation_steps"}
    | {"lora_r", "lora_rank", "lora_alpha", "use_peft", "finetuning_type", "do_train"}
    | {"warmup_steps", "warmup_ratio", "lr_scheduler_type", "train_file", "deepspeed"}
)
_ADAPTER_ARGS = frozenset({"lora_r", "lora_rank", "lora_alpha", "use_peft", "use_lora", "peft"})
_TRAINING_ENTRY = lazy_pattern(
    r"(?:^|[-_./])(?:train|training|finetune|fine[-_]tune|finetuning|sft|dpo|orpo|kto|lora"
    r"|qlora|run_clm|run_sft|run_dpo)(?:[-_.]|$)",
    re.IGNORECASE,
)
_TRAINING_TOOLS = lazy_pattern(
    r"\b(?:llamafactory-cli\s+train|axolotl(?:\.cli)?[.\s]+train|trl\s+(?:sft|dpo|orpo|kto|grpo)"
    r"|tune\s+run)\b",
    re.IGNORECASE,
)
_OVERRIDE = lazy_pattern(
    r"^(?:[a-z_][a-z0-9_]{0,40}\.){0,4}(?P<key>[a-z_][a-z0-9_]{0,40})=(?P<value>\S+)$"
)
_ASSIGN = lazy_pattern(r"^\s*(?:export\s+)?(?P<name>[A-Za-z_]\w{0,60})=(?P<value>\S.*?)\s*$")
_VARIABLE = lazy_pattern(
    r"\$(?:\{(?P<braced>\w{1,60})(?::?-(?P<default>[^}]*))?\}|(?P<bare>\w{1,60}))"
)

# --- Python ---
_PY_TRAINS = lazy_pattern(
    r"\b(?:\w*Trainer|TrainingArguments|SFTConfig|DPOConfig|ORPOConfig|GRPOConfig|LoraConfig)\s*\("
    r"|\bget_peft_model\s*\(|\.train\(\s*\)"
)
# the loaded model saved or pushed as the script's own output: what it makes is that model's
# derivative (for lineage only: a script that trains nothing used no training data)
_PY_SAVES = lazy_pattern(
    r"\b(?:model|base_model|peft_model|merged(?:_model)?)\.(?:save_pretrained|push_to_hub)\("
)
_PY_KEYS = "model_name_or_path|base_model|base_model_name_or_path|pretrained_model_name_or_path"
_PY_KEYS += "|model_name|model_id|model_path"
_PY_VALUE = r"(?P<q>[\"'])(?P<ref>[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?P=q)"
_PY_ASSIGN = lazy_pattern(
    rf"(?<![\w.])(?P<key>{_PY_KEYS})\s*(?::\s*[\w\[\], .|]{{1,40}})?=\s*"
    rf"(?:field\(\s*(?:[\w]+\s*=\s*[^,)]{{0,80}},\s*)*default\s*=\s*)?{_PY_VALUE}"
)
_PY_ARGPARSE = lazy_pattern(
    rf"add_argument\(\s*[\"']--(?P<key>{_PY_KEYS})[\"'][^)]{{0,300}}?\bdefault\s*=\s*{_PY_VALUE}"
)
_PY_LOAD = lazy_pattern(
    rf"^\s*(?P<key>model|base_model)\s*(?::\s*[\w.\[\]]{{1,40}})?=\s*[\w.]{{1,80}}"
    rf"\.from_pretrained\(\s*(?:pretrained_model_name_or_path\s*=\s*)?{_PY_VALUE}",
    re.MULTILINE,
)
# `model = AutoModel....from_pretrained(BASE)`, BASE a constant the script sets to a Hub id
_PY_LOAD_NAME = lazy_pattern(
    r"^\s*(?:model|base_model)\s*(?::\s*[\w.\[\]]{1,40})?=\s*[\w.]{1,80}\.from_pretrained\("
    r"\s*(?:pretrained_model_name_or_path\s*=\s*)?(?P<name>[A-Za-z_]\w{0,60})\s*[,)]",
    re.MULTILINE,
)
_PY_ADAPTER = lazy_pattern(r"\b(?:LoraConfig|get_peft_model|PeftModel|prepare_model_for_kbit)\b")


def is_script(path: str) -> bool:
    """A shell or Python script, by its suffix."""
    return PurePosixPath(path).suffix.lower() in (*SHELL_SUFFIXES, *PYTHON_SUFFIXES)


def script_parents(path: str, text: str, *, python: bool = False) -> tuple[StatedParent, ...]:
    """The Hub models a training launch script says the run started from (`python`: the text
    is Python whatever the path's suffix, a notebook's code cells)."""
    if len(text) > MAX_SCRIPT_CHARS:
        return ()
    suffix = PurePosixPath(path).suffix.lower()
    found = _python(text) if python or suffix in PYTHON_SUFFIXES else _shell(text)
    parents: dict[str, StatedParent] = {}
    for ref, relation, line, quote in found:
        if not is_hub_id(ref) or ref.lower() in parents:
            continue
        ref = clean_ref(ref)
        parents[ref.lower()] = stated(
            ref, relation, "training-script", SCRIPT_CONFIDENCE, path, line, quote
        )
        if len(parents) >= MAX_PARENTS:
            break
    return tuple(parents.values())


Found = tuple[str, str, int, str]  # ref, relation, line, quote


# --- shell ---------------------------------------------------------------------------------------


def _shell(text: str) -> Iterator[Found]:
    lines = text.splitlines()
    for line, args in _training_commands(text):
        relation = "adapter" if _adapter(args) else "finetune"
        for key, value in args.items():
            if key in _MODEL_ARGS and value:
                yield value, relation, *_where(lines, line, key, value)


def training_commands(path: str, text: str) -> Iterator[dict[str, str]]:
    """The arguments (`--key value`, keys lower-cased with `_`) of each command of a shell
    script that trains, variables set earlier in the script expanded; a Python script: none."""
    if len(text) > MAX_SCRIPT_CHARS or PurePosixPath(path).suffix.lower() not in SHELL_SUFFIXES:
        return
    for _line, args in _training_commands(text):
        yield args


def _training_commands(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    variables: dict[str, str] = {}
    for line, command in _commands(text):
        assigned = _ASSIGN.match(command)
        if assigned is not None and " " not in assigned.group("value").strip("\"'"):
            value = _expand(assigned.group("value"), variables)
            variables[assigned.group("name")] = _unquote(value)
            continue
        words = _words(_expand(command, variables))
        args = _arguments(words)
        if _TRAINING_ARGS & args.keys() or _trains(words, command):
            yield line, args


def _where(lines: list[str], start: int, key: str, value: str) -> tuple[int, str]:
    """The line of the command (from `start`) passing the key, and its words as the quote."""
    spellings = (f"--{key}", f"--{key.replace('_', '-')}")
    for number in range(start, min(len(lines), start + 200) + 1):
        row = lines[number - 1]
        if any(s in row for s in spellings):
            return number, trim_quote(" ".join(row.split()).rstrip(" \\"))
    return start, trim_quote(f"--{key} {value}")


def _commands(text: str) -> Iterator[tuple[int, str]]:
    """(first line, command) of each command, continuation lines joined, `&&` / `;` split."""
    start, count = 0, 0
    pieces: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0] if not raw.lstrip().startswith("#") else ""
        if not pieces:
            start = number
        if line.rstrip().endswith("\\"):
            pieces.append(line.rstrip()[:-1])
            continue
        pieces.append(line)
        joined = " ".join(pieces)
        pieces = []
        for command in re.split(r"&&|\|\||;", joined):
            if command.strip():
                count += 1
                yield start, command.strip()
        if count >= MAX_COMMANDS:
            return


def _expand(text: str, variables: dict[str, str]) -> str:
    def value(found: re.Match[str]) -> str:
        name = found.group("braced") or found.group("bare") or ""
        default = found.group("default")
        return variables.get(name) or _unquote(default or "") or found.group(0)

    return _VARIABLE.sub(value, text)


def _unquote(text: str) -> str:
    return text.strip().strip("\"'")


def _words(command: str) -> list[str]:
    try:
        return shlex.split(command)
    except ValueError:
        return command.split()


def _arguments(words: list[str]) -> dict[str, str]:
    """`--key value` and `--key=value` of a command (a flag with no value: ""), and the
    `key=value` overrides a configuration-driven tool takes (`model_name_or_path=X`,
    `model.base_model=X`: the last part of a lower-case dotted key)."""
    args: dict[str, str] = {}
    for index, word in enumerate(words):
        override = _OVERRIDE.match(word) if index else None
        if override is not None:
            args.setdefault(override.group("key"), override.group("value"))
            continue
        if not word.startswith("--") or len(word) < 3:
            continue
        key, equals, value = word[2:].partition("=")
        if not equals:
            following = words[index + 1] if index + 1 < len(words) else ""
            value = "" if following.startswith("-") else following
        args.setdefault(key.replace("-", "_").lower(), value)
    return args


def _trains(words: list[str], command: str) -> bool:
    """Whether the command runs a training entry point (`train.py`, `finetune.py`,
    `-m axolotl.cli.train`, `llamafactory-cli train`)."""
    if _TRAINING_TOOLS.search(command):
        return True
    programs = [w for w in words[:16] if w.endswith(".py")]
    return any(_TRAINING_ENTRY.search(PurePosixPath(w).stem) for w in programs)


def _adapter(args: dict[str, str]) -> bool:
    if _ADAPTER_ARGS & args.keys():
        return True
    return any("lora" in args.get(k, "").lower() for k in ("finetuning_type", "adapter", "peft"))


# --- Python --------------------------------------------------------------------------------------


def trains_in_python(text: str) -> bool:
    """Whether a Python script trains (a trainer, training arguments, a PEFT model, `.train()`)."""
    return _PY_TRAINS.search(text) is not None


def _python(text: str) -> Iterator[Found]:
    yield from adapter_bases(text)  # a model loaded, then this adapter put onto it
    if not trains_in_python(text) and _PY_SAVES.search(text) is None:
        return
    relation = "adapter" if _PY_ADAPTER.search(text) else "finetune"
    spots = [m for pattern in (_PY_ASSIGN, _PY_ARGPARSE, _PY_LOAD) for m in pattern.finditer(text)]
    for spot in sorted(spots, key=lambda m: m.start()):
        line = text.count("\n", 0, spot.start()) + 1
        row = text.splitlines()[line - 1] if text else ""
        yield spot.group("ref"), relation, line, trim_quote(" ".join(row.split()))
    for load in _PY_LOAD_NAME.finditer(text):
        name = re.escape(load.group("name"))
        constant = re.search(rf"^\s*{name}\s*(?::\s*str)?\s*=\s*{_PY_VALUE}", text, re.MULTILINE)
        if constant is not None and constant.start() < load.start():
            line = text.count("\n", 0, load.start()) + 1
            row = " ".join(text.splitlines()[line - 1].split())
            quote = f"{' '.join(constant.group(0).split())}; {row}"
            yield constant.group("ref"), relation, line, trim_quote(quote)
