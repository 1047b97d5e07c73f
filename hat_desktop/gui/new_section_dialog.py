"""A manager creates a register section: one of the three presets, or another drug,
strength and form."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import PRESETS, Section, SectionSpec
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_new_section_dialog import Ui_NewSectionDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister

CUSTOM = -1


class NewSectionDialog(FormDialog[Ui_NewSectionDialog, Section]):
    def __init__(self, reg: OpenRegister, actor: User, existing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_NewSectionDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.created: Section | None = None
        v = self.view
        ui = self.ui
        for number, spec in enumerate(PRESETS):
            taken = " (already in the register)" if spec.code in existing else ""
            ui.presetCombo.addItem(f"{spec.title}{taken}", number)
        ui.presetCombo.addItem("Another drug, strength or form…", CUSTOM)
        first_free = next((i for i, s in enumerate(PRESETS) if s.code not in existing),
                          len(PRESETS))
        ui.presetCombo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (ui.codeEdit, ui.drugEdit, ui.strengthEdit, ui.formEdit, ui.unitEdit):
            edit.textChanged.connect(self._preview)
        ui.mgSpin.valueChanged.connect(self._preview)
        ui.createButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(v.reject)
        ui.presetCombo.setCurrentIndex(first_free)
        self._preset_chosen()
        ui.presetCombo.setFocus()

    def accepted_result(self) -> Section | None:
        return self.created

    def _preset_chosen(self, _index: int = 0) -> None:
        ui = self.ui
        number = ui.presetCombo.currentData()
        spec = (PRESETS[number] if number is not None and number != CUSTOM else
                SectionSpec("", "", "", "", "", 1))
        ui.codeEdit.setText(spec.code)
        ui.drugEdit.setText(spec.drug)
        ui.strengthEdit.setText(spec.strength)
        ui.formEdit.setText(spec.form)
        ui.unitEdit.setText(spec.unit)
        ui.mgSpin.setValue(spec.mg_per_unit)
        if number == CUSTOM:
            ui.codeEdit.setFocus()
        self._preview()

    def spec(self) -> SectionSpec:
        ui = self.ui
        return SectionSpec(ui.codeEdit.text(), ui.drugEdit.text(), ui.strengthEdit.text(),
                           ui.formEdit.text(), ui.unitEdit.text(), ui.mgSpin.value())

    def _preview(self) -> None:
        spec = self.spec()
        text = spec.title.strip(" ,") if spec.drug.strip() else ""
        self.ui.titlePreview.setText(
            f"Every screen and printed page of this section will be headed: {text}"
            if text else "")

    def save(self) -> None:
        created = run_service(lambda: register.create_section(self.reg, self.actor,
                                                              self.spec()),
                              error_label=self.ui.errorLabel)
        if created is not None:
            self.created = created
            self.view.accept()
