"""Model discovery: every pattern of the sample codebase, the decoys it must skip, the walk's
bounds, the manifest comparison and starter, and the CI integration files."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from auditor.cli.main import app
from auditor.discover.python import parse_python
from auditor.discover.refs import api_ref, assignment_target, gguf_ref, hub_ref
from auditor.discover.scan import (
    MAX_FILE_BYTES,
    DiscoveryResult,
    ModelReference,
    discover,
    file_kind,
    missing_from_manifest,
    parse_file,
    render_discovery_json,
    render_discovery_text,
    starter_manifest,
)
from auditor.discover.sdk import PROVIDER_KEYS
from auditor.errors import UsageError
from auditor.fileio.located_yaml import parse_located_yaml
from auditor.gate.manifest import parse_manifest
from auditor.knowledge.providers import load_providers, parse_api_ref
from auditor.model import SourceKind
from auditor.report.formats import ReportFormat
from auditor.sources.base import parse_target

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample_codebase"

H, A, G, L = SourceKind.HUB, SourceKind.API, SourceKind.GGUF, SourceKind.LOCAL
LLAMA_SHA = "0e9e39f249a16976918f6564b8830bc894c89659"
EXPECTED = [
    ("microsoft/Phi-3-mini-4k-instruct", ".env", 2, H, "env"),
    ("api:openai_api/gpt-4o-mini", ".env", 3, A, "env"),
    ("api:anthropic_api/claude-3-5-haiku-latest", ".env", 4, A, "env"),
    ("/models/llama-3.2-1b-instruct-q4_k_m.gguf", ".env", 5, G, "env"),
    ("google/gemma-2-9b-it", "Dockerfile", 2, H, "env"),
    (
        "meta-llama/Llama-3.2-1B-Instruct@9213176726f574b556790deb65791e0c5aa438b6",
        "Dockerfile",
        4,
        H,
        "huggingface-cli download",
    ),
    ("TheBloke/Mistral-7B-Instruct-v0.2-GGUF@main", "Dockerfile", 5, H, "hf download"),
    ("models/tinyllama-1.1b-chat.Q4_K_M.gguf", "Dockerfile", 9, G, "gguf-path"),
    ("Qwen/Qwen2.5-1.5B-Instruct", "Dockerfile", 10, H, "vllm serve"),
    ("api:openai_api/gpt-4o", "app/chat.py", 17, A, "openai-model"),
    ("api:openai_api/gpt-4.1-mini", "app/chat.py", 20, A, "openai-model"),
    ("api:anthropic_api/claude-sonnet-4-5", "app/chat.py", 26, A, "anthropic-model"),
    ("api:google_gemini_api/gemini-1.5-pro", "app/chat.py", 33, A, "gemini-model"),
    ("api:mistral/mistral-large-latest", "app/chat.py", 38, A, "mistral-model"),
    ("api:cohere/command-r", "app/chat.py", 42, A, "cohere-model"),
    ("api:azure_openai/gpt-4o-mini", "app/cloud.py", 14, A, "openai-model"),
    ("Qwen/Qwen2.5-Coder-7B-Instruct", "app/cloud.py", 16, H, "openai-model"),
    (
        "api:aws_bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
        "app/cloud.py",
        23,
        A,
        "bedrock-model",
    ),
    ("sentence-transformers/all-MiniLM-L6-v2", "app/embed.py", 12, H, "SentenceTransformer"),
    ("facebook/bart-large-cnn", "app/embed.py", 13, H, "pipeline(model=)"),
    (
        "distilbert/distilbert-base-uncased-finetuned-sst-2-english",
        "app/embed.py",
        14,
        H,
        "pipeline(model=)",
    ),
    (
        "cardiffnlp/twitter-roberta-base-sentiment-latest",
        "app/embed.py",
        15,
        H,
        "pipeline(model=)",
    ),
    ("./checkpoints/finetuned", "app/embed.py", 16, L, "AutoModel*"),
    ("meta-llama/Llama-3.1-8B-Instruct", "app/loaders.py", 13, H, "from_pretrained"),
    (f"meta-llama/Llama-3.1-8B-Instruct@{LLAMA_SHA}", "app/loaders.py", 14, H, "AutoModel*"),
    ("mistralai/Mistral-7B-Instruct-v0.3", "app/loaders.py", 20, H, "hf_hub_download"),
    ("TheBloke/Llama-2-7B-GGUF", "app/loaders.py", 23, H, "hf_hub_download"),
    ("Qwen/Qwen2.5-7B-Instruct@a09a3545", "app/loaders.py", 24, H, "snapshot_download"),
    ("models/tinyllama-1.1b-chat.Q4_K_M.gguf", "app/loaders.py", 29, G, "gguf-path"),
    ("HuggingFaceTB/SmolLM2-1.7B-Instruct", "configs/compose.yaml", 5, H, "env"),
    ("api:openai_api/gpt-4o", "configs/compose.yaml", 9, A, "env"),
    ("BAAI/bge-small-en-v1.5", "configs/serve.json", 4, H, "config"),
    ("BAAI/bge-reranker-base", "configs/serve.json", 6, H, "config"),
    ("nomic-ai/nomic-embed-text-v1.5", "configs/settings.toml", 6, H, "config"),
    ("models/phi-3-mini-4k-instruct-q4.gguf", "configs/settings.toml", 9, G, "config"),
    ("mistralai/Mistral-7B-v0.1", "configs/train.yaml", 2, H, "config"),
    ("Qwen/Qwen2.5-72B-Instruct", "configs/train.yaml", 3, H, "config"),
    ("checkpoints/finetuned", "configs/train.yaml", 4, L, "config"),
    ("models/draft.Q8_0.gguf", "configs/train.yaml", 6, G, "config"),
    ("BAAI/bge-m3", "scripts/fetch_models.sh", 4, H, "env"),
    ("openai/whisper-large-v3", "scripts/fetch_models.sh", 5, H, "huggingface-cli download"),
    (
        "stabilityai/stable-diffusion-xl-base-1.0@462165984030d82259a11f4367a4eed129e94a7b",
        "scripts/fetch_models.sh",
        6,
        H,
        "hf download",
    ),
    ("bartowski/Llama-3.2-3B-Instruct-GGUF", "scripts/fetch_models.sh", 7, H, "url"),
    ("models/tinyllama-1.1b-chat.Q4_K_M.gguf", "scripts/fetch_models.sh", 8, G, "gguf-path"),
    ("NousResearch/Hermes-3-Llama-3.1-8B", "scripts/fetch_models.sh", 9, H, "--model"),
]


@pytest.fixture(scope="module")
def sample() -> DiscoveryResult:
    return discover(SAMPLE)


def test_sample_codebase_exact_references(sample: DiscoveryResult) -> None:
    found = [(r.ref, r.file, r.line, r.kind, r.how) for r in sample.references]
    assert found == EXPECTED
    assert sample.problems == ()
    assert sample.root == SAMPLE.resolve()
    assert sample.files_read == 14  # node_modules/ and README.md are not read


def test_sample_codebase_exercises_every_pattern(sample: DiscoveryResult) -> None:
    hows = {r.how for r in sample.references}
    assert hows >= {
        "from_pretrained",
        "AutoModel*",
        "pipeline(model=)",
        "hf_hub_download",
        "snapshot_download",
        "SentenceTransformer",
        "openai-model",
        "anthropic-model",
        "gemini-model",
        "mistral-model",
        "cohere-model",
        "bedrock-model",
        "config",
        "env",
        "huggingface-cli download",
        "hf download",
        "vllm serve",
        "--model",
        "url",
        "gguf-path",
    }
    kinds = {file_kind(r.file) for r in sample.references}
    assert kinds == {"python", "yaml", "json", "toml", "env", "dockerfile", "shell"}
    assert {r.kind for r in sample.references} == {H, A, G, L}


def test_decoys_are_not_reported(sample: DiscoveryResult) -> None:
    assert not [r for r in sample.references if r.file == "app/decoys.py"]
    refs = " ".join(r.ref for r in sample.references)
    for decoy in (
        "ultrachat",  # datasets, in Python, YAML and Dockerfile
        "fineweb",
        "squad",
        "text-generation",  # a task name
        "hidden/never-reported",  # node_modules
        "readme-only-model",  # Markdown is not read
        "acme/",  # hub_model_id (a push target) and example.com URLs
        "1.2",
        "2.0/3",
        "llama-3.1-8b-instant",  # Groq client
        "local-model",  # a custom endpoint with no Hub id
        "application/json",
        "schema/model.json",
        "/var/cache/models",
        "outputs/run-1",
        "whisper-large-v3/",
    ):
        assert decoy not in refs, decoy


def test_text_is_the_stripped_source_line(sample: DiscoveryResult) -> None:
    for reference in sample.references:
        lines = (SAMPLE / reference.file).read_text(encoding="utf-8").splitlines()
        assert reference.text == lines[reference.line - 1].strip()[:200]


def test_refs_are_valid_targets(sample: DiscoveryResult, tmp_path: Path) -> None:
    providers = load_providers()
    for reference in sample.references:
        if reference.kind is H:
            target = parse_target(reference.ref, base_dir=tmp_path)
            assert target.kind is SourceKind.HUB, reference
        elif reference.kind is A:
            provider, _ = parse_api_ref(reference.ref)
            assert provider in providers, reference


def test_every_provider_key_discovery_writes_is_in_the_catalog() -> None:
    assert not PROVIDER_KEYS - set(load_providers())


# --- the walk ------------------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


LOAD = 'from transformers import AutoModel\nAutoModel.from_pretrained("{}")\n'


def test_syntax_error_is_a_problem_and_other_files_still_read(tmp_path: Path) -> None:
    write(tmp_path / "broken.py", 'AutoModel.from_pretrained("org/broken"\n')
    write(tmp_path / "good.py", LOAD.format("org/good"))
    result = discover(tmp_path)
    assert [r.ref for r in result.references] == ["org/good"]
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.file == "broken.py"
    assert problem.line == 1
    assert problem.message.startswith("not valid Python")


def test_symlinks_out_of_the_tree_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside / "secret.py", LOAD.format("org/secret"))
    project = tmp_path / "project"
    write(project / "app.py", LOAD.format("org/inside"))
    (project / "linked.py").symlink_to(outside / "secret.py")
    (project / "linked_dir").symlink_to(outside, target_is_directory=True)
    (project / "inner.py").symlink_to(project / "app.py")  # inside: skipped, no problem
    result = discover(project)
    assert [(r.ref, r.file) for r in result.references] == [("org/inside", "app.py")]
    assert sorted((p.file, p.message) for p in result.problems) == [
        ("linked.py", "symbolic link to outside the scanned folder; not followed"),
        ("linked_dir", "symbolic link to outside the scanned folder; not followed"),
    ]


def test_huge_binary_and_skipped_folders(tmp_path: Path) -> None:
    huge = write(tmp_path / "huge.py", LOAD.format("org/huge"))
    with huge.open("a", encoding="utf-8") as handle:
        handle.write("#" * MAX_FILE_BYTES + "\n")
    (tmp_path / "blob.py").write_bytes(b'MODEL = "org/blob"\x00\x01\x02')
    for folder in (".git", "node_modules", ".venv", "venv", "__pycache__"):
        write(tmp_path / folder / "x.yaml", "model: org/skipped\n")
    write(tmp_path / "weights.bin", "model: org/not-a-config")
    result = discover(tmp_path)
    assert result.references == ()
    assert result.files_read == 0
    messages = {p.file: p.message for p in result.problems}
    assert set(messages) == {"huge.py", "blob.py"}
    assert "over the 2,097,152-byte limit" in messages["huge.py"]
    assert "binary" in messages["blob.py"]


def test_max_files_and_single_file(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / f"m{i}.yaml", f"model: org/m{i}\n")
    result = discover(tmp_path, max_files=2)
    assert [r.ref for r in result.references] == ["org/m0", "org/m1"]
    assert [(p.file, p.message) for p in result.problems] == [
        (".", "stopped after 2 files; 1 more not read")
    ]
    single = discover(tmp_path / "m1.yaml")
    assert [(r.ref, r.file, r.line) for r in single.references] == [("org/m1", "m1.yaml", 1)]
    with pytest.raises(UsageError, match="no such file"):
        discover(tmp_path / "missing")


def test_repo_shaped_folder_of_the_project_is_local(tmp_path: Path) -> None:
    (tmp_path / "outputs" / "run-1").mkdir(parents=True)
    write(tmp_path / "cfg.yaml", "model: outputs/run-1\nbase_model: org/name\n")
    result = discover(tmp_path)
    assert [(r.ref, r.kind) for r in result.references] == [
        ("outputs/run-1", L),
        ("org/name", H),
    ]


# --- Python ----------------------------------------------------------------------------------


def refs_of(source: str) -> list[tuple[str, str]]:
    references, problems = parse_python(source, "m.py")
    assert problems == []
    return [(r.ref, r.how) for r in sorted(references, key=lambda r: (r.line, r.ref))]


# Python snippets and the references each must give: `---` starts a case (the rest of that
# line is a note), `=> ref | how` lines are the expected references in line order.
PYTHON_CASES = """
--- a constant assigned twice is ambiguous
M = "a/b"
M = "c/d"
X.from_pretrained(M)
--- an os.environ.get default is followed
import os
M = os.environ.get("M", "a/b")
X.from_pretrained(M)
=> a/b | from_pretrained
--- a revision constant pins the ref
R = "v1.0"
AutoModelForCausalLM.from_pretrained("a/b", revision=R)
=> a/b@v1.0 | AutoModel*
--- not a literal
AutoTokenizer.from_pretrained(name, revision="main")
--- functions of the same name from other libraries
import dlt
from modelscope import snapshot_download
from mylib import GenerativeModel, pipeline
dlt.pipeline("p", "./pipelines")
snapshot_download("qwen/Qwen2.5-7B-Instruct")
GenerativeModel("gemini-1.5-pro")
pipeline("x", model="a/b")
--- a GGUF file inside a repo is no local path
AutoModel.from_pretrained("a/b", gguf_file="sub/x.gguf")
=> a/b | AutoModel*
--- a bare GGUF name counts where a model keyword takes it
from llama_cpp import Llama
NAME = "x.Q4.gguf"
tmp = path / "y.gguf"
Llama(model_path=NAME)
=> x.Q4.gguf | gguf-path
--- a task alone, or a model that is a variable, names nothing
pipeline("text-generation")
pipeline(task="fill-mask", model=m)
--- datasets are not models
snapshot_download("a/data", repo_type="dataset")
--- a file inside a repo is not a local GGUF path
hf_hub_download("a/b", "x.gguf")
=> a/b | hf_hub_download
---
Llama.from_pretrained(repo_id="a/b-GGUF", filename="*q4.gguf")
=> a/b-GGUF | from_pretrained
--- a piece of an f-string is not a path
name = f"{base}-q4.gguf"
path = "/w/x.gguf"
=> /w/x.gguf | gguf-path
---
CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2")
=> cross-encoder/ms-marco-MiniLM-L-6-v2 | CrossEncoder
--- InferenceClient counts Hub ids only
from huggingface_hub import InferenceClient
InferenceClient(model="a/b")
InferenceClient(model="gpt-4o")
=> a/b | InferenceClient
---
from vllm import LLM
LLM(model="a/b", revision="r1")
=> a/b@r1 | vllm.LLM
---
X.from_pretrained("https://huggingface.co/a/b")
=> a/b | from_pretrained
--- other URLs and file names are not models
X.from_pretrained("https://example.com/a/b")
X.from_pretrained("data/a.json")
--- SDK clients: the openai module-level client
import openai
openai.chat.completions.create(model="gpt-4o")
=> api:openai_api/gpt-4o | openai-model
---
import openai
openai.ChatCompletion.create(model="gpt-3.5-turbo")
=> api:openai_api/gpt-3.5-turbo | openai-model
--- a context manager
from openai import OpenAI
with OpenAI() as c:
    c.embeddings.create(model="text-embedding-3-small")
