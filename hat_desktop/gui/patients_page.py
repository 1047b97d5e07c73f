"""The Patients page: find a patient (number, name or a scanned card), the list with
status and flag, register a new patient, and open a patient's page."""

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from hat_desktop.domain.roles import Action, allowed
from hat_desktop.gui.forms.ui_patients_page import Ui_PatientsPage
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.page_context import PageContext
from hat_desktop.gui.patient_detail import REFRESH_EVENTS, PatientDetail
from hat_desktop.gui.patient_dialog import PatientDialog
from hat_desktop.gui.patient_list_model import PatientListModel, PatientRow
from hat_desktop.services import attendance, patients
from hat_desktop.services.patients import SearchResult

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200  # typing: search once the keys stop
REFRESH_MS = 60_000  # flags change as windows close, even with no event


class PatientsPage(QObject):
    title = "Patients"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.view = QWidget(parent)
        self.ui = Ui_PatientsPage()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.model = PatientListModel(self)
        ui.patientsTable.setModel(self.model)
        ui.patientsTable.verticalHeader().hide()
        header = ui.patientsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.patientsTable.activated.connect(self._open_index)
        ui.openButton.clicked.connect(self.open_selected)
        self.detail = PatientDetail(ctx, ui.detailPage)
        ui.detailLayout.addWidget(self.detail.view)
        self.detail.back_requested.connect(self.show_list)
        can_manage = allowed(self.user.role, Action.MANAGE_PATIENTS)
        ui.newPatientButton.setVisible(can_manage)
        ui.newPatientButton.clicked.connect(self.new_patient)
        self._search_soon = QTimer(self)
        self._search_soon.setSingleShot(True)
        self._search_soon.setInterval(SEARCH_DELAY_MS)
        self._search_soon.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_soon.start())
        ui.searchEdit.returnPressed.connect(self.find_entered)
        ui.showDischargedCheck.toggled.connect(lambda _on: self.refresh())
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(REFRESH_MS)
        self._actions(can_manage)
        ctx.events.changed.connect(self._on_event)

    def _actions(self, can_manage: bool) -> None:
        v = self.view
        find = QAction("Find a patient", v)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.setStatusTip("Go to the search field of the patient list (Ctrl+F)")
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        v.addAction(find)
        if can_manage:
            new = QAction("New patient", v)
            new.setShortcut(QKeySequence("Ctrl+N"))
            new.setStatusTip("Register a new patient (Ctrl+N)")
            new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.triggered.connect(self.new_patient)
            v.addAction(new)

    # --- page --------------------------------------------------------------------------
    def activate(self) -> None:
        if self.showing_patient:
            self.detail.refresh()
        else:
            self.refresh()
            self.focus_search()

    @property
    def showing_patient(self) -> bool:
        return self.ui.stack.currentWidget() is self.ui.detailPage

    def focus_search(self) -> None:
        if self.showing_patient:
            self.show_list()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _on_event(self, event: str, payload: dict[str, Any]) -> None:
        if event in REFRESH_EVENTS:
            self._refresh_soon.start()

    def _tick(self) -> None:
        if self.view.isVisible():
            self.refresh()
            if self.showing_patient:
                self.detail.refresh()

    # --- the list ----------------------------------------------------------------------
    def _search(self) -> SearchResult | None:
        ui = self.ui
        return run_service(
            lambda: patients.search(self.reg, self.user, ui.searchEdit.text(),
                                    include_discharged=ui.showDischargedCheck.isChecked()),
            error_label=ui.errorLabel)

    def refresh(self) -> SearchResult | None:
        """The list for what the search field holds (and the result of that search)."""
        self._search_soon.stop()
        result = self._search()
        if result is None:
            return None
        ids = [p.id for p in result.matches]
        flags = run_service(lambda: attendance.assess_current(self.reg, ids),
                            parent=self.view) or {}
        selected = self.selected_patient_id()
        self.model.set_rows([PatientRow(p, flags[p.id].flag) for p in result.matches
                             if p.id in flags])
        count = self.model.rowCount()
        self.ui.countLabel.setText(f"{count} patient{'s' if count != 1 else ''}")
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.ui.patientsTable.selectRow(row)
        return result

    def selected_patient_id(self) -> int | None:
        index = self.ui.patientsTable.currentIndex()
        patient = self.model.patient(index.row()) if index.isValid() else None
        return patient.id if patient is not None else None

    def find_entered(self) -> None:
        """Enter in the search field: a scanned or typed clinic number (or a search with a
        single match) opens that patient at once."""
        ui = self.ui
        text = ui.searchEdit.text().strip()
        result = self.refresh()
        if result is None or not text:
            return
        target = result.exact or (result.matches[0] if len(result.matches) == 1 else None)
        if target is not None:
            ui.searchEdit.selectAll()  # the next scan replaces the number
            self.open_patient(target.id)
        elif result.matches:
            ui.patientsTable.setFocus()
            ui.patientsTable.selectRow(0)
        else:
            ui.errorLabel.setText(f"No patient matches “{text}”."
                                  + ("" if ui.showDischargedCheck.isChecked() else
                                     " Tick 'Show discharged' to search discharged patients too."))
            ui.errorLabel.show()

    # --- opening, creating ------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        patient = self.model.patient(index.row())
        if patient is not None:
            self.open_patient(patient.id)

    def open_selected(self) -> None:
        pid = self.selected_patient_id()
        if pid is None:
            self.ui.errorLabel.setText("Choose a patient in the list first.")
            self.ui.errorLabel.show()
            return
        self.open_patient(pid)

    def open_patient(self, patient_id: int) -> None:
        if self.detail.show_patient(patient_id):
            self.ui.errorLabel.hide()
            self.ui.stack.setCurrentWidget(self.ui.detailPage)
            self.detail.ui.backButton.setFocus()

    def show_list(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.listPage)
        self.refresh()
        self.ui.searchEdit.setFocus()

    def new_patient(self) -> None:
        created = PatientDialog(self.reg, self.user, None, self.view).exec()
        if created is not None:
            self.refresh()
            self.open_patient(created.id)
