"""Logging in builds the Today page only; every other page is built the first time it is
visited (main_window.py), and must then work as if it had been there all along: each role
walks its pages, and each shows what the register holds."""

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from hat_desktop.domain.roles import Role
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.services import register, users
from tests.world import PASSWORD


def cells(model: QAbstractItemModel) -> list[str]:
    """Every cell a table shows, as text."""
    return [str(model.index(r, c).data() or "") for r in range(model.rowCount())
            for c in range(model.columnCount())]


def on_screen(window: MainWindow, title: str) -> list[str]:
    """What the page called ``title`` shows of the register."""
    ui = window.page(title).ui  # type: ignore[attr-defined]
    if title == "Today":
        return cells(ui.boardTable.model())
    if title == "Patients":
        return cells(ui.patientsTable.model())
    if title == "Register":
        return [ui.sectionCombo.itemText(i) for i in range(ui.sectionCombo.count())]
    if title == "Stock":
        return cells(ui.sectionsTable.model())
    if title == "Reports":
        return [ui.reportList.item(i).text() for i in range(ui.reportList.count())]
    assert title == "Admin"
    return cells(ui.usersTable.model())


@pytest.mark.parametrize("role", list(Role))
def test_each_role_s_pages_work_when_first_visited(qtbot, world, role) -> None:
    d = world
    user = d.by_role(role)
    window = MainWindow(d.reg, user, idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    window.show()
    assert [p.title for p in window.built_pages()] == ["Today"]  # the others: when visited
    sections = [s.section.code for s in register.list_sections(d.reg, d.manager)]
    staff = [u.username for u in users.list_users(d.reg, d.manager)]
    for title in window.titles:
        page = window.go_to(title)
        QApplication.processEvents()
        assert window.current_page is page and page.title == title
        assert page.view.isVisible()
        assert window.ui.navList.currentItem().text() == title
        shown = " ".join(on_screen(window, title))
        if title in ("Today", "Patients"):
            assert "HAT-0001" in shown, title
        elif title in ("Register", "Stock"):
            assert sections and all(code in shown for code in sections), (title, shown)
        elif title == "Reports":
            assert shown, "no report offered"
        else:
            assert all(name in shown for name in staff), shown
        errors = [label.text() for label in page.view.findChildren(QLabel, "errorLabel")
                  if label.isVisible()]
        assert errors == [], (title, errors)
    assert [p.title for p in window.built_pages()] == window.titles
    window.go_to("Today")  # and back: the page built first is the same page
    assert window.current_page is window.built_pages()[0]
    window.close()


def test_the_board_read_as_the_window_is_built_is_not_read_again_as_it_appears(
        qtbot, world) -> None:
    """At login the Today page reads its board once (it was read twice: as the window was
    built, and again as it appeared); shown again later (after the lock screen) it is read
    again."""
    d = world
    window = MainWindow(d.reg, d.nurse, idle_ms=3_600_000)
    qtbot.addWidget(window.view)
    today = window.page("Today")
    built = today.board  # type: ignore[attr-defined]  # each read makes a new one
    assert built is not None
    window.show()
    for _ in range(5):  # what the window's appearing set off (a deferred refresh) runs now
        QApplication.processEvents()
    assert today.board is built  # type: ignore[attr-defined]
    assert "HAT-0001" in " ".join(on_screen(window, "Today"))
    assert not today.ui.errorLabel.isVisible()  # type: ignore[attr-defined]
    window.lock()
    qtbot.keyClicks(window.lock_screen.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(window.lock_screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert not window.locked and window.current_page is today
    qtbot.waitUntil(lambda: today.board is not built, timeout=2000)  # type: ignore[attr-defined]
    window.close()
