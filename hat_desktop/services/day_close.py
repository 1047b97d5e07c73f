"""Closing a clinic day, apart from counting the stock: the count (and its
discrepancies) may happen at any time and leaves the day open; the day closes when
the pharmacist says so — offered once the last session's window has ended and nobody
is in observation, and before that only with a confirmation that names what is still
going on. After the close, an entry dated that day is a late entry with a reason."""

import logging
from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.reconciliation import Reconciliation
from hat_desktop.domain.register import EntryKind
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_date, format_local
from hat_desktop.services import observation, schedule
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import reconciliation as recon_store
from hat_desktop.store import register as register_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayClosing:
    """What closing ``day`` now would cut short; empty lists: it is time to close."""

    by: User
    day: date
    count: Reconciliation  # the day's signed-off stock count
    open_sessions: tuple[str, ...]  # "session 2 (15:30–18:00)": windows not yet ended
    in_observation: int  # patients dosed and not yet released
    entries_since_count: int  # register entries dated that day, made after the count

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.open_sessions or self.in_observation or self.entries_since_count)

    @property
    def warning(self) -> str:
        """The confirmation's words: what is still going on that day."""
        parts = []
        if self.open_sessions:
            parts.append("Still to end: " + " and ".join(self.open_sessions) + ".")
        if self.in_observation:
            parts.append(f"{self.in_observation} patient(s) in post-dose observation, "
                         "not yet released.")
        if self.entries_since_count:
            parts.append(f"{self.entries_since_count} register entr"
                         f"{'y was' if self.entries_since_count == 1 else 'ies were'} made "
                         "after the stock count and are not in it.")
        return " ".join(parts)


def closable_days(reg: OpenRegister, actor: User) -> list[date]:
    """Today, when its count is signed off and it is not closed yet. (A past day needs no
    close: an entry dated before today is a late entry with a reason anyway.)"""
    require(reg, actor, Action.RECONCILE)
    today = reg.today()
    rec = recon_store.by_day(reg.db, today)
    if rec is not None and rec.signed and not register_store.day_closed(reg.db, today):
        return [today]
    return []


def check_close_day(reg: OpenRegister, actor: User, day: date) -> DayClosing:
    """Every rule of the close, writing nothing; what it would cut short."""
    pharmacist = require(reg, actor, Action.RECONCILE)
    if day > reg.today():
        raise InvalidInput(f"{format_date(day)} is in the future: close it at its end.")
    if register_store.day_closed(reg.db, day):
        raise Refused(f"{format_date(day)} is already closed.")
    rec = recon_store.by_day(reg.db, day)
    if rec is None:
        raise Refused(f"Count the stock of {format_date(day)} first (Reconcile…): a day "
                      "closes after its stock count is signed off.")
    if not rec.signed:
        raise Refused(f"The stock count of {format_date(day)} is not signed off yet: sign it "
                      "off with a witness first.")
    now = reg.now()
    open_sessions = tuple(
        f"session {w.number} ({w.start:%H:%M}–{w.end:%H:%M})"
        for w in schedule.windows_on(reg, day) if w.bounds(day, reg.tz)[1] > now)
    observed = len(observation.in_observation_on(reg, day))
    start, end = day_bounds(day, reg.tz)
    since = sum(1 for s in register_store.sections(reg.db)
                for e in register_store.entries_in_range(reg.db, s.id, start, end)
                if e.kind is not EntryKind.STOCK_CHECK and e.recorded_at > rec.counted_at)
    return DayClosing(pharmacist, day, rec, open_sessions, observed, since)


def close_day(reg: OpenRegister, actor: User, day: date, *, confirmed: bool = False
              ) -> DayClosing:
    """Close ``day``: later entries dated on it are late entries with a reason. Before
    the last session has ended, with someone in observation or with entries made after
    the count, only ``confirmed`` (the user has read the warning)."""
    with reg.db.transaction():
        closing = check_close_day(reg, actor, day)
        if closing.needs_confirmation and not confirmed:
            raise Refused(f"{format_date(day)} is not over: {closing.warning} "
                          "Confirm to close it all the same.")
        pharmacist = closing.by
        register_store.close_day(reg.db, day, now=reg.now(), user_id=pharmacist.id)
        reg.audit(pharmacist, AuditAction.DAY_CLOSED, f"day:{day.isoformat()}",
                  count_signed_at=format_local(closing.count.signed_at, reg.tz)
                  if closing.count.signed_at else None,
                  open_sessions=list(closing.open_sessions),
                  in_observation=closing.in_observation,
                  entries_since_count=closing.entries_since_count)
        reg.publish_after_commit(Change.RECONCILIATION, day=day.isoformat())
    log.info("clinic day %s closed (early: %s)", day, closing.needs_confirmation)
    return closing
