"""The fields of a titration plan (product, first day, starting dose, step, target, daily
ceiling, top-up, hours between doses, notes, reason for a change) with the plan day by day
as it would run: shared by the plan dialog and the hold review dialog."""

from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLayout, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.times import format_date
from hat_desktop.domain.titration import (
    StepUnit,
    TitrationInput,
    TitrationPlan,
    product_of,
    schedule,
)
from hat_desktop.gui.forms.ui_titration_fields import Ui_TitrationFields
from hat_desktop.gui.qt_dates import pydate, qdate
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister


class TitrationFields(QObject):
    def __init__(self, reg: OpenRegister, actor: User, container: QWidget, layout: QLayout,
                 rx: Prescription | None, current: TitrationPlan | None) -> None:
        """The fields, shown in ``container`` through its ``layout``; ``rx``: the
        prescription whose product the plan titrates; ``current``: the plan in force."""
        super().__init__(container)
        self.rx = rx
        self.view = QWidget(container)
        self.ui = Ui_TitrationFields()
        self.ui.setupUi(self.view)
        layout.addWidget(self.view)
        ui = self.ui
        titles = {s.section.id: f"{s.section.title} ({s.section.code})"
                  for s in register.list_sections(reg, actor)}
        for line in (rx.lines if rx else ()):
            ui.productCombo.addItem(f"Line {line.position}: {line.drug}, {line.route.short}, "
                                    f"{line.doses_text}", line.section_ids[0])
            names = "; ".join(titles.get(sid, f"section {sid}") for sid in line.section_ids)
            ui.productCombo.setItemData(ui.productCombo.count() - 1, names,
                                        Qt.ItemDataRole.ToolTipRole)
        if rx is not None and not rx.lines:
            for section_id in rx.section_ids:
                ui.productCombo.addItem(titles.get(section_id, f"Section {section_id}"),
                                        section_id)
        for unit in StepUnit:
            ui.stepUnitCombo.addItem(unit.label.capitalize(), unit.value)
        today = reg.today()
        ui.firstDayEdit.setMinimumDate(qdate(today))
        ui.firstDayEdit.setDate(qdate(today))
        product = (product_of(rx, ui.productCombo.currentData())
                   if rx is not None and ui.productCombo.count() else None)
        dose = product.dose_mg if product else 0
        ui.targetSpin.setValue(dose)
        ui.startSpin.setValue(dose // 30 * 10)
        ui.stepSpin.setValue(max(10, -(-(dose - dose // 30 * 10) // 40) * 10))
        ui.ceilingSpin.setValue(product.daily_limit_mg if product else 0)
        ui.hoursSpin.setValue(3)
        if current is not None:
            index = ui.productCombo.findData(current.section_id)
            ui.productCombo.setCurrentIndex(max(index, 0))
            ui.startSpin.setValue(current.start_mg)
            ui.stepSpin.setValue(current.step_mg)
            ui.stepUnitCombo.setCurrentIndex(ui.stepUnitCombo.findData(current.step_unit.value))
            ui.ceilingSpin.setValue(current.ceiling_mg)
            ui.topUpSpin.setValue(current.top_up_mg)
            ui.hoursSpin.setValue(current.min_hours_between)
            ui.planNotesEdit.setPlainText(current.notes)
        for spin in (ui.startSpin, ui.stepSpin, ui.targetSpin):
            spin.valueChanged.connect(self._preview)
        ui.stepUnitCombo.currentIndexChanged.connect(self._preview)
        ui.productCombo.currentIndexChanged.connect(self._preview)
        ui.firstDayEdit.dateChanged.connect(self._preview)
        self._preview()

    def plan(self) -> TitrationInput:
        ui = self.ui
        return TitrationInput(
            ui.productCombo.currentData(), pydate(ui.firstDayEdit.date()), ui.startSpin.value(),
            ui.stepSpin.value(), ui.stepUnitCombo.currentData(), ui.targetSpin.value(),
            ui.ceilingSpin.value(), ui.topUpSpin.value(), ui.hoursSpin.value(),
            ui.planNotesEdit.toPlainText(), ui.planReasonEdit.toPlainText())

    def _preview(self) -> None:
        """The plan day by day as the numbers stand (the service checks them on saving)."""
        ui = self.ui
        product = product_of(self.rx, ui.productCombo.currentData()) if self.rx else None
        start, step, target = ui.startSpin.value(), ui.stepSpin.value(), ui.targetSpin.value()
        if product is None or not start or not step or target <= start:
            ui.previewLabel.setText("")
            return
        days = schedule(start, step, StepUnit(ui.stepUnitCombo.currentData()), target,
                        len(product.sessions))
        first = pydate(ui.firstDayEdit.date())
        ui.previewLabel.setText("\n".join(
            f"Day {n + 1} ({format_date(first + timedelta(days=n))[:5]}): "
            + ", ".join(f"{mg} mg" for mg in doses) for n, doses in enumerate(days[:14])))
