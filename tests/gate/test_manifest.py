"""Manifest loading: every problem with its file and line; YAML hazards refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import InputFileError
from auditor.fileio.located_yaml import parse_located_yaml
from auditor.gate.manifest import load_manifest


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manifest.yaml"
    path.write_text(text)
    return path


def test_valid_manifest_keeps_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nmodels:\n  - org/a@main\n  - ref: ./local\n")
    manifest = load_manifest(path)
    assert [(m.ref, m.line) for m in manifest.models] == [("org/a@main", 3), ("./local", 4)]
    assert manifest.base_dir == tmp_path.resolve()


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "version: 2\nmodles: []\nmodels:\n  - 42\n  - ref: ''\n"
        "  - {ref: a/b, colour: red}\n  - {}\n",
    )
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    lines = info.value.lines()
    assert f"{path}:1: unsupported manifest version 2; expected 1" in lines
    assert any(line.startswith(f"{path}:2: unknown key 'modles'") for line in lines)
    assert any(
        line.startswith(f"{path}:4: model entry must be a reference string or a mapping")
        for line in lines
    )
    assert any(line.startswith(f"{path}:5: `ref` must be") for line in lines)
    assert any(line.startswith(f"{path}:6: unknown key 'colour'") for line in lines)
    assert any(line.startswith(f"{path}:7: model entry without `ref`") for line in lines)
    assert len(lines) == 6


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("models:\n  - a/b\n  key: value\n", 3, "invalid YAML"),
        ("models: [a/b\n", 2, "invalid YAML"),
        ("- a/b\n", 1, "a manifest is a mapping"),
        ("", None, "a manifest is a mapping"),
        ("models: 3\n", 1, "`models` must be a list"),
        ("models: []\n", 1, "`models` is empty"),
        ("version: 1\n", 1, "missing `models`"),
        ("models:\n  - a/b\nmodels:\n  - c/d\n", 3, "duplicate key 'models'"),
        ("models:\n  - a\x00b\n", 2, "NUL character"),
    ],
)
def test_bad_manifests(tmp_path: Path, text: str, line: int | None, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    first = info.value.lines()[0]
    where = f"{path}:{line}:" if line else f"{path}:"
    assert first.startswith(where), first
    assert words in first


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        load_manifest(tmp_path / "nope.yaml")
    with pytest.raises(InputFileError, match="is a directory"):
        load_manifest(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"models:\n  - caf\xe9\n")
    with pytest.raises(InputFileError, match=r"bad.yaml:2: not valid UTF-8"):
        load_manifest(bad)


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(InputFileError, match="alias bomb"):
        parse_located_yaml("\n".join(lines) + "\n", "bomb.yaml")


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InputFileError, match="nested deeper"):
        parse_located_yaml("x: " + "[" * 100 + "]" * 100 + "\n", "deep.yaml")


def test_dates_become_iso_strings() -> None:
    doc = parse_located_yaml("expires: 2027-03-31\n")
    assert doc.data == {"expires": "2027-03-31"}
    assert doc.line(("expires",)) == 1
    assert doc.line(("expires", "missing", 3)) == 1


FULL = """\
version: 1
organization: {name: Acme Health, domicile: DE}
deployment:
  mau: 1200000
  annual_revenue_usd: 5000000
  regions: [EU, us]
  data: [phi, personal-data]
  use_cases: [medical-triage]
  distribution: saas
  attestations: {baa_signed: [openai_api], human_oversight: true}
models:
  - ref: meta-llama/Llama-3.1-8B-Instruct@0e9e39f249a16976918f6564b8830bc894c89659
    hosting: self-hosted
    region: EU
    mau: 2000
  - ref: api:openai_api/gpt-5.4
    region: eu
waivers:
  - {rule: foreign-governing-law, model: api:openai_api/gpt-5.4, reason: Reviewed by counsel,
     approved_by: legal@acme.example, expires: 2027-03-31, ticket: LEGAL-12}
