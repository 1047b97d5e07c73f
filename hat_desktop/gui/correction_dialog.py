"""Correct an entry: a dated, attributed, witnessed note against it, with a compensating
quantity where the balance was wrong. The original entry is never touched."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Entry, Section
from hat_desktop.domain.register_text import entry_text
from hat_desktop.domain.times import format_local
from hat_desktop.gui.forms.ui_correction_dialog import Ui_CorrectionDialog
from hat_desktop.gui.register_entry_form import EntryDialog
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register import EntryDraft

NO_CHANGE, ADD, TAKE = "none", "add", "take"


class CorrectionDialog(EntryDialog[Ui_CorrectionDialog]):
    form = Ui_CorrectionDialog

    def __init__(self, reg: OpenRegister, actor: User, section: Section, target: Entry,
                 parent: QWidget | None = None) -> None:
        self.target = target
        super().__init__(reg, actor, section, parent)

    def setup(self) -> None:
        ui, e = self.ui, self.target
        text = entry_text(e, self.section, self.reg.tz)
        said = "; ".join(text.obtained_from + text.supplied_to)
        moved = (f"{self.section.quantity(e.quantity_in)} in" if e.quantity_in else
                 f"{self.section.quantity(e.quantity_out)} out" if e.quantity_out else
                 "no quantity")
        ui.originalLabel.setText(
            f"Entry No. {e.number}, {e.kind.label.lower()} on "
            f"{format_local(e.occurred_at, self.reg.tz)} by {e.entered_by_name}: {moved}, "
            f"balance after it {e.balance}." + (f"\n{said}" if said else ""))
        ui.effectCombo.addItem("The balance is right: no change", NO_CHANGE)
        ui.effectCombo.addItem(f"Add {self.section.unit}s back to the balance"
                               if self.section.unit not in ("ml", "mg") else
                               f"Add {self.section.unit} back to the balance", ADD)
        ui.effectCombo.addItem("Take them off the balance", TAKE)
        ui.effectCombo.currentIndexChanged.connect(self._effect_changed)
        ui.lateReasonEdit.setPlaceholderText("Only if today's register has already been closed")
        ui.recordButton.clicked.connect(self.save)
        self._effect_changed()
        ui.reasonEdit.setFocus()

    def _effect(self) -> str:
        return str(self.ui.effectCombo.currentData())

    def _effect_changed(self) -> None:
        ui = self.ui
        changes = self._effect() != NO_CHANGE
        ui.quantityEdit.setEnabled(changes)
        if not changes:
            ui.quantityEdit.clear()

    def _quantities(self) -> tuple[str | int, str | int]:
        """(quantity in, quantity out) as typed, for the service to check."""
        typed = self.ui.quantityEdit.text()
        return (typed if self._effect() == ADD else 0, typed if self._effect() == TAKE else 0)

    def _check(self) -> EntryDraft:
        q_in, q_out = self._quantities()
        return register.check_correction(
            self.reg, self.actor, self.target.id, self.ui.reasonEdit.toPlainText(),
            quantity_in=q_in, quantity_out=q_out, late_reason=self.late_reason())

    def _summary(self, draft: EntryDraft) -> str:
        moved = draft.quantity_in or draft.quantity_out
        change = ("no change to the balance" if not moved else
                  f"{self.section.quantity(moved)} "
                  f"{'added back to' if draft.quantity_in else 'taken off'} the balance")
        return (f"Correction of entry No. {self.target.number} in {self.section.code}: "
                f"{change}. "
                f"Reason: {draft.details['reason']}")

    def _write(self, witness: User | None) -> Entry:
        q_in, q_out = self._quantities()
        return register.correct(
            self.reg, self.actor, witness, self.target.id, self.ui.reasonEdit.toPlainText(),
            quantity_in=q_in, quantity_out=q_out, late_reason=self.late_reason())

    def save(self) -> None:
        self.record(self._check, self._summary, self._write)
