"""A prescriber re-titrates a held patient (180 mg from Monday 2 March to 31 May 2026, never
dosed: on hold from Wednesday 18:00) on Thursday, as a person would, and shortens the
re-titration to seven days: after it, 180 mg would be given again with no titration. The
refusal is read on screen, the dialog stays open and nothing is written; the end date put
back to the one filled in lifts the hold."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from hat_desktop.services import attendance, dosing, prescriptions
from hat_desktop.store import audit
from tests.gui.patient_screens import click, in_dialog, open_patients, part, retype

MONDAY = datetime(2026, 3, 2, tzinfo=UTC)  # GMT: clinic time is UTC in these tests
REFUSED = (
    "When this re-titration ends on 11/03/2026, version 1 (180 mg per session) would be "
    "given from 12/03/2026, more than the re-titration's 120 mg, with no titration: let the "
    "re-titration run until 31/05/2026 (when version 1 ends), or re-titrate with a "
    "titration plan instead.")


def type_day_and_month(qtbot, edit, digits: str) -> None:
    """Select the day of a dd/MM/yyyy field and type the day and month over it, as a
    keyboard user does (the field moves on to the month after two digits)."""
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, digits)


def test_the_hold_review_refuses_a_re_titration_that_ends_before_the_dose_it_lowers(
        qtbot, world, clock) -> None:
    d = world
    clock.set(MONDAY + timedelta(days=3, hours=9))  # Thursday
    window, page = open_patients(qtbot, d.reg, d.prescriber)
    page.open_patient(d.patient.id)
    failures: list[BaseException] = []
    seen: list[object] = []
    entries = len(audit.entries(d.reg.db))

    def review(dialog) -> None:
        combo = dialog.ui.decisionCombo
        combo.setCurrentIndex(combo.findText("Resume at a reduced re-titration dose"))
        qtbot.keyClicks(part(dialog, "notesEdit"), "Three days away: re-titrate.")
        retype(qtbot, part(dialog, "doseSpin"), "120")
        end = part(dialog, "endDate")
        seen.append(end.date().toPython())  # filled in from the version before the hold
        end.setFocus()
        type_day_and_month(qtbot, end, "1103")
        seen.append(end.date().toPython())
        click(qtbot, dialog.ui.saveButton)
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # still open, to be put right
        seen.append(len(prescriptions.versions(d.reg, d.nurse, d.patient.id)))
        seen.append(len(audit.entries(d.reg.db)) - entries)
        seen.append(attendance.assess_current(d.reg, [d.patient.id])[d.patient.id]
                    .open_hold is not None)
        qtbot.wait(50)
        dialog.grab().save("/tmp/hat-retitration-end-refused.png")  # for a person to look at
        type_day_and_month(qtbot, end, "3105")
        click(qtbot, dialog.ui.saveButton)

    in_dialog(review, failures)
    click(qtbot, page.detail.ui.reviewHoldButton)
    assert not failures, failures
    assert seen == [date(2026, 5, 31), date(2026, 3, 11), REFUSED, 1, 0, True]
    assert attendance.assess_current(d.reg, [d.patient.id])[d.patient.id].open_hold is None
    card = dosing.card(d.reg, d.nurse, d.patient.id)
    assert card.prescription is not None and card.prescription.dose_mg == 120
    window.close()
