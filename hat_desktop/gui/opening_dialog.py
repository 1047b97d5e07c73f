"""The opening balance: the stock a new section starts with (only its first entry)."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class OpeningDialog(EntryDialog):
    form = "opening_dialog"

    def setup(self) -> None:
        self.view.recordButton.clicked.connect(self.save)
        self.view.quantityEdit.setFocus()

    def _check(self) -> None:
        self.quantity("opening balance", minimum=0)
        parse_typed_date(self.view.expiryEdit.text(), "expiry date")

    def _summary(self) -> str:
        units = self.quantity("opening balance", minimum=0)
        return (f"Opening balance of {self.section.code} ({self.section.title}): "
                f"{self.section.quantity(units)}.")

    def _write(self, witness: User | None) -> Entry:
        v = self.view
        return register.record_opening(
            self.reg, self.actor, witness, self.section.id, v.quantityEdit.text(),
            batch=v.batchEdit.text() or None,
            expiry=parse_typed_date(v.expiryEdit.text(), "expiry date"),
            note=v.noteEdit.text(), occurred_at=self.occurred_at(),
            late_reason=self.late_reason())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
