"""Return stock to the supplier; witnessed by a second member of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.forms.ui_return_dialog import Ui_ReturnDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class ReturnDialog(EntryDialog[Ui_ReturnDialog]):
    form = Ui_ReturnDialog

    def setup(self) -> None:
        self.fill_batches(self.ui.batchCombo)
        self.ui.recordButton.clicked.connect(self.save)
        self.ui.batchCombo.setFocus()

    def _return(self) -> register.Return:
        ui = self.ui
        return register.Return(
            quantity=ui.quantityEdit.text(), batch=self.chosen_batch(ui.batchCombo),
            supplier_name=ui.supplierNameEdit.text(),
            supplier_address=ui.supplierAddressEdit.toPlainText(), reason=ui.reasonEdit.text(),
            reference=ui.referenceEdit.text(), occurred_at=self.occurred_at(),
            late_reason=self.late_reason())

    def _check(self) -> None:
        ui = self.ui
        self.quantity("quantity returned")
        self.required(ui.supplierNameEdit.text(), "supplier's name", 120)
        self.required(ui.supplierAddressEdit.toPlainText(), "supplier's address", 300)
        self.required(ui.reasonEdit.text(), "reason for the return", 300)

    def _summary(self) -> str:
        ui = self.ui
        batch = self.chosen_batch(ui.batchCombo)
        return (f"Return from {self.section.code}: "
                f"{self.section.quantity(self.quantity('quantity returned'))}"
                f"{f', batch {batch}' if batch else ''}, to {ui.supplierNameEdit.text().strip()}.")

    def _write(self, witness: User | None) -> Entry:
        return register.return_to_supplier(self.reg, self.actor, witness, self.section.id,
                                           self._return())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
