"""The Patients page as staff use it: register a patient by typing, find patients by name
and by a scanned card, import a photo, suspend and reactivate, print the card."""

import io
from datetime import date
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from hat_desktop.domain.patients import PatientDetails
from hat_desktop.domain.roles import Role
from hat_desktop.services import patients, print_copies
from hat_desktop.store import audit
from tests import dosing_fixtures
from tests.gui.patient_screens import click, in_dialog, open_patients, table_rows, type_into

dc = dosing_fixtures.dc  # the fixture: a clinic with stock, staff and patient HAT-0001
ENTER = Qt.Key.Key_Return


def test_a_nurse_registers_a_patient_by_typing_and_a_bad_nhs_number_is_refused(
    qtbot, dc
) -> None:
    d = dc
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    assert table_rows(page.model, range(2)) == [["HAT-0001", "Sam Patient"]]
    errors: list[str] = []
    failures: list[BaseException] = []

    def fill(dialog) -> None:
        assert dialog.windowTitle() == "New patient"
        qtbot.keyClicks(dialog.clinicNumberEdit, "hat-0042")
        type_into(qtbot, dialog.fullNameEdit, "Zoë Ní Bhriain")
        qtbot.keyClicks(dialog.birthEdit, "14/02/1988")
        qtbot.keyClicks(dialog.addressEdit, "3 Grange Road")
        qtbot.keyClick(dialog.addressEdit, ENTER)
        qtbot.keyClicks(dialog.addressEdit, "Middlesbrough TS1 2LR")
        qtbot.keyClicks(dialog.nhsEdit, "943 476 5910")
        qtbot.keyClicks(dialog.alertsEdit, "Penicillin allergy")
        click(qtbot, dialog.saveButton)
        errors.append(dialog.errorLabel.text())
        dialog.nhsEdit.clear()
        qtbot.keyClicks(dialog.nhsEdit, "943 476 5919")
        click(qtbot, dialog.saveButton)

    in_dialog(fill, failures)
    click(qtbot, page.view.newPatientButton)
    assert not failures, failures
    assert errors == ["943 476 5910 is not a valid NHS number: its check digit does not match."]
    assert page.showing_patient
    v = page.detail.view
    assert v.patientName.text() == "HAT-0042 Zoë Ní Bhriain"
    assert v.birthValue.text() == "14/02/1988 (age 38)"
    assert v.addressValue.text() == "3 Grange Road\nMiddlesbrough TS1 2LR"
    assert v.nhsValue.text() == "943 476 5919"
    assert v.alertsValue.text() == "Penicillin allergy"
    assert v.statusChip.text() == "Active"
    assert v.photoLabel.text() == "No photo on file"
    assert v.prescriptionValue.text() == "No current prescription"
    saved = patients.search(d.reg, d.nurse, "HAT-0042").exact
    assert saved is not None and saved.nhs_number == "9434765919"
    click(qtbot, v.backButton)
    assert not page.showing_patient
    assert table_rows(page.model, range(4)) == [
        ["HAT-0001", "Sam Patient", "01/06/1985", "Active"],
        ["HAT-0042", "Zoë Ní Bhriain", "14/02/1988", "Active"],
    ]


def test_the_clinic_number_is_fixed_when_details_are_edited(qtbot, dc) -> None:
    d = dc
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []

    def edit(dialog) -> None:
        assert dialog.clinicNumberEdit.text() == "HAT-0001"
        assert dialog.clinicNumberEdit.isReadOnly()
        assert dialog.birthEdit.text() == "01/06/1985"
        dialog.birthEdit.clear()
        qtbot.keyClicks(dialog.birthEdit, "31/02/1985")
        click(qtbot, dialog.saveButton)
        assert dialog.errorLabel.text() == \
            "31/02/1985 is not a date in the calendar: check the date of birth."
        dialog.birthEdit.clear()
        qtbot.keyClicks(dialog.birthEdit, "02/06/1985")
        qtbot.keyClicks(dialog.alertsEdit, "Needle phobia")
        click(qtbot, dialog.saveButton)

    in_dialog(edit, failures)
    click(qtbot, page.detail.view.editButton)
    assert not failures, failures
    assert page.detail.view.birthValue.text().startswith("02/06/1985")
    assert page.detail.view.alertsValue.text() == "Needle phobia"


def test_search_by_name_and_by_a_scanned_card(qtbot, dc) -> None:
    d = dc
    d.add_patient("HAT-001", "Alex Smith")
    d.add_patient("HAT-0010", "Jo Smithson")
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    v = page.view
    assert page.model.rowCount() == 3 and v.countLabel.text() == "3 patients"
    qtbot.keyClicks(v.searchEdit, "smith")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert [r[1] for r in table_rows(page.model)] == ["Alex Smith", "Jo Smithson"]
    qtbot.keyClick(v.searchEdit, ENTER)  # two matches: the list takes the focus
    assert not page.showing_patient and v.patientsTable.hasFocus()

    v.searchEdit.setFocus()
    v.searchEdit.selectAll()
    qtbot.keyClicks(v.searchEdit, "HAT-001")  # a scanner types the number, then Enter
    qtbot.keyClick(v.searchEdit, ENTER)
    assert page.showing_patient
    assert page.detail.view.patientName.text() == "HAT-001 Alex Smith"

    click(qtbot, page.detail.view.backButton)
    v.searchEdit.selectAll()
    qtbot.keyClicks(v.searchEdit, "HAT-9999")
    qtbot.keyClick(v.searchEdit, ENTER)
    assert not page.showing_patient
    assert v.errorLabel.text() == ("No patient matches “HAT-9999”. Tick 'Show discharged' "
                                   "to search discharged patients too.")


