"""Receive stock: date, supplier's name and address, quantity, invoice, batch and expiry,
and optionally the unit price (for the evaluation's costs); witnessed by a second member
of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register
from hat_desktop.services.register import EntryDraft


class ReceiveDialog(EntryDialog[Ui_ReceiveDialog]):
    form = Ui_ReceiveDialog

    def setup(self) -> None:
        self.ui.recordButton.clicked.connect(self.save)
        self.ui.quantityEdit.setFocus()

    def _receipt(self) -> register.Receipt:
        ui = self.ui
        return register.Receipt(
            quantity=ui.quantityEdit.text(), supplier_name=ui.supplierNameEdit.text(),
            supplier_address=ui.supplierAddressEdit.toPlainText(), batch=ui.batchEdit.text(),
            expiry=parse_typed_date(ui.expiryEdit.text(), "expiry date"),
            reference=ui.referenceEdit.text(), occurred_at=self.occurred_at(),
            late_reason=self.late_reason(), unit_price=ui.unitPriceEdit.text())

    def _check(self) -> EntryDraft:
        return register.check_receipt(self.reg, self.actor, self.section.id, self._receipt())

    def _summary(self, draft: EntryDraft) -> str:
        return (f"Receipt into {self.section.code}: "
                f"{self.section.quantity(draft.quantity_in)} of {self.section.title}, "
                f"batch {draft.batch}, from {draft.details['supplier_name']}.")

    def _write(self, witness: User | None) -> Entry:
        return register.receive(self.reg, self.actor, witness, self.section.id,
                                self._receipt())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
