"""A day's stock count as the count dialog shows it after submitting: expected and
counted per section and batch, the discrepancies found, and whether it is signed off.
Also which days can still be counted (today, and past days never closed)."""

from dataclasses import dataclass
from datetime import date

from hat_desktop.domain.accounts import User
from hat_desktop.domain.reconciliation import Discrepancy, Reconciliation
from hat_desktop.domain.register import Section
from hat_desktop.domain.roles import Action
from hat_desktop.services import reconciliation
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import reconciliation as rec_store
from hat_desktop.store import register as register_store

MAX_OVERDUE_OFFERED = 7


@dataclass(frozen=True)
class DayCount:
    reconciliation: Reconciliation
    discrepancies: tuple[Discrepancy, ...]
    sections: dict[int, Section]

    @property
    def signed(self) -> bool:
        return self.reconciliation.signed


def day_count(reg: OpenRegister, actor: User, day: date) -> DayCount | None:
    """The count submitted for ``day``, or None when it has not been counted."""
    require(reg, actor, Action.VIEW_REGISTER)
    rec = rec_store.by_day(reg.db, day)
    if rec is None:
        return None
    found = tuple(d for d in rec_store.discrepancies(reg.db, first=day, last=day)
                  if d.reconciliation_id == rec.id)
    sections = {s.id: s for s in register_store.sections(reg.db)}
    return DayCount(rec, found, sections)


def days_to_count(reg: OpenRegister, actor: User) -> list[date]:
    """Today, then the most recent past days that were never reconciled (newest first)."""
    require(reg, actor, Action.RECONCILE)
    overdue = sorted(reconciliation.overdue_days(reg), reverse=True)
    return [reg.today(), *overdue[:MAX_OVERDUE_OFFERED]]
