"""Issue 31: license evidence found by content, not by name; what cannot be read is said.

Every text here is written for these tests (short fictional licenses). Expectations come from
what each document says: a file whose words grant or restrict rights is a license document
whatever its name; a how-to, a changelog or a code of conduct is not; a file named like a
license that cannot be read (an image, an archive, an LFS pointer, missing though the card
points to it) is `license-document-unread`, naming the file.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import audit_options
from auditor.model import (
    ModelResult,
    ParsedCard,
    Severity,
    SourceKind,
    SourceSnapshot,
    Target,
    Verdict,
)
from auditor.model.core import FrontMatterState
from auditor.model.deployment import Deployment
from auditor.pipeline.run import audit
from auditor.sources.license_sniff import SNIFF_MAX_BYTES, reads_as_terms, sniff_candidates
from auditor.sources.license_unread import (
    is_lfs_pointer,
    missing_pointed_files,
    unreadable_by_name,
)
from auditor.sources.local import read_local_snapshot
from auditor.sources.office_text import OFFICE_MAX_TEXT_BYTES, office_text
from auditor.sources.structured_license import (
    is_metadata_file,
    statements_from_file,
    statements_from_safetensors,
    structured_paths,
)

AGREEMENT = """# Quill Model Agreement

Quill Labs (the "Provider") grants you a non-transferable right to run the Quill weights for
non-commercial research purposes. You shall not use the weights in a product or service
offered for a fee, nor provide them to third parties as a hosted service.
"""
USAGE = """# Using the model

You may run the model on a CPU or a GPU. Install the requirements, then load the weights.
You must pass the tokenizer path. Do not use a batch size above 16 on small cards.
"""
CHANGELOG = """# Changelog

## 1.1
- The license of the repository stays Apache-2.0.
- Removed the restriction on context length.
"""
CONDUCT = """# Code of conduct

Be respectful; harassment is not permitted. Maintainers may ban contributors who break these
rules. Report problems to the maintainers.
"""
SAAS = Deployment(
    organization={"name": "Acme", "domicile": "DE"},
    fields={"mau": 1000, "regions": ["EU"], "use_cases": ["chatbot"], "distribution": "saas"},
)
APACHE_CARD = "---\nlicense: apache-2.0\n---\n# Model\n\nA small model.\n"


def safetensors(metadata: dict[str, str] | None) -> bytes:
    header: dict[str, object] = {"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}
    if metadata is not None:
        header = {"__metadata__": metadata, **header}
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + b"\x00\x00\x80\x3f"


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def card(body: str, metadata: dict[str, object] | None = None) -> ParsedCard:
    return ParsedCard(
        metadata=metadata or {"license": "apache-2.0"},
        body=body,
        body_line=4,
        state=FrontMatterState.OK,
        key_lines={"license": 2, "license_link": 3},
    )


def folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "model"
    for rel, content in {"README.md": APACHE_CARD, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return root


def snapshot_of(root: Path, **kw: int) -> SourceSnapshot:
    target = Target(text=str(root), kind=SourceKind.LOCAL, location=str(root))
    return read_local_snapshot(target, **kw)


def audited(root: Path, policy: str = "default") -> ModelResult:
    options = audit_options(policy, deployment=SAAS, offline=True, use_cache=False, jobs=1)
    (model,) = audit([str(root)], replace(options, suggest_alternatives=False)).models
    return model


# --- reading by content ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        AGREEMENT,
        "Legal\n\nAll rights reserved. You may not use these weights for commercial purposes.\n",
        "USAGE RESTRICTIONS\n\nBy downloading the model you accept: no commercial use; no "
        "redistribution.\n",
        # no title: the wording alone, dense enough
        'Heron Institute ("Licensor") permits you to run the weights. You may not offer them '
        "to paying customers as hosted services. The Licensor gives no warranty and may "
        "terminate this permission.\n",
        "SPDX-License-Identifier: LicenseRef-Heron-Research\n",
    ],
)
def test_terms_read_by_their_words(text: str) -> None:
    assert reads_as_terms(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        USAGE,
        CHANGELOG,
        CONDUCT,
        "# Evaluation\n\nThe benchmark's authors release it for non-commercial research; we "
        "only publish scores.\n",
        '{"license": "see terms", "warranty": "none", "agreement": true, "terminate": 1}\n',
        "import os\n\ndef grant(licensee):\n    return licensee  # shall not\n\n"
        "def revoke(licensor):\n    return None\n",
        "\n".join(f"{i},license,terms,warranty,{i * 2}" for i in range(20)),
    ],
)
def test_how_tos_changelogs_code_and_data_are_not_terms(text: str) -> None:
    assert reads_as_terms(text) is None


ADDENDUM = """# Restrictions on use

