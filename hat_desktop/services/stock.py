"""The Stock page: balances, batches and expiry, last reconciliation, open
discrepancies, and each section's balance over the last 30 days."""

from dataclasses import dataclass
from datetime import date, timedelta

from hat_desktop.domain.accounts import User
from hat_desktop.domain.reconciliation import Discrepancy, ExpiryState, expiry_state
from hat_desktop.domain.register import BatchStock, Section
from hat_desktop.domain.roles import Action
from hat_desktop.domain.times import day_bounds, format_date
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import reconciliation as rec_store
from hat_desktop.store import register as register_store

HISTORY_DAYS = 30


@dataclass(frozen=True)
class BatchLine:
    stock: BatchStock
    state: ExpiryState

    @property
    def warning(self) -> str:
        if self.state is ExpiryState.EXPIRED:
            return (f"Batch {self.stock.batch} EXPIRED on {format_date(self.stock.expiry)}: "
                    "not for use; keep in the balance until destroyed with an authorised "
                    "witness." if self.stock.expiry else "")
        if self.state is ExpiryState.SOON and self.stock.expiry:
            return f"Batch {self.stock.batch} expires on {format_date(self.stock.expiry)}."
        return ""


@dataclass(frozen=True)
class SectionStock:
    section: Section
    balance: int
    batches: tuple[BatchLine, ...]
    last_reconciled: date | None
    open_discrepancies: tuple[Discrepancy, ...]
    history: tuple[tuple[date, int], ...]  # balance at the end of each of the last 30 days

    @property
    def warnings(self) -> list[str]:
        return [b.warning for b in self.batches if b.warning]


def overview(reg: OpenRegister, actor: User) -> list[SectionStock]:
    require(reg, actor, Action.VIEW_REGISTER)
    db = reg.db
    today = reg.today()
    latest = rec_store.latest(db)
    open_ones = rec_store.discrepancies(db, open_only=True)
    result = []
    for section in register_store.sections(db):
        balance = register_store.balance(db, section.id)
        if section.closed and balance == 0:
            continue
        batches = tuple(BatchLine(b, expiry_state(b, today))
                        for b in register_store.batches(db, section.id) if b.balance != 0)
        history = tuple(
            (day, register_store.balance_at(db, section.id, day_bounds(day, reg.tz)[1]))
            for day in (today - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1))
        )
        reconciled = None
        if latest is not None and any(line.section_id == section.id for line in latest.lines):
            reconciled = latest.day
        result.append(SectionStock(
            section, balance, batches, reconciled,
            tuple(d for d in open_ones if d.section_id == section.id), history))
    return result


def expiry_warnings(reg: OpenRegister, actor: User) -> list[str]:
    return [w for s in overview(reg, actor) for w in s.warnings]
