"""The Register page: one section at a time, headed by its drug, strength and form and its
balance; the entries of a date range in a lazily fetched table; and the dialogs to
receive, destroy, return and correct, print and export. Buttons a role may not use are
hidden; the services check every permission anyway."""

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from hat_desktop.domain.register import Entry, EntryKind, Section
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_date
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.close_section_dialog import CloseSectionDialog
from hat_desktop.gui.correction_dialog import CorrectionDialog
from hat_desktop.gui.destroy_dialog import DestroyDialog
from hat_desktop.gui.forms.ui_register_page import Ui_RegisterPage
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.new_section_dialog import NewSectionDialog
from hat_desktop.gui.opening_dialog import OpeningDialog
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.pdf_print import choose_printer, print_pdf
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.receive_dialog import ReceiveDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.gui.register_model import HEADERS, RegisterModel
from hat_desktop.gui.return_dialog import ReturnDialog
from hat_desktop.services import register, register_export
from hat_desktop.services.register import SectionSummary

log = logging.getLogger(__name__)
WIDTHS = {"No.": 60, "Date and time": 140, "Entry": 250, "Obtained from": 260, "Qty in": 65,
          "Supplied to": 300, "Authority": 250, "Qty out": 70, "Collected by": 100,
          "Proof of ID": 95, "Batch": 170, "Entered by": 210, "Witness": 230, "Notes": 320,
          "Balance": 80}


