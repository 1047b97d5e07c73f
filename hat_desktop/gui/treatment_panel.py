"""The patient page's "Treatment and outcomes" tab: the current episode, the outcome
review due, every episode and review, and the buttons to start an episode, record a
review and record the exit (for the roles that may)."""

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.episodes import Episode
from hat_desktop.domain.outcome_reviews import OutcomeReview, ReviewStage
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_date
from hat_desktop.gui.episode_exit_dialog import EpisodeExitDialog
from hat_desktop.gui.episode_start_dialog import EpisodeStartDialog
from hat_desktop.gui.forms.ui_treatment_panel import Ui_TreatmentPanel
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.outcome_review_dialog import OutcomeReviewDialog
from hat_desktop.palette import REVIEW_DUE_COLOURS
from hat_desktop.services import outcomes
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.outcomes import TreatmentRecord

EPISODE_COLUMNS = ["Episode", "Referred by", "Referred", "Assessed", "Started", "Ended",
                   "Why"]
REVIEW_COLUMNS = ["Date", "Kind", "Heroin", "Crack", "Injecting", "Shoplifting",
                  "Mental health", "Physical health", "Quality of life", "Housing",
                  "Recorded by"]


def _day(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def episode_cells(e: Episode) -> list[str]:
    return [str(e.number), e.referral_source.label, _day(e.referral_date),
            _day(e.assessment_date), format_date(e.start_date),
            _day(e.exit.exit_date) if e.exit else "", e.exit.reason.label if e.exit else ""]


def review_cells(r: OutcomeReview) -> list[str]:
    head = [format_date(r.review_date), r.stage.label]
    if r.items is None:
        reason = r.not_completed_reason.label if r.not_completed_reason else ""
        return [*head, f"Not completed: {reason}", *[""] * 7, r.recorded_by_name]
    i = r.items
    return [*head, str(i.opioid_days), str(i.crack_days), str(i.injecting_days),
            str(i.shoplifting_days), str(i.psychological_health), str(i.physical_health),
            str(i.quality_of_life), i.housing.label.split(" (")[0] if i.housing else "",
            r.recorded_by_name]


def fill(table: QTableView, model: QStandardItemModel, headings: list[str],
         rows: list[list[str]]) -> None:
    model.clear()
    model.setHorizontalHeaderLabels(headings)
    for cells in rows:
        items = [QStandardItem(text) for text in cells]
        for item in items:
            item.setEditable(False)
        model.appendRow(items)
    table.resizeColumnsToContents()


class TreatmentPanel(QObject):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg, self.user = reg, user
        self.patient: Patient | None = None
        self.record: TreatmentRecord | None = None
        self.view = QWidget(parent)
        self.ui = Ui_TreatmentPanel()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.episodes_model = QStandardItemModel(self)
        self.reviews_model = QStandardItemModel(self)
        for table, model in ((ui.episodesTable, self.episodes_model),
                             (ui.reviewsTable, self.reviews_model)):
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        background, text = REVIEW_DUE_COLOURS
        ui.dueLabel.setStyleSheet(f"background:{background}; color:{text}; padding:6px; "
                                  "border-radius:4px; font-weight:bold;")
        ui.startEpisodeButton.clicked.connect(self.start_episode)
        ui.recordReviewButton.clicked.connect(self.record_review)
        ui.endEpisodeButton.clicked.connect(self.end_episode)

    def show_patient(self, patient: Patient, absences: tuple[Absence, ...] | None = None
                     ) -> None:
        """Read again (after this tab's own actions); ``absences``: the patient's, when
        read already."""
        found = run_service(lambda: outcomes.treatment(self.reg, self.user, patient.id, absences),
                            error_label=self.ui.errorLabel)
        if found is not None:
            self.show(patient, found)

    def show(self, patient: Patient, found: TreatmentRecord) -> None:
        """The record as the patient page read it (services/patient_page.py)."""
        self.patient = patient
        ui = self.ui
        self.record = r = found
        current = r.current
        if current is not None:
            ui.currentLabel.setText(
                f"In treatment since {format_date(current.start_date)} (episode "
                f"{current.number}, {current.days_in_treatment(r.today)} days)."
                + (" The patient is discharged but the episode has no exit yet: record "
                   "the exit." if patient.status is PatientStatus.DISCHARGED else ""))
        elif r.latest is not None and r.latest.exit is not None:
            ui.currentLabel.setText(
                f"Not in treatment: episode {r.latest.number} ended on "
                f"{format_date(r.latest.exit.exit_date)} ({r.latest.exit.reason.label}).")
        else:
            ui.currentLabel.setText("No treatment episode is recorded for this patient yet.")
        ui.dueLabel.setVisible(r.due is not None)
        ui.dueLabel.setText(r.due.text if r.due is not None else "")
        fill(ui.episodesTable, self.episodes_model, EPISODE_COLUMNS,
             [episode_cells(e) for e in reversed(r.episodes)])
        fill(ui.reviewsTable, self.reviews_model, REVIEW_COLUMNS,
             [review_cells(rv) for rv in reversed(r.reviews)])
        self._show_actions(r)

    def _show_actions(self, r: TreatmentRecord) -> None:
        ui = self.ui
        may = allowed(self.user.role, Action.RECORD_OUTCOMES)
        for button in (ui.startEpisodeButton, ui.recordReviewButton, ui.endEpisodeButton):
            button.setVisible(may)
        ui.startEpisodeButton.setEnabled(r.current is None)
        ui.endEpisodeButton.setEnabled(r.current is not None)
        ui.recordReviewButton.setEnabled(r.latest is not None)
        ui.roleNote.setVisible(not may)
        ui.roleNote.setText("Nurses, prescribers and managers record episodes and outcome "
                            "reviews; you can read them.")

    def _suggested_stage(self) -> ReviewStage:
        r = self.record
        if r is None:
            return ReviewStage.START
        if r.due is not None:
            return r.due.stage
        if r.latest is not None and r.latest.exit is not None:
            return ReviewStage.EXIT
        return ReviewStage.REVIEW

    # --- actions ---------------------------------------------------------------------------
    def start_episode(self) -> None:
        if self.patient is not None and EpisodeStartDialog(
                self.reg, self.user, self.patient, self.view).exec():
            self._again()

    def record_review(self) -> None:
        if self.patient is not None and OutcomeReviewDialog(
                self.reg, self.user, self.patient, self._suggested_stage(),
                self.record.due if self.record else None, self.view).exec():
            self._again()

    def end_episode(self) -> bool:
        """Record the exit of the open episode (it discharges the patient); True if done."""
        current = self.record.current if self.record else None
        if self.patient is not None and current is not None and EpisodeExitDialog(
                self.reg, self.user, self.patient, current, self.view).exec():
            self._again()
            return True
        return False

    @property
    def in_treatment(self) -> bool:
        return self.record is not None and self.record.current is not None

    def _again(self) -> None:
        if self.patient is not None:
            self.show_patient(self.patient)
