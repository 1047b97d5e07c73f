"""The Register page and its dialogs, walked as the staff use them: a pharmacist receives
20 ampoules (typed as 200 at first) with a colleague's signature, corrects the mistake,
destroys an expired batch in front of an authorised witness, reads the rows and the
correction note, is refused a fractional quantity, prints and exports; a manager
creates and closes sections; each role sees only the buttons it may use."""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from hat_desktop.domain.register import PRESETS
from hat_desktop.domain.roles import Role
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.register_model import HEADERS
from hat_desktop.gui.register_page import RegisterPage
from hat_desktop.services import register
from hat_desktop.store import audit
from tests.gui.conftest import when_dialog_opens
from tests.gui.printing import PrintDialogs, page_images, qr_texts
from tests.world import PASSWORD

LEFT = Qt.MouseButton.LeftButton
AFTER_EXPIRY = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)  # Thursday


@pytest.fixture
def staff(make_user):
    return (make_user(Role.PHARMACIST, "phil", "Phil Pharmacist"),
            make_user(Role.NURSE, "nina", "Nina Nurse"))


def open_page(qtbot, reg, user) -> tuple[MainWindow, RegisterPage]:
    window = MainWindow(reg, user)
    qtbot.addWidget(window.view)
    window.view.resize(1400, 820)
    window.show()
    window.view.activateWindow()
    qtbot.waitUntil(window.view.isActiveWindow)
    page = window.go_to("Register")
    assert isinstance(page, RegisterPage)
    return window, page


def cell(page: RegisterPage, row: int, title: str) -> str:
    return str(page.model.index(row, HEADERS.index(title)).data())


def row_of(page: RegisterPage, entry_id: int) -> int:
    row = page.model.row_of(entry_id)
    assert row is not None
    return row


