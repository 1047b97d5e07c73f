"""The fields of a prescription, shared by the prescription dialog and the hold review
dialog: its lines (one shown at a time: products, route, dose per session with a different
dose for a session where needed, taken home, groin permitted, most per injection, daily
maximum), then the dates, notes and the reason for a change."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from hat_desktop.domain.accounts import User
from hat_desktop.domain.prescriptions import (
    LineInput,
    Prescription,
    PrescriptionInput,
    PrescriptionLine,
    Route,
)
from hat_desktop.domain.sessions import Window
from hat_desktop.gui.forms.ui_prescription_fields import Ui_PrescriptionFields
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import register, schedule
from hat_desktop.services.open_register import OpenRegister

DEFAULT_DAYS = 90  # a new prescription runs for 90 days unless the prescriber says otherwise
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRODUCTS_SHOWN = 4  # products the list shows whole (more: it scrolls)


def session_windows(reg: OpenRegister, from_day: date) -> tuple[Window, ...]:
    """The windows of the first clinic day from ``from_day`` that has sessions (today may
    be a closure day)."""
    for offset in range(31):
        windows = schedule.windows_on(reg, from_day + timedelta(days=offset))
        if windows:
            return windows
    return ()


@dataclass
class LineState:
    """One line as the fields hold it while the prescriber writes (the service checks it)."""

    section_ids: tuple[int, ...] = ()
    route: str = ""
    dose: int = 0
    sessions: frozenset[int] = frozenset()
    session_doses: dict[int, int] = field(default_factory=dict)  # a different dose
    take_home: bool = False
    groin: bool = False
    max_per_injection: int = 0
    daily_max: int = 0

    @classmethod
    def of(cls, line: PrescriptionLine) -> "LineState":
        doses = dict(line.doses)
        usual = max(doses.values(), key=list(doses.values()).count)
        return cls(line.section_ids, line.route.value, usual, frozenset(doses),
                   {s: mg for s, mg in doses.items() if mg != usual}, line.take_home,
                   line.groin_allowed, line.max_per_injection_mg or 0, line.daily_max_mg or 0)

    def line_input(self) -> LineInput:
        return LineInput(
            self.section_ids,
            tuple((s, self.session_doses.get(s) or self.dose) for s in sorted(self.sessions)),
            self.route or None, self.take_home, self.max_per_injection or None, self.groin,
            self.daily_max or None)


class ProductsHeight(QObject):
    """Keeps the Products list as tall as its first few products, long names wrapped at the
    list's width: the dialog scrolls rather than squeeze it (a squeezed list showed two rows
    and a half, the Route drawn over the third)."""

    def __init__(self, products: QListWidget) -> None:
        super().__init__(products)
        self.products = products
        products.viewport().installEventFilter(self)  # resized once the list has been
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent) \
                and event.size().width() != event.oldSize().width():
            self.fit()
        return False

    def fit(self) -> None:
        products = self.products
        shown = range(min(products.count(), PRODUCTS_SHOWN))
        if not products.isVisible():
            # Not laid out yet (its width unknown, every name would wrap at a few words):
            # a line a product, until it is shown at its width. (A list hundreds of pixels
            # too tall made the dialog open that much taller, its rows spread apart.)
            products.setWordWrap(False)
            rows = sum(products.sizeHintForRow(i) + 2 * products.spacing() for i in shown)
            products.setWordWrap(True)
        else:
            products.doItemsLayout()
            rows = sum(products.visualItemRect(products.item(i)).height()
                       + 2 * products.spacing() for i in shown)
        least = 2 * products.fontMetrics().lineSpacing()
        products.setFixedHeight(max(rows, least) + 2 * products.frameWidth())


class PrescriptionFields(QObject):
    def __init__(self, reg: OpenRegister, actor: User, container: QWidget, layout: QLayout,
                 current: Prescription | None, *, is_change: bool) -> None:
        """The fields, shown in ``container`` through its ``layout``."""
        super().__init__(container)
        self.reg = reg
        self.actor = actor
        self.is_change = is_change
        self.view = QWidget(container)
        self.ui = Ui_PrescriptionFields()
        self.ui.setupUi(self.view)
        layout.addWidget(self.view)
        ui = self.ui
        today = reg.today()
        self.session_checks: list[tuple[int, QCheckBox]] = []
        self.session_spins: list[tuple[int, QSpinBox]] = []
        for window in session_windows(reg, today):
            check = QCheckBox(window.label, ui.sessionsBox)
            check.setObjectName(f"session{window.number}Check")
            check.setAccessibleName(f"Give the dose at {window.label}")
            ui.sessionsLayout.addWidget(check)
            spin = QSpinBox(ui.sessionsBox)
            spin.setObjectName(f"session{window.number}Dose")
            spin.setRange(0, 1000)
            spin.setSuffix(" mg")
            spin.setSpecialValueText("same dose")
            spin.setAccessibleName(f"Dose at {window.label}, if different")
            spin.setToolTip("A different dose in this session (e.g. less in the afternoon)")
            ui.sessionsLayout.addWidget(spin)
            self.session_checks.append((window.number, check))
            self.session_spins.append((window.number, spin))
        ui.sessionsLayout.addStretch(1)
        for route in Route:
            ui.routeCombo.addItem(route.label, route.value)
        self.sections = [s.section for s in register.list_sections(reg, actor,
                                                                   include_closed=False)]
        drugs = {s.drug for s in self.sections}
        for section in self.sections:
            item = QListWidgetItem(f"{section.title} ({section.code})", ui.sectionsList)
            item.setData(SECTION_ID_ROLE, section.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ProductsHeight(ui.sectionsList)
        first = LineState(sessions=frozenset(n for n, _ in self.session_checks))
        if len(drugs) == 1:
            first.section_ids = tuple(s.id for s in self.sections)
        self.lines: list[LineState] = (
            [LineState.of(line) for line in current.lines] if current is not None and
            current.lines else [first])
        self.shown = 0
        self._loading = False
        self._tab_order()
        ui.startDate.setMinimumDate(qdate(today))
        ui.startDate.setDate(qdate(today))
        end = (current.end_date if current is not None and current.end_date >= today
               else today + timedelta(days=DEFAULT_DAYS))
        ui.endDate.setDate(qdate(end))
        ui.notesEdit.setPlainText(current.notes if current is not None else "")
        ui.reasonLabel.setVisible(is_change)
        ui.reasonEdit.setVisible(is_change)
        self._show_line(0)
        ui.lineCombo.currentIndexChanged.connect(self._line_chosen)
        ui.addLineButton.clicked.connect(self.add_line)
        ui.removeLineButton.clicked.connect(self.remove_line)
        ui.sectionsList.itemChanged.connect(self._products_changed)

    def _tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [ui.doseSpin]
        for (_n, check), (_m, spin) in zip(self.session_checks, self.session_spins, strict=True):
            chain += [check, spin]
        chain.append(ui.takeHomeCheck)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- the line shown ---------------------------------------------------------------------
    def _line_names(self) -> None:
        ui = self.ui
        ui.lineCombo.blockSignals(True)
        ui.lineCombo.clear()
        for n, state in enumerate(self.lines, start=1):
            names = [s.drug for s in self.sections if s.id in state.section_ids]
            what = names[0] if names else "no product chosen yet"
            ui.lineCombo.addItem(f"Line {n} of {len(self.lines)}: {what}")
        ui.lineCombo.setCurrentIndex(self.shown)
        ui.lineCombo.blockSignals(False)
        ui.removeLineButton.setEnabled(len(self.lines) > 1)

    def _show_line(self, index: int) -> None:
        ui = self.ui
        self.shown = index
        state = self.lines[index]
        self._loading = True
        for i in range(ui.sectionsList.count()):
            item = ui.sectionsList.item(i)
            chosen = int(item.data(SECTION_ID_ROLE)) in state.section_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self._loading = False
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findData(state.route) if state.route else -1)
        ui.doseSpin.setValue(state.dose)
        for n, check in self.session_checks:
            check.setChecked(n in state.sessions)
        for n, spin in self.session_spins:
            spin.setValue(state.session_doses.get(n, 0))
        ui.takeHomeCheck.setChecked(state.take_home)
        ui.groinCheck.setChecked(state.groin)
        ui.maxInjectionSpin.setValue(state.max_per_injection)
        ui.dailyMaxSpin.setValue(state.daily_max)
        self._line_names()

    def _keep_line(self) -> None:
        """What the fields hold, into the line shown."""
        ui = self.ui
        self.lines[self.shown] = LineState(
            self.section_ids(), ui.routeCombo.currentData() or "", ui.doseSpin.value(),
            self.sessions(), {n: spin.value() for n, spin in self.session_spins if spin.value()},
            ui.takeHomeCheck.isChecked(), ui.groinCheck.isChecked(),
            ui.maxInjectionSpin.value(), ui.dailyMaxSpin.value())

    def _products_changed(self) -> None:
        """The line's name in the list follows its product."""
        if self._loading:
            return
        self._keep_line()
        self._line_names()

    def _line_chosen(self, index: int) -> None:
        if 0 <= index < len(self.lines) and index != self.shown:
            self._keep_line()
            self._show_line(index)

    def add_line(self) -> None:
        self._keep_line()
        self.lines.append(LineState(sessions=frozenset(n for n, _ in self.session_checks)))
        self._show_line(len(self.lines) - 1)
        self.ui.sectionsList.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_line(self) -> None:
        if len(self.lines) > 1:
            del self.lines[self.shown]
            self._show_line(min(self.shown, len(self.lines) - 1))

    def section_ids(self) -> tuple[int, ...]:
        items = (self.ui.sectionsList.item(i) for i in range(self.ui.sectionsList.count()))
        return tuple(int(item.data(SECTION_ID_ROLE)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def sessions(self) -> frozenset[int]:
        return frozenset(n for n, check in self.session_checks if check.isChecked())

    def prescription(self) -> PrescriptionInput:
        """What the prescriber entered; the service checks every field."""
        ui = self.ui
        self._keep_line()
        first = self.lines[0]
        return PrescriptionInput(
            section_ids=first.section_ids,
            dose_mg=first.dose,
            sessions=first.sessions,
            start_date=pydate(ui.startDate.date()),
            end_date=pydate(ui.endDate.date()),
            daily_max_mg=first.daily_max or None,
            notes=ui.notesEdit.toPlainText(),
            change_reason=ui.reasonEdit.toPlainText() if self.is_change else "",
            lines=tuple(state.line_input() for state in self.lines),
        )