=> api:openai_api/text-embedding-3-small | openai-model
--- an annotated parameter
from anthropic import Anthropic
def f(c: Anthropic):
    c.messages.create(model="claude-opus-4-1")
=> api:anthropic_api/claude-opus-4-1 | anthropic-model
--- self.<client> of unknown origin, one SDK imported
import anthropic
class A:
    def f(self):
        self.c.messages.create(model="claude-x")
=> api:anthropic_api/claude-x | anthropic-model
---
from anthropic import AnthropicBedrock
AnthropicBedrock().messages.create(model="anthropic.claude-v2")
=> api:aws_bedrock/anthropic.claude-v2 | anthropic-model
---
from anthropic import AnthropicVertex
AnthropicVertex().messages.create(model="claude-3@2024")
=> api:google_vertex_ai/claude-3@2024 | anthropic-model
---
from google import genai
c = genai.Client()
c.models.generate_content(model="gemini-2.0-flash")
=> api:google_gemini_api/gemini-2.0-flash | gemini-model
---
from google import genai
c = genai.Client(vertexai=True)
c.models.generate_content(model="models/gemini-2.0-flash")
=> api:google_vertex_ai/gemini-2.0-flash | gemini-model
---
from vertexai.generative_models import GenerativeModel
GenerativeModel("gemini-1.5-pro")
=> api:google_vertex_ai/gemini-1.5-pro | gemini-model
---
import boto3
s = boto3.Session()
b = s.client("bedrock-runtime")
b.invoke_model(modelId="meta.llama3-8b-instruct-v1:0")
=> api:aws_bedrock/meta.llama3-8b-instruct-v1:0 | bedrock-model
--- modelId is Bedrock-only
def f(brt):
    brt.converse(modelId="amazon.nova-pro-v1:0")
