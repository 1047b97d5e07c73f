"""The patient page's "Partner agencies" tab: every contact with a partner agency, newest
first, and recording one (for the roles that may)."""

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import Contact
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_date
from hat_desktop.gui.agency_contact_dialog import AgencyContactDialog
from hat_desktop.gui.forms.ui_contacts_panel import Ui_ContactsPanel
from hat_desktop.gui.messages import run_service
from hat_desktop.services import agency_contacts
from hat_desktop.services.open_register import OpenRegister

COLUMNS = ["Date", "Agency", "What was done", "Note", "Recorded by"]


def contact_cells(c: Contact) -> list[str]:
    return [format_date(c.day), c.agency.label, c.what, c.note, c.recorded_by_name]


class ContactsPanel(QObject):
    def __init__(self, reg: OpenRegister, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg, self.user = reg, user
        self.patient: Patient | None = None
        self.view = QWidget(parent)
        self.ui = Ui_ContactsPanel()
        self.ui.setupUi(self.view)
        ui = self.ui
        self.model = QStandardItemModel(self)
        ui.contactsTable.setModel(self.model)
        ui.contactsTable.verticalHeader().hide()
        ui.contactsTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        ui.contactsTable.horizontalHeader().setStretchLastSection(True)
        ui.recordContactButton.clicked.connect(self.record_contact)

    def show_patient(self, patient: Patient) -> None:
        """Read again (after this tab's own actions)."""
        found = run_service(lambda: agency_contacts.contacts(self.reg, self.user, patient.id),
                            error_label=self.ui.errorLabel)
        if found is not None:
            self.show(patient, found)

    def show(self, patient: Patient, found: Sequence[Contact]) -> None:
        """The contacts as the patient page read them (services/patient_page.py)."""
        self.patient = patient
        ui = self.ui
        m = self.model
        m.clear()
        m.setHorizontalHeaderLabels(COLUMNS)
        for c in found:
            items = [QStandardItem(text) for text in contact_cells(c)]
            for item in items:
                item.setEditable(False)
            m.appendRow(items)
        ui.contactsHeading.setText("Contacts with partner agencies, newest first" if found
                                   else "No contact with a partner agency is recorded yet.")
        may = allowed(self.user.role, Action.RECORD_CONTACTS)
        ui.recordContactButton.setVisible(may)
        ui.roleNote.setVisible(not may)
        ui.roleNote.setText("Nurses, prescribers and managers record contacts with partner "
                            "agencies; you can read them.")

    def record_contact(self) -> None:
        if self.patient is not None and AgencyContactDialog(
                self.reg, self.user, self.patient, self.view).exec():
            self.show_patient(self.patient)
