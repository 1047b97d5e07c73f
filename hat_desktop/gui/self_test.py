"""The window's part of `hat-desktop self-test`: Qt starts, every compiled form builds,
and — with a register and HAT_USER/HAT_PASSWORD — the main window opens and closes. The
launcher hands this to the command line (which never imports the GUI)."""

import importlib
from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtWidgets import QWidget

from hat_desktop.domain.accounts import User
from hat_desktop.services.open_register import OpenRegister

Check = Callable[[str, bool, str], None]


def test_window(check: Check, open_session: Callable[[], tuple[OpenRegister, User]] | None
                ) -> None:
    from hat_desktop.gui.app import application
    from hat_desktop.gui.forms import FORMS

    app = application()
    broken = []
    for name, widget_class in FORMS.items():
        try:
            _build_form(name, widget_class).deleteLater()
        except Exception as exc:  # noqa: BLE001 - report every broken form, not just the first
            broken.append(f"{name} ({exc})")
    check(f"{len(FORMS)} forms load", not broken, "; ".join(broken))
    if open_session is None:
        return
    from hat_desktop.gui.main_window import MainWindow

    reg, user = open_session()
    window = MainWindow(reg, user)
    window.show()
    app.processEvents()
    check("main window opens", window.view.isVisible(), window.view.windowTitle())
    window.close()
    app.processEvents()


def _build_form(name: str, widget_class: str) -> QWidget:
    """A widget of the form's top-level class with the compiled form ``name`` set up on it."""
    module = importlib.import_module(f"hat_desktop.gui.forms.ui_{name}")
    form = next(value for key, value in vars(module).items() if key.startswith("Ui_"))
    widget: QWidget = getattr(QtWidgets, widget_class)()
    form().setupUi(widget)
    return widget
