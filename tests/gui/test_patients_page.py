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
from tests.gui.patient_screens import click, in_dialog, open_patients, table_rows, type_into

ENTER = Qt.Key.Key_Return


def test_a_nurse_registers_a_patient_by_typing_and_a_bad_nhs_number_is_refused(
    qtbot, world
) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    assert table_rows(page.model, range(2)) == [["HAT-0001", "Sam Patient"]]
    errors: list[str] = []
    failures: list[BaseException] = []

    def fill(dialog) -> None:
        assert dialog.windowTitle() == "New patient"
        qtbot.keyClicks(dialog.ui.clinicNumberEdit, "hat-0042")
        type_into(qtbot, dialog.ui.fullNameEdit, "Zoë Ní Bhriain")
        qtbot.keyClicks(dialog.ui.birthEdit, "14/02/1988")
        qtbot.keyClicks(dialog.ui.addressEdit, "3 Grange Road")
        qtbot.keyClick(dialog.ui.addressEdit, ENTER)
        qtbot.keyClicks(dialog.ui.addressEdit, "Middlesbrough TS1 2LR")
        qtbot.keyClicks(dialog.ui.nhsEdit, "943 476 5910")
        qtbot.keyClicks(dialog.ui.alertsEdit, "Penicillin allergy")
        click(qtbot, dialog.ui.saveButton)
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.nhsEdit.clear()
        qtbot.keyClicks(dialog.ui.nhsEdit, "943 476 5919")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(fill, failures)
    click(qtbot, page.ui.newPatientButton)
    assert not failures, failures
    assert errors == ["943 476 5910 is not a valid NHS number: its check digit does not match."]
    assert page.showing_patient
    ui = page.detail.ui
    assert ui.patientName.text() == "HAT-0042 Zoë Ní Bhriain"
    assert ui.birthValue.text() == "14/02/1988 (age 38)"
    assert ui.addressValue.text() == "3 Grange Road\nMiddlesbrough TS1 2LR"
    assert ui.nhsValue.text() == "943 476 5919"
    assert ui.alertsValue.text() == "Penicillin allergy"
    assert ui.statusChip.text() == "Active"
    assert ui.photoLabel.text() == "No photo on file"
    assert ui.prescriptionValue.text() == "No current prescription"
    saved = patients.search(d.reg, d.nurse, "HAT-0042").exact
    assert saved is not None and saved.nhs_number == "9434765919"
    click(qtbot, ui.backButton)
    assert not page.showing_patient
    assert table_rows(page.model, range(4)) == [
        ["HAT-0001", "Sam Patient", "01/06/1985", "Active"],
        ["HAT-0042", "Zoë Ní Bhriain", "14/02/1988", "Active"],
    ]