def png_file(folder: Path, name: str = "sam.png", size: tuple[int, int] = (300, 400)) -> Path:
    path = folder / name
    picture = Image.new("RGB", size, "#7aa5b8")
    picture.paste((240, 220, 200), (100, 80, 200, 220))
    picture.save(path, format="PNG")
    return path


def test_import_a_photo_and_a_file_that_is_not_a_picture_is_refused(
    qtbot, dc, tmp_path, monkeypatch
) -> None:
    d = dc
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    v = page.detail.view
    assert v.photoLabel.text() == "No photo on file"
    chosen: list[Path | None] = [None]
    asked: list[str] = []

    def choose(parent, caption, folder, filters):
        asked.append(caption)
        return (str(chosen[0]) if chosen[0] else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    click(qtbot, v.importPhotoButton)  # the user cancels: nothing happens
    assert asked == ["Import a photo of Sam Patient"] and not v.errorLabel.isVisible()

    chosen[0] = tmp_path / "notes.txt"
    chosen[0].write_text("not a picture")
    click(qtbot, v.importPhotoButton)
    assert v.errorLabel.text() == "That file is not a picture HAT Desktop can read (use JPEG " \
        "or PNG)."
    chosen[0] = tmp_path / "gone.png"
    click(qtbot, v.importPhotoButton)
    assert v.errorLabel.text() == "gone.png could not be read (No such file or directory)."

    chosen[0] = png_file(tmp_path, size=(600, 800))
    click(qtbot, v.importPhotoButton)
    assert not v.errorLabel.isVisible()
    assert v.photoLabel.accessibleName() == "Photo of Sam Patient"
    assert not v.photoLabel.pixmap().isNull() and v.photoLabel.text() == ""
    stored = patients.photo(d.reg, d.nurse, d.patient.id)
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as img:
        assert img.format == "PNG" and img.size == (360, 480)  # scaled, longest side 480


def test_suspend_with_a_reason_then_reactivate(qtbot, dc) -> None:
    d = dc
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    v = page.detail.view
    assert v.suspendButton.isVisible() and not v.reactivateButton.isVisible()
    errors: list[str] = []
    failures: list[BaseException] = []

    def suspend(dialog) -> None:
        assert dialog.windowTitle() == "Suspend HAT-0001 Sam Patient"
        click(qtbot, dialog.confirmButton)
        errors.append(dialog.errorLabel.text())
        qtbot.keyClicks(dialog.reasonEdit, "In hospital (James Cook) until further notice")
        click(qtbot, dialog.confirmButton)

    in_dialog(suspend, failures)
    click(qtbot, v.suspendButton)
    assert not failures, failures
    assert errors == ["Enter the reason for the change of status."]
    assert v.statusChip.text() == "Suspended"
    assert not v.suspendButton.isVisible() and v.reactivateButton.isVisible()
    assert patients.get(d.reg, d.nurse, d.patient.id).status.value == "suspended"

    def reactivate(dialog) -> None:
        qtbot.keyClicks(dialog.reasonEdit, "Discharged from hospital; seen by Dr Pat")
        click(qtbot, dialog.confirmButton)

    in_dialog(reactivate, failures)
    click(qtbot, v.reactivateButton)
    assert not failures, failures
    assert v.statusChip.text() == "Active" and v.suspendButton.isVisible()
    entries = audit.entries(d.reg.db, actions=["patient_status"])
    assert [e.details["status"] for e in entries][:2] == ["active", "suspended"]


def test_a_discharged_patient_is_listed_only_when_asked_for(qtbot, dc) -> None:
    d = dc
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []

    def discharge(dialog) -> None:
        qtbot.keyClicks(dialog.reasonEdit, "Moved to Leeds; care transferred")
        click(qtbot, dialog.confirmButton)

    in_dialog(discharge, failures)
    click(qtbot, page.detail.view.dischargeButton)
    assert not failures, failures
    assert page.detail.view.statusChip.text() == "Discharged"
    click(qtbot, page.detail.view.backButton)
    assert page.model.rowCount() == 0 and page.view.countLabel.text() == "0 patients"
    click(qtbot, page.view.showDischargedCheck)
    assert table_rows(page.model, range(4)) == [
        ["HAT-0001", "Sam Patient", "01/06/1985", "Discharged"]]


def test_roles_that_may_not_change_patients_see_no_such_buttons(qtbot, dc, make_user) -> None:
    d = dc
    inspector = make_user(Role.INSPECTOR, "ivy")
    _window, page = open_patients(qtbot, d.reg, inspector)
    assert not page.view.newPatientButton.isVisible()
    page.open_patient(d.patient.id)
    v = page.detail.view
    hidden = [v.editButton, v.importPhotoButton, v.suspendButton, v.dischargeButton,
              v.reactivateButton, v.prescribeButton, v.reviewHoldButton]
    assert not any(button.isVisible() for button in hidden)
    assert v.printCardButton.isVisible()


def test_print_the_patient_card(qtbot, dc, monkeypatch) -> None:
    d = dc
    patients.update_patient(d.reg, d.nurse, d.patient.id, PatientDetails(
        "HAT-0001", "Sam Patient", date(1985, 6, 1), "12 Linthorpe Road"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    click(qtbot, page.detail.view.printCardButton)
    assert len(opened) == 1
    card = Path(opened[0])
    assert card.name == "patient-card-HAT-0001.pdf"
    assert not card.is_relative_to(d.reg.data_dir)
    assert card.parent.stat().st_mode & 0o077 == 0  # a private folder
    text = PdfReader(card).pages[0].extract_text()
    assert "Sam Patient" in text and "HAT-0001" in text
    assert audit.entries(d.reg.db, limit=1)[0].action == "print"
    print_copies.remove_all()  # as when HAT Desktop closes
    assert not card.exists()
