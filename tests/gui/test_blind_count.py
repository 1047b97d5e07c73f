"""The pharmacist's blind count, driven through the real dialogs offscreen: nothing of
what the register expects is on screen before the count is submitted; a match is
signed off with a witness (a marker in every section; the day stays open); refusals show the
service's words and write nothing; a miscount is investigated and explained with a
witnessed correction; nothing dismisses a discrepancy; the banners show it until then."""

import re
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.register import EntryKind
from hat_desktop.gui.app import Session
from hat_desktop.gui.blind_count_dialog import BlindCountDialog
from hat_desktop.gui.discrepancy_dialog import DiscrepancyDialog
from hat_desktop.gui.today_page import TodayPage
from hat_desktop.services import day_count, reconciliation, register, verify
from hat_desktop.store import audit
from hat_desktop.store import register as register_store
from tests.gui.conftest import when_dialog_opens
from tests.gui.stock_screens import (
    book_balance,
    cancel_witness,
    every_string,
    fill_counts,
    miscounted_day,
    open_stock,
    sign_as,
)
from tests.world import PASSWORD

LEFT = Qt.MouseButton.LeftButton


def _distinctive_stock(d) -> None:
    """DIAM100 down to 37 ampoules and DIAM500 to 13: numbers nothing else on screen has."""
    for section, units, batch in ((d.diam100, 13, "D100A"), (d.diam500, 7, "D500A")):
        register.destroy(d.reg, d.pharmacist, section.id, register.Destruction(
            units, batch, "Damaged in transit", "Dee Witness", "Inspector", "AO-17",
            method="Denaturing kit"))
    assert register_store.balance(d.reg.db, d.diam100.id) == 37
    assert register_store.balance(d.reg.db, d.diam500.id) == 13


def _shows(strings: list[str], number: int) -> list[str]:
    return [s for s in strings if re.search(rf"(?<![\d.]){number}(?![\d.])", s)]


def _count_dialog(qtbot, d) -> BlindCountDialog:
    dialog = BlindCountDialog(d.reg, d.pharmacist,
                              day_count.days_to_count(d.reg, d.pharmacist))
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    return dialog


def test_the_count_is_blind_until_it_is_submitted(qtbot, world) -> None:
    d = world
    _distinctive_stock(d)
    dialog = _count_dialog(qtbot, d)
    v = dialog.view
    ui = dialog.ui
    strings = every_string(v)
    assert "DIAM100" in " ".join(strings) and "D500A" in " ".join(strings)
    assert _shows(strings, 37) == [] and _shows(strings, 13) == []
    assert ui.pages.currentWidget() is ui.countPage
    assert dialog.results.rowCount() == 0
    # Typing the counts shows only what was typed; the register's figures stay hidden.
    for edit in dialog.edits.values():
        qtbot.keyClicks(edit, "36" if edit is next(iter(dialog.edits.values())) else "12")
    strings = every_string(v)
    assert _shows(strings, 37) == [] and _shows(strings, 13) == []
    qtbot.mouseClick(ui.submitButton, LEFT)
    # Both differ: a second count is asked for, still blind (how far off is not said).
    assert ui.pages.currentWidget() is ui.countPage
    assert ui.recountLabel.text().startswith("The count of DIAM100 batch D100A, DIAM500 batch "
                                             "D500A does not match the register. Count them "
                                             "again")
    strings = every_string(v)
    assert _shows(strings, 37) == [] and _shows(strings, 13) == []
    assert [e.text() for e in dialog.edits.values()] == ["", ""]
    assert not audit.entries(d.reg.db, actions=[AuditAction.STOCK_COUNTED.value])
    for edit in dialog.edits.values():
        qtbot.keyClicks(edit, "36" if edit is next(iter(dialog.edits.values())) else "12")
    qtbot.mouseClick(ui.submitButton, LEFT)
    # Only now: expected and counted side by side, the discrepancies highlighted.
    assert ui.pages.currentWidget() is ui.resultPage
    after = every_string(v)
    assert _shows(after, 37) and _shows(after, 13)
    cells = [[dialog.results.index(r, c).data() for c in range(5)]
             for r in range(dialog.results.rowCount())]
    assert [row[1:] for row in cells] == [["D100A", "37 ampoules", "36 ampoules", "-1"],
                                          ["D500A", "13 ampoules", "12 ampoules", "-1"]]
    assert "2 discrepancies recorded" in ui.resultSummary.text()
    assert dialog.results.index(0, 4).data(Qt.ItemDataRole.BackgroundRole).color().name() \
        == "#fdecec"


