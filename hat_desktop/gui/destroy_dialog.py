"""Destroy stock (expired, damaged) in front of an authorised witness from outside the
clinic, recorded by name, role and reference: no user of the app signs for them."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import BatchStock, Entry
from hat_desktop.domain.times import format_date
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class DestroyDialog(EntryDialog):
    form = "destroy_dialog"

    def setup(self) -> None:
        v = self.view
        self.stock = self.fill_batches(v.batchCombo)
        v.batchCombo.currentIndexChanged.connect(self._batch_chosen)
        v.recordButton.clicked.connect(self.save)
        v.batchCombo.setFocus()

    def _batch_chosen(self, index: int) -> None:
        """An expired batch fills in its whole balance and the reason, if still empty."""
        v = self.view
        if index < 0:
            return
        chosen = self.chosen_batch(v.batchCombo)
        stock: BatchStock | None = next((b for b in self.stock if b.batch == chosen), None)
        if stock is None:
            return
        if not v.quantityEdit.text().strip():
            v.quantityEdit.setText(str(stock.balance))
        if not v.reasonEdit.text().strip() and stock.expiry and stock.expired(
                self.reg.today()):
            v.reasonEdit.setText(f"Expired on {format_date(stock.expiry)}")

    def _destruction(self) -> register.Destruction:
        v = self.view
        return register.Destruction(
            quantity=v.quantityEdit.text(), batch=self.chosen_batch(v.batchCombo),
            reason=v.reasonEdit.text(), authorised_witness_name=v.witnessNameEdit.text(),
            authorised_witness_role=v.witnessRoleEdit.text(),
            authorised_witness_reference=v.witnessReferenceEdit.text(),
            occurred_at=self.occurred_at(), late_reason=self.late_reason())

    def _write(self, _witness: User | None) -> Entry:
        return register.destroy(self.reg, self.actor, self.section.id, self._destruction())

    def save(self) -> None:
        self.record(lambda: None, lambda: "", self._write, witnessed=False)
