"""Destroy stock (expired, damaged) in front of an authorised witness from outside the
clinic, recorded by name, role and reference: no user of the app signs for them."""

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import BatchStock, Entry
from hat_desktop.domain.times import format_date
from hat_desktop.gui.forms.ui_destroy_dialog import Ui_DestroyDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register


class DestroyDialog(EntryDialog[Ui_DestroyDialog]):
    form = Ui_DestroyDialog

    def setup(self) -> None:
        ui = self.ui
        self.stock = self.fill_batches(ui.batchCombo)
        ui.batchCombo.currentIndexChanged.connect(self._batch_chosen)
        ui.recordButton.clicked.connect(self.save)
        ui.batchCombo.setFocus()

    def _batch_chosen(self, index: int) -> None:
        """An expired batch fills in its whole balance and the reason, if still empty."""
        ui = self.ui
        if index < 0:
            return
        chosen = self.chosen_batch(ui.batchCombo)
        stock: BatchStock | None = next((b for b in self.stock if b.batch == chosen), None)
        if stock is None:
            return
        if not ui.quantityEdit.text().strip():
            ui.quantityEdit.setText(str(stock.balance))
        if not ui.reasonEdit.text().strip() and stock.expiry and stock.expired(
                self.reg.today()):
            ui.reasonEdit.setText(f"Expired on {format_date(stock.expiry)}")

    def _destruction(self) -> register.Destruction:
        ui = self.ui
        return register.Destruction(
            quantity=ui.quantityEdit.text(), batch=self.chosen_batch(ui.batchCombo),
            reason=ui.reasonEdit.text(), method=ui.methodEdit.text(),
            authorised_witness_name=ui.witnessNameEdit.text(),
            authorised_witness_role=ui.witnessRoleEdit.text(),
            authorised_witness_reference=ui.witnessReferenceEdit.text(),
            occurred_at=self.occurred_at(), late_reason=self.late_reason())

    def _write(self, _witness: User | None) -> Entry:
        return register.destroy(self.reg, self.actor, self.section.id, self._destruction())

    def save(self) -> None:
        self.record(lambda: register.check_destruction(self.reg, self.actor, self.section.id,
                                                       self._destruction()),
                    lambda _draft: "", self._write, witnessed=False)
