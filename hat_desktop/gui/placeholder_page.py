"""A page whose screen is not built yet: it says what will come there, nothing fake."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hat_desktop.gui.forms import load_form


class PlaceholderPage(QObject):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.view = load_form("placeholder_page", parent)
        self.view.titleLabel.setText(title)
        self.view.descriptionLabel.setText(description)

    def activate(self) -> None:
        pass
