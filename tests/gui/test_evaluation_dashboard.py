"""Reports → Evaluation (issue 18, items 4-6): the dashboard drawn for the demo clinic and
rendered at 1280×720 and 1920×1080 (the PNGs go to /tmp for a person to look at), charts
drawn as they scroll into view, the screens, events and contacts figures read off the
screen against their services, the report saved from it, the costs and access set by a
manager, and who sees the button."""

import sys
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from hat_desktop.domain.evaluation import (
    attendance_and_dose,
    headline,
    panel_lines,
    share_text,
)
from hat_desktop.domain.pseudonyms import pseudonym
from hat_desktop.gui import evaluation_dashboard
from hat_desktop.gui.evaluation_dashboard import EvaluationDashboard
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.page_context import PageContext, QtEvents
from hat_desktop.gui.reports_page import ReportsPage
from hat_desktop.services import (
    agency_contacts,
    attendance,
    auth,
    drug_screens,
    evaluation,
    safety_report,
)
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.demo import DEMO_PASSWORD
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store
from tests.demo_template import DEMO_NOW, DemoTemplate
from tests.gui.patient_screens import click, in_dialog, retype

NOW = DEMO_NOW
SHOTS = Path("/tmp/hat-evaluation-shots")
CHARTS = ["retention", "attendance", "doses", "outcomes", "trend", "costs", "screens",
          "events", "contacts"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory, demo_template: DemoTemplate):
    """A copy of the run's demo clinic (tests/demo_template.py)."""
    return demo_template.copy_to(tmp_path_factory.mktemp("evaluation-demo") / "data")


@pytest.fixture
def demo(demo_dir):
    reg = open_register(demo_dir, clock=ManualClock(NOW))
    yield reg
    reg.close()


def _grab(widget: QWidget, name: str) -> Image.Image:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / name
    assert widget.grab().save(str(path))
    return Image.open(path)


def test_a_manager_opens_the_evaluation_for_the_demo_from_reports(qtbot, demo,
                                                                  monkeypatch, tmp_path):
    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    window = MainWindow(demo, manager)
    qtbot.addWidget(window.view)
    window.view.resize(1280, 720)
    window.show()
    page = window.go_to("Reports")
    assert isinstance(page, ReportsPage)
    assert page.ui.dashboardButton.isVisible()
    target = tmp_path / "evaluation.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    failures: list[BaseException] = []
    seen: dict[str, object] = {}

    def drawn(dialog) -> list[str]:
        return [c.objectName() for c in dialog.ui.chartHost.findChildren(QWidget)
                if c.objectName().startswith("chart_")]

    def look(dialog) -> None:
        ui = dialog.ui
        seen["title"] = dialog.windowTitle()
        seen["summary"] = ui.summaryLabel.text()
        for size in ((1280, 720), (1920, 1080)):
            dialog.resize(*size)
            qtbot.wait(50)
            seen.setdefault("at open", drawn(dialog))  # only what shows is drawn
            image = _grab(dialog, f"dashboard-{size[0]}x{size[1]}.png")
            assert image.size == size
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is not None and len(colours) > 200  # charts, not a blank page
            chart = ui.chartHost.findChild(QWidget, "chart_retention")
            assert chart.width() > 400 and chart.height() >= 390
        bar = ui.chartArea.verticalScrollBar()
        while bar.value() < bar.maximum():  # down the charts as a reader scrolls
            bar.setValue(bar.value() + bar.pageStep())
            qtbot.wait(10)
        _grab(dialog, "dashboard-1920x1080-scrolled.png")
        seen["charts"] = sorted(drawn(dialog))
        seen["names"] = {c.objectName(): c.accessibleName() for c in
                         ui.chartHost.findChildren(QWidget) if c.objectName() in
                         ("chart_screens", "chart_events", "chart_contacts")}
        click(qtbot, ui.saveButton)
        seen["saved"] = ui.resultLabel.text()

    in_dialog(look, failures)
    click(qtbot, page.ui.dashboardButton)
    assert not failures, failures
    assert seen["title"] == "Evaluation — Riverside HAT Clinic (DEMO)"
    assert 0 < len(seen["at open"]) < len(CHARTS)  # type: ignore[arg-type]
    assert seen["charts"] == sorted(f"chart_{key}" for key in CHARTS)
    assert seen["names"] == {"chart_screens": "Drug screens negative for street heroin",
                             "chart_events": "Adverse events per 1,000 injections",
                             "chart_contacts": "Partner-agency contacts"}
    period = evaluation.default_period(demo)
    found = evaluation.evaluation(demo, manager, *period)
    assert seen["summary"] == "  ·  ".join(headline(found) + panel_lines(found))
    assert "Retention at 182 days:" in str(seen["summary"])
    # the panels' figures on the screen are their services' figures
    shares = drug_screens.street_heroin_negative_share(demo, manager, *period).overall
    safety = safety_report.figures_between(demo, manager, *period)
    contacts = agency_contacts.contacts_by_kind(demo, manager, *period)
    assert shares.tested > 0 and safety.events >= 1 and contacts.total > 0
    assert (f"Screens negative for street heroin: {share_text(shares)}"
            in str(seen["summary"]))
    assert (f"Adverse events: {safety.events:,} in {safety.injections:,} injections"
            in str(seen["summary"]))
    assert (f"Partner-agency contacts: {contacts.total:,}, for {contacts.patients} patients"
            in str(seen["summary"]))
    assert "Cost per patient-year: £" in str(seen["summary"])
    assert seen["saved"] == f"Saved the evaluation report to {target}"
    assert target.read_bytes().startswith(b"%PDF")


