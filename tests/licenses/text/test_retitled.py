"""A license body published under another title is a license of its own built on the body's
reference; the reference with only a preface above it is still the reference.

The texts here are fictional licenses written for these tests (a made-up "Heron Commons"
standard license and a made-up vendor's model license), identified against the real records
plus fictional ones; the corpus tests read the shared corpus at run time and skip without it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from auditor.knowledge.license_db import LicenseDB, LicenseRecord, Term, load_license_db
from auditor.licenses.text.fingerprint import FingerprintSet, fingerprint_text
from auditor.licenses.text.identify import TextIdentification, identify_text
from auditor.licenses.text.matchers.document import Document
from auditor.licenses.text.normalize import extract_title
from auditor.licenses.text.own_name import extract_titles
from auditor.licenses.text.similarity import (
    ACCEPT_THRESHOLD,
    DERIVED_THRESHOLD,
    MODIFIED_THRESHOLD,
    reference_index,
)
from auditor.model.kinds import LicenseKind

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "licenses"
REVIEW_LINE = 0.9

STANDARD = """Heron Attribution 3.0 International

==========================================================

Heron Commons is not a law office and gives nobody advice. Handing out our licenses does not
make us your counsel, and we promise nothing about what they do for you or for your work.

Using Heron Public Licenses

People who share their work pick one of our licenses to say what others may do with it. The
notes below help them choose; they are not part of any license and bind nobody at all.

==========================================================

Heron Commons Attribution 3.0 International Public License

By using the Shared Work you take on the terms of this Heron Commons Attribution 3.0
International Public License, and the Sharer gives you the rights below in return.

Part 1. Words. The Shared Work is what the Sharer offers under this license. A Remix is
anything you make from the Shared Work by changing, translating or combining it with other
work. You are whoever uses the rights this license gives.

Part 2. Rights. The Sharer lets you copy the Shared Work, show it in public, hand it to
others and make Remixes of it, anywhere in the world, free of charge, for as long as the
rights in it last. These rights cover every medium, including ones not yet invented.

Part 3. Credit. Whenever you hand on the Shared Work or a Remix, you must name the Sharer
the way they asked to be named, point to this license, and say whether you changed the work.
If the Sharer asks you to take their name off a Remix, you must do so where you reasonably
can.

Part 4. No warranty. The Sharer offers the Shared Work as it is and makes no promise about
it, whether about its quality, its fitness for a purpose or the absence of errors in it.

Part 5. Ending. Your rights end by themselves the moment you break these terms. They come
back if you fix the breach within thirty days of finding out about it.

Part 6. Other matters. Nothing here limits what the law lets anyone do without a license.
A term that cannot be enforced is cut back only as far as needed, and the rest still applies.
"""
STANDARD_NAME = "Heron Commons Attribution 3.0 International Public License"
NAME_HEADING = "Heron Attribution 3.0 International"
PREFACE_HEADING = "Using Heron Public Licenses"
OWN_TITLE = "Quillon Open Weights License"

VENDOR = """Tarnwick Model License

1. Definitions. "Licensor" means Tarnwick Robotics Ltd., who publishes the model under this
license. "Model" means the weights, code and files that the Licensor releases with this
license. "You" means the person or company that accepts this license by using the Tarnwick
Model.

2. Grant. Tarnwick grants you a worldwide, royalty-free license to run, copy, change and
share the Tarnwick Model, and to publish works built from the Tarnwick Model, on the terms of
this license. The Licensor keeps every right it does not grant here.

3. Conditions. You must give a copy of this license to anyone who receives the Tarnwick Model
from you, and you must state in a notice that your work is built on a model made by Tarnwick.
You may not use the name Tarnwick to promote your products without written consent.

4. Restrictions. You may not use the Tarnwick Model to harm people, to break the law, or to
build weapons. You may not use outputs of the Tarnwick Model to train a model that competes
with the Tarnwick Model, unless the Licensor agrees to it in writing.

5. Warranty. Tarnwick provides the Tarnwick Model as it is, without any warranty. Tarnwick is
not liable for any damage that comes from your use of the Tarnwick Model.

6. Termination. If you break this license, the Licensor may end it by notice, and you must
then stop using the Tarnwick Model and delete every copy of it in your hands.

