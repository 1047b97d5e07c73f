"""Receive stock: date, supplier's name and address, quantity, invoice, batch and expiry;
witnessed by a second member of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.date_text import parse_typed_date
from hat_desktop.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


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
            late_reason=self.late_reason())

    def _check(self) -> None:
        ui = self.ui
        self.quantity("quantity received")
        self.required(ui.supplierNameEdit.text(), "supplier's name", 120)
        self.required(ui.supplierAddressEdit.toPlainText(), "supplier's address", 300)
        self.required(ui.batchEdit.text(), "batch number", 40)
        if self._receipt().expiry is None:
            self.required("", "batch's expiry date", 10)

    def _summary(self) -> str:
        ui = self.ui
        return (f"Receipt into {self.section.code}: "
                f"{self.section.quantity(self.quantity('quantity received'))} of "
                f"{self.section.title}, batch {ui.batchEdit.text().strip().upper()}, from "
                f"{ui.supplierNameEdit.text().strip()}.")

    def _write(self, witness: User | None) -> Entry:
        return register.receive(self.reg, self.actor, witness, self.section.id,
                                self._receipt())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
