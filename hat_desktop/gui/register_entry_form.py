"""What the register's entry dialogs share: loading the form, the date and time of the
transaction (a late entry says why), batches to choose from, and the witness step. Before
a colleague is asked to sign, the service's own check (check_receipt...) drafts the entry
the write would make: a refusal is shown and nobody signs; the summary the witness reads
is the draft's."""

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, TypeVar

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import BatchStock, Entry, Section
from hat_desktop.domain.times import format_date
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.qt_dates import qdate
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register import EntryDraft

NEEDS_WITNESS = "Nothing was recorded: this entry needs a second member of staff to sign it."


class EntryForm(Protocol):
    """The widgets every entry form has (occurredEdit too, except on a correction)."""

    quantityLabel: QLabel
    quantityEdit: QLineEdit
    lateReasonEdit: QLineEdit
    errorLabel: QLabel
    cancelButton: QPushButton
    recordButton: QPushButton

    def setupUi(self, dialog: QDialog) -> None: ...


E = TypeVar("E", bound=EntryForm)


class EntryDialog(FormDialog[E, Entry]):
    """Base of the entry dialogs: ``self.view`` is the dialog built from ``form`` (a
    compiled form), exec() returns the entry written (or None when cancelled)."""

    form: type[E]

    def __init__(self, reg: OpenRegister, actor: User, section: Section,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.form(), parent)
        self.reg = reg
        self.actor = actor
        self.section = section
        self.result: Entry | None = None
        self.view.setWindowTitle(f"{self.view.windowTitle()} — {section.code}")
        self.ui.cancelButton.clicked.connect(self.view.reject)
        self._initial_time: QDateTime | None = None
        edit = self._occurred_edit()
        if edit is not None:
            self._setup_time(edit)
        unit = section.unit if section.unit in ("ml", "mg", "g") else f"{section.unit}s"
        self.ui.quantityLabel.setText(f"&Quantity ({unit})")
        self.setup()

    def setup(self) -> None:
        """Each dialog's own wiring."""

    def accepted_result(self) -> Entry | None:
        return self.result

    # --- the date and time of the transaction ------------------------------------------
    def _occurred_edit(self) -> QDateTimeEdit | None:
        edit = getattr(self.ui, "occurredEdit", None)
        return edit if isinstance(edit, QDateTimeEdit) else None

    def _setup_time(self, edit: QDateTimeEdit) -> None:
        now = self.reg.now().astimezone(self.reg.tz)
        value = QDateTime(qdate(now.date()), QTime(now.hour, now.minute))
        edit.setMaximumDateTime(value.addSecs(60))
        edit.setDateTime(value)
        edit.setToolTip("When the stock was received, destroyed or returned. An earlier day "
                        "makes this a late entry, which needs a reason.")
        self._initial_time = value

    def occurred_at(self) -> datetime | None:
        """None (now) unless the user changed the date and time."""
        edit = self._occurred_edit()
        if edit is None or edit.dateTime() == self._initial_time:
            return None
        value = edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                        tzinfo=self.reg.tz)

    def late_reason(self) -> str | None:
        text: str = self.ui.lateReasonEdit.text()
        return text.strip() or None

    # --- batches -----------------------------------------------------------------------
    def fill_batches(self, combo: QComboBox) -> list[BatchStock]:
        stock = run_service(lambda: register.batches(self.reg, self.actor, self.section.id),
                            parent=self.view) or []
        today = self.reg.today()
        combo.clear()
        for b in stock:
            if not b.batch:
                continue
            expiry = f", expires {format_date(b.expiry)}" if b.expiry else ""
            flag = " — EXPIRED" if b.expired(today) else ""
            combo.addItem(f"{b.batch}: {self.section.quantity(b.balance)}{expiry}{flag}",
                          b.batch)
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        return stock

    @staticmethod
    def chosen_batch(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return str(combo.itemData(index))
        return text.split(":")[0].strip()

    # --- recording ---------------------------------------------------------------------
    def record(self, check: Callable[[], EntryDraft], summary: Callable[[EntryDraft], str],
               write: Callable[[User | None], Entry], *, witnessed: bool = True) -> None:
        """The service's check (nothing written), the witness signs what it drafted (if
        the entry needs one), then the write, which runs the same check again."""
        v = self.view
        ui = self.ui
        draft = run_service(check, error_label=ui.errorLabel)
        if draft is None:
            return
        witness = None
        if witnessed:
            witness = ask_witness(self.reg, self.actor, summary(draft), v)
            v.activateWindow()
            if witness is None:
                ui.errorLabel.setText(NEEDS_WITNESS)
                ui.errorLabel.show()
                return
        entry = run_service(lambda: write(witness), error_label=ui.errorLabel)
        if entry is not None:
            self.result = entry
            v.accept()
