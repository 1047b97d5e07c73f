"""#14.14, looked at on rendered screens and checked here as they read: line edits never
squeezed below their text ("100 mg" read "100 mq"), help text never over the next field,
the audit log's "To" whole, the staff list showing every account of a small clinic, the
patient page's absence button in words."""

from PySide6.QtWidgets import QLabel, QLineEdit

from hat_desktop.gui.audit_log_dialog import AuditLogDialog
from hat_desktop.gui.new_section_dialog import NewSectionDialog
from hat_desktop.gui.restore_dialog import RestoreDialog
from tests.gui.patient_screens import open_patients


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog.view)
    dialog._fit()  # as exec() sizes it
    dialog.view.show()
    return dialog.view


def test_dialogs_open_at_least_as_large_as_their_styled_contents(qtbot, world) -> None:
    d = world
    v = _shown(qtbot, NewSectionDialog(d.reg, d.manager, []))
    for edit in v.findChildren(QLineEdit):
        if edit.isVisible() and edit.objectName().endswith("Edit"):
            assert edit.height() >= edit.minimumSizeHint().height(), edit.objectName()
    assert v.findChild(QLineEdit, "strengthEdit").text() == "100 mg"
    v = _shown(qtbot, RestoreDialog(d.reg, d.manager))
    labels = [w for w in v.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
    for label in labels:  # each help text as tall as its words need at its width
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    v = _shown(qtbot, AuditLogDialog(d.reg, d.manager))
    to = v.findChild(QLabel, "toLabel")
    assert to.text() == "&To" and to.width() >= to.fontMetrics().horizontalAdvance("To") + 4


def test_the_staff_list_shows_every_account_and_the_absence_button_reads_right(
        qtbot, world) -> None:
    d = world
    window, page = open_patients(qtbot, d.reg, d.manager)
    window.view.resize(1280, 720)
    page.open_patient(d.patient.id)
    assert page.detail.ui.absenceButton.text() == "Rec&ord an absence…"
    admin = window.go_to("Admin")
    table = admin.ui.usersTable
    rows = table.model().rowCount()
    assert rows == 6
    last = table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1)
    assert 0 < last <= table.viewport().height()  # the sixth row whole, not 2½ rows
    window.close()
