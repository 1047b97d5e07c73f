"""Titration plans: the prescriber writes ahead how a patient's dose of one product steps up
from a starting dose to the maintenance target, session by session or day by day, under a
daily ceiling and with doses a minimum number of hours apart; each day's dose then comes
from the plan, and the check-in card says "Titration day 3 of 5: 60 mg + top-up up to 40 mg".

A plan is versioned like a prescription: changed or stopped only by a prescriber, as a new
version (the old one is never edited). The newest version governs; a stopped version ends
the plan. The plan names the register section (the product: the prescription line holding
that section) and gives the dose for each session of each day; after its last day the
prescription's own dose applies again.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.prescriptions import (
    Prescription,
    PrescriptionLine,
    one_plain_dose,
    raises_ahead,
    raises_over,
)
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date, format_local

MAX_TITRATION_DAYS = 14  # induction takes 3-5 days; a plan longer than a fortnight is a typo
MAX_STEP_MG = 500
MAX_DAY_MG = 3000


class StepUnit(StrEnum):
    DAY = "day"
    SESSION = "session"

    @property
    def label(self) -> str:
        return {StepUnit.DAY: "each day", StepUnit.SESSION: "each session"}[self]


@dataclass(frozen=True)
class TitrationInput:
    """A plan as the prescriber types it."""

    section_id: int | None
    start_date: date | None
    start_mg: int | str
    step_mg: int | str
    step_unit: StepUnit | str | None
    target_mg: int | str
    ceiling_mg: int | str  # the most in one clinic day while the plan runs, top-ups included
    top_up_mg: int | str = 0  # the most of a top-up after observation, per session
    min_hours_between: int | str = 3
    notes: str = ""
    change_reason: str = ""

    def checked(self, today: date, sessions: int, *, is_change: bool,
                caps: tuple[int, ...] = ()) -> "TitrationInput":
        """Whole numbers and a schedule that makes sense, or one sentence saying why not.
        ``sessions``: how many sessions a day the product is given in; ``caps``: the line's
        own dose in each of them (a session is never given more: effective), so that the
        daily ceiling is checked against what a day can really reach."""
        if self.section_id is None:
            raise InvalidInput("Choose the product the plan is for.")
        if self.start_date is None:
            raise InvalidInput("Give the first day of the plan.")
        if self.start_date < today:
            raise InvalidInput("A titration plan cannot start before today: plans are never "
                               "back-dated.")
        if self.step_unit not in set(StepUnit):
            raise InvalidInput("Choose whether the dose steps up each day or each session.")
        start = parse_quantity(self.start_mg, "starting dose", unit="mg", maximum=1000)
        step = parse_quantity(self.step_mg, "step", unit="mg", maximum=MAX_STEP_MG)
        target = parse_quantity(self.target_mg, "target dose", unit="mg", maximum=1000)
        ceiling = parse_quantity(self.ceiling_mg, "daily ceiling", unit="mg",
                                 maximum=MAX_DAY_MG)
        top_up = parse_quantity(self.top_up_mg, "top-up", unit="mg", minimum=0, maximum=1000)
        hours = parse_quantity(self.min_hours_between, "hours between doses", unit="hours",
                               minimum=0, maximum=12)
        if target <= start:
            raise InvalidInput(f"The target dose ({target} mg) must be above the starting dose "
                               f"({start} mg): otherwise there is nothing to titrate.")
        notes = clean_text(self.notes, "notes", max_length=1000, required=False,
                           multiline=True)
        reason = clean_text(self.change_reason, "reason for the change", max_length=300,
                            required=is_change, multiline=True)
        plan = TitrationInput(self.section_id, self.start_date, start, step,
                              StepUnit(self.step_unit), target, ceiling, top_up, hours, notes,
                              reason)
        days = schedule(start, step, StepUnit(self.step_unit), target, sessions)
        if len(days) > MAX_TITRATION_DAYS:
            raise InvalidInput(f"That plan takes more than {MAX_TITRATION_DAYS} days to reach "
                               "the target: take bigger steps.")
        most = caps or (target,) * sessions  # a session never above its line's own dose
        heaviest = max(sum(topped(min(mg, cap), top_up, target, cap)
                           for mg, cap in zip(day, most, strict=True)) for day in days)
        if heaviest > ceiling:
            raise InvalidInput(f"A day of the plan reaches {heaviest} mg with its top-ups, above "
                               f"the daily ceiling of {ceiling} mg.")
        return plan


def topped(mg: int, top_up: int, target: int, own: int | None = None) -> int:
    """The most a session may reach with its top-up: never above the target, nor above
    ``own``, the line's own dose for that session (a 200/150 mg line's afternoon is topped
    up to 150 mg at most, never towards the 200 mg target: that is more than prescribed)."""
    cap = target if own is None else min(target, own)
    return max(mg, min(mg + top_up, cap))


def schedule(start: int, step: int, unit: StepUnit, target: int, sessions: int
             ) -> tuple[tuple[int, ...], ...]:
    """Each day's dose for each session, from ``start`` up by ``step`` (each day or each
    session) to ``target``; the last day is the first whose last session is at the target."""
    if sessions < 1:
        return ()
    days: list[tuple[int, ...]] = []
    n = 0
    while True:
        if unit is StepUnit.DAY:
            day = tuple(min(start + step * n, target) for _ in range(sessions))
        else:
            day = tuple(min(start + step * (n * sessions + k), target) for k in range(sessions))
        days.append(day)
        if day[-1] >= target or len(days) > MAX_TITRATION_DAYS:
            return tuple(days)
        n += 1


@dataclass(frozen=True)
class TitrationPlan:
    id: int
    patient_id: int
    version: int
    section_id: int
    start_date: date
    sessions: tuple[int, ...]  # the session numbers it doses in, in order
    doses: tuple[tuple[int, ...], ...]  # per day, per session (in ``sessions`` order)
    start_mg: int
    step_mg: int
    step_unit: StepUnit
    target_mg: int
    ceiling_mg: int
    top_up_mg: int
    min_hours_between: int
    notes: str
    change_reason: str
    stopped: bool
    prescriber_id: int
    prescriber_name: str
    created_at: datetime
    hold_review_id: int | None = None

    @property
    def days(self) -> int:
        return len(self.doses)

    @property
    def last_day(self) -> date:
        return self.start_date + timedelta(days=self.days - 1)

    def covers(self, day: date) -> bool:
        return not self.stopped and self.start_date <= day <= self.last_day

    def before_its_end(self, day: date) -> bool:
        """A day of the plan before its last: a patient on it has not had the full dose."""
        return self.covers(day) and day < self.last_day

    def day_number(self, day: date) -> int:
        """1 on the plan's first day."""
        return (day - self.start_date).days + 1

    def dose(self, day: date, session: int) -> int | None:
        """The plan's dose for ``session`` on ``day`` (None: the plan does not dose then)."""
        if not self.covers(day) or session not in self.sessions:
            return None
        return self.doses[self.day_number(day) - 1][self.sessions.index(session)]

    def card_text(self, day: date, session: int, most: int | None = None) -> str:
        """'Titration day 3 of 5: 60 mg + top-up up to 40 mg'; ``most``: the line's own dose
        for the session, which the plan never exceeds."""
        mg = self.dose(day, session)
        if mg is None:
            return ""
        mg = min(mg, most) if most is not None else mg
        text = f"Titration day {self.day_number(day)} of {self.days}: {mg} mg"
        top_up = topped(mg, self.top_up_mg, self.target_mg, most) - mg
        if top_up:
            text += f" + top-up up to {top_up} mg"
        return text

    @property
    def summary(self) -> str:
        """'From 30 mg, up 30 mg each day to 120 mg (4 days from 02/03/2026); at most
        400 mg a day; doses at least 3 hours apart'."""
        if self.stopped:
            return f"Stopped (version {self.version})"
        text = (f"From {self.start_mg} mg, up {self.step_mg} mg {self.step_unit.label} to "
                f"{self.target_mg} mg ({self.days} days from {format_date(self.start_date)}); "
                f"at most {self.ceiling_mg} mg a day")
        if self.top_up_mg:
            text += f"; a top-up of up to {self.top_up_mg} mg after observation"
        if self.min_hours_between:
            text += f"; doses at least {self.min_hours_between} hours apart"
        return text

    @property
    def days_text(self) -> str:
        """'Day 1 (02/03): 30 mg, 30 mg · Day 2 (03/03): 60 mg, 60 mg ...'."""
        parts = []
        for n, doses in enumerate(self.doses):
            when = format_date(self.start_date + timedelta(days=n))[:5]
            parts.append(f"Day {n + 1} ({when}): " + ", ".join(f"{mg} mg" for mg in doses))
        return " · ".join(parts)


