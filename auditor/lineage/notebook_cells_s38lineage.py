"""The code of a Jupyter notebook kept beside the weights, as a Python script. Pure.

A fine-tune is often made in a notebook (Unsloth's, Colab's) saved with the model
(`notebooks/finetune.ipynb`): its code cells load the starting model
(`FastLanguageModel.from_pretrained(model_name = "org/name")`) and the data
(`load_dataset("org/name", split = "train")`) as a training script does, so they are read as
one (script_parents.py for the parent, training/stated_configs.py for the data). Only code
cells count: a markdown cell's words are a description, not what ran; a cell's outputs are
what it printed. Line numbers are those of the joined code, each cell on its own lines.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

NOTEBOOK_SUFFIX = ".ipynb"
MAX_NOTEBOOK_CHARS = 64 << 10
MAX_CELLS = 200
_MAGIC = ("%", "!")  # `%pip install ...`, `!pip install ...`: shell, not Python


def is_notebook(path: str) -> bool:
    """A Jupyter notebook, by its suffix."""
    return PurePosixPath(path).suffix.lower() == NOTEBOOK_SUFFIX


def notebook_code(text: str) -> str | None:
    """The notebook's code cells joined as one Python text (magics and shell lines blanked,
    so the line count holds), or None when the text is not a notebook."""
    if len(text) > MAX_NOTEBOOK_CHARS:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    pieces: list[str] = []
    for cell in cells[:MAX_CELLS]:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source")
        if isinstance(source, list):
            source = "".join(part for part in source if isinstance(part, str))
        if not isinstance(source, str):
            continue
        lines = source.splitlines()
        pieces.extend("" if line.lstrip().startswith(_MAGIC) else line for line in lines)
        pieces.append("")
    return "\n".join(pieces)
