"""The pharmacist's blind count: one line per section and batch to count, with nothing
on screen of what the register expects. Submitting records the count; only then are
expected and counted shown side by side, discrepancies highlighted. Then the count is
signed off with a witness: a stock-check marker in every section. The day stays open
(a count may be made at any time); closing it is a step of its own on the Stock page."""

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.quantities import plural
from hat_desktop.domain.reconciliation import CountLine, Reconciliation
from hat_desktop.domain.register import is_expired
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.gui.enter_key import EnterMovesOn
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_blind_count_dialog import Ui_BlindCountDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.gui.witness_dialog import ask_witness
from hat_desktop.palette import COUNT_BORDERS, COUNT_COLOURS, expiry_colours
from hat_desktop.services import day_count, reconciliation
from hat_desktop.services.day_count import DayCount
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)
RESULT_HEADERS = ["Section", "Batch", "Expected (register)", "Counted", "Difference"]
Key = tuple[int, str | None]


def _units(unit: str) -> str:
    """'ampoules', 'ml': the register unit as the count is typed in."""
    return plural(2, unit).removeprefix("2 ")


def _day_text(day: date, today: date) -> str:
    label = day.strftime("%A %d/%m/%Y")
    return f"Today, {label}" if day == today else f"{label} (not reconciled: overdue)"


