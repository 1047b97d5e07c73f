"""The evaluation over a period: retention, attendance, doses, TOP outcomes, costs, drug
screens, adverse events and partner-agency contacts, read in one call for the dashboard
(Reports → Evaluation) and the evaluation report (PDF). Patients are named by their
pseudonym (the evaluator's extract's), never by their clinic number.

Managers and prescribers read it; inspectors too when the clinic allows it (a setting).
"""

import logging
from datetime import date, timedelta
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.costs import (
    DrugUse,
    PatientCost,
    batch_prices,
    cohort_cost,
    days_in_treatment,
    parse_price,
    patient_costs,
)
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.episodes import Episode, retention
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.evaluation import (
    Evaluation,
    PatientSeries,
    attendance_and_dose,
    episode_durations,
    kaplan_meier,
    measure_changes,
    month_starts,
    monthly_shares,
    review_trend,
    start_and_latest,
)
from hat_desktop.domain.evaluation_extract import in_period
from hat_desktop.domain.roles import ACTION_WORDS, Action, Role, allowed
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.domain.times import clinic_day, day_bounds
from hat_desktop.reports import evaluation_charts, evaluation_pdf
from hat_desktop.reports.evaluation_charts import TitledChart
from hat_desktop.services import (
    agency_contacts,
    attendance,
    drug_screens,
    report_catalogue,
    safety_report,
    settings,
)
from hat_desktop.services.evaluation_extract import pseudonyms
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.services.report_catalogue import ReportSpec
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store
from hat_desktop.store import register as register_store

log = logging.getLogger(__name__)

MAX_DAYS = 3 * 366 + 1  # up to three years in one view


def may_view(reg: OpenRegister, actor: User) -> bool:
    """Whether ``actor`` may read the evaluation: managers and prescribers; inspectors when
    the clinic allows it (Admin: the evaluation's settings)."""
    return allowed(actor.role, Action.VIEW_EVALUATION) or (
        actor.role is Role.INSPECTOR and reg.settings.evaluation_for_inspectors)


def require_view(reg: OpenRegister, actor: User) -> User:
    """The acting user, re-read, if they may read the evaluation; else the refusal."""
    current = require(reg, actor, Action.VIEW_REGISTER)
    if not may_view(reg, current):
        raise PermissionDenied(f"Your role ({current.role.value}) may not "
                               f"{ACTION_WORDS[Action.VIEW_EVALUATION]}.")
    return current


def check_period(first: date, last: date) -> DateRange:
    return DateRange.checked(first, last, max_days=MAX_DAYS, what="The evaluation")


def evaluation(reg: OpenRegister, actor: User, first: date, last: date) -> Evaluation:
    """Every figure of the dashboard and the report for the period."""
    current = require_view(reg, actor)
    span = check_period(first, last)
    today = reg.today()
    end = min(span.last, today)
    people = {p.id: p for p in patients_store.all_patients(reg.db)}
    episodes = {pid: [e for e in found if in_period(e, span)]
                for pid, found in outcomes_store.episodes(reg.db).items()}
    names = pseudonyms(reg, people.values())
    chosen = sorted((pid for pid, found in episodes.items() if found and pid in people),
                    key=lambda pid: names[pid])
    all_reviews = outcomes_store.reviews(reg.db, chosen) if chosen else {}
    # each patient's days walked once, none kept: the figures need only the monthly and
    # weekly sums (the whole days of two years for 20 patients cost time to build and keep)
    walks = attendance.day_walks(reg, chosen, end, streamed=False) if chosen else {}
    mine = [e for pid in chosen for e in episodes[pid]]
    pairs = []
    for pid in chosen:
        for e in episodes[pid]:
            found = start_and_latest(all_reviews.get(pid, []), e, span.first, span.last)
            if found is not None:
                pairs.append((names[pid], *found))
    by_id = {e.id: e for found in episodes.values() for e in found}
    trend = review_trend(((by_id[r.episode_id], r) for pid in chosen
                          for r in all_reviews.get(pid, []) if r.episode_id in by_id), end)
    costs = _costs(reg, chosen, episodes, span, today)
    months = month_starts(span.first, span.last)
    unseen = (None,) * (len(months) - len(month_starts(span.first, end)))  # after today
    series = []
    for pid in chosen:
        shares, doses = attendance_and_dose(walks[pid], span.first, end)
        series.append(PatientSeries(names[pid], shares + unseen, doses, costs.get(pid)))
    s = reg.settings
    screens = drug_screens.street_heroin_negative_share(reg, current, span.first, span.last)
    return Evaluation(
        s.clinic_name, span.first, span.last, reg.now(), current.display, reg.demo,
        kaplan_meier(episode_durations(mine, end)),
        (retention(mine, 182, end), retention(mine, 365, end)), months, tuple(series),
        measure_changes(pairs), trend,
        cohort_cost(costs.values(), s.budget_per_patient_year_pence),
        s.staff_cost_per_day_pence, screens.overall, monthly_shares(screens, months),
        safety_report.figures_between(reg, current, span.first, span.last),
        agency_contacts.contacts_by_kind(reg, current, span.first, span.last))


