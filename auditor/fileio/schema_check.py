"""Checks a user's YAML against a JSON Schema: every error as a pointer and a plain sentence.

The schemas carry their own words: `title` names a value ("rule", "license kind") and the
`x-expected` annotation says in words what a valid one looks like where the schema's keywords
would read badly (a pattern, a choice of shapes). jsonschema is imported on first use only.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.fileio.located_yaml import LocatedYaml, Pointer

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

SchemaProblem = tuple[Pointer, str]

# Format checkers jsonschema imports with itself when their packages are installed (the
# cyclonedx validation extra brings them). Our schemas check no `format`, and rfc3987_syntax
# alone compiles a grammar for ~2 s at import, so they are kept out of that first import.
_FORMAT_PACKAGES = (
    "fqdn",
    "idna",
    "isoduration",
    "jsonpointer",
    "rfc3339_validator",
    "rfc3986_validator",
    "rfc3987",
    "rfc3987_syntax",
    "uri_template",
    "webcolors",
)
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "nothing (null)",
}


def did_you_mean(word: str, choices: list[str] | tuple[str, ...], cutoff: float = 0.75) -> str:
    """` (did you mean 'x'?)` for the nearest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_schema(doc: LocatedYaml, schema_path: Path) -> list[SchemaProblem]:
    """Every way `doc.data` breaks the schema, as (pointer, sentence), in document order.

    A document found valid is remembered (`_Valid`): the CI gate reads the same manifest run
    after run, and importing jsonschema alone costs a warm gate about a fifth of its start."""
    valid = _Valid(doc, schema_path)
    if valid.known():
        return []
    found = _check(doc, schema_path)
    if not found:
        valid.remember()
    return found


class _Valid:
    """An empty file per (tool version, schema text, document data) found valid, in the
    analysis cache folder (`AUDITOR_CACHE_DIR`): the same bytes against the same schema are
    valid again. Best effort: a cache that cannot be read or written is checked as usual."""

    def __init__(self, doc: LocatedYaml, schema_path: Path) -> None:
        self.marker: Path | None = None
        try:
            data = json.dumps(doc.data, sort_keys=True, ensure_ascii=False, allow_nan=False)
            schema = schema_path.read_bytes()
        except (TypeError, ValueError, OSError, RecursionError):
            return  # not plain JSON data (the check says why), or no schema to read
        from auditor import __version__
        from auditor.resources import default_cache_dir

        digest = hashlib.sha256()
        for part in (__version__.encode(), schema, data.encode("utf-8", "surrogatepass")):
            digest.update(len(part).to_bytes(8, "big") + part)
        key = digest.hexdigest()
        self.marker = default_cache_dir() / "valid-documents" / key[:2] / key

    def known(self) -> bool:
        return self.marker is not None and self.marker.is_file()

    def remember(self) -> None:
        if self.marker is None:
            return
        with contextlib.suppress(OSError):
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.touch()


def _check(doc: LocatedYaml, schema_path: Path) -> list[SchemaProblem]:
    validator = _validator(schema_path)
    root = validator.schema if isinstance(validator.schema, Mapping) else {}
    data: Any = doc.data  # plain YAML values: what JSON holds, plus nothing else
    found: list[SchemaProblem] = []
    for error in validator.iter_errors(data):
        found.extend(_explain(error, root))
    return found


def located(doc: LocatedYaml, problems: list[SchemaProblem]) -> list[tuple[int | None, str]]:
    """The problems as (line, sentence), each on the line of the key or item it is about."""
    return [(doc.key_line(pointer), message) for pointer, message in problems]


@cache
def _validator(schema_path: Path) -> Validator:
    jsonschema = _import_jsonschema()
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    # No check_schema here: it costs more than the check itself; tests check our schemas.
    validator: Validator = jsonschema.validators.validator_for(schema)(schema)
    return validator


