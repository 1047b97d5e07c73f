"""Print or save the end-of-day summary of a clinic day. Printing goes through Qt's print
dialog (no outside PDF viewer needed); saving writes only where the user chooses. The
services record either in the audit trail with the day's figures."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.day_summary import DaySummary
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_day_summary_dialog import Ui_DaySummaryDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.pdf_print import choose_printer, print_pdf
from hat_desktop.gui.qt_dates import qdate
from hat_desktop.services import day_summary, day_summary_export
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)


def contents_text(s: DaySummary) -> str:
    if s.counted_by is None:
        signed = "not counted yet"
    elif s.witness is None:
        signed = f"counted by {s.counted_by}, not yet signed off"
    else:
        signed = f"counted by {s.counted_by}, signed off with {s.witness}"
    off = sum(1 for d in s.sections if d.discrepancy is not None)
    return (f"{s.day.strftime('%A %d/%m/%Y')}: {len(s.sections)} section(s), {signed}"
            + (f", {off} discrepanc{'y' if off == 1 else 'ies'}" if off else "")
            + ("; entries written into the day after its count" if s.late_entries else "")
            + (f"; {len(s.take_home)} take-home suppl{'y' if len(s.take_home) == 1 else 'ies'}"
               if s.take_home else "")
            + f"; {len(s.withheld)} withheld and {len(s.missed)} missed session(s); "
            + (f"{len(s.lines_withheld)} line(s) withheld within a dose; "
               if s.lines_withheld else "")
            + (f"{len(s.reassessed)} withheld, then re-assessed and dosed; "
               if s.reassessed else "")
            + (f"{len(s.in_error)} withholding(s) recorded in error and corrected; "
               if s.in_error else "")
            + (f"{len(s.events)} adverse event(s); " if s.events else "")
            + f"{len(s.expiry_warnings)} expiry warning(s).")


class DaySummaryDialog(FormDialog[Ui_DaySummaryDialog, None]):
    def __init__(self, reg: OpenRegister, actor: User, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(Ui_DaySummaryDialog(), parent)
        self.reg = reg
        self.actor = actor
        v = self.view
        ui = self.ui
        today = reg.today()
        chosen = day or today
        ui.dayEdit.setMaximumDate(qdate(today))
        ui.dayEdit.setDate(qdate(chosen))
        ui.dayEdit.dateChanged.connect(lambda _d: self._describe())
        ui.printButton.clicked.connect(self.print_summary)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(v.reject)
        ui.printButton.setDefault(True)
        self._describe()

    @property
    def day(self) -> date:
        d = self.ui.dayEdit.date()
        return date(d.year(), d.month(), d.day())

    def _describe(self) -> None:
        ui = self.ui
        ui.resultLabel.hide()
        day = self.day
        found = run_service(lambda: day_summary.summary(self.reg, self.actor, day),
                            error_label=ui.errorLabel)
        ui.contentsLabel.setText(contents_text(found) if found else "")

    def _done(self, message: str) -> None:
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()

    def print_summary(self) -> Path | None:
        day, user = self.day, self.actor
        printer = choose_printer(self.view, "the end-of-day summary")
        if printer is None:
            return None
        path = run_with_progress(
            self.view, "Preparing the end-of-day summary for printing…", self.reg,
            lambda reg, _progress: day_summary_export.print_copy(reg, user, day),
            cancellable=False)
        if path is None:
            return None
        pages = run_service(lambda: print_pdf(printer, Path(path)),
                            error_label=self.ui.errorLabel)
        if pages is None:
            return None
        self._done(f"The summary: {pages} page(s) sent to the printer.")
        return Path(path)

    def save(self) -> Path | None:
        day, user = self.day, self.actor
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, "Save the end-of-day summary",
            str(Path.home() / day_summary_export.file_name(day)), "PDF files (*.pdf)", "",
            QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        path = run_with_progress(
            self.view, "Writing the end-of-day summary…", self.reg,
            lambda reg, _progress: day_summary_export.save(reg, user, day, target),
            cancellable=False)
        if path is None:
            return None
        self._done(f"Saved the summary to {path}")
        return Path(path)
