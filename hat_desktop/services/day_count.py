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
from hat_desktop.services.context import Clinic
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

    def discrepancy_for(self, section_id: int) -> Discrepancy | None:
        return next((d for d in self.discrepancies if d.section_id == section_id), None)


def day_count(clinic: Clinic, actor: User, day: date) -> DayCount | None:
    """The count submitted for ``day``, or None when it has not been counted."""
    require(clinic, actor, Action.VIEW_REGISTER)
    rec = rec_store.by_day(clinic.db, day)
    if rec is None:
        return None
    found = tuple(d for d in rec_store.discrepancies(clinic.db, first=day, last=day)
                  if d.reconciliation_id == rec.id)
    sections = {s.id: s for s in register_store.sections(clinic.db)}
    return DayCount(rec, found, sections)


def days_to_count(clinic: Clinic, actor: User) -> list[date]:
    """Today, then the most recent past days that were never reconciled (newest first)."""
    require(clinic, actor, Action.RECONCILE)
    overdue = sorted(reconciliation.overdue_days(clinic), reverse=True)
    return [clinic.today(), *overdue[:MAX_OVERDUE_OFFERED]]
