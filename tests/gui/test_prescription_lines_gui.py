"""A prescriber writes a prescription of two lines on the patient's page, as a person
would (issue 16): injectable diamorphine with a different morning and afternoon dose, and
oral methadone taken home; and a line above the clinic's ceiling is refused, naming it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hat_desktop.domain.prescriptions import Route
from hat_desktop.services import prescriptions
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype, table_rows
from tests.gui.test_prescription_and_review import new_patient
from tests.world import methadone


def tick(qtbot, products, code: str) -> None:
    """Move to the product and tick it with the space bar."""
    row = next(i for i in range(products.count()) if f"({code})" in products.item(i).text())
    products.setCurrentRow(row)
    qtbot.keyClick(products, Qt.Key.Key_Space)
    assert products.item(row).checkState() == Qt.CheckState.Checked


def choose(qtbot, combo, typed: str) -> None:
    """Type the start of an item, as a person does (after a pause: a combo box takes keys
    typed in quick succession as one search)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(combo, typed)


def write_two_lines(qtbot, dialog, morning: str = "200") -> None:
    products = part(dialog, "sectionsList")
    for code in ("DIAM100", "DIAM500"):
        tick(qtbot, products, code)
    choose(qtbot, part(dialog, "routeCombo"), "IV")
    retype(qtbot, part(dialog, "doseSpin"), morning)
    retype(qtbot, part(dialog, "session2Dose"), "150")  # less in the afternoon
    click(qtbot, part(dialog, "addLineButton"))
    assert part(dialog, "lineCombo").currentText() == "Line 2 of 2: no product chosen yet"
    assert not [products.item(i) for i in range(products.count())
                if products.item(i).checkState() == Qt.CheckState.Checked]
    tick(qtbot, products, "METH1")
    choose(qtbot, part(dialog, "routeCombo"), "o")
    retype(qtbot, part(dialog, "doseSpin"), "30")
    click(qtbot, part(dialog, "session1Check"))  # the night dose: afternoon only
    click(qtbot, part(dialog, "takeHomeCheck"))
    assert part(dialog, "routeCombo").currentData() == "oral"


def test_a_prescriber_writes_two_lines_with_different_session_doses(qtbot, world) -> None:
    d = world
    methadone(d)
    patient = new_patient(d)
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def write(dialog) -> None:
        write_two_lines(qtbot, dialog)
        part(dialog, "lineCombo").setCurrentIndex(0)  # back to line 1: kept as typed
        assert part(dialog, "doseSpin").value() == 200
        assert part(dialog, "session2Dose").value() == 150
        dialog.grab().save("/tmp/i16-prescription-two-lines.png")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())

    in_dialog(write, failures)
    click(qtbot, page.detail.ui.prescribeButton)
    assert not failures, failures
    [rx] = prescriptions.versions(d.reg, d.prescriber, patient.id)
    diam, meth = rx.lines
    assert (diam.route, diam.doses, diam.take_home) == (Route.IV, ((1, 200), (2, 150)), False)
    assert set(diam.section_ids) == {d.diam100.id, d.diam500.id}
    assert (meth.route, meth.doses, meth.take_home) == (Route.ORAL, ((2, 30),), True)
    assert table_rows(page.detail.versions_model, range(3)) == [
        ["v1 (current)", "Diamorphine 200/150 mg IV + Methadone 30 mg oral, take-home", "1, 2"]]
    assert "Methadone hydrochloride, oral, 30 mg (session 2), take-home" in \
        page.detail.ui.versionDetail.text()


def test_a_prescription_above_a_clinic_ceiling_is_refused_with_the_ceiling_named(
        qtbot, world) -> None:
    d = world
    methadone(d)
    patient = new_patient(d)
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def write(dialog) -> None:
        write_two_lines(qtbot, dialog, morning="600")
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        dialog.grab().save("/tmp/i16-prescription-ceiling.png")

    in_dialog(write, failures)
    click(qtbot, page.detail.ui.prescribeButton)
    assert not failures, failures
    assert seen == ["Line 1: 600 mg of Diamorphine hydrochloride in one injection is above "
                    "the clinic's ceiling of 500 mg per injection."]
    assert prescriptions.versions(d.reg, d.prescriber, patient.id) == []
