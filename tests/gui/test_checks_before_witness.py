"""A witness is never asked to sign a form that will be refused for a reason knowable
before signing (issue 12): each witnessed dialog runs the service's own check first,
shows its words in the dialog's error label, and neither asks anyone to sign nor writes.
Once the form is put right, the same button does ask for the witness — so the watch
below would have seen a witness dialog had one opened."""

from collections.abc import Callable, Iterator

import pytest

from hat_desktop.domain.register import PRESETS
from hat_desktop.gui.blind_count_dialog import BlindCountDialog
from hat_desktop.gui.correction_dialog import CorrectionDialog
from hat_desktop.gui.discrepancy_dialog import DiscrepancyDialog
from hat_desktop.gui.opening_dialog import OpeningDialog
from hat_desktop.gui.receive_dialog import ReceiveDialog
from hat_desktop.gui.return_dialog import ReturnDialog
from hat_desktop.services import day_count, reconciliation, register
from hat_desktop.store import register as register_store
from tests.gui.dosing_screens import NoWitnessAsked, open_today, start_dose
from tests.gui.stock_screens import fill_counts, miscounted_day
from tests.raw_register import snapshot
from tests.world import World


@pytest.fixture
def watch() -> Iterator[NoWitnessAsked]:
    seen = NoWitnessAsked()
    yield seen
    seen.timer.stop()


def refused_unsigned(d: World, watch: NoWitnessAsked, record: Callable[[], None],
                     error_text: Callable[[], str]) -> str:
    """Press record: the words shown, after checking nobody was asked to sign and nothing
    was written."""
    before = snapshot(d.reg.db)
    record()
    assert watch.opened == [], "a witness was asked to sign a form that is refused"
    assert snapshot(d.reg.db) == before
    return error_text()


def asked_to_sign(watch: NoWitnessAsked, record: Callable[[], None]) -> None:
    """The form put right: the same button asks for a witness (who walks away)."""
    record()
    assert len(watch.opened) == 1
    watch.opened.clear()


def test_receive_stock_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    dialog = ReceiveDialog(d.reg, d.pharmacist, d.diam100)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.quantityEdit, "10")
    qtbot.keyClicks(ui.supplierNameEdit, "Alliance Healthcare")
    qtbot.keyClicks(ui.supplierAddressEdit, "Unit 4, Stockton TS18 3TX")
    qtbot.keyClicks(ui.batchEdit, "new1")
    qtbot.keyClicks(ui.expiryEdit, "31/12/2027")
    yesterday = ui.occurredEdit.dateTime().addDays(-1)
    ui.occurredEdit.setDateTime(yesterday)  # delivered yesterday: a late entry
    said = refused_unsigned(d, watch, ui.recordButton.click, ui.errorLabel.text)
    assert said == ("This entry is for 01/03/2026, before today: a late entry needs a "
                    "reason, which is kept and printed.")
    ui.expiryEdit.setText("28/02/2026")  # and an expired batch: refused before signing too
    qtbot.keyClicks(ui.lateReasonEdit, "Delivered after the pharmacist left")
    said = refused_unsigned(d, watch, ui.recordButton.click, ui.errorLabel.text)
    assert said.startswith("Batch NEW1 expired on 28/02/2026")
    ui.expiryEdit.setText("31/12/2027")
    asked_to_sign(watch, ui.recordButton.click)


def test_return_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    dialog = ReturnDialog(d.reg, d.pharmacist, d.diam100)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    ui.batchCombo.setCurrentIndex(ui.batchCombo.findData("D100A"))
    qtbot.keyClicks(ui.quantityEdit, "60")
    qtbot.keyClicks(ui.supplierNameEdit, "Alliance Healthcare")
    qtbot.keyClicks(ui.supplierAddressEdit, "Unit 4, Stockton TS18 3TX")
    qtbot.keyClicks(ui.reasonEdit, "Recalled by the maker")
    said = refused_unsigned(d, watch, ui.recordButton.click, ui.errorLabel.text)
    assert said == ("This would take the balance of DIAM100 below zero: the register holds "
                    "50 ampoules, and 60 ampoules would leave.")
    ui.quantityEdit.setText("5")
    asked_to_sign(watch, ui.recordButton.click)


