"""A clinic PC's screen is often 1366×768 or 1280×720: every page and the main dialogs
fit there, every button can be reached (on screen, or by scrolling a page), the Stock
page's buttons and the status bar (the backup's age) are in view without scrolling, and
the window never grows as the user moves between pages."""

import importlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QScrollArea,
    QWidget,
)

from hat_desktop.domain.roles import Role
from hat_desktop.gui.audit_log_dialog import AuditLogDialog
from hat_desktop.gui.clinic_day_settings import ClinicDaySettings
from hat_desktop.gui.day_summary_dialog import DaySummaryDialog
from hat_desktop.gui.form_dialog import DialogView
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.gui.restore_dialog import RestoreDialog
from hat_desktop.services import dosing

ROOT = Path(__file__).resolve().parents[2]
SMALL = QSize(1280, 720)
TITLE_BAR = 32  # a dialog's frame takes this much of the screen's height
ALERTS = ["Missed this morning: HAT-0001 Sam Patient.",
          "On hold (3 days without a dose): waiting for the prescriber's review."]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def in_window(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def fully_shown(widget: QWidget) -> bool:
    """Inside its window and not clipped by any parent (a scroll area's edge included)."""
    return (widget.window().rect().contains(in_window(widget))
            and widget.visibleRegion().boundingRect().size() == widget.size())


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def buttons_out_of_reach(window: QWidget) -> list[str]:
    """Buttons the user cannot see even after scrolling to them."""
    lost = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.objectName().startswith("qt_"):
            continue
        if not fully_shown(button) and (area := scroll_area_of(button)) is not None:
            area.ensureWidgetVisible(button, 0, 0)
            settle()
        if not fully_shown(button):
            lost.append(button.text() or button.objectName())
    return lost


def buttons_hidden(window: QWidget) -> list[str]:
    return [b.text() or b.objectName() for b in window.findChildren(QAbstractButton)
            if b.isVisibleTo(window) and not fully_shown(b)]


def small_window(qtbot, world, role: Role) -> MainWindow:
    """The main window at 1280×720 with everything that takes height above the pages:
    the DEMO banner (a demo clinic) and the alert banner (missed doses, holds)."""
    window = MainWindow(world.reg, world.by_role(role), idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    window.ui.demoBanner.show()
    window.set_alerts(ALERTS)
    window.view.resize(SMALL)
    window.show()
    settle()
    return window


@pytest.mark.parametrize("role", [Role.MANAGER, Role.NURSE, Role.PHARMACIST, Role.INSPECTOR])
def test_every_page_fits_1280_by_720_and_the_window_never_grows(qtbot, world, role) -> None:
    window = small_window(qtbot, world, role)
    view = window.view
    # Fonts on a real display come out up to a sixth larger than offscreen: the window's
    # minimum keeps that much room below the screen's height.
    assert view.minimumSizeHint().height() <= SMALL.height() * 5 // 6
    assert view.minimumSizeHint().width() <= SMALL.width() * 5 // 6
    assert view.minimumSize().boundedTo(SMALL) == view.minimumSize()
    for _round in range(2):  # there and back again: nothing grows on a second visit
        for row in range(window.ui.navList.count()):
            window.ui.navList.setCurrentRow(row)  # as a click in the navigation does
            settle()
            title = window.current_page.title
            assert view.size() == SMALL, f"the window grew on the {title} page"
            assert buttons_out_of_reach(view) == [], title
            status = [w for w in window.ui.statusbar.findChildren(QLabel)
                      if w.isVisibleTo(view) and w.text()]
            assert status and all(fully_shown(w) for w in status), title
    assert any("backup" in w.text().lower() for w in status)


def test_the_stock_pages_buttons_are_in_view_without_scrolling(qtbot, world) -> None:
    window = small_window(qtbot, world, Role.PHARMACIST)
    window.go_to("Stock")
    settle()
    assert buttons_hidden(window.view) == []
    ui = window.page("Stock").ui  # type: ignore[attr-defined]
    assert {ui.reconcileButton.text(), ui.investigateButton.text()} <= {
        b.text() for b in window.view.findChildren(QAbstractButton) if fully_shown(b)}


def dialog_forms() -> list[str]:
    """The forms (ui/*.ui) whose top-level widget is a dialog."""
    return sorted(ui.stem for ui in (ROOT / "ui").glob("*.ui")
                  if ET.parse(ui).getroot().find("widget").get("class") == "QDialog")


def fits_on_small_screen(view: QWidget) -> None:
    room = QSize(SMALL.width(), SMALL.height() - TITLE_BAR)
    name = view.objectName()
    assert view.minimumSizeHint().boundedTo(room) == view.minimumSizeHint(), name
    assert view.size().boundedTo(room) == view.size(), name
    assert buttons_out_of_reach(view) == [], name


# The clinic-day settings are taller than the screen as a form: their controller scrolls
# them (test_the_main_dialogs_fit_1280_by_720).
@pytest.mark.parametrize("form", [f for f in dialog_forms() if f != "clinic_day_settings"])
def test_every_dialog_form_opens_no_larger_than_the_screen(qtbot, form) -> None:
    module = importlib.import_module(f"hat_desktop.gui.forms.ui_{form}")
    ui = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    view = DialogView(ui)
    qtbot.addWidget(view)
    view.show()
    settle()
    fits_on_small_screen(view)


def test_the_main_dialogs_fit_1280_by_720(qtbot, world) -> None:
    d = world
    shown: list[QDialog] = []
    for make in (lambda: ClinicDaySettings(d.reg, d.manager).view,
                 lambda: AuditLogDialog(d.reg, d.manager).view,
                 lambda: DaySummaryDialog(d.reg, d.pharmacist).view,
                 lambda: RestoreDialog(d.reg, d.manager).view):
        view = make()
        qtbot.addWidget(view)
        view.show()
        settle()
        fits_on_small_screen(view)
        shown.append(view)
    window = small_window(qtbot, d, Role.NURSE)
    today = window.page("Today")
    today._open(dosing.card(d.reg, d.nurse, d.patient.id))  # type: ignore[attr-defined]
    check_in = today.check_in.view  # type: ignore[attr-defined]
    settle()
    fits_on_small_screen(check_in)
    assert len(shown) == 4
