"""SQL for treatment episodes, their exits and outcome reviews (append-only, chained)."""

from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from typing import TypeVar

from sqlcipher3 import Row

from hat_desktop.domain.episodes import (
    Episode,
    EpisodeExit,
    EpisodeStart,
    ExitReason,
    ReferralSource,
)
from hat_desktop.domain.outcome_reviews import (
    Housing,
    NotCompletedReason,
    OutcomeItems,
    OutcomeReview,
    ReviewInput,
    ReviewStage,
)
from hat_desktop.domain.times import to_db
from hat_desktop.store import ledger
from hat_desktop.store.connection import Database

T = TypeVar("T")

TREATMENT_EPISODES = ledger.LedgerTable("treatment_episodes", None,
                                        "record of treatment episodes")
EPISODE_EXITS = ledger.LedgerTable("episode_exits", None, "record of treatment exits")
OUTCOME_REVIEWS = ledger.LedgerTable("outcome_reviews", None, "record of outcome reviews")
LEDGERS = (TREATMENT_EPISODES, EPISODE_EXITS, OUTCOME_REVIEWS)

ITEM_FIELDS = tuple(f.name for f in fields(OutcomeItems))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def insert_episode(db: Database, patient_id: int, start: EpisodeStart, *, now: datetime,
                   user_id: int, user_name: str) -> int:
    assert start.start_date is not None
    number = int(db.scalar("SELECT coalesce(max(number), 0) + 1 FROM treatment_episodes "
                           "WHERE patient_id = ?", (patient_id,)))
    return ledger.append(db, TREATMENT_EPISODES, {
        "patient_id": patient_id, "number": number,
        "referral_source": str(start.referral_source),
        "referral_date": start.referral_date.isoformat() if start.referral_date else None,
        "assessment_date": (start.assessment_date.isoformat() if start.assessment_date
                            else None),
        "start_date": start.start_date.isoformat(), "origin": "recorded",
        "recorded_at": to_db(now), "recorded_by": user_id, "recorded_by_name": user_name})


def insert_exit(db: Database, episode: Episode, ended: EpisodeExit, *, now: datetime,
                user_id: int, user_name: str) -> int:
    return ledger.append(db, EPISODE_EXITS, {
        "episode_id": episode.id, "patient_id": episode.patient_id,
        "exit_date": ended.exit_date.isoformat(), "reason": str(ended.reason),
        "note": ended.note, "recorded_at": to_db(now), "recorded_by": user_id,
        "recorded_by_name": user_name})


def _episode(r: Row) -> Episode:
    ended = None
    if r["exit_date"] is not None:
        ended = EpisodeExit(date.fromisoformat(r["exit_date"]), ExitReason(r["reason"]),
                            r["note"])
    return Episode(
        id=r["id"], patient_id=r["patient_id"], number=r["number"],
        referral_source=ReferralSource(r["referral_source"]),
        referral_date=_day(r["referral_date"]), assessment_date=_day(r["assessment_date"]),
        start_date=date.fromisoformat(r["start_date"]), exit=ended)


_EPISODES = """SELECT e.*, x.exit_date, x.reason, x.note FROM treatment_episodes e
               LEFT JOIN episode_exits x ON x.episode_id = e.id"""


def episodes(db: Database, patient_ids: list[int] | None = None) -> dict[int, list[Episode]]:
    """Each patient's episodes, oldest first (every patient's when ``patient_ids`` is
    None)."""
    return _per_patient(db, _EPISODES, "e.patient_id", "e.patient_id, e.number", patient_ids,
                        _episode)


def _per_patient(db: Database, select: str, column: str, order: str,
                 patient_ids: list[int] | None, make: Callable[[Row], T]) -> dict[int, list[T]]:
    """Rows of ``select`` grouped by patient, in ``order`` (every patient's when
    ``patient_ids`` is None; an empty list for each asked-for patient with none)."""
    found: dict[int, list[T]] = {pid: [] for pid in patient_ids or []}
    sql, params = select, []
    if patient_ids is not None:
        if not patient_ids:
            return found
        sql += f" WHERE {column} IN ({', '.join('?' for _ in patient_ids)})"
        params = list(patient_ids)
    for r in db.all(f"{sql} ORDER BY {order}", params):
        found.setdefault(r["patient_id"], []).append(make(r))
    return found


def insert_review(db: Database, patient_id: int, episode_id: int, review: ReviewInput, *,
                  now: datetime, user_id: int, user_name: str) -> int:
    assert review.review_date is not None
    row: dict[str, int | str | None] = {
        "patient_id": patient_id, "episode_id": episode_id, "stage": str(review.stage),
        "review_date": review.review_date.isoformat(),
        "completed": int(review.items is not None),
        "not_completed_reason": (str(review.not_completed_reason)
                                 if review.not_completed_reason else None),
        "note": review.note, "recorded_at": to_db(now), "recorded_by": user_id,
        "recorded_by_name": user_name}
    answers = review.items.as_row() if review.items is not None else {}
    row.update({name: answers.get(name) for name in ITEM_FIELDS})
    return ledger.append(db, OUTCOME_REVIEWS, row)


def _review(r: Row) -> OutcomeReview:
    items = None
    if r["completed"]:
        values = {name: r[name] for name in ITEM_FIELDS}
        values["shared_equipment"] = bool(values["shared_equipment"])
        values["housing"] = Housing(values["housing"])
        items = OutcomeItems(**values)
    reason = r["not_completed_reason"]
    return OutcomeReview(
        id=r["id"], patient_id=r["patient_id"], episode_id=r["episode_id"],
        stage=ReviewStage(r["stage"]), review_date=date.fromisoformat(r["review_date"]),
        items=items, not_completed_reason=NotCompletedReason(reason) if reason else None,
        note=r["note"], recorded_by_name=r["recorded_by_name"])


def reviews(db: Database, patient_ids: list[int] | None = None
            ) -> dict[int, list[OutcomeReview]]:
    """Each patient's outcome reviews, oldest first."""
    return _per_patient(db, "SELECT * FROM outcome_reviews", "patient_id",
                        "patient_id, review_date, id", patient_ids, _review)


def pseudonym_secret(db: Database) -> bytes:
    """The register's secret for the evaluator's pseudonyms (made by schema 5)."""
    value = db.scalar("SELECT value FROM meta WHERE key = 'pseudonym_secret'")
    if value is None:
        raise RuntimeError("the register has no pseudonym secret (schema 5 not applied)")
    return bytes.fromhex(str(value))
