"""Return stock to the supplier; witnessed by a second member of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class ReturnDialog(EntryDialog):
    form = "return_dialog"

    def setup(self) -> None:
        self.fill_batches(self.view.batchCombo)
        self.view.recordButton.clicked.connect(self.save)
        self.view.batchCombo.setFocus()

    def _return(self) -> register.Return:
        v = self.view
        return register.Return(
            quantity=v.quantityEdit.text(), batch=self.chosen_batch(v.batchCombo),
            supplier_name=v.supplierNameEdit.text(),
            supplier_address=v.supplierAddressEdit.toPlainText(), reason=v.reasonEdit.text(),
            reference=v.referenceEdit.text(), occurred_at=self.occurred_at(),
            late_reason=self.late_reason())

    def _check(self) -> None:
        v = self.view
        self.quantity("quantity returned")
        self.required(v.supplierNameEdit.text(), "supplier's name", 120)
        self.required(v.supplierAddressEdit.toPlainText(), "supplier's address", 300)
        self.required(v.reasonEdit.text(), "reason for the return", 300)

    def _summary(self) -> str:
        v = self.view
        batch = self.chosen_batch(v.batchCombo)
        return (f"Return from {self.section.code}: "
                f"{self.section.quantity(self.quantity('quantity returned'))}"
                f"{f', batch {batch}' if batch else ''}, to {v.supplierNameEdit.text().strip()}.")

    def _write(self, witness: User | None) -> Entry:
        return register.return_to_supplier(self.reg, self.actor, witness, self.section.id,
                                           self._return())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
