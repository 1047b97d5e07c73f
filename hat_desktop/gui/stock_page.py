"""The Stock page: each register section's balance, its batches with expiry (expired in
red, not for use; expiring within 30 days amber), the last reconciliation, the open
discrepancies, and the balance over the last 30 days as a chart. From here the
pharmacist counts the stock (a blind count, at any time of day) and, as a step of its
own, closes the day; anyone investigates a discrepancy, and the end-of-day summary is
printed or saved."""

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from hat_desktop.domain.errors import HatError
from hat_desktop.domain.reconciliation import Discrepancy, ExpiryState
from hat_desktop.domain.roles import Action, allowed
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.gui.balance_chart import BalanceChart
from hat_desktop.gui.blind_count_dialog import BlindCountDialog
from hat_desktop.gui.day_summary_dialog import DaySummaryDialog
from hat_desktop.gui.discrepancy_dialog import DiscrepancyDialog
from hat_desktop.gui.forms.ui_stock_page import Ui_StockPage
from hat_desktop.gui.messages import confirm, run_service
from hat_desktop.gui.page_context import PageContext
from hat_desktop.palette import expiry_colours
from hat_desktop.services import day_close, day_count, reconciliation, stock
from hat_desktop.services.stock import BatchLine, SectionStock

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
REFRESH_EVENTS = frozenset({"reconciliation_changed", "register_changed", "attendance_changed",
                            "settings_changed"})
SECTION_HEADERS = ["Code", "Section", "Balance", "Last reconciled", "Open discrepancies",
                   "Expiry"]
BATCH_HEADERS = ["Batch", "Expiry", "Balance", "State"]
DISCREPANCY_HEADERS = ["Section", "Day", "Expected", "Counted", "Difference", "Found at"]