def test_one_mistyped_figure_is_counted_again_and_no_discrepancy_is_recorded(
        qtbot, world) -> None:
    d = world
    _distinctive_stock(d)
    dialog = _count_dialog(qtbot, d)
    ui = dialog.ui
    first, second = dialog.edits.values()
    qtbot.keyClicks(first, "73")  # 37 typed the wrong way round
    qtbot.keyClicks(second, "13")
    qtbot.mouseClick(ui.submitButton, LEFT)
    assert ui.recountLabel.isVisible() and ui.recountLabel.text().startswith(
        "The count of DIAM100 batch D100A does not match the register. Count it again")
    assert first.text() == "" and second.text() == "13"  # the other count stays as typed
    assert ui.submitButton.text() == "Record the &count"
    qtbot.keyClicks(first, "37")
    qtbot.mouseClick(ui.submitButton, LEFT)
    assert ui.pages.currentWidget() is ui.resultPage
    assert reconciliation.open_discrepancies(d.reg, d.pharmacist) == []
    assert ui.resultSummary.text().startswith("Every section matches the register")


def test_a_match_is_signed_off_with_a_witness_from_the_stock_page(qtbot, world) -> None:
    d = world
    window, page = open_stock(qtbot, d)
    assert page.sections_model.index(0, 3).data() == "never"
    seen = {}

    def count_and_sign(dialog) -> None:
        try:
            assert page.count_dialog is not None and page.count_dialog.view is dialog
            fill_counts(page.count_dialog, d)
            dialog.ui.submitButton.click()
            seen["summary"] = dialog.ui.resultSummary.text()
            when_dialog_opens(sign_as(qtbot, "nina"))
            dialog.ui.signButton.click()
            seen["signed"] = dialog.ui.signedLabel.text()
        finally:
            dialog.ui.closeButton.click()

    when_dialog_opens(count_and_sign)
    qtbot.mouseClick(page.ui.reconcileButton, LEFT)
    assert seen["summary"] == "Every section matches the register (2 counted)."
    assert seen["signed"].startswith("Signed off at 02/03/2026 10:00 by Phil Pharmacist "
                                     "(pharmacist) with Nina Nurse (nurse) as witness.")
    for section in (d.diam100, d.diam500):
        marker = register_store.last_entry(d.reg.db, section.id)
        assert marker.kind is EntryKind.STOCK_CHECK
        assert marker.details["difference"] == 0 and marker.witness_name == "Nina Nurse (nurse)"
    assert not register_store.day_closed(d.reg.db, d.reg.today())  # closing is its own step
    assert page.sections_model.index(0, 3).data() == "02/03/2026"
    assert page.ui.resultLabel.text().startswith("The count of 02/03/2026 is signed off by ")
    assert verify.verify_register(d.reg, d.manager).ok
    window.close()


def test_missing_and_bad_counts_show_the_services_words_and_write_nothing(qtbot, world) -> None:
    d = world
    dialog = _count_dialog(qtbot, d)
    ui = dialog.ui
    first, second = dialog.edits.values()
    qtbot.keyClicks(first, "50")
    qtbot.mouseClick(ui.submitButton, LEFT)
    assert ui.errorLabel.text() == "Enter the count for DIAM500 batch D500A (0 if there is none)."
    for typed, said in (("3.5", "The count for DIAM500 batch D500A must be a whole number, "
                                "not a fraction."),
                        ("-2", "The count for DIAM500 batch D500A cannot be negative."),
                        ("two", "The count for DIAM500 batch D500A must be a whole number "
                                "(digits only).")):
        second.setText(typed)
        qtbot.mouseClick(ui.submitButton, LEFT)
        assert ui.errorLabel.text() == said
        assert ui.pages.currentWidget() is ui.countPage
    assert day_count.day_count(d.reg, d.pharmacist, d.reg.today()) is None
    assert not audit.entries(d.reg.db, actions=[AuditAction.STOCK_COUNTED.value])
    # Cancelling the witness leaves the count recorded but not signed: nothing closes.
    second.setText("20")
    qtbot.mouseClick(ui.submitButton, LEFT)
    when_dialog_opens(cancel_witness)
    qtbot.mouseClick(ui.signButton, LEFT)
    assert not register_store.day_closed(d.reg.db, d.reg.today())
    assert register_store.last_entry(d.reg.db, d.diam100.id).kind is EntryKind.RECEIPT
    assert ui.signButton.isVisible()


