"""Treatment episodes and outcome reviews: start, exit, TOP-shaped reviews, what is due.

One transaction per call, permission first. Ending an episode discharges the patient (no
more doses); opening a new one for a discharged patient makes them active again.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.absences import Absence
from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.episodes import (
    Episode,
    EpisodeExit,
    EpisodeStart,
    ExitInput,
    open_episode,
)
from hat_desktop.domain.outcome_reviews import (
    DueReview,
    OutcomeReview,
    ReviewInput,
    due_review,
)
from hat_desktop.domain.patients import Patient, PatientStatus
from hat_desktop.domain.roles import Action
from hat_desktop.services import patients
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import absences as absence_store
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store

log = logging.getLogger(__name__)


def _episodes(reg: OpenRegister, patient_id: int) -> list[Episode]:
    return outcomes_store.episodes(reg.db, [patient_id])[patient_id]


# --- episodes ---------------------------------------------------------------------------
def start_episode(reg: OpenRegister, actor: User, patient_id: int, start: EpisodeStart
                  ) -> Episode:
    """Open a treatment episode (a first one, or a re-admission after an exit)."""
    require(reg, actor, Action.RECORD_OUTCOMES)
    with reg.db.transaction():
        patient = patients.existing(reg, patient_id)
        earlier = _episodes(reg, patient_id)
        checked = start.checked(reg.today(), earlier[-1] if earlier else None)
        outcomes_store.insert_episode(reg.db, patient_id, checked, now=reg.now(),
                                      user_id=actor.id, user_name=actor.full_name)
        if patient.status is PatientStatus.DISCHARGED:
            patients.change_status(reg, actor, patient_id, PatientStatus.ACTIVE,
                                   "Re-admitted: a new treatment episode")
        episode = _episodes(reg, patient_id)[-1]
        reg.audit(actor, AuditAction.EPISODE_STARTED, f"patient:{patient.clinic_number}",
                  episode=episode.number)
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    log.info("episode %d opened for %s", episode.number, patient.clinic_number)
    return episode


@dataclass(frozen=True)
class CheckedExit:
    """The end of a patient's open episode, checked and not written yet."""

    patient: Patient
    episode: Episode
    exit: EpisodeExit


def check_exit(reg: OpenRegister, actor: User, patient_id: int, ended: ExitInput
               ) -> CheckedExit:
    """Every rule of ending the open episode, writing nothing (the exit dialog's and the
    hold review's discharge alike)."""
    require(reg, actor, Action.RECORD_OUTCOMES)
    patient = patients.existing(reg, patient_id)
    episode = open_episode(_episodes(reg, patient_id))
    checked = ended.checked(reg.today(), episode)
    assert episode is not None
    return CheckedExit(patient, episode, checked)


def write_exit(reg: OpenRegister, actor: User, checked: CheckedExit, why: str = "") -> None:
    """Inside the caller's transaction: the exit (a new record; the episode is never
    changed) and the patient discharged (``why``: the status change's reason)."""
    patient, episode, ended = checked.patient, checked.episode, checked.exit
    outcomes_store.insert_exit(reg.db, episode, ended, now=reg.now(), user_id=actor.id,
                               user_name=actor.full_name)
    if patient.status is not PatientStatus.DISCHARGED:
        patients.change_status(reg, actor, patient.id, PatientStatus.DISCHARGED,
                               why or f"Treatment ended: {ended.reason.label}")
    reg.audit(actor, AuditAction.EPISODE_ENDED, f"patient:{patient.clinic_number}",
              episode=episode.number, reason=ended.reason.value)
    reg.publish_after_commit(Change.PATIENTS, patient_id=patient.id)


def end_episode(reg: OpenRegister, actor: User, patient_id: int, ended: ExitInput) -> Episode:
    """Record the exit of the open episode (a new record; the episode is never changed)
    and discharge the patient."""
    with reg.db.transaction():
        write_exit(reg, actor, check_exit(reg, actor, patient_id, ended))
    return _episodes(reg, patient_id)[-1]


def episodes(reg: OpenRegister, actor: User, patient_id: int) -> list[Episode]:
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return _episodes(reg, patient_id)


