"""Treatment episodes and outcome reviews as staff use them (issue 18, items 1 and 2): the
patient page's Treatment tab (start an episode, a start review typed in, a refused answer,
the exit), a 3-month review due on the Today board until it is recorded, and the read-only
view of a role that may not record."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.episodes import EpisodeStart, ReferralSource
from hat_desktop.domain.errors import Refused
from hat_desktop.domain.outcome_reviews import ReviewInput, ReviewStage, add_months
from hat_desktop.domain.patients import PatientStatus
from hat_desktop.domain.roles import Role
from hat_desktop.gui.patient_detail import PatientDetail
from hat_desktop.services import outcomes, patients
from tests.gui.dosing_screens import open_today
from tests.gui.patient_screens import (
    choose,
    click,
    in_dialog,
    open_patients,
    retype,
    table_rows,
)
from tests.test_outcomes import items
from tests.world import START


def treatment_tab(qtbot, detail: PatientDetail) -> None:
    """Click the patient page's 'Treatment and outcomes' tab."""
    tabs = detail.ui.detailTabs
    index = tabs.indexOf(detail.treatment.view)
    assert tabs.tabText(index) == "Treatment and outcomes"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def spin(dialog: QWidget, name: str) -> QWidget:
    found = getattr(dialog.ui, name)
    assert isinstance(found, QWidget)
    return found


def test_a_nurse_starts_an_episode_and_records_the_start_review(qtbot, world) -> None:
    d = world
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    treatment_tab(qtbot, page.detail)
    panel = page.detail.treatment.ui
    assert panel.currentLabel.text() == "No treatment episode is recorded for this patient yet."
    assert not panel.endEpisodeButton.isEnabled() and not panel.recordReviewButton.isEnabled()
    failures: list[BaseException] = []
    errors: list[str] = []

    def start(dialog) -> None:
        assert dialog.windowTitle() == "Start of treatment — HAT-0001 Sam Patient"
        click(qtbot, dialog.ui.confirmButton)
        errors.append(dialog.ui.errorLabel.text())
        choose(qtbot, dialog.ui.referralSourceCombo, "Community drug and alcohol service")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(start, failures)
    click(qtbot, panel.startEpisodeButton)
    assert not failures, failures
    assert errors == ["Choose where the referral came from."]
    assert panel.currentLabel.text() == "In treatment since 02/03/2026 (episode 1, 1 days)."
    assert panel.dueLabel.isVisible()
    assert panel.dueLabel.text() == "Start review due since 02/03/2026"
    assert table_rows(page.detail.treatment.episodes_model, range(5)) == [
        ["1", "Community drug and alcohol service", "16/02/2026", "23/02/2026", "02/03/2026"]]

    def review(dialog) -> None:
        assert dialog.ui.stageCombo.currentText() == "Start of treatment"
        for name, value in (("opioidDaysSpin", "24"), ("crackDaysSpin", "10"),
                            ("alcoholUnitsSpin", "8"), ("injectingDaysSpin", "24"),
                            ("shopliftingDaysSpin", "12"), ("psychologicalHealthSpin", "6"),
                            ("physicalHealthSpin", "9"), ("qualityOfLifeSpin", "5")):
            retype(qtbot, spin(dialog, name), value)
        choose(qtbot, dialog.ui.housingCombo, "At risk of eviction")
        click(qtbot, dialog.ui.confirmButton)  # units of alcohol but no drinking days
        errors.append(dialog.ui.errorLabel.text())
        retype(qtbot, dialog.ui.alcoholDaysSpin, "5")
        click(qtbot, dialog.ui.sharedEquipmentCheck)
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(review, failures)
    click(qtbot, panel.recordReviewButton)
    assert not failures, failures
    assert errors[-1] == ("Units of alcohol are only recorded when there was at least one "
                          "drinking day: set the units to 0 or enter the days.")
    assert not panel.dueLabel.isVisible()
    assert table_rows(page.detail.treatment.reviews_model, range(10)) == [
        ["02/03/2026", "Start of treatment", "24", "10", "24", "12", "6", "9", "5",
         "At risk of eviction"]]
    saved = outcomes.reviews(d.reg, d.nurse, d.patient.id)[0]
    assert saved.items is not None and saved.items.alcohol_days == 5
    assert saved.items.shared_equipment is True


