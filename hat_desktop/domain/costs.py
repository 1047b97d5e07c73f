"""What treatment costs, for the evaluation: prices in whole pence, drug cost from what
left the register for each patient at the price it was bought at, staff and overheads per
patient-day, and the total per patient-year against the clinic's budget.

Money is held in whole pence (integers, like quantities); a price per mg may be a
fraction of a penny, so sums are exact fractions, rounded to the penny only at the end.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from hat_desktop.domain.errors import InvalidInput

DAYS_PER_YEAR = 365
PRICE_MAX_PENCE = 10_000_000  # £100,000 a unit: above this, a typing error
DEFAULT_BUDGET_PENCE = 1_200_000  # £12,000 per patient a year (the pilot's stated budget)


def parse_price(text: str | None, what: str = "unit price") -> int | None:
    """A price typed in pounds ("12.50", "£12.50", "1,200") as whole pence; None when left
    empty. Refused in the user's words when it is not a price."""
    raw = (text or "").strip().replace(",", "").removeprefix("£").strip()
    if not raw:
        return None
    pounds, _, pence = raw.partition(".")
    if not pounds:
        pounds = "0"
    if not (pounds.isascii() and pounds.isdigit() and (pence == "" or (
            pence.isascii() and pence.isdigit() and len(pence) <= 2))):
        raise InvalidInput(f"The {what} is an amount in pounds, e.g. 12.50 (at most two "
                           "decimal places).")
    value = int(pounds) * 100 + int(pence.ljust(2, "0") or "0")
    if value > PRICE_MAX_PENCE:
        raise InvalidInput(f"The {what} is more than £100,000: check the amount.")
    return value


def money(pence: int | Fraction) -> str:
    """'£12,000' for whole pounds, '£12.34' otherwise; rounded to the penny."""
    whole = round(pence)
    sign = "-" if whole < 0 else ""
    pounds, rest = divmod(abs(whole), 100)
    return f"{sign}£{pounds:,}" if rest == 0 else f"{sign}£{pounds:,}.{rest:02d}"


@dataclass(frozen=True)
class DrugUse:
    """Units (ampoules, ml) that left the register for one patient from one batch:
    administered and the opened remainder wasted."""

    patient_id: int
    section_id: int
    batch: str | None
    units: int


def batch_prices(receipts: Iterable[tuple[int, str | None, int, int]]
                 ) -> dict[tuple[int, str | None], Fraction]:
    """Pence per unit of each (section id, batch) from its priced receipts (section id,
    batch, quantity, pence per unit): the average weighted by quantity when a batch came
    in more than once at different prices."""
    totals: dict[tuple[int, str | None], tuple[int, int]] = {}
    for section_id, batch, quantity, price in receipts:
        units, pence = totals.get((section_id, batch), (0, 0))
        totals[section_id, batch] = (units + quantity, pence + quantity * price)
    return {key: Fraction(pence, units) for key, (units, pence) in totals.items() if units}


def days_in_treatment(spans: Iterable[tuple[date, date | None]], first: date, last: date,
                      today: date) -> int:
    """Days of the period ``first``..``last`` (and not after ``today``) on which the patient
    was in treatment, from their episodes' (start, exit or None) spans, both ends counted."""
    end_of_period = min(last, today)
    total = 0
    for start, exit_date in spans:
        begin = max(start, first)
        end = min(exit_date or end_of_period, end_of_period)
        if end >= begin:
            total += (end - begin).days + 1
    return total


def _per_year(pence: Fraction | int, days: int) -> Fraction | None:
    return Fraction(pence) * DAYS_PER_YEAR / days if days else None


@dataclass(frozen=True)
class PatientCost:
    patient_id: int
    days: int  # days in treatment in the period
    drug_days: int  # of those, the days the register covers (on or after its first entry)
    drug_pence: Fraction
    unpriced_units: int  # units from batches received without a price (not in drug_pence)
    staff_pence: int

    @property
    def total_pence(self) -> Fraction:
        return self.drug_pence + self.staff_pence

    @property
    def drug_per_year_pence(self) -> Fraction | None:
        """Drugs over the days the register covers, scaled to a year."""
        return _per_year(self.drug_pence, self.drug_days)

    @property
    def staff_per_year_pence(self) -> Fraction | None:
        return _per_year(self.staff_pence, self.days)

    @property
    def per_year_pence(self) -> Fraction | None:
        """The cost of a year in treatment (None without a day in treatment)."""
        staff = self.staff_per_year_pence
        if staff is None:
            return None
        return staff + (self.drug_per_year_pence or 0)


def patient_costs(days: dict[int, tuple[int, int]], uses: Iterable[DrugUse],
                  prices: dict[tuple[int, str | None], Fraction], staff_per_day_pence: int
                  ) -> dict[int, PatientCost]:
    """Each patient's cost over the period: the units that left each batch for them at
    that batch's receipt price per unit, and the staff/overhead cost of their days in
    treatment. ``days``: (days in treatment in the period, those the register covers)
    per patient; ``prices`` maps (section id, batch) to pence per unit (batch_prices)."""
    drug: dict[int, Fraction] = {pid: Fraction(0) for pid in days}
    unpriced: dict[int, int] = {pid: 0 for pid in days}
    for use in uses:
        drug.setdefault(use.patient_id, Fraction(0))
        unpriced.setdefault(use.patient_id, 0)
        price = prices.get((use.section_id, use.batch))
        if price is None:
            unpriced[use.patient_id] += use.units
        else:
            drug[use.patient_id] += use.units * price
    return {pid: PatientCost(pid, *days.get(pid, (0, 0)), drug[pid], unpriced[pid],
                             days.get(pid, (0, 0))[0] * staff_per_day_pence)
            for pid in drug}


@dataclass(frozen=True)
class CohortCost:
    patients: int
    patient_days: int
    drug_days: int  # patient-days the register covers
    drug_pence: Fraction
    staff_pence: int
    unpriced_units: int
    budget_pence: int  # per patient a year

    @property
    def total_pence(self) -> Fraction:
        return self.drug_pence + self.staff_pence

    @property
    def drug_per_patient_year_pence(self) -> Fraction | None:
        return _per_year(self.drug_pence, self.drug_days)

    @property
    def per_patient_year_pence(self) -> Fraction | None:
        """The cohort's cost per patient-year in treatment: drugs over the patient-days the
        register covers plus staff over all patient-days in treatment, times 365."""
        staff = _per_year(self.staff_pence, self.patient_days)
        if staff is None:
            return None
        return staff + (self.drug_per_patient_year_pence or 0)

    @property
    def text(self) -> str:
        per_year = self.per_patient_year_pence
        if per_year is None:
            return "No patient was in treatment in the period: no cost per patient."
        share = float(100 * per_year / self.budget_pence) if self.budget_pence else None
        against = f" ({share:.0f} % of the budget of {money(self.budget_pence)})" \
            if share is not None else ""
        return f"Cost per patient-year: {money(per_year)}{against}"


def cohort_cost(costs: Iterable[PatientCost], budget_pence: int) -> CohortCost:
    found = [c for c in costs if c.days or c.drug_pence or c.unpriced_units]
    return CohortCost(len(found), sum(c.days for c in found),
                      sum(c.drug_days for c in found),
                      sum((c.drug_pence for c in found), Fraction(0)),
                      sum(c.staff_pence for c in found),
                      sum(c.unpriced_units for c in found), budget_pence)
