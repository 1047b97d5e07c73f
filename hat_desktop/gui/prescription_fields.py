"""The fields of a prescription (products, dose, sessions, dates, daily maximum, notes,
reason for a change), shared by the prescription dialog and the hold review dialog."""

from datetime import date, timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QLayout, QListWidgetItem, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.prescriptions import Prescription, PrescriptionInput
from hat_desktop.domain.sessions import Window
from hat_desktop.gui.forms.ui_prescription_fields import Ui_PrescriptionFields
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import register, schedule
from hat_desktop.services.open_register import OpenRegister

DEFAULT_DAYS = 90  # a new prescription runs for 90 days unless the prescriber says otherwise
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def session_windows(reg: OpenRegister, from_day: date) -> tuple[Window, ...]:
    """The windows of the first clinic day from ``from_day`` that has sessions (today may
    be a closure day)."""
    for offset in range(31):
        windows = schedule.windows_on(reg, from_day + timedelta(days=offset))
        if windows:
            return windows
    return ()


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
        for window in session_windows(reg, today):
            check = QCheckBox(window.label, ui.sessionsBox)
            check.setObjectName(f"session{window.number}Check")
            check.setAccessibleName(f"Give the dose at {window.label}")
            check.setChecked(current is None or window.number in current.sessions)
            ui.sessionsLayout.addWidget(check)
            self.session_checks.append((window.number, check))
        ui.sessionsLayout.addStretch(1)
        self._tab_order()
        sections = register.list_sections(reg, actor, include_closed=False)
        drugs = {s.section.drug for s in sections}
        for summary in sections:
            section = summary.section
            item = QListWidgetItem(f"{section.title} ({section.code})", ui.sectionsList)
            item.setData(SECTION_ID_ROLE, section.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = (section.id in current.section_ids if current is not None
                      else len(drugs) == 1)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        ui.doseSpin.setValue(current.dose_mg if current is not None else 0)
        ui.startDate.setMinimumDate(qdate(today))
        ui.startDate.setDate(qdate(today))
        end = (current.end_date if current is not None and current.end_date >= today
               else today + timedelta(days=DEFAULT_DAYS))
        ui.endDate.setDate(qdate(end))
        ui.dailyMaxSpin.setValue((current.daily_max_mg or 0) if current is not None else 0)
        ui.notesEdit.setPlainText(current.notes if current is not None else "")
        ui.reasonLabel.setVisible(is_change)
        ui.reasonEdit.setVisible(is_change)

    def _tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [ui.doseSpin, *(check for _n, check in self.session_checks),
                                ui.startDate]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def section_ids(self) -> tuple[int, ...]:
        items = (self.ui.sectionsList.item(i) for i in range(self.ui.sectionsList.count()))
        return tuple(int(item.data(SECTION_ID_ROLE)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def sessions(self) -> frozenset[int]:
        return frozenset(n for n, check in self.session_checks if check.isChecked())

    def prescription(self) -> PrescriptionInput:
        """What the prescriber entered; the service checks every field."""
        ui = self.ui
        return PrescriptionInput(
            section_ids=self.section_ids(),
            dose_mg=ui.doseSpin.value(),
            sessions=self.sessions(),
            start_date=pydate(ui.startDate.date()),
            end_date=pydate(ui.endDate.date()),
            daily_max_mg=ui.dailyMaxSpin.value() or None,
            notes=ui.notesEdit.toPlainText(),
            change_reason=ui.reasonEdit.toPlainText() if self.is_change else "",
        )
