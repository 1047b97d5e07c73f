"""Close a section to new entries (a manager's decision, with a reason). Nothing is
deleted: the section is still read, printed and exported."""

from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.domain.register import Section
from hat_desktop.gui.form_dialog import FormDialog
from hat_desktop.gui.forms.ui_close_section_dialog import Ui_CloseSectionDialog
from hat_desktop.gui.messages import run_service
from hat_desktop.services import register
from hat_desktop.services.open_register import OpenRegister


class CloseSectionDialog(FormDialog[Ui_CloseSectionDialog, Section]):
    def __init__(self, reg: OpenRegister, actor: User, section: Section, balance: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_CloseSectionDialog(), parent)
        self.reg = reg
        self.actor = actor
        self.section = section
        self.closed: Section | None = None
        v = self.view
        ui = self.ui
        v.setWindowTitle(f"Close section {section.code}")
        warning = ("" if balance == 0 else
                   f"\n\nThe register still holds {section.quantity(balance)} in this section. "
                   "Destroy or return the stock first, or close it only if that stock is "
                   "recorded elsewhere.")
        ui.sectionInfoLabel.setText(f"{section.code}: {section.title}.{warning}")
        ui.closeButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(v.reject)
        ui.reasonEdit.setFocus()

    def accepted_result(self) -> Section | None:
        return self.closed

    def save(self) -> None:
        closed = run_service(lambda: register.close_section(
            self.reg, self.actor, self.section.id, self.ui.reasonEdit.text()),
            error_label=self.ui.errorLabel)
        if closed is not None:
            self.closed = closed
            self.view.accept()
