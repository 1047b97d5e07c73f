"""Helpers for the Stock page and reconciliation dialog tests: the main window on the
Stock page, the register's balance per batch, the witness signing, and every string a
dialog could show a user (texts, tooltips, accessible names, table cells), hidden or not."""

from collections.abc import Callable, Iterator

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.stock_page import StockPage
from hat_desktop.services import reconciliation
from hat_desktop.store import register as register_store
from tests.gui.conftest import when_dialog_opens
from tests.world import PASSWORD, World

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.StatusTipRole,
         Qt.ItemDataRole.WhatsThisRole)


def open_stock(qtbot, d: World, user=None) -> tuple[MainWindow, StockPage]:
    window = MainWindow(d.reg, user or d.pharmacist)
    qtbot.addWidget(window.view)
    window.view.resize(1280, 860)
    window.show()
    page = window.go_to("Stock")
    assert isinstance(page, StockPage)
    return window, page


def book_balance(d: World, section_id: int, batch: str | None) -> int:
    return next((b.balance for b in register_store.batches(d.reg.db, section_id)
                 if b.batch == batch), 0)


def fill_counts(dialog, d: World, **off_by: int) -> None:
    """Type the true count of every line, ``off_by`` units off in the named sections."""
    codes = {s.id: s.code for s in register_store.sections(d.reg.db)}
    for (section_id, batch), edit in dialog.edits.items():
        count = book_balance(d, section_id, batch) + off_by.get(codes[section_id], 0)
        edit.setText(str(count))


def sign_as(qtbot, username: str, password: str = PASSWORD):
    def sign(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.ui.userEdit, username)
        qtbot.keyClicks(dialog.ui.passwordEdit, password)
        dialog.ui.signButton.click()

    return sign


def count_and_sign_off(qtbot, page: StockPage, d: World, witness: str,
                       after_signing: Callable[[QWidget], None] | None = None) -> str:
    """Count the stock… on the Stock page: every line counted true, ``witness`` signs, the
    dialog closed (``after_signing(dialog)`` first). What the dialog said once signed."""
    signed: list[str] = []

    def count_and_sign(dialog: QWidget) -> None:
        try:
            fill_counts(page.count_dialog, d)
            dialog.ui.submitButton.click()
            when_dialog_opens(sign_as(qtbot, witness))
            dialog.ui.signButton.click()
            signed.append(dialog.ui.signedLabel.text())
            if after_signing is not None:
                after_signing(dialog)
        finally:
            dialog.ui.closeButton.click()

    when_dialog_opens(count_and_sign)
    qtbot.mouseClick(page.ui.reconcileButton, Qt.MouseButton.LeftButton)
    assert signed, "the count was not signed off"
    return signed[0]


def cancel_witness(dialog: QWidget) -> None:
    dialog.ui.cancelButton.click()


def miscounted_day(d: World, short: int = 1):
    """A dose of two DIAM100 ampoules, batch D100A counted ``short`` ampoules short, signed
    off.
    Returns (the discrepancy, the dose's register entry id)."""
    from hat_desktop.services import dosing
    from tests.world import dose_request

    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dose = dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                             dose_request(180, [(d.diam100.id, 2)]))
    counts = {}
    for line in reconciliation.count_sheet(d.reg, d.pharmacist):
        counts[(line.section_id, line.batch)] = book_balance(d, line.section_id, line.batch) - (
            short if line.batch == "D100A" else 0)
    rec, found = reconciliation.submit_count(d.reg, d.pharmacist, d.reg.today(), counts)
    reconciliation.sign_off(d.reg, d.pharmacist, d.nurse, rec.id)
    return found[0], dose.entry_ids[0]


def _model_strings(model: QAbstractItemModel) -> Iterator[str]:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                value = index.data(role)
                if value is not None:
                    yield str(value)
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal)
        if value is not None:
            yield str(value)


def every_string(root: QWidget) -> list[str]:
    """Whatever the dialog holds that a user (or a screen reader) could be shown."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QObject)]
    for w in widgets:
        if not isinstance(w, QWidget):
            continue
        found += [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(),
                  w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found += [w.text(), w.placeholderText()]
        if isinstance(w, QPlainTextEdit):
            found += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            found += list(_model_strings(w.model()))
    return [text for text in found if text]
