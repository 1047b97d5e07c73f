"""Session windows and closure days (set by a manager) and the clinic calendar."""

from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.missed_doses import Thresholds
from hat_desktop.domain.roles import Action
from hat_desktop.domain.sessions import Calendar, Window, parse_windows
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date
from hat_desktop.services.context import Clinic
from hat_desktop.services.permissions import require
from hat_desktop.store import sessions as store


def calendar(clinic: Clinic) -> Calendar:
    return Calendar(clinic.tz, store.schedules(clinic.db), frozenset(store.closures(clinic.db)))


def thresholds(clinic: Clinic) -> Thresholds:
    s = clinic.settings
    return Thresholds(s.note_days, s.warning_days, s.hold_days)


def windows_on(clinic: Clinic, day: date) -> tuple[Window, ...]:
    return calendar(clinic).windows(day)


def closures(clinic: Clinic) -> dict[date, str]:
    return store.closures(clinic.db)


def set_windows(clinic: Clinic, actor: User, pairs: list[tuple[str, str]],
                effective_from: date) -> tuple[Window, ...]:
    """New session windows from ``effective_from`` (today or later: past days keep the
    windows they had, so their missed sessions never change)."""
    require(clinic, actor, Action.CHANGE_SETTINGS)
    windows = parse_windows(pairs)
    today = clinic.today()
    if effective_from < today:
        raise InvalidInput("New session times can start today at the earliest: past days keep "
                           "the times they had.")
    if effective_from == today:
        cal = calendar(clinic)
        started = [w for w in cal.windows(today) if w.bounds(today, clinic.tz)[0] <= clinic.now()]
        if started:
            raise Refused("A session has already started today: new session times can start "
                          "tomorrow at the earliest.")
    with clinic.db.transaction():
        store.add_schedule(clinic.db, effective_from, windows, now=clinic.now(), user_id=actor.id)
        clinic.audit(actor, AuditAction.SETTINGS_CHANGED, "session_windows",
                     effective_from=effective_from.isoformat(),
                     windows=[f"{w.start:%H:%M}-{w.end:%H:%M}" for w in windows])
        clinic.publish_after_commit("schedule_changed")
    return windows


def add_closure(clinic: Clinic, actor: User, day: date, reason: str) -> None:
    require(clinic, actor, Action.CHANGE_SETTINGS)
    why = clean_text(reason, "reason for the closure", max_length=200)
    if day < clinic.today():
        raise InvalidInput("A closure day cannot be in the past: it would rewrite which "
                           "sessions were missed.")
    with clinic.db.transaction():
        if day in store.closures(clinic.db):
            raise InvalidInput(f"{format_date(day)} is already a closure day.")
        if day == clinic.today() and any(
            w.bounds(day, clinic.tz)[0] <= clinic.now() for w in calendar(clinic).windows(day)
        ):
            raise Refused("Today's sessions have already started: today cannot become a "
                          "closure day.")
        store.add_closure(clinic.db, day, why, now=clinic.now(), user_id=actor.id)
        clinic.audit(actor, AuditAction.SETTINGS_CHANGED, "closure_day",
                     added=day.isoformat(), reason=why)
        clinic.publish_after_commit("schedule_changed")


def remove_closure(clinic: Clinic, actor: User, day: date) -> None:
    require(clinic, actor, Action.CHANGE_SETTINGS)
    if day <= clinic.today():
        raise InvalidInput("Only a future closure day can be removed.")
    with clinic.db.transaction():
        if day not in store.closures(clinic.db):
            raise InvalidInput(f"{format_date(day)} is not a closure day.")
        store.remove_closure(clinic.db, day)
        clinic.audit(actor, AuditAction.SETTINGS_CHANGED, "closure_day", removed=day.isoformat())
        clinic.publish_after_commit("schedule_changed")
