"""A prescriber suspends a held patient at the hold review, on the patient's page; a
manager reactivates them half an hour later: the page, the board and the check-in still
say ON HOLD (the suspension decided nothing about the dose), and the hold review is still
there to record."""

from datetime import UTC, datetime, timedelta

from hat_desktop.domain.patients import PatientStatus
from hat_desktop.gui.check_in_text import flag_text
from hat_desktop.services import dosing, patients
from tests.gui.dosing_screens import cell, flag, open_today
from tests.gui.patient_screens import click, in_dialog, open_patient_page, part
from tests.world import dose_request

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
HELD = "ON HOLD since 04/03/2026 18:00: 3 consecutive days without a dose"


def test_suspended_at_the_review_then_reactivated_is_still_on_hold(qtbot, world, clock
                                                                    ) -> None:
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))  # Thursday; never dosed: held since Wed
    _window, _page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)
    assert ui.statusChip.text() == "ON HOLD" and ui.reviewHoldButton.isVisible()
    failures: list[BaseException] = []

    def suspend(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Suspend treatment"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Threatened staff; suspended.")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(suspend, failures)
    click(qtbot, ui.reviewHoldButton)
    assert not failures, failures
    assert ui.statusChip.text() == "Suspended"
    assert ui.flagLabel.isVisible() and ui.flagLabel.text().startswith(HELD)
    assert ui.flagLabel.text().endswith(
        "The patient is suspended: the hold stays open; when they are made active again, no "
        "dose is given before a prescriber reviews it.")
    assert ui.reviewHoldButton.isVisible()  # the dose is still the prescriber's to review
    ui.flagLabel.window().grab().save("/tmp/hat-hold-suspended-page.png")

    clock.set(MONDAY + timedelta(days=3, hours=9, minutes=30))
    _window2, _page2, mui = open_patient_page(qtbot, d.reg, d.manager, d.patient.id)

    def reactivate(dialog) -> None:
        qtbot.keyClicks(dialog.ui.reasonEdit, "Apologised; seen by the team.")
        click(qtbot, dialog.ui.confirmButton)

    in_dialog(reactivate, failures)
    click(qtbot, mui.reactivateButton)
    assert not failures, failures
    assert mui.statusChip.text() == "ON HOLD"
    assert mui.flagLabel.text().startswith(HELD) and "is suspended" not in mui.flagLabel.text()
    mui.flagLabel.window().grab().save("/tmp/hat-hold-reactivated-page.png")

    _today, board = open_today(qtbot, d)
    assert flag(board, "HAT-0001") == "ON HOLD: needs a prescriber's review"
    assert cell(board, "HAT-0001", 1) == "On hold"
    board.view.window().grab().save("/tmp/hat-hold-reactivated-board.png")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert not card.can_dose and card.refusal is not None and card.refusal.startswith(HELD)


def test_re_admitted_weeks_after_a_discharge_the_check_in_says_why_it_is_on_hold(
        qtbot, world, clock) -> None:
    """Dosed Monday, discharged Tuesday, re-admitted three weeks later: the page and the
    check-in's flag say the patient is back after 21 days without a dose."""
    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    clock.set(MONDAY + timedelta(days=1, hours=9))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.DISCHARGED, "Moved.")
    clock.set(MONDAY + timedelta(days=22, hours=10))
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.ACTIVE, "Back.")
    _window, _page, ui = open_patient_page(qtbot, d.reg, d.prescriber, d.patient.id)
    assert ui.statusChip.text() == "ON HOLD" and ui.reviewHoldButton.isVisible()
    assert ui.flagLabel.text().startswith(
        "ON HOLD since 24/03/2026 10:00: back after 21 days without a dose (discharged)")
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert flag_text(card) == ("ON HOLD: back after 21 days without a dose (discharged), "
                               "needs a prescriber's review.")
