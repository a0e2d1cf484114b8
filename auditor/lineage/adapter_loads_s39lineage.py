"""The base an adapter is loaded onto, in a script or notebook shipped beside it. Pure.

An adapter's repo often keeps the code that runs it rather than the code that trained it
(`inference.ipynb`, `demo.py`): a Hub model is loaded into a variable, and the adapter is then
put onto that same variable:

    pipe = AutoPipelineForText2Image.from_pretrained("org/base", torch_dtype=...)
    pipe.load_lora_weights("./my_lora")

    model = AutoModelForCausalLM.from_pretrained("org/base")
    model = PeftModel.from_pretrained(model, "./adapter")   # or model.load_adapter(...)

The model loaded is the one the adapter runs on: its base (relation `adapter`). Only a
variable that both gets a Hub `org/name` from `from_pretrained(...)` and then gets the adapter
counts: a model merely loaded beside it (a tokenizer, a judge, a reference model) is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.licenses.text.layout import trim_quote

_REF = r"(?P<q>[\"'])(?P<ref>[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?P=q)"
_LOAD = lazy_pattern(
    r"^\s*(?P<var>[A-Za-z_]\w{0,40})\s*(?::\s*[\w.\[\]]{1,40})?=\s*[\w.]{1,80}"
    rf"\.from_pretrained\(\s*(?:pretrained_model_name_or_path\s*=\s*)?{_REF}",
    re.MULTILINE,
)
_ADAPTER_CALLS = r"load_lora_weights|load_adapter|set_adapters|fuse_lora|load_attn_procs"
"""Methods that put an adapter onto the model they are called on (diffusers, transformers)."""


def adapter_bases(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(ref, "adapter", line, quote) for each Hub model the text loads and then puts an
    adapter onto."""
    if "from_pretrained" not in text:
        return
    for load in _LOAD.finditer(text):
        var = re.escape(load.group("var"))
        onto = re.compile(
            rf"(?<![\w.]){var}\.(?:{_ADAPTER_CALLS})\("
            rf"|\b(?:PeftModel|PeftModelForCausalLM|AutoPeftModel\w*)\.from_pretrained\(\s*{var}\s*,"
        )
        if onto.search(text, load.end()) is None:
            continue
        line = text.count("\n", 0, load.start()) + 1
        row = text.splitlines()[line - 1]
        yield load.group("ref"), "adapter", line, trim_quote(" ".join(row.split()))
