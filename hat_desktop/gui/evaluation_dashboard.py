"""Reports → Evaluation: the evaluation's charts for a period (retention, attendance,
doses, outcomes, opioid use and offending, costs, drug screens, adverse events, partner
agencies), drawn by matplotlib into Qt canvases, and the same figures saved as the
evaluation report (PDF).

The figures are read in one service call; each chart is made and drawn only when its place
in the scrolling area comes into view (on opening, scrolling or resizing), so opening the
dashboard pays for the two or three charts the user sees, not all nine. matplotlib is
never imported when the app starts: the Reports page has it imported in the background
when a user who may read the evaluation first opens it (prepare_charts), so that the
first dashboard of the session does not wait for it; else the first chart drawn imports it."""

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLayout, QVBoxLayout, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.evaluation import Evaluation, headline, panel_lines
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

log = logging.getLogger(__name__)

COLUMNS = 2
CHART_HEIGHT = 390  # pixels: a chart's height on screen (its width follows the window)
_importing: threading.Thread | None = None  # prepare_charts' thread, once started
QUIT_WAIT_S = 10.0  # at most this long, at quit, for the background import to finish


def prepare_charts() -> threading.Thread | None:
    """Import matplotlib and numpy (half a second of CPU, more on a busy PC) in a thread
    of their own, once a session, while the user is still choosing what to open: the
    first dashboard then draws at once. Only modules are imported there, nothing drawn and
    no Qt object made (matplotlib is not thread-safe; importing is): its Qt canvas is
    imported by the first chart drawn, a few milliseconds, after that chart has waited for
    the import if it was still under way. The thread, or None if it was started before or
    matplotlib is imported already. The app waits for it when it quits (finish_import)."""
    global _importing
    if _importing is not None or "matplotlib.figure" in sys.modules:
        return None
    _importing = threading.Thread(target=_import_charts, name="import-matplotlib",
                                  daemon=True)
    _importing.start()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(finish_import)
    return _importing


def finish_import() -> None:
    """Wait for the background import, if it is still under way, before the app quits: a
    daemon thread stopped in the middle of matplotlib's first import on a PC could leave
    its font cache's lock file behind, and every later session then waits for that lock at
    its first chart and never caches the fonts."""
    if _importing is not None and _importing.is_alive():
        _importing.join(QUIT_WAIT_S)


def _import_charts() -> None:
    try:
        evaluation.import_charts()
    except Exception:  # the first chart drawn imports it again, and says what failed
        log.exception("matplotlib could not be imported in the background")


class _WhenSeen(QObject):
    """Calls ``seen`` when the chart area's viewport is shown or resized."""

    def __init__(self, viewport: QWidget, seen: Callable[[], None]) -> None:
        super().__init__(viewport)
        self.seen = seen
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.seen()
        return False


def _height(inches: float) -> int:
    """A chart's height on screen, in pixels."""
    return max(CHART_HEIGHT, int(inches * 100))


def _emptied(slot: QWidget) -> QLayout:
    """The slot's layout, what it showed removed (and deleted)."""
    layout = slot.layout()
    assert layout is not None
    while layout.count():
        item = layout.takeAt(0)
        shown = item.widget() if item is not None else None
        if shown is not None:
            shown.deleteLater()
    return layout


class EvaluationDashboard(FormDialog[Ui_EvaluationDashboard, None]):
    def __init__(self, reg: OpenRegister, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(Ui_EvaluationDashboard(), parent)
        self.reg, self.actor = reg, actor
        self.evaluation: Evaluation | None = None
        self.slots: dict[str, QWidget] = {}  # each chart's place, in the charts' order
        self.canvases: dict[str, FigureCanvasQTAgg] = {}  # the charts drawn so far
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
        self._place_slots()
        self._watch = _WhenSeen(ui.chartArea.viewport(), self.draw_visible)
        ui.chartArea.verticalScrollBar().valueChanged.connect(lambda _at: self.draw_visible())
        self.show_period()

    def show_period(self) -> bool:
        """Read the period's figures (one service call); the charts in view are drawn."""
        ui = self.ui
        ui.errorLabel.hide()
        ui.resultLabel.hide()
        first, last = pydate(ui.fromDateEdit.date()), pydate(ui.toDateEdit.date())
        found = run_service(lambda: evaluation.evaluation(self.reg, self.actor, first, last),
                            error_label=ui.errorLabel)
        if found is None:
            return False
        self.evaluation = found
        ui.summaryLabel.setText("  ·  ".join(headline(found) + panel_lines(found)))
        self._clear(found)
        self.draw_visible()
        return True

    def _place_slots(self) -> None:
        """A place per chart, made once: the charts' titles until they are drawn."""
        grid = self.ui.chartGrid
        for n, (key, _title) in enumerate(evaluation.CHART_TITLES):
            slot = QWidget(self.ui.chartHost)
            slot.setObjectName(f"slot_{key}")
            layout = QVBoxLayout(slot)
            layout.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(slot, n // COLUMNS, n % COLUMNS)
            self.slots[key] = slot

    def _clear(self, ev: Evaluation) -> None:
        """Every place back to its title, at the height its chart will have (the charts of
        another period come next)."""
        for key, title in evaluation.CHART_TITLES:
            slot = self.slots[key]
            layout = _emptied(slot)
            waiting = QLabel(f"{title}…", slot)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(waiting)
            slot.setMinimumHeight(_height(evaluation.chart_height(ev, key)))
        self.canvases.clear()

    def in_view(self) -> list[str]:
        """The charts whose place shows in the scrolling area now, by a third of its height
        at least (or half the area's, in a small window): a strip of the next row shows
        its title until it is scrolled to. None while hidden."""
        viewport = self.ui.chartArea.viewport()
        if not viewport.isVisible():
            return []
        seen = QRect(0, 0, viewport.width(), viewport.height())
        return [key for key, slot in self.slots.items()
                if QRect(slot.mapTo(viewport, slot.rect().topLeft()), slot.size())
                .intersected(seen).height() >= min(slot.height() // 3, seen.height() // 2)]

    def draw_visible(self) -> None:
        for key in self.in_view():
            if key not in self.canvases:
                self._draw(key)

    def _draw(self, key: str) -> None:
        ev = self.evaluation
        if ev is None:
            return
        title, fig = evaluation.chart(ev, key)  # matplotlib imported (or waited for) first
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        slot = self.slots[key]
        canvas = FigureCanvasQTAgg(fig)  # type: ignore[no-untyped-call]
        canvas.setObjectName(f"chart_{key}")
        canvas.setAccessibleName(title)
        height = _height(fig.get_figheight())
        canvas.setMinimumHeight(height)
        slot.setMinimumHeight(height)
        _emptied(slot).addWidget(canvas)  # in place of its title
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