def sign(qtbot, username: str, seen: list[str]) -> None:
    """The next dialog is the witness dialog: the colleague signs with their password."""

    def witness(dialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        qtbot.keyClicks(dialog.ui.userEdit, username)
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        qtbot.mouseClick(dialog.ui.signButton, LEFT)

    when_dialog_opens(witness)


def test_a_pharmacist_receives_corrects_destroys_prints_and_exports(
        qtbot, reg, manager, staff, clock, tmp_path, monkeypatch, message_boxes):
    ph, nurse = staff
    section = register.create_section(reg, manager, PRESETS[0])
    old = register.receive(reg, ph, nurse, section.id, register.Receipt(
        5, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "OLD1", date(2026, 3, 4)))
    clock.set(AFTER_EXPIRY)
    window, page = open_page(qtbot, reg, ph)
    ui = page.ui
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("DIAM100"))
    assert ui.sectionHeading.text().startswith(
        "Diamorphine hydrochloride 100 mg powder for solution for injection, ampoule")
    assert "Balance: 5 ampoules" in ui.sectionHeading.text()

    # 1. the receipt, mistyped as 200, witnessed by Nina
    seen: list[str] = []

    def fill_receipt(dialog) -> None:
        qtbot.keyClicks(dialog.ui.quantityEdit, "200")
        qtbot.keyClicks(dialog.ui.supplierNameEdit, "Alliance Healthcare")
        qtbot.keyClicks(dialog.ui.supplierAddressEdit, "Unit 4, Preston Farm, Stockton TS18 3TX")
        qtbot.keyClicks(dialog.ui.referenceEdit, "INV-0042")
        qtbot.keyClicks(dialog.ui.batchEdit, "new1")
        qtbot.keyClicks(dialog.ui.expiryEdit, "31/12/2027")
        qtbot.keyClicks(dialog.ui.unitPriceEdit, "4.2O")  # a letter O: refused, unsigned
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)
        seen.append(dialog.ui.errorLabel.text())
        dialog.ui.unitPriceEdit.clear()
        qtbot.keyClicks(dialog.ui.unitPriceEdit, "£4.20")
        sign(qtbot, "nina", seen)
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)

    when_dialog_opens(fill_receipt)
    qtbot.mouseClick(ui.receiveButton, LEFT)
    assert seen.pop(0) == ("The unit price is an amount in pounds, e.g. 12.50 (at most two "
                           "decimal places).")
    assert seen == ["Receipt into DIAM100: 200 ampoules of Diamorphine hydrochloride 100 mg "
                    "powder for solution for injection, ampoule, batch NEW1, from Alliance "
                    "Healthcare."]
    receipt = page.selected_entry()
    assert receipt is not None and receipt.quantity_in == 200 and receipt.balance == 205
    assert receipt.details["unit_price_pence"] == 420  # for the evaluation's costs
    assert "Balance: 205 ampoules" in ui.sectionHeading.text()
    assert cell(page, row_of(page, receipt.id), "Witness") == "Nina Nurse (nurse)"

    # 2. a fraction is refused in the dialog, before anyone is asked to sign
    refusals: list[str] = []

    def type_fraction(dialog) -> None:
        qtbot.keyClicks(dialog.ui.quantityEdit, "2.5")
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)
        refusals.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible() and not dialog.ui.errorLabel.isHidden()
        qtbot.mouseClick(dialog.ui.cancelButton, LEFT)

    when_dialog_opens(type_fraction)
    qtbot.mouseClick(ui.receiveButton, LEFT)
    assert refusals == ["The quantity received must be a whole number, not a fraction."]
    assert register.count_entries(reg, ph, section.id) == 2

    # 3. the correction: 20 were received, so 180 come off the balance
    ui.registerTable.selectRow(row_of(page, receipt.id))
    assert ui.correctButton.isEnabled()

    def fill_correction(dialog) -> None:
        assert f"Entry No. {receipt.number}, received on 05/03/2026 10:00" in \
            dialog.ui.originalLabel.text()
        qtbot.keyClicks(dialog.ui.reasonEdit, "Typed 200 for 20: the invoice says 20 ampoules.")
        dialog.ui.effectCombo.setCurrentIndex(2)
        qtbot.keyClicks(dialog.ui.quantityEdit, "180")
        sign(qtbot, "nina", seen)
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)

    when_dialog_opens(fill_correction)
    qtbot.mouseClick(ui.correctButton, LEFT)
    fix = page.selected_entry()
    assert fix is not None and fix.corrects_entry_id == receipt.id and fix.balance == 25
    note = cell(page, row_of(page, receipt.id), "Notes")
    assert note == (f"Corrected 05/03/2026 10:00 by Phil Pharmacist (pharmacist), witnessed "
                    f"by Nina Nurse (nurse) (entry No. {fix.number}, 180 ampoules taken off): "
                    "Typed 200 for 20: the invoice says 20 ampoules.")
    assert page.model.index(row_of(page, receipt.id), 0).data(
        Qt.ItemDataRole.ToolTipRole) == note
    assert cell(page, row_of(page, receipt.id), "Qty in") == "200"  # the original stays
    assert cell(page, row_of(page, fix.id), "Entry") == (
        f"Correction of No. {receipt.number}; Correction of entry No. {receipt.number}: 180 "
        "ampoules taken off the balance. Reason: Typed 200 for 20: the invoice says 20 ampoules.")
    assert cell(page, row_of(page, fix.id), "Qty out") == ""  # not under SUPPLIED

    # 4. the expired batch, destroyed in front of an authorised witness
    def fill_destruction(dialog) -> None:
        combo = dialog.ui.batchCombo
        assert combo.itemText(combo.findData("OLD1")) == (
            "OLD1: 5 ampoules, expires 04/03/2026 — EXPIRED")
        combo.setCurrentIndex(combo.findData("OLD1"))
        assert dialog.ui.quantityEdit.text() == "5"
        assert dialog.ui.reasonEdit.text() == "Expired on 04/03/2026"
        qtbot.keyClicks(dialog.ui.methodEdit, "Denatured in a DOOP kit")
        qtbot.keyClicks(dialog.ui.witnessNameEdit, "Dr Ada Officer")
        qtbot.keyClicks(dialog.ui.witnessRoleEdit, "CD Accountable Officer's witness")
        qtbot.keyClicks(dialog.ui.witnessReferenceEdit, "CDAO-2026-07")
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)

    when_dialog_opens(fill_destruction)
    qtbot.mouseClick(ui.destroyButton, LEFT)
    gone = page.selected_entry()
    assert gone is not None and gone.quantity_out == 5 and gone.balance == 20
    row = row_of(page, gone.id)
    assert cell(page, row, "Supplied to") == ("Destroyed: Expired on 04/03/2026; Method: "
                                              "Denatured in a DOOP kit; Batch OLD1")
    assert cell(page, row, "Witness") == ("Dr Ada Officer (CD Accountable Officer's witness, "
                                          "CDAO-2026-07), authorised witness")
    assert cell(page, row, "Balance") == "20"
    assert "Balance: 20 ampoules" in ui.sectionHeading.text()
    assert [cell(page, r, "No.") for r in range(page.model.rowCount())] == [
        str(e.number) for e in (old, receipt, fix, gone)] == ["1", "2", "3", "4"]

    # 5. print: Qt's print dialog, the pages on the printer, and the print is logged
    printers = PrintDialogs(monkeypatch, tmp_path)
    qtbot.mouseClick(ui.printButton, LEFT)
    qtbot.waitUntil(lambda: bool(printers.printed), timeout=10_000)
    assert printers.printed[0].read_bytes().startswith(b"%PDF")
    assert "page(s) sent to the printer" in ui.resultLabel.text()
    assert audit.entries(reg.db, limit=1)[0].action == "print"

    # 6. export: the CSV goes where the user chose
    target = tmp_path / "diam100-march"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV files (*.csv)")))
    qtbot.mouseClick(ui.exportButton, LEFT)
    qtbot.waitUntil(lambda: target.with_suffix(".csv").exists(), timeout=10_000)
    lines = target.with_suffix(".csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("number,kind,occurred_at,quantity_in,quantity_out,balance,")
    assert len(lines) == 5 and lines[2].startswith(f"{receipt.number},receipt,")
    assert message_boxes.shown == []
    window.close()


def test_each_role_sees_only_the_buttons_it_may_use(qtbot, reg, manager, make_user):
    register.create_section(reg, manager, PRESETS[0])
    expected = {
        Role.NURSE: set(),
        Role.INSPECTOR: set(),
        Role.PRESCRIBER: set(),
        Role.PHARMACIST: {"receiveButton", "destroyButton", "returnButton", "openingButton",
                          "correctButton"},
        Role.MANAGER: {"receiveButton", "destroyButton", "returnButton", "openingButton",
                       "correctButton", "newSectionButton", "closeSectionButton"},
    }
    every = set().union(*expected.values())
    for number, (role, buttons) in enumerate(expected.items()):
        user = manager if role is Role.MANAGER else make_user(role, f"user{number}")
        window, page = open_page(qtbot, reg, user)
        shown = {name for name in every if getattr(page.ui, name).isVisibleTo(page.view)}
        assert shown == buttons, role
        assert page.ui.printButton.isEnabled() and page.ui.exportButton.isEnabled()
        window.close()


def test_a_manager_creates_sections_and_an_opening_balance_is_its_first_entry(
        qtbot, reg, manager, staff):
    window, page = open_page(qtbot, reg, manager)
    ui = page.ui
    assert ui.sectionHeading.text().startswith("No register section yet.")
    assert not ui.receiveButton.isEnabled()

    def create_preset(dialog) -> None:
        assert dialog.ui.presetCombo.currentText().startswith("Diamorphine hydrochloride 100 mg")
        assert dialog.ui.codeEdit.text() == "DIAM100"
        qtbot.mouseClick(dialog.ui.createButton, LEFT)

    when_dialog_opens(create_preset)
    qtbot.keyClick(ui.sectionCombo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.section() is not None and page.section().code == "DIAM100"
    assert ui.openingButton.isEnabled()

    errors: list[str] = []

    def create_custom(dialog) -> None:
        dialog.ui.presetCombo.setCurrentIndex(dialog.ui.presetCombo.count() - 1)
        qtbot.keyClicks(dialog.ui.codeEdit, "oxy-10")
        qtbot.keyClicks(dialog.ui.drugEdit, "Oxycodone hydrochloride")
        qtbot.keyClicks(dialog.ui.strengthEdit, "10 mg")
        qtbot.keyClicks(dialog.ui.formEdit, "solution for injection")
        qtbot.keyClicks(dialog.ui.unitEdit, "ampoule")
        dialog.ui.mgSpin.setValue(10)
        qtbot.mouseClick(dialog.ui.createButton, LEFT)
        errors.append(dialog.ui.errorLabel.text())
        dialog.ui.codeEdit.clear()
        qtbot.keyClicks(dialog.ui.codeEdit, "OXY10")
        assert dialog.ui.titlePreview.text().endswith(
            "Oxycodone hydrochloride 10 mg solution for injection, ampoule")
        qtbot.mouseClick(dialog.ui.createButton, LEFT)

    when_dialog_opens(create_custom)
    qtbot.mouseClick(ui.newSectionButton, LEFT)
    assert errors == ["A section code is 2 to 12 capital letters and digits, e.g. DIAM100."]
    assert page.section().code == "OXY10"

    seen: list[str] = []

    def fill_opening(dialog) -> None:
        qtbot.keyClicks(dialog.ui.quantityEdit, "12")
        qtbot.keyClicks(dialog.ui.noteEdit, "Carried over from paper register page 47")
        sign(qtbot, "nina", seen)
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)

    when_dialog_opens(fill_opening)
    qtbot.mouseClick(ui.openingButton, LEFT)
    assert seen == ["Opening balance of OXY10 (Oxycodone hydrochloride 10 mg solution for "
                    "injection, ampoule): 12 ampoules."]
    assert "Balance: 12 ampoules" in ui.sectionHeading.text()
    assert not ui.openingButton.isEnabled()
    assert cell(page, 0, "Obtained from") == (
        "Balance brought forward: Carried over from paper register page 47")

    def close_it(dialog) -> None:
        assert "still holds 12 ampoules" in dialog.ui.sectionInfoLabel.text()
        qtbot.keyClicks(dialog.ui.reasonEdit, "No longer stocked")
        qtbot.mouseClick(dialog.ui.closeButton, LEFT)

    when_dialog_opens(close_it)
    qtbot.mouseClick(ui.closeSectionButton, LEFT)
    assert "CLOSED to new entries" in ui.sectionHeading.text()
    assert not ui.receiveButton.isEnabled() and not ui.closeSectionButton.isEnabled()
    assert ui.printButton.isEnabled()
    window.close()


def test_a_cancelled_witness_writes_nothing_and_says_so(qtbot, reg, manager, staff):
    ph, _nurse = staff
    section = register.create_section(reg, manager, PRESETS[0])
    window, page = open_page(qtbot, reg, ph)
    said: list[str] = []

    def fill(dialog) -> None:
        for edit, text in ((dialog.ui.quantityEdit, "20"),
                           (dialog.ui.supplierNameEdit, "Alliance Healthcare"),
                           (dialog.ui.supplierAddressEdit, "Unit 4, Stockton TS18 3TX"),
                           (dialog.ui.batchEdit, "AB1"), (dialog.ui.expiryEdit, "01/01/2028")):
            qtbot.keyClicks(edit, text)
        when_dialog_opens(lambda witness: witness.reject())
        qtbot.mouseClick(dialog.ui.recordButton, LEFT)
        said.append(dialog.ui.errorLabel.text())
        dialog.reject()

    when_dialog_opens(fill)
    qtbot.mouseClick(page.ui.receiveButton, LEFT)
    assert said == ["Nothing was recorded: this entry needs a second member of staff to "
                    "sign it."]
    assert register.count_entries(reg, ph, section.id) == 0
    window.close()


def test_the_page_follows_entries_made_elsewhere(qtbot, reg, manager, staff):
    ph, nurse = staff
    section = register.create_section(reg, manager, PRESETS[0])
    window, page = open_page(qtbot, reg, ph)
    assert page.model.rowCount() == 0
    register.receive(reg, ph, nurse, section.id, register.Receipt(
        20, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "AB1", date(2027, 1, 31)))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert "Balance: 20 ampoules" in page.ui.sectionHeading.text()
    QApplication.processEvents()
    window.close()


def test_a_long_register_is_fetched_in_pages_as_it_scrolls(qtbot, reg, manager, staff):
    ph, nurse = staff
    section = register.create_section(reg, manager, PRESETS[2])
    for n in range(450):
        register.receive(reg, ph, nurse, section.id, register.Receipt(
            1, "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "M1", date(2027, 1, 31),
            reference=f"INV-{n}"))
    window, page = open_page(qtbot, reg, ph)
    assert page.model.total == 450 and page.model.rowCount() == 200
    page.ui.registerTable.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=3000)
    assert page.ui.countLabel.text() == "450 of 450 entries"
    window.close()


