"""Partner agencies: the contact log of a patient's work with housing, welfare, health and
justice agencies (a referral made, an appointment booked, kept or missed, an outcome).

Contacts are append-only records. An appointment booked at the clinic (the housing officer
or the blood-borne-virus nurse comes to the clinic) shows on the Today board on its day,
with "kept" or "missed" once either is recorded for that patient and agency that day.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.text import clean_text

BOOK_AHEAD_DAYS = 366  # an appointment is booked at most a year ahead
LATE_DAYS = 90  # a contact may be written up to three months after it happened


class AgencyKind(StrEnum):
    HOUSING = "housing"
    WELFARE = "welfare"
    GP = "gp"
    BBV = "bbv"
    MENTAL_HEALTH = "mental_health"
    JUSTICE = "justice"
    EMPLOYMENT = "employment"
    FAMILY = "family"
    OTHER = "other"

    @property
    def label(self) -> str:
        return AGENCY_LABELS[self]


AGENCY_LABELS: dict[AgencyKind, str] = {
    AgencyKind.HOUSING: "Housing",
    AgencyKind.WELFARE: "Welfare and benefits",
    AgencyKind.GP: "GP",
    AgencyKind.BBV: "Blood-borne viruses (testing and treatment)",
    AgencyKind.MENTAL_HEALTH: "Mental health",
    AgencyKind.JUSTICE: "Probation or police",
    AgencyKind.EMPLOYMENT: "Employment and training",
    AgencyKind.FAMILY: "Family",
    AgencyKind.OTHER: "Other",
}


class ContactAction(StrEnum):
    REFERRAL = "referral"
    APPOINTMENT = "appointment"  # booked, dated on the appointment's day
    KEPT = "kept"
    MISSED = "missed"
    OUTCOME = "outcome"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[ContactAction, str] = {
    ContactAction.REFERRAL: "Referral made",
    ContactAction.APPOINTMENT: "Appointment booked",
    ContactAction.KEPT: "Appointment kept",
    ContactAction.MISSED: "Appointment missed",
    ContactAction.OUTCOME: "Outcome",
}


@dataclass(frozen=True)
class ContactInput:
    """A contact as typed; ``checked`` returns it as it will be written."""

    agency: AgencyKind | None
    action: ContactAction | None
    day: date | None
    at: time | None = None  # the appointment's time, for a booked appointment
    at_clinic: bool = False
    note: str = ""

    def checked(self, today: date) -> "ContactInput":
        if self.agency is None:
            raise InvalidInput("Choose the kind of agency.")
        if self.action is None:
            raise InvalidInput("Choose what was done.")
        if self.day is None:
            raise InvalidInput("Enter the date of the contact.")
        booked = self.action is ContactAction.APPOINTMENT
        if not booked and self.day > today:
            raise InvalidInput(f"{self.action.label} is dated in the future: only a booked "
                               "appointment can be.")
        if self.day > today + timedelta(days=BOOK_AHEAD_DAYS):
            raise InvalidInput("An appointment is booked at most a year ahead.")
        if self.day < today - timedelta(days=LATE_DAYS):
            raise InvalidInput(f"A contact is recorded within {LATE_DAYS} days; this one is "
                               "older.")
        if self.at is not None and not booked:
            return ContactInput(self.agency, self.action, self.day, None, self.at_clinic,
                                self.note).checked(today)
        note_required = self.action is ContactAction.OUTCOME
        note = clean_text(self.note, "outcome" if note_required else "note", max_length=500,
                          required=note_required, multiline=True)
        return ContactInput(self.agency, self.action, self.day, self.at, self.at_clinic, note)


@dataclass(frozen=True)
class Contact:
    id: int
    patient_id: int
    agency: AgencyKind
    action: ContactAction
    day: date
    at: time | None
    at_clinic: bool
    note: str
    recorded_by_name: str

    @property
    def what(self) -> str:
        """'Appointment booked at 10:30, at the clinic'."""
        text = self.action.label
        if self.at is not None:
            text += f" at {self.at:%H:%M}"
        if self.at_clinic:
            text += ", at the clinic"
        return text


@dataclass(frozen=True)
class ClinicAppointment:
    """An appointment booked at the clinic on a day, and whether it was kept."""

    contact: Contact
    outcome: ContactAction | None  # KEPT or MISSED once recorded that day


def appointments_at_clinic(contacts: Iterable[Contact], day: date) -> list[ClinicAppointment]:
    """The appointments booked at the clinic on ``day``, earliest first (those without a
    time last), each with the kept/missed recorded that day for its patient and agency."""
    todays = [c for c in contacts if c.day == day]
    settled = {(c.patient_id, c.agency): c.action for c in sorted(todays, key=lambda c: c.id)
               if c.action in (ContactAction.KEPT, ContactAction.MISSED)}
    booked = [c for c in todays if c.action is ContactAction.APPOINTMENT and c.at_clinic]
    booked.sort(key=lambda c: (c.at is None, c.at or time(0), c.id))
    return [ClinicAppointment(c, settled.get((c.patient_id, c.agency))) for c in booked]


@dataclass(frozen=True)
class ContactCounts:
    """Contacts dated in ``period``: by agency kind, by kind and what was done, and the
    number of patients with any."""

    period: DateRange
    by_kind: dict[AgencyKind, int] = field(default_factory=dict)
    by_kind_and_action: dict[tuple[AgencyKind, ContactAction], int] = field(
        default_factory=dict)
    patients: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def count_contacts(contacts: Sequence[Contact], period: DateRange) -> ContactCounts:
    """Every contact dated in ``period`` counted once; every agency kind present (zero when
    none), in the order of AgencyKind."""
    inside = [c for c in contacts if period.first <= c.day <= period.last]
    by_kind = {k: sum(1 for c in inside if c.agency is k) for k in AgencyKind}
    by_both: dict[tuple[AgencyKind, ContactAction], int] = {}
    for c in inside:
        by_both[c.agency, c.action] = by_both.get((c.agency, c.action), 0) + 1
    ordered = dict(sorted(by_both.items(), key=lambda kv: (
        list(AgencyKind).index(kv[0][0]), list(ContactAction).index(kv[0][1]))))
    return ContactCounts(period, by_kind, ordered, len({c.patient_id for c in inside}))
