"""The opening balance: the stock a new section starts with (only its first entry)."""

from typing import Any

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.forms.ui_opening_dialog import Ui_OpeningDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register
from hat_desktop.services.register import EntryDraft


class OpeningDialog(EntryDialog[Ui_OpeningDialog]):
    form = Ui_OpeningDialog

    def setup(self) -> None:
        self.ui.recordButton.clicked.connect(self.save)
        self.ui.quantityEdit.setFocus()

    def _fields(self) -> dict[str, Any]:
        ui = self.ui
        return {"batch": ui.batchEdit.text() or None,
                "expiry": parse_typed_date(ui.expiryEdit.text(), "expiry date"),
                "note": ui.noteEdit.text(), "occurred_at": self.occurred_at(),
                "late_reason": self.late_reason()}

    def _check(self) -> EntryDraft:
        return register.check_opening(self.reg, self.actor, self.section.id,
                                      self.ui.quantityEdit.text(), **self._fields())

    def _summary(self, draft: EntryDraft) -> str:
        return (f"Opening balance of {self.section.code} ({self.section.title}): "
                f"{self.section.quantity(draft.quantity_in)}.")

    def _write(self, witness: User | None) -> Entry:
        return register.record_opening(self.reg, self.actor, witness, self.section.id,
                                       self.ui.quantityEdit.text(), **self._fields())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