def test_a_due_3_month_review_is_on_the_board_until_it_is_recorded(qtbot, world, clock) -> None:
    d = world
    began = add_months(START.date(), -3)
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.GP, began - timedelta(days=10), began - timedelta(days=3), began))
    outcomes.record_review(d.reg, d.nurse, d.patient.id, ReviewInput(
        ReviewStage.START, began, items()))
    window, today = open_today(qtbot, d)
    label = today.ui.reviewsDueLabel
    assert label.isVisible()
    assert label.text() == ("Outcome reviews due: HAT-0001 Sam Patient: 3-month review due "
                            "since 02/03/2026")
    page = window.go_to("Patients")
    page.open_patient(d.patient.id)
    treatment_tab(qtbot, page.detail)
    panel = page.detail.treatment.ui
    assert panel.dueLabel.text() == "3-month review due since 02/03/2026"
    failures: list[BaseException] = []

    def not_completed(dialog) -> None:
        assert dialog.ui.stageCombo.currentText() == "Review"
        assert dialog.ui.introLabel.text().startswith("3-month review due since 02/03/2026.")
        click(qtbot, dialog.ui.notCompletedRadio)
        assert not dialog.ui.answersArea.isEnabled()
        choose(qtbot, dialog.ui.notCompletedReasonCombo, "The patient declined")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(not_completed, failures)
    click(qtbot, panel.recordReviewButton)
    assert not failures, failures
    assert not panel.dueLabel.isVisible()
    assert table_rows(page.detail.treatment.reviews_model, range(3))[0] == [
        "02/03/2026", "Review", "Not completed: The patient declined"]
    window.go_to("Today")
    qtbot.waitUntil(lambda: not label.isVisible())


def test_the_exit_discharges_the_patient_and_opens_the_exit_review(qtbot, world) -> None:
    d = world
    day = START.date()
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.SELF, day - timedelta(days=30), day - timedelta(days=20),
        day - timedelta(days=10)))
    _window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    treatment_tab(qtbot, page.detail)
    panel = page.detail.treatment.ui
    failures: list[BaseException] = []
    errors: list[str] = []

    def end(dialog) -> None:
        choose(qtbot, dialog.ui.reasonCombo, "Other (say what in the note)")
        click(qtbot, dialog.ui.confirmButton)
        errors.append(dialog.ui.errorLabel.text())
        choose(qtbot, dialog.ui.reasonCombo, "Completed: transferred to oral treatment")
        qtbot.keyClicks(dialog.ui.noteEdit, "Oral methadone with the community team")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(end, failures)
    click(qtbot, panel.endEpisodeButton)
    assert not failures, failures
    assert errors == ["Enter the note on why treatment ended."]
    assert page.detail.ui.statusChip.text() == "Discharged"
    assert panel.currentLabel.text() == ("Not in treatment: episode 1 ended on 02/03/2026 "
                                         "(Completed: transferred to oral treatment).")
    assert panel.startEpisodeButton.isEnabled() and not panel.endEpisodeButton.isEnabled()
    assert patients.get(d.reg, d.nurse, d.patient.id).status.value == "discharged"

    def exit_review(dialog) -> None:
        assert dialog.ui.stageCombo.currentText() == "Exit"
        choose(qtbot, dialog.ui.housingCombo, "Settled")
        retype(qtbot, dialog.ui.qualityOfLifeSpin, "14")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(exit_review, failures)
    click(qtbot, panel.recordReviewButton)
    assert not failures, failures
    assert table_rows(page.detail.treatment.reviews_model, range(2)) == [["02/03/2026", "Exit"]]


def test_an_inspector_reads_the_treatment_tab_but_records_nothing(qtbot, world) -> None:
    d = world
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.PRISON, START.date() - timedelta(days=9), None, START.date()))
    _window, page = open_patients(qtbot, d.reg, d.inspector)
    page.open_patient(d.patient.id)
    treatment_tab(qtbot, page.detail)
    panel = page.detail.treatment.ui
    assert not any(b.isVisible() for b in (panel.startEpisodeButton, panel.recordReviewButton,
                                           panel.endEpisodeButton))
    assert panel.roleNote.isVisible() and "you can read them" in panel.roleNote.text()
    assert table_rows(page.detail.treatment.episodes_model, range(2)) == [
        ["1", "Prison, on release"]]
    assert d.inspector.role is Role.INSPECTOR and isinstance(START, datetime)