=> api:aws_bedrock/amazon.nova-pro-v1:0 | bedrock-model
---
from openai import OpenAI
c = OpenAI(base_url="https://api.openai.com/v1")
c.responses.create(model="o3")
=> api:openai_api/o3 | openai-model
--- a custom endpoint and no Hub id: not reported
from openai import OpenAI
c = OpenAI(base_url=URL)
c.responses.create(model="o3")
--- another SDK with the same method names
from groq import Groq
c = Groq()
c.chat.completions.create(model="llama3-8b")
--- a module that is not a client
import requests
requests.chat(model="a/b")
--- no SDK imported
def f(c):
    c.chat.completions.create(model="gpt-4o")
--- one SDK imported: its method names decide
import openai
def f(c):
    c.chat.completions.create(model="gpt-4o")
=> api:openai_api/gpt-4o | openai-model
--- two SDKs share the method: no guess
import openai, anthropic
def f(c):
    c.completions.create(model="x-1")
--- a name bound to two clients: the method decides
from openai import OpenAI
from anthropic import Anthropic
def f():
    c = OpenAI()
def g():
    c = Anthropic()
    c.messages.create(model="claude-y")
=> api:anthropic_api/claude-y | anthropic-model
"""


def python_cases() -> list[tuple[str, list[tuple[str, str]]]]:
    """PYTHON_CASES: blocks after `---` lines; `=> ref | how` lines are the expected refs."""
    cases = []
    for block in PYTHON_CASES.split("\n---")[1:]:
        lines = block.split("\n")[1:]
        source = "".join(f"{line}\n" for line in lines if line and not line.startswith("=> "))
        expected = [
            (ref.strip(), how.strip())
            for ref, _, how in (
                line[3:].partition(" | ") for line in lines if line.startswith("=> ")
            )
        ]
        cases.append((source, expected))
    return cases


@pytest.mark.parametrize(("source", "expected"), python_cases())
def test_python_patterns(source: str, expected: list[tuple[str, str]]) -> None:
    assert refs_of(source) == expected


def test_python_problems_and_lines() -> None:
    references, problems = parse_python("model = (\n", "bad.py")
    assert references == []
    assert [(p.file, p.message[:16]) for p in problems] == [("bad.py", "not valid Python")]
    references, problems = parse_python("model = 1\x00\n", "nul.py")
    assert references == []
    assert len(problems) == 1
    assert parse_python("x = (\n", "unrelated.py") == ([], [])  # nothing to look for: unparsed
    source = 'import re\nP = re.compile("\\d")\nX.from_pretrained(\n    "a/b",\n)\n'
    references, problems = parse_python(source, "m.py")  # the invalid escape warns only
    assert [(r.line, r.text) for r in references] == [(4, '"a/b",')]


# --- configs, env, shell ---------------------------------------------------------------------


def refs_in(file: str, text: str) -> list[tuple[str, int, str]]:
    references, _ = parse_file(file, text)
    return [(r.ref, r.line, r.how) for r in references]


def test_config_formats() -> None:
    multi = "model: a/b\n---\nmodels:\n  base_model: [c/d, e/f]\n"
    assert refs_in("x.yml", multi) == [
        ("a/b", 1, "config"),
        ("c/d", 4, "config"),
        ("e/f", 4, "config"),
    ]
    assert refs_in("x.yaml", "train:\n  dataset:\n    repo_id: a/data\nrepo_type: x\n") == []
    assert refs_in("x.yaml", "src:\n  repo_id: a/b\n  repo_type: dataset\n") == []
    assert refs_in("x.json", '{"a": {"model": "a/b"},\n "b": {"model": "a/b"}}') == [
        ("a/b", 1, "config"),
        ("a/b", 2, "config"),
    ]
    toml = '[tool]\nmodel = "gpt-4o"\nembedding_model = "a/b"\n'
    assert refs_in("pyproject.toml", toml) == [("a/b", 3, "config")]
    for name, text in (("x.yaml", "a: [\n"), ("x.json", "{,}"), ("x.toml", "a = \n")):
        references, problems = parse_file(name, text)
        assert references == []
        assert len(problems) == 1
        assert "skipped" in problems[0].message


def test_env_dockerfile_and_shell() -> None:
    env = "export MODEL_ID='a/b'  \nOPENAI_MODEL=gpt-4o # chat\n# HF_MODEL=c/d\nMODEL_DIR=./m\n"
    assert refs_in("prod.env", env) == [
        ("a/b", 1, "env"),
        ("api:openai_api/gpt-4o", 2, "env"),
    ]
    docker = (
        "FROM x\nENV MODEL a/b\nENV A=1 EMBED_MODEL=c/d\nRUN hf download \\\n"
        "    e/f --revision=r2 \\\n    && echo ok\n"
        'ENTRYPOINT ["text-generation-launcher", "--model-id", "g/h"]\n'
    )
    assert refs_in("Dockerfile.gpu", docker) == [
        ("a/b", 2, "env"),
        ("c/d", 3, "env"),
        ("e/f@r2", 5, "hf download"),
        ("g/h", 7, "--model-id"),
    ]
    shell = "python serve.py --model=a/b\nvllm serve ./local/dir\nllama -m 'q 4.gguf'\n"
    assert refs_in("run.sh", shell) == [("a/b", 1, "--model")]
    assert refs_in("run.sh", 'echo "unclosed\nhf download a/b\n') == [("a/b", 2, "hf download")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B"),
        ("hf:org/name@rev", "org/name@rev"),
        ("https://huggingface.co/org/name/resolve/main/x.gguf", "org/name"),
        ("https://hf.co/org/name", "org/name"),
        ("https://huggingface.co/datasets/org/name", None),
        ("https://github.com/org/name", None),
        ("text-generation", None),
        ("./org/name", None),
        ("/org/name", None),
        ("org/name/extra", None),
        ("configs/model.yaml", None),
        ("1.2/3.4", None),
        ("v1/v2", None),
        ("org--x/name", None),
        ("org/name.", None),
        ("org/name@..", None),
        ("a b/c", None),
    ],
)
def test_hub_ref(text: str, expected: str | None) -> None:
    assert hub_ref(text) == expected


def test_small_helpers() -> None:
    assert gguf_ref("models/x.Q4.gguf") == "models/x.Q4.gguf"
    assert gguf_ref("*.gguf") is gguf_ref(".gguf") is gguf_ref("$DIR/x.gguf") is None
    assert api_ref("openai_api", "gpt 4") is None
    assert api_ref("openai_api", "2024") is None
    assert assignment_target("AZURE_OPENAI_MODEL", "gpt-4o") == (A, "api:azure_openai/gpt-4o")
    assert assignment_target("OPENAI_MODEL", "./x") is None
    assert assignment_target("TIMEOUT", "a/b") is None
    assert file_kind("a/Containerfile") == "dockerfile"
    assert file_kind(".env.local") == "env"
    assert file_kind("notes.md") is None


# --- against a manifest ----------------------------------------------------------------------


def reference(ref: str, kind: SourceKind, file: str = "app.py", line: int = 1) -> ModelReference:
    return ModelReference(ref=ref, file=file, line=line, kind=kind, how="test", text="")


def test_missing_from_manifest(tmp_path: Path) -> None:
    manifest = parse_manifest(
        parse_located_yaml(
            "models:\n  - Org/Name@abc\n  - hf:x/y\n  - api:openai_api/gpt-4o\n"
            "  - ./models/w.gguf\n"
        ),
        base_dir=tmp_path / "deploy",
    )
    refs = [
        reference("org/name", H),  # case and revision do not matter
        reference("org/name@other", H),
        reference("x/y@1", H),
        reference("api:openai_api/gpt-4o", A),
        reference("api:openai_api/GPT-4o", A),  # API refs match exactly
        reference("deploy/models/w.gguf", G),  # from the scanned root
        reference("models/w.gguf", G),
        reference("z/z", H),
    ]
    missing = missing_from_manifest(refs, manifest, root=tmp_path)
    assert [r.ref for r in missing] == ["api:openai_api/GPT-4o", "models/w.gguf", "z/z"]
    no_root = missing_from_manifest(refs, manifest)  # default: the manifest's folder
    assert [r.ref for r in no_root] == ["api:openai_api/GPT-4o", "deploy/models/w.gguf", "z/z"]


def uncomment_placeholders(text: str) -> str:
    return re.sub(r"(?m)^# ((?:organization|deployment|  [a-z_]+):)", r"\1", text)


def test_starter_manifest_loads_as_written_and_filled(sample: DiscoveryResult) -> None:
    text = starter_manifest(sample.references, root=sample.root, manifest_dir=sample.root)
    manifest = parse_manifest(parse_located_yaml(text), base_dir=sample.root)
    assert manifest.organization == {}
    assert manifest.deployment == {}
    refs = [model.ref for model in manifest.models]
    assert len(refs) == len(set(refs)) == 40
    assert f"meta-llama/Llama-3.1-8B-Instruct@{LLAMA_SHA}" in refs  # the pinned one wins
    assert "meta-llama/Llama-3.1-8B-Instruct" not in refs
    assert "./models/tinyllama-1.1b-chat.Q4_K_M.gguf" in refs
    assert "api:aws_bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0" in refs
    assert "  # found at app/loaders.py:13 (from_pretrained)\n" in text
    assert missing_from_manifest(sample.references, manifest, root=sample.root) == []

    filled = parse_manifest(parse_located_yaml(uncomment_placeholders(text)), base_dir=SAMPLE)
    assert filled.organization == {"name": "Example Corp", "domicile": "US"}
    assert set(filled.deployment) == {
        "mau",
        "annual_revenue_usd",
        "regions",
        "data",
        "use_cases",
        "distribution",
        "interacts_with_people",
        "generates_content",
        "serves_model_api",
    }
    assert filled.models == manifest.models


def test_starter_manifest_paths_and_quoting(tmp_path: Path) -> None:
    refs = [
        reference("models/a.gguf", G),
        reference("~/b.gguf", G),
        reference("api:openai_api/x #1", A),  # not a valid ref: quoted, still loads
    ]
    text = starter_manifest(refs, root=tmp_path, manifest_dir=tmp_path / "deploy")
    manifest = parse_manifest(parse_located_yaml(text), base_dir=tmp_path / "deploy")
    assert [m.ref for m in manifest.models] == [
        "../models/a.gguf",
        "~/b.gguf",
        "api:openai_api/x #1",
    ]
    with pytest.raises(UsageError, match="no model references"):
        starter_manifest([])


def test_renderers(sample: DiscoveryResult) -> None:
    missing = [reference("z/z", H)]
    text = render_discovery_text(sample, missing)
    assert text.startswith(f"{len(EXPECTED)} model reference(s) in 14 file(s) read\n")
    assert "app/loaders.py:13: meta-llama/Llama-3.1-8B-Instruct  [hub, from_pretrained]" in text
    assert text.endswith("1 reference(s) missing from the manifest:\napp.py:1: z/z\n")
    document = json.loads(render_discovery_json(sample))
    assert document["schema_version"] == "1.0"
    assert document["missing"] is None
    assert document["references"][0] == {
        "ref": "microsoft/Phi-3-mini-4k-instruct",
        "file": ".env",
        "line": 2,
        "kind": "hub",
        "how": "env",
        "text": "HF_MODEL_ID=microsoft/Phi-3-mini-4k-instruct",
    }


# --- never raises ----------------------------------------------------------------------------

PYTHONISH = st.lists(
    st.sampled_from(
        [
            "from_pretrained(",
            "pipeline(",
            "model=",
            "revision=",
            '"org/name"',
            "'x.gguf'",
            "MODEL",
            " = ",
            "(",
            ")",
            ".",
            ",",
            "\n",
            "    ",
            "import openai\n",
            "from anthropic import Anthropic\n",
            "client",
            ".chat.completions.create",
            "os.getenv(",
            "f'{a}.gguf'",
            "with ",
            " as ",
            ":",
            "def f(c: OpenAI):\n",
            "\\",
            "#",
            '"""',
            "\x00",
        ]
    )
    | st.text(max_size=8),
    max_size=40,
).map("".join)