Beside the LICENSE file, Wren Labs sets one rule for the checkpoints: they must not be put to
work in debt collection or credit scoring. Breaking this rule terminates your rights to them.
"""
COMMERCIAL = """## Commercial licensing of Wren-OCR

The weights are free for research and hobby use. Selling a product built on them is not
covered by the public release; email deals@wren.example to arrange a commercial licence.
"""
CONTRIBUTING = """# Contributing to Wren

Thanks for helping! Fork the repo, create a branch and open a pull request. Run the tests
before you push. By contributing you agree that your changes are released under the same
license as the project (see the LICENSE file). Be kind in reviews.
"""


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (ADDENDUM, "USE_RESTRICTIONS.md"),  # its title, and a ban that ends the permission
        (COMMERCIAL, "COMMERCIAL_USE.md"),  # not covered; contact the licensor for a licence
        # no title: the file's name is one ("additional terms"), and two clauses
        (
            "Wren Labs adds to the LICENSE one condition: the model may only be used for "
            "non-commercial research.\n",
            "docs/ADDITIONAL_TERMS.txt",
        ),
    ],
)
def test_an_addendum_to_the_license_reads_as_terms(text: str, path: str) -> None:
    assert reads_as_terms(text, path) is not None


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (CONTRIBUTING, "CONTRIBUTING.md"),
        (CHANGELOG, "CHANGELOG.md"),
        (CONDUCT, "CODE_OF_CONDUCT.md"),
        (USAGE, "docs/usage.md"),
        # a name with a terms word is no license without the clauses
        ("# Commercial use\n\nIt runs fast on one GPU; see the benchmarks.\n", "COMMERCIAL_USE.md"),
        ("# Permissions\n\nThe agent asks before writing files.\n", "docs/permissions.md"),
    ],
)
def test_project_documents_are_not_addenda(text: str, path: str) -> None:
    assert reads_as_terms(text, path) is None


def test_candidates_are_small_prose_files_off_the_name_list() -> None:
    sizes: dict[str, int | None] = {
        "README.md": 100,
        "LICENSE": 100,  # named like a license: read as one already
        "MODEL_AGREEMENT.md": 900,  # named like terms for the model: read as one already
        "MODEL_LEGAL.md": 900,
        "docs/notes.md": 100,
        "USAGE.md": 300,
        "config.json": 50,
        "tokenizer.json": 5000,
        "vocab.txt": 100,
        "merges.txt": 100,
        "requirements.txt": 40,
        "Makefile": 40,
        "model.safetensors": 10**9,
        "train.py": 4000,
        "huge.md": SNIFF_MAX_BYTES + 1,
        ".gitattributes": 10,
        "cc-by-nc-4.0.md": 60,
    }
    chosen, left = sniff_candidates(sizes, limit=3, names_license=frozenset({"cc-by-nc-4.0"}))
    assert [c.path for c in chosen] == ["cc-by-nc-4.0.md", "MODEL_LEGAL.md", "USAGE.md"]
    assert chosen[0].named_by_id
    assert left == ["docs/notes.md"]


# --- formats that cannot be read, and the words of those that can ------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("LICENSE.png", "an image"),
        ("LICENSE-MODEL.zip", "an archive"),
        ("weights/model_license.tar.gz", "an archive"),
        ("licenses/terms.jpg", "an image"),
    ],
)
def test_license_named_images_and_archives_are_unreadable(path: str, kind: str) -> None:
    why = unreadable_by_name(path)
    assert why is not None and why.startswith(kind)


@pytest.mark.parametrize("path", ["license-badge.svg", "logo.png", "LICENSE.md", "weights.zip"])
def test_badges_logos_and_texts_are_not_unreadable_licenses(path: str) -> None:
    assert unreadable_by_name(path) is None


def test_lfs_pointer_is_recognised() -> None:
    pointer = b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"a" * 64 + b"\nsize 9\n"
    assert is_lfs_pointer(pointer)
    assert not is_lfs_pointer(b"Quill License\nversion https://git-lfs.github.com/spec/v1\n")


def test_office_documents_are_read_for_their_words() -> None:
    rtf = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Wren Terms\par Non-commercial use only.\par}"
    assert office_text(rtf) == "Wren Terms\nNon-commercial use only."
    body = "<w:document><w:body><w:p><w:r><w:t>Wren Terms</w:t></w:r></w:p>"
    body += "<w:p><w:r><w:t>No commercial use &amp; no hosting.</w:t></w:r></w:p></w:body>"
    docx = zipped({"word/document.xml": body + "</w:document>"})
    assert office_text(docx) == "Wren Terms\nNo commercial use & no hosting."
    odt = zipped({"content.xml": "<office:text><text:p>Wren Terms</text:p></office:text>"})
    assert office_text(odt) == "Wren Terms"
    assert office_text(zipped({"LICENSE.txt": "text"})) is None  # an archive, not a document
    bomb = zipped({"word/document.xml": " " * (OFFICE_MAX_TEXT_BYTES + 1)})
    assert office_text(bomb) is None
    assert office_text(b"PK\x03\x04broken") is None


# --- structured statements ---------------------------------------------------------------------


def test_safetensors_metadata_states_a_license() -> None:
    data = safetensors({"format": "pt", "modelspec.license": "cc-by-nc-4.0"})
    (length,) = struct.unpack("<Q", data[:8])
    (found,) = statements_from_safetensors("model.safetensors", data[8 : 8 + length], "o/")
    assert found.path == "model.safetensors#__metadata__.modelspec.license"
    assert found.text == "SPDX-License-Identifier: cc-by-nc-4.0\n"
    assert found.sha256 is None  # a statement, not a file of the repo
    # the header cut after `__metadata__` (a long header read up to its cap) still reads
    assert statements_from_safetensors("m.safetensors", data[8 : 8 + length - 30], "o/")
    assert statements_from_safetensors("m.safetensors", safetensors(None)[8:], "o/") == []


def test_modelfile_license_blocks_are_license_texts() -> None:
    modelfile = (
        'FROM ./m.gguf\nPARAMETER stop "x"\nLICENSE """Tern Terms\nNo commercial use.\n"""\n'
    )
    modelfile += "LICENSE apache-2.0\n"
    first, second = statements_from_file("Modelfile", modelfile.encode(), "o/")
    assert (first.path, first.text) == ("Modelfile#LICENSE", "Tern Terms\nNo commercial use.")
    assert (second.path, second.text) == ("Modelfile#LICENSE-2", "apache-2.0")


def test_license_json_and_citation_state_licenses() -> None:
    (spdx,) = statements_from_file("license.json", b'{"license": "cc-by-nc-4.0"}', "o/")
    assert spdx.text == "SPDX-License-Identifier: cc-by-nc-4.0\n"
    raw = b'{"weights": {"license_name": "Swift Research License", "commercial_use": false}}'
    (named,) = statements_from_file("license.json", raw, "o/")
    assert named.text is not None and "Commercial use is not permitted." in named.text
    cff = b"cff-version: 1.2.0\ntitle: Teal\nlicense: Apache-2.0\n"
    (cited,) = statements_from_file("CITATION.cff", cff, "o/")
    assert cited.path == "CITATION.cff#license"
    # a list of dependencies with their own licenses is not the model's license
    deps = b'{"dependencies": [{"name": "numpy", "license": "BSD-3-Clause"}]}'
    assert statements_from_file("licenses.json", deps, "o/") == []


def test_a_top_level_metadata_file_states_the_model_license() -> None:
    raw = b'{"name": "Plover-OCR", "version": "2.0", "license": "CC-BY-NC-4.0", "task": "ocr"}'
    (stated,) = statements_from_file("metadata.json", raw, "o/")
    assert (stated.path, stated.text) == (
        "metadata.json#license",
        "SPDX-License-Identifier: CC-BY-NC-4.0\n",
    )
    nested = b"model:\n  name: plover\n  license: apache-2.0\ntraining:\n  epochs: 3\n"
    (found,) = statements_from_file("model_config.yaml", nested, "o/")
    assert found.text == "SPDX-License-Identifier: apache-2.0\n"
    # a config without a license key states nothing (its other strings are no license text)
    assert statements_from_file("config.json", b'{"hidden_size": 4096}', "o/") == []


def test_which_metadata_files_are_read() -> None:
    for path in ("metadata.json", "model_config.yaml", "params.json", "config.json", "meta.yml"):
        assert is_metadata_file(path), path
    # a dataset's, an evaluation's or a tokenizer's license is not the model's; nor a component's
    for path in (
        "dataset_metadata.json",
        "eval_config.yaml",
        "tokenizer_config.json",
        "text_encoder/config.json",
        "vocab.json",
    ):
        assert not is_metadata_file(path), path
    # license files first, then metadata files
    assert structured_paths(["metadata.json", "license.json", "x/license.yaml"]) == [
        "license.json",
        "x/license.yaml",
        "metadata.json",
    ]


# --- the card pointing to files the repo does not have ------------------------------------------


def test_card_pointing_to_a_missing_license_file_is_said() -> None:
    body = "A model.\n\n## License\n\nSee the LICENSE file. Weights: see LICENSE-MODEL for terms.\n"
    findings = missing_pointed_files(card(body), "README.md", ["README.md", "LICENSE.md"])
    (finding,) = findings
    assert finding.rule == "license-document-unread"
    assert finding.message.startswith("LICENSE-MODEL: README.md points to it")
    assert finding.evidence[0].line == 8


@pytest.mark.parametrize(
    "body",
    [
        "Licensed under the Apache License, Version 2.0.",
        "Set `license_link` in the card's metadata.",
        "See the LICENSE section below.",
        "The license is permissive; see the license for details.",
    ],
)
def test_words_about_a_license_are_not_pointers_to_files(body: str) -> None:
    assert missing_pointed_files(card(body), "README.md", ["README.md"]) == []


def test_links_and_license_link_to_missing_files_are_said() -> None:
    body = (
        "Terms: [model license](./docs/MODEL_LICENSE.md) and [site](https://example.com/LICENSE)."
    )
    meta: dict[str, object] = {"license": "other", "license_link": "LICENSE"}
    found = missing_pointed_files(card(body, meta), "README.md", ["README.md"], "acme/m")
    assert [f.message.split(":")[0] for f in found] == ["LICENSE", "docs/MODEL_LICENSE.md"]
    assert found[0].evidence[0].text == "license_link: LICENSE"
    own = "See [LICENSE](https://huggingface.co/acme/m/blob/main/LICENSE)."
    assert missing_pointed_files(card(own), "README.md", ["README.md"], "acme/m")
    assert not missing_pointed_files(card(own), "README.md", ["README.md", "LICENSE"], "acme/m")


# --- a local folder, end to end -----------------------------------------------------------------


def test_local_folder_reads_terms_off_the_name_list(tmp_path: Path) -> None:
    root = folder(
        tmp_path,
        {
            "MODEL_AGREEMENT.md": AGREEMENT,
            "USAGE.md": USAGE,
            "CHANGELOG.md": CHANGELOG,
            "config.json": '{"model_type": "llama"}',
            "model.safetensors": safetensors({"modelspec.license": "cc-by-nc-4.0"}),
        },
    )
    snapshot = snapshot_of(root)
    paths = {f.path: f for f in snapshot.license_files}
    assert set(paths) == {"MODEL_AGREEMENT.md", "model.safetensors#__metadata__.modelspec.license"}
    assert paths["MODEL_AGREEMENT.md"].text == AGREEMENT
    model = audited(root)
    assert model.verdict is Verdict.FAIL
    assert model.terms["commercial_use"] == "prohibited"


def test_an_addendum_beside_the_license_is_read(tmp_path: Path) -> None:
    root = folder(
        tmp_path,
        {
            "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
            "COMMERCIAL_USE.md": COMMERCIAL,
            "CONTRIBUTING.md": CONTRIBUTING,
        },
    )
    paths = {f.path for f in snapshot_of(root).license_files}
    assert paths == {"LICENSE", "COMMERCIAL_USE.md"}


def test_unreadable_license_documents_warn_by_default_and_block_under_strict(
    tmp_path: Path,
) -> None:
    png = bytes.fromhex("89504e470d0a1a0a") + b"\x00" * 32
    root = folder(
        tmp_path,
        {
            "LICENSE.png": png,
            "NOTICE": "version https://git-lfs.github.com"
            "/spec/v1\noid sha256:" + "b" * 64 + "\nsize 2311\n",
        },
    )
    snapshot = snapshot_of(root)
    unread = sorted(f.message for f in snapshot.findings if f.rule == "license-document-unread")
    assert unread[0].startswith("LICENSE.png: it is an image (.png), not text")
    assert unread[1].startswith("NOTICE: it is a Git LFS pointer")
    assert {f.path: f.skipped is not None for f in snapshot.license_files} == {
        "LICENSE.png": True,
        "NOTICE": True,
    }
    default = audited(root)
    assert default.verdict is Verdict.WARN
    assert audited(root, "strict").verdict is Verdict.FAIL
    warned = [f for f in default.findings if f.rule == "license-document-unread"]
    assert {f.severity for f in warned} == {Severity.WARN}


def test_identical_copies_are_read_once_and_the_odd_one_out_is_read(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        f"shards/s{n:04d}/LICENSE": "Licensed under the Apache License, Version 2.0.\n"
        for n in range(3000)
    }
    files["zz/LICENSE-WEIGHTS.md"] = AGREEMENT
    root = folder(tmp_path, files)
    snapshot = snapshot_of(root)
    read = [f for f in snapshot.license_files if f.text is not None]
    assert [f.path for f in read] == ["shards/s0000/LICENSE", "zz/LICENSE-WEIGHTS.md"]
    copies = [f for f in snapshot.license_files if f.skipped and "identical to" in f.skipped]
    assert len(copies) == 2999
    assert audited(root).verdict is Verdict.FAIL


def test_too_many_files_names_what_was_not_read(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        f"licenses/LICENSE-{n:02d}": f"Quill shard {n} terms: non-commercial use only.\n"
        for n in range(12)
    }
    root = folder(tmp_path, files)
    snapshot = snapshot_of(root, max_total_bytes=250)
    (finding,) = [f for f in snapshot.findings if f.rule == "source-too-many-files"]
    assert "license-like files were not read" in finding.message
    assert finding.message.startswith("8 license-like files were not read")
    assert "not read: licenses/LICENSE-04, licenses/LICENSE-05" in finding.message
    assert "licenses/LICENSE-08 and 3 more;" in finding.message
    assert audited(root, "strict").verdict is Verdict.FAIL


def test_safetensors_header_is_read_never_the_tensors(tmp_path: Path) -> None:
    # a header length far past the file: only what is there is read, within the cap
    lying = struct.pack("<Q", 1 << 40) + b'{"__metadata__": {"license": "cc-by-nc-4.0"}, "w"'
    root = folder(tmp_path, {"model.safetensors": lying, "short.safetensors": b"\x01\x02"})
    (found,) = snapshot_of(root).license_files
    assert found.path == "model.safetensors#__metadata__.license"


def test_hostile_card_lines_and_modelfiles_are_read_in_linear_time() -> None:
    """A line of 100,000 unclosed links or backticks (quadratic patterns would take minutes)."""
    lines = {"[a](LICENSE-" * 100_000: 0, "see LICENSE-" * 100_000: 1, "`LICENSE-" * 100_000: 1}
    for line, pointers in lines.items():  # no link closes; one name, said once
        assert len(missing_pointed_files(card(line), "README.md", ["README.md"])) == pointers
    unclosed = b'LICENSE """Terms\n' * 3_000  # under the 64 KiB cap
    (first, *_rest) = statements_from_file("Modelfile", unclosed, "o/")
    assert first.text is not None and first.text.startswith("Terms")


def test_a_license_json_without_a_license_key_is_read_as_a_document() -> None:
    raw = b'{"terms": ["Non-commercial use only.", "No hosted services."]}'
    (words,) = statements_from_file("LICENSE.json", raw, "o/")
    assert (words.path, words.text) == (
        "LICENSE.json#text",
        "Non-commercial use only.\nNo hosted services.",
    )
    (empty,) = statements_from_file("license.yaml", b"version: 2\n", "o/")
    assert empty.text == ""  # says nothing: analysis reports it as a document it cannot read
    assert statements_from_file("licenses.json", b'{"count": 3}', "o/") == []