def test_the_demo_tells_a_story(demo):
    """Two years: exits of every kind the issue names, use and offending falling, costs
    near the budget."""
    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    ev = evaluation.evaluation(demo, manager, *evaluation.default_period(demo))
    assert ev.survival.episodes >= 15 and ev.survival.exits >= 4
    opioid, offending = ev.measure("opioid_days"), ev.measure("offending_days")
    assert opioid.n >= 10 and opioid.change is not None and opioid.change < -10
    assert offending.change is not None and offending.change < -5
    assert ev.trend[0].months == 0 and ev.trend[-1].opioid_days < ev.trend[0].opioid_days
    per_year = ev.cost.per_patient_year_pence
    assert per_year is not None and 600_000 < per_year < 1_800_000
    assert ev.cost.unpriced_units == 0
    # the charts name patients by their pseudonym (the extract's), never the clinic number
    secret = outcomes_store.pseudonym_secret(demo.db)
    names = {pseudonym(secret, p.clinic_number) for p in patients_store.all_patients(demo.db)}
    labels = {p.label for p in ev.patients} | {who for m in ev.measures for who, _, _ in m.pairs}
    assert len(labels) == 15 and labels <= names
    # Each patient's attendance and doses are those of the missed-dose engine asked about
    # that patient alone (the evaluation reads every patient's doses in one query).
    first, end = ev.first, min(ev.last, demo.today())
    ids = {pseudonym(secret, p.clinic_number): p.id for p in patients_store.all_patients(demo.db)}
    dosed = 0
    for series in ev.patients:
        days = attendance.assess_full(demo, [ids[series.label]], end)[ids[series.label]].days
        own, doses = attendance_and_dose(days, first, end)
        assert series.attendance[:len(own)] == own and series.dose == doses
        dosed += len(series.dose)
    assert dosed > 15


def test_costs_and_access_are_set_by_a_manager_and_open_it_to_inspectors(qtbot, demo):
    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    inspector = auth.login(demo, "demo-inspector", DEMO_PASSWORD)
    nurse = auth.login(demo, "demo-nurse", DEMO_PASSWORD)
    for user, shown in ((inspector, False), (nurse, False)):
        page = ReportsPage(PageContext(demo, user, QtEvents(demo)))
        qtbot.addWidget(page.view)
        page.view.show()
        assert page.ui.dashboardButton.isVisible() is shown
    dashboard = EvaluationDashboard(demo, manager)
    qtbot.addWidget(dashboard.view)
    dashboard.view.show()
    failures: list[BaseException] = []
    errors: list[str] = []

    def change(dialog) -> None:
        ui = dialog.ui
        assert ui.staffCostEdit.text() == "18.50" and ui.budgetEdit.text() == "12000"
        retype(qtbot, ui.budgetEdit, "twelve grand")
        click(qtbot, ui.confirmButton)
        errors.append(ui.errorLabel.text())
        retype(qtbot, ui.budgetEdit, "11,500")
        click(qtbot, ui.inspectorsCheck)
        click(qtbot, ui.confirmButton)

    in_dialog(change, failures)
    click(qtbot, dashboard.ui.settingsButton)
    assert not failures, failures
    assert errors == ["The budget per patient a year is an amount in pounds, e.g. 12.50 (at "
                      "most two decimal places)."]
    assert demo.settings.budget_per_patient_year_pence == 1_150_000
    assert "of the budget of £11,500" in dashboard.ui.summaryLabel.text()
    qtbot.wait(10)  # drawn again: the charts in view only
    assert 0 < len(dashboard.canvases) < len(CHARTS)
    page = ReportsPage(PageContext(demo, inspector, QtEvents(demo)))
    qtbot.addWidget(page.view)
    page.view.show()
    assert page.ui.dashboardButton.isVisible() and not page.ui.extractButton.isVisible()
    reader = EvaluationDashboard(demo, inspector)
    qtbot.addWidget(reader.view)
    assert not reader.ui.settingsButton.isVisibleTo(reader.view)
    assert list(reader.slots) == CHARTS and reader.canvases == {}  # nothing drawn unseen



