"""The patient's page: photo, details, alerts, status, the missed-dose flag, every
prescription version and the attendance grid; with the actions a role allows (edit,
suspend, discharge, reactivate, import a photo, prescribe, review a hold, print the card,
record an adverse event and add notes to it)."""

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QWidget

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.missed_doses import Assessment, FlagLevel
from hat_desktop.domain.patients import Patient, PatientStatus, format_nhs_number
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.safety import EventRecord
from hat_desktop.domain.times import format_date
from hat_desktop.domain.titration import TitrationPlan
from hat_desktop.gui.absence_dialogs import (
    AbsenceDialog,
    AbsenceReturnDialog,
    AbsenceWithdrawDialog,
)
from hat_desktop.gui.attendance_grid import (
    AttendanceGridDelegate,
    AttendanceGridModel,
    build_legend,
    first_day,
    grid_days,
)
from hat_desktop.gui.contacts_panel import ContactsPanel
from hat_desktop.gui.event_dialog import record_event
from hat_desktop.gui.forms.ui_patient_detail import Ui_PatientDetail
from hat_desktop.gui.hold_review_dialog import HoldReviewDialog
from hat_desktop.gui.messages import run_action, run_service, show_error
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.patient_dialog import PatientDialog
from hat_desktop.gui.prescription_dialog import PrescriptionDialog
from hat_desktop.gui.prescription_versions_model import PrescriptionVersionsModel, version_text
from hat_desktop.gui.screens_panel import ScreensPanel
from hat_desktop.gui.status_dialog import StatusDialog
from hat_desktop.gui.titration_dialog import TitrationDialog
from hat_desktop.gui.treatment_panel import TreatmentPanel
from hat_desktop.palette import FLAG_COLOURS, PATIENT_STATUS_COLOURS
from hat_desktop.services import (
    adverse_events,
    holds,
    patient_cards,
    patient_page,
    patients,
    print_copies,
)
from hat_desktop.services.patients import PatientRecord

log = logging.getLogger(__name__)

REFRESH_EVENTS = frozenset({"patients_changed", "prescriptions_changed", "attendance_changed",
                            "schedule_changed", "settings_changed"})
PHOTO_FILTER = "Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)"


def status_style(status: PatientStatus) -> str:
    """The status chip's colours (palette.PATIENT_STATUS_COLOURS)."""
    background, text, border = PATIENT_STATUS_COLOURS[status.value]
    return f"background:{background}; color:{text}; border:1px solid {border};"


