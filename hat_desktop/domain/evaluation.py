"""The evaluation's figures, computed from episodes, reviews, attendance and costs: pure
functions the dashboard and the evaluation report both draw from (one set of numbers).

- Retention: the Kaplan-Meier estimate of the share still in treatment by days since the
  start of the episode; any exit ends an episode (an event), an episode still open at the
  end of the period is censored there.
- Attendance: per patient and calendar month, sessions attended (dosed or withheld: the
  patient came) out of sessions due (attended, missed or on hold).
- Dose: per patient, the mg given per day, averaged over each week's dosed days.
- TOP measures: each patient's start review against their latest completed review after
  it (within the period); the cohort median at start and latest, and the change between.
- Trend: the median days of illicit opioid use and of offending (the four crime items
  added up) at each review stage, by months since treatment started.
- Drug screens, adverse events and partner agencies: the drug-screens, safety and contacts
  services count them (one rule in one place); here they are grouped for the charts.

Patients are named by their pseudonym (the evaluator's extract's), never their clinic number.
"""

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hat_desktop.domain.agency_contacts import ContactCounts
from hat_desktop.domain.costs import CohortCost, PatientCost, money
from hat_desktop.domain.drug_screens import NegativeShare, NegativeShares
from hat_desktop.domain.episodes import Episode, Retention
from hat_desktop.domain.missed_doses import DayAssessment, SessionState
from hat_desktop.domain.outcome_reviews import OutcomeItems, OutcomeReview, ReviewStage
from hat_desktop.domain.safety import SafetyFigures, rate_text
from hat_desktop.domain.times import format_date

AT_RISK_DAYS = (0, 91, 182, 273, 365, 456, 547, 638, 730)  # every 3 months, to 2 years
ATTENDED = frozenset({SessionState.DOSED, SessionState.WITHHELD})
COUNTED = ATTENDED | {SessionState.MISSED, SessionState.ON_HOLD}
CRIME_FIELDS = ("shoplifting_days", "drug_selling_days", "other_theft_days", "violence_days")

# The measures of the report's table and the paired-dots chart: (field, label, better
# when the number goes down). "offending_days" is the four crime items added up.
MEASURES: tuple[tuple[str, str, bool], ...] = (
    ("opioid_days", "Days of street heroin or other illicit opioids", True),
    ("crack_days", "Days of crack", True),
    ("cocaine_days", "Days of cocaine", True),
    ("alcohol_days", "Days of drinking", True),
    ("benzodiazepine_days", "Days of benzodiazepines", True),
    ("injecting_days", "Days of injecting (not at the clinic)", True),
    ("offending_days", "Days of offending (shoplifting, selling drugs, theft, violence)",
     True),
    ("psychological_health", "Psychological health (0-20)", False),
    ("physical_health", "Physical health (0-20)", False),
    ("quality_of_life", "Quality of life (0-20)", False),
    ("work_days", "Days in paid work", False),
)
CHARTED = ("opioid_days", "crack_days", "offending_days", "psychological_health",
           "physical_health", "quality_of_life")

DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("Period", "Episodes open on at least one day of the period; reviews, attendance, doses "
               "and costs dated in it."),
    ("Retention", "Kaplan-Meier estimate of the share of episodes still in treatment by "
                  "days since the start. Any exit ends an episode (including completion by "
                  "transfer to oral treatment); an episode open at the end of the period "
                  "counts up to then (censored). Numbers at risk: episodes still in "
                  "treatment and observed at that day."),
    ("Attendance", "Per patient and calendar month: sessions attended (dosed, or "
                   "withheld after assessment) out of sessions due (attended, missed or on "
                   "hold). Days not due (suspended, no prescription, closures) are left out."),
    ("Dose", "mg of diamorphine given per day, averaged over each week's dosed days."),
    ("TOP measures", "Treatment Outcomes Profile answers for the past 28 days. Start: the "
                     "start review of the episode; latest: the last completed review after "
                     "it, dated in the period. n: patients with both. Start and latest are "
                     "medians; change is latest minus start."),
    ("Use and offending over time", "Medians over every completed review of the period's "
                                    "episodes up to the period's end, grouped by months "
                                    "since the start of treatment (to the nearest 3; the "
                                    "start review is month 0); n: reviews at that stage."),
    ("Drug screens", "Screens taken on days of the period with a result for the "
                     "street-heroin markers (6-MAM, acetylcodeine): the share negative. "
                     "Refused, spoiled or missed screens, and screens where street heroin "
                     "was not tested, are counted apart as not obtained; by month, each week "
                     "counts in the month of its Monday."),
    ("Adverse events", "Events recorded in the period per 1,000 supervised doses given "
                       "(injections) in it, overall and by kind."),
    ("Partner agencies", "Contacts dated in the period, by agency kind and what was done "
                         "(referral, appointment booked, kept or missed, outcome)."),
    ("Patients", "Named by their pseudonym: the keyed hash of the evaluator's extract, the "
                 "same in every extract and report from this register."),
    ("Offending", "Days of shoplifting + days of selling drugs + days of other theft + "
                  "days of violence, from the TOP review (the patient's own report)."),
    ("Drug cost", "Units that left the register for each patient in the period "
                  "(ampoules opened: the dose and the remainder wasted) at the unit price "
                  "of their batch's receipt; batches received without a price are counted "
                  "but not costed."),
    ("Cost per patient-year", "Drug cost / days in treatment since the register's first "
                              "entry x 365 (drug records begin then), plus the staff and "
                              "overhead cost per patient-day x 365; against the clinic's "
                              "budget per patient a year."),
)


# --- retention ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Survival:
    """A Kaplan-Meier curve: the share in treatment after each day an episode ended."""

    steps: tuple[tuple[int, float], ...]  # (day, survival from that day), from (0, 1.0)
    censored: tuple[tuple[int, float], ...]  # (day, survival) of each censored episode
    at_risk: tuple[tuple[int, int], ...]  # (day, episodes at risk) at AT_RISK_DAYS
    episodes: int
    exits: int

    def share_at(self, day: int) -> float:
        share = 1.0
        for step_day, value in self.steps:
            if step_day > day:
                break
            share = value
        return share


def kaplan_meier(durations: Sequence[tuple[int, bool]]) -> Survival:
    """From (days in treatment, ended?) per episode: ended episodes are events on their
    last day; open ones are censored on theirs."""
    steps = [(0, 1.0)]
    censored: list[tuple[int, float]] = []
    share = 1.0
    for day in sorted({d for d, _ in durations}):
        at_risk = sum(1 for d, _ in durations if d >= day)
        ended = sum(1 for d, e in durations if d == day and e)
        if ended and at_risk:
            share *= 1 - ended / at_risk
            steps.append((day, share))
        censored += [(day, share)] * sum(1 for d, e in durations if d == day and not e)
    longest = max((d for d, _ in durations), default=0)
    at_risk_rows = tuple((day, sum(1 for d, _ in durations if d >= day))
                         for day in AT_RISK_DAYS if day <= max(longest, 0))
    return Survival(tuple(steps), tuple(censored), at_risk_rows, len(durations),
                    sum(1 for _, e in durations if e))


def episode_durations(episodes: Iterable[Episode], last: date) -> list[tuple[int, bool]]:
    """(days from the start to the exit or to ``last``, ended by ``last``?) per episode."""
    found = []
    for e in episodes:
        ended = e.exit is not None and e.exit.exit_date <= last
        end = e.exit.exit_date if ended and e.exit is not None else last
        found.append(((end - e.start_date).days, ended))
    return found


# --- attendance and dose ------------------------------------------------------------------
def month_starts(first: date, last: date) -> tuple[date, ...]:
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return tuple(months)


