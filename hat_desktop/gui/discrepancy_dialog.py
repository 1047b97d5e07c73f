"""Investigating a stock discrepancy: what was expected and counted, the register's
evidence (the day's entries for the section, late entries, recent corrections, other
sections' entries that day), notes, and the only two ways to resolve it — explained,
with a witnessed correction against the entry at fault, or unexplained, reported to
the CD Accountable Officer. Closing the dialog leaves it open; nothing dismisses it."""

import logging
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.reconciliation import Discrepancy, LineStatus
from hat_desktop.domain.register import EntryKind, Section
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.gui.entry_rows import ENTRY_ID_ROLE, entry_label, fill_entries
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_discrepancy_dialog import Ui_DiscrepancyDialog
from hat_desktop.gui.messages import confirm, run_service
from hat_desktop.gui.qt_dates import qdate
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.services import reconciliation, register
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.reconciliation import Investigation

log = logging.getLogger(__name__)
TAKE_OFF, ADD_BACK, NO_CHANGE = "out", "in", "none"
EARLIER_DAYS = 7  # the entry at fault may be on an earlier day: offered after the day's
DIRECTIONS = ((TAKE_OFF, "Take off the balance"), (ADD_BACK, "Add to the balance"),
              (NO_CHANGE, "No change to the balance"))


def facts_text(d: Discrepancy, section: Section | None, tz_text: str) -> str:
    q = section.quantity if section else (lambda n: str(n))
    way = "short" if d.difference < 0 else "over"
    return (f"Counted on {d.day.strftime('%A %d/%m/%Y')}: the register expected "
            f"{q(d.expected)}, {q(d.counted)} were counted — a difference of "
            f"{d.difference:+d} ({q(abs(d.difference))} {way}). Recorded {tz_text}.")


def status_text(d: Discrepancy, tz_format: str, numbers: dict[int, int]) -> str:
    """``numbers``: register entry id -> its number (No.) in the section."""
    if d.status is LineStatus.OPEN:
        return "OPEN: it stays on the banners until it is explained or reported."
    if d.status is LineStatus.EXPLAINED:
        fix = d.correction_entry_id
        which = (f"correction No. {numbers[fix]} in {d.section_code}" if fix in numbers
                 else f"correction entry {fix}")
        return (f"Resolved as EXPLAINED by {d.resolved_by_name} at {tz_format}: "
                f"{d.explanation} ({which}).")
    reported = format_date(d.reported_at) if d.reported_at else ""
    return (f"Resolved as UNEXPLAINED by {d.resolved_by_name} at {tz_format}: {d.explanation} "
            f"Reported to {d.reported_to} on {reported}, reference {d.report_reference}.")