# --- reviews ----------------------------------------------------------------------------
def check_review(reg: OpenRegister, actor: User, patient_id: int, review: ReviewInput
                 ) -> tuple[Episode, ReviewInput]:
    """Every rule of an outcome review, writing nothing: (its episode, the review as it
    will be written)."""
    require(reg, actor, Action.RECORD_OUTCOMES)
    patients.existing(reg, patient_id)
    found = _episodes(reg, patient_id)
    episode = found[-1] if found else None
    earlier = outcomes_store.reviews(reg.db, [patient_id])[patient_id]
    checked = review.checked(reg.today(), episode, earlier)
    assert episode is not None
    return episode, checked


def record_review(reg: OpenRegister, actor: User, patient_id: int, review: ReviewInput
                  ) -> OutcomeReview:
    """Write an outcome review (completed, or not completed with its reason)."""
    with reg.db.transaction():
        episode, checked = check_review(reg, actor, patient_id, review)
        review_id = outcomes_store.insert_review(reg.db, patient_id, episode.id, checked,
                                                 now=reg.now(), user_id=actor.id,
                                                 user_name=actor.full_name)
        patient = patients.existing(reg, patient_id)
        reg.audit(actor, AuditAction.OUTCOME_REVIEW, f"patient:{patient.clinic_number}",
                  stage=checked.stage.value, completed=checked.items is not None)
        reg.publish_after_commit(Change.PATIENTS, patient_id=patient_id)
    return next(r for r in outcomes_store.reviews(reg.db, [patient_id])[patient_id]
                if r.id == review_id)


def reviews(reg: OpenRegister, actor: User, patient_id: int) -> list[OutcomeReview]:
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return outcomes_store.reviews(reg.db, [patient_id])[patient_id]


# --- what the patient page and the board show ------------------------------------------
@dataclass(frozen=True)
class TreatmentRecord:
    """A patient's episodes and reviews, and the review due now (if any)."""

    episodes: tuple[Episode, ...]
    reviews: tuple[OutcomeReview, ...]
    due: DueReview | None
    today: date

    @property
    def current(self) -> Episode | None:
        return open_episode(self.episodes)

    @property
    def latest(self) -> Episode | None:
        return self.episodes[-1] if self.episodes else None


def treatment(reg: OpenRegister, actor: User, patient_id: int,
              absences: Sequence[Absence] | None = None) -> TreatmentRecord:
    """``absences``: the patient's, when the caller has read them already (no review is
    due while the patient is away)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    patients.existing(reg, patient_id)
    return read_treatment(reg, patient_id, absences)


def read_treatment(reg: OpenRegister, patient_id: int,
                   absences: Sequence[Absence] | None = None) -> TreatmentRecord:
    """The Treatment tab's record, for a caller that has checked VIEW_PATIENTS and the
    patient (services/patient_page.py: the page in one check)."""
    found = _episodes(reg, patient_id)
    done = outcomes_store.reviews(reg.db, [patient_id])[patient_id]
    today = reg.today()
    away = (absence_store.for_patients(reg.db, [patient_id])[patient_id] if absences is None
            else absences)
    due = due_review(open_episode(found), done, today, reg.settings.review_interval_months,
                     away)
    return TreatmentRecord(tuple(found), tuple(done), due, today)


@dataclass(frozen=True)
class DueLine:
    patient: Patient
    due: DueReview

    @property
    def text(self) -> str:
        return f"{self.patient.label}: {self.due.text}"


def due_reviews(reg: OpenRegister, actor: User) -> list[DueLine]:
    """Every active or suspended patient with an outcome review due today (none while
    away), the longest waiting first."""
    require(reg, actor, Action.VIEW_PATIENTS)
    people = patients_store.all_patients(
        reg.db, (PatientStatus.ACTIVE, PatientStatus.SUSPENDED))
    ids = [p.id for p in people]
    found = outcomes_store.episodes(reg.db, ids)
    done = outcomes_store.reviews(reg.db, ids)
    today, interval = reg.today(), reg.settings.review_interval_months
    away = absence_store.for_patients(reg.db, ids)
    lines = []
    for p in people:
        due = due_review(open_episode(found[p.id]), done[p.id], today, interval, away[p.id])
        if due is not None:
            lines.append(DueLine(p, due))
    lines.sort(key=lambda line: (line.due.due_from, line.patient.clinic_number))
    return lines
