"""Tools > Audit log: who did what, when and from which workstation; the period's entries
exported as CSV, saved as PDF or printed (the same reports as on the Reports page, written
the same way: on a worker thread behind a progress dialog, gui.report_files)."""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction, AuditEntry
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_audit_log_dialog import Ui_AuditLogDialog
from hat_desktop.gui.messages import run_service, show_info
from hat_desktop.gui.pdf_print import choose_printer, print_pdf
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.report_files import print_copy, save_report
from hat_desktop.gui.table_model import ModelIndex, RowsTableModel
from hat_desktop.services import audit_log
from hat_desktop.services.open_register import OpenRegister


class AuditModel(RowsTableModel[AuditEntry]):
    HEADERS = ["When", "Who", "Workstation", "Action", "About", "Details"]

    def __init__(self, reg: OpenRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.names: dict[int, str] = {}  # users by id: rows name them, never "user:7"

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        values = [audit_log.when(self.reg, e), e.username or "", e.workstation,
                  e.action.replace("_", " ").capitalize(), audit_log.about(e, self.names),
                  audit_log.in_words(e)]
        return values[index.column()]


class AuditLogDialog(FormDialog[Ui_AuditLogDialog, None]):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_AuditLogDialog(), parent)
        self.reg = reg
        self.user = user
        v = self.view
        ui = self.ui
        self.model = AuditModel(reg, self)
        ui.entriesTable.setModel(self.model)
        ui.entriesTable.verticalHeader().hide()
        header = ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        today = reg.today()
        ui.fromEdit.setDate(qdate(today - timedelta(days=7)))
        ui.toEdit.setDate(qdate(today))
        ui.actionCombo.addItem("Every action", None)
        for action in AuditAction:
            ui.actionCombo.addItem(action.value.replace("_", " ").capitalize(), action.value)
        ui.showButton.clicked.connect(self.show_entries)
        ui.exportButton.clicked.connect(self._export)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.printButton.clicked.connect(self.print_log)
        ui.closeButton.clicked.connect(v.accept)
        self.show_entries()

    def _range(self) -> tuple[date, date]:
        """The period typed; an old error goes (each action says its own)."""
        self.ui.errorLabel.hide()
        return pydate(self.ui.fromEdit.date()), pydate(self.ui.toEdit.date())

    def show_entries(self) -> None:
        ui = self.ui
        first, last = self._range()
        rows = run_service(lambda: audit_log.read(self.reg, self.user, first, last,
                                                  ui.actionCombo.currentData()),
                           error_label=ui.errorLabel)
        if rows is not None:
            self.model.names = audit_log.user_names(self.reg)
            self.model.set_rows(rows)
            ui.countLabel.setText(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}, "
                                  "newest first")

    def _export(self) -> Path | None:
        """The period's entries as CSV where the user chooses, written on a worker thread
        as they stream (the window stays live on a big register; Cancel leaves no file)."""
        first, last = self._range()
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, "Export the audit log",
            str(Path.home() / f"audit-log-{first.isoformat()}-{last.isoformat()}.csv"),
            "CSV (*.csv)")
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        done = save_report(self.view, self.reg, self.user, audit_log.AUDIT_CSV, first, last,
                           target)
        if done is None:
            return None
        show_info(self.view, f"{done[1]} audit log entries were written to {done[0]}.")
        return done[0]

    def save_pdf(self) -> Path | None:
        """The period's entries as printed pages, where the user chooses."""
        first, last = self._range()
        spec = audit_log.AUDIT_PDF
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, "Save the audit log as PDF", str(Path.home() / spec.file_name(first, last)),
            "PDF (*.pdf)", "", QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        done = save_report(self.view, self.reg, self.user, spec, first, last, target)
        if done is None:
            return None
        show_info(self.view, f"{done[1]} audit log entries were saved as PDF to {done[0]}.")
        return Path(done[0])

    def print_log(self) -> int | None:
        """The period's entries through Qt's print dialog; the number of pages printed."""
        first, last = self._range()
        spec = audit_log.AUDIT_PDF
        printer = choose_printer(self.view, spec.title)
        if printer is None:
            return None
        path = print_copy(self.view, self.reg, self.user, spec, first, last)
        if path is None:
            return None
        pages = run_service(lambda: print_pdf(printer, path), parent=self.view)
        if pages is not None:
            show_info(self.view, f"The audit log: {pages} page(s) sent to the printer.")
        return pages
