"""The Stock page as staff use it: balances, batches with expiry (expired in red, not for
use; expiring within 30 days amber), last reconciliation, open discrepancies, the 30-day
chart; who may reconcile; the end-of-day summary printed and saved through the dialog."""

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from hat_desktop.gui.day_summary_dialog import DaySummaryDialog
from hat_desktop.gui.main_window import default_pages
from hat_desktop.gui.stock_page import StockPage
from hat_desktop.palette import expiry_colours
from hat_desktop.services import register
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.gui.conftest import when_dialog_opens
from tests.gui.printing import PrintDialogs, inked, page_images
from tests.gui.stock_screens import miscounted_day, open_stock

LEFT = Qt.MouseButton.LeftButton


def _batches(page: StockPage) -> list[list[str]]:
    m = page.batches_model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _receive(d, section, units, batch, expiry_in_days):
    register.receive(d.reg, d.pharmacist, d.nurse, section.id, register.Receipt(
        units, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", batch,
        d.reg.today() + timedelta(days=expiry_in_days), "INV-9"))


def test_the_navigation_has_a_stock_page():
    titles = {title: factory for title, factory, _roles in default_pages()}
    assert "Stock" in titles


def test_balances_batches_expiry_and_the_chart(qtbot, world, clock) -> None:
    d = world
    _receive(d, d.diam500, 4, "SOON12", 12)
    _receive(d, d.diam500, 3, "OLD2", 2)
    clock.advance(timedelta(days=5))  # OLD2 expired three days ago, SOON12 in 7 days
    window, page = open_stock(qtbot, d, d.nurse)
    m = page.sections_model
    assert [m.index(0, c).data() for c in range(6)] == [
        "DIAM100", "Diamorphine hydrochloride 100 mg powder for solution for injection, ampoule",
        "50 ampoules", "never", "none", "All in date"]
    assert m.index(1, 2).data() == "27 ampoules"  # expired stock stays in the balance
    assert m.index(1, 5).data() == "1 batch expired; 1 expiring within 30 days"
    page.ui.sectionsTable.setCurrentIndex(m.index(1, 0))
    rows = _batches(page)
    by_batch = {row[0]: row for row in rows}
    assert by_batch["OLD2"] == ["OLD2", "04/03/2026", "3", "EXPIRED: not for use"]
    assert by_batch["SOON12"] == ["SOON12", "14/03/2026", "4", "Expires in 7 days"]
    assert by_batch["D500A"][3] == "In date"
    red = page.batches_model.index(rows.index(by_batch["OLD2"]), 3)
    amber = page.batches_model.index(rows.index(by_batch["SOON12"]), 3)
    assert red.data(Qt.ItemDataRole.BackgroundRole).color().name() == expiry_colours("expired")[0]
    assert amber.data(Qt.ItemDataRole.BackgroundRole).color().name() == expiry_colours("soon")[0]
    assert "destroyed with an authorised witness" in red.data(Qt.ItemDataRole.ToolTipRole)
    chart = page.chart
    assert len(chart.history) == 30 and chart.history[-1] == (d.reg.today(), 27)
    assert chart.accessibleDescription() == (
        "DIAM500: balance at the end of each day: 0 on 06/02/2026, 27 on 07/03/2026; lowest "
        "0, highest 27 (ampoules).")
    image = chart.grab().toImage()
    assert image.width() > 300 and len({image.pixel(x, y) for x in range(0, image.width(), 7)
                                        for y in range(0, image.height(), 7)}) > 3
    assert not page.ui.reconcileButton.isEnabled()  # a nurse does not reconcile
    assert page.ui.reconcileButton.toolTip() == "Only a pharmacist reconciles the stock."
    page.reconcile()  # its shortcut, all the same: the service's words, no count sheet
    assert page.ui.errorLabel.text() == "Your role (nurse) may not reconcile stock."
    assert page.count_dialog is None
    page.close_day()
    assert page.ui.errorLabel.text() == "Your role (nurse) may not reconcile stock."
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    assert "Reconciliation overdue for" in page.ui.stockAlerts.text()
    window.close()


def test_the_page_follows_the_register(qtbot, world) -> None:
    d = world
    window, page = open_stock(qtbot, d)
    _receive(d, d.diam100, 6, "NEW6", 100)
    qtbot.waitUntil(lambda: page.sections_model.index(0, 2).data() == "56 ampoules",
                    timeout=2000)
    found, _entry = miscounted_day(d)
    qtbot.waitUntil(lambda: page.sections_model.index(0, 4).data() == "1", timeout=2000)
    assert page.sections_model.index(0, 3).data() == "02/03/2026"
    assert page.discrepancies_model.index(0, 2).data() == "54"
    assert page.discrepancies_model.index(0, 3).data() == "53"
    assert page.ui.investigateButton.isEnabled()
    window.close()


class FakeDesktop:
    """The file dialog, and the print dialog (its printer a PDF file)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, save_to: Path) -> None:
        self.save_to = save_to
        self.printers = PrintDialogs(monkeypatch, save_to.parent)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args: (str(self.save_to), "")))


def test_end_of_day_summary_printed_and_saved(qtbot, world, monkeypatch, tmp_path) -> None:
    d = world
    miscounted_day(d)
    desktop = FakeDesktop(monkeypatch, tmp_path / "summary")
    window, page = open_stock(qtbot, d)
    seen = {}

    def use(dialog) -> None:
        try:
            seen["contents"] = dialog.ui.contentsLabel.text()
            dialog.ui.printButton.click()
            dialog.ui.saveButton.click()
            seen["result"] = dialog.ui.resultLabel.text()
        finally:
            dialog.ui.closeButton.click()

    when_dialog_opens(use)
    qtbot.mouseClick(page.ui.summaryButton, LEFT)
    assert seen["contents"] == (
        "Monday 02/03/2026: 2 section(s), counted by Phil Pharmacist (pharmacist), signed off "
        "with Nina Nurse (nurse), 1 discrepancy; 0 withheld and 0 missed session(s); 0 expiry "
        "warning(s).")
    assert seen["result"] == f"Saved the summary to {tmp_path / 'summary.pdf'}"
    (paper,) = desktop.printers.printed  # on the printer, through Qt's print dialog
    assert all(inked(image) > 0.01 for image in page_images(paper, tmp_path))
    pdf = tmp_path / "summary.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Closing balance 48 ampoules Counted 47 ampoules" in text
    actions = [(e.action, e.target) for e in audit.entries(d.reg.db, limit=3)]
    assert ("print", "day-summary") in actions and ("export", "day-summary") in actions
    window.close()


def test_a_future_day_cannot_be_chosen(qtbot, world) -> None:
    d = world
    dialog = DaySummaryDialog(d.reg, d.nurse)
    qtbot.addWidget(dialog.view)
    dialog.ui.dayEdit.setDate(dialog.ui.dayEdit.date().addDays(3))
    assert dialog.day == d.reg.today()
    dialog.ui.dayEdit.setDate(dialog.ui.dayEdit.date().addDays(-1))
    assert dialog.ui.contentsLabel.text().startswith("Sunday 01/03/2026: 2 section(s), not "
                                                     "counted yet")
