"""The Reports page as a user works it: choose a report and a period, save it where the
file dialog says, print it through Qt's print dialog, and read what was written."""

import csv
import io
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from hat_desktop.domain.audit import AuditAction
from hat_desktop.gui import background
from hat_desktop.gui.main_window import default_pages
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.reports_page import ReportsPage
from hat_desktop.store import audit
from tests.gui.conftest import when_dialog_opens
from tests.gui.printing import PrintDialogs, inked, page_images

LEFT = Qt.MouseButton.LeftButton
THURSDAY_NOON = datetime(2026, 3, 5, 12, tzinfo=UTC)  # HAT-0001 on hold since Wed 18:00


class FakeDesktop:
    """Stands in for the file dialog (and the print dialog, whose printer is a file)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, save_to: Path) -> None:
        self.save_to = save_to
        self.asked: list[str] = []
        self.printers = PrintDialogs(monkeypatch, save_to.parent)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))

    def _ask(self, _parent, caption, suggested, *args):
        self.asked.append(suggested)
        return str(self.save_to), ""


@pytest.fixture
def page(qtbot, world, clock):
    clock.set(THURSDAY_NOON)
    ctx = PageContext(world.reg, world.nurse, QtEvents(world.reg))
    p = ReportsPage(ctx)
    qtbot.addWidget(p.view)
    p.view.show()
    p.activate()
    return p


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_lists_the_reports_and_opens_on_this_week(page):
    ui = page.ui
    assert [ui.reportList.item(i).text() for i in range(ui.reportList.count())] == [
        "Missed-dose report (PDF)", "Missed-dose report (CSV)",
        "Cohort attendance grid (PDF)", "Cohort attendance grid (CSV)", "Holds (PDF)",
        "Holds (CSV)", "Attendance record (PDF)",
        "Attendance record (CSV)", "Stock reconciliations (PDF)",
        "Stock reconciliations (CSV)", "End-of-day summary (PDF)", "Safety report (PDF)",
        "Safety report (CSV)"]
    assert (ui.fromDateEdit.date(), ui.toDateEdit.date()) == (QDate(2026, 3, 2), QDate(2026, 3, 8))
    ui.lastMonthButton.click()
    assert (ui.fromDateEdit.date(), ui.toDateEdit.date()) == (QDate(2026, 2, 1), QDate(2026, 2, 28))
    assert "sessions due, dosed, withheld, missed" in ui.descriptionLabel.text()


def test_save_missed_dose_report_where_the_dialog_says(qtbot, page, monkeypatch, tmp_path, world):
    desktop = FakeDesktop(monkeypatch, tmp_path / "team-meeting")
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    saved = tmp_path / "team-meeting.pdf"
    assert desktop.asked[0].endswith("missed-doses-2026-03-02-to-2026-03-08.pdf")
    text = _pdf_text(saved)
    assert "missed-dose report" in text and "Sam Patient (ON HOLD)" in text
    assert page.ui.resultLabel.text().startswith("Saved Missed-dose report (PDF)")
    entry = audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])[0]
    assert entry.target == "missed-doses" and entry.username == "nina"


def test_print_the_weekly_grid_through_the_print_dialog(qtbot, page, monkeypatch, tmp_path,
                                                        world):
    desktop = FakeDesktop(monkeypatch, tmp_path / "unused.pdf")
    page.choose("attendance-grid-pdf")
    qtbot.mouseClick(page.ui.printButton, LEFT)
    (paper,) = desktop.printers.printed
    assert not desktop.asked and desktop.printers.titles == [
        "Print Cohort attendance grid (PDF)"]
    (image,) = page_images(paper, tmp_path)  # one page, with the grid drawn on it
    assert inked(image) > 0.02
    assert audit.entries(world.reg.db, actions=[AuditAction.PRINT.value])[0].target == \
        "attendance-grid"
    assert page.ui.resultLabel.text() == \
        "Cohort attendance grid (PDF): 1 page(s) sent to the printer."


def test_cancelling_the_print_dialog_prints_and_records_nothing(qtbot, page, monkeypatch,
                                                                tmp_path, world):
    desktop = FakeDesktop(monkeypatch, tmp_path / "unused.pdf")
    desktop.printers.cancel = True
    qtbot.mouseClick(page.ui.printButton, LEFT)
    assert desktop.printers.titles and not desktop.printers.printed
    assert audit.entries(world.reg.db, actions=[AuditAction.PRINT.value]) == []
    assert not page.ui.resultLabel.isVisible()


def test_an_inspector_prints_and_saves_the_day_summary(qtbot, world, clock, monkeypatch,
                                                       tmp_path):
    clock.set(THURSDAY_NOON)
    p = ReportsPage(PageContext(world.reg, world.inspector, QtEvents(world.reg)))
    qtbot.addWidget(p.view)
    p.view.show()
    p.activate()
    desktop = FakeDesktop(monkeypatch, tmp_path / "summary")
    p.choose("day-summary-pdf")
    ui = p.ui
    assert not ui.toDateEdit.isEnabled()
    ui.fromDateEdit.setDate(QDate(2026, 3, 4))
    assert ui.toDateEdit.date() == QDate(2026, 3, 4)
    qtbot.mouseClick(ui.printButton, LEFT)
    (paper,) = desktop.printers.printed
    assert all(inked(image) > 0.01 for image in page_images(paper, tmp_path))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert desktop.asked[-1].endswith("day-summary-2026-03-04.pdf")
    assert "Wednesday 04/03/2026" in _pdf_text(tmp_path / "summary.pdf").replace("\n", " ")
    actions = [e.action for e in audit.entries(world.reg.db, limit=2)]
    assert actions == [AuditAction.EXPORT.value, AuditAction.PRINT.value]


def test_holds_csv_is_saved_not_printed(qtbot, page, monkeypatch, tmp_path):
    FakeDesktop(monkeypatch, tmp_path / "holds.csv")
    page.choose("holds-csv")
    assert not page.ui.printButton.isEnabled()
    qtbot.keyClick(page.ui.reportList, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rows = list(csv.reader(io.StringIO((tmp_path / "holds.csv").read_text("utf-8"))))
    assert rows[0][:5] == ["clinic_number", "held_from", "reviewed_at", "reviewer", "decision"]
    assert rows[1][:5] == ["HAT-0001", "2026-03-04T18:00:00+00:00", "", "", ""]
    assert page.print_report() is None  # Ctrl+P all the same: the service's words
    assert page.ui.errorLabel.text() == ("Holds (CSV) is a CSV file for a spreadsheet: save it "
                                         "instead of printing it.")


def test_refusals_show_their_message_and_write_nothing(qtbot, page, monkeypatch, tmp_path,
                                                       message_boxes):
    desktop = FakeDesktop(monkeypatch, tmp_path / "grid.pdf")
    ui = page.ui
    ui.fromDateEdit.setDate(QDate(2026, 3, 9))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert ui.errorLabel.isVisible() and ui.errorLabel.text() == \
        "The end date is before the start date."
    page.choose("attendance-grid-pdf")
    ui.fromDateEdit.setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert ui.errorLabel.text() == ("Cohort attendance grid (PDF): at most 370 days at a time; "
                                    "choose a shorter period.") and not desktop.asked
    ui.thisWeekButton.click()
    (tmp_path / "grid.pdf").write_text("an earlier file")
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert "already exists: choose a new file name" in message_boxes.last
    assert (tmp_path / "grid.pdf").read_text() == "an earlier file"
    assert not ui.errorLabel.isVisible()


def test_main_window_offers_the_reports_page(qtbot, world):
    title, factory, roles = next(p for p in default_pages() if p[0] == "Reports")
    page = factory(PageContext(world.reg, world.nurse, QtEvents(world.reg)), None)
    qtbot.addWidget(page.view)
    assert isinstance(page, ReportsPage) and roles is None and page.title == title


def _pdftotext(path: Path) -> str:
    import subprocess
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return " ".join(text.split())


def test_an_inspector_saves_each_new_report_for_a_period(qtbot, world, clock, monkeypatch,
                                                         tmp_path):
    """Holds, audit log and attendance record: choose it, set the period, Save as PDF,
    read what was written; a nurse's list has no audit log (not theirs to read)."""
    clock.set(THURSDAY_NOON)
    p = ReportsPage(PageContext(world.reg, world.inspector, QtEvents(world.reg)))
    qtbot.addWidget(p.view)
    p.view.show()
    p.activate()
    ui = p.ui
    for key, name, expect in (
        ("holds-pdf", "holds", ["Teesside HAT Clinic — holds", "HAT-0001 Sam Patient",
                                "Still open: dosing refused until a prescriber's review"]),
        ("audit-log-pdf", "audit", ["Teesside HAT Clinic — audit log", "register created"]),
        ("attendance-pdf", "attendance", ["attendance record", "HAT-0001 Sam Patient",
                                          "Totals, 01/03/2026 to 05/03/2026"]),
    ):
        desktop = FakeDesktop(monkeypatch, tmp_path / name)
        p.choose(key)
        ui.fromDateEdit.setDate(QDate(2026, 3, 1))
        ui.toDateEdit.setDate(QDate(2026, 3, 5))
        qtbot.mouseClick(ui.saveButton, LEFT)
        assert desktop.asked[-1].endswith("-2026-03-01-to-2026-03-05.pdf")
        words = _pdftotext(tmp_path / f"{name}.pdf")
        for part in expect:
            assert part in words, (key, part)
        assert ui.resultLabel.text().startswith("Saved ")
    for key, name in (("attendance-grid-csv", "grid"), ("audit-log-csv", "audit-log")):
        desktop = FakeDesktop(monkeypatch, tmp_path / name)
        p.choose(key)
        ui.fromDateEdit.setDate(QDate(2026, 1, 1))  # a grid of any period, not a fixed week
        ui.toDateEdit.setDate(QDate(2026, 3, 5))
        qtbot.mouseClick(ui.saveButton, LEFT)
        assert desktop.asked[-1].endswith("-2026-01-01-to-2026-03-05.csv")
        rows = list(csv.DictReader(io.StringIO((tmp_path / f"{name}.csv").read_text("utf-8"))))
        assert rows and {(r["clinic"], r["period_from"], r["period_to"]) for r in rows} == {
            ("Teesside HAT Clinic", "2026-01-01", "2026-03-05")}, key
    assert rows[-1]["action"] == "export" and rows[-1]["target"] == "attendance-grid"
    grid = list(csv.DictReader(io.StringIO((tmp_path / "grid.csv").read_text("utf-8"))))
    assert grid[0]["clinic_number"] == "HAT-0001" and grid[0]["on_hold_now"] == "yes"
    assert (grid[0]["2026-01-01 s1"], grid[0]["2026-03-04 s1"]) == ("", "missed")
    titles = [ui.reportList.item(i).text() for i in range(ui.reportList.count())]
    assert "Audit log (PDF)" in titles
    nurse = ReportsPage(PageContext(world.reg, world.nurse, QtEvents(world.reg)))
    qtbot.addWidget(nurse.view)
    assert not any("Audit log" in nurse.ui.reportList.item(i).text()
                   for i in range(nurse.ui.reportList.count()))