def test_correction_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    receipt = register_store.last_entry(d.reg.db, d.diam100.id)
    assert receipt is not None
    dialog = CorrectionDialog(d.reg, d.pharmacist, d.diam100, receipt)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.reasonEdit, "Typed 50 for 5")
    ui.effectCombo.setCurrentIndex(2)  # take them off the balance
    qtbot.keyClicks(ui.quantityEdit, "55")
    said = refused_unsigned(d, watch, ui.recordButton.click, ui.errorLabel.text)
    assert said == ("This would take the balance of DIAM100 below zero: the register holds "
                    "50 ampoules, and 55 ampoules would leave.")
    ui.quantityEdit.setText("45")
    asked_to_sign(watch, ui.recordButton.click)


def test_opening_balance_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    dialog = OpeningDialog(d.reg, d.pharmacist, d.diam100)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.quantityEdit, "12")
    said = refused_unsigned(d, watch, ui.recordButton.click, ui.errorLabel.text)
    assert said.startswith("Section DIAM100 already has entries: an opening balance can only "
                           "be its first entry.")
    fresh = register.create_section(d.reg, d.manager, PRESETS[2])
    first = OpeningDialog(d.reg, d.pharmacist, fresh)
    qtbot.addWidget(first.view)
    first.view.show()
    qtbot.keyClicks(first.ui.quantityEdit, "12")
    asked_to_sign(watch, first.ui.recordButton.click)


def test_an_explained_discrepancy_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    found, dose_entry = miscounted_day(d)
    dialog = DiscrepancyDialog(d.reg, d.pharmacist, found.id)
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    said = refused_unsigned(d, watch, ui.explainButton.click, ui.errorLabel.text)
    assert said == "Enter the explanation of the discrepancy."
    ui.explanationEdit.setPlainText("Two ampoules drawn up, one broken and not recorded")
    said = refused_unsigned(d, watch, ui.explainButton.click, ui.errorLabel.text)
    assert said == "Choose the entry at fault in section DIAM100."
    ui.entryCombo.setCurrentIndex(ui.entryCombo.findData(dose_entry))
    ui.quantityEdit.setText("500")  # more than the register holds
    said = refused_unsigned(d, watch, ui.explainButton.click, ui.errorLabel.text)
    assert said == ("This would take the balance of DIAM100 below zero: the register holds "
                    "48 ampoules, and 500 ampoules would leave.")
    ui.quantityEdit.setText("1")
    asked_to_sign(watch, ui.explainButton.click)
    assert reconciliation.investigate(d.reg, d.pharmacist, found.id).discrepancy.is_open


def test_a_sign_off_refused_before_the_witness(qtbot, world, watch) -> None:
    d = world
    dialog = BlindCountDialog(d.reg, d.pharmacist, day_count.days_to_count(d.reg, d.pharmacist))
    qtbot.addWidget(dialog.view)
    dialog.view.show()
    ui = dialog.ui
    fill_counts(dialog, d)
    ui.submitButton.click()
    assert ui.signButton.isVisible()
    asked_to_sign(watch, ui.signButton.click)  # the witness walks away
    counted = dialog.counted
    assert counted is not None
    # Meanwhile the count is signed off at another workstation.
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse2, counted.reconciliation.id)
    said = refused_unsigned(d, watch, ui.signButton.click, ui.errorLabel.text)
    assert said == "The count of 02/03/2026 is already signed off."


def test_a_withholding_without_its_reason_shows_the_services_words(qtbot, world) -> None:
    d = world
    window, _ = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)
    ui = v.ui
    ui.sedationCombo.setCurrentIndex(0)
    ui.alcoholEdit.setText("0")
    ui.withholdRadio.setChecked(True)
    before = snapshot(d.reg.db)
    ui.withholdButton.click()
    assert ui.errorLabel.text() == "Choose the reason for withholding the dose."
    assert snapshot(d.reg.db) == before
    ui.withholdReasonCombo.setCurrentIndex(ui.withholdReasonCombo.findData("other"))
    ui.withholdButton.click()  # "other" needs a note: the service says so
    assert ui.errorLabel.text() == "Enter the note on why the dose is withheld."
    assert snapshot(d.reg.db) == before
    ui.withholdNoteEdit.setText("Asked to come back after seeing the GP")
    ui.withholdButton.click()
    assert ui.stages.currentWidget() is ui.donePage
    window.close()
