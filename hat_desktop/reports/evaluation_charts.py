"""The evaluation's charts as matplotlib figures: the dashboard embeds them in Qt (the
QtAgg canvas), the report draws the same figures into the PDF as vector graphics.

matplotlib is imported only when a chart is made (never at start-up: it takes a
noticeable fraction of a second), or ahead of that by import_matplotlib in a thread of its
own (the dashboard's, while the user is still on the Reports page). Figures are made with
matplotlib.figure.Figure, not pyplot: no global state, nothing left open.
"""

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from hat_desktop.domain.agency_contacts import AgencyKind, ContactAction
from hat_desktop.domain.costs import money
from hat_desktop.domain.evaluation import (
    CHARTED,
    Evaluation,
    PatientSeries,
    month_starts,
    share_text,
)
from hat_desktop.domain.safety import rate_text
from hat_desktop.palette import CHART_COLOURS, HEATMAP_EMPTY, HEATMAP_RAMP

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (7.2, 3.9)  # inches: two side by side on a 1920-pixel screen, one per half page
FONT_SIZE = 8
_IMPORTING = threading.Lock()


def import_matplotlib() -> None:
    """Import the modules the charts use, from whichever thread asks first: a thread that
    asks meanwhile waits for that import to finish rather than import the same package
    alongside it (two threads importing a package's modules in different orders can
    deadlock). Every chart is made after it."""
    with _IMPORTING:
        import matplotlib.backends.backend_agg  # noqa: F401 - the canvases' and PDF's base
        import matplotlib.colors  # noqa: F401
        import matplotlib.figure  # noqa: F401
        import numpy  # noqa: F401


def _figure(title: str, size: tuple[float, float] = SIZE, *, left: float = 0.75,
            right: float = 0.25, top: float = 0.55, bottom: float = 0.75,
            wspace: float = 0.2) -> "Figure":
    """A figure with its title and fixed margins (inches, as fractions of ``size``): a
    layout engine measuring every label took half the time of drawing the dashboard."""
    import_matplotlib()
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams.update({"font.size": FONT_SIZE, "axes.spines.top": False,
                                "axes.spines.right": False})
    width, height = size
    fig = Figure(figsize=size)
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                        bottom=bottom / height, wspace=wspace)
    fig.suptitle(title, fontsize=FONT_SIZE + 2, fontweight="bold", x=0.01, y=0.98,
                 horizontalalignment="left", verticalalignment="top")
    return fig


def _costed(ev: Evaluation) -> list[PatientSeries]:
    return [p for p in ev.patients if p.cost is not None and p.cost.days]


def figure_size(ev: Evaluation, key: str) -> tuple[float, float]:
    """The chart's size in inches (taller for a row per patient): the dashboard keeps a
    place of that height before it draws the chart."""
    if key == "attendance":
        return SIZE[0], max(SIZE[1], 1.2 + 0.22 * max(len(ev.patients), 1))
    if key == "costs":
        return SIZE[0], max(SIZE[1], 1.4 + 0.22 * len(_costed(ev)))
    if key == "outcomes":
        return SIZE[0], SIZE[1] + 0.6
    return SIZE


def _empty(ax: "Axes", text: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color="#546e7a",
            transform=ax.transAxes)


# --- the charts ------------------------------------------------------------------------------
def retention(ev: Evaluation) -> "Figure":
    fig = _figure("Retention: share of episodes still in treatment", bottom=0.85)
    ax = fig.add_subplot()
    s = ev.survival
    if not s.episodes:
        _empty(ax, "No treatment episode in the period.")
        return fig
    days = [d for d, _ in s.steps]
    shares = [100 * v for _, v in s.steps]
    end = max([d for d, _ in s.at_risk] + days + [d for d, _ in s.censored] + [1])
    ax.step(days + [end], shares + [shares[-1]], where="post", color=CHART_COLOURS["line"],
            linewidth=1.8, label="Kaplan-Meier estimate")
    if s.censored:
        ax.plot([d for d, _ in s.censored], [100 * v for _, v in s.censored], "|",
                color=CHART_COLOURS["line"], markersize=8, label="Still in treatment "
                "(censored)")
    ax.set_ylim(0, 105)
    ax.set_xlim(0, end)
    ax.set_ylabel("% in treatment")
    ticks = [d for d, _ in s.at_risk]
    ax.set_xticks(ticks, [f"{round(d / 30.44)} m\n{n} at risk" for d, n in s.at_risk])
    ax.set_xlabel("Months since the start of treatment, and episodes at risk")
    ax.legend(loc="lower left", frameon=False)
    ax.grid(axis="y", color="#e0e0e0")
    return fig


