"""Two injectable lines in one session and a top-up, as a nurse gives them (issue 16): the
check-in screen's dose form is the IV line, the IM line is a row below it with its own site
and ampoules, one witness for both; the observation queue and the check-in screen (the
patient's card scanned again) then say when a top-up of the IM line may follow, and offer
it once the clinic's interval has passed; the top-up screen takes a fresh reassessment,
refuses more than is left, and a second witness signs for the rest."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.prescriptions import LineInput, PrescriptionInput
from hat_desktop.services import prescriptions
from tests.gui.dosing_screens import (
    CTRL,
    TAB,
    administrations,
    cell,
    close_check_in,
    focused,
    open_release_check,
    open_today,
    press,
    refused_before_the_witness,
    scan,
    signed_by,
    start_dose,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)
from tests.gui.patient_screens import type_into


def field(v: QWidget, name: str) -> QWidget:
    found = v.findChild(QWidget, name)
    assert found is not None, name
    return found


def iv_and_im(d) -> PrescriptionInput:
    """200 mg IV (either ampoule size) and 100 mg IM (100 mg ampoules), both sessions."""
    today = d.reg.today()
    return PrescriptionInput(
        (), 0, frozenset(), today, today + timedelta(days=90),
        change_reason="IM line for a patient with poor veins", lines=(
            LineInput((d.diam100.id, d.diam500.id), ((1, 200), (2, 200)), "iv"),
            LineInput((d.diam100.id,), ((1, 100), (2, 100)), "im")))


def test_two_injectable_lines_then_a_top_up_of_the_second(qtbot, world, clock) -> None:
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, iv_and_im(d))
    window, today = open_today(qtbot, d)
    window.view.resize(1280, 720)
    page, v = start_dose(qtbot, window)
    ui = v.ui
    assert "Line 2: Diamorphine hydrochloride 100 mg IM, supervised" in \
        ui.prescriptionLabel.text()
    for text in ("0", "0"):  # sedation, breath alcohol; the observation left empty
        type_text(qtbot, text)
        press(qtbot, TAB)
    press(qtbot, TAB)
    for ampoules in ("0", "1"):  # one 500 mg ampoule for the 200 mg IV line
        type_text(qtbot, ampoules)
        press(qtbot, TAB)
    assert focused() is ui.siteCombo  # below the ampoules (#14.6)
    type_text(qtbot, "Arm, l")
    press(qtbot, TAB)
    assert focused() is ui.mgSpin and ui.mgSpin.value() == 200
    while focused() is not field(v, "line2Mg"):  # the hidden rows are no Tab stops
        press(qtbot, TAB)
    type_text(qtbot, "60")  # the patient asks for less of the IM line
    press(qtbot, TAB)
    assert focused() is field(v, "line2Less")
    type_text(qtbot, "P")  # Patient asked for less
    press(qtbot, TAB)
    assert focused() is field(v, "line2OpenedDIAM100")
    type_text(qtbot, "1")
    press(qtbot, TAB)
    assert focused() is field(v, "line2Site")
    type_text(qtbot, "Thigh, r")
    seen = signed_by(qtbot, "nora")
    assert ui.stages.currentWidget() is ui.donePage, ui.errorLabel.text()
    assert "Line 2: 60 mg Diamorphine hydrochloride IM (site: Thigh, right)." in seen[0]
    assert [(e.entry.details["route"], e.entry.details["site"], e.entry.details["mg_administered"])
            for s in (d.diam500, d.diam100) for e in administrations(d, s)] == [
        ("IV", "Arm, left", 200), ("IM", "Thigh, right", 60)]
    close_check_in(qtbot, page)

    # The queue says when the top-up of the IM line may follow; not offered before then.
    t = today.ui
    today.refresh()
    qtbot.waitUntil(window.view.isActiveWindow)
    table = t.observationTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(today.observation_model.index(0, 0)).center())
    assert focused() is table
    assert today.observation_model.index(0, 2).data().endswith("\ntop-up ≤ 40 mg from 10:20")
    assert not t.topUpButton.isEnabled()

    # The patient's card scanned again: the check-in screen says the same, and Top-up…
    # (Ctrl+U) there says why not yet, opening nothing.
    page = scan(qtbot, window, "HAT-0001")
    c = page.check_in.ui
    wait_focus(qtbot, c.releaseButton)
    assert c.sessionLabel.text().endswith(
        "\nLine 2: Diamorphine hydrochloride (IM): top-up ≤ 40 mg from 10:20 — Top-up… "
        "(Ctrl+U).")
    assert c.topUpButton.isVisible() and c.topUpButton.text() == "Top-&up…"
    refused_before_the_witness(qtbot, Qt.Key.Key_U)
    assert c.errorLabel.text() == (
        "Too soon for a top-up: the injection was at 10:00 and the clinic's minimum interval "
        "is 20 minutes of observation, so a top-up may be given from 10:20.")
    page.check_in.view.resize(1280, 720)
    page.check_in.view.grab().save("/tmp/i16-top-up-check-in-too-soon.png")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.check_in is None)

    clock.advance(timedelta(minutes=20))
    today.refresh()
    qtbot.waitUntil(window.view.isActiveWindow)
    assert today.observation_model.index(0, 2).data() == ("DUE since 10:20\n"
                                                           "top-up ≤ 40 mg now")
    assert t.topUpButton.isEnabled()  # the selection stayed with the patient
    window.view.grab().save("/tmp/i16-top-up-today.png")

    shown: list[str] = []
    pasted: list[str] = []

    def give_top_up(dialog) -> None:  # from the check-in screen (the queue's Ctrl+U opens
        u = dialog.ui                 # the same screen: tests/gui/test_whole_day.py)
        shown.append(u.allowanceLabel.text())
        assert not u.lineCombo.isVisible()  # only the IM line has some left
        wait_focus(qtbot, u.sedationCombo)
        for text in ("0", "0", "Settled, asks for the rest"):
            type_text(qtbot, text)
            press(qtbot, TAB)
        assert focused() is u.siteCombo
        type_text(qtbot, "Arm, r")
        press(qtbot, TAB)
        assert focused() is field(dialog, "openedDIAM100")
        type_text(qtbot, "1")
        press(qtbot, TAB)
        assert focused() is u.mgSpin and u.mgSpin.value() == 40
        type_text(qtbot, "50")  # more than is left: refused before anyone is asked to sign
        refused_before_the_witness(qtbot)
        shown.append(u.errorLabel.text())
        dialog.resize(1280, 720)
        dialog.grab().save("/tmp/i16-top-up-dialog.png")
        note = u.observationEdit.text()
        u.observationEdit.setFocus()
        type_into(qtbot, u.observationEdit, "\u202e")  # a hidden mark, pasted
        refused_before_the_witness(qtbot)
        pasted.append(u.errorLabel.text())
        u.observationEdit.setText(note)
        u.mgSpin.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "40")
        assert u.wasteLabel.text() == "Wasted: 60 mg (100 mg opened − 40 mg given)"
        seen.extend(signed_by(qtbot, "nora"))
        shown.append(u.errorLabel.text() if u.errorLabel.isVisible() else "")

    page = scan(qtbot, window, "HAT-0001")  # the card scanned at 10:20: the top-up is now
    c = page.check_in.ui
    wait_focus(qtbot, c.releaseButton)
    assert c.sessionLabel.text().endswith(
        "\nLine 2: Diamorphine hydrochloride (IM): top-up ≤ 40 mg now — Top-up… (Ctrl+U).")
    page.check_in.view.resize(1280, 720)
    page.check_in.view.grab().save("/tmp/i16-top-up-check-in.png")
    when_named_dialog_opens("TopUpDialog", give_top_up)
    press(qtbot, Qt.Key.Key_U, CTRL)
    assert shown[0] == ("Line 2: Diamorphine hydrochloride (IM): 60 mg given at 10:00 of the "
                        "session's 100 mg; up to 40 mg more, from 10:20.")
    assert shown[1] == ("A top-up of 50 mg would make 110 mg in this session, above the "
                        "session's 100 mg of Diamorphine hydrochloride (60 mg given already): "
                        "at most 40 mg more.")
    assert shown[2] == "", shown[2]
    assert pasted == ["The observation contains a character that cannot be printed, or an "
                      "invisible one: type it again without pasting."]
    assert "Top-up for HAT-0001 Sam Patient, session 1 (Line 2: Diamorphine hydrochloride " \
        "(IM)): 1 × 100 mg ampoule (DIAM100) opened (100 mg), 40 mg given, 60 mg wasted" \
        in seen[-1]
    entries = administrations(d, d.diam100)
    assert [(e.entry.details["site"], e.entry.details["mg_administered"],
             e.entry.details.get("top_up")) for e in entries] == [
        ("Thigh, right", 60, None), ("Arm, right", 40, True)]
    assert c.stages.currentWidget() is c.donePage and c.doneHeading.text() == "Top-up recorded"
    assert c.resultLabel.text().startswith(
        "Top-up of line 2 (Diamorphine hydrochloride, IM) recorded for HAT-0001 Sam Patient."
        "\n\n"
        "Given: 40 mg\nWasted: 60 mg\nWitness: Nora Nurse\n"
        f"Register entry: No. {entries[1].entry.number} in DIAM100\n\nObserve until 10:40")
    page.check_in.view.grab().save("/tmp/i16-top-up-check-in-done.png")
    close_check_in(qtbot, page)
    # The observation starts again from the top-up; no more top-up is offered.
    today.refresh()
    assert today.observation_model.index(0, 1).data() == "10:20\ntop-up"
    assert today.observation_model.index(0, 2).data() == "at 10:40"
    assert not t.topUpButton.isEnabled()
    assert cell(today, "HAT-0001", 1) == ("In observation · 300 mg: 260 at 10:00 + top-up 40 "
                                          "at 10:20; observe until 10:40")
    window.view.grab().save("/tmp/i16-top-up-after.png")

    # The release check is timed from the top-up, and says it followed one.
    clock.advance(timedelta(minutes=20))
    today.refresh()
    qtbot.waitUntil(window.view.isActiveWindow)
    check_in = open_release_check(qtbot, today)
    assert "02/03/2026 10:20: 40 mg top-up (session 1)" in check_in.recentLabel.text()
    assert not check_in.topUpButton.isVisible() and "top-up ≤" not in \
        check_in.sessionLabel.text()  # one top-up of a line: none offered any more
    heading: list[str] = []
    when_named_dialog_opens("ReleaseDialog", lambda dialog: heading.extend(
        (dialog.ui.headingLabel.text(), dialog.ui.observationLabel.text())))
    press(qtbot, Qt.Key.Key_Return)
    assert heading[0] == "HAT-0001 Sam Patient: 40 mg top-up at 10:20 (session 1)."
    assert heading[1].startswith("Observation ended at 10:40")
    window.close()