def current_plan(versions: list[TitrationPlan]) -> TitrationPlan | None:
    """The plan in force: the newest version, unless it stopped the plan."""
    if not versions:
        return None
    newest = max(versions, key=lambda p: p.version)
    return None if newest.stopped else newest


@dataclass(frozen=True)
class Product:
    """What a prescription gives of the plan's product: the sessions (in order), the
    maintenance dose (the line's largest session dose), the most of its drug in a day, and
    the prescription line itself (None: a version from before lines)."""

    sessions: tuple[int, ...]
    dose_mg: int
    daily_limit_mg: int
    line: PrescriptionLine | None = None

    def target_refusal(self, target_mg: int) -> str | None:
        """Why ``target_mg`` is not the plan's target (None: it is): the target is the
        line's maintenance dose, its largest session dose; a session with less keeps its own
        (effective never gives a session more than its line's dose)."""
        if target_mg == self.dose_mg:
            return None
        line = self.line
        if line is None or len({mg for _, mg in line.doses}) == 1:
            dose = f"the prescription's dose of {self.dose_mg} mg a session"
        else:
            dose = (f"the prescription's largest dose of {line.drug}, {self.dose_mg} mg a "
                    f"session ({line.doses_text}; each session stays at or under its own)")
        return (f"The target must be {dose}, which applies when the plan ends: change the "
                "prescription first for another maintenance dose.")