def attendance(ev: Evaluation) -> "Figure":
    fig = _figure("Attendance: % of due sessions attended, per patient and month",
                  figure_size(ev, "attendance"), left=1.5, right=0.1,
                  bottom=0.45)
    ax = fig.add_subplot()
    if not ev.patients:
        _empty(ax, "No patient in treatment in the period.")
        return fig
    import numpy
    from matplotlib.colors import LinearSegmentedColormap

    values = numpy.ma.masked_invalid(numpy.array(
        [[100 * v if v is not None else numpy.nan for v in p.attendance]
         for p in ev.patients], dtype=float))
    cmap = LinearSegmentedColormap.from_list("attendance", HEATMAP_RAMP).with_extremes(
        bad=HEATMAP_EMPTY)
    # One vector cell per patient and month (pcolormesh), not a bitmap (imshow).
    image = ax.pcolormesh(values, cmap=cmap, vmin=0, vmax=100, edgecolors="white",
                          linewidth=0.5)
    ax.invert_yaxis()
    ax.set_yticks([n + 0.5 for n in range(len(ev.patients))],
                  [p.label for p in ev.patients])
    step = max(1, -(-len(ev.months) // 8))  # at most 8 month labels
    ax.set_xticks([n + 0.5 for n in range(0, len(ev.months), step)],
                  [m.strftime("%b %y") for m in ev.months[::step]])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.colorbar(image, ax=ax, label="% attended", shrink=0.8)
    return fig


def doses(ev: Evaluation) -> "Figure":
    fig = _figure("Dose: mg of diamorphine per day, weekly average per patient",
                  right=1.1, bottom=0.45)
    ax = fig.add_subplot()
    drawn = [p for p in ev.patients if p.dose]
    if not drawn:
        _empty(ax, "No dose given in the period.")
        return fig
    for p in drawn:
        xs: list[float] = []
        ys: list[float] = []
        for n, (week, mg) in enumerate(p.dose):
            if n and (week - p.dose[n - 1][0]).days > 7:  # weeks without a dose: no line
                xs.append(float("nan"))
                ys.append(float("nan"))
            xs.append(_day_number(week))
            ys.append(mg)
        ax.plot(xs, ys, linewidth=1, label=p.label)
    ax.set_ylabel("mg per day")
    ax.set_ylim(bottom=0)
    _date_axis(ax, ev.first, ev.last)
    if len(drawn) <= 20:
        ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False,
                  fontsize=FONT_SIZE - 2)
    ax.grid(axis="y", color="#e0e0e0")
    return fig


def outcomes(ev: Evaluation) -> "Figure":
    fig = _figure("TOP: start and latest review per patient (red: cohort median)",
                  figure_size(ev, "outcomes"), left=0.45, right=0.1, top=0.95, bottom=0.75,
                  wspace=0.55)
    measures = [ev.measure(name) for name in CHARTED]
    axes = fig.subplots(1, len(measures))
    for ax, m in zip(axes, measures, strict=True):
        ax.set_title(_short(m.label), fontsize=FONT_SIZE)
        ax.set_xticks([0, 1], ["Start", "Latest"])
        ax.set_xlim(-0.4, 1.4)
        top = 20 if m.name in ("psychological_health", "physical_health",
                               "quality_of_life") else 28
        ax.set_ylim(-1, top + 1 if m.name != "offending_days" else
                    max([top] + [max(a, b) for _, a, b in m.pairs]) + 1)
        for _, start, latest in m.pairs:
            ax.plot([0, 1], [start, latest], "-o", color=CHART_COLOURS["pair"],
                    markersize=3, linewidth=0.7, alpha=0.8)
        if m.start is not None and m.latest is not None:
            ax.plot([0, 1], [m.start, m.latest], "-D", color=CHART_COLOURS["median"],
                    markersize=5, linewidth=2)
        ax.text(0.5, -0.16, f"n = {m.n}", ha="center", transform=ax.transAxes)
    return fig


def _short(label: str) -> str:
    return {"Days of street heroin or other illicit opioids": "Illicit opioid\ndays",
            "Days of crack": "Crack\ndays",
            "Days of offending (shoplifting, selling drugs, theft, violence)":
            "Offending\ndays",
            "Psychological health (0-20)": "Psychological\nhealth (0-20)",
            "Physical health (0-20)": "Physical\nhealth (0-20)",
            "Quality of life (0-20)": "Quality of\nlife (0-20)"}.get(label, label)


def trend(ev: Evaluation) -> "Figure":
    fig = _figure("Illicit opioid use and offending by months in treatment (medians)",
                  bottom=0.85)
    ax = fig.add_subplot()
    if not ev.trend:
        _empty(ax, "No completed outcome review.")
        return fig
    months = [t.months for t in ev.trend]
    ax.plot(months, [t.opioid_days for t in ev.trend], "-o", color=CHART_COLOURS["opioid"],
            label="Days of illicit opioid use (of 28)")
    ax.plot(months, [t.offending_days for t in ev.trend], "-s",
            color=CHART_COLOURS["offending"], label="Days of offending (of 28, four items "
            "added)")
    ax.set_xticks(months, [f"{m}\nn={t.n}" for m, t in zip(months, ev.trend, strict=True)])
    ax.set_xlabel("Months since the start of treatment (start review = 0), and reviews")
    ax.set_ylabel("Days in the past 28")
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False)
    ax.grid(axis="y", color="#e0e0e0")
    return fig


