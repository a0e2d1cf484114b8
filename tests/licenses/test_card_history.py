"""A card's history of the license (`first released under X 1.0`) is no claim when the repo
ships a later version of the same family; a history naming another family stays. Card texts
are our own wording; the license texts are read from the corpus at test time."""

from __future__ import annotations

from pathlib import Path

from auditor.knowledge.license_db import load_license_db
from auditor.licenses.card_history import without_archived_files, without_superseded
from auditor.licenses.text.identify import TextIdentification, identify_text
from auditor.model import LicenseFile
from auditor.model.evidence import CARD_DOCUMENT_ORIGIN

DB = load_license_db()


def _identify(text: str) -> TextIdentification:
    return identify_text(text, db=DB)


def _file(path: str, text: str, origin: str) -> tuple[LicenseFile, TextIdentification]:
    return LicenseFile(path, None, len(text), text, origin), _identify(text)


def _card(text: str) -> tuple[LicenseFile, TextIdentification]:
    return _file("README.md#license", text, CARD_DOCUMENT_ORIGIN)


def test_an_earlier_version_named_as_history_is_dropped(corpus: Path) -> None:
    shipped = _file(
        "LICENSE", (corpus / "licenses" / "yi-community-2.1.txt").read_text(), "LICENSE"
    )
    history = (
        "Mirror of the chat model.\nThese weights were first released under the Yi Series Models\n"
        "License Agreement 1.0; the copy here comes with the newer agreement.\n"
    )
    (card,) = without_superseded([_card(history)], [shipped], DB, _identify)
    document, identity = card
    assert document.text is not None and "Yi Series" not in document.text
    assert document.text.count("\n") == history.count("\n")  # line numbers kept
    assert identity.match is None or identity.match.id != "LicenseRef-yi-license-1.0"
    assert _card(history)[1].match is not None  # before: the card named the earlier version


def test_a_history_of_another_family_stays(corpus: Path) -> None:
    # a re-uploader cannot relicense: the original non-commercial license may still bind
    shipped = _file("LICENSE", (corpus / "licenses" / "mit.txt").read_text(), "LICENSE")
    history = "This model was first released under CC BY-NC 4.0 by its authors.\n"
    ((document, _),) = without_superseded([_card(history)], [shipped], DB, _identify)
    assert document.text == history


def test_a_present_statement_of_the_earlier_version_stays(corpus: Path) -> None:
    shipped = _file(
        "LICENSE", (corpus / "licenses" / "yi-community-2.1.txt").read_text(), "LICENSE"
    )
    present = "The weights are licensed under the Yi Series Models License Agreement 1.0.\n"
    ((document, _),) = without_superseded([_card(present)], [shipped], DB, _identify)
    assert document.text == present


def _licence(corpus: Path, path: str, name: str) -> tuple[LicenseFile, TextIdentification]:
    return _file(path, (corpus / "licenses" / name).read_text(), "LICENSE")


def test_an_archived_copy_beside_the_current_text_of_its_family_is_set_aside_and_said(
    corpus: Path,
) -> None:
    current = _licence(corpus, "MODEL_LICENSE", "chatglm-6b-model.txt")
    archived = _licence(
        corpus, "docs/history/MODEL_LICENSE-2023-05.txt", "chatglm-6b-model-2023-05.txt"
    )
    old_name = _licence(corpus, "MODEL_LICENSE.old", "chatglm-6b-model-2023-05.txt")
    for marked in (archived, old_name):
        kept, findings = without_archived_files([current, marked], DB)
        assert [f.path for f, _ in kept] == ["MODEL_LICENSE"]
        assert [f.rule for f in findings] == ["license-file-archived"]
        assert findings[0].evidence[0].file == marked[0].path


def test_an_archived_copy_binds_when_nothing_current_of_its_family_is_shipped(
    corpus: Path,
) -> None:
    archived = _licence(corpus, "archive/MODEL_LICENSE", "chatglm-6b-model-2023-05.txt")
    other = _licence(corpus, "LICENSE", "apache-2.0.txt")
    kept, findings = without_archived_files([other, archived], DB)
    assert len(kept) == 2 and not findings
    # a folder merely named like a word that contains one (`golden/`, `holdout/`) marks nothing
    current = _licence(corpus, "MODEL_LICENSE", "chatglm-6b-model.txt")
    beside = _licence(corpus, "golden/MODEL_LICENSE", "chatglm-6b-model-2023-05.txt")
    kept, findings = without_archived_files([current, beside], DB)
    assert len(kept) == 2 and not findings
