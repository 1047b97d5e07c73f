"""Plain values for the pure missed-dose engine: a clinic calendar, prescriptions and
patient histories built directly, with no register, no clock and no Qt."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hat_desktop.domain.missed_doses import (
    Outcome,
    OutcomeKind,
    PatientHistory,
    Review,
    StatusChange,
)
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.sessions import DEFAULT_WINDOWS, Calendar, Schedule, Window

TZ = ZoneInfo("Europe/London")
MONDAY = date(2026, 3, 2)  # the same Monday as the service tests' clock (GMT = UTC)
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def calendar(closures: tuple[date, ...] = (), windows: tuple[Window, ...] = DEFAULT_WINDOWS
             ) -> Calendar:
    return Calendar(TZ, (Schedule(date(2020, 1, 1), windows),), frozenset(closures))


def local(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    """Clinic-local wall time on ``day``, as an aware UTC datetime."""
    return datetime.combine(day, time(hh, mm, ss), tzinfo=TZ).astimezone(UTC)


def day(n: int) -> date:
    """The n-th day after MONDAY."""
    return MONDAY + timedelta(days=n)


def prescription(start: date, *, end: date | None = None, sessions: tuple[int, ...] = (1, 2),
                 created: datetime | None = None, version: int = 1, dose_mg: int = 180
                 ) -> Prescription:
    return Prescription(
        id=version, patient_id=1, version=version, drug="Diamorphine", dose_mg=dose_mg,
        sessions=frozenset(sessions), daily_max_mg=None, start_date=start,
        end_date=end or start + timedelta(days=90), prescriber_id=9,
        prescriber_name="Dr Pat Prescriber", prescriber_licence="HO-123456", section_ids=(1,),
        notes="", change_reason=None,
        created_at=created or local(start - timedelta(days=1), 12),
    )


def outcome(d: date, session: int, kind: OutcomeKind = OutcomeKind.DOSED,
            at: datetime | None = None) -> Outcome:
    when = at or local(d, 9 if session == 1 else 16)
    return Outcome(d, session, kind, when, 180 if kind is OutcomeKind.DOSED else 0)


def history(*, prescriptions: tuple[Prescription, ...] | None = None,
            outcomes: tuple[Outcome, ...] = (),
            statuses: tuple[tuple[datetime, PatientStatus], ...] = (),
            reviews: tuple[datetime, ...] = ()) -> PatientHistory:
    return PatientHistory(
        patient_id=1,
        prescriptions=prescriptions if prescriptions is not None else (prescription(MONDAY),),
        statuses=(StatusChange(LONG_AGO, PatientStatus.ACTIVE),)
        + tuple(StatusChange(at, status) for at, status in statuses),
        outcomes={(o.day, o.session): o for o in outcomes},
        reviews=tuple(Review(at, "resume", "Dr Pat Prescriber") for at in reviews),
    )


def dosed_days(*days: date, sessions: tuple[int, ...] = (1, 2)) -> tuple[Outcome, ...]:
    return tuple(outcome(d, s) for d in days for s in sessions)


def withheld_days(*days: date, sessions: tuple[int, ...] = (1, 2)) -> tuple[Outcome, ...]:
    return tuple(outcome(d, s, OutcomeKind.WITHHELD) for d in days for s in sessions)
