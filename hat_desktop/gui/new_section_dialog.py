"""A manager creates a register section: one of the three presets, or another drug,
strength and form."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import PRESETS, Section, SectionSpec
from hat_desktop.gui.forms import load_form
from hat_desktop.gui.messages import run_service
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister

CUSTOM = -1


class NewSectionDialog(QObject):
    def __init__(self, reg: OpenRegister, actor: User, existing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.actor = actor
        self.created: Section | None = None
        self.view: QDialog = load_form("new_section_dialog", parent)  # type: ignore[assignment]
        v = self.view
        for number, spec in enumerate(PRESETS):
            taken = " (already in the register)" if spec.code in existing else ""
            v.presetCombo.addItem(f"{spec.title}{taken}", number)
        v.presetCombo.addItem("Another drug, strength or form…", CUSTOM)
        first_free = next((i for i, s in enumerate(PRESETS) if s.code not in existing),
                          len(PRESETS))
        v.presetCombo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (v.codeEdit, v.drugEdit, v.strengthEdit, v.formEdit, v.unitEdit):
            edit.textChanged.connect(self._preview)
        v.mgSpin.valueChanged.connect(self._preview)
        v.createButton.clicked.connect(self.save)
        v.cancelButton.clicked.connect(v.reject)
        v.presetCombo.setCurrentIndex(first_free)
        self._preset_chosen()
        v.presetCombo.setFocus()

    def _preset_chosen(self, _index: int = 0) -> None:
        v = self.view
        number = v.presetCombo.currentData()
        spec = (PRESETS[number] if number is not None and number != CUSTOM else
                SectionSpec("", "", "", "", "", 1))
        v.codeEdit.setText(spec.code)
        v.drugEdit.setText(spec.drug)
        v.strengthEdit.setText(spec.strength)
        v.formEdit.setText(spec.form)
        v.unitEdit.setText(spec.unit)
        v.mgSpin.setValue(spec.mg_per_unit)
        if number == CUSTOM:
            v.codeEdit.setFocus()
        self._preview()

    def spec(self) -> SectionSpec:
        v = self.view
        return SectionSpec(v.codeEdit.text(), v.drugEdit.text(), v.strengthEdit.text(),
                           v.formEdit.text(), v.unitEdit.text(), v.mgSpin.value())

    def _preview(self) -> None:
        spec = self.spec()
        text = spec.title.strip(" ,") if spec.drug.strip() else ""
        self.view.titlePreview.setText(
            f"Every screen and printed page of this section will be headed: {text}"
            if text else "")

    def save(self) -> None:
        created = run_service(lambda: register.create_section(self.reg, self.actor,
                                                              self.spec()),
                              error_label=self.view.errorLabel)
        if created is not None:
            self.created = created
            self.view.accept()

    def exec(self) -> Section | None:
        return self.created if self.view.exec() == QDialog.DialogCode.Accepted else None