class RegisterPage(QObject):
    title = "Register"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.view = QWidget(parent)
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self.view)
        self.model = RegisterModel(self)
        self.summaries: list[SectionSummary] = []
        self._started = False
        self._table()
        self._wire()
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        ctx.events.changed.connect(self._on_event)

    def _table(self) -> None:
        table = self.ui.registerTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, title in enumerate(HEADERS):
            header.resizeSection(column, WIDTHS[title])
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def _wire(self) -> None:
        v = self.view
        ui = self.ui
        role = self.user.role
        self.can_stock = allowed(role, Action.RECORD_STOCK)
        self.can_correct = allowed(role, Action.CORRECT_ENTRY)
        self.can_manage = allowed(role, Action.MANAGE_SECTIONS)
        for button, visible in ((ui.receiveButton, self.can_stock),
                                (ui.destroyButton, self.can_stock),
                                (ui.returnButton, self.can_stock),
                                (ui.openingButton, self.can_stock),
                                (ui.correctButton, self.can_correct),
                                (ui.newSectionButton, self.can_manage),
                                (ui.closeSectionButton, self.can_manage)):
            button.setVisible(visible)
        ui.sectionCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.fromDateEdit.dateChanged.connect(lambda _d: self.reload())
        ui.toDateEdit.dateChanged.connect(lambda _d: self.reload())
        ui.thisMonthButton.clicked.connect(self.show_this_month)
        ui.lastMonthButton.clicked.connect(self.show_last_month)
        ui.wholeButton.clicked.connect(self.show_whole_register)
        self.ui.registerTable.activated.connect(lambda _i: self.correct())
        for button, keys, slot, on in (
            (ui.receiveButton, "Ctrl+R", self.receive, self.can_stock),
            (ui.destroyButton, "Ctrl+D", self.destroy, self.can_stock),
            (ui.returnButton, "Ctrl+T", self.return_stock, self.can_stock),
            (ui.correctButton, "Ctrl+E", self.correct, self.can_correct),
            (ui.openingButton, "Ctrl+B", self.opening, self.can_stock),
            (ui.newSectionButton, "Ctrl+N", self.new_section, self.can_manage),
            (ui.closeSectionButton, "Ctrl+Shift+L", self.close_section, self.can_manage),
            (ui.printButton, "Ctrl+P", self.print_pages, True),
            (ui.savePdfButton, "Ctrl+Shift+S", self.save_pdf, True),
            (ui.exportButton, "Ctrl+S", self.export_csv, True),
        ):
            button.clicked.connect(slot)
            if on:
                action = QAction(button.text().replace("&", ""), v)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setStatusTip(button.toolTip())
                action.triggered.connect(slot)
                v.addAction(action)

    # --- showing a section --------------------------------------------------------------
    def activate(self) -> None:
        self.refresh_sections()
        if not self._started:
            self._started = True
            self.show_this_month()
        else:
            self.reload()
        self.ui.sectionCombo.setFocus()

    def _on_event(self, event: str, _payload: dict[str, Any]) -> None:
        if event == "register_changed":
            self._refresh_soon.start()

    def refresh(self) -> None:
        self.refresh_sections()
        self.reload()

    def refresh_sections(self) -> None:
        found = run_service(lambda: register.list_sections(self.reg, self.user),
                            parent=self.view)
        if found is None:
            return
        combo = self.ui.sectionCombo
        current = self.section()
        self.summaries = found
        combo.blockSignals(True)
        combo.clear()
        for s in found:
            combo.addItem(f"{s.section.code} — {s.section.title}"
                          + (" (closed)" if s.section.closed else ""), s.section.code)
        index = combo.findData(current.code) if current else 0
        combo.setCurrentIndex(max(index, 0) if found else -1)
        combo.blockSignals(False)

    def summary(self) -> SectionSummary | None:
        code = self.ui.sectionCombo.currentData()
        return next((s for s in self.summaries if s.section.code == code), None)

    def section(self) -> Section | None:
        found = self.summary()
        return found.section if found else None

    def choose_section(self, code: str) -> None:
        combo = self.ui.sectionCombo
        index = combo.findData(code)
        if index < 0:
            self.refresh_sections()
            index = combo.findData(code)
        combo.setCurrentIndex(index)

    def date_range(self) -> tuple[date, date]:
        return pydate(self.ui.fromDateEdit.date()), pydate(self.ui.toDateEdit.date())

    def set_range(self, first: date, last: date) -> None:
        ui = self.ui
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.blockSignals(True)
        ui.fromDateEdit.setDate(qdate(first))
        ui.toDateEdit.setDate(qdate(last))
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.blockSignals(False)
        self.reload()

    def show_this_month(self) -> None:
        today = self.reg.today()
        self.set_range(today.replace(day=1), today)

    def show_last_month(self) -> None:
        last = self.reg.today().replace(day=1) - timedelta(days=1)
        self.set_range(last.replace(day=1), last)

    def show_whole_register(self) -> None:
        section = self.section()
        first = None
        if section is not None:
            found = run_service(lambda: register.entries(self.reg, self.user, section.id,
                                                         limit=1), parent=self.view)
            if found:
                first = found[0].entry.occurred_at.astimezone(self.reg.tz).date()
        today = self.reg.today()
        self.set_range(min(first or today, today), today)

    def reload(self, select: int | None = None) -> None:
        """Re-read the section's entries in the chosen range, keeping the selected entry."""
        ui = self.ui
        keep = select if select is not None else self._selected_id()
        section, summary = self.section(), self.summary()
        first, last = self.date_range()
        ui.errorLabel.hide()
        if section is None or summary is None:
            self.model.reset(None, self.reg.tz, 0, None)
            ui.sectionHeading.setText("No register section yet." + (
                " Create the first with New section…" if self.can_manage else
                " A manager creates the sections."))
            ui.countLabel.setText("")
            self._update_buttons()
            return
        total = run_service(lambda: register.count_entries(self.reg, self.user, section.id,
                                                           first, last),
                            error_label=ui.errorLabel)
        if total is None:
            self.model.reset(None, self.reg.tz, 0, None)
            self._update_buttons()
            return

        def fetch(offset: int, limit: int) -> list[tuple[Entry, list[Entry]]]:
            found = run_service(lambda: register.entries(
                self.reg, self.user, section.id, first, last, offset=offset, limit=limit),
                parent=self.view) or []
            return [(e.entry, e.corrections) for e in found]

        self.model.reset(section, self.reg.tz, total, fetch)
        closed = " · CLOSED to new entries" if section.closed else ""
        ui.sectionHeading.setText(
            f"{section.title}\nSection {section.code} · Balance: "
            f"{section.quantity(summary.balance)}{closed}")
        ui.countLabel.setText(f"{total:,} of {summary.entries:,} entries")
        if keep is not None:
            self.select_entry(keep)
        self._update_buttons()

    def _selected_id(self) -> int | None:
        entry = self.selected_entry()
        return entry.id if entry else None

    def selected_entry(self) -> Entry | None:
        index = self.ui.registerTable.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        table = self.ui.registerTable
        table.selectRow(row)
        table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        ui = self.ui
        summary = self.summary()
        open_section = summary is not None and not summary.section.closed
        for button in (ui.receiveButton, ui.destroyButton, ui.returnButton):
            button.setEnabled(open_section)
        ui.openingButton.setEnabled(open_section and summary is not None
                                    and summary.entries == 0)
        ui.closeSectionButton.setEnabled(open_section)
        entry = self.selected_entry()
        ui.correctButton.setEnabled(open_section and entry is not None and entry.kind not in (
            EntryKind.CORRECTION, EntryKind.STOCK_CHECK))
        for button in (ui.printButton, ui.savePdfButton, ui.exportButton):
            button.setEnabled(summary is not None)

    # --- dialogs ------------------------------------------------------------------------
    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _entry_dialog(self, kind: type[EntryDialog[Any]]) -> Entry | None:
        section = self.section()
        if section is None:
            self._refuse("Choose a register section first.")
            return None
        entry = kind(self.reg, self.user, section, self.view).exec()
        self._written(entry)
        return entry

    def _written(self, entry: Entry | None) -> None:
        if entry is None:
            return
        self.refresh_sections()
        first, last = self.date_range()
        day = entry.occurred_at.astimezone(self.reg.tz).date()
        if not first <= day <= last:
            self.ui.fromDateEdit.blockSignals(True)
            self.ui.fromDateEdit.setDate(qdate(min(first, day)))
            self.ui.fromDateEdit.blockSignals(False)
        self.reload(select=entry.id)
        self._done(f"Entry No. {entry.number} recorded: {entry.kind.label.lower()}, balance now "
                   f"{entry.balance}.")

    def receive(self) -> Entry | None:
        return self._entry_dialog(ReceiveDialog)

    def destroy(self) -> Entry | None:
        return self._entry_dialog(DestroyDialog)

    def return_stock(self) -> Entry | None:
        return self._entry_dialog(ReturnDialog)

    def opening(self) -> Entry | None:
        return self._entry_dialog(OpeningDialog)

    def correct(self) -> Entry | None:
        if not self.can_correct:
            return None
        section, target = self.section(), self.selected_entry()
        if section is None or target is None:
            self._refuse("Choose the entry to correct in the table first.")
            return None
        entry = CorrectionDialog(self.reg, self.user, section, target, self.view).exec()
        self._written(entry)
        return entry

    def new_section(self) -> Section | None:
        created = NewSectionDialog(self.reg, self.user,
                                   [s.section.code for s in self.summaries], self.view).exec()
        if created is not None:
            self.refresh_sections()
            self.choose_section(created.code)
            self._done(f"Section {created.code} created: {created.title}.")
        return created

    def close_section(self) -> Section | None:
        summary = self.summary()
        if summary is None:
            return None
        closed = CloseSectionDialog(self.reg, self.user, summary.section, summary.balance,
                                    self.view).exec()
        if closed is not None:
            self.refresh()
            self._done(f"Section {closed.code} is closed to new entries.")
        return closed

    # --- printing and exporting ------------------------------------------------------------
    def print_pages(self) -> Path | None:
        """The printed pages through Qt's print dialog: the printer is chosen first, so
        nothing is written (or audited as printed) when the user cancels."""
        section = self.section()
        if section is None:
            return None
        first, last = self.date_range()
        printer = choose_printer(self.view, f"register pages of {section.code}")
        if printer is None:
            return None
        user = self.user
        path = run_with_progress(
            self.view, f"Preparing the register pages of {section.code}…", self.reg,
            lambda reg, progress: register_export.print_register(
                reg, user, section.code, first, last, progress=progress))
        if path is None:
            return None
        pages = run_service(lambda: print_pdf(printer, Path(path)), parent=self.view)
        if pages is None:
            return None
        self._done(f"Register pages of {section.code}, {format_date(first)} to "
                   f"{format_date(last)}: {pages} page(s) sent to the printer.")
        return Path(path)

    def save_pdf(self) -> Path | None:
        return self._save("pdf")

    def export_csv(self) -> Path | None:
        return self._save("csv")

    def _save(self, fmt: str) -> Path | None:
        """The entries in the range as printed pages (PDF) or CSV, where the user chose."""
        section = self.section()
        if section is None:
            return None
        first, last = self.date_range()
        suggested = Path.home() / f"register-{section.code}-{first}-to-{last}.{fmt}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, f"Save {section.code} as {fmt.upper()}", str(suggested),
            f"{fmt.upper()} files (*.{fmt})", "", QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        user = self.user
        path = run_with_progress(
            self.view, f"Saving {section.code}…", self.reg,
            lambda reg, progress: register_export.export_register(
                reg, user, section.code, first, last, fmt, target, progress=progress))
        if path is None:
            return None
        self._done(f"{self.model.total:,} entries of {section.code} saved to {path}"
                   if fmt == "csv" else f"The register pages of {section.code} "
                   f"({self.model.total:,} entries) saved to {path}")
        return Path(path)

    def _done(self, message: str) -> None:
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()
