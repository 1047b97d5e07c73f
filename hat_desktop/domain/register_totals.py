"""The totals at the end of a printed period of a register section: what came in and went
out, by kind, and the balance at each end, so that opening + in − out = closing can be
checked on the page. Pure arithmetic over the entries, in the section's unit."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from hat_desktop.domain.register import Entry, EntryKind


@dataclass
class PeriodTotals:
    """Totals of the entries dated in a period, in register order (feed them with add)."""

    first_number: int = 0
    last_number: int = 0
    opening: int = 0  # the balance before the first entry of the period
    closing: int = 0  # the balance after its last
    received: int = 0  # receipts (and balances brought forward)
    administered: int = 0  # units opened for doses given at the clinic
    mg_administered: int = 0
    supplied: int = 0  # units supplied to take home (a take-home line: not administered here)
    mg_supplied: int = 0
    mg_wasted: int = 0  # the unused remainder of opened ampoules, denatured
    destroyed: int = 0
    returned: int = 0
    corrected_in: int = 0
    corrected_out: int = 0
    stock_checks: int = 0
    entries: int = 0
    # entries written between the period's first and last but dated outside it (late
    # entries for other days): their movement, so the arithmetic still closes
    outside_in: int = 0
    outside_out: int = 0
    _outside: list[Entry] = field(default_factory=list, repr=False)

    def add(self, entry: Entry, in_period: bool) -> None:
        if not in_period:
            if self.entries:  # only between the period's entries
                self._outside.append(entry)
            return
        if not self.entries:
            self.first_number = entry.number
            self.opening = entry.balance - entry.quantity_in + entry.quantity_out
        for skipped in self._outside:  # written between two entries of the period
            self.outside_in += skipped.quantity_in
            self.outside_out += skipped.quantity_out
        self._outside.clear()
        self.entries += 1
        self.last_number = entry.number
        self.closing = entry.balance
        self._count(entry)

    def _count(self, e: Entry) -> None:
        d = e.details
        if e.kind in (EntryKind.RECEIPT, EntryKind.OPENING):
            self.received += e.quantity_in
        elif e.kind is EntryKind.ADMINISTRATION and d.get("take_home"):
            self.supplied += e.quantity_out
            self.mg_supplied += int(d.get("mg_administered") or 0)
        elif e.kind is EntryKind.ADMINISTRATION:
            self.administered += e.quantity_out
            self.mg_administered += int(d.get("mg_administered") or 0)
            self.mg_wasted += int(d.get("mg_wasted") or 0)
        elif e.kind is EntryKind.DESTRUCTION:
            self.destroyed += e.quantity_out
        elif e.kind is EntryKind.RETURN:
            self.returned += e.quantity_out
        elif e.kind is EntryKind.CORRECTION:
            self.corrected_in += e.quantity_in
            self.corrected_out += e.quantity_out
        elif e.kind is EntryKind.STOCK_CHECK:
            self.stock_checks += 1

    @property
    def total_in(self) -> int:
        return self.received + self.corrected_in + self.outside_in

    @property
    def total_out(self) -> int:
        return (self.administered + self.supplied + self.destroyed + self.returned
                + self.corrected_out + self.outside_out)

    @property
    def balances(self) -> bool:
        """opening + in − out = closing (always, unless the register is damaged)."""
        return self.opening + self.total_in - self.total_out == self.closing


def totals_of(entries: Iterable[tuple[Entry, bool]]) -> PeriodTotals:
    totals = PeriodTotals()
    for entry, in_period in entries:
        totals.add(entry, in_period)
    return totals