def test_the_reports_page_has_matplotlib_imported_in_the_background_for_a_reader(
        qtbot, demo, monkeypatch):
    """The first dashboard of a session does not wait for matplotlib: it is imported in a
    thread when a user who may read the evaluation first opens Reports (never for one who
    may not, never twice)."""
    started = threading.Event()
    monkeypatch.setattr(evaluation_dashboard, "_importing", None)
    monkeypatch.delitem(sys.modules, "matplotlib.figure", raising=False)  # as at start-up
    monkeypatch.setattr(evaluation_dashboard, "_import_charts", started.set)
    pages = []
    for who in ("demo-nurse", "demo-manager", "demo-prescriber"):
        page = ReportsPage(PageContext(demo, auth.login(demo, who, DEMO_PASSWORD),
                                       QtEvents(demo)))
        qtbot.addWidget(page.view)
        page.view.show()
        page.activate()
        pages.append(page)
        if who == "demo-nurse":
            assert not page.ui.dashboardButton.isVisible()
            assert evaluation_dashboard._importing is None and not started.is_set()
        if who == "demo-manager":
            thread = evaluation_dashboard._importing
            assert thread is not None and thread.name == "import-matplotlib" and thread.daemon
            assert started.wait(5)
    assert evaluation_dashboard._importing is thread  # the prescriber's page: not again
    assert evaluation_dashboard.prepare_charts() is None


def test_a_chart_made_while_matplotlib_is_imported_in_the_background_waits_for_it(demo):
    """Never two threads importing matplotlib side by side: a chart made (here by a report
    writer's thread) while the background import holds the lock is made after it."""
    from hat_desktop.reports import evaluation_charts

    manager = auth.login(demo, "demo-manager", DEMO_PASSWORD)
    ev = evaluation.evaluation(demo, manager, *evaluation.default_period(demo))
    made: list[str] = []
    writer = threading.Thread(target=lambda: made.append(evaluation.chart(ev, "retention")[0]))
    with evaluation_charts._IMPORTING:  # as the background import holds it
        writer.start()
        writer.join(0.5)
        assert writer.is_alive() and made == []  # waiting for the import
    writer.join(10)
    assert made == ["Retention"]


def test_quitting_waits_for_the_background_import(qtbot, monkeypatch):
    """The app does not quit in the middle of the background import (matplotlib's font
    cache lock would be left behind): prepare_charts has the application's aboutToQuit wait
    for the thread to finish."""
    app = QApplication.instance()
    quitting = SIGNAL("aboutToQuit()")
    before = app.receivers(quitting)
    release = threading.Event()
    finished = threading.Event()

    def slow_import() -> None:
        release.wait(5)
        finished.set()

    monkeypatch.setattr(evaluation_dashboard, "_importing", None)
    monkeypatch.delitem(sys.modules, "matplotlib.figure", raising=False)
    monkeypatch.setattr(evaluation_dashboard, "_import_charts", slow_import)
    thread = evaluation_dashboard.prepare_charts()
    try:
        assert thread is not None and thread.is_alive()
        assert app.receivers(quitting) == before + 1  # finish_import, run at quit
        threading.Timer(0.3, release.set).start()
        evaluation_dashboard.finish_import()
        assert finished.is_set() and not thread.is_alive()
    finally:
        app.aboutToQuit.disconnect(evaluation_dashboard.finish_import)