def test_a_counted_day_reopens_at_its_results_for_the_sign_off(qtbot, world, clock) -> None:
    d = world
    dialog = _count_dialog(qtbot, d)
    fill_counts(dialog, d)
    dialog.submit()
    dialog.view.close()
    again = _count_dialog(qtbot, d)
    assert again.ui.pages.currentWidget() is again.ui.resultPage
    when_dialog_opens(sign_as(qtbot, "nora"))
    qtbot.mouseClick(again.ui.signButton, LEFT)
    assert "with Nora Nurse (nurse) as witness" in again.ui.signedLabel.text()
    clock.advance(timedelta(days=2))  # Wednesday: Tuesday was never counted
    late = _count_dialog(qtbot, d)
    assert [late.ui.dayCombo.itemText(i) for i in range(late.ui.dayCombo.count())] == [
        "Today, Wednesday 04/03/2026", "Tuesday 03/03/2026 (not reconciled: overdue)"]


def test_a_miscount_is_explained_with_a_witnessed_correction(qtbot, world, message_boxes) -> None:
    d = world
    found, dose_entry = miscounted_day(d)
    window, page = open_stock(qtbot, d)
    assert page.discrepancies_model.index(0, 0).data() == "DIAM100"
    assert page.discrepancies_model.index(0, 4).data() == "-1"
    assert "Open stock discrepancies: DIAM100 on 02/03/2026 (-1)" in page.ui.stockAlerts.text()
    seen = {}

    def explain(dialog) -> None:
        seen["facts"] = dialog.ui.factsLabel.text()
        seen["tabs"] = [dialog.ui.evidenceTabs.tabText(i) for i in range(5)]
        combo = dialog.ui.entryCombo
        combo.setCurrentIndex(combo.findData(dose_entry))
        seen["entry"] = combo.currentText()
        dialog.ui.explanationEdit.setPlainText("Three ampoules opened for the dose, two recorded.")
        assert dialog.ui.directionCombo.currentText() == "Take off the balance"
        assert dialog.ui.quantityEdit.text() == "1"
        when_dialog_opens(sign_as(qtbot, "nora"))
        dialog.ui.explainButton.click()
        seen["status"] = dialog.ui.statusLabel.text()
        seen["offered"] = [(g.isEnabled(), g.isVisible())
                           for g in (dialog.ui.explainedGroup, dialog.ui.unexplainedGroup)]
        dialog.ui.closeButton.click()

    when_dialog_opens(explain)
    qtbot.mouseClick(page.ui.investigateButton, LEFT)
    assert seen["facts"].startswith("Counted on Monday 02/03/2026: the register expected 48 "
                                    "ampoules, 47 ampoules were counted — a difference of -1")
    assert seen["tabs"] == ["The day's entries (2)", "Late entries (0)",
                            "Corrections (7 days) (0)", "Other sections that day (1)",
                            "Notes (0)"]
    assert "Administered · out 2 · balance 48" in seen["entry"]
    assert seen["status"].startswith("Resolved as EXPLAINED by Phil Pharmacist (pharmacist)")
    assert seen["status"].endswith("(correction No. 4 in DIAM100).")
    assert seen["offered"] == [(False, False), (False, False)]
    fix = register_store.last_entry(d.reg.db, d.diam100.id)
    assert fix.kind is EntryKind.CORRECTION and fix.corrects_entry_id == dose_entry
    assert fix.quantity_out == 1 and fix.witness_name == "Nora Nurse (nurse)"
    assert fix.late_reason is None  # the day is still open: not a late entry
    assert register_store.balance(d.reg.db, d.diam100.id) == 47
    assert reconciliation.open_discrepancies(d.reg, d.pharmacist) == []
    assert verify.verify_register(d.reg, d.manager).ok
    assert page.discrepancies_model.index(0, 0).data().startswith("None")
    assert not page.ui.stockAlerts.isVisible()
    assert page.sections_model.index(0, 2).data() == "47 ampoules"
    window.close()