def test_the_clinic_number_is_fixed_when_details_are_edited(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []

    def edit(dialog) -> None:
        assert dialog.ui.clinicNumberEdit.text() == "HAT-0001"
        assert dialog.ui.clinicNumberEdit.isReadOnly()
        assert dialog.ui.birthEdit.text() == "01/06/1985"
        dialog.ui.birthEdit.clear()
        qtbot.keyClicks(dialog.ui.birthEdit, "31/02/1985")
        click(qtbot, dialog.ui.saveButton)
        assert dialog.ui.errorLabel.text() == \
            "31/02/1985 is not a date in the calendar: check the date of birth."
        dialog.ui.birthEdit.clear()
        qtbot.keyClicks(dialog.ui.birthEdit, "02/06/1985")
        qtbot.keyClicks(dialog.ui.alertsEdit, "Needle phobia")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(edit, failures)
    click(qtbot, page.detail.ui.editButton)
    assert not failures, failures
    assert page.detail.ui.birthValue.text().startswith("02/06/1985")
    assert page.detail.ui.alertsValue.text() == "Needle phobia"


def test_search_by_name_and_by_a_scanned_card(qtbot, world) -> None:
    d = world
    d.add_patient("HAT-001", "Alex Smith")
    d.add_patient("HAT-0010", "Jo Smithson")
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    ui = page.ui
    assert page.model.rowCount() == 3 and ui.countLabel.text() == "3 patients"
    qtbot.keyClicks(ui.searchEdit, "smith")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert [r[1] for r in table_rows(page.model)] == ["Alex Smith", "Jo Smithson"]
    qtbot.keyClick(ui.searchEdit, ENTER)  # two matches: the list takes the focus
    assert not page.showing_patient and ui.patientsTable.hasFocus()

    ui.searchEdit.setFocus()
    ui.searchEdit.selectAll()
    qtbot.keyClicks(ui.searchEdit, "HAT-001")  # a scanner types the number, then Enter
    qtbot.keyClick(ui.searchEdit, ENTER)
    assert page.showing_patient
    assert page.detail.ui.patientName.text() == "HAT-001 Alex Smith"

    click(qtbot, page.detail.ui.backButton)
    ui.searchEdit.selectAll()
    qtbot.keyClicks(ui.searchEdit, "HAT-9999")
    qtbot.keyClick(ui.searchEdit, ENTER)
    assert not page.showing_patient
    assert ui.errorLabel.text() == ("No patient matches “HAT-9999”. Tick 'Show discharged' "
                                    "to search discharged patients too.")


def png_file(folder: Path, name: str = "sam.png", size: tuple[int, int] = (300, 400)) -> Path:
    path = folder / name
    picture = Image.new("RGB", size, "#7aa5b8")
    picture.paste((240, 220, 200), (100, 80, 200, 220))
    picture.save(path, format="PNG")
    return path


def test_import_a_photo_and_a_file_that_is_not_a_picture_is_refused(
    qtbot, world, tmp_path, monkeypatch
) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    assert ui.photoLabel.text() == "No photo on file"
    chosen: list[Path | None] = [None]
    asked: list[str] = []

    def choose(parent, caption, folder, filters):
        asked.append(caption)
        return (str(chosen[0]) if chosen[0] else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    click(qtbot, ui.importPhotoButton)  # the user cancels: nothing happens
    assert asked == ["Import a photo of Sam Patient"] and not ui.errorLabel.isVisible()

    chosen[0] = tmp_path / "notes.txt"
    chosen[0].write_text("not a picture")
    click(qtbot, ui.importPhotoButton)
    assert ui.errorLabel.text() == "That file is not a picture HAT Desktop can read (use JPEG " \
        "or PNG)."
    chosen[0] = tmp_path / "gone.png"
    click(qtbot, ui.importPhotoButton)
    assert ui.errorLabel.text() == "gone.png could not be read (No such file or directory)."

    chosen[0] = png_file(tmp_path, size=(600, 800))
    click(qtbot, ui.importPhotoButton)
    assert not ui.errorLabel.isVisible()
    assert ui.photoLabel.accessibleName() == "Photo of Sam Patient"
    assert not ui.photoLabel.pixmap().isNull() and ui.photoLabel.text() == ""
    stored = patients.photo(d.reg, d.nurse, d.patient.id)
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as img:
        assert img.format == "PNG" and img.size == (360, 480)  # scaled, longest side 480


def test_a_nurse_is_not_offered_to_change_a_patients_status(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    assert ui.editButton.isVisible()
    assert not any(b.isVisible() for b in (ui.suspendButton, ui.dischargeButton,
                                           ui.reactivateButton))


def test_suspend_with_a_reason_then_reactivate(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    assert ui.suspendButton.isVisible() and not ui.reactivateButton.isVisible()
    errors: list[str] = []
    failures: list[BaseException] = []

    def suspend(dialog) -> None:
        assert dialog.windowTitle() == "Suspend HAT-0001 Sam Patient"
        click(qtbot, dialog.ui.confirmButton)
        errors.append(dialog.ui.errorLabel.text())
        qtbot.keyClicks(dialog.ui.reasonEdit, "In hospital (James Cook) until further notice")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(suspend, failures)
    click(qtbot, ui.suspendButton)
    assert not failures, failures
    assert errors == ["Enter the reason for the change of status."]
    assert ui.statusChip.text() == "Suspended"
    assert not ui.suspendButton.isVisible() and ui.reactivateButton.isVisible()
    assert patients.get(d.reg, d.nurse, d.patient.id).status.value == "suspended"

    def reactivate(dialog) -> None:
        qtbot.keyClicks(dialog.ui.reasonEdit, "Discharged from hospital; seen by Dr Pat")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(reactivate, failures)
    click(qtbot, ui.reactivateButton)
    assert not failures, failures
    assert ui.statusChip.text() == "Active" and ui.suspendButton.isVisible()
    entries = audit.entries(d.reg.db, actions=["patient_status"])
    assert [e.details["status"] for e in entries][:2] == ["active", "suspended"]


def test_a_discharged_patient_is_listed_only_when_asked_for(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.manager)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []

    def discharge(dialog) -> None:
        qtbot.keyClicks(dialog.ui.reasonEdit, "Moved to Leeds; care transferred")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(discharge, failures)
    click(qtbot, page.detail.ui.dischargeButton)
    assert not failures, failures
    assert page.detail.ui.statusChip.text() == "Discharged"
    click(qtbot, page.detail.ui.backButton)
    assert page.model.rowCount() == 0 and page.ui.countLabel.text() == "0 patients"
    click(qtbot, page.ui.showDischargedCheck)
    assert table_rows(page.model, range(4)) == [
        ["HAT-0001", "Sam Patient", "01/06/1985", "Discharged"]]


def test_roles_that_may_not_change_patients_see_no_such_buttons(qtbot, world) -> None:
    d = world
    inspector = d.make_user(Role.INSPECTOR, "ivy")
    _window, page = open_patients(qtbot, d.reg, inspector)
    assert not page.ui.newPatientButton.isVisible()
    page.open_patient(d.patient.id)
    ui = page.detail.ui
    hidden = [ui.editButton, ui.importPhotoButton, ui.suspendButton, ui.dischargeButton,
              ui.reactivateButton, ui.prescribeButton, ui.reviewHoldButton]
    assert not any(button.isVisible() for button in hidden)
    assert ui.printCardButton.isVisible()


def test_print_the_patient_card(qtbot, world, monkeypatch) -> None:
    d = world
    patients.update_patient(d.reg, d.nurse, d.patient.id, PatientDetails(
        "HAT-0001", "Sam Patient", date(1985, 6, 1), "12 Linthorpe Road"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    click(qtbot, page.detail.ui.printCardButton)
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