def product_of(rx: Prescription, section_id: int) -> Product | None:
    """The product of ``rx`` that holds the register section ``section_id`` (None: none):
    the line holding it."""
    line = next((ln for ln in rx.lines if section_id in ln.section_ids), None)
    if line is not None:
        return Product(tuple(s for s, _ in line.doses), max(mg for _, mg in line.doses),
                       rx.daily_limit_for(line.drug), line)
    if rx.lines or section_id not in rx.section_ids:
        return None
    return Product(tuple(sorted(rx.sessions)), rx.dose_mg, rx.daily_limit_mg)


def session_dose(rx: Prescription, section_id: int, session: int) -> int | None:
    """The dose ``rx`` gives of the product holding ``section_id`` in ``session``."""
    product = product_of(rx, section_id)
    if product is None:
        return None
    if product.line is not None:
        return product.line.dose_for(session)
    return product.dose_mg if session in product.sessions else None


def effective(rx: Prescription | None, plan: TitrationPlan | None, day: date,
              session: int | None) -> Prescription | None:
    """The prescription as it stands on ``day``: the plan's doses for its product's line
    while the plan runs (never above the line's own dose for a session), under the plan's
    daily ceiling when that is lower."""
    if rx is None or plan is None or session is None or not plan.covers(day):
        return rx
    product = product_of(rx, plan.section_id)
    if product is None:
        return rx
    ceiling = min(plan.ceiling_mg, product.daily_limit_mg)
    line = product.line
    if line is None:
        mg = plan.dose(day, session)
        return rx if mg is None else replace(rx, dose_mg=min(mg, rx.dose_mg),
                                             daily_max_mg=ceiling)
    doses = tuple((s, min(plan.dose(day, s) or mg, mg)) for s, mg in line.doses)
    own = dict(line.doses)
    top_ups = tuple((s, topped(mg, plan.top_up_mg, plan.target_mg, own[s]) - mg)
                    for s, mg in doses if plan.dose(day, s) is not None)
    titrated = replace(line, doses=doses, daily_max_mg=ceiling,
                       top_ups=tuple((s, mg) for s, mg in top_ups if mg))
    lines = tuple(titrated if ln.position == line.position else ln for ln in rx.lines)
    first = lines[0] is titrated
    return replace(rx, lines=lines, dose_mg=max(mg for _, mg in doses) if first else rx.dose_mg)


def interval_refusal(plan: TitrationPlan | None, day: date, last_dose: datetime | None,
                     now: datetime, tz: ZoneInfo) -> str | None:
    """Why a dose now is too soon after the last one under the plan (None: it is not)."""
    if plan is None or not plan.covers(day) or last_dose is None or not plan.min_hours_between:
        return None
    earliest = last_dose + timedelta(hours=plan.min_hours_between)
    if now >= earliest:
        return None
    return (f"Titration plan: doses at least {plan.min_hours_between} hours apart. The last "
            f"was at {format_local(last_dose, tz)[-5:]}, so the next may be given from "
            f"{format_local(earliest, tz)[-5:]}.")