def costs(ev: Evaluation) -> "Figure":
    rows = _costed(ev)
    fig = _figure("Cost per patient-year in treatment against the budget",
                  figure_size(ev, "costs"), left=1.5,
                  bottom=0.55, top=0.7)
    ax = fig.add_subplot()
    if not rows:
        _empty(ax, "No patient in treatment in the period.")
        return fig
    labels = [p.label for p in rows]
    drug = [float(p.cost.drug_per_year_pence or 0) / 100 for p in rows if p.cost]
    staff = [float(p.cost.staff_per_year_pence or 0) / 100 for p in rows if p.cost]
    ax.barh(labels, drug, color=CHART_COLOURS["drug"], label="Drugs")
    ax.barh(labels, staff, left=drug, color=CHART_COLOURS["staff"],
            label="Staff and overheads")
    budget = ev.cost.budget_pence / 100
    ax.axvline(budget, color=CHART_COLOURS["budget"], linestyle="--", linewidth=1.5,
               label=f"Budget {money(ev.cost.budget_pence)}")
    ax.invert_yaxis()
    ax.set_xlabel("£ per patient-year")
    ax.xaxis.set_major_formatter(lambda x, _pos: f"£{x:,.0f}")
    ax.legend(loc="lower right", frameon=True, fontsize=FONT_SIZE - 1)
    if not ev.staff_cost_per_day_pence:
        ax.set_title("Staff and overhead cost per patient-day not set: drugs only",
                     fontsize=FONT_SIZE, color="#8d4b00")
    return fig


