"""Parses a configuration file's text as JSON or as bounded YAML (`card_yaml`), for the readers
of training configurations (lineage/train_configs.py, training/stated_configs.py): a text that
does not parse is no data, never an error."""

from __future__ import annotations

import json

from auditor.fileio.card_yaml import YamlProblem, load_yaml


def parse_json_or_yaml(text: str, *, as_json: bool) -> object:
    """The value of a configuration's text, read as JSON when `as_json` (the caller knows the
    file's kind from its name), else as YAML; None when it does not parse."""
    if as_json:
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return None
    try:
        return load_yaml(text).value
    except (YamlProblem, ValueError, RecursionError):
        return None
