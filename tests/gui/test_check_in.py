# ruff: noqa: F811 - pytest fixtures (dc) are imported, then named as test arguments
"""The check-in and dosing screen, driven from the keyboard as a nurse with a card
scanner would: scan, confirm identity, assess, dose, witness."""


from PySide6.QtCore import Qt

from hat_desktop.domain.register import EntryKind
from hat_desktop.services import register
from tests.conftest import PASSWORD
from tests.dosing_fixtures import dc, dose_request  # noqa: F401 - fixture
from tests.gui.conftest import when_dialog_opens
from tests.gui.dosing_screens import (
    cell,
    focused,
    open_today,
    press,
    type_text,
    wait_focus,
)

TAB = Qt.Key.Key_Tab
ENTER = Qt.Key.Key_Return


def sign_as(qtbot, username: str, seen: list[str]):
    """The witness types their user name, Enter, their password, Enter."""

    def sign(dialog) -> None:
        try:
            seen.append(dialog.summaryLabel.text())
            wait_focus(qtbot, dialog.userEdit)
            type_text(qtbot, username)
            press(qtbot, ENTER)
            assert focused() is dialog.passwordEdit
            type_text(qtbot, PASSWORD)
            press(qtbot, ENTER)
        finally:
            if dialog.isVisible():  # never leave a test blocked in a modal dialog
                seen.append(dialog.errorLabel.text())
                dialog.reject()

    return sign


def scan(qtbot, window, text: str):
    """F2 from anywhere, then the scanner types the number and Enter."""
    window.view.navList.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    page = window.page("Today")
    assert focused() is page.view.scanEdit
    type_text(qtbot, text)
    press(qtbot, ENTER)
    return page


def administrations(d, section) -> list:
    return [e for e in register.entries(d.clinic, d.manager, section.id)
            if e.entry.kind is EntryKind.ADMINISTRATION]


def test_routine_dose_by_keyboard_only(qtbot, dc) -> None:
    d = dc
    window, _ = open_today(qtbot, d)
    page = scan(qtbot, window, "hat-0001")
    dialog = page.check_in
    assert dialog is not None
    v = dialog.view
    assert v.patientName.text() == "Sam Patient"
    assert "Clinic number HAT-0001" in v.detailsLabel.text()
    assert v.photoLabel.text().startswith("No photo on file")
    assert "180 mg per session" in v.prescriptionLabel.text()
    wait_focus(qtbot, v.identityButton)

    press(qtbot, ENTER)  # identity confirmed against the photo: one keystroke to the dose
    assert v.doseArea.isVisible() and focused() is v.sedationCombo
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "Alert, chatting")
    press(qtbot, TAB)
    assert focused() is v.doseRadio and v.doseRadio.isChecked()
    press(qtbot, TAB)
    assert focused().accessibleName() == "100 mg ampoules opened (DIAM100)"
    type_text(qtbot, "2")
    press(qtbot, TAB)
    press(qtbot, TAB)
    assert focused() is v.mgSpin and v.mgSpin.value() == 180
    assert v.wasteLabel.text() == "Wasted: 20 mg (200 mg opened − 180 mg given)"
    press(qtbot, TAB)
    assert focused() is v.recordDoseButton
    seen: list[str] = []
    when_dialog_opens(sign_as(qtbot, "nora", seen))
    press(qtbot, ENTER)

    assert seen and "180 mg given, 20 mg wasted" in seen[0]
    assert v.stages.currentWidget() is v.donePage
    entries = administrations(d, d.diam100)
    assert len(entries) == 1
    entry = entries[0].entry
    assert entry.quantity_out == 2 and entry.details["mg_administered"] == 180
    assert entry.witness_name == "Nora Nurse (nurse)"
    text = v.resultLabel.text()
    assert "Given: 180 mg" in text and "Wasted: 20 mg" in text
    assert f"Register entry: no. {entry.id} (DIAM100)" in text
    assert "Observe until 10:20" in text
    wait_focus(qtbot, v.closeButton)
    press(qtbot, ENTER)
    assert page.check_in is None
    wait_focus(qtbot, page.view.scanEdit)
    assert cell(page, "HAT-0001", 1).startswith("In observation · 180 mg at 10:00")
