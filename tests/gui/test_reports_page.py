"""The Reports page as a user works it: choose a report and a period, save it where the
file dialog says, print it through the PDF viewer, and read what was written."""

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from hat_desktop.domain.audit import AuditAction
from hat_desktop.gui.main_window import default_pages
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.reports_page import ReportsPage
from hat_desktop.store import audit

LEFT = Qt.MouseButton.LeftButton
THURSDAY_NOON = datetime(2026, 3, 5, 12, tzinfo=UTC)  # HAT-0001 on hold since Wed 18:00


class FakeDesktop:
    """Stands in for the file dialog and the system's PDF viewer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, save_to: Path) -> None:
        self.save_to = save_to
        self.asked: list[str] = []
        self.opened: list[Path] = []
        self.viewer_works = True
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(self._open))

    def _ask(self, _parent, caption, suggested, *args):
        self.asked.append(suggested)
        return str(self.save_to), ""

    def _open(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return self.viewer_works


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
        "Cohort attendance grid (PDF)", "Holds (CSV)"]
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


def test_print_the_weekly_grid_through_the_pdf_viewer(qtbot, page, monkeypatch, tmp_path, world):
    desktop = FakeDesktop(monkeypatch, tmp_path / "unused.pdf")
    page.choose("attendance-grid-pdf")
    qtbot.mouseClick(page.ui.printButton, LEFT)
    (opened,) = desktop.opened
    assert not desktop.asked and opened.name.startswith("attendance-grid-2026-03-02")
    reader = PdfReader(opened)
    assert len(reader.pages) == 1 and "ON HOLD" in reader.pages[0].extract_text()
    assert audit.entries(world.reg.db, actions=[AuditAction.PRINT.value])[0].target == \
        "attendance-grid"
    assert "opened in the PDF viewer" in page.ui.resultLabel.text()


def test_no_pdf_viewer_is_explained(qtbot, page, monkeypatch, tmp_path, message_boxes):
    desktop = FakeDesktop(monkeypatch, tmp_path / "unused.pdf")
    desktop.viewer_works = False
    qtbot.mouseClick(page.ui.printButton, LEFT)
    assert "No PDF viewer could be opened" in message_boxes.last


def test_holds_csv_is_saved_not_printed(qtbot, page, monkeypatch, tmp_path):
    FakeDesktop(monkeypatch, tmp_path / "holds.csv")
    page.choose("holds-csv")
    assert not page.ui.printButton.isEnabled()
    qtbot.keyClick(page.ui.reportList, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rows = list(csv.reader(io.StringIO((tmp_path / "holds.csv").read_text("utf-8"))))
    assert rows[0][:5] == ["clinic_number", "held_from", "reviewed_at", "reviewer", "decision"]
    assert rows[1][:5] == ["HAT-0001", "2026-03-04T18:00:00+00:00", "", "", ""]


def test_refusals_show_their_message_and_write_nothing(qtbot, page, monkeypatch, tmp_path,
                                                       message_boxes):
    desktop = FakeDesktop(monkeypatch, tmp_path / "grid.pdf")
    ui = page.ui
    ui.fromDateEdit.setDate(QDate(2026, 3, 9))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert ui.errorLabel.isVisible() and ui.errorLabel.text() == \
        "The end date is before the start date."
    page.choose("attendance-grid-pdf")
    ui.fromDateEdit.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert "at most 31 days" in ui.errorLabel.text() and not desktop.asked
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
