"""The observation queue on the Today page (issue 14.9): who is in observation, dosed
when, release check due when, the due first, the due rows in the palette's colour; the
count in the window title and on the lock screen, and (a setting) a sound when one falls
due. A patient in observation scanned again opens on the release check."""

from datetime import timedelta

from PySide6.QtCore import Qt

from hat_desktop.palette import RELEASE_DUE_COLOURS
from hat_desktop.services import dosing, settings
from tests.gui.dosing_screens import (
    ENTER,
    open_release_check,
    open_today,
    press,
    type_reading,
    type_text,
    wait_focus,
    when_named_dialog_opens,
)
from tests.world import dose_request


def _dose(d, patient_id: int) -> None:
    dosing.check_in(d.reg, d.nurse, patient_id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, patient_id,
                      dose_request(180, [(d.diam100.id, 2)]))


def test_the_queue_sorts_by_release_due_and_draws_attention(qtbot, world, clock) -> None:
    d = world
    settings.change(d.reg, d.manager, release_sound=True)
    d.reg.forget_settings()
    later, _ = d.add_patient("HAT-0002", "Lee Later")
    _dose(d, later.id)  # 10:00: due at 10:20
    clock.advance(timedelta(minutes=3))
    _dose(d, d.patient.id)  # 10:03: due at 10:23
    window, page = open_today(qtbot, d)
    m = page.observation_model
    rows = [[m.index(r, c).data() for c in range(3)] for r in range(m.rowCount())]
    assert rows == [["HAT-0002\nLee Later", "10:00", "at 10:20"],
                    ["HAT-0001\nSam Patient", "10:03", "at 10:23"]]
    assert page.ui.observationHeading.text() == "In &observation: 2"
    assert window.sounds == 0 and "release check" not in window.view.windowTitle()
    clock.set(clock.now().replace(minute=21))  # 10:21: Lee's check falls due
    window._tick()
    page.refresh()
    rows = [[m.index(r, c).data() for c in range(3)] for r in range(m.rowCount())]
    assert rows[0] == ["HAT-0002\nLee Later", "10:00", "DUE since 10:20"]
    assert rows[1][2] == "at 10:23"
    background, text = RELEASE_DUE_COLOURS
    assert m.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).color().name() == background
    assert m.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.ui.observationHeading.text() == "In &observation: 2 (1 due)"
    assert window.view.windowTitle().endswith("— 1 release check due")
    assert window.sounds == 1
    window._tick()  # the same check still due: no second sound
    assert window.sounds == 1
    window.ui.actionLock.trigger()
    clock.set(clock.now().replace(minute=24))  # locked: Sam's falls due too
    window._tick()
    assert window.lock_screen.ui.dueLabel.text() == "2 release checks are due."
    assert window.sounds == 2
    window.close()


def test_a_patient_in_observation_opens_on_the_release_check(qtbot, world, clock) -> None:
    d = world
    _dose(d, d.patient.id)
    clock.advance(timedelta(minutes=22))
    window, page = open_today(qtbot, d)
    ui = open_release_check(qtbot, page)
    assert not ui.refusalLabel.isVisible()
    assert ui.sessionLabel.text() == ("In post-dose observation: the release check is due "
                                      "(since 10:20). Record it with the Release check… button.")

    def release(dialog) -> None:
        type_reading(qtbot, dialog)
        type_text(qtbot, "Alert, SpO2 97 %, walked out steadily")
        press(qtbot, ENTER)

    when_named_dialog_opens("ReleaseDialog", release)
    press(qtbot, ENTER)
    assert ui.doneHeading.text() == "Released"
    assert ui.resultLabel.text() == ("HAT-0001 Sam Patient: the release check was recorded at "
                                     "10:22; the post-dose observation is over.")
    assert not ui.refusalLabel.isVisible()
    wait_focus(qtbot, ui.closeButton)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.check_in is None)
    assert page.observation_model.rowCount() == 0
    assert page.ui.observationHeading.text() == "In &observation: nobody"
    wait_focus(qtbot, page.ui.scanEdit)
    window.close()


def test_the_release_check_stays_readable_with_a_full_queue_at_1280x720(qtbot, world,
                                                                        clock) -> None:
    """Twelve patients in observation, some with long names, at 1280×720: the queue scrolls,
    and the release check column still shows each of its words whole ("at 10:20", not
    "at 1…"); the patient's name wraps instead of taking the check's room."""
    d = world
    for n in range(2, 14):
        patient, _ = d.add_patient(f"HAT-{n:04d}", f"Alexandra Montgomery-Fitzwilliam {n}")
        _dose(d, patient.id)
    window, page = open_today(qtbot, d)
    window.view.resize(1280, 720)
    for _ in range(3):
        qtbot.wait(1)
    table = page.ui.observationTable
    assert table.verticalScrollBar().isVisible()  # more rows than room: it scrolls
    m = page.observation_model
    assert m.rowCount() == 12
    room = table.columnWidth(2) - 8  # a cell's text margins
    metrics = table.fontMetrics()
    cut = [word for r in range(m.rowCount()) for word in m.index(r, 2).data().split()
           if metrics.horizontalAdvance(word) > room]
    assert cut == [], f"check column {table.columnWidth(2)} px cuts {cut}"
    assert table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2) \
        <= table.viewport().width()
    for r in range(m.rowCount()):  # every row as tall as its wrapped text: nothing elided
        for c in (0, 2):
            needed = table.sizeHintForIndex(m.index(r, c)).height()
            assert table.rowHeight(r) >= needed, (r, c, m.index(r, c).data())
    window.close()
