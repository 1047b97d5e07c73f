"""Return stock to the supplier; witnessed by a second member of staff."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry
from hat_desktop.gui.forms.ui_return_dialog import Ui_ReturnDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register
from hat_desktop.services.register import EntryDraft


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

    def _check(self) -> EntryDraft:
        return register.check_return(self.reg, self.actor, self.section.id, self._return())

    def _summary(self, draft: EntryDraft) -> str:
        batch = f", batch {draft.batch}" if draft.batch else ""
        return (f"Return from {self.section.code}: "
                f"{self.section.quantity(draft.quantity_out)}{batch}, to "
                f"{draft.details['supplier_name']}.")

    def _write(self, witness: User | None) -> Entry:
        return register.return_to_supplier(self.reg, self.actor, witness, self.section.id,
                                           self._return())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
