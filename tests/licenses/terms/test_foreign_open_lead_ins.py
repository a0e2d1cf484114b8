"""A ban in another language left open at the end of its line ("Sie dürfen das Modell nicht
verwenden, um" / "Licencjobiorca nie może wykorzystywać Modelu w celu"), its sentence going on
in the items right below, introduces a list as a ban ending in a colon does
(`foreign_lists`): each item is read with the harms it names. A permission left open, or an open
ban with a blank line and a paragraph after it, introduces no list. Texts written for these
tests; expectations from what each says."""

from __future__ import annotations

from auditor.licenses.terms.foreign import read_foreign

_DE = (
    "# Nutzungsbedingungen für Milan-4B\n\n"
    "Es ist nicht gestattet, Milan-4B oder seine Ableitungen einzusetzen, um\n"
    "- Gesetze zu brechen oder gegen geltendes Recht zu verstoßen;\n"
    "- Beschäftigte anhand ihrer Stimme zu identifizieren;\n"
    "- Fotos anderer Menschen ohne Zustimmung sexualisiert zu bearbeiten.\n"
)
_PL = (
    "# Zasady korzystania z modelu Gil-2B\n\n"
    "Licencjobiorca nie może wykorzystywać Modelu ani jego modyfikacji w celu\n"
    "1) nękania innych osób;\n"
    "2) monitorowania pracowników bez ich wiedzy.\n"
)


def _tags(text: str) -> list[str]:
    value = read_foreign(text).values.get("use_restrictions")
    return sorted(value) if isinstance(value, list) else []


def test_a_german_open_lead_in_introduces_its_items() -> None:
    assert read_foreign(_DE).unread == ()
    assert _tags(_DE) == ["biometric-identification", "illegal-activity", "sexual-content"]


def test_a_polish_open_lead_in_introduces_its_items() -> None:
    assert read_foreign(_PL).unread == ()
    assert _tags(_PL) == ["harassment", "surveillance"]


def test_a_permission_left_open_bans_nothing() -> None:
    text = (
        "# Nutzungsbedingungen für Milan-4B\n\n"
        "Sie dürfen Milan-4B und seine Ableitungen frei verwenden, um\n"
        "- Betrugsversuche in Zahlungsdaten zu erkennen;\n"
        "- Überwachungskameras zu warten.\n"
    )
    assert _tags(text) == []


def test_an_open_ban_before_a_blank_line_introduces_no_list() -> None:
    text = (
        "# Nutzungsbedingungen für Milan-4B\n\n"
        "Sie dürfen Milan-4B ohne unsere Zustimmung nicht weitergeben\n\n"
        "Milan-4B wurde mit Daten zu militärischen Konflikten trainiert und fasst Berichte "
        "zusammen.\n"
    )
    assert "military" not in _tags(text)


def test_complete_bans_without_full_stops_are_no_lead_ins() -> None:
    # table rows and items that are each a whole ban keep their own harms and terms
    table = (
        "# Nutzungsbedingungen für Milan-4B\n\n"
        "| Nutzung | Regelung |\n|---|---|\n"
        "| Einsatz in Streitkräften und Bau von Sprengstoff | verboten |\n"
        "| Ausspähung von Mitarbeitern | verboten |\n"
    )
    assert _tags(table) == ["military", "surveillance", "weapons"]
    items = (
        "# Nutzungsbedingungen für Milan-4B\n\n"
        "- Die Weitergabe der Modellgewichte ist untersagt\n"
        "- Militärische Nutzung ist untersagt\n"
    )
    reading = read_foreign(items)
    assert reading.values.get("use_restrictions") == ["military"]
    assert reading.values.get("use_scope") == ["no-weight-redistribution"]