@settings(deadline=None, max_examples=300)
@given(PYTHONISH)
def test_python_parser_never_raises(text: str) -> None:
    references, problems = parse_python(text, "fuzz.py")
    assert all(isinstance(r, ModelReference) for r in references)
    assert len(problems) <= 1


@settings(deadline=None, max_examples=200)
@given(
    st.sampled_from(["a.yaml", "a.json", "a.toml", ".env", "Dockerfile", "a.sh", "a.py"]),
    PYTHONISH | st.text(),
)
def test_every_parser_never_raises(name: str, text: str) -> None:
    parse_file(name, text)


# --- CI integration files --------------------------------------------------------------------

# Keys pre-commit accepts in a hook definition (pre_commit.clientlib.MANIFEST_HOOK_DICT).
PRE_COMMIT_KEYS = {
    "id",
    "name",
    "entry",
    "language",
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "require_serial",
    "stages",
    "verbose",
    "minimum_pre_commit_version",
}


def load_yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_pre_commit_hooks() -> None:
    hooks = load_yaml(ROOT / ".pre-commit-hooks.yaml")
    assert isinstance(hooks, list)
    assert [hook["id"] for hook in hooks] == ["model-license-audit", "model-license-discover"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    for hook in hooks:
        assert set(hook) <= PRE_COMMIT_KEYS, hook["id"]
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
        assert hook["entry"].split()[0] in scripts
        re.compile(hook["files"])
    audit, found = hooks
    assert audit["entry"] == "auditor check"
    assert audit["args"] == ["models.yaml"]
    for name in ("models.yaml", "deploy/model-manifest.yml", "manifest.yaml"):
        assert re.search(audit["files"], name), name
    for name in ("docs/models.md", "my-manifest.yaml", "models.yaml.bak"):
        assert not re.search(audit["files"], name), name
    assert found["entry"] == "auditor discover ."
    for name in ("src/app.py", ".env", "docker/Dockerfile.gpu", "conf/x.toml", "run.sh"):
        assert re.search(found["files"], name), name
    assert not re.search(found["files"], "README.md")


@pytest.mark.parametrize("entry", ["auditor check", "auditor discover ."])
def test_hook_entries_are_cli_commands(entry: str) -> None:
    command = entry.split()[1]
    result = CliRunner().invoke(app, [command, "--help"])
    if command == "discover" and result.exit_code != 0:
        pytest.xfail("`auditor discover` is wired into cli.py separately")
    assert result.exit_code == 0, result.output


def action() -> dict[str, object]:
    data = load_yaml(ROOT / "action.yml")
    assert isinstance(data, dict)
    return data


def test_action_is_a_composite_running_the_gate() -> None:
    data = action()
    inputs = data["inputs"]
    assert isinstance(inputs, dict)
    assert {"manifest", "policy", "format", "output", "python-version"} <= set(inputs)
    for name, spec in inputs.items():
        assert {"description", "required", "default"} <= set(spec), name
    runs = data["runs"]
    assert isinstance(runs, dict)
    assert runs["using"] == "composite"
    steps = runs["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert all("shell" in step for step in steps if "run" in step)
    assert any("auditor" in step.get("run", "") and "check" in step["run"] for step in steps)
    assert "GITHUB_ACTION_PATH" in steps[1]["run"]
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", text))
    assert used == set(inputs)
    outputs = data["outputs"]
    assert isinstance(outputs, dict)
    step_ids = {step.get("id") for step in steps}
    for match in re.findall(r"steps\.([\w-]+)\.outputs", text):
        assert match in step_ids


def yaml_blocks(path: Path) -> list[object]:
    text = path.read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def steps_in(document: object) -> list[dict[str, object]]:
    """Every mapping with `uses` or `run`, anywhere in a workflow or a list of steps."""
    found: list[dict[str, object]] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "uses" in node or "run" in node:
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_workflow_example_and_docs_use_what_exists() -> None:
    workflow = load_yaml(ROOT / "docs" / "examples" / "github-workflow.yml")
    assert isinstance(workflow, dict)
    assert "jobs" in workflow
    steps = steps_in(workflow)
    uses = [str(step["uses"]) for step in steps if "uses" in step]
    assert any(use.startswith("github/codeql-action/upload-sarif@") for use in uses)
    runs = " ".join(str(step.get("run", "")) for step in steps)
    assert "pip install" in runs
    assert "auditor check models.yaml" in runs
    assert "junit" in runs

    inputs = action()["inputs"]
    assert isinstance(inputs, dict)
    blocks = yaml_blocks(ROOT / "docs" / "ci.md")
    assert len(blocks) == 3  # action usage, GitLab, pre-commit
    action_steps = [
        step
        for block in blocks
        for step in steps_in(block)
        if "model-license-auditor@" in str(step.get("uses"))
    ]
    assert action_steps
    for step in action_steps:
        with_ = step.get("with")
        assert isinstance(with_, dict)
        assert set(with_) <= set(inputs)
    hook_ids = {hook["id"] for hook in load_yaml(ROOT / ".pre-commit-hooks.yaml")}  # type: ignore[attr-defined]
    config = blocks[2]
    assert isinstance(config, dict)
    assert {hook["id"] for repo in config["repos"] for hook in repo["hooks"]} <= hook_ids


def test_report_formats_used_in_ci_exist() -> None:
    texts = [
        (ROOT / name).read_text(encoding="utf-8")
        for name in ("docs/ci.md", "docs/examples/github-workflow.yml", "action.yml")
    ]
    used = {fmt for text in texts for fmt in re.findall(r"--format[ =]([a-z]+)", text)}
    used.add(str(action()["inputs"]["format"]["default"]))  # type: ignore[index]
    assert used >= {"json", "sarif", "junit"}
    missing = sorted(used - {str(fmt) for fmt in ReportFormat})
    if missing:
        pytest.xfail(f"report formats {missing} land with their renderers")


def test_ci_recipes_install_what_exists() -> None:
    """Issue 35: the tool is not on the package index, so no recipe installs it by name alone
    (a `pip install model-license-auditor` would fail as written)."""
    for name in ("docs/ci.md", "docs/examples/github-workflow.yml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        installs = re.findall(r"pip install[^\n]*model-license-auditor[^\n]*", text)
        assert installs, name
        for line in installs:
            assert "git+https://" in line or ("==" in line and "day a release" in text), line
