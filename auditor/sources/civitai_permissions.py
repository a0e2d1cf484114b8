"""The creator's Civitai permissions as a structured license document the license readers take.

Part of the Civitai source (`civitai`). Pure. A model's permissions (the "Civitai permissions"
of its page) are the creator's own grant, on top of the license of the base model family the
page lists it under. They become one document, `civitai-license.json#permissions`, gathered as
structured metadata (sources/evidence.py): the API's fields quoted line by line, then a plain
sentence for each, which the term rules read like any license's (licenses/terms/):

- `allowCommercialUse` (the widest value listed decides): none (or `None`) -> commercial use
  `prohibited`; `Image` (selling generated images only), `RentCivit` (running it on Civitai's
  generator) or `Rent` (running it in generation services) -> `restricted`, any further
  commercial use needing the creator's permission (`commercial_use_conditions`:
  written-permission); `Sell` -> `allowed` for the creator's own grant (the base's license still
  binds: lineage);
- `allowNoCredit: false` -> `attribution_required`;
- `allowDifferentLicense: false` -> `downstream_propagation` (derivatives keep these
  permissions);
- `allowDerivatives: false` -> a sentence barring shared derivatives, quoted as evidence (the
  term vocabulary has no tag for it yet).

When the family's license is known, the document names it ("given under ..."): it reads as a
pointer to that license, whose record's terms bind beside the creator's restrictions.
"""

from __future__ import annotations

from auditor.sources.civitai_model import COMMERCIAL_WORDS, CivitaiModel, Permissions

PERMISSIONS_FILE = "civitai-license.json"
PERMISSIONS_PATH = f"{PERMISSIONS_FILE}#permissions"

_COMMERCIAL = {
    "None": (
        "Commercial use of the model is not permitted: you may not sell images it generates, "
        "offer it in a paid generation service, or sell the model or its derivatives."
    ),
    "Image": (
        "You may sell the images the model generates. Any other commercial use of the model "
        "requires the creator's prior permission: running it in a paid generation service, or "
        "selling the model or its derivatives."
    ),
    "RentCivit": (
        "You may sell the images the model generates and run it on the Civitai generator. Any "
        "other commercial use of the model requires the creator's prior permission: running it "
        "in another paid generation service, or selling the model or its derivatives."
    ),
    "Rent": (
        "You may sell the images the model generates and run it in a paid generation service. "
        "Any other commercial use of the model requires the creator's prior permission: selling "
        "the model or its derivatives."
    ),
    "Sell": (
        "The creator permits commercial use of the model: selling the images it generates, "
        "running it in a paid generation service, and selling the model or its derivatives."
    ),
}
_CREDIT = {
    False: "You must credit the creator when you use or share the model or a derivative of it.",
    True: "Crediting the creator is optional.",
}
_DERIVATIVES = {
    False: "You may not share merges or other derivatives of the model.",
    True: "You may share merges and other derivatives of the model.",
}
_DIFFERENT = {
    False: "Derivatives of the model shall be subject to the same restrictions as the model: "
    "they may not be shared under different permissions.",
    True: "Derivatives of the model may be shared under different permissions.",
}


def widest_commercial(permissions: Permissions) -> str:
    """The widest commercial use the permissions list (`None` when they list none)."""
    listed = [word for word in COMMERCIAL_WORDS if word in permissions.commercial]
    return listed[-1] if listed else "None"


def permissions_document(
    model: CivitaiModel, version_id: int, page: str, family_license: tuple[str, str] | None
) -> str:
    """The document of the model's permissions: the fields as the API answered them, then
    what each means in words; `family_license` is the (id, name) of the license of the base
    model family the grant is under, when known."""
    p = model.permissions
    commercial = "[" + ", ".join(p.commercial) + "]"
    lines = [
        f"Civitai permissions of model {model.id}, version {version_id} ({page}), as the "
        "Civitai API states them:",
        "",
        f"allowCommercialUse: {commercial}",
        f"allowNoCredit: {_word(p.no_credit)}",
        f"allowDerivatives: {_word(p.derivatives)}",
        f"allowDifferentLicense: {_word(p.different_license)}",
        "",
    ]
    if family_license is not None:
        license_id, name = family_license
        lines += [
            f"SPDX-License-Identifier: {license_id}",
            f"The creator gives these permissions under the {name}, the license of the base "
            "model family Civitai lists the model under; its terms apply as well.",
            "",
        ]
    lines += [
        _COMMERCIAL[widest_commercial(p)],
        "",
        _CREDIT[p.no_credit],
        "",
        _DERIVATIVES[p.derivatives],
        "",
        _DIFFERENT[p.different_license],
        "",
    ]
    return "\n".join(lines)


def _word(value: bool) -> str:
    return "true" if value else "false"
