"""Loading Qt Designer forms at run time with QUiLoader.

QUiLoader needs no `uic` tool, so the same code works from a checkout, an
installed wheel and a PyInstaller bundle. Children are reachable as attributes
named after their objectName (form.okButton).
"""

from functools import cache

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from hat_desktop.paths import asset


class FormError(RuntimeError):
    pass


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ui/<name>.ui, parented to ``parent``."""
    path = asset("ui", f"{name}.ui")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open form {path}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot load form {path}: {loader.errorString()}")
    return widget


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(asset("resources", "icons", name)))


def stylesheet() -> str:
    return asset("resources", "style.qss").read_text(encoding="utf-8")
