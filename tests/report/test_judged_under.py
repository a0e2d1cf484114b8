"""Each model records and shows the deployment the policy judged it under (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

from auditor.api import AuditOptions, audit_manifest
from auditor.model.codec import render_json
from auditor.model.decode import result_from_dict
from auditor.report.formats import ReportFormat
from auditor.report.render import render
from tests.report.test_html import data_of, page_of

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "manifest.yaml"


def test_each_model_records_its_own_deployment_and_the_html_shows_it() -> None:
    result = audit_manifest(EXAMPLE)
    chat, _embedder, vision = result.models
    assert chat.judged_under is not None and vision.judged_under is not None
    assert chat.judged_under["region"] == "DE"
    assert chat.judged_under["organization"] == {"name": "Acme Support GmbH", "domicile": "DE"}
    fields = chat.judged_under["fields"]
    assert isinstance(fields, dict) and fields["distribution"] == "saas"
    # the research model is judged under its own entry's distribution and use cases
    vision_fields = vision.judged_under["fields"]
    assert isinstance(vision_fields, dict)
    assert vision_fields["distribution"] == "research"
    assert vision_fields["use_cases"] == ["research"]
    # it round-trips through the JSON result
    again = result_from_dict(json.loads(render_json(result)))
    assert again.models[0].judged_under == chat.judged_under
    html, _page = page_of(result)
    data = data_of(html)  # the script lays the model's section out under "Judged under"
    lines = [data["strings"][i] for i in data["models"][0]["judged"]]
    assert "organization domicile: Germany" in lines and "region: Germany" in lines
    assert "distribution: saas" in lines


def test_a_result_saved_without_it_says_so() -> None:
    result = audit_manifest(EXAMPLE, AuditOptions())
    doc = json.loads(render_json(result))
    for model in doc["models"]:
        del model["deployment"]
    old = result_from_dict(doc)
    assert all(m.judged_under is None for m in old.models)
    html = render(old, ReportFormat.HTML)
    assert all(m["judged"] == [] for m in data_of(html)["models"])
    assert "The deployment was not recorded in this result." in html  # the script's words
