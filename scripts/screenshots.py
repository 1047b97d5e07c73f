"""Render the main screens of a demo clinic offscreen, for the README and as a check.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python scripts/screenshots.py docs

Builds a demo register at a fixed moment (a Wednesday, 09:25, session 1 open), logs in as the
user each screen is for, and saves each window as a PNG with its title drawn above it (an
offscreen window has no title bar of its own), plus screenshots.json: file -> window title.
"""

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hat_desktop.gui.app import application  # noqa: E402
from hat_desktop.gui.demo_mode import install_demo_titles  # noqa: E402
from hat_desktop.gui.evaluation_dashboard import EvaluationDashboard  # noqa: E402
from hat_desktop.gui.login_dialog import LoginDialog  # noqa: E402
from hat_desktop.gui.main_window import MainWindow  # noqa: E402
from hat_desktop.services import attendance, auth, dosing  # noqa: E402
from hat_desktop.services.clock import ManualClock  # noqa: E402
from hat_desktop.services.demo import DEMO_PASSWORD, build_demo  # noqa: E402
from hat_desktop.services.register_setup import open_register  # noqa: E402

NOW = datetime(2026, 3, 18, 9, 25, tzinfo=UTC)
SIZE = (1280, 800)
TITLE_BAR = 30


def save(widget: QWidget, path: Path) -> str:
    """The widget with a title bar carrying its window title; returns the title."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    title = widget.window().windowTitle()
    shot = widget.grab().toImage()
    image = QImage(shot.width(), shot.height() + TITLE_BAR, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b3a46"))
    painter = QPainter(image)
    painter.setPen(QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(10, 0, shot.width() - 20, TITLE_BAR),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
    painter.drawImage(0, TITLE_BAR, shot)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return title


def main(out_dir: Path) -> dict[str, str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    install_demo_titles(app)
    data_dir = Path(tempfile.mkdtemp(prefix="hat-shots-")) / "data"
    build_demo(data_dir, days=21, patient_count=12, seed=3, now=NOW)
    reg = open_register(data_dir, clock=ManualClock(NOW))
    shots: dict[str, str] = {}

    login = LoginDialog(reg)
    login.view.resize(460, 340)
    login.view.show()
    shots["login.png"] = save(login.view, out_dir / "login.png")
    login.view.close()

    def window_for(username: str) -> MainWindow:
        user = auth.login(reg, username, DEMO_PASSWORD)
        window = MainWindow(reg, user, idle_ms=3_600_000)
        window.view.resize(*SIZE)
        window.show()
        return window

    def page_shot(username: str, page: str, name: str,
                  prepare: Callable[[MainWindow], QWidget | None] | None = None) -> None:
        window = window_for(username)
        window.go_to(page)
        target = prepare(window) if prepare else None
        shots[name] = save(target or window.view, out_dir / name)
        window.close()

    page_shot("demo-nurse", "Today", "today.png")

    def check_in(window: MainWindow) -> QWidget:
        today = window.page("Today")
        due = next(r for r in attendance.board(
            reg, window.user).rows if r.cells and r.cells[0].state.value == "due")
        today._open(dosing.card(reg, window.user, due.patient.id))  # type: ignore[attr-defined]
        dialog = today.check_in.view  # type: ignore[attr-defined]
        dialog.resize(1000, 760)
        return dialog

    page_shot("demo-nurse", "Today", "check_in.png", check_in)

    def patient(window: MainWindow) -> None:
        patients = window.page("Patients")
        held = next(r for r in attendance.board(
            reg, window.user).rows if r.flag.level.value == "hold")
        patients.open_patient(held.patient.id)  # type: ignore[attr-defined]
        return None

    page_shot("demo-prescriber", "Patients", "patients.png")
    page_shot("demo-prescriber", "Patients", "patient.png", patient)

    def register(window: MainWindow) -> None:
        window.page("Register").choose_section("DIAM100")  # type: ignore[attr-defined]
        return None

    page_shot("demo-inspector", "Register", "register.png", register)
    page_shot("demo-pharmacist", "Stock", "stock.png")
    page_shot("demo-inspector", "Reports", "reports.png")
    page_shot("demo-manager", "Admin", "admin.png")

    dashboard = EvaluationDashboard(reg, auth.login(reg, "demo-manager", DEMO_PASSWORD))
    dashboard.view.resize(*SIZE)
    dashboard.view.show()
    shots["evaluation.png"] = save(dashboard.view, out_dir / "evaluation.png")
    dashboard.view.close()
    reg.close()
    text = json.dumps(shots, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "screenshots.json").write_text(text, encoding="utf-8")
    return shots


if __name__ == "__main__":
    for file, title in main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")).items():
        print(f"{file}: {title}")
