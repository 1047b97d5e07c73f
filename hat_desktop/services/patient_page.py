"""The patient's page in one call (issue 14.5 of the review): the patient's record and
what its Treatment, Drug screens and Partner agencies tabs show, the user's permission
and the patient checked once for the lot."""

from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import Contact
from hat_desktop.services import agency_contacts, drug_screens, outcomes, patients
from hat_desktop.services.drug_screens import ScreenRecord
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.outcomes import TreatmentRecord
from hat_desktop.services.patients import PatientRecord


@dataclass(frozen=True)
class PatientPage:
    record: PatientRecord
    treatment: TreatmentRecord
    screens: ScreenRecord
    contacts: tuple[Contact, ...]  # newest first


def page(reg: OpenRegister, actor: User, patient_id: int, since: date) -> PatientPage:
    """patients.record checks VIEW_PATIENTS and the patient; the tabs are read on that."""
    record = patients.record(reg, actor, patient_id, since)
    return PatientPage(record, outcomes.read_treatment(reg, patient_id, record.absences),
                       drug_screens.read_screen_record(reg, patient_id, record.absences),
                       tuple(agency_contacts.read_contacts(reg, patient_id)))