def _cell(text: str, *, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BlindCountDialog(FormDialog[Ui_BlindCountDialog, None]):
    def __init__(self, reg: OpenRegister, actor: User, days: list[date],
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_BlindCountDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.days = days
        self.sheet: list[CountLine] = []
        self.edits: dict[Key, QLineEdit] = {}
        self.counted: DayCount | None = None
        self.signed: Reconciliation | None = None
        self.recounting: list[Key] = []  # lines counted a second time (empty: first count)
        v = self.view
        ui = self.ui
        self.results = QStandardItemModel(self)
        ui.resultTable.setModel(self.results)
        ui.resultTable.verticalHeader().hide()
        ui.resultTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        today = reg.today()
        for day in days:
            ui.dayCombo.addItem(_day_text(day, today), day.isoformat())
        ui.dayCombo.setEnabled(len(days) > 1)
        ui.dayCombo.currentIndexChanged.connect(lambda _i: self._prepare())
        ui.submitButton.clicked.connect(self.submit)
        ui.signButton.clicked.connect(self.sign_off)
        ui.closeButton.clicked.connect(v.reject)
        EnterMovesOn(v)
        self._prepare()

    @property
    def day(self) -> date:
        return date.fromisoformat(self.ui.dayCombo.currentData())

    # --- the count sheet -----------------------------------------------------------------
    def _prepare(self) -> None:
        """The chosen day: its results if it was counted already, else the blank sheet."""
        v = self.view
        ui = self.ui
        ui.errorLabel.hide()
        found = run_service(lambda: day_count.day_count(self.reg, self.actor, self.day),
                            error_label=ui.errorLabel)
        if found is not None:
            self._show_results(found)
            return
        ui.pages.setCurrentWidget(ui.countPage)
        ui.submitButton.show()
        ui.signButton.hide()
        ui.dayNote.setVisible(self.day != self.reg.today())
        ui.dayNote.setText("A late count: it is compared with the register as it stands now, so "
                           "count before today's first dose.")
        if not self.sheet:
            sheet = run_service(lambda: reconciliation.count_sheet(self.reg, self.actor),
                                error_label=ui.errorLabel)
            if sheet is None:
                ui.submitButton.setEnabled(False)
                return
            self.sheet = sheet
            self._build_sheet()
        v.setWindowTitle(f"Stock count — {self.day.strftime('%A %d/%m/%Y')}")
        first = next(iter(self.edits.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_sheet(self) -> None:
        ui = self.ui
        grid = ui.sheetGrid
        for column, title in enumerate(("Section", "Batch", "Expiry", "Count", "")):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        today = self.reg.today()
        previous: QWidget = ui.dayCombo
        for row, line in enumerate(self.sheet, start=1):
            section = QLabel(f"<b>{line.section_code}</b><br>{line.section_title}")
            section.setWordWrap(True)
            section.setMinimumWidth(300)
            batch = QLabel(line.batch or "(no batch)")
            expiry = QLabel(format_date(line.expiry) if line.expiry else "–")
            if is_expired(line.expiry, today):
                expiry.setText(f"{expiry.text()} EXPIRED")
                back, fore = expiry_colours("expired")
                expiry.setStyleSheet(f"background: {back}; color: {fore}; padding: 2px;")
            edit = QLineEdit()
            edit.setObjectName(f"countEdit{row}")
            edit.setMaxLength(7)
            edit.setFixedWidth(90)
            what = f"{line.section_code}" + (f" batch {line.batch}" if line.batch else "")
            edit.setAccessibleName(f"Count of {what}, in {_units(line.unit)}")
            section.setBuddy(edit)
            unit = QLabel(_units(line.unit))
            for column, widget in enumerate((section, batch, expiry, edit, unit)):
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            QWidget.setTabOrder(previous, edit)
            previous = edit
            self.edits[(line.section_id, line.batch)] = edit
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.sheet) + 1, 1)
        QWidget.setTabOrder(previous, ui.submitButton)
        QWidget.setTabOrder(ui.submitButton, ui.closeButton)

    def submit(self) -> None:
        """A first count that differs from the register anywhere is not recorded yet: those
        lines are counted again (blind still); the second count is recorded as it is."""
        ui = self.ui
        counts = {key: edit.text().strip() for key, edit in self.edits.items()}
        day = self.day
        if not self.recounting:
            differ = run_service(lambda: reconciliation.check_count(self.reg, self.actor, day,
                                                                    counts),
                                 error_label=ui.errorLabel)
            if differ is None:
                return
            if differ:
                self._ask_recount(differ)
                return
        done = run_service(lambda: reconciliation.submit_count(self.reg, self.actor, day,
                                                               counts),
                           error_label=ui.errorLabel)
        if done is None:
            return
        found = run_service(lambda: day_count.day_count(self.reg, self.actor, day),
                            error_label=ui.errorLabel)
        if found is not None:
            self._show_results(found)

    def _ask_recount(self, differ: list[Key]) -> None:
        ui = self.ui
        self.recounting = differ
        names = []
        for key in differ:
            line = next(ln for ln in self.sheet if (ln.section_id, ln.batch) == key)
            names.append(line.section_code + (f" batch {line.batch}" if line.batch else ""))
            edit = self.edits[key]
            edit.clear()
            edit.setStyleSheet(f"border: 2px solid {COUNT_BORDERS['discrepancy']};")
        ui.recountLabel.setText(
            f"The count of {', '.join(names)} does not match the register. Count "
            f"{'it' if len(differ) == 1 else 'them'} again and type the second count; the "
            "other counts stay as typed. A second count that still differs is recorded as "
            "a discrepancy.")
        ui.recountLabel.show()
        ui.submitButton.setText("Record the &count")
        self.edits[differ[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- after the count: expected and counted side by side ------------------------------
    def _show_results(self, found: DayCount) -> None:
        v = self.view
        ui = self.ui
        self.counted = found
        rec = found.reconciliation
        ui.dayCombo.setEnabled(False)
        ui.pages.setCurrentWidget(ui.resultPage)
        ui.submitButton.hide()
        v.setWindowTitle(f"Stock count — {rec.day.strftime('%A %d/%m/%Y')}")
        ui.resultHeading.setText(
            f"<b>Count of {rec.day.strftime('%A %d/%m/%Y')}</b>, by {rec.counted_by_name} at "
            f"{format_local(rec.counted_at, self.reg.tz)}: the register's figures beside "
            "the count.")
        self._fill_results(found)
        if found.discrepancies:
            parts = []
            for d in found.discrepancies:
                section = found.sections[d.section_id]
                parts.append(f"{d.section_code}: the register expects "
                             f"{section.quantity(d.expected)}, {d.counted} counted "
                             f"({d.difference:+d})")
            ui.resultSummary.setText(
                f"{len(found.discrepancies)} discrepanc"
                f"{'y' if len(found.discrepancies) == 1 else 'ies'} recorded — "
                + "; ".join(parts) + ". Each stays open until it is explained with a "
                "witnessed correction or reported to the CD Accountable Officer (Stock page, "
                "Investigate…).")
            ui.resultSummary.setObjectName("countMismatch")
        else:
            ui.resultSummary.setText(f"Every section matches the register "
                                     f"({len(rec.section_totals())} counted).")
            ui.resultSummary.setObjectName("countMatch")
        ui.resultSummary.style().unpolish(ui.resultSummary)
        ui.resultSummary.style().polish(ui.resultSummary)
        self._show_signed(rec)

    def _fill_results(self, found: DayCount) -> None:
        m = self.results
        m.clear()
        m.setHorizontalHeaderLabels(RESULT_HEADERS)
        off = {d.section_id for d in found.discrepancies}
        for line in found.reconciliation.lines:
            section = found.sections[line.section_id]
            row = [_cell(f"{section.code} — {section.title}"), _cell(line.batch or "(no batch)"),
                   _cell(section.quantity(line.expected), right=True),
                   _cell(section.quantity(line.counted), right=True),
                   _cell(f"{line.difference:+d}" if line.difference else "0", right=True)]
            back, fore = COUNT_COLOURS["discrepancy" if line.section_id in off else "matched"]
            for item in row:
                item.setBackground(QBrush(QColor(back)))
                item.setForeground(QBrush(QColor(fore)))
            m.appendRow(row)
        header = self.ui.resultTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_signed(self, rec: Reconciliation) -> None:
        ui = self.ui
        if not rec.signed:
            ui.signButton.show()
            ui.signButton.setEnabled(True)
            ui.signButton.setFocus(Qt.FocusReason.OtherFocusReason)
            ui.signedLabel.setText("Not signed off yet: a second member of staff witnesses the "
                                   "count. Signing it off does not close the day.")
            ui.signedLabel.show()
            return
        ui.signButton.hide()
        assert rec.signed_at is not None
        ui.signedLabel.setText(
            f"Signed off at {format_local(rec.signed_at, self.reg.tz)} by "
            f"{rec.counted_by_name} with {rec.witness_name} as witness. A stock-check marker "
            "is in every section." + (
                " Today stays open: dosing goes on; close the day on the Stock page after "
                "the last session (Close the day…)." if rec.day == self.reg.today() else ""))
        ui.signedLabel.show()
        ui.closeButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def sign_off(self) -> None:
        v = self.view
        ui = self.ui
        if self.counted is None:
            return
        rec = self.counted.reconciliation
        if run_service(lambda: reconciliation.check_sign_off(self.reg, self.actor, rec.id),
                       error_label=ui.errorLabel) is None:
            return  # refused before anyone is asked to sign (e.g. signed off elsewhere)
        n = len(self.counted.discrepancies)
        summary = (f"Sign off the stock count of {format_date(rec.day)} by {rec.counted_by_name}"
                   f": {len(rec.section_totals())} section(s), "
                   + (f"{n} discrepanc{'y' if n == 1 else 'ies'} recorded (they stay open)."
                      if n else "every section matches."))
        witness = ask_witness(self.reg, self.actor, summary, v)
        if witness is None:
            return
        signed = run_service(lambda: reconciliation.sign_off(self.reg, self.actor, witness,
                                                             rec.id),
                             error_label=ui.errorLabel)
        if signed is None:
            return
        self.signed = signed
        self._show_signed(signed)
