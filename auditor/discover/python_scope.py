"""What names mean in one Python module, for model discovery: imports, string constants, SDK
clients, and the plain string an expression evaluates to.

Used by `python`, which reads the module's calls through a ModuleScope.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from auditor.discover.sdk import (
    AMBIGUOUS,
    BARE_CONSTRUCTORS,
    CONSTRUCTORS,
    ENDPOINT_KEYWORDS,
    NOT_A_CLIENT,
    OFFICIAL_ENDPOINTS,
    SDK_MODULES,
    Client,
)


@dataclass
class ModuleScope:
    """The names one module binds: imports, module-level string constants, SDK clients."""

    imports: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str | None] = field(default_factory=dict)
    clients: dict[str, Client] = field(default_factory=dict)
    sdks: list[str] = field(default_factory=list)  # SDKs the module imports, sorted

    def note_sdks(self) -> None:
        """Work out which SDKs the imports noted so far bring in."""
        self.sdks = sorted(
            {
                sdk
                for origin in self.imports.values()
                for module, sdk in SDK_MODULES.items()
                if origin == module or origin.startswith(f"{module}.")
            }
        )

    def note_import(self, node: ast.AST) -> None:
        """Remember what an import binds each name to."""
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self.imports[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    self.imports[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                self.imports[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def note_constant(self, statement: ast.stmt) -> None:
        """Remember a module-level string constant; one assigned two values is ambiguous."""
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            return
        text = self.string(value)
        for target in targets:
            if isinstance(target, ast.Name):
                known = target.id in self.constants
                if known and self.constants[target.id] != text:
                    self.constants[target.id] = None  # assigned twice: ambiguous
                elif not known:
                    self.constants[target.id] = text

    def note_client(self, node: ast.AST) -> None:
        """Remember the SDK client an assignment, `with` or annotated parameter binds."""
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            targets: list[ast.expr] = (
                list(node.targets) if isinstance(node, ast.Assign) else [node.target]
            )
            self._bind(targets, self.constructed(node.value))
        elif isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                if isinstance(item.context_expr, ast.Call) and item.optional_vars is not None:
                    self._bind([item.optional_vars], self.constructed(item.context_expr))
        elif isinstance(node, ast.arg) and node.annotation is not None:
            client = self._client_class(self.qualify(dotted_name(node.annotation)))
            if client is not None:
                self._bind([ast.Name(id=node.arg)], client)

    def _bind(self, targets: list[ast.expr], client: Client) -> None:
        for target in targets:
            name = dotted_name(target)
            if name is None:
                continue
            known = self.clients.get(name)
            self.clients[name] = client if known is None or known == client else AMBIGUOUS

    def constructed(self, call: ast.Call) -> Client:
        """The client a constructor call makes, or NOT_A_CLIENT."""
        qualified = self.qualify(dotted_name(call.func))
        if qualified is None:
            return NOT_A_CLIENT
        if qualified.rsplit(".", 1)[-1] == "client" and call.args:
            service = self.string(call.args[0])  # boto3.client("bedrock-runtime"), session.client
            return (
                Client("bedrock", "aws_bedrock") if service == "bedrock-runtime" else NOT_A_CLIENT
            )
        client = self._client_class(qualified)
        if client is None:
            return NOT_A_CLIENT
        keywords = {kw.arg: kw.value for kw in call.keywords if kw.arg}
        if client.sdk == "gemini" and is_true(keywords.get("vertexai")):
            return Client("gemini", "google_vertex_ai")
        for name in ENDPOINT_KEYWORDS & keywords.keys():
            endpoint = self.string(keywords[name])
            if endpoint is None or not endpoint.startswith(OFFICIAL_ENDPOINTS):
                return Client(client.sdk, None)
        return client

    def _client_class(self, qualified: str | None) -> Client | None:
        if qualified is None:
            return None
        module, _, cls = qualified.rpartition(".")
        found = CONSTRUCTORS.get((module, cls)) if module else BARE_CONSTRUCTORS.get(cls)
        return Client(*found) if found is not None else None

    # --- values ----------------------------------------------------------------------------

    def qualify(self, dotted: str | None) -> str | None:
        """A dotted name with its first part replaced by what the import bound it to."""
        if dotted is None:
            return None
        first, dot, rest = dotted.partition(".")
        origin = self.imports.get(first)
        if origin is None:
            return dotted
        return f"{origin}{dot}{rest}"

    def string(self, node: ast.expr | None, depth: int = 0) -> str | None:
        """The string a node evaluates to, when that is plain: a literal, a module constant,
        or the default of `os.getenv` / `os.environ.get`."""
        if node is None or depth > 4:
            return None
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else None
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        if isinstance(node, ast.Call) and self.qualify(dotted_name(node.func)) in (
            "os.getenv",
            "os.environ.get",
        ):
            default = node.args[1] if len(node.args) > 1 else keyword_value(node, "default")
            return self.string(default, depth + 1)
        return None

    def client_at(self, root: ast.expr, root_name: str | None, attrs: list[str]) -> Client | None:
        """The client `root.attrs` names; None when unknown, NOT_A_CLIENT when it is not one."""
        if root_name is None:
            return self.constructed(root) if isinstance(root, ast.Call) and not attrs else None
        dotted = ".".join([root_name, *attrs])
        if dotted in self.clients:
            found = self.clients[dotted]
            return None if found == AMBIGUOUS else found
        qualified = self.qualify(dotted)
        if qualified == "openai":  # the module-level client of openai>=1 and the openai<1 API
            return Client("openai", "openai_api")
        if not attrs and root_name in self.imports:
            return NOT_A_CLIENT  # some other imported module or class
        return None


def attribute_chain(node: ast.expr) -> tuple[ast.expr, list[str]]:
    """`a.b.c` -> (Name a, ["b", "c"]); iterative, so long chains cannot overflow the stack."""
    attrs: list[str] = []
    while isinstance(node, ast.Attribute):
        attrs.append(node.attr)
        node = node.value
    attrs.reverse()
    return node, attrs


def dotted_name(node: ast.expr) -> str | None:
    """`a.b.c` as text, or None when the chain does not start at a name."""
    root, attrs = attribute_chain(node)
    if not isinstance(root, ast.Name):
        return None
    return ".".join([root.id, *attrs])


def keyword_value(call: ast.Call, name: str) -> ast.expr | None:
    """The value passed to a call as keyword `name`."""
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def is_true(node: ast.expr | None) -> bool:
    """The literal `True`."""
    return isinstance(node, ast.Constant) and node.value is True
