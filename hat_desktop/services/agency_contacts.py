"""Partner agencies: the contact log (record, read), today's appointments at the clinic for
the board, and the count of contacts by kind for a period (the evaluation).

One transaction per call, permission first; ``check_contact`` writes nothing and
``record_contact`` calls it inside its transaction.
"""

from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import (
    ClinicAppointment,
    Contact,
    ContactCounts,
    ContactInput,
    appointments_at_clinic,
    count_contacts,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.roles import Action
from hat_desktop.services import patients
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import agency_contacts as contacts_store
from hat_desktop.store import patients as patients_store


def check_contact(reg: OpenRegister, actor: User, patient_id: int, contact: ContactInput
                  ) -> ContactInput:
    """Every rule of a contact, writing nothing: the contact as it will be written."""
    require(reg, actor, Action.RECORD_CONTACTS)
    patients.existing(reg, patient_id)
    return contact.checked(reg.today())


def record_contact(reg: OpenRegister, actor: User, patient_id: int, contact: ContactInput
                   ) -> Contact:
    with reg.db.transaction():
        checked = check_contact(reg, actor, patient_id, contact)
        contact_id = contacts_store.insert(reg.db, patient_id, checked, now=reg.now(),
                                           user_id=actor.id, user_name=actor.full_name)
        patient = patients.existing(reg, patient_id)
        assert checked.agency is not None and checked.action is not None
        reg.audit(actor, AuditAction.AGENCY_CONTACT, f"patient:{patient.clinic_number}",
                  agency=checked.agency.value, what=checked.action.value)
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    return next(c for c in contacts_store.contacts(reg.db, patient_ids=[patient_id])
                if c.id == contact_id)


def contacts(reg: OpenRegister, actor: User, patient_id: int) -> list[Contact]:
    """The patient's contacts, newest first (the patient page)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return read_contacts(reg, patient_id)


def read_contacts(reg: OpenRegister, patient_id: int) -> list[Contact]:
    """The patient's contacts, newest first, for a caller that has checked VIEW_PATIENTS
    and the patient (services/patient_page.py: the page in one check)."""
    return list(reversed(contacts_store.contacts(reg.db, patient_ids=[patient_id])))


@dataclass(frozen=True)
class AppointmentLine:
    patient: Patient
    appointment: ClinicAppointment

    @property
    def text(self) -> str:
        c = self.appointment.contact
        when = f"{c.at:%H:%M} " if c.at is not None else ""
        done = self.appointment.outcome
        tail = f" — {done.label.split()[-1]}" if done is not None else ""
        return f"{when}{self.patient.label}: {c.agency.label}{tail}"


def appointments_today(reg: OpenRegister, actor: User) -> list[AppointmentLine]:
    """Today's appointments with partner agencies at the clinic, earliest first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    today = reg.today()
    found = appointments_at_clinic(contacts_store.contacts(reg.db, first=today, last=today),
                                   today)
    people = {p.id: p for p in patients_store.all_patients(reg.db)}
    return [AppointmentLine(people[a.contact.patient_id], a) for a in found]


def contacts_by_kind(reg: OpenRegister, actor: User, first: date, last: date
                     ) -> ContactCounts:
    """Contacts dated on days ``first`` to ``last`` inclusive, counted by agency kind (every
    kind present, zero when none, in the order of domain.agency_contacts.AgencyKind), by
    kind and what was done (referral, appointment booked, kept, missed, outcome), with the
    number of patients who had any. Every patient counts, whatever their status."""
    require(reg, actor, Action.VIEW_PATIENTS)
    period = DateRange.checked(first, last)
    return count_contacts(contacts_store.contacts(reg.db, first=first, last=last), period)


def contacts_in(reg: OpenRegister, actor: User, first: date, last: date) -> list[Contact]:
    """Every contact dated ``first`` to ``last``, oldest first (reports, the extract)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    period = DateRange.checked(first, last)
    return contacts_store.contacts(reg.db, first=period.first, last=period.last)
