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
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import sessions as sessions_store


def calendar(reg: OpenRegister, closures: dict[date, str] | None = None) -> Calendar:
    """The clinic's calendar (``closures``: when the caller has read them already)."""
    days = sessions_store.closures(reg.db) if closures is None else closures
    return Calendar(reg.tz, sessions_store.schedules(reg.db), frozenset(days))


def thresholds(reg: OpenRegister) -> Thresholds:
    s = reg.settings
    return Thresholds(s.note_days, s.warning_days, s.hold_days)


def windows_on(reg: OpenRegister, day: date) -> tuple[Window, ...]:
    return calendar(reg).windows(day)


def closures(reg: OpenRegister) -> dict[date, str]:
    return sessions_store.closures(reg.db)


def set_windows(reg: OpenRegister, actor: User, pairs: list[tuple[str, str]],
                effective_from: date) -> tuple[Window, ...]:
    """New session windows from ``effective_from`` (today or later: past days keep the
    windows they had, so their missed sessions never change)."""
    require(reg, actor, Action.CHANGE_SETTINGS)
    windows = parse_windows(pairs)
    today = reg.today()
    if effective_from < today:
        raise InvalidInput("New session times can start today at the earliest: past days keep "
                           "the times they had.")
    if effective_from == today:
        cal = calendar(reg)
        started = [w for w in cal.windows(today) if w.bounds(today, reg.tz)[0] <= reg.now()]
        if started:
            raise Refused("A session has already started today: new session times can start "
                          "tomorrow at the earliest.")
    with reg.db.transaction():
        sessions_store.add_schedule(reg.db, effective_from, windows, now=reg.now(),
                                    user_id=actor.id)
        reg.audit(actor, AuditAction.SETTINGS_CHANGED, "session_windows",
                  effective_from=effective_from.isoformat(),
                  windows=[f"{w.start:%H:%M}-{w.end:%H:%M}" for w in windows])
        reg.publish_after_commit(Change.SCHEDULE)
    return windows


def add_closure(reg: OpenRegister, actor: User, day: date, reason: str) -> None:
    require(reg, actor, Action.CHANGE_SETTINGS)
    why = clean_text(reason, "reason for the closure", max_length=200)
    if day < reg.today():
        raise InvalidInput("A closure day cannot be in the past: it would rewrite which "
                           "sessions were missed.")
    with reg.db.transaction():
        if day in sessions_store.closures(reg.db):
            raise InvalidInput(f"{format_date(day)} is already a closure day.")
        if day == reg.today() and any(
            w.bounds(day, reg.tz)[0] <= reg.now() for w in calendar(reg).windows(day)
        ):
            raise Refused("Today's sessions have already started: today cannot become a "
                          "closure day.")
        sessions_store.add_closure(reg.db, day, why, now=reg.now(), user_id=actor.id)
        reg.audit(actor, AuditAction.SETTINGS_CHANGED, "closure_day",
                  added=day.isoformat(), reason=why)
        reg.publish_after_commit(Change.SCHEDULE)


def remove_closure(reg: OpenRegister, actor: User, day: date) -> None:
    require(reg, actor, Action.CHANGE_SETTINGS)
    if day <= reg.today():
        raise InvalidInput("Only a future closure day can be removed.")
    with reg.db.transaction():
        if day not in sessions_store.closures(reg.db):
            raise InvalidInput(f"{format_date(day)} is not a closure day.")
        sessions_store.remove_closure(reg.db, day)
        reg.audit(actor, AuditAction.SETTINGS_CHANGED, "closure_day", removed=day.isoformat())
        reg.publish_after_commit(Change.SCHEDULE)