def _costs(reg: OpenRegister, chosen: list[int], episodes: dict[int, list[Episode]],
           span: DateRange, today: date) -> dict[int, PatientCost]:
    start, stop = day_bounds(span.first, reg.tz)[0], day_bounds(span.last, reg.tz)[1]
    wanted = set(chosen)
    uses = [DrugUse(*row) for row in register_store.units_out_per_patient(reg.db, start, stop)
            if row[0] in wanted]
    began = register_store.first_entry_at(reg.db)
    covered = max(span.first, clinic_day(began, reg.tz)) if began else span.last
    days = {}
    for pid in chosen:
        spans = [(e.start_date, e.exit.exit_date if e.exit else None) for e in episodes[pid]]
        days[pid] = (days_in_treatment(spans, span.first, span.last, today),
                     days_in_treatment(spans, covered, span.last, today) if began else 0)
    prices = batch_prices(register_store.priced_receipts(reg.db))
    return patient_costs(days, uses, prices, reg.settings.staff_cost_per_day_pence)


# The charts in the order the dashboard and the report show them: (key, title).
CHART_TITLES: tuple[tuple[str, str], ...] = tuple(
    (key, title) for key, title, _make in evaluation_charts.CHARTS)


def chart_height(ev: Evaluation, key: str) -> float:
    """The chart's height in inches, before it is made."""
    return evaluation_charts.figure_size(ev, key)[1]


def import_charts() -> None:
    """Import matplotlib for the charts ahead of the first, in the calling thread (another
    thread making a chart meanwhile waits for it)."""
    evaluation_charts.import_matplotlib()


def chart(ev: Evaluation, key: str) -> TitledChart:
    """One of the dashboard's charts (its title and matplotlib figure), the report's own."""
    return evaluation_charts.make(ev, key)


# --- the report ---------------------------------------------------------------------------
def _render(reg: OpenRegister, actor: User, first: date, last: date) -> tuple[bytes, int]:
    found = evaluation(reg, actor, first, last)
    return evaluation_pdf.to_pdf(found, reg.tz), len(found.patients)


EVALUATION_PDF = ReportSpec(
    "evaluation-pdf", "Evaluation report (PDF)",
    "Retention, attendance, doses, the Treatment Outcomes Profile at start and latest "
    "review, the cost per patient against the budget, drug screens, adverse events and "
    "partner-agency contacts: charts, a table per measure and the definitions.", "pdf",
    "evaluation", _render, MAX_DAYS)


def save_report(reg: OpenRegister, actor: User, first: date, last: date, output: Path
                ) -> tuple[Path, int]:
    """The evaluation report where the user chose (never over a file); audited."""
    require_view(reg, actor)
    return report_catalogue.save(reg, actor, EVALUATION_PDF, first, last, output)


def change_settings(reg: OpenRegister, actor: User, staff_cost_per_day: str,
                    budget_per_year: str, inspectors_may_read: bool) -> ClinicSettings:
    """A manager sets the staff and overhead cost per patient-day and the budget per
    patient a year (typed in pounds), and whether inspectors may read the evaluation."""
    require(reg, actor, Action.CHANGE_SETTINGS)
    staff = parse_price(staff_cost_per_day, "staff and overhead cost per patient-day")
    budget = parse_price(budget_per_year, "budget per patient a year")
    if budget is None:
        raise InvalidInput("Enter the budget per patient a year, e.g. 12000.")
    return settings.change(reg, actor, staff_cost_per_day_pence=staff or 0,
                           budget_per_patient_year_pence=budget,
                           evaluation_for_inspectors=bool(inspectors_may_read))


def default_period(reg: OpenRegister) -> tuple[date, date]:
    """The last two years up to today."""
    today = reg.today()
    return today - timedelta(days=730), today