def test_a_whole_history_csv_shows_its_progress_and_cancel_leaves_no_file(
        qtbot, page, monkeypatch, tmp_path, world, message_boxes):
    """Two years of attendance (the printed record stops at 370 days; the CSV takes any
    period): the progress dialog follows the days and has a Cancel button; cancelled half
    way, no file is left, not even a partial one, and nothing is in the audit log."""
    ui = page.ui
    page.choose("attendance-csv")
    ui.fromDateEdit.setDate(QDate(2024, 3, 1))
    ui.toDateEdit.setDate(QDate(2026, 3, 5))
    seen: list[tuple[str, int, int, bool]] = []
    real_set = QProgressDialog.setValue

    def watch(dialog: QProgressDialog, value: int) -> None:
        real_set(dialog, value)
        seen.append((dialog.labelText(), value, dialog.maximum(),
                     dialog.findChild(QPushButton) is not None))

    monkeypatch.setattr(QProgressDialog, "setValue", watch)
    FakeDesktop(monkeypatch, tmp_path / "whole-history")
    qtbot.mouseClick(ui.saveButton, LEFT)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "whole-history.csv").read_text("utf-8"))))
    assert {(r["period_from"], r["period_to"]) for r in rows} == {("2024-03-01", "2026-03-05")}
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert rows[0]["date"] == "2026-03-02" and rows[-1]["date"] == "2026-03-05"
    days = 735  # 1 March 2024 to 5 March 2026
    assert seen[-1] == ("Writing the attendance record", days, days, True)
    assert [v for _label, v, _max, _cancel in seen] == sorted(v for _l, v, _m, _c in seen)
    assert ui.resultLabel.text().startswith("Saved Attendance record (CSV) to ")
    exported = audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])
    assert exported[0].details["rows"] == len(rows)

    FakeDesktop(monkeypatch, tmp_path / "stopped")
    clicked = threading.Event()
    real_progress = background._Worker._progress

    def slow(worker, stage: str, done: int, total: int) -> bool:
        real_progress(worker, stage, done, total)
        if 0 < done < total:  # the user watches the bar, then clicks Cancel
            clicked.wait(10)
        return not worker.cancelled

    def cancel(dialog) -> None:
        assert isinstance(dialog, QProgressDialog)
        qtbot.mouseClick(dialog.findChild(QPushButton), LEFT)
        clicked.set()

    monkeypatch.setattr(background._Worker, "_progress", slow)
    when_dialog_opens(cancel)
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert clicked.is_set()
    assert message_boxes.last == "Stopped before the end: no file was written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["whole-history.csv"]
    assert len(audit.entries(world.reg.db, actions=[AuditAction.EXPORT.value])) == 1