7. Law. The courts of Lisbon decide any dispute about this license under the law of Portugal.
Questions about this license go to the legal team of Tarnwick at its registered office.
"""


def _record(slug: str, name: str, aliases: tuple[str, ...], kind: LicenseKind) -> LicenseRecord:
    return LicenseRecord(
        id=f"LicenseRef-test-{slug}",
        name=name,
        family=slug,
        kind=kind,
        summary="A fictional license used only by the identification tests.",
        aliases=aliases,
        terms={"commercial_use": Term(value="allowed", clause="2")},
    )


STANDARD_RECORD = _record(
    "heron-by-3.0",
    STANDARD_NAME,
    (STANDARD_NAME.lower(), NAME_HEADING.lower(), "heron-by-3.0"),
    LicenseKind.PERMISSIVE_OSS,
)
VENDOR_RECORD = _record(
    "tarnwick-model",
    "Tarnwick Model License",
    ("tarnwick model license",),
    LicenseKind.OPEN_WEIGHT_RESTRICTED,
)


def _db() -> LicenseDB:
    base = load_license_db()
    chosen = {r.id: r for r in (STANDARD_RECORD, VENDOR_RECORD)}
    return replace(base, records={**base.records, **chosen})


def _fingerprints() -> FingerprintSet:
    return FingerprintSet(
        references=(
            fingerprint_text(STANDARD, record_id=STANDARD_RECORD.id, source="test:standard"),
            fingerprint_text(VENDOR, record_id=VENDOR_RECORD.id, source="test:vendor"),
        )
    )


def _identify(text: str) -> TextIdentification:
    return identify_text(text, db=_db(), fingerprints=_fingerprints())


def _retitled_throughout(text: str) -> str:
    """Every line naming the standard license says the new title; its preface is untouched."""
    return text.replace(STANDARD_NAME, OWN_TITLE).replace(NAME_HEADING, OWN_TITLE)


def test_the_reference_title_read_from_the_standard_text_is_its_preface_heading() -> None:
    # the shape the rule is about: the stored title is a section heading, not the license name
    assert extract_title(STANDARD) == PREFACE_HEADING
    assert extract_titles(STANDARD) == (NAME_HEADING,)


def test_standard_text_retitled_throughout_is_a_license_of_its_own() -> None:
    text = _retitled_throughout(STANDARD)
    assert PREFACE_HEADING in text  # the preface heading stands: it names no license
    found = _identify(text)
    assert found.match is not None
    assert found.match.id == "LicenseRef-quillon-open-weights-license"
    assert found.match.derived_from == STANDARD_RECORD.id
    assert found.match.method == "text-derived"
    assert found.match.confidence < REVIEW_LINE


@pytest.mark.parametrize(
    "preface",
    [
        f"{OWN_TITLE}\n\nThe Quillon weights are released under the license reproduced below.\n\n",
        "The Quillon weights are released under the license reproduced below.\n\n",
    ],
    ids=["titled-preface", "untitled-preface"],
)
def test_standard_text_with_only_a_preface_above_it_is_the_standard(preface: str) -> None:
    found = _identify(preface + STANDARD)
    assert found.match is not None
    assert found.match.id == STANDARD_RECORD.id
    assert found.match.derived_from is None


def test_a_preface_heading_renamed_under_the_standard_title_is_a_changed_copy() -> None:
    # its title and its license heading still name the standard: a changed copy, not a retitle
    found = _identify(STANDARD.replace(PREFACE_HEADING, OWN_TITLE))
    assert found.match is not None
    assert found.match.id == STANDARD_RECORD.id
    assert found.match.method == "text-modified"
    assert OWN_TITLE in found.differences


def _renamed_vendor(title: str) -> str:
    """The vendor's text under another title, with the vendor's names changed throughout."""
    body = VENDOR.replace("Tarnwick Model License", title)
    return body.replace("Tarnwick Robotics Ltd.", "Bexley Forge GmbH").replace("Tarnwick", "Bexley")


def _score(text: str) -> float:
    db, fingerprints = _db(), _fingerprints()
    document = Document(text, db, reference_index(fingerprints), ACCEPT_THRESHOLD)
    return document.scores[0].score if document.scores else 0.0


def test_vendor_text_renamed_throughout_is_built_on_it() -> None:
    text = _renamed_vendor("Bexley Weights Agreement")
    # the renaming breaks enough shingles to fall below the modified band: the case in hand
    assert DERIVED_THRESHOLD <= _score(text) < MODIFIED_THRESHOLD
    found = _identify(text)
    assert found.match is not None
    assert found.match.id == "LicenseRef-bexley-weights-agreement"
    assert found.match.derived_from == VENDOR_RECORD.id
    assert found.match.method == "text-derived"
    assert found.match.confidence < REVIEW_LINE
    assert found.differences[:1] == ("Bexley Weights Agreement",)


def test_text_sharing_less_with_a_reference_is_not_built_on_it() -> None:
    half = "\n\n".join(_renamed_vendor("Bexley Weights Agreement").split("\n\n")[:4])
    text = half + "\n\n8. Fees. You pay Bexley a fee for each copy you make of the model.\n"
    assert _score(text) < DERIVED_THRESHOLD
    found = _identify(text)
    assert found.match is None or found.match.derived_from is None


def _corpus_text(name: str) -> str:
    path = CORPUS / f"{name}.txt"
    if not path.is_file():
        pytest.skip(f"needs the shared corpus at {CORPUS}")
    return path.read_text("utf-8")


def test_corpus_cc_text_retitled_throughout_is_a_license_of_its_own() -> None:
    text = _corpus_text("cc-by-nc-sa-4.0")
    name = "Attribution-NonCommercial-ShareAlike 4.0 International"
    retitled = text.replace(f"Creative Commons {name}", OWN_TITLE).replace(name, OWN_TITLE)
    found = identify_text(retitled)
    assert found.match is not None
    assert found.match.id == "LicenseRef-quillon-open-weights-license"
    assert found.match.derived_from == "CC-BY-NC-SA-4.0"


def test_corpus_cc_text_under_a_preface_is_cc() -> None:
    text = _corpus_text("cc-by-nc-sa-4.0")
    preface = f"{OWN_TITLE}\n\nThe Quillon weights are released under the license below.\n\n"
    found = identify_text(preface + text)
    assert found.match is not None
    assert found.match.id == "CC-BY-NC-SA-4.0"
