"""A line withheld on the check-in screen while the other is given, as a nurse records it
(the injection typed, the methadone withheld with its reason and a note, one witness);
then the attendance record saved from the Reports page has the methadone's row, with its
reason and its prescribed mg, read back from the PDF."""

import subprocess

from PySide6.QtCore import QDate, Qt

from hat_desktop.services import prescriptions
from tests.gui.dosing_screens import TAB, fill_dose, focused, open_today, signed_by, start_dose
from tests.gui.dosing_screens import type_text as type_here
from tests.gui.test_reports_page import FakeDesktop
from tests.world import two_line_input

NOTE = "Still has yesterday's supply at home"


def test_a_line_withheld_on_screen_is_in_the_attendance_record(
        qtbot, world, monkeypatch, tmp_path, message_boxes) -> None:
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover: oral methadone to take home"))
    window, _ = open_today(qtbot, d)
    window.view.resize(1280, 720)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    fill_dose(qtbot, v, ampoules={"DIAM500": "1"}, site="Thigh, left")
    choice = v.findChild(type(ui.siteCombo), "line2Choice")
    for _ in range(6):  # the lower-dose reason, despite, late (hidden): on to line 2
        if focused() is choice:
            break
        qtbot.keyClick(focused(), TAB)
    assert focused() is choice
    for _ in range(4):  # given; withheld: intoxicated, unwell, declined, other
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentText() == "Withheld: Other reason"
    qtbot.keyClick(focused(), TAB)
    assert focused().objectName() == "line2Note"  # the mg and who collected it are hidden
    type_here(qtbot, NOTE)
    seen = signed_by(qtbot, "nora")
    assert ("Line 2 (Methadone hydrochloride): withheld (Withheld: Other reason)."
            in seen[0]), seen
    assert ui.stages.currentWidget() is ui.donePage, ui.errorLabel.text()

    reports = window.go_to("Reports")
    FakeDesktop(monkeypatch, tmp_path / "attendance.pdf")
    reports.choose("attendance-pdf")
    today = QDate(2026, 3, 2)
    reports.ui.fromDateEdit.setDate(today)
    reports.ui.toDateEdit.setDate(today)
    qtbot.mouseClick(reports.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = tmp_path / "attendance.pdf"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert reports.ui.resultLabel.text().startswith("Saved Attendance record (PDF)")
    text = subprocess.run(["pdftotext", "-raw", str(saved), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = " ".join(text.split())
    for part in (
            "HAT-0001 Sam Patient dosed 200 200 300",
            "HAT-0001 Sam Patient line withheld 30 0 Sedation 0",
            f"Line 2: Methadone hydrochloride (oral) Withheld: Other reason: {NOTE}",
            # the totals: session 1 dosed (once), session 2 still due; the methadone
            # withheld counted as prescribed, nothing of it given
            "HAT-0001 Sam Patient 2 1 0 0 0 0 0 0 350 Diamorphine hydrochloride; 30 "
            "Methadone hydrochloride 200 Diamorphine hydrochloride; 0 Methadone"):
        assert part in words, part
    window.close()