class PatientDetail(QObject):
    back_requested = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.patient: Patient | None = None
        self.assessment: Assessment | None = None
        self.open_absence: Absence | None = None
        self.absences_in_force: tuple[Absence, ...] = ()
        self.plan: TitrationPlan | None = None
        self.view = QWidget(parent)
        self.ui = Ui_PatientDetail()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.versions_model = PrescriptionVersionsModel(self.reg.tz, self)
        ui.versionsTable.setModel(self.versions_model)
        ui.versionsTable.verticalHeader().hide()
        header = ui.versionsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PrescriptionVersionsModel.REASON_COLUMN,
                                    QHeaderView.ResizeMode.Stretch)
        ui.versionsTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.versionsTable.selectionModel().selectionChanged.connect(self._version_chosen)
        self.grid_model = AttendanceGridModel(self)
        ui.gridTable.setModel(self.grid_model)
        ui.gridTable.setItemDelegate(AttendanceGridDelegate(ui.gridTable))
        ui.gridTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.gridTable.horizontalHeader().setDefaultSectionSize(46)
        ui.gridTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.gridTable.verticalHeader().setDefaultSectionSize(30)
        build_legend(ui.legendLayout, ui.attendanceTab)
        self.treatment = TreatmentPanel(self.reg, self.user, ui.detailTabs)
        ui.detailTabs.addTab(self.treatment.view, "Treatment and outcomes")
        self.screens = ScreensPanel(self.reg, self.user, ui.detailTabs)
        ui.detailTabs.addTab(self.screens.view, "Drug screens")
        self.contacts = ContactsPanel(self.reg, self.user, ui.detailTabs)
        ui.detailTabs.addTab(self.contacts.view, "Partner agencies")
        self._wire()
        self._soon = QTimer(self)  # several events in a row: one refresh
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        ctx.events.changed.connect(self._on_event)

    def _wire(self) -> None:
        v = self.view
        ui = self.ui
        ui.backButton.clicked.connect(self.back_requested.emit)
        back = QAction("Back to the patient list", v)
        back.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")])
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.back_requested.emit)
        v.addAction(back)
        ui.editButton.clicked.connect(self.edit)
        ui.suspendButton.clicked.connect(lambda: self.change_status(PatientStatus.SUSPENDED))
        ui.dischargeButton.clicked.connect(lambda: self.change_status(PatientStatus.DISCHARGED))
        ui.reactivateButton.clicked.connect(lambda: self.change_status(PatientStatus.ACTIVE))
        ui.importPhotoButton.clicked.connect(self.import_photo)
        ui.prescribeButton.clicked.connect(self.prescribe)
        ui.reviewHoldButton.clicked.connect(self.review_hold)
        ui.titrationButton.clicked.connect(self.titration_plan)
        ui.absenceButton.clicked.connect(self.record_absence)
        ui.returnButton.clicked.connect(self.record_return)
        ui.withdrawAbsenceButton.clicked.connect(self.withdraw_absence)
        ui.printCardButton.clicked.connect(self.print_card)
        ui.recordEventButton.clicked.connect(self.record_event)
        ui.eventNoteButton.clicked.connect(self.add_event_note)
        self.events_model = QStandardItemModel(self)
        ui.eventsList.setModel(self.events_model)

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if self.patient is None or event not in REFRESH_EVENTS:
            return
        if payload.get("patient_id") in (None, self.patient.id):
            self._soon.start()

    # --- showing ---------------------------------------------------------------------
    def show_patient(self, patient_id: int) -> bool:
        if not self._load(patient_id):
            return False
        self.ui.detailTabs.setCurrentIndex(0)
        return True

    def refresh(self) -> None:
        if self.patient is not None:
            self._load(self.patient.id)

    def _load(self, pid: int) -> bool:
        """The page from one service call (the patient's record and its tabs, the user's
        permission and the patient checked once)."""
        ui = self.ui
        today = self.reg.today()
        read = run_service(lambda: patient_page.page(self.reg, self.user, pid, first_day(today)),
                           error_label=ui.errorLabel)
        if read is None:
            return False
        found = read.record
        self.patient = p = found.patient
        ui.patientName.setText(p.label)
        ui.numberValue.setText(p.clinic_number)
        age = p.age_on(today)
        ui.birthValue.setText(f"{format_date(p.date_of_birth)} (age {age})")
        ui.addressValue.setText(p.address)
        ui.nhsValue.setText(format_nhs_number(p.nhs_number) or "Not recorded")
        ui.alertsValue.setText(p.alerts or "None recorded")
        ui.alertsValue.setObjectName("patientAlerts" if p.alerts else "alertsValue")
        ui.alertsValue.style().unpolish(ui.alertsValue)
        ui.alertsValue.style().polish(ui.alertsValue)
        self._show_photo(p, found.photo)
        self._show_versions(list(found.versions), today)
        self._show_attendance(found, today)
        self._show_status(p, found.assessment.flag.level)
        self._show_absences(found)
        self.treatment.show(p, read.treatment)
        self._show_events(found.events)
        self.screens.show(p, read.screens)
        self.contacts.show(p, read.contacts)
        self._show_actions(p)
        return True

    def _show_events(self, found: tuple[EventRecord, ...]) -> None:
        """The patient's events, newest first, each with its notes (corrections)."""
        m = self.events_model
        m.clear()
        tz = self.reg.tz
        for record in found:
            e = record.event
            lines = [f"{e.number} — {e.facts.occurred_at.astimezone(tz):%d/%m/%Y %H:%M}: "
                     f"{e.summary}.",
                     f"Responders: {e.facts.responders}. Recorded by {e.by_name}, witnessed by "
                     f"{e.witness_name}.", e.facts.account]
            lines += [f"Note {n.at.astimezone(tz):%d/%m/%Y %H:%M} by {n.by_name}: {n.text}"
                      for n in record.notes]
            item = QStandardItem("\n".join(lines))
            item.setData(e.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            m.appendRow(item)
        if not found:
            empty = QStandardItem("No adverse event has been recorded for this patient.")
            empty.setEnabled(False)
            m.appendRow(empty)
        self.ui.detailTabs.setTabText(self.ui.detailTabs.indexOf(self.ui.eventsTab),
                                      f"Events ({len(found)})" if found else "Events")

    def _show_photo(self, p: Patient, data: bytes | None) -> None:
        ui = self.ui
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            ui.photoLabel.setObjectName("patientPhoto")
            ui.photoLabel.setPixmap(pixmap.scaled(
                ui.photoLabel.maximumSize(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            ui.photoLabel.setAccessibleName(f"Photo of {p.full_name}")
        else:
            ui.photoLabel.setObjectName("patientNoPhoto")
            ui.photoLabel.clear()
            ui.photoLabel.setText("No photo on file")
            ui.photoLabel.setAccessibleName("No photo on file")
        ui.photoLabel.style().unpolish(ui.photoLabel)
        ui.photoLabel.style().polish(ui.photoLabel)

    def _show_versions(self, versions: list[Prescription], today: date) -> None:
        ui = self.ui
        self.versions_model.tz = self.reg.tz
        self.versions_model.set_versions(versions, today, self.reg.now())
        current = self.versions_model.current
        ui.prescriptionValue.setText(f"Version {current.version}: {current.summary}"
                                     if current is not None else "No current prescription")
        if versions:
            ui.versionsTable.selectRow(0)
        else:
            ui.versionDetail.setText("No prescription has been written for this patient.")

    def _version_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        rx = self.versions_model.row_at(min(rows)) if rows else None
        if rx is not None:
            self.ui.versionDetail.setText(version_text(rx, self.reg.tz))

    def _show_attendance(self, found: PatientRecord, today: date) -> None:
        ui = self.ui
        self.assessment = found.assessment
        flag = found.assessment.flag
        self.grid_model.set_days(grid_days(found.calendar, found.closures, found.assessment,
                                           today), today)
        ui.gridTable.setMinimumHeight(
            ui.gridTable.horizontalHeader().sizeHint().height() + 8 * 30 + 6)
        ui.flagLabel.setVisible(flag.level is not FlagLevel.NONE)
        background, foreground = FLAG_COLOURS[flag.level.value]
        status = found.patient.status
        held_away = flag.level is FlagLevel.HOLD and status is not PatientStatus.ACTIVE
        ui.flagLabel.setText(flag.message + (
            f" The patient is {status.value}: the hold stays open; when they are made "
            "active again, no dose is given before a prescriber reviews it."
            if held_away else ""))
        ui.flagLabel.setStyleSheet(f"background:{background}; color:{foreground}; "
                                   "padding:6px; border-radius:4px; font-weight:bold;")

    def _show_status(self, p: Patient, level: FlagLevel) -> None:
        """The status chip; an active patient on hold reads ON HOLD, never "Active" beside
        the hold banner."""
        chip = self.ui.statusChip
        if p.status is PatientStatus.ACTIVE and level is FlagLevel.HOLD:
            background, foreground = FLAG_COLOURS[level.value]
            chip.setText("ON HOLD")
            chip.setToolTip("Active patient, on hold: no dose until a prescriber's review")
            chip.setStyleSheet(f"background:{background}; color:{foreground}; "
                               "border-radius:4px; padding:3px 10px; font-weight:bold;")
            return
        chip.setText(p.status.label)
        chip.setToolTip("")
        chip.setStyleSheet(status_style(p.status)
                           + "border-radius:4px; padding:3px 10px; font-weight:bold;")

    def _show_absences(self, found: PatientRecord) -> None:
        self.plan = plan = found.plan
        self.ui.titrationValue.setText(f"Version {plan.version}: {plan.summary}.\n"
                                       f"{plan.days_text}" if plan is not None else "None")
        self.open_absence = found.open_absence
        self.absences_in_force = tuple(a for a in found.absences if a.in_force)
        lines = [a.summary for a in found.absences[:3]]
        more = len(found.absences) - len(lines)
        if more:
            lines.append(f"… and {more} earlier")
        self.ui.absencesValue.setText("\n".join(lines) or "None recorded")

    def _show_actions(self, p: Patient) -> None:
        ui = self.ui
        role = self.user.role
        manage = allowed(role, Action.MANAGE_PATIENTS)
        for button in (ui.editButton, ui.importPhotoButton):
            button.setVisible(manage)
        status = allowed(role, Action.CHANGE_PATIENT_STATUS)
        ui.suspendButton.setVisible(status and p.status is PatientStatus.ACTIVE)
        ui.dischargeButton.setVisible(status and p.status is not PatientStatus.DISCHARGED)
        ui.reactivateButton.setVisible(status and p.status is not PatientStatus.ACTIVE)
        prescriber = allowed(role, Action.PRESCRIBE)
        ui.prescribeButton.setVisible(prescriber)
        ui.prescribeButton.setText("&Change prescription…" if self.versions_model.rows
                                   else "&New prescription…")
        refusal = p.prescription_refusal()
        ui.prescribeButton.setEnabled(refusal is None)
        ui.titrationButton.setVisible(prescriber)
        ui.titrationButton.setEnabled(refusal is None and self.versions_model.current is not None)
        if not prescriber:
            ui.prescribeNote.setText("Only a prescriber can write or change a prescription.")
        elif refusal is not None:
            ui.prescribeNote.setText(refusal)
        else:
            ui.prescribeNote.setText("Every change is a new version; earlier versions stay "
                                     "readable below.")
        record = allowed(role, Action.RECORD_EVENT)
        ui.recordEventButton.setVisible(record)
        ui.eventNoteButton.setVisible(record)
        held = self.assessment is not None and self.assessment.open_hold is not None
        ui.reviewHoldButton.setVisible(held and allowed(role, Action.REVIEW_HOLD))
        away = allowed(role, Action.RECORD_ABSENCE)
        ui.absenceButton.setVisible(away and p.status is not PatientStatus.DISCHARGED)
        ui.returnButton.setVisible(away and self.open_absence is not None)
        ui.withdrawAbsenceButton.setVisible(away and bool(self.absences_in_force))

    # --- actions ---------------------------------------------------------------------
    def edit(self) -> None:
        if self.patient is not None and PatientDialog(self.reg, self.user, self.patient,
                                                      self.view).exec():
            self.refresh()

    def change_status(self, status: PatientStatus) -> None:
        if self.patient is None:
            return
        if status is PatientStatus.DISCHARGED and self.treatment.in_treatment:
            # A patient in treatment is discharged by recording the episode's exit (its
            # date and coded reason), which the service requires.
            if self.treatment.end_episode():
                self.refresh()
            return
        if StatusDialog(self.reg, self.user, self.patient, status, self.view).exec():
            self.refresh()

    def import_photo(self) -> None:
        p = self.patient
        if p is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.view, f"Import a photo of {p.full_name}", str(Path.home()), PHOTO_FILTER)
        if not chosen:
            return
        path = Path(chosen)
        done = run_action(
            lambda: patients.set_photo(self.reg, self.user, p.id,
                                        patients.read_photo_file(path)),
            error_label=self.ui.errorLabel)
        if done:
            self.refresh()

    def prescribe(self) -> None:
        p = self.patient
        if p is None:
            return
        newest = self.versions_model.row_at(0)
        if PrescriptionDialog(self.reg, self.user, p, newest, self.view).exec():
            self.refresh()

    def review_hold(self) -> None:
        p, a = self.patient, self.assessment
        if p is None or a is None:
            return
        episode = self.treatment.record.current if self.treatment.record else None
        before = (holds.held_version(self.reg, self.versions_model.rows, a.open_hold)
                  if a.open_hold is not None else None)
        if HoldReviewDialog(self.reg, self.user, p, a.flag, self.versions_model.row_at(0),
                            self.plan, self.view, episode, before,
                            self.versions_model.rows).exec():
            self.refresh()

    def titration_plan(self) -> None:
        p = self.patient
        if p is not None and TitrationDialog(self.reg, self.user, p, self.versions_model.current,
                                             self.plan, self.view).exec():
            self.refresh()

    def record_absence(self) -> None:
        if self.patient is not None and AbsenceDialog(self.reg, self.user, self.patient,
                                                      self.view).exec():
            self.refresh()

    def record_return(self) -> None:
        p, absence = self.patient, self.open_absence
        if p is not None and absence is not None and AbsenceReturnDialog(
                self.reg, self.user, p, absence, self.view).exec():
            self.refresh()

    def withdraw_absence(self) -> None:
        p = self.patient
        if p is not None and self.absences_in_force and AbsenceWithdrawDialog(
                self.reg, self.user, p, self.absences_in_force, self.view).exec():
            self.refresh()

    def record_event(self) -> None:
        if self.patient is not None and record_event(self.reg, self.user, self.patient,
                                                     self.view) is not None:
            self.refresh()

    def add_event_note(self) -> None:
        index = self.ui.eventsList.currentIndex()
        event_id = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if event_id is None:
            self.ui.errorLabel.setText("Choose an event in the list first.")
            self.ui.errorLabel.show()
            return
        text, ok = QInputDialog.getMultiLineText(
            self.view, "Note on the event", "The note (an event is never changed: this is how "
            "it is corrected or added to):")
        if ok and run_service(lambda: adverse_events.add_note(self.reg, self.user, event_id,
                                                              text),
                              error_label=self.ui.errorLabel) is not None:
            self.refresh()

    def print_card(self) -> None:
        p = self.patient
        if p is None:
            return

        def write() -> Path:
            folder = print_copies.new_folder()
            return patient_cards.print_card(self.reg, self.user, p.id,
                                            folder / f"patient-card-{p.clinic_number}.pdf")

        written = run_service(write, error_label=self.ui.errorLabel)
        if written is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
            show_error(self.view, f"No program to show PDF files was found. The card was saved "
                       f"as {written}; open and print it from there.", "Card not opened")