def interrupted_refusal(plan: TitrationPlan | None, day: date) -> str | None:
    """Why "Resume the same dose" may not lift a hold that began during ``plan`` (None: it
    may): ``plan`` was in force when the hold began and ``day``, the day whose dose the
    patient was on, is one of its days before the last, so the patient never had the full
    dose; and the plan goes on by the calendar while they are away, to a later day's dose or
    the prescription's own."""
    if plan is None or not plan.before_its_end(day):
        return None
    doses = sorted(set(plan.doses[plan.day_number(day) - 1]))
    return ('"Resume the same dose" would not give the dose the patient was on: when the '
            f"hold began they were on day {plan.day_number(day)} of {plan.days} of titration "
            f"plan version {plan.version} ({' and '.join(f'{mg} mg' for mg in doses)}), and "
            "the plan goes on by the calendar to the prescription's full dose. After days "
            "without a dose, re-titrate instead: a reduced dose, or a new titration plan.")


def retitration_plan_refusal(held: Prescription | None, current: Prescription,
                             section_id: int, sessions: tuple[int, ...],
                             first_day: tuple[int, ...], versions: Sequence[Prescription],
                             today: date) -> str | None:
    """Why a titration plan is no re-titration after a hold (None: it is one): on its first
    day (``first_day``: its dose for each of ``sessions``) no session may be given more of
    the product than ``held``, the version the patient was on when the hold began (None:
    none), and at least one must be given less. A session is given the plan's dose, never
    above ``current``'s own (effective); the plan's target is ``current``'s dose, which may
    be a raise the patient never had. The plan titrates only its product, and only up to
    ``current``: ``current``'s other lines may give nothing more than ``held``'s, and no
    version of ``versions`` may come into force from ``today`` on giving more than
    ``current`` (raises_ahead: a raise written to start later, an older, higher version
    back when ``current`` ends), each given with no titration."""
    if held is not None:
        refusal = _first_day_refusal(held, current, section_id, sessions, first_day)
        if refusal is not None:
            return refusal
        product = product_of(current, section_id)
        drug = product.line.drug if product is not None and product.line else current.drug
        found = raises_over(_other_lines(held, section_id), _other_lines(current, section_id))
        if found:
            return (f"A re-titration plan after a hold titrates only {drug}: version "
                    f"{current.version} would give at once what the patient never had ("
                    + "; ".join(found) + f"), above version {held.version}, the dose before "
                    "the hold. Re-titrate with a reduced prescription instead.")
    ahead = raises_ahead(versions, current.as_lines(), today)
    if ahead:
        first = ahead[0]
        target = (f"the plan's target of {current.per_session_text} (version "
                  f"{current.version})"
                  if one_plain_dose(current.as_lines(), first.version.as_lines()) else
                  f"the plan's target in version {current.version} ("
                  + "; ".join(first.found) + ")")
        return (f"Version {first.version.version} ({first.version.per_session_text}) would "
                f"come into force from {format_date(first.first)} to "
                f"{format_date(first.last)}, above {target}, with no titration after the "
                "hold. Re-titrate with a reduced prescription instead, or first write a "
                f"version keeping version {current.version}'s doses over those days.")
    return None


def _other_lines(rx: Prescription, section_id: int) -> tuple[PrescriptionLine, ...]:
    """``rx``'s lines other than the one holding the plan's product."""
    return tuple(ln for ln in rx.as_lines() if section_id not in ln.section_ids)


def _first_day_refusal(held: Prescription, current: Prescription, section_id: int,
                       sessions: tuple[int, ...], first_day: tuple[int, ...]) -> str | None:
    """retitration_plan_refusal's rule for the plan's first day."""
    lower = False
    for session, mg in zip(sessions, first_day, strict=True):
        given = min(mg, session_dose(current, section_id, session) or mg)
        had = session_dose(held, section_id, session)
        if had is None or given > had:
            was = (f"the patient was on {had} mg in version {held.version}" if had is not None
                   else f"version {held.version}, the dose before the hold, gave none")
            return ("A re-titration plan after a hold must start lower than the dose before "
                    f"the hold: {given} mg in session {session}, and {was}. Start the plan "
                    "lower.")
        lower = lower or given < had
    if not lower:
        return ("A re-titration plan after a hold must start lower than the dose before the "
                f"hold: its first day gives what version {held.version} gave. Start the plan "
                "lower.")
    return None
