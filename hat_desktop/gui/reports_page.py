"""Reports: choose a report and a period, then save it to a file or print it.

The list is the services' report catalogue (report_catalogue.all_reports). Printing goes
through Qt's print dialog (gui/pdf_print), no outside PDF viewer needed. The work runs
off the GUI thread; saving and printing are audited by the services."""

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from hat_desktop.domain.errors import HatError
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.evaluation_dashboard import EvaluationDashboard, prepare_charts
from hat_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from hat_desktop.gui.messages import run_action, run_service
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.pdf_print import choose_printer, print_pdf
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.gui.report_files import print_copy, save_report
from hat_desktop.services import evaluation, evaluation_extract, report_catalogue
from hat_desktop.services.report_catalogue import ReportSpec

SPEC_ROLE = Qt.ItemDataRole.UserRole


def default_reports() -> list[ReportSpec]:
    """Every report the page offers, in order: the services' one list."""
    return list(report_catalogue.all_reports())


def _month(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


class ReportsPage(QObject):
    title = "Reports"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None,
                 reports: Sequence[ReportSpec] | None = None) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.reports = [spec for spec in (reports if reports is not None
                                          else default_reports())
                        if spec.allowed_for(ctx.user)]
        self.view = QWidget(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self.view)
        v = self.view
        ui = self.ui
        for spec in self.reports:
            item = QListWidgetItem(spec.title)
            item.setData(SPEC_ROLE, spec.key)
            item.setToolTip(spec.description)
            ui.reportList.addItem(item)
        ui.reportList.setMinimumWidth(ui.reportList.sizeHintForColumn(0)
                                      + 2 * ui.reportList.frameWidth() + 12)
        ui.reportList.currentRowChanged.connect(self._chosen_changed)
        ui.fromDateEdit.dateChanged.connect(lambda _d: self._from_changed())
        ui.thisWeekButton.clicked.connect(lambda: self._set_range(*self._week(0)))
        ui.lastWeekButton.clicked.connect(lambda: self._set_range(*self._week(-1)))
        ui.thisMonthButton.clicked.connect(lambda: self._set_range(*_month(self.reg.today())))
        ui.lastMonthButton.clicked.connect(lambda: self._set_range(*_month(
            _month(self.reg.today())[0] - timedelta(days=1))))
        ui.saveButton.clicked.connect(self.save)
        ui.printButton.clicked.connect(self.print_report)
        for text, keys, slot, tip in (
            ("Save report as…", QKeySequence.StandardKey.Save, self.save,
             "Save the chosen report to a file"),
            ("Print report…", QKeySequence.StandardKey.Print, self.print_report,
             "Print the chosen report"),
        ):
            action = QAction(text, v)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            v.addAction(action)
        extract = allowed(self.user.role, Action.EXPORT_EVALUATION)
        dashboard = evaluation.may_view(self.reg, self.user)
        ui.evaluationGroup.setVisible(extract or dashboard)
        ui.extractButton.setVisible(extract)
        ui.linkageButton.setVisible(extract)
        ui.dashboardButton.setVisible(dashboard)
        ui.dashboardButton.clicked.connect(self.open_dashboard)
        ui.extractButton.clicked.connect(self.save_extract)
        ui.linkageButton.clicked.connect(self.save_linkage)
        self._started = False
        ui.resultLabel.hide()
        if self.reports:
            ui.reportList.setCurrentRow(0)

    # --- state ---------------------------------------------------------------------
    def activate(self) -> None:
        if not self._started:  # the first visit opens on this week; later visits keep
            self._started = True  # what the user chose
            self._set_range(*self._week(0))
            if self.ui.dashboardButton.isVisibleTo(self.view):
                prepare_charts()  # while the user reads the page, not when they click

    def _week(self, offset: int) -> tuple[date, date]:
        today = self.reg.today()
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)

    def _set_range(self, first: date, last: date) -> None:
        spec = self.chosen()
        self.ui.fromDateEdit.setDate(qdate(first))
        self.ui.toDateEdit.setDate(qdate(first if spec and spec.one_day else last))

    def chosen(self) -> ReportSpec | None:
        row = self.ui.reportList.currentRow()
        return self.reports[row] if 0 <= row < len(self.reports) else None

    def choose(self, key: str) -> None:
        self.ui.reportList.setCurrentRow(next(i for i, s in enumerate(self.reports)
                                              if s.key == key))

    def _chosen_changed(self, _row: int) -> None:
        spec = self.chosen()
        ui = self.ui
        ui.descriptionLabel.setText(spec.description if spec else "")
        ui.printButton.setEnabled(bool(spec and spec.printable))
        ui.printButton.setToolTip("Print the report: choose the printer (Ctrl+P)"
                                  if spec and spec.printable else
                                  "A CSV file is for a spreadsheet: save it instead.")
        ui.toDateEdit.setEnabled(not (spec and spec.one_day))
        if spec and spec.one_day:
            ui.toDateEdit.setDate(ui.fromDateEdit.date())
        ui.errorLabel.hide()
        ui.resultLabel.hide()

    def _from_changed(self) -> None:
        spec = self.chosen()
        if spec and spec.one_day:  # a one-day report: To follows From
            self.ui.toDateEdit.setDate(self.ui.fromDateEdit.date())

    def _request(self) -> tuple[ReportSpec, date, date] | None:
        spec = self.chosen()
        ui = self.ui
        if spec is None:
            self._refuse("Choose a report in the list first.")
            return None
        first, last = pydate(ui.fromDateEdit.date()), pydate(ui.toDateEdit.date())
        try:
            spec.check_range(first, last)
        except HatError as exc:
            self._refuse(str(exc))
            return None
        ui.errorLabel.hide()
        ui.resultLabel.hide()
        return spec, first, last

    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    # --- actions -------------------------------------------------------------------
    def save(self) -> Path | None:
        request = self._request()
        if request is None:
            return None
        spec, first, last = request
        suffix = f".{spec.fmt}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, f"Save {spec.title}", str(Path.home() / spec.file_name(first, last)),
            f"{spec.fmt.upper()} files (*{suffix})", "",
            QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        # A streamed CSV (any period, a whole history) shows how far it has gone and may
        # be cancelled: nothing is then written.
        result = save_report(self.view, self.reg, self.user, spec, first, last, target)
        if result is None:
            return None
        path, _count = result
        self._done(f"Saved {spec.title} to {path}")
        return Path(path)

    def print_report(self) -> Path | None:
        request = self._request()
        if request is None:
            return None
        spec, first, last = request
        if not run_action(spec.check_printable, error_label=self.ui.errorLabel):
            return None
        printer = choose_printer(self.view, spec.title)
        if printer is None:
            return None
        path = print_copy(self.view, self.reg, self.user, spec, first, last)
        if path is None:
            return None
        pages = run_service(lambda: print_pdf(printer, Path(path)), parent=self.view)
        if pages is None:
            return None
        self._done(f"{spec.title}: {pages} page(s) sent to the printer.")
        return Path(path)

    # --- the evaluation ----------------------------------------------------------------------
    def open_dashboard(self) -> None:
        """Reports → Evaluation: the charts (managers, prescribers; inspectors if allowed)."""
        EvaluationDashboard(self.reg, self.user, self.view).exec()

    def _period(self) -> tuple[date, date]:
        self.ui.errorLabel.hide()
        self.ui.resultLabel.hide()
        return pydate(self.ui.fromDateEdit.date()), pydate(self.ui.toDateEdit.date())

    def save_extract(self) -> Path | None:
        """The evaluator's extract, in a new folder inside the folder the manager picks."""
        first, last = self._period()
        parent = QFileDialog.getExistingDirectory(
            self.view, "Choose the folder to put the evaluation extract in", str(Path.home()))
        if not parent:
            return None
        target = Path(parent) / evaluation_extract.folder_name(first, last)
        user = self.user
        result = run_with_progress(
            self.view, "Writing the evaluation extract…", self.reg,
            lambda reg, _progress: evaluation_extract.export_extract(reg, user, first, last,
                                                                     target),
            cancellable=False)
        if result is None:
            return None
        folder, rows = result
        self._done(f"Saved the evaluation extract ({rows} rows, with its data dictionary) in "
                   f"{folder}")
        return Path(folder)

    def save_linkage(self) -> Path | None:
        """The linkage file: pseudonym, clinic number, NHS number; kept apart."""
        first, last = self._period()
        name = f"hat-evaluation-linkage-{first.isoformat()}-to-{last.isoformat()}.csv"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, "Save the linkage file", str(Path.home() / name), "CSV files (*.csv)",
            "", QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        user = self.user
        result = run_with_progress(
            self.view, "Writing the linkage file…", self.reg,
            lambda reg, _progress: evaluation_extract.export_linkage(reg, user, first, last,
                                                                     target),
            cancellable=False)
        if result is None:
            return None
        path, count = result
        people = "1 patient" if count == 1 else f"{count} patients"
        self._done(f"Saved the linkage file ({people}) to {path}. Keep it apart from the "
                   "extract.")
        return Path(path)

    def _done(self, message: str) -> None:
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()
