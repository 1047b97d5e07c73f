"""Record a drug screen: when the sample was taken, urine or oral fluid, scheduled or
random, supervised or not, and a result per substance of the clinic's panel — or that the
screen was refused, spoiled or missed. Results are typed N, P or T on each substance (the
cursor moves on), or set with the buttons; "All the rest negative" fills what is left."""

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.drug_screens import (
    Sample,
    Screen,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    SubstanceResult,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_drug_screen_dialog import Ui_DrugScreenDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import qdate
from hat_desktop.palette import SCREEN_RESULT_COLOURS
from hat_desktop.services import drug_screens
from hat_desktop.services.open_register import OpenRegister

KEYS = {Qt.Key.Key_N: SubstanceResult.NEGATIVE, Qt.Key.Key_P: SubstanceResult.POSITIVE,
        Qt.Key.Key_T: SubstanceResult.NOT_TESTED}
NONE_YET = "—"


class DrugScreenDialog(FormDialog[Ui_DrugScreenDialog, Screen]):
    def __init__(self, reg: OpenRegister, actor: User, patient: Patient, panel: tuple[str, ...],
                 kind: ScreenKind, parent: QWidget | None = None) -> None:
        super().__init__(Ui_DrugScreenDialog(), parent)
        self.reg, self.actor, self.patient = reg, actor, patient
        self.saved: Screen | None = None
        self.panel = panel
        self.results: dict[str, SubstanceResult | None] = {name: None for name in panel}
        ui = self.ui
        self.view.setWindowTitle(f"Drug screen — {patient.label}")
        ui.introLabel.setText(f"A drug screen for {patient.full_name}. Nothing recorded is "
                              "ever changed: a mistake is put right by recording the screen "
                              "again with a note.")
        now = reg.now().astimezone(reg.tz)
        shown = QDateTime(qdate(now.date()), QTime(now.hour, now.minute))
        ui.takenEdit.setDateTime(shown)
        ui.takenEdit.setMaximumDateTime(shown)
        for sample in Sample:
            ui.sampleCombo.addItem(sample.label, sample.value)
        for k in ScreenKind:
            ui.kindCombo.addItem(k.label, k.value)
        ui.kindCombo.setCurrentIndex(list(ScreenKind).index(kind))
        for outcome in ScreenOutcome:
            ui.outcomeCombo.addItem(outcome.label, outcome.value)
        self.model = QStandardItemModel(self)
        ui.resultsTable.setModel(self.model)
        ui.resultsTable.verticalHeader().hide()
        self._fill()
        ui.resultsTable.installEventFilter(self)
        ui.resultsTable.setCurrentIndex(self.model.index(0, 0))
        ui.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        ui.negativeButton.clicked.connect(lambda: self._set_selected(SubstanceResult.NEGATIVE))
        ui.positiveButton.clicked.connect(lambda: self._set_selected(SubstanceResult.POSITIVE))
        ui.notTestedButton.clicked.connect(
            lambda: self._set_selected(SubstanceResult.NOT_TESTED))
        ui.restNegativeButton.clicked.connect(self._rest_negative)
        ui.confirmButton.clicked.connect(self._confirm)
        ui.cancelButton.clicked.connect(self.view.reject)

    def accepted_result(self) -> Screen | None:
        return self.saved

    # --- the results ----------------------------------------------------------------------
    def _fill(self) -> None:
        current = self.ui.resultsTable.currentIndex()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(["Substance", "Result"])
        for name in self.panel:
            result = self.results[name]
            cells = [QStandardItem(name),
                     QStandardItem(result.label if result is not None else NONE_YET)]
            if result is not None:
                background, text = SCREEN_RESULT_COLOURS[result.value]
                for item in cells:
                    item.setBackground(QBrush(QColor(background)))
                    item.setForeground(QBrush(QColor(text)))
            for item in cells:
                item.setEditable(False)
            self.model.appendRow(cells)
        header = self.ui.resultsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if current.isValid():
            self.ui.resultsTable.setCurrentIndex(self.model.index(current.row(), 0))

    def result_texts(self) -> list[tuple[str, str]]:
        """What the table shows: (substance, result), for tests and screen readers."""
        return [(self.model.item(r, 0).text(), self.model.item(r, 1).text())
                for r in range(self.model.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.ui.resultsTable and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and not event.modifiers()
                and (result := KEYS.get(Qt.Key(event.key()))) is not None):
            self._set_row(self.ui.resultsTable.currentIndex().row(), result, advance=True)
            return True
        return False

    def _set_row(self, row: int, result: SubstanceResult, *, advance: bool = False) -> None:
        if not 0 <= row < len(self.panel):
            return
        self.results[self.panel[row]] = result
        self._fill()
        if advance and row + 1 < len(self.panel):
            self.ui.resultsTable.setCurrentIndex(self.model.index(row + 1, 0))

    def _set_selected(self, result: SubstanceResult) -> None:
        rows = {i.row() for i in self.ui.resultsTable.selectionModel().selectedRows()}
        if not rows and self.ui.resultsTable.currentIndex().isValid():
            rows = {self.ui.resultsTable.currentIndex().row()}
        for row in sorted(rows):
            self.results[self.panel[row]] = result
        self._fill()

    def _rest_negative(self) -> None:
        for name, result in self.results.items():
            if result is None:
                self.results[name] = SubstanceResult.NEGATIVE
        self._fill()

    def _outcome_changed(self) -> None:
        tested = self._outcome() is ScreenOutcome.TESTED
        ui = self.ui
        for widget in (ui.resultsHeading, ui.resultsTable, ui.negativeButton,
                       ui.positiveButton, ui.notTestedButton, ui.restNegativeButton):
            widget.setEnabled(tested)

    # --- saving --------------------------------------------------------------------------
    def _outcome(self) -> ScreenOutcome:
        return ScreenOutcome(self.ui.outcomeCombo.currentData())

    def _screen(self) -> ScreenInput:
        ui = self.ui
        taken = ui.takenEdit.dateTime()
        moment = datetime(taken.date().year(), taken.date().month(), taken.date().day(),
                          taken.time().hour(), taken.time().minute(), tzinfo=self.reg.tz)
        tested = self._outcome() is ScreenOutcome.TESTED
        return ScreenInput(
            moment, Sample(ui.sampleCombo.currentData()), ScreenKind(ui.kindCombo.currentData()),
            ui.supervisedCheck.isChecked(), self._outcome(),
            tuple(self.results.items()) if tested else (), ui.noteEdit.text())

    def _confirm(self) -> None:
        saved = run_service(
            lambda: drug_screens.record_screen(self.reg, self.actor, self.patient.id,
                                               self._screen()),
            error_label=self.ui.errorLabel)
        if saved is not None:
            self.saved = saved
            self.view.accept()