def _import_jsonschema() -> Any:
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"]
    blocked = [name for name in _FORMAT_PACKAGES if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # None makes `import name` fail
    try:
        import jsonschema
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return jsonschema


# --- from a jsonschema error to a sentence ----------------------------------------------------


def _explain(error: ValidationError, root: Mapping[str, Any]) -> Iterator[SchemaProblem]:
    path: Pointer = tuple(error.absolute_path)
    kind = error.validator
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    value = error.instance
    if kind in ("oneOf", "anyOf"):
        branch = _meant_branch(error)
        if branch is not None:
            for inner in branch:
                yield from _explain(inner, root)
            return
        yield path, _no_branch_fits(error, schema, root)
        return
    if "propertyNames" in error.absolute_schema_path:
        # the error is about a key: jsonschema reports it at the mapping, with the key as value
        path = (*path, str(value))
    if kind == "additionalProperties" and isinstance(value, Mapping):
        known = [str(k) for k in schema.get("properties", {})]
        where = f" in {_label(schema, path)}" if path else ""
        for key in value:
            if key not in known:
                yield (
                    (*path, key),
                    f"unknown key {key!r}{where}{did_you_mean(str(key), known)} "
                    f"(expected one of: {', '.join(known)})",
                )
        return
    if kind == "required" and isinstance(value, Mapping):
        yield path, _missing(error, schema, path, root)
        return
    yield path, _sentence(error, schema, path, root)


def _meant_branch(error: ValidationError) -> list[ValidationError] | None:
    """The errors of the one alternative the author evidently meant, or None when unclear.

    An alternative whose type does not fit was not meant; among the rest, one missing a
    required key or with another value at its top was not meant either.
    """
    branches: dict[object, list[ValidationError]] = {}
    for inner in error.context or ():
        branches.setdefault(inner.relative_schema_path[0], []).append(inner)

    def misses(errors: list[ValidationError], kinds: tuple[str, ...]) -> bool:
        return any(e.validator in kinds and not e.relative_path for e in errors)

    fitting = [b for b in branches.values() if not misses(b, ("type",))]
    if len(fitting) > 1:
        fitting = [b for b in fitting if not misses(b, ("required", "const", "enum", "pattern"))]
    return fitting[0] if len(fitting) == 1 else None


def _no_branch_fits(
    error: ValidationError, schema: Mapping[str, Any], root: Mapping[str, Any]
) -> str:
    value = error.instance
    expected = _expected(schema, root)
    words = _enum_words(schema, root)
    if isinstance(value, str) and words and "title" in schema:
        hint = did_you_mean(value, words)
        return f"unknown {schema['title']} {value!r}{hint} ({expected})"
    label = _label(schema, tuple(error.absolute_path))
    if isinstance(value, Mapping) and value:
        return f"{label} must be {expected} (got: {', '.join(map(str, value))})"
    return f"{label} must be {expected}, not {_show(value)}"


def _missing(
    error: ValidationError, schema: Mapping[str, Any], path: Pointer, root: Mapping[str, Any]
) -> str:
    # jsonschema reports each missing key as its own error, naming it only in the message
    required: Any = error.validator_value
    instance: Any = error.instance
    absent = [k for k in required if k not in instance]
    key = next((k for k in absent if error.message.startswith(repr(k))), absent[0])
    prop = _resolve(schema.get("properties", {}).get(key, {}), root)
    shown = f"`{key}: {json.dumps(prop['const'])}`" if "const" in prop else f"`{key}`"
    if "enum" in prop:
        shown += f" (one of: {', '.join(map(str, prop['enum']))})"
    if not path or "title" not in schema:
        return f"missing {shown}"
    return f"{schema['title']} without {shown}"


def _sentence(
    error: ValidationError, schema: Mapping[str, Any], path: Pointer, root: Mapping[str, Any]
) -> str:
    kind = error.validator
    value = error.instance
    label = _label(schema, path)
    noun = schema.get("title") or _last_key(path) or "value"
    if kind == "enum":
        choices: Any = error.validator_value
        words = [str(w) for w in choices]
        hint = did_you_mean(str(value), words)
        return f"unknown {noun} {_show(value)}{hint} (one of: {', '.join(words)})"
    if kind == "const":
        return f"unsupported {noun} {_show(value)}; expected {json.dumps(error.validator_value)}"
    if kind == "type":
        expected = schema.get("x-expected") or _type_words(error.validator_value)
        return f"{label} must be {expected}, not {_show(value)}{_yaml_bool_hint(value, error)}"
    if kind == "minItems" and isinstance(value, list) and not value:
        return f"{label} is empty (a non-empty list is required)"
    if kind == "not":
        return f"{label} cannot be {_show(value)}: {_expected(error.validator_value, root)}"
    if kind in ("minProperties", "maxProperties") and isinstance(value, Mapping):
        keys = ", ".join(map(str, value)) or "none"
        return f"{label} must be {_expected(schema, root)} (got: {keys})"
    if kind in ("pattern", "minLength", "maxLength", "minimum", "maximum", "minItems"):
        return f"{label} must be {_expected(schema, root)}, not {_show(value)}"
    return f"{label}: {error.message}"


def _yaml_bool_hint(value: object, error: ValidationError) -> str:
    """YAML 1.1 reads some unquoted words as true or false: a country code NO (Norway) or ON
    arrives as a boolean where text was meant. Say so when text was expected."""
    types = error.validator_value
    wanted = [types] if isinstance(types, str) else list(types) if isinstance(types, list) else []
    if not isinstance(value, bool) or "string" not in wanted:
        return ""
    words = "yes, on or y" if value else "no, off or n"
    read = str(value).lower()
    return f" (YAML reads an unquoted {words}, in any case, as {read}: quote it, 'NO' for Norway)"


def _label(schema: Mapping[str, Any], path: Pointer) -> str:
    if "title" in schema:
        return str(schema["title"])
    key = _last_key(path)
    if key is None:
        return "the document"
    return f"`{key}`" if isinstance(path[-1], str) else f"an item of `{key}`"


def _last_key(path: Pointer) -> str | None:
    return next((str(p) for p in reversed(path) if isinstance(p, str)), None)


def _expected(schema: object, root: Mapping[str, Any]) -> str:
    """What a valid value looks like, in words."""
    schema = _resolve(schema, root)
    if "x-expected" in schema:
        return str(schema["x-expected"])
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        return "one of: " + ", ".join(map(str, schema["enum"]))
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " or ".join(_expected(branch, root) for branch in schema[key])
    words = _type_words(schema.get("type", []))
    if schema.get("minLength", 0) >= 1 and words == "text":
        words = "non-empty text"
    if schema.get("minItems", 0) >= 1 and words == "a list":
        words = "a non-empty list"
    if "minimum" in schema:
        words += f" >= {schema['minimum']}"
    if "pattern" in schema:
        words += f" matching {schema['pattern']}"
    return words or "valid"


def _type_words(types: object) -> str:
    names = [types] if isinstance(types, str) else list(types) if isinstance(types, list) else []
    return " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in names)


def _enum_words(schema: Mapping[str, Any], root: Mapping[str, Any]) -> list[str]:
    words: list[str] = []
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            words += [str(w) for w in _resolve(branch, root).get("enum", [])]
    return words


def _resolve(schema: object, root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local `$ref` (`#/$defs/name`); other schemas come back as they are."""
    if not isinstance(schema, Mapping):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        return _resolve(target, root)
    return schema


def _show(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, Mapping):
        return "a mapping" if value else "an empty mapping"
    if isinstance(value, list):
        return "a list" if value else "an empty list"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
