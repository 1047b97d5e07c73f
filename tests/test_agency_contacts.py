"""Partner agencies (issue 18, item 3): the contact log's rules, today's appointments at the
clinic for the board, the count by kind for a period (the evaluation), and the services on a
real register (append-only, sealed, audited, permission first)."""

from datetime import date, time, timedelta

import pytest

from hat_desktop.domain.agency_contacts import (
    AgencyKind,
    Contact,
    ContactAction,
    ContactInput,
    appointments_at_clinic,
)
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.services import agency_contacts
from hat_desktop.store import audit
from hat_desktop.store.verify import verify
from tests.world import START

TODAY = START.date()


def contact(agency: AgencyKind = AgencyKind.HOUSING, action: ContactAction =
            ContactAction.REFERRAL, day: date = TODAY, **kw: object) -> ContactInput:
    return ContactInput(agency, action, day, **kw)  # type: ignore[arg-type]


def test_the_rules_of_a_contact():
    with pytest.raises(InvalidInput, match="Choose the kind of agency."):
        ContactInput(None, ContactAction.REFERRAL, TODAY).checked(TODAY)
    with pytest.raises(InvalidInput, match="Choose what was done."):
        ContactInput(AgencyKind.GP, None, TODAY).checked(TODAY)
    with pytest.raises(InvalidInput, match="Referral made is dated in the future"):
        contact(day=TODAY + timedelta(days=1)).checked(TODAY)
    with pytest.raises(InvalidInput, match="Enter the outcome."):
        contact(action=ContactAction.OUTCOME).checked(TODAY)
    with pytest.raises(InvalidInput, match="at most a year ahead"):
        contact(action=ContactAction.APPOINTMENT, day=TODAY + timedelta(days=400)
                ).checked(TODAY)
    with pytest.raises(InvalidInput, match="within 90 days"):
        contact(day=TODAY - timedelta(days=91)).checked(TODAY)
    booked = contact(action=ContactAction.APPOINTMENT, day=TODAY + timedelta(days=3),
                     at=time(10, 30), at_clinic=True).checked(TODAY)
    assert booked.at == time(10, 30)
    assert contact(at=time(9, 0)).checked(TODAY).at is None  # only an appointment has a time


def _c(n: int, patient: int, action: ContactAction, at: time | None = None,
       agency: AgencyKind = AgencyKind.BBV, at_clinic: bool = True) -> Contact:
    return Contact(n, patient, agency, action, TODAY, at, at_clinic, "", "Nurse")


def test_todays_appointments_at_the_clinic_with_kept_or_missed():
    found = appointments_at_clinic([
        _c(1, 1, ContactAction.APPOINTMENT, time(14, 0)),
        _c(2, 2, ContactAction.APPOINTMENT, time(9, 30), AgencyKind.HOUSING),
        _c(3, 3, ContactAction.APPOINTMENT, time(8, 0), at_clinic=False),  # elsewhere
        _c(4, 1, ContactAction.KEPT),
        _c(5, 4, ContactAction.APPOINTMENT),
    ], TODAY)
    assert [(a.contact.patient_id, a.outcome) for a in found] == [
        (2, None), (1, ContactAction.KEPT), (4, None)]


def test_contacts_are_recorded_counted_by_kind_sealed_and_audited(world):
    d = world
    agency_contacts.record_contact(d.reg, d.nurse, d.patient.id, contact())
    agency_contacts.record_contact(d.reg, d.nurse, d.patient.id, contact(
        AgencyKind.BBV, ContactAction.APPOINTMENT, at=time(11, 0), at_clinic=True))
    agency_contacts.record_contact(d.reg, d.manager, d.patient.id, contact(
        AgencyKind.HOUSING, ContactAction.OUTCOME, note="Offered a flat in Linthorpe"))
    shown = agency_contacts.contacts(d.reg, d.inspector, d.patient.id)
    assert [c.what for c in shown] == ["Outcome", "Appointment booked at 11:00, at the clinic",
                                       "Referral made"]
    assert shown[0].note == "Offered a flat in Linthorpe"
    lines = agency_contacts.appointments_today(d.reg, d.nurse)
    assert [line.text for line in lines] == [
        "11:00 HAT-0001 Sam Patient: Blood-borne viruses (testing and treatment)"]
    agency_contacts.record_contact(d.reg, d.nurse, d.patient.id, contact(
        AgencyKind.BBV, ContactAction.KEPT))
    assert agency_contacts.appointments_today(d.reg, d.nurse)[0].text.endswith("— kept")
    counts = agency_contacts.contacts_by_kind(d.reg, d.inspector, TODAY, TODAY)
    assert counts.by_kind[AgencyKind.HOUSING] == 2 and counts.by_kind[AgencyKind.BBV] == 2
    assert counts.by_kind[AgencyKind.GP] == 0 and counts.total == 4 and counts.patients == 1
    assert counts.by_kind_and_action[(AgencyKind.BBV, ContactAction.KEPT)] == 1
    assert list(counts.by_kind) == list(AgencyKind)
    assert agency_contacts.contacts_by_kind(d.reg, d.nurse, TODAY + timedelta(days=1),
                                            TODAY + timedelta(days=9)).total == 0
    assert [e.action for e in audit.entries(d.reg.db)].count(AuditAction.AGENCY_CONTACT) == 4
    assert verify(d.reg.db).ok
    with pytest.raises(Exception, match="can only be added to, never deleted"):
        d.reg.db.execute("DELETE FROM agency_contacts")


def test_pharmacists_and_inspectors_only_read_contacts(world):
    d = world
    for user in (d.pharmacist, d.inspector):
        with pytest.raises(PermissionDenied, match="may not record contacts with partner"):
            agency_contacts.record_contact(d.reg, user, d.patient.id, contact())
    assert agency_contacts.contacts(d.reg, d.pharmacist, d.patient.id) == []