def test_a_miscount_on_a_batch_emptied_since_is_explained_against_another_batch(
        qtbot, world, message_boxes) -> None:
    """The day's dose came from D100A, which is empty now; the stock is in D100B."""
    from hat_desktop.services import dosing
    from tests.world import dose_request, receipt

    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))  # from D100A
    register.receive(d.reg, d.pharmacist, d.nurse, d.diam100.id, receipt(20, batch="D100B"))
    left = next(b.balance for b in register_store.batches(d.reg.db, d.diam100.id)
                if b.batch == "D100A")
    register.destroy(d.reg, d.pharmacist, d.diam100.id, register.Destruction(
        left, "D100A", "Damaged in transit", "Dee Witness", "Inspector", "AO-17",
        method="Denaturing kit"))
    counts = {(line.section_id, line.batch): next(
        (b.balance for b in register_store.batches(d.reg.db, line.section_id)
         if b.batch == line.batch), 0) - (1 if line.batch == "D100B" else 0)
        for line in reconciliation.count_sheet(d.reg, d.pharmacist)}
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    dialog = DiscrepancyDialog(d.reg, d.pharmacist, found[0].id)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    ui.entryCombo.setCurrentIndex(ui.entryCombo.findData(dose.entry_ids[0]))
    qtbot.keyClicks(ui.explanationEdit, "Three ampoules opened for the dose, two recorded.")
    assert ui.quantityEdit.text() == "1"
    assert [ui.batchCombo.itemText(i) for i in range(ui.batchCombo.count())] == [
        "The entry's own batch", "D100B (holds 20 ampoules)"]
    qtbot.mouseClick(ui.explainButton, LEFT)  # against the entry's own batch: empty
    assert ui.errorLabel.text() == ("Batch D100A holds only 0 ampoules; 1 ampoule cannot leave "
                                    "it. The stock is in batch D100B: choose that batch.")
    ui.batchCombo.setCurrentIndex(ui.batchCombo.findData("D100B"))
    when_dialog_opens(sign_as(qtbot, "nora"))
    qtbot.mouseClick(ui.explainButton, LEFT)
    assert ui.statusLabel.text().startswith("Resolved as EXPLAINED by Phil Pharmacist")
    fix = register_store.last_entry(d.reg.db, d.diam100.id)
    assert fix.kind is EntryKind.CORRECTION and fix.corrects_entry_id == dose.entry_ids[0]
    assert fix.batch == "D100B" and fix.quantity_out == 1
    assert fix.details["entry_batch"] == "D100A"
    assert book_balance(d, d.diam100.id, "D100B") == 19
    assert reconciliation.open_discrepancies(d.reg, d.pharmacist) == []
    assert verify.verify_register(d.reg, d.manager).ok


def test_nothing_dismisses_a_discrepancy(qtbot, world, message_boxes) -> None:
    d = world
    found, _entry = miscounted_day(d)
    dialog = DiscrepancyDialog(d.reg, d.pharmacist, found.id)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    v = dialog.view
    ui = dialog.ui
    names = {b.text().replace("&", "").lower() for b in v.findChildren(QAbstractButton)}
    assert not {n for n in names if re.search(r"dismiss|delete|remove|ignore|discard", n)}
    # Every button, pressed with half-filled forms and the witness cancelled: still open.
    said = {ui.explainButton: "Enter the explanation of the discrepancy.",
            ui.unexplainedButton: "Enter the account of what was searched and found.",
            ui.addNoteButton: "Enter the investigation note."}
    pressed = [b for b in v.findChildren(QPushButton) if b is not ui.closeButton]
    assert set(pressed) == set(said)
    for button in pressed:  # none gets as far as asking for a witness
        button.click()
        assert ui.errorLabel.text() == said[button]
        assert reconciliation.investigate(d.reg, d.pharmacist, found.id).discrepancy.is_open
    ui.entryCombo.setCurrentIndex(1)
    ui.explanationEdit.setPlainText("Looked everywhere")
    when_dialog_opens(cancel_witness)
    ui.explainButton.click()  # the witness walks away: nothing is written
    assert register_store.last_entry(d.reg.db, d.diam100.id).kind is EntryKind.STOCK_CHECK
    assert reconciliation.investigate(d.reg, d.pharmacist, found.id).discrepancy.is_open
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    assert not v.isVisible()
    assert reconciliation.open_discrepancies(d.reg, d.pharmacist)[0].id == found.id
    # A nurse may read it but not resolve it.
    nurse_view = DiscrepancyDialog(d.reg, d.nurse, found.id)
    qtbot.addWidget(nurse_view.view)
    assert not nurse_view.ui.explainedGroup.isEnabled()
    assert not nurse_view.ui.unexplainedGroup.isEnabled()
    assert nurse_view.ui.resolveNote.text().startswith("Only a pharmacist or a manager")