def _item(text: str, *, align_right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _paint(items: list[QStandardItem], state: str) -> None:
    back, fore = expiry_colours(state)
    for item in items:
        item.setBackground(QBrush(QColor(back)))
        item.setForeground(QBrush(QColor(fore)))


def batch_state_text(b: BatchLine, today: date) -> str:
    if b.state is ExpiryState.EXPIRED:
        return "EXPIRED: not for use"
    if b.state is ExpiryState.SOON and b.stock.expiry is not None:
        days = (b.stock.expiry - today).days
        return f"Expires in {days} day{'s' if days != 1 else ''}" if days else "Expires today"
    return "In date" if b.stock.expiry else "No expiry recorded"


def _expiry_summary(s: SectionStock) -> tuple[str, str]:
    expired = sum(1 for b in s.batches if b.state is ExpiryState.EXPIRED)
    soon = sum(1 for b in s.batches if b.state is ExpiryState.SOON)
    parts = []
    if expired:
        parts.append(f"{expired} batch{'es' if expired > 1 else ''} expired")
    if soon:
        parts.append(f"{soon} expiring within 30 days")
    state = "expired" if expired else "soon" if soon else "ok"
    return ("; ".join(parts) or "All in date"), state


class StockPage(QObject):
    title = "Stock"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = ctx.reg
        self.user = ctx.user
        self.view = QWidget(parent)
        self.ui = Ui_StockPage()
        self.ui.setupUi(self.view)
        self.stock: list[SectionStock] = []
        self.discrepancies: list[Discrepancy] = []
        self.count_dialog: BlindCountDialog | None = None  # while it is open
        ui = self.ui
        self.sections_model = QStandardItemModel(self)
        self.batches_model = QStandardItemModel(self)
        self.discrepancies_model = QStandardItemModel(self)
        for table, model in ((ui.sectionsTable, self.sections_model),
                             (ui.batchesTable, self.batches_model),
                             (ui.discrepanciesTable, self.discrepancies_model)):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BalanceChart(ui.chartGroup)
        ui.chartLayout.addWidget(self.chart)
        ui.sectionsTable.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_section(current.row()))
        ui.discrepanciesTable.activated.connect(lambda _index: self.investigate_selected())
        ui.discrepanciesTable.doubleClicked.connect(lambda _index: self.investigate_selected())
        ui.reconcileButton.clicked.connect(self.reconcile)
        ui.closeDayButton.clicked.connect(self.close_day)
        ui.investigateButton.clicked.connect(self.investigate_selected)
        ui.summaryButton.clicked.connect(self.day_summary)
        self.can_reconcile = allowed(self.user.role, Action.RECONCILE)
        ui.reconcileButton.setEnabled(self.can_reconcile)
        ui.closeDayButton.setVisible(self.can_reconcile)
        ui.dayStateLabel.setVisible(self.can_reconcile)
        self._actions()
        ctx.events.changed.connect(self._on_event)
        self._stale = True

    def _actions(self) -> None:
        v = self.view
        ui = self.ui
        for text, keys, slot, tip, button in (
            ("Count the stock…", "Ctrl+Shift+R", self.reconcile,
             "Count the stock blind and sign it off with a witness, at any time of day "
             "(pharmacist)", ui.reconcileButton),
            ("Close the day…", "Ctrl+Shift+Y", self.close_day,
             "Close the clinic day after its last session (pharmacist)", ui.closeDayButton),
            ("End-of-day summary…", "Ctrl+Shift+S", self.day_summary,
             "Print or save the end-of-day summary", ui.summaryButton),
            ("Investigate…", "Ctrl+I", self.investigate_selected,
             "Investigate the chosen discrepancy and resolve it", ui.investigateButton),
        ):
            action = QAction(text, v)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            v.addAction(action)
            button.setStatusTip(tip)
            button.setToolTip(f"{tip} ({keys})")
        if not self.can_reconcile:
            ui.reconcileButton.setToolTip("Only a pharmacist reconciles the stock.")

    # --- the page ------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def _on_event(self, event: str, _payload: dict[str, Any]) -> None:
        if event in REFRESH_EVENTS:
            if self.view.isVisible():
                self.refresh()
            else:
                self._stale = True

    def refresh(self) -> None:
        ui = self.ui
        found = run_service(lambda: stock.overview(self.reg, self.user),
                            error_label=ui.errorLabel)
        if found is None:
            return
        self._stale = False
        alerts = run_service(lambda: reconciliation.alerts(self.reg, self.user),
                             error_label=ui.errorLabel) or []
        ui.stockAlerts.setText("\n".join(alerts))
        ui.stockAlerts.setVisible(bool(alerts))
        self._show_day_state()
        keep = ui.sectionsTable.currentIndex().row()
        self.stock = found
        self._fill_sections()
        self._fill_discrepancies()
        if self.stock:
            row = keep if 0 <= keep < len(self.stock) else 0
            ui.sectionsTable.setCurrentIndex(self.sections_model.index(row, 0))
            self._show_section(row)
        else:
            self._show_section(-1)

    def _fill_sections(self) -> None:
        m = self.sections_model
        m.clear()
        m.setHorizontalHeaderLabels(SECTION_HEADERS)
        for s in self.stock:
            expiry, state = _expiry_summary(s)
            reconciled = format_date(s.last_reconciled) if s.last_reconciled else "never"
            row = [_item(s.section.code), _item(s.section.title),
                   _item(s.section.quantity(s.balance), align_right=True), _item(reconciled),
                   _item(str(len(s.open_discrepancies)) if s.open_discrepancies else "none"),
                   _item(expiry)]
            if s.open_discrepancies:
                _paint([row[4]], "expired")
            if state != "ok":
                _paint([row[5]], state)
            m.appendRow(row)
        self._fit(self.ui.sectionsTable, stretch=1)
        table = self.ui.sectionsTable  # every section in view: there are only a few
        rows = sum(table.rowHeight(r) or table.verticalHeader().defaultSectionSize()
                   for r in range(m.rowCount()))
        table.setMinimumHeight(min(table.horizontalHeader().height() + rows
                                   + 2 * table.frameWidth() + 4, 260))

    def _fill_discrepancies(self) -> None:
        m = self.discrepancies_model
        m.clear()
        m.setHorizontalHeaderLabels(DISCREPANCY_HEADERS)
        self.discrepancies = sorted((d for s in self.stock for d in s.open_discrepancies),
                                    key=lambda d: (d.day, d.section_code))
        for d in self.discrepancies:
            row = [_item(d.section_code), _item(format_date(d.day)),
                   _item(str(d.expected), align_right=True),
                   _item(str(d.counted), align_right=True),
                   _item(f"{d.difference:+d}", align_right=True),
                   _item(format_local(d.created_at, self.reg.tz))]
            row[0].setData(d.id, ID_ROLE)
            _paint([row[4]], "expired")
            m.appendRow(row)
        if not self.discrepancies:
            m.appendRow([_item("None: every count matched or was resolved.")])
        self._fit(self.ui.discrepanciesTable, stretch=5)
        self.ui.investigateButton.setEnabled(bool(self.discrepancies))
        if self.discrepancies:
            self.ui.discrepanciesTable.setCurrentIndex(m.index(0, 0))

    @staticmethod
    def _fit(table: QTableView, stretch: int) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch < table.model().columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _show_section(self, row: int) -> None:
        ui = self.ui
        m = self.batches_model
        m.clear()
        m.setHorizontalHeaderLabels(BATCH_HEADERS)
        if not 0 <= row < len(self.stock):
            ui.batchSectionLabel.setText("No register section holds stock.")
            ui.reconciledLabel.clear()
            self.chart.set_history([], "", "")
            return
        s = self.stock[row]
        today = self.reg.today()
        ui.batchSectionLabel.setText(f"{s.section.code}: {s.section.title} — balance "
                                 f"{s.section.quantity(s.balance)}")
        for b in s.batches:
            items = [_item(b.stock.batch or "(no batch)"),
                     _item(format_date(b.stock.expiry) if b.stock.expiry else "–"),
                     _item(str(b.stock.balance), align_right=True),
                     _item(batch_state_text(b, today))]
            if b.state is not ExpiryState.OK:
                _paint(items, b.state.value)
            for item in items:
                item.setToolTip(b.warning or "In date")
            m.appendRow(items)
        if not s.batches:
            m.appendRow([_item("No stock in this section.")])
        self._fit(ui.batchesTable, stretch=3)
        ui.reconciledLabel.setText(
            f"Last reconciled: {format_date(s.last_reconciled)}." if s.last_reconciled
            else "Not reconciled yet.")
        self.chart.set_history(s.history, s.section.unit,
                               f"{s.section.code}: balance at the end of each day")

    # --- actions -----------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.ui.errorLabel.hide()
        self.ui.resultLabel.setText(message)
        self.ui.resultLabel.show()

    def _refuse(self, message: str) -> None:
        self.ui.resultLabel.hide()
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def reconcile(self) -> None:
        """The service refuses a role that may not count the stock, in its words."""
        days = run_service(lambda: day_count.days_to_count(self.reg, self.user),
                           error_label=self.ui.errorLabel)
        if days is None:
            return
        dialog = BlindCountDialog(self.reg, self.user, days, self.view)
        self.count_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.count_dialog = None
        if dialog.signed is not None:
            rec = dialog.signed
            self._say(f"The count of {format_date(rec.day)} is signed off by "
                      f"{rec.counted_by_name} with {rec.witness_name} as witness. The day "
                      "stays open: close it after the last session (Close the day…).")
        self.refresh()

    # --- the day's close -----------------------------------------------------------------
    def _show_day_state(self) -> None:
        """Whether today can be closed: offered once its count is signed off, the last
        session has ended and nobody is in observation (the service says which)."""
        ui = self.ui
        if not self.can_reconcile:
            return
        today = self.reg.today()
        try:
            closing = day_close.check_close_day(self.reg, self.user, today)
        except HatError as refused:
            ui.dayStateLabel.setText(f"The day stays open. {refused.message}"
                                     if "already closed" not in refused.message else
                                     f"{format_date(today)} is closed: an entry dated today "
                                     "is a late entry with a reason.")
            ui.closeDayButton.setDefault(False)
            return
        if closing.needs_confirmation:
            ui.dayStateLabel.setText(f"The day stays open. {closing.warning} Close it after "
                                     "the last session, when everyone has been released.")
        else:
            ui.dayStateLabel.setText("Every session is over and nobody is in observation: "
                                     "close the day now (Close the day…).")
        ui.closeDayButton.setDefault(not closing.needs_confirmation)

    def close_day(self) -> None:
        """check_close_day refuses a role that may not close the day, in its words."""
        today = self.reg.today()
        closing = run_service(lambda: day_close.check_close_day(self.reg, self.user, today),
                              error_label=self.ui.errorLabel)
        if closing is None:
            return
        day = format_date(today)
        if closing.needs_confirmation:
            asked = confirm(self.view, f"{day} is not over. {closing.warning}\n\nClose it now "
                            "all the same? After the close, every dose or entry dated today "
                            "needs a late-entry reason.", "Close the day early?")
        else:
            asked = confirm(self.view, f"Close {day}? After the close, an entry dated today "
                            "is a late entry with a reason.", "Close the day")
        if not asked:
            self._say(f"{day} stays open.")
            return
        done = run_service(lambda: day_close.close_day(self.reg, self.user, today,
                                                       confirmed=closing.needs_confirmation),
                           error_label=self.ui.errorLabel)
        if done is not None:
            self._say(f"{day} is closed.")
        self.refresh()

    def selected_discrepancy(self) -> int | None:
        index: QModelIndex = self.ui.discrepanciesTable.currentIndex()
        if not index.isValid():
            return None
        value = self.discrepancies_model.index(index.row(), 0).data(ID_ROLE)
        return int(value) if value is not None else None

    def investigate_selected(self) -> None:
        chosen = self.selected_discrepancy()
        if chosen is None:
            self._refuse("Choose a discrepancy in the list first.")
            return
        self.investigate(chosen)

    def investigate(self, discrepancy_id: int) -> None:
        dialog = DiscrepancyDialog(self.reg, self.user, discrepancy_id, self.view)
        dialog.exec()
        self.refresh()

    def day_summary(self) -> None:
        DaySummaryDialog(self.reg, self.user, self.view).exec()