"""


def test_full_manifest(tmp_path: Path) -> None:
    manifest = load_manifest(write(tmp_path, FULL))
    assert manifest.organization == {"name": "Acme Health", "domicile": "DE"}
    assert manifest.deployment["regions"] == ["EU", "US"]
    assert manifest.deployment["distribution"] == "saas"
    llama, api = manifest.models
    assert llama.hosting == "self-hosted"
    assert llama.region == "EU"
    assert manifest.deployment_for(llama)["mau"] == 2000
    assert manifest.deployment_for(api)["mau"] == 1200000
    assert api.region == "EU"
    (waiver,) = manifest.waivers
    assert waiver.rule == "foreign-governing-law"
    assert str(waiver.expires) == "2027-03-31"
    assert waiver.ticket == "LEGAL-12"
    assert waiver.line == 19


def test_full_manifest_problems_all_reported(tmp_path: Path) -> None:
    text = """\
version: 1
organization: {name: Acme, domicile: Germany, size: 3}
deployment:
  mau: many
  regions: [EU, Europe]
  data: [phi, secrets]
  use_cases: [medical-triage, astrology]
  distribution: sold
  colour: red
models:
  - ref: a/b
    hosting: cloud
    region: 7
waivers:
  - {rule: x, model: a/b, reason: r}
  - {rule: x, model: a/b, reason: r, approved_by: me, expires: someday}
