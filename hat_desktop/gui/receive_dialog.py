"""Receive stock: date, supplier's name and address, quantity, invoice, batch and expiry;
witnessed by a second member of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class ReceiveDialog(EntryDialog):
    form = "receive_dialog"

    def setup(self) -> None:
        self.view.recordButton.clicked.connect(self.save)
        self.view.quantityEdit.setFocus()

    def _receipt(self) -> register.Receipt:
        v = self.view
        return register.Receipt(
            quantity=v.quantityEdit.text(), supplier_name=v.supplierNameEdit.text(),
            supplier_address=v.supplierAddressEdit.toPlainText(), batch=v.batchEdit.text(),
            expiry=parse_typed_date(v.expiryEdit.text(), "expiry date"),
            reference=v.referenceEdit.text(), occurred_at=self.occurred_at(),
            late_reason=self.late_reason())

    def _check(self) -> None:
        v = self.view
        self.quantity("quantity received")
        self.required(v.supplierNameEdit.text(), "supplier's name", 120)
        self.required(v.supplierAddressEdit.toPlainText(), "supplier's address", 300)
        self.required(v.batchEdit.text(), "batch number", 40)
        if self._receipt().expiry is None:
            self.required("", "batch's expiry date", 10)

    def _summary(self) -> str:
        v = self.view
        return (f"Receipt into {self.section.code}: "
                f"{self.section.quantity(self.quantity('quantity received'))} of "
                f"{self.section.title}, batch {v.batchEdit.text().strip().upper()}, from "
                f"{v.supplierNameEdit.text().strip()}.")

    def _write(self, witness: User | None) -> Entry:
        return register.receive(self.reg, self.actor, witness, self.section.id,
                                self._receipt())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
