"""A two-line dose on the check-in screen, as a nurse gives it (issue 16): the injection
(its site typed, the ampoules opened) and the oral methadone taken home (who collected
it typed), one witness for both; then the take-home supply is on the methadone register
page, read back from the PDF an inspector saves."""

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from hat_desktop.services import prescriptions
from tests.gui.dosing_screens import (
    TAB,
    administrations,
    focused,
    open_today,
    press,
    signed_by,
    start_dose,
    type_text,
)
from tests.gui.test_register_page import open_page
from tests.world import methadone, two_line_input


def row(v, name: str) -> QWidget:
    found = v.findChild(QWidget, name)
    assert found is not None, name
    return found


def test_a_two_line_dose_is_given_and_the_supply_printed_on_the_methadone_page(
        qtbot, world, monkeypatch, tmp_path, message_boxes) -> None:
    d = world
    meth = methadone(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover: oral methadone to take home"))
    window, _ = open_today(qtbot, d)
    window.view.resize(1280, 720)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    card = ui.prescriptionLabel.text()
    assert "Line 1: Diamorphine hydrochloride 200 mg IV, supervised" in card
    assert "Line 2: Methadone hydrochloride 30 mg oral, take-home" in card
    type_text(qtbot, "0")
    press(qtbot, TAB)
    type_text(qtbot, "0")
    press(qtbot, TAB)
    press(qtbot, TAB)
    type_text(qtbot, "0")  # no 100 mg ampoule
    press(qtbot, TAB)
    type_text(qtbot, "1")  # one 500 mg ampoule
    press(qtbot, TAB)
    assert focused() is ui.siteCombo
    type_text(qtbot, "Thigh, l")
    press(qtbot, TAB)
    assert focused() is ui.mgSpin and ui.mgSpin.value() == 200
    assert ui.mainLineLabel.isVisible() and ui.linesBox.isVisible()
    for _ in range(4):  # less, despite, late (hidden) skipped: line 2's choice, its mg...
        press(qtbot, TAB)
        if focused() is row(v, "line2Collected"):
            break
    assert focused() is row(v, "line2Collected")
    assert row(v, "line2Choice").currentText() == "Supplied to take home"
    assert row(v, "line2Mg").value() == 30
    type_text(qtbot, "Jo Bloggs (sister), 3 High St, TS1 2AB")
    v.grab().save("/tmp/i16-check-in-two-lines.png")
    seen = signed_by(qtbot, "nora")
    assert "500 mg), 200 mg given (site: Thigh, left), 300 mg wasted" in seen[0]
    assert "Line 2: 30 mg Methadone hydrochloride supplied to take home, collected by Jo " \
        "Bloggs (sister), 3 High St, TS1 2AB." in seen[0]
    assert ui.stages.currentWidget() is ui.donePage, ui.errorLabel.text()
    [injection] = administrations(d, d.diam500)
    [supply] = administrations(d, meth)
    assert injection.entry.details["site"] == "Thigh, left"
    assert supply.entry.quantity_out == 30 and supply.entry.details["take_home"] is True
    assert injection.entry.witness_name == supply.entry.witness_name == "Nora Nurse (nurse)"
    assert f"No. {supply.entry.number} in METH1" in ui.resultLabel.text()
    window.close()

    # The inspector saves the methadone pages as a PDF and reads the supply off it.
    window, register_page = open_page(qtbot, d.reg, d.inspector)
    register_page.choose_section("METH1")
    target = tmp_path / "meth"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    qtbot.mouseClick(register_page.ui.savePdfButton, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=10_000)
    text = subprocess.run(["pdftotext", "-layout", str(saved), "-"], capture_output=True,
                          text=True, check=True).stdout
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(saved),
                    "/tmp/i16-meth-page"], check=True)
    assert "Methadone hydrochloride 1 mg/ml oral solution" in text
    words = " ".join(text.split())  # the narrow columns wrap their text
    for shown in ("Supplied", "(take-home)", "30 mg to take", "Jo Bloggs", "(sister), 3",
                  "Sam Patient (HAT-0001)", "Home Office licence HO-123456"):
        assert shown in words, shown
    # The period's totals count the supply apart: nothing of METH1 was administered here.
    assert "Out: administered 0 ml (0 mg given" in words
    assert "supplied (take-home) 30 ml (30 mg to take home)" in words
    window.close()
