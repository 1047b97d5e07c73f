"""Drug screens: recording one, scheduling them, what is due, the patient's history, the
clinic's panel, and the share of screens negative for street heroin.

One transaction per call, permission first. ``check_screen`` writes nothing: the screen
calls it before saving and ``record_screen`` calls it inside its transaction.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.drug_screens import (
    DueScreen,
    Frequency,
    NegativeShares,
    Screen,
    ScreenInput,
    ScreenSchedule,
    due_screen,
    full_panel,
    negative_shares,
    week_of,
)
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.domain.times import clinic_day
from hat_desktop.services import patients
from hat_desktop.services import settings as settings_service
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import absences as absence_store
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store
from hat_desktop.store import screens as screens_store

log = logging.getLogger(__name__)


def panel(reg: OpenRegister) -> tuple[str, ...]:
    """The clinic's panel as a screen is recorded against it: street heroin first."""
    return full_panel(reg.settings.screen_panel)


def change_panel(reg: OpenRegister, actor: User, names: list[str]) -> ClinicSettings:
    """A manager sets the substances after street heroin (a setting, sealed and audited);
    screens already recorded keep the panel they were recorded against."""
    return settings_service.change(reg, actor, screen_panel=names)


# --- recording ----------------------------------------------------------------------------
def check_screen(reg: OpenRegister, actor: User, patient_id: int, screen: ScreenInput
                 ) -> ScreenInput:
    """Every rule of a drug screen, writing nothing: the screen as it will be written."""
    require(reg, actor, Action.RECORD_SCREENS)
    patients.existing(reg, patient_id)
    return screen.checked(reg.now(), reg.tz, panel(reg))


def record_screen(reg: OpenRegister, actor: User, patient_id: int, screen: ScreenInput
                  ) -> Screen:
    """Write a drug screen (tested with a result per substance; or refused, spoiled,
    missed)."""
    with reg.db.transaction():
        checked = check_screen(reg, actor, patient_id, screen)
        assert checked.taken_at is not None
        screen_id = screens_store.insert_screen(
            reg.db, patient_id, checked, clinic_day(checked.taken_at, reg.tz),
            now=reg.now(), user_id=actor.id, user_name=actor.full_name)
        patient = patients.existing(reg, patient_id)
        reg.audit(actor, AuditAction.DRUG_SCREEN, f"patient:{patient.clinic_number}",
                  outcome=checked.outcome.value, kind=checked.kind.value)
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    log.info("drug screen recorded for %s", patient.clinic_number)
    return next(s for s in screens_store.screens(reg.db, patient_ids=[patient_id])
                if s.id == screen_id)


def set_schedule(reg: OpenRegister, actor: User, patient_id: int, schedule: ScreenSchedule
                 ) -> ScreenSchedule:
    """A new schedule for the patient's screens from its start (the old one stays on
    record)."""
    require(reg, actor, Action.RECORD_SCREENS)
    with reg.db.transaction():
        patient = patients.existing(reg, patient_id)
        checked = schedule.checked(reg.today())
        screens_store.insert_schedule(reg.db, patient_id, checked, now=reg.now(),
                                      user_id=actor.id, user_name=actor.full_name)
        reg.audit(actor, AuditAction.SCREEN_SCHEDULE, f"patient:{patient.clinic_number}",
                  frequency=checked.frequency.value, weekday=checked.weekday,
                  starts_on=checked.starts_on.isoformat())
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    return checked


# --- reading ------------------------------------------------------------------------------
def _secret(reg: OpenRegister) -> bytes:
    return outcomes_store.pseudonym_secret(reg.db)


@dataclass(frozen=True)
class ScreenRecord:
    """A patient's screens (newest first), their schedule, the screen due now, the panel."""

    screens: tuple[Screen, ...]
    schedule: ScreenSchedule | None
    due: DueScreen | None
    panel: tuple[str, ...]
    today: date


def screen_record(reg: OpenRegister, actor: User, patient_id: int,
                  absences: Sequence[Absence] | None = None) -> ScreenRecord:
    """What the patient page's Drug screens tab shows, in one read (``absences``: the
    patient's, when the caller has read them already: no screen is due while away)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return read_screen_record(reg, patient_id, absences)


def read_screen_record(reg: OpenRegister, patient_id: int,
                       absences: Sequence[Absence] | None = None) -> ScreenRecord:
    """The Drug screens tab's record, for a caller that has checked VIEW_PATIENTS and the
    patient (services/patient_page.py: the page in one check)."""
    found = screens_store.screens(reg.db, patient_ids=[patient_id])
    schedule = screens_store.schedules(reg.db, [patient_id])[patient_id]
    today = reg.today()
    away = (absence_store.for_patients(reg.db, [patient_id])[patient_id] if absences is None
            else absences)
    due = due_screen(patient_id, schedule, found, today, _secret(reg), away)
    return ScreenRecord(tuple(reversed(found)), schedule, due, panel(reg), today)


@dataclass(frozen=True)
class DueScreenLine:
    patient: Patient
    due: DueScreen

    @property
    def text(self) -> str:
        how = "random" if self.due.schedule.frequency is Frequency.RANDOM else "weekly"
        return f"{self.patient.label} ({how}, since {self.due.due_on:%a %d/%m})"


def due_screens(reg: OpenRegister, actor: User) -> list[DueScreenLine]:
    """Every active patient with a drug screen due today (none while away), the longest
    waiting first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    people = patients_store.all_patients(reg.db, (PatientStatus.ACTIVE,))
    ids = [p.id for p in people]
    today = reg.today()
    schedules = screens_store.schedules(reg.db, ids)
    taken = screens_store.screens(reg.db, patient_ids=ids, first=week_of(today), last=today)
    secret = _secret(reg)
    away = absence_store.for_patients(reg.db, ids)
    lines = []
    for p in people:
        due = due_screen(p.id, schedules[p.id], [s for s in taken if s.patient_id == p.id],
                         today, secret, away[p.id])
        if due is not None:
            lines.append(DueScreenLine(p, due))
    lines.sort(key=lambda line: (line.due.due_on, line.patient.clinic_number))
    return lines


def street_heroin_negative_share(reg: OpenRegister, actor: User, first: date, last: date
                                 ) -> NegativeShares:
    """The share of drug screens negative for street heroin, for clinic days ``first`` to
    ``last`` inclusive: overall, per patient (by patient id), per week (keyed by the week's
    Monday; a week cut by the period's ends counts only its days inside) and per patient
    and week.

    Every screen taken in the period counts once in each breakdown, as a ``NegativeShare``:
    ``tested`` = screens with a positive or negative result for the street-heroin markers
    (6-MAM, acetylcodeine: domain.drug_screens.STREET_HEROIN); ``negative`` = those
    negative; ``not_obtained`` = refused, spoiled or missed screens and screens where street
    heroin was not tested. ``share`` = negative / tested (None when nothing was tested);
    ``share_missing_as_positive`` = negative / (tested + not_obtained), the trials' stricter
    reading in which a missing sample counts as positive. Patients of every status count.
    Any role may read it (it names no patient; the caller maps ids to labels or pseudonyms).
    """
    require(reg, actor, Action.VIEW_PATIENTS)
    period = DateRange.checked(first, last)
    return negative_shares(screens_store.screens(reg.db, first=first, last=last), period)


def screens_in(reg: OpenRegister, actor: User, first: date, last: date) -> list[Screen]:
    """Every screen taken on clinic days ``first`` to ``last``, oldest first (reports)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    period = DateRange.checked(first, last)
    return screens_store.screens(reg.db, first=period.first, last=period.last)