def test_a_manager_saves_the_evaluation_extract_and_the_linkage_file_from_reports(
        qtbot, world, monkeypatch, tmp_path) -> None:
    """Reports -> For the independent evaluation: the extract goes into a new folder in
    the folder chosen, the linkage file where the save dialog says; a nurse sees neither."""
    from PySide6.QtWidgets import QFileDialog

    from hat_desktop.gui.page_context import PageContext, QtEvents
    from hat_desktop.gui.reports_page import ReportsPage

    d = world
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.GP, START.date() - timedelta(days=20), None, START.date()))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args: str(tmp_path)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, _caption, suggested, *args: (asked.append(suggested) or
                                                     str(tmp_path / "for-the-police"), "")))
    nurse_page = ReportsPage(PageContext(d.reg, d.nurse, QtEvents(d.reg)))
    qtbot.addWidget(nurse_page.view)
    nurse_page.view.show()
    assert not nurse_page.ui.evaluationGroup.isVisible()
    page = ReportsPage(PageContext(d.reg, d.manager, QtEvents(d.reg)))
    qtbot.addWidget(page.view)
    page.view.show()
    page.activate()
    assert page.ui.evaluationGroup.isVisible()
    click(qtbot, page.ui.extractButton)
    folder = tmp_path / "hat-evaluation-extract-2026-03-02-to-2026-03-08"
    assert page.ui.resultLabel.text() == (
        f"Saved the evaluation extract (3 rows, with its data dictionary) in {folder}")
    assert sorted(p.name for p in folder.iterdir()) == [
        "agency_contacts.csv", "attendance.csv", "data_dictionary.csv", "episodes.csv",
        "reviews.csv", "screen_results.csv", "screens.csv"]
    assert "Sam Patient" not in (folder / "episodes.csv").read_text(encoding="utf-8")
    click(qtbot, page.ui.linkageButton)
    assert asked[0].endswith("hat-evaluation-linkage-2026-03-02-to-2026-03-08.csv")
    linkage = tmp_path / "for-the-police.csv"
    linked = linkage.read_text(encoding="utf-8").splitlines()[1].split(",")
    assert linked[1:3] == ["HAT-0001", ""]
    now = world.reg.now().astimezone(world.reg.tz).isoformat(timespec="seconds")
    assert linked[-5:-3] == [world.reg.settings.clinic_name, now]
    assert linked[-3:] == ["2026-03-02", "2026-03-08", ""]
    assert page.ui.resultLabel.text().startswith("Saved the linkage file (1 patient) to ")


def test_a_patient_discharged_without_an_exit_is_pointed_to_it(qtbot, world) -> None:
    d = world
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.GP, START.date() - timedelta(days=20), None, START.date()))
    with pytest.raises(Refused, match="record the end of treatment"):
        patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED,
                            "Moved to Leeds")
    with d.reg.db.transaction():  # as a register from before episodes may hold
        patients.change_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED,
                               "Moved to Leeds")
    _window, page = open_patients(qtbot, d.reg, d.nurse)
    page.open_patient(d.patient.id)
    treatment_tab(qtbot, page.detail)
    panel = page.detail.treatment.ui
    assert panel.currentLabel.text().endswith(
        "The patient is discharged but the episode has no exit yet: record the exit.")
    assert panel.endEpisodeButton.isEnabled()


def test_the_discharge_button_records_the_episode_exit(qtbot, world) -> None:
    """Discharging a patient in treatment from the status buttons asks for the exit (date
    and coded reason) and records it: the evaluation counts every exit."""
    d = world
    day = START.date()
    outcomes.start_episode(d.reg, d.nurse, d.patient.id, EpisodeStart(
        ReferralSource.GP, day - timedelta(days=40), None, day - timedelta(days=30)))
    _window, page = open_patients(qtbot, d.reg, d.manager)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[str] = []

    def end(dialog) -> None:
        seen.append(dialog.windowTitle())
        choose(qtbot, dialog.ui.reasonCombo, "Custody")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(end, failures)
    click(qtbot, page.detail.ui.dischargeButton)
    assert not failures, failures
    assert seen == ["End of treatment — HAT-0001 Sam Patient"]
    assert page.detail.ui.statusChip.text() == "Discharged"
    episode = outcomes.episodes(d.reg, d.nurse, d.patient.id)[-1]
    assert episode.exit is not None and episode.exit.reason.value == "custody"
    assert episode.exit.exit_date == day
