"""Reports → Evaluation: the evaluation's charts for a period (retention, attendance,
doses, outcomes, opioid use and offending, costs), drawn by matplotlib into Qt canvases,
and the same figures saved as the evaluation report (PDF).

matplotlib is imported when the dashboard draws, never when the app starts."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.evaluation import Evaluation, headline
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.background import run_with_progress
from hat_desktop.gui.evaluation_settings_dialog import EvaluationSettingsDialog
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_evaluation_dashboard import Ui_EvaluationDashboard
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import evaluation
from hat_desktop.services.open_register import OpenRegister

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

COLUMNS = 2
CHART_HEIGHT = 390  # pixels: a chart's height on screen (its width follows the window)


class EvaluationDashboard(FormDialog[Ui_EvaluationDashboard, None]):
    def __init__(self, reg: OpenRegister, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_EvaluationDashboard(), parent)
        self.reg, self.actor = reg, actor
        self.evaluation: Evaluation | None = None
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        ui = self.ui
        self.view.setWindowTitle(f"Evaluation — {reg.settings.clinic_name}")
        first, last = evaluation.default_period(reg)
        ui.fromDateEdit.setDate(qdate(first))
        ui.toDateEdit.setDate(qdate(last))
        ui.settingsButton.setVisible(allowed(actor.role, Action.CHANGE_SETTINGS))
        ui.showButton.clicked.connect(self.show_period)
        ui.saveButton.clicked.connect(self.save_report)
        ui.settingsButton.clicked.connect(self.change_settings)
        ui.closeButton.clicked.connect(self.view.reject)
        self.show_period()

    def show_period(self) -> bool:
        """Read the period's figures (one service call) and draw every chart."""
        ui = self.ui
        ui.errorLabel.hide()
        ui.resultLabel.hide()
        first, last = pydate(ui.fromDateEdit.date()), pydate(ui.toDateEdit.date())
        found = run_service(lambda: evaluation.evaluation(self.reg, self.actor, first, last),
                            error_label=ui.errorLabel)
        if found is None:
            return False
        self.evaluation = found
        ui.summaryLabel.setText("  ·  ".join(headline(found)))
        self._draw(found)
        return True

    def _draw(self, ev: Evaluation) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        grid = self.ui.chartGrid
        for canvas in self.canvases.values():
            grid.removeWidget(canvas)
            canvas.deleteLater()
        self.canvases.clear()
        for n, (key, title, fig) in enumerate(evaluation.charts(ev)):
            canvas = FigureCanvasQTAgg(fig)  # type: ignore[no-untyped-call]
            canvas.setObjectName(f"chart_{key}")
            canvas.setAccessibleName(title)
            canvas.setMinimumHeight(max(CHART_HEIGHT, int(fig.get_figheight() * 100)))
            grid.addWidget(canvas, n // COLUMNS, n % COLUMNS)
            self.canvases[key] = canvas

    def save_report(self) -> Path | None:
        ui = self.ui
        first, last = pydate(ui.fromDateEdit.date()), pydate(ui.toDateEdit.date())
        name = evaluation.EVALUATION_PDF.file_name(first, last)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, "Save the evaluation report", str(Path.home() / name),
            "PDF files (*.pdf)", "", QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        actor = self.actor
        result = run_with_progress(
            self.view, "Writing the evaluation report…", self.reg,
            lambda reg, _progress: evaluation.save_report(reg, actor, first, last, target),
            cancellable=False)
        if result is None:
            return None
        path, _count = result
        ui.resultLabel.setText(f"Saved the evaluation report to {path}")
        ui.resultLabel.show()
        return Path(path)

    def change_settings(self) -> None:
        if EvaluationSettingsDialog(self.reg, self.actor, self.view).exec():
            self.show_period()
