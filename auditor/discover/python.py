"""Model discovery in Python source: calls that load or name a model, read with `ast`.

What the module's names mean (imports, constants, SDK clients) is read first, by `python_scope`.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass, field

from auditor.discover.python_scope import (
    ModuleScope,
    attribute_chain,
    keyword_value,
)
from auditor.discover.refs import (
    DiscoveryProblem,
    ModelReference,
    api_ref,
    gguf_ref,
    hub_ref,
    model_target,
    source_line,
    split_lines,
    with_revision,
)
from auditor.discover.sdk import DEFAULT_PROVIDER, HOW_SDK, METHODS, Client
from auditor.fileio.lazy_pattern import lazy_pattern
from auditor.model import SourceKind

_MODEL_KWARGS = ("pretrained_model_name_or_path", "model_name_or_path", "repo_id", "model_id")


# Words every construct read here contains: a module without any is not parsed at all.
_TRIGGERS = lazy_pattern(
    r"from_pretrained|pipeline|_download|SentenceTransformer|CrossEncoder|InferenceClient"
    r"|LLM|GenerativeModel|model|(?i:\.gguf)"
)


def parse_python(text: str, file: str) -> tuple[list[ModelReference], list[DiscoveryProblem]]:
    """Model references in Python source; a file that does not parse is one problem.

    Modules that mention none of the constructs read (no "model", "from_pretrained",
    "pipeline", ".gguf", ...) are skipped unparsed, so their syntax errors go unreported.
    """
    if not _TRIGGERS.search(text):
        return [], []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning for "\d" and the like
            tree = ast.parse(text, filename=file)
    except SyntaxError as err:
        message = f"not valid Python ({err.msg}); skipped"
        return [], [DiscoveryProblem(file, err.lineno, message)]
    except (ValueError, RecursionError, MemoryError) as err:
        message = f"cannot be parsed as Python ({type(err).__name__}); skipped"
        return [], [DiscoveryProblem(file, None, message)]
    reader = _Reader(file, split_lines(text))
    reader.read(tree)
    return reader.found, []


@dataclass
@dataclass
class _Reader:
    """Reads one module: its names first (a ModuleScope), then every call."""

    file: str
    lines: list[str]
    scope: ModuleScope = field(default_factory=ModuleScope)
    consumed: set[int] = field(default_factory=set)  # ids of string nodes already reported
    found: list[ModelReference] = field(default_factory=list)

    def read(self, tree: ast.Module) -> None:
        calls: list[ast.Call] = []
        strings: list[tuple[ast.Constant, str]] = []
        binders: list[ast.AST] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                self.scope.note_import(node)
            elif isinstance(node, ast.Call):
                calls.append(node)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.append((node, node.value))
            elif isinstance(node, ast.JoinedStr):  # f"{name}-q4.gguf": a piece, not a path
                self.consumed.update(id(value) for value in node.values)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.With | ast.AsyncWith | ast.arg):
                binders.append(node)
        self.scope.note_sdks()
        for statement in tree.body:
            self.scope.note_constant(statement)
        for node in binders:
            self.scope.note_client(node)
        for call in calls:
            self._call(call)
            self._gguf_keywords(call)
        for string, value in strings:
            # A literal path to a .gguf file; a bare file name ("x.gguf") counts only where a
            # model is passed (_gguf_keywords), as tests and helpers use such names freely.
            if id(string) not in self.consumed and "/" in value and gguf_ref(value) is not None:
                self.consumed.add(id(string))
                self._add(SourceKind.GGUF, value.strip(), string, "gguf-path")

    def _gguf_keywords(self, call: ast.Call) -> None:
        """`Llama(model_path="x.gguf")`, `GPT4All(model_name=NAME)`: a model keyword's GGUF file."""
        for keyword in call.keywords:
            if keyword.arg is None or "model" not in keyword.arg.lower():
                continue
            if id(keyword.value) in self.consumed:
                continue
            value = self.scope.string(keyword.value)
            if value is not None and gguf_ref(value) is not None:
                self.consumed.add(id(keyword.value))
                self._add(SourceKind.GGUF, value.strip(), keyword.value, "gguf-path")

    def _call(self, call: ast.Call) -> None:
        root, attrs = attribute_chain(call.func)
        root_name = root.id if isinstance(root, ast.Name) else None
        name = attrs[-1] if attrs else root_name
        if name is None:
            return
        qualified = self.scope.qualify(".".join([root_name, *attrs])) if root_name else None

        def comes_from(*modules: str) -> bool:
            """Imported from one of `modules`, or not imported at all (a snippet)."""
            if root_name is None or root_name not in self.scope.imports:
                return True
            return qualified is not None and qualified.startswith(modules)

        if name == "from_pretrained":
            receiver = attrs[-2] if len(attrs) > 1 else (root_name or "")
            how = "AutoModel*" if receiver.startswith("AutoModel") else "from_pretrained"
            self._load(call, _argument(call, 0, _MODEL_KWARGS), how)
        elif name == "pipeline" and comes_from("transformers."):
            self._load(call, _argument(call, 1, ("model",)), "pipeline(model=)")
        elif name in ("hf_hub_download", "snapshot_download") and comes_from("huggingface_hub."):
            repo_type = self.scope.string(keyword_value(call, "repo_type"))
            if repo_type in (None, "model"):
                self._load(call, _argument(call, 0, ("repo_id",)), name)
        elif name in ("SentenceTransformer", "CrossEncoder") and comes_from(
            "sentence_transformers."
        ):
            self._load(call, _argument(call, 0, ("model_name_or_path", "model_name")), name)
        elif name in ("InferenceClient", "AsyncInferenceClient") and comes_from("huggingface_hub."):
            self._load(call, _argument(call, 0, ("model",)), name, hub_only=True)
        elif qualified == "vllm.LLM":
            self._load(call, _argument(call, 0, ("model",)), "vllm.LLM")
        elif name == "GenerativeModel" and comes_from("google.", "vertexai."):
            vertex = (qualified or "").startswith("vertexai.")
            provider = "google_vertex_ai" if vertex else "google_gemini_api"
            self._api(_argument(call, 0, ("model_name", "model")), Client("gemini", provider))
        elif attrs:
            self._sdk_call(call, root, root_name, attrs)

    def _load(self, call: ast.Call, arg: ast.expr | None, how: str, hub_only: bool = False) -> None:
        """A call that loads model files: Hub repo, local folder or GGUF file."""
        if how in ("hf_hub_download", "from_pretrained", "AutoModel*"):
            inside = [
                keyword_value(call, "filename"),
                keyword_value(call, "gguf_file"),
                *call.args[1:2],
            ]
            # a file inside the repo, not a path of ours
            self.consumed.update(id(node) for node in inside if node is not None)
        value = self.scope.string(arg)
        if arg is None or value is None:
            return
        target = model_target(value)
        if target is None or (hub_only and target[0] is not SourceKind.HUB):
            return
        kind, ref = target
        if kind is SourceKind.HUB:
            ref = with_revision(ref, self.scope.string(keyword_value(call, "revision")))
        self.consumed.add(id(arg))
        self._add(kind, ref, arg, how)

    def _sdk_call(
        self, call: ast.Call, root: ast.expr, root_name: str | None, attrs: list[str]
    ) -> None:
        """`client.chat.completions.create(model=...)` and the like."""
        for size in range(len(attrs) - 1, -1, -1):
            client = self.scope.client_at(root, root_name, attrs[:size])
            if client is None:
                continue
            tail = ".".join(attrs[size:])
            if client.sdk and tail in METHODS[client.sdk]:
                self._api(_model_keyword(call, client.sdk), client)
            return
        self._guess_sdk_call(call, root_name, attrs)

    def _guess_sdk_call(self, call: ast.Call, root_name: str | None, attrs: list[str]) -> None:
        """A client of unknown origin (a parameter, an attribute): trust a unique SDK method."""
        if keyword_value(call, "modelId") is not None and attrs[-1] in METHODS["bedrock"]:
            self._api(keyword_value(call, "modelId"), Client("bedrock", "aws_bedrock"))
            return
        for skip in (0, 1):
            tail = ".".join(attrs[skip:])
            owners = [sdk for sdk in self.scope.sdks if tail in METHODS[sdk]]
            if len(owners) == 1 and tail:
                sdk = owners[0]
                self._api(_model_keyword(call, sdk), Client(sdk, DEFAULT_PROVIDER[sdk]))
                return
            if root_name != "self":
                return  # only `self.<client>.<method>` may skip a part

    def _api(self, arg: ast.expr | None, client: Client) -> None:
        value = self.scope.string(arg)
        if arg is None or value is None:
            return
        how = HOW_SDK[client.sdk]
        if client.provider is None:  # a custom endpoint: report only what the Hub names
            found = hub_ref(value)
            if found is not None:
                self.consumed.add(id(arg))
                self._add(SourceKind.HUB, found, arg, how)
            return
        ref = api_ref(client.provider, value)
        if ref is not None:
            self.consumed.add(id(arg))
            self._add(SourceKind.API, ref, arg, how)

    def _add(self, kind: SourceKind, ref: str, node: ast.expr, how: str) -> None:
        line = getattr(node, "lineno", 1)
        self.found.append(
            ModelReference(
                ref=ref,
                file=self.file,
                line=line,
                kind=kind,
                how=how,
                text=source_line(self.lines, line),
            )
        )


def _argument(call: ast.Call, position: int, names: tuple[str, ...]) -> ast.expr | None:
    """A keyword argument by any of `names`, else the positional one (no *args before it)."""
    for name in names:
        found = keyword_value(call, name)
        if found is not None:
            return found
    if len(call.args) > position and not any(
        isinstance(arg, ast.Starred) for arg in call.args[: position + 1]
    ):
        return call.args[position]
    return None


def _model_keyword(call: ast.Call, sdk: str) -> ast.expr | None:
    return keyword_value(call, "modelId" if sdk == "bedrock" else "model")