def attendance_and_dose(days: Iterable[DayAssessment], first: date, last: date
                        ) -> tuple[tuple[float | None, ...], tuple[tuple[date, float], ...]]:
    """Per month of the period, the share of due sessions attended (None: none due); and
    (Monday, mean mg given per dosed day that week) for the weeks with a dose. One pass over
    the days, so that a walk that keeps no day (missed_doses.DayByDay) gives both."""
    months = month_starts(first, last)
    due = dict.fromkeys(months, 0)
    came = dict.fromkeys(months, 0)
    weeks: dict[date, list[int]] = {}
    for d in days:
        if not first <= d.day <= last:
            continue
        month = d.day.replace(day=1)
        mg = 0
        for s in d.sessions:
            if s.state in COUNTED:
                due[month] += 1
                came[month] += s.state in ATTENDED
            if s.outcome is not None and s.state is SessionState.DOSED:
                mg += s.outcome.mg
        if mg:
            weeks.setdefault(d.day - timedelta(days=d.day.weekday()), []).append(mg)
    return (tuple(came[m] / due[m] if due[m] else None for m in months),
            tuple((monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())))


# --- TOP measures ---------------------------------------------------------------------------
def measure(items: OutcomeItems, name: str) -> int:
    if name == "offending_days":
        return sum(int(getattr(items, f)) for f in CRIME_FIELDS)
    return int(getattr(items, name))


@dataclass(frozen=True)
class MeasureChange:
    name: str
    label: str
    lower_is_better: bool
    pairs: tuple[tuple[str, int, int], ...]  # (patient label, start, latest)

    @property
    def n(self) -> int:
        return len(self.pairs)

    @property
    def start(self) -> float | None:
        return statistics.median(p[1] for p in self.pairs) if self.pairs else None

    @property
    def latest(self) -> float | None:
        return statistics.median(p[2] for p in self.pairs) if self.pairs else None

    @property
    def change(self) -> float | None:
        if self.start is None or self.latest is None:
            return None
        return self.latest - self.start


def start_and_latest(reviews: Sequence[OutcomeReview], episode: Episode, first: date,
                     last: date) -> tuple[OutcomeItems, OutcomeItems] | None:
    """The episode's completed start review and its latest completed review after it,
    dated in the period (None when either is missing)."""
    mine = [r for r in reviews if r.episode_id == episode.id and r.items is not None]
    start = next((r for r in mine if r.stage is ReviewStage.START), None)
    if start is None or start.items is None:
        return None
    later = [r for r in mine if r.stage is not ReviewStage.START
             and first <= r.review_date <= last and r.review_date > start.review_date]
    if not later:
        return None
    latest = max(later, key=lambda r: (r.review_date, r.id))
    assert latest.items is not None
    return start.items, latest.items


def measure_changes(pairs: Sequence[tuple[str, OutcomeItems, OutcomeItems]]
                    ) -> tuple[MeasureChange, ...]:
    return tuple(
        MeasureChange(name, label, lower,
                      tuple((who, measure(a, name), measure(b, name)) for who, a, b in pairs))
        for name, label, lower in MEASURES)


@dataclass(frozen=True)
class TrendPoint:
    months: int  # months since the start of treatment (0, 3, 6...)
    n: int
    opioid_days: float
    offending_days: float


def review_trend(reviews: Iterable[tuple[Episode, OutcomeReview]], last: date
                 ) -> tuple[TrendPoint, ...]:
    """Median illicit opioid and offending days at each review stage (months since the
    start, to the nearest 3), over completed reviews dated up to ``last``."""
    by_stage: dict[int, list[OutcomeItems]] = {}
    for episode, r in reviews:
        if r.items is None or r.review_date > last:
            continue
        months = 0 if r.stage is ReviewStage.START else \
            max(0, round((r.review_date - episode.start_date).days / 91.3)) * 3
        by_stage.setdefault(months, []).append(r.items)
    return tuple(
        TrendPoint(m, len(found), statistics.median(x.opioid_days for x in found),
                   statistics.median(measure(x, "offending_days") for x in found))
        for m, found in sorted(by_stage.items()))