def test_notes_and_an_unexplained_resolution(qtbot, world, message_boxes) -> None:
    d = world
    found, _entry = miscounted_day(d, short=2)
    dialog = DiscrepancyDialog(d.reg, d.manager, found.id)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.noteEdit, "Checked the sharps bin and the CD cupboard floor.")
    qtbot.keyClick(ui.noteEdit, Qt.Key.Key_Return)
    assert ui.evidenceTabs.tabText(4) == "Notes (1)"
    assert dialog.notes_model.index(0, 0).data() == (
        "02/03/2026 10:00, Morag Manager (manager): Checked the sharps bin and the CD cupboard "
        "floor.")
    ui.searchedEdit.setPlainText("All pages, the bin, the fridge.")
    qtbot.keyClicks(ui.reportedToEdit, "Dr Ada Officer")
    qtbot.mouseClick(ui.unexplainedButton, LEFT)
    assert ui.errorLabel.text() == "Enter the report reference."
    qtbot.keyClicks(ui.referenceEdit, "CDAO-2026-031")
    message_boxes.answer = QMessageBox.StandardButton.No  # a second thought: nothing written
    qtbot.mouseClick(ui.unexplainedButton, LEFT)
    assert message_boxes.shown[-1] == ("Record as unexplained?", (
        "Record the discrepancy in DIAM100 on 02/03/2026 (-2) as UNEXPLAINED, reported to Dr "
        "Ada Officer (reference CDAO-2026-031)?\n\nNo correction is made, and this resolution "
        "stays on the record for good: it cannot be changed to explained afterwards. If the "
        "cause was found, choose No and record it as explained."))
    assert reconciliation.investigate(d.reg, d.manager, found.id).discrepancy.is_open
    assert ui.unexplainedGroup.isVisible()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(ui.unexplainedButton, LEFT)
    assert ui.statusLabel.text().startswith("Resolved as UNEXPLAINED by Morag Manager (manager)")
    assert "Reported to Dr Ada Officer on 02/03/2026, reference CDAO-2026-031." in \
        ui.statusLabel.text()
    assert register_store.balance(d.reg.db, d.diam100.id) == 48  # no correction


def _log_in(qtbot, d, username: str) -> Session:
    session = Session(d.reg, QApplication.instance())

    def log_in(dialog) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, username)
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    when_dialog_opens(log_in)
    assert session.start()
    assert session.window is not None
    qtbot.addWidget(session.window.view)
    return session


def test_banners_show_an_open_discrepancy_until_it_is_resolved(qtbot, world, clock) -> None:
    d = world
    found, dose_entry = miscounted_day(d)
    clock.advance(timedelta(hours=20))  # Tuesday morning
    session = _log_in(qtbot, d, "nina")
    window = session.window
    line = ("Open stock discrepancies: DIAM100 on 02/03/2026 (-1). They stay open until "
            "explained or reported.")
    assert line in window.ui.alertBanner.text().splitlines()
    today = window.page("Today")
    assert isinstance(today, TodayPage)
    assert today.ui.boardAlerts.isVisible()
    assert today.ui.boardAlerts.text() == line
    reconciliation.resolve_explained(d.reg, d.pharmacist, d.nurse, found.id,
                                     "Broken ampoule", dose_entry, quantity_out=1)
    qtbot.waitUntil(lambda: not today.ui.boardAlerts.isVisible(), timeout=2000)
    assert line not in window.ui.alertBanner.text()
    window.close()
    clock.advance(timedelta(days=1))  # Wednesday: Tuesday was never reconciled
    again = _log_in(qtbot, d, "nina")
    assert again.window.ui.alertBanner.text().splitlines()[-1] == (
        "Reconciliation overdue for 03/03/2026.")
    assert again.window.page("Today").ui.boardAlerts.text() == (
        "Reconciliation overdue for 03/03/2026.")
    again.window.close()