"""
    with pytest.raises(InputFileError) as info:
        load_manifest(write(tmp_path, text))
    lines = "\n".join(info.value.lines())
    for line, words in [
        (2, "`domicile` must be an ISO 3166-1 alpha-2 code"),
        (2, "unknown key 'size'"),
        (4, "`mau` must be a whole number"),
        (5, "region must be EU, EEA or an ISO 3166-1 alpha-2 code such as DE, not 'Europe'"),
        (6, "unknown data class 'secrets' (one of: phi, personal-data"),
        (7, "unknown use case 'astrology' (one of: social-scoring"),
        (8, "unknown distribution 'sold' (one of: internal, saas"),
        (9, "unknown key 'colour' in deployment"),
        (12, "unknown hosting 'cloud' (one of: self-hosted, api)"),
        (13, "region must be EU, EEA or an ISO 3166-1 alpha-2 code such as DE, not 7"),
        (15, "waiver without `approved_by`"),
        (15, "waiver without `expires`"),
        (16, "`expires` must be a date like 2027-03-31"),
    ]:
        assert f":{line}: {words}" in lines, (line, words, lines)


def test_region_codes_expand_member_states() -> None:
    from auditor.model.deployment import region_codes

    assert region_codes(["DE"]) == ["DE", "EEA", "EU"]
    assert region_codes(["eu", "US"]) == ["EEA", "EU", "US"]
    assert region_codes(["NO"]) == ["EEA", "NO"]
    assert region_codes("GB") == ["GB"]


def test_published_schema_accepts_the_examples_and_agrees_on_errors(tmp_path: Path) -> None:
    import json

    import jsonschema
    import yaml

    from auditor.resources import reports_dir
    from tests.conftest import ROOT

    schema = json.loads((reports_dir() / "schema" / "manifest.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for text in (FULL, (ROOT / "examples" / "manifest.yaml").read_text()):
        document = yaml.safe_load(text)
        document = json.loads(json.dumps(document, default=str))
        assert not list(validator.iter_errors(document))
        load_manifest(write(tmp_path, text))
    for bad in (
        "models: []\n",
        "models: [a/b]\ncolour: 1\n",
        "models:\n  - {ref: a/b, hosting: x}\n",
    ):
        assert list(validator.iter_errors(yaml.safe_load(bad)))
        with pytest.raises(InputFileError):
            load_manifest(write(tmp_path, bad))


def test_impossible_date_is_a_line_numbered_error(tmp_path: Path) -> None:
    path = write(tmp_path, "models: [a/b]\nwaivers:\n  - {expires: 2027-02-30}\n")
    with pytest.raises(
        InputFileError, match=r"manifest.yaml:3: not a valid ISO date: '2027-02-30'"
    ):
        load_manifest(path)


def test_typo_in_an_attestation_key_is_an_error_with_its_line(tmp_path: Path) -> None:
    text = (
        "deployment:\n"  # 1
        "  attestations:\n"  # 2
        "    human_oversigt: true\n"  # 3
        "models:\n"  # 4
        "  - ref: a/b\n"  # 5
        "    attestations:\n"  # 6
        "      zero_data_retention: true\n"  # 7
        "      training_optout: true\n"  # 8
    )
    path = write(tmp_path, text)
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    assert info.value.lines() == [
        f"{path}:3: unknown key 'human_oversigt' in attestations (did you mean "
        "'human_oversight'?) (expected one of: baa_signed, human_oversight, log_retention_days, "
        "zero_data_retention, training_opt_out, generative_safeguards)",
        f"{path}:8: unknown key 'training_optout' in attestations (did you mean "
        "'training_opt_out'?) (expected one of: baa_signed, human_oversight, "
        "log_retention_days, zero_data_retention, training_opt_out, generative_safeguards)",
    ]


def test_attestation_values_are_typed(tmp_path: Path) -> None:
    text = (
        "deployment:\n  attestations: {human_oversight: 'yes', log_retention_days: -1}\n"
        "models: [a/b]\n"
    )
    with pytest.raises(InputFileError) as info:
        load_manifest(write(tmp_path, text))
    lines = "\n".join(info.value.lines())
    assert ":2: `human_oversight` must be true or false, not 'yes'" in lines
    assert ":2: `log_retention_days` must be a whole number >= 0, not -1" in lines


def test_the_attestation_keys_are_those_the_policies_read() -> None:
    import json

    from auditor.policy.vocabulary import ATTESTATIONS
    from auditor.resources import reports_dir

    schema = json.loads((reports_dir() / "schema" / "manifest.schema.json").read_text())
    keys = schema["$defs"]["deployment"]["properties"]["attestations"]["properties"]
    assert set(keys) == set(ATTESTATIONS)


def test_typo_in_a_provider_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    text = (
        "deployment:\n"  # 1
        "  attestations: {baa_signed: [openai_api, cohere_api]}\n"  # 2
        "models:\n"  # 3
        "  - api:openai/gpt-5.4\n"  # 4
        "  - ref: api:anthropic_api/claude\n"  # 5
        "  - ref: api:mistrall/large\n"  # 6
        "  - api:Open-AI/gpt\n"  # 7
    )
    path = write(tmp_path, text)
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    lines = info.value.lines()
    assert len(lines) == 4, lines
    assert lines[0].startswith(
        f"{path}:2: unknown provider 'cohere_api' in `baa_signed` (did you mean 'cohere'?) "
        "(catalog: anthropic_api, "
    )
    assert lines[1].startswith(
        f"{path}:4: unknown provider 'openai' in 'api:openai/gpt-5.4' (did you mean 'openai_api'?)"
    )
    assert lines[2].startswith(
        f"{path}:6: unknown provider 'mistrall' in 'api:mistrall/large' (did you mean 'mistral'?)"
    )
    assert lines[3].startswith(f"{path}:7: unknown provider 'Open-AI' in 'api:Open-AI/gpt'")


def test_unknown_key_is_reported_on_the_line_of_the_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, "deployment:\n  atestations:\n    human_oversight: true\nmodels: [a/b]\n"
    )
    with pytest.raises(InputFileError) as info:
        load_manifest(path)
    assert info.value.lines()[0].startswith(
        f"{path}:2: unknown key 'atestations' in deployment (did you mean 'attestations'?)"
    )


def test_options_without_values_need_no_schema() -> None:
    from auditor.gate.manifest import deployment_from_options
    from auditor.model.deployment import Deployment

    assert deployment_from_options() == Deployment()
    checked = deployment_from_options(domicile="de", regions=["eu"], distribution="saas")
    assert checked.organization == {"domicile": "DE"}
    assert checked.fields == {"regions": ["EU"], "distribution": "saas"}
    from auditor.errors import UsageError

    with pytest.raises(UsageError, match="unknown distribution 'sas' \\(did you mean 'saas'\\?\\)"):
        deployment_from_options(distribution="sas")