def named(widget: QWidget | None) -> QWidget:
    """The dialog's own field that holds ``widget`` (a combo's or date edit's inner line)."""
    while widget is not None and not widget.objectName().endswith(("Edit", "Combo", "Button")):
        widget = widget.parentWidget()
    assert widget is not None
    return widget


@pytest.mark.parametrize(("button", "order"), [
    ("receiveButton", ["quantityEdit", "supplierNameEdit", "supplierAddressEdit",
                       "referenceEdit", "batchEdit", "expiryEdit", "unitPriceEdit",
                       "occurredEdit", "lateReasonEdit", "recordButton", "cancelButton"]),
    ("destroyButton", ["batchCombo", "quantityEdit", "reasonEdit", "methodEdit",
                       "witnessNameEdit",
                       "witnessRoleEdit", "witnessReferenceEdit", "occurredEdit",
                       "lateReasonEdit", "recordButton", "cancelButton"]),
])
def test_the_dialogs_are_reached_by_keyboard_with_named_fields(qtbot, reg, manager, staff,
                                                                button, order):
    ph, _nurse = staff
    register.create_section(reg, manager, PRESETS[0])
    window, page = open_page(qtbot, reg, ph)
    visited: list[str] = []

    def walk(dialog) -> None:
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()),
                            timeout=2000)
            for _ in order:
                widget = named(QApplication.focusWidget())
                visited.append(widget.objectName())
                if widget.objectName().endswith(("Edit", "Combo")):
                    label = dialog.findChild(QWidget, widget.objectName()
                                             .replace("Edit", "Label")
                                             .replace("Combo", "Label"))
                    assert label.buddy() is widget and widget.accessibleName()
                for _press in range(8):  # a date and time edit takes Tab through its parts
                    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                    if named(QApplication.focusWidget()) is not widget:
                        break
        finally:
            dialog.reject()

    when_dialog_opens(walk)
    shortcut = {"receiveButton": Qt.Key.Key_R, "destroyButton": Qt.Key.Key_D}[button]
    qtbot.keyClick(page.ui.registerTable, shortcut, Qt.KeyboardModifier.ControlModifier)
    assert visited == order
    window.close()


def test_an_inspector_prints_and_saves_register_pages_as_pdf(qtbot, world, monkeypatch,
                                                             tmp_path, message_boxes):
    """No PDF viewer needed: the pages go through Qt's print dialog, and "Save as PDF…"
    writes the same pages where the inspector chose, readable by this account only."""
    window, page = open_page(qtbot, world.reg, world.inspector)
    ui = page.ui
    page.choose_section("DIAM100")
    printers = PrintDialogs(monkeypatch, tmp_path)
    qtbot.keyClick(ui.registerTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(printers.printed), timeout=10_000)
    (image, *_rest) = page_images(printers.printed[0], tmp_path, dpi=200)
    (code,) = qr_texts(image)  # the printed page's QR code, read off the paper
    assert "DIAM100" in code
    target = tmp_path / "for-the-cdlo"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    qtbot.mouseClick(ui.savePdfButton, LEFT)
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes().startswith(b"%PDF") and saved.stat().st_mode & 0o077 == 0
    assert ui.resultLabel.text().startswith("The register pages of DIAM100 (")
    assert [e.action for e in audit.entries(world.reg.db, limit=2)] == ["export", "print"]
    assert message_boxes.shown == []
    window.close()
