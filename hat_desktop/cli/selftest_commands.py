"""self-test: checks an installation works (for the clinic's IT person, and the
packaging tests): Qt, every form, fonts and PDF output, SQLCipher, time zones, the
keyring, and — when a register is present — opening the main window and closing it."""

import argparse
import io
from typing import TYPE_CHECKING

from hat_desktop.cli.common import CommandContext, say
from hat_desktop.store.connection import register_exists

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def add(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("self-test", help="check that this installation works (and, with a "
                       "register and HAT_USER/HAT_PASSWORD, open the main window and close it)")
    p.set_defaults(handler=self_test)


def self_test(ctx: CommandContext) -> int:
    import sqlcipher3
    from reportlab.lib.pagesizes import A4

    from hat_desktop.domain.times import zone
    from hat_desktop.reports.pdf_common import FONT, new_canvas
    from hat_desktop.reports.register_pdf import qr_modules
    from hat_desktop.store.keys import keyring_problem

    failures = 0

    def check(label: str, ok: bool, detail: str = "") -> None:
        nonlocal failures
        failures += 0 if ok else 1
        say(f"[{'ok' if ok else 'FAILED'}] {label}{': ' + detail if detail else ''}")

    conn = sqlcipher3.connect(":memory:")
    version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    check("SQLCipher", str(version).startswith("4."), str(version))
    check("time zones", zone("Europe/London").key == "Europe/London")
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, "self-test")
    canvas.setFont(FONT, 12)
    canvas.drawString(72, 720, "Zoë Ó Briain — Łukasz")
    canvas.save()
    check("PDF output with the shipped fonts", buffer.getvalue().startswith(b"%PDF"))
    modules = qr_modules("HATREG1:SELFTEST:1:2:" + "0" * 64)
    check("QR codes for register pages", len(modules) >= 21 and len(modules[0]) == len(modules))
    problem = keyring_problem()
    say(f"[{'ok' if problem is None else 'note'}] system keyring: "
        f"{problem or 'available'}")

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
    if register_exists(ctx.data_dir):
        from hat_desktop.gui.main_window import MainWindow

        reg = ctx.reg()
        user = ctx.acting_user()
        window = MainWindow(reg, user)
        window.show()
        app.processEvents()
        check("main window opens", window.view.isVisible(), window.view.windowTitle())
        window.close()
        app.processEvents()
    say("Self-test passed." if not failures else f"Self-test FAILED ({failures} problem(s)).")
    return 0 if not failures else 1


def _build_form(name: str, widget_class: str) -> "QWidget":
    """A widget of the form's top-level class with the compiled form ``name`` set up on it."""
    import importlib

    from PySide6 import QtWidgets

    module = importlib.import_module(f"hat_desktop.gui.forms.ui_{name}")
    form = next(value for key, value in vars(module).items() if key.startswith("Ui_"))
    widget: QWidget = getattr(QtWidgets, widget_class)()
    form().setupUi(widget)
    return widget