class DiscrepancyDialog(FormDialog[Ui_DiscrepancyDialog, None]):
    def __init__(self, reg: OpenRegister, actor: User, discrepancy_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_DiscrepancyDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.discrepancy_id = discrepancy_id
        self.investigation: Investigation | None = None
        self.section: Section | None = None
        self.resolved: Discrepancy | None = None
        v = self.view
        ui = self.ui
        self.tables: dict[str, QTableView] = {
            "dayTable": ui.dayTable, "lateTable": ui.lateTable,
            "correctionsTable": ui.correctionsTable, "neighboursTable": ui.neighboursTable}
        self.models = {name: QStandardItemModel(self) for name in self.tables}
        for name, table in self.tables.items():
            table.setModel(self.models[name])
            table.verticalHeader().hide()
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes_model = QStandardItemModel(self)
        ui.notesList.setModel(self.notes_model)
        ui.entryCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.entryCombo.setMinimumContentsLength(30)  # long entry labels must not widen the form
        for key, text in DIRECTIONS:
            ui.directionCombo.addItem(text, key)
        ui.directionCombo.currentIndexChanged.connect(self._direction_changed)
        ui.dayTable.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._entry_chosen_in_table(current.row()))
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.noteEdit.returnPressed.connect(self.add_note)
        ui.explainButton.clicked.connect(self.resolve_explained)
        ui.unexplainedButton.clicked.connect(self.resolve_unexplained)
        ui.closeButton.clicked.connect(v.reject)
        ui.reportedAtEdit.setDate(qdate(reg.today()))
        ui.reportedAtEdit.setMaximumDate(qdate(reg.today()))
        self.can_resolve = allowed(actor.role, Action.RESOLVE_DISCREPANCY)
        self.load(prefill=True)

    # --- what the register shows -----------------------------------------------------------
    def load(self, *, prefill: bool = False) -> None:
        v = self.view
        ui = self.ui
        found = run_service(lambda: reconciliation.investigate(self.reg, self.actor,
                                                               self.discrepancy_id),
                            error_label=ui.errorLabel)
        if found is None:
            self._set_resolvable(False)
            return
        self.investigation = found
        d = found.discrepancy
        tz = self.reg.tz
        if self.section is None:
            self.section = run_service(lambda: register.get_section(self.reg, self.actor,
                                                                    d.section_code),
                                       error_label=ui.errorLabel)
        title = self.section.title if self.section else ""
        v.setWindowTitle(f"Stock discrepancy — {d.section_code}, {format_date(d.day)}")
        ui.headingLabel.setText(f"<b>{d.section_code}</b> — {title}")
        ui.factsLabel.setText(facts_text(d, self.section, format_local(d.created_at, tz)))
        resolved_at = format_local(d.resolved_at, tz) if d.resolved_at else ""
        numbers = {e.id: e.seq for e in (*found.day_entries, *found.late_entries,
                                         *found.corrections)}
        ui.statusLabel.setText(status_text(d, resolved_at, numbers))
        ui.statusLabel.setObjectName("discrepancyOpen" if d.is_open else "discrepancyResolved")
        ui.statusLabel.style().unpolish(ui.statusLabel)
        ui.statusLabel.style().polish(ui.statusLabel)
        self._fill_evidence(found)
        if prefill:
            self._prefill(d)
        self._set_resolvable(d.is_open)

    def _fill_evidence(self, found: Investigation) -> None:
        ui = self.ui
        tz = self.reg.tz
        fill_entries(self.models["dayTable"], found.day_entries, tz,
                     empty="No entries that day.")
        fill_entries(self.models["lateTable"], found.late_entries, tz,
                     empty="No late entries for that day.")
        fill_entries(self.models["correctionsTable"], found.corrections, tz,
                     empty="No corrections in the week before.")
        codes = {e.section_id: code for code, entries in found.neighbours.items()
                 for e in entries}
        others = sorted((e for entries in found.neighbours.values() for e in entries),
                        key=lambda e: e.occurred_at)
        fill_entries(self.models["neighboursTable"], others, tz, section_codes=codes,
                     empty="No other section has entries that day.")
        for index, (name, count) in enumerate((
            ("The day's entries", len(found.day_entries)),
            ("Late entries", len(found.late_entries)),
            ("Corrections (7 days)", len(found.corrections)),
            ("Other sections that day", len(others)),
            ("Notes", len(found.notes)),
        )):
            ui.evidenceTabs.setTabText(index, f"{name} ({count})")
        for table in self.tables.values():
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        self.notes_model.clear()
        for when, who, text in found.notes:
            item = QStandardItem(f"{when}, {who}: {text}")
            item.setEditable(False)
            self.notes_model.appendRow(item)
        if not found.notes:
            item = QStandardItem("No notes yet.")
            item.setEditable(False)
            self.notes_model.appendRow(item)
        keep = ui.entryCombo.currentData()
        ui.entryCombo.clear()
        ui.entryCombo.addItem("Choose the entry at fault…", None)
        d = found.discrepancy
        earlier = run_service(lambda: register.entries(
            self.reg, self.actor, d.section_id, d.day - timedelta(days=EARLIER_DAYS),
            d.day - timedelta(days=1), limit=500), error_label=ui.errorLabel) or []
        for e in [*found.day_entries, *reversed([view.entry for view in earlier])]:
            if e.kind not in (EntryKind.CORRECTION, EntryKind.STOCK_CHECK):
                ui.entryCombo.addItem(entry_label(e, tz), e.id)
        if keep is not None and (at := ui.entryCombo.findData(keep)) >= 0:
            ui.entryCombo.setCurrentIndex(at)
        self._fill_batches(d.section_id)

    def _fill_batches(self, section_id: int) -> None:
        """The entry's own batch, or another batch of the section that holds stock now (the
        entry's batch may have been emptied since)."""
        ui = self.ui
        keep = ui.batchCombo.currentData()
        ui.batchCombo.clear()
        ui.batchCombo.addItem("The entry's own batch", None)
        held = run_service(lambda: register.batches(self.reg, self.actor, section_id),
                           error_label=ui.errorLabel) or []
        for b in held:
            if b.batch and b.balance > 0:
                amount = self.section.quantity(b.balance) if self.section else str(b.balance)
                ui.batchCombo.addItem(f"{b.batch} (holds {amount})", b.batch)
        if keep is not None and (at := ui.batchCombo.findData(keep)) >= 0:
            ui.batchCombo.setCurrentIndex(at)

    def _prefill(self, d: Discrepancy) -> None:
        ui = self.ui
        if d.difference < 0:
            ui.directionCombo.setCurrentIndex(ui.directionCombo.findData(TAKE_OFF))
        else:
            ui.directionCombo.setCurrentIndex(ui.directionCombo.findData(ADD_BACK))
        ui.quantityEdit.setText(str(abs(d.difference)))

    def _set_resolvable(self, is_open: bool) -> None:
        ui = self.ui
        can = is_open and self.can_resolve
        for group in (ui.explainedGroup, ui.unexplainedGroup):
            group.setEnabled(can)
            group.setVisible(is_open)  # a resolution, once recorded, is shown above
        ui.noteEdit.setEnabled(self.can_resolve)
        ui.addNoteButton.setEnabled(self.can_resolve)
        if is_open and not self.can_resolve:
            ui.resolveNote.setText("Only a pharmacist or a manager resolves a discrepancy. It "
                                   "stays open until then.")
        elif not is_open:
            ui.resolveNote.setText("This discrepancy is resolved; the resolution is kept with "
                                   "it for good.")

    def _direction_changed(self, _index: int) -> None:
        ui = self.ui
        ui.quantityEdit.setEnabled(ui.directionCombo.currentData() != NO_CHANGE)

    def _entry_chosen_in_table(self, row: int) -> None:
        entry_id = self.models["dayTable"].index(row, 0).data(ENTRY_ID_ROLE)
        at = self.ui.entryCombo.findData(entry_id) if entry_id is not None else -1
        if at >= 0:
            self.ui.entryCombo.setCurrentIndex(at)

    # --- notes and the two resolutions ----------------------------------------------------
    def add_note(self) -> None:
        ui = self.ui
        text = ui.noteEdit.text()

        def add() -> bool:
            reconciliation.add_note(self.reg, self.actor, self.discrepancy_id, text)
            return True

        if run_service(add, error_label=ui.errorLabel):
            ui.noteEdit.clear()
            self.load()

    def _quantities(self) -> tuple[str | int, str | int]:
        """(quantity in, quantity out) of the correction as typed, for the service to check."""
        ui = self.ui
        direction = ui.directionCombo.currentData()
        typed = ui.quantityEdit.text()
        return (typed if direction == ADD_BACK else 0, typed if direction == TAKE_OFF else 0)

    def resolve_explained(self) -> None:
        """The service's check first (nothing written): a refusal is shown and no witness
        is asked; the witness reads the correction it drafted; then the resolution."""
        v = self.view
        ui = self.ui
        entry_id = ui.entryCombo.currentData()
        q_in, q_out = self._quantities()
        explanation = ui.explanationEdit.toPlainText()
        batch = ui.batchCombo.currentData()
        checked = run_service(lambda: reconciliation.check_resolve_explained(
            self.reg, self.actor, self.discrepancy_id, explanation, entry_id,
            quantity_in=q_in, quantity_out=q_out, batch=batch), error_label=ui.errorLabel)
        if checked is None or checked.correction is None:
            return
        fix, d = checked.correction, checked.discrepancy
        moved = (f"takes {fix.quantity_out} off the balance" if fix.quantity_out else
                 f"adds {fix.quantity_in} to the balance" if fix.quantity_in else
                 "leaves the balance as it is")
        where = f" (batch {fix.batch})" if fix.batch else ""
        summary = (f"Correction for the discrepancy in {d.section_code} on "
                   f"{format_date(d.day)}: against {ui.entryCombo.currentText()}; it "
                   f"{moved}{where}.")
        witness = ask_witness(self.reg, self.actor, summary, v)
        if witness is None:
            return
        done = run_service(lambda: reconciliation.resolve_explained(
            self.reg, self.actor, witness, self.discrepancy_id, explanation, entry_id,
            quantity_in=q_in, quantity_out=q_out, batch=batch), error_label=ui.errorLabel)
        self._resolved(done)

    def resolve_unexplained(self) -> None:
        """The service's check first; then the user confirms, for this is for good."""
        ui = self.ui
        reported = ui.reportedAtEdit.date()
        args = (self.reg, self.actor, self.discrepancy_id, ui.searchedEdit.toPlainText(),
                ui.reportedToEdit.text(), date(reported.year(), reported.month(), reported.day()),
                ui.referenceEdit.text())
        checked = run_service(lambda: reconciliation.check_resolve_unexplained(*args),
                              error_label=ui.errorLabel)
        if checked is None:
            return
        d = checked.discrepancy
        question = (f"Record the discrepancy in {d.section_code} on {format_date(d.day)} "
                    f"({d.difference:+d}) as UNEXPLAINED, reported to {checked.reported_to} "
                    f"(reference {checked.reference})?\n\nNo correction is made, and this "
                    "resolution stays on the record for good: it cannot be changed to "
                    "explained afterwards. If the cause was found, choose No and record it as "
                    "explained.")
        if not confirm(self.view, question, "Record as unexplained?"):
            return
        done = run_service(lambda: reconciliation.resolve_unexplained(*args),
                           error_label=ui.errorLabel)
        self._resolved(done)

    def _resolved(self, done: Discrepancy | None) -> None:
        if done is None:
            return
        self.resolved = done
        self.load()
        self.ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)
