"""The controlled-drugs register (Misuse of Drugs Regulations 2001, reg. 19-20).

One section per drug, strength and form; every entry is append-only and carries
the running balance after it, in the section's register unit (whole ampoules,
ml). Mistakes are never altered: a dated, attributed, witnessed correction is
added, with a compensating quantity where the balance was affected.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.quantities import plural
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date


class EntryKind(StrEnum):
    OPENING = "opening"
    RECEIPT = "receipt"
    ADMINISTRATION = "administration"
    DESTRUCTION = "destruction"
    RETURN = "return"
    CORRECTION = "correction"
    STOCK_CHECK = "stock_check"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    EntryKind.OPENING: "Opening balance",
    EntryKind.RECEIPT: "Received",
    EntryKind.ADMINISTRATION: "Administered",
    EntryKind.DESTRUCTION: "Destroyed",
    EntryKind.RETURN: "Returned to supplier",
    EntryKind.CORRECTION: "Correction",
    EntryKind.STOCK_CHECK: "Stock check",
}

@dataclass(frozen=True)
class SectionSpec:
    """What a manager types to create a section."""

    code: str
    drug: str
    strength: str
    form: str
    unit: str
    mg_per_unit: int

    @property
    def title(self) -> str:
        return f"{self.drug} {self.strength} {self.form}, {self.unit}"

    def checked(self) -> "SectionSpec":
        code = clean_text(self.code, "section code", max_length=12).upper()
        if not (2 <= len(code) <= 12 and code.isascii() and code.isalnum()):
            raise InvalidInput("A section code is 2 to 12 capital letters and digits,"
                               " e.g. DIAM100.")
        unit = clean_text(self.unit, "register unit", max_length=20).lower()
        if isinstance(self.mg_per_unit, bool) or not isinstance(self.mg_per_unit, int):
            raise InvalidInput("The mg in one unit must be a whole number.")
        if not 1 <= self.mg_per_unit <= 100_000:
            raise InvalidInput("The mg in one unit must be between 1 and 100,000.")
        return SectionSpec(
            code=code,
            drug=clean_text(self.drug, "drug name", max_length=80),
            strength=clean_text(self.strength, "strength", max_length=30),
            form=clean_text(self.form, "form", max_length=80),
            unit=unit,
            mg_per_unit=self.mg_per_unit,
        )


PRESETS: tuple[SectionSpec, ...] = (
    SectionSpec("DIAM100", "Diamorphine hydrochloride", "100 mg",
                "powder for solution for injection", "ampoule", 100),
    SectionSpec("DIAM500", "Diamorphine hydrochloride", "500 mg",
                "powder for solution for injection", "ampoule", 500),
    SectionSpec("METH1", "Methadone hydrochloride", "1 mg/ml", "oral solution", "ml", 1),
)


@dataclass(frozen=True)
class Section:
    id: int
    code: str
    drug: str
    strength: str
    form: str
    unit: str
    mg_per_unit: int
    closed: bool = False

    @property
    def title(self) -> str:
        """Drug, strength and form: at the head of every screen and printed page."""
        return f"{self.drug} {self.strength} {self.form}, {self.unit}"

    def quantity(self, units: int) -> str:
        return plural(units, self.unit)


@dataclass(frozen=True)
class Entry:
    id: int
    section_id: int
    seq: int
    kind: EntryKind
    occurred_at: datetime
    recorded_at: datetime
    quantity_in: int
    quantity_out: int
    balance: int
    entered_by: int
    entered_by_name: str
    witness_id: int | None = None
    witness_name: str | None = None
    corrects_entry_id: int | None = None
    late_reason: str | None = None
    batch: str | None = None
    expiry: date | None = None
    details: dict[str, Any] = field(default_factory=dict)
    hash: str = ""
    batch_balance: int = 0  # the running balance of this entry's batch after it

    @property
    def number(self) -> int:
        """The entry's number in its section (1, 2, 3… with no gap, fixed when it was
        written): the "No." on the screen, in dialogs, in the dose confirmation and on the
        printed page. The register-wide ``id`` stays internal."""
        return self.seq


def next_balance(section: Section, balance: int, quantity_in: int, quantity_out: int) -> int:
    """The running balance after an entry; refuses to go below zero."""
    new = balance + quantity_in - quantity_out
    if new < 0:
        raise Refused(
            f"This would take the balance of {section.code} below zero: the register holds "
            f"{section.quantity(balance)}, and {section.quantity(quantity_out)} would leave."
        )
    return new


def check_entry_day(
    occurred_day: date, today: date, *, day_closed: bool, late_reason: str | None
) -> str | None:
    """The late-entry reason to keep, or a refusal.

    An entry is made on the day of the transaction; one dated earlier, or on a
    clinic day already closed by the reconciliation, is a late entry and must
    say why. A date in the future is never accepted.
    """
    if occurred_day > today:
        raise InvalidInput(f"The date {format_date(occurred_day)} is in the future.")
    reason = clean_text(late_reason, "reason for the late entry", max_length=300,
                        required=False, multiline=True)
    if occurred_day < today or day_closed:
        if not reason:
            why = ("a day that has already been closed" if occurred_day == today
                   else f"{format_date(occurred_day)}, before today")
            raise InvalidInput(
                f"This entry is for {why}: a late entry needs a reason, which is kept and printed."
            )
        return reason
    return None


def check_correction_target(target: Entry, section: Section) -> None:
    if target.section_id != section.id:
        raise Refused("A correction must be made in the section of the entry it corrects.")
    if target.kind is EntryKind.CORRECTION:
        raise Refused(
            "A correction cannot itself be corrected: add a new correction to the original entry."
        )
    if target.kind is EntryKind.STOCK_CHECK:
        raise Refused("A stock-check marker cannot be corrected; correct the entry that was wrong.")


@dataclass(frozen=True)
class BatchStock:
    batch: str | None
    expiry: date | None
    balance: int

    def expired(self, today: date) -> bool:
        return is_expired(self.expiry, today)


def is_expired(expiry: date | None, today: date) -> bool:
    """Stock is expired from the day after its expiry date (none given: never)."""
    return expiry is not None and expiry < today


def choose_batch(batches: list[BatchStock], units: int, today: date) -> BatchStock | None:
    """First-expiry-first-out: the usable batch that expires soonest and holds ``units``.

    Expired batches are never used for a dose. Stock without a batch (an opening
    balance taken over without one) is used last. None if no single batch holds enough.
    """
    usable = [b for b in batches if b.balance >= units and not b.expired(today)]
    usable.sort(key=lambda b: (b.expiry is None, b.expiry or date.max, b.batch or ""))
    return usable[0] if usable else None
