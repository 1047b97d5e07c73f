"""The patient page's "Drug screens" tab: the schedule and the screen due, every screen
newest first (street heroin in a column of its own, what else was positive), recording a
screen, and setting the schedule (for the roles that may)."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.drug_screens import (
    STREET_HEROIN,
    WEEKDAYS,
    Frequency,
    Screen,
    ScreenKind,
    ScreenOutcome,
    ScreenSchedule,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_local
from hat_desktop.gui.drug_screen_dialog import DrugScreenDialog
from hat_desktop.gui.forms.ui_screens_panel import Ui_ScreensPanel
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.palette import REVIEW_DUE_COLOURS, SCREEN_RESULT_COLOURS
from hat_desktop.services import drug_screens
from hat_desktop.services.drug_screens import ScreenRecord
from hat_desktop.services.open_register import OpenRegister

COLUMNS = ["Taken", "Sample", "Kind", "Supervised", "Street heroin", "Also positive",
           "Note", "Recorded by"]
HEROIN_COLUMN = 4
ALSO_COLUMN = 5


def screen_cells(s: Screen, tz: ZoneInfo) -> list[str]:
    """A screen as its row shows it: street heroin (or why there is no result), what else
    was positive."""
    heroin = s.result(STREET_HEROIN)
    if s.outcome is not ScreenOutcome.TESTED:
        street, also = s.outcome.label, ""
    else:
        street = heroin.label if heroin is not None else ""
        others = [n for n in s.positives if n != STREET_HEROIN]
        also = ", ".join(others) if others else "None"
    return [format_local(s.taken_at, tz), s.sample.label, s.kind.label,
            "Yes" if s.supervised else "No", street, also, s.note, s.recorded_by_name]


class ScreensPanel(QObject):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg, self.user = reg, user
        self.patient: Patient | None = None
        self.record: ScreenRecord | None = None
        self.view = QWidget(parent)
        self.ui = Ui_ScreensPanel()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.model = QStandardItemModel(self)
        ui.screensTable.setModel(self.model)
        ui.screensTable.verticalHeader().hide()
        ui.screensTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        background, text = REVIEW_DUE_COLOURS
        ui.dueLabel.setStyleSheet(f"background:{background}; color:{text}; padding:6px; "
                                  "border-radius:4px; font-weight:bold;")
        for frequency in Frequency:
            ui.frequencyCombo.addItem(frequency.label, frequency.value)
        for n, day in enumerate(WEEKDAYS):
            ui.weekdayCombo.addItem(day, n)
        ui.frequencyCombo.currentIndexChanged.connect(self._frequency_changed)
        ui.recordScreenButton.clicked.connect(self.record_screen)
        ui.setScheduleButton.clicked.connect(self.set_schedule)

    def show_patient(self, patient: Patient, absences: tuple[Absence, ...] | None = None
                     ) -> None:
        """Read again (after this tab's own actions); ``absences``: the patient's, when
        read already."""
        found = run_service(lambda: drug_screens.screen_record(self.reg, self.user,
                                                               patient.id, absences),
                            error_label=self.ui.errorLabel)
        if found is not None:
            self.show(patient, found)

    def show(self, patient: Patient, found: ScreenRecord) -> None:
        """The record as the patient page read it (services/patient_page.py)."""
        self.patient = patient
        ui = self.ui
        self.record = r = found
        ui.scheduleLabel.setText(f"Schedule: {r.schedule.text}." if r.schedule else
                                 "Schedule: none (screens are recorded as they are taken).")
        ui.dueLabel.setVisible(r.due is not None)
        ui.dueLabel.setText(r.due.text if r.due is not None else "")
        self._show_schedule(r.schedule)
        self._fill(r.screens)
        self._show_actions()

    def _show_schedule(self, schedule: ScreenSchedule | None) -> None:
        ui = self.ui
        frequency = schedule.frequency if schedule else Frequency.NONE
        ui.frequencyCombo.setCurrentIndex(list(Frequency).index(frequency))
        ui.weekdayCombo.setCurrentIndex(schedule.weekday if schedule and schedule.weekday
                                        is not None else self.reg.today().weekday())
        ui.startsEdit.setMinimumDate(qdate(self.reg.today()))
        ui.startsEdit.setDate(qdate(self.reg.today()))
        self._frequency_changed()

    def _frequency_changed(self) -> None:
        weekly = self.ui.frequencyCombo.currentData() == Frequency.WEEKLY.value
        self.ui.weekdayCombo.setEnabled(weekly)

    def _fill(self, screens: tuple[Screen, ...]) -> None:
        m = self.model
        m.clear()
        m.setHorizontalHeaderLabels(COLUMNS)
        tz = self.reg.tz
        for s in screens:
            heroin = s.street_heroin
            items = [QStandardItem(text) for text in screen_cells(s, tz)]
            if heroin is not None:
                background, text = SCREEN_RESULT_COLOURS[heroin.value]
                items[HEROIN_COLUMN].setBackground(QBrush(QColor(background)))
                items[HEROIN_COLUMN].setForeground(QBrush(QColor(text)))
            for item in items:
                item.setEditable(False)
            m.appendRow(items)
        header = self.ui.screensTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ALSO_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.ui.historyHeading.setText("Screens, newest first" if screens else
                                       "No drug screen has been recorded for this patient.")

    def _show_actions(self) -> None:
        ui = self.ui
        may = allowed(self.user.role, Action.RECORD_SCREENS)
        for widget in (ui.recordScreenButton, ui.frequencyLabel, ui.frequencyCombo,
                       ui.weekdayCombo, ui.startsLabel, ui.startsEdit, ui.setScheduleButton):
            widget.setVisible(may)
        ui.roleNote.setVisible(not may)
        ui.roleNote.setText("Nurses and prescribers record drug screens and set the schedule; "
                            "you can read them.")

    # --- actions ---------------------------------------------------------------------------
    def record_screen(self) -> None:
        r = self.record
        if self.patient is None or r is None:
            return
        kind = ScreenKind.SCHEDULED if r.due is not None else ScreenKind.RANDOM
        if DrugScreenDialog(self.reg, self.user, self.patient, r.panel, kind,
                            self.view).exec():
            self.show_patient(self.patient)

    def set_schedule(self) -> None:
        p = self.patient
        if p is None:
            return
        ui = self.ui
        frequency = Frequency(ui.frequencyCombo.currentData())
        weekday = ui.weekdayCombo.currentData() if frequency is Frequency.WEEKLY else None
        plan = ScreenSchedule(frequency, weekday, pydate(ui.startsEdit.date()))
        if run_service(lambda: drug_screens.set_schedule(self.reg, self.user, p.id, plan),
                       error_label=ui.errorLabel) is not None:
            ui.errorLabel.hide()
            self.show_patient(p)