# --- the whole picture --------------------------------------------------------------------
def monthly_shares(shares: NegativeShares, months: Sequence[date]
                   ) -> tuple[tuple[date, NegativeShare], ...]:
    """The street-heroin share per month of the period, adding up the weeks whose Monday is
    in that month (a week cut by the period's start counts in the first month)."""
    found = {m: NegativeShare() for m in months}
    first = months[0] if months else None
    for week, s in shares.per_week.items():
        month = max(week.replace(day=1), first) if first is not None else week
        if month in found:
            was = found[month]
            found[month] = NegativeShare(was.tested + s.tested, was.negative + s.negative,
                                         was.not_obtained + s.not_obtained)
    return tuple(found.items())


@dataclass(frozen=True)
class PatientSeries:
    label: str  # the pseudonym (the evaluator's extract's), never the clinic number
    attendance: tuple[float | None, ...]  # per month of the period
    dose: tuple[tuple[date, float], ...]  # (week, mg per dosed day)
    cost: PatientCost | None


@dataclass(frozen=True)
class Evaluation:
    clinic: str
    first: date
    last: date
    made_at: datetime
    made_by: str
    demo: bool
    survival: Survival
    retention: tuple[Retention, ...]  # at 26 weeks and 12 months, as of the period's end
    months: tuple[date, ...]
    patients: tuple[PatientSeries, ...]
    measures: tuple[MeasureChange, ...]
    trend: tuple[TrendPoint, ...]
    cost: CohortCost
    staff_cost_per_day_pence: int
    screens: NegativeShare = NegativeShare()  # the whole period
    screen_months: tuple[tuple[date, NegativeShare], ...] = ()
    safety: SafetyFigures | None = None
    contacts: ContactCounts | None = None

    @property
    def is_empty(self) -> bool:
        return not self.survival.episodes

    def measure(self, name: str) -> MeasureChange:
        return next(m for m in self.measures if m.name == name)


# --- the figures in words (the dashboard's summary, the report's text) -------------------
def headline(ev: Evaluation) -> list[str]:
    s = ev.survival
    lines = [f"Treatment episodes in the period: {s.episodes} ({len(ev.patients)} patients); "
             f"{s.exits} ended by {format_date(min(ev.last, ev.made_at.date()))}."]
    lines += [r.text for r in ev.retention]
    lines.append(ev.cost.text)
    return lines


def share_text(s: NegativeShare) -> str:
    """'62 % of 180 screens tested', or that none was tested."""
    if s.share is None:
        return "no screen tested for street heroin"
    return f"{round(s.share * 100)} % of {s.tested:,} screens tested"


def panel_lines(ev: Evaluation) -> list[str]:
    """Drug screens, adverse events and partner-agency contacts in words (the dashboard's
    and the report's)."""
    lines = [f"Screens negative for street heroin: {share_text(ev.screens)}"
             + (f"; {ev.screens.not_obtained:,} not obtained" if ev.screens.not_obtained
                else "") + "."]
    if ev.safety is not None:
        f = ev.safety
        lines.append(f"Adverse events: {f.events:,} in {f.injections:,} injections "
                     f"({rate_text(f.per_thousand)}); overdoses "
                     f"{rate_text(f.overdoses_per_thousand)}.")
    if ev.contacts is not None:
        c = ev.contacts
        lines.append(f"Partner-agency contacts: {c.total:,}, for {c.patients} patient"
                     f"{'' if c.patients == 1 else 's'}.")
    return lines


def cost_lines(ev: Evaluation) -> list[str]:
    c = ev.cost
    staff = (money(ev.staff_cost_per_day_pence) + " per patient-day"
             if ev.staff_cost_per_day_pence else "not set yet: Reports, Evaluation, Costs and "
             "access")
    lines = [f"Patient-days in treatment: {c.patient_days:,}. Drugs: {money(c.drug_pence)}; "
             f"staff and overheads: {money(c.staff_pence)} ({staff}); total "
             f"{money(c.total_pence)}."]
    per_year = c.drug_per_patient_year_pence
    if per_year is not None:
        lines.append(f"Drug cost per patient-year: {money(per_year)}. {c.text}.")
    if c.unpriced_units:
        lines.append(f"{c.unpriced_units:,} units came from batches received without a "
                     "price and are not costed.")
    return lines