def screens(ev: Evaluation) -> "Figure":
    fig = _figure("Drug screens negative for street heroin, by month", bottom=0.6)
    ax = fig.add_subplot()
    months = [(m, s) for m, s in ev.screen_months if s.tested or s.not_obtained]
    if not months:
        _empty(ax, "No drug screen in the period.")
        return fig
    xs = list(range(len(ev.screen_months)))
    shares = [100 * s.share if s.share is not None else 0.0 for _, s in ev.screen_months]
    ax.bar(xs, shares, color=CHART_COLOURS["negative"], width=0.8,
           label="% of screens tested negative")
    for x, (_, s) in zip(xs, ev.screen_months, strict=True):
        if s.tested:
            ax.text(x, 101, str(s.tested), ha="center", va="bottom",
                    fontsize=FONT_SIZE - 2, color="#546e7a")
    ax.axhline(50, color=CHART_COLOURS["budget"], linestyle="--", linewidth=1,
               label="50 % (RIOTT's measure of response)")
    ax.set_ylim(0, 135)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.set_ylabel("% negative (number tested above)")
    step = max(1, -(-len(xs) // 8))
    ax.set_xticks(xs[::step], [m.strftime("%b %y") for m, _ in ev.screen_months[::step]])
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.set_title(f"Whole period: {share_text(ev.screens)}", fontsize=FONT_SIZE, loc="left")
    ax.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE - 1, ncols=2)
    ax.set_axisbelow(True)
    ax.grid(axis="y", color="#e0e0e0")
    return fig


def events(ev: Evaluation) -> "Figure":
    fig = _figure("Adverse events per 1,000 injections, by kind", left=2.3, bottom=0.6)
    ax = fig.add_subplot()
    f = ev.safety
    if f is None or not f.injections:
        _empty(ax, "No injection given in the period.")
        return fig
    kinds = [(k.label, n) for k, n in f.by_kind]
    rates = [n * 1000 / f.injections for _, n in kinds]
    ax.barh([label for label, _ in kinds], rates, color=CHART_COLOURS["events"])
    for y, ((_, n), rate) in enumerate(zip(kinds, rates, strict=True)):
        ax.text(rate, y, f"  {n}", va="center", fontsize=FONT_SIZE - 1)
    ax.invert_yaxis()
    ax.set_xlim(0, max(rates + [1.0]) * 1.2)
    ax.set_xlabel("Events per 1,000 injections (number of events at each bar)")
    ax.set_axisbelow(True)
    ax.set_title(f"All events: {f.events:,} in {f.injections:,} injections, "
                 f"{rate_text(f.per_thousand)}", fontsize=FONT_SIZE, loc="left")
    ax.grid(axis="x", color="#e0e0e0")
    return fig


def contacts(ev: Evaluation) -> "Figure":
    fig = _figure("Partner-agency contacts by kind and what was done", left=2.3,
                  right=1.45, bottom=0.6)
    ax = fig.add_subplot()
    c = ev.contacts
    if c is None or not c.total:
        _empty(ax, "No partner-agency contact in the period.")
        return fig
    kinds = list(AgencyKind)
    labels = [k.label.replace(" (testing and treatment)", "") for k in kinds]
    left = [0] * len(kinds)
    for action in ContactAction:
        counts = [c.by_kind_and_action.get((k, action), 0) for k in kinds]
        ax.barh(labels, counts, left=left, color=CHART_COLOURS[f"contact_{action.value}"],
                label=action.label)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for y, total in enumerate(left):
        ax.text(total, y, f"  {total}", va="center", fontsize=FONT_SIZE - 1)
    ax.invert_yaxis()
    ax.set_xlim(0, max(left) * 1.15)
    ax.set_xlabel("Contacts")
    ax.set_axisbelow(True)
    ax.set_title(f"{c.total:,} contacts for {c.patients} patient"
                 f"{'' if c.patients == 1 else 's'}", fontsize=FONT_SIZE, loc="left")
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False,
              fontsize=FONT_SIZE - 1)
    ax.grid(axis="x", color="#e0e0e0")
    return fig


def _day_number(day: date) -> float:
    """A day as matplotlib's date axis counts it (days since 1970-01-01)."""
    return float(day.toordinal() - date(1970, 1, 1).toordinal())


def _date_axis(ax: "Axes", first: date, last: date) -> None:
    """Month ticks across the period (every so many months, at most 12 labels)."""
    ax.set_xlim(_day_number(first), _day_number(last))
    months = month_starts(first, last)
    step = max(1, -(-len(months) // 8))
    shown = [m for m in months[::step] if m >= first] or [first]
    ax.set_xticks([_day_number(m) for m in shown], [m.strftime("%b %y") for m in shown])


TitledChart = tuple[str, "Figure"]  # (title, figure)


def make(ev: Evaluation, key: str) -> TitledChart:
    """The chart ``key`` (its title and figure)."""
    title, maker = next((t, m) for k, t, m in CHARTS if k == key)
    return title, maker(ev)


# The charts in the order the dashboard and the report show them: (key, title, maker).
CHARTS: tuple[tuple[str, str, Callable[[Evaluation], "Figure"]], ...] = (
    ("retention", "Retention", retention),
    ("attendance", "Attendance", attendance),
    ("doses", "Dose over time", doses),
    ("outcomes", "Outcomes at start and latest review", outcomes),
    ("trend", "Illicit opioid use and offending over time", trend),
    ("costs", "Cost per patient against the budget", costs),
    ("screens", "Drug screens negative for street heroin", screens),
    ("events", "Adverse events per 1,000 injections", events),
    ("contacts", "Partner-agency contacts", contacts),
)


def figures_pdf(figures: list["Figure"]) -> bytes:
    """The figures as one PDF of vector graphics, a page each (text kept as text). Its
    pages share one set of resources (every figure's markers): the report asks for a
    file per chart, so that placing a chart copies its own resources only."""
    import io

    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    # Helvetica's metrics say "medium", not "normal": the same face; say nothing of it.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    out = io.BytesIO()
    # The PDF's 14 standard fonts (Helvetica): nothing to subset and embed, which took
    # most of the time of writing the report; the charts' text is plain ASCII and £.
    with matplotlib.rc_context({"pdf.use14corefonts": True}), PdfPages(
            out, metadata={"Creator": "HAT Desktop", "Producer": None,
                           "CreationDate": None}) as pages:
        for fig in figures:
            pages.savefig(fig, transparent=True)
    return out.getvalue()
