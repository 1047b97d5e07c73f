"""The audit log, read as a manager, a pharmacist or an inspector would: on screen, and
exported as CSV (the law's "log of all data entered can be recalled for audit")."""

import csv
import json
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from hat_desktop.domain.roles import Role
from hat_desktop.gui import background
from hat_desktop.gui.audit_log_dialog import AuditLogDialog
from hat_desktop.gui.main_window import MainWindow
from hat_desktop.services import auth, users
from hat_desktop.services import settings as settings_service
from hat_desktop.store import audit
from hat_desktop.store import users as users_store
from tests.gui.conftest import when_dialog_opens
from tests.world import MANAGER, PASSWORD, user_details


def reg_manager(reg):
    return users_store.by_username(reg.db, MANAGER)

LEFT = Qt.MouseButton.LeftButton


def test_inspector_reads_and_exports_the_audit_log(qtbot, reg, make_user, tmp_path,
                                                   monkeypatch, message_boxes):
    nina = make_user(Role.NURSE, "nina", "Nina Nurse")
    inspector = make_user(Role.INSPECTOR, "ian")
    settings_service.change(reg, reg_manager(reg), backup_keep=5)
    users.update_user(reg, reg_manager(reg), nina.id, user_details(Role.PHARMACIST, "Nina Nurse"),
                      active=True)
    try:
        auth.login(reg, "nina", "a wrong password")
    except Exception:  # noqa: BLE001 - the refusal is what we want logged
        pass
    dialog = AuditLogDialog(reg, inspector)
    v = dialog.view
    ui = dialog.ui
    qtbot.addWidget(v)
    model = ui.entriesTable.model()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows[0][1] == "nina" and rows[0][2] == "test-pc" and rows[0][3] == "Login failed"
    assert any(r[3] == "User created" and "username: nina" in r[5] for r in rows)
    # In words: who and what changed, never "user:7" or "settings"
    changed = next(r for r in rows if r[3] == "User changed")
    assert changed[4] == "Nina Nurse (pharmacist)"
    assert "role: nurse → pharmacist" in changed[5]
    settings_row = next(r for r in rows if r[3] == "Settings changed")
    assert settings_row[4] == "the clinic's settings"
    assert "backup keep: 14 → 5" in settings_row[5]
    assert not any(r[4].startswith("user:") for r in rows)
    assert ui.countLabel.text().endswith("newest first")

    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("register_created"))
    qtbot.mouseClick(ui.showButton, LEFT)
    assert model.rowCount() == 1

    ui.toEdit.setDate(QDate(2026, 2, 20))
    qtbot.mouseClick(ui.showButton, LEFT)
    assert ui.errorLabel.text() == "The end date is before the start date."

    # Export CSV streams on a worker thread behind the progress dialog (a big register
    # froze the window when it ran on the GUI thread); Cancel there leaves no file.
    chosen = [tmp_path / "stopped.csv"]
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(chosen[0]), "CSV (*.csv)"))
    ui.toEdit.setDate(QDate(2026, 3, 2))
    clicked = threading.Event()
    real_progress = background._Worker._progress
    heard: list[tuple[str, bool]] = []

    def slow(worker, stage: str, done: int, total: int) -> bool:
        heard.append((stage, threading.get_ident() != gui_thread))
        real_progress(worker, stage, done, total)
        clicked.wait(10)  # the user watches the dialog, then clicks Cancel
        return not worker.cancelled

    def cancel(progress) -> None:
        assert isinstance(progress, QProgressDialog)
        progress.grab().save("/tmp/audit-log-export-progress.png")
        qtbot.mouseClick(progress.findChild(QPushButton), LEFT)
        clicked.set()

    gui_thread = threading.get_ident()
    monkeypatch.setattr(background._Worker, "_progress", slow)
    when_dialog_opens(cancel)
    qtbot.mouseClick(ui.exportButton, LEFT)
    assert clicked.is_set() and heard == [("Writing the audit log: 0 entries so far", True)]
    assert message_boxes.last == "Stopped before the end: no file was written."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "recovery-sheet.pdf"]  # no
    # file, not even a partial one (.hat-partial-…)
    monkeypatch.setattr(background._Worker, "_progress", real_progress)

    chosen[0] = out = tmp_path / "audit.csv"
    qtbot.mouseClick(ui.exportButton, LEFT)
    assert message_boxes.last.endswith(f"were written to {out}.")
    assert not ui.errorLabel.isVisibleTo(v)  # the old "end date" error went
    v.resize(1280, 720)
    v.grab().save("/tmp/audit-log-1280x720.png")
    with open(out, encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert [r["action"] for r in table[:2]] == ["user_created", "register_created"]  # oldest first
    assert any(r["action"] == "login_failed" and r["username"] == "nina" for r in table)
    made = next(r for r in table if r["action"] == "user_created")
    assert json.loads(made["details_json"])["role"]  # the details as JSON, for a script


def test_the_menu_offers_it_only_to_roles_that_may_read_it(qtbot, reg, make_user):
    for role, shown in ((Role.NURSE, False), (Role.PHARMACIST, True), (Role.INSPECTOR, True)):
        window = MainWindow(reg, make_user(role))
        qtbot.addWidget(window.view)
        assert window.ui.actionAudit.isVisible() is shown, role
        window.close()


def test_cli_export_audit(reg, make_user, tmp_path):
    make_user(Role.PHARMACIST, "phil")
    reg.close()
    out = tmp_path / "audit.csv"
    env = {**os.environ, "HAT_USER": "phil", "HAT_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                           str(reg.data_dir), "export", "audit", "--from", "2026-03-01",
                           "--to", "2026-03-02", "--format", "csv", "--output", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith(
        "id,at,username,workstation,action,target,details,details_json,clinic,exported_at,"
        "period_from,period_to,demo\n")


def test_cli_prints_the_audit_log_as_pdf_and_a_nurse_may_not(reg, make_user, tmp_path):
    make_user(Role.PHARMACIST, "phil")
    make_user(Role.NURSE, "nina")
    try:
        auth.login(reg, "nina", "a wrong password")
    except Exception:  # noqa: BLE001 - the refusal is what we want logged
        pass
    reg.close()

    def export(user, out):
        env = {**os.environ, "HAT_USER": user, "HAT_PASSWORD": PASSWORD}
        return subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                               str(reg.data_dir), "export", "audit", "--from", "2026-03-01",
                               "--to", "2026-03-02", "--format", "pdf", "--output", str(out)],
                              capture_output=True, text=True, env=env, timeout=120)

    done = export("phil", tmp_path / "audit.pdf")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "audit.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    assert "Teesside HAT Clinic — audit log" in words and "01/03/2026 to 02/03/2026" in words
    assert "nina test-pc login failed" in words
    assert "user created" in words and "username=phil" in words
    count = int(done.stdout.split(" audit log entries")[0].split()[-1])
    assert f"{count} entries in the period:" in words  # every entry of the period, counted
    assert "login failed: 1" in words
    refused = export("nina", tmp_path / "nurse.pdf")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert not (tmp_path / "nurse.pdf").exists()


def test_an_inspector_saves_the_audit_log_as_pdf_and_prints_it(qtbot, reg, make_user, tmp_path,
                                                                monkeypatch, message_boxes):
    from tests.gui.printing import PrintDialogs, inked, page_images

    make_user(Role.NURSE, "nina")
    inspector = make_user(Role.INSPECTOR, "ian")
    dialog = AuditLogDialog(reg, inspector)
    qtbot.addWidget(dialog.view)
    ui = dialog.ui
    asked: list[str] = []

    def save_as(_parent, _caption, suggested, *_args):
        asked.append(suggested)
        return str(tmp_path / "log"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_as)
    qtbot.mouseClick(ui.pdfButton, LEFT)
    assert asked[0].endswith("audit-log-2026-02-23-to-2026-03-02.pdf")  # the period shown
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "log.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    assert "Teesside HAT Clinic — audit log" in words and "username=nina" in words
    assert message_boxes.last.endswith(f"saved as PDF to {tmp_path / 'log.pdf'}.")
    printers = PrintDialogs(monkeypatch, tmp_path)
    qtbot.mouseClick(ui.printButton, LEFT)
    (paper,) = printers.printed
    assert printers.titles == ["Print Audit log (PDF)"]
    assert all(inked(page) > 0.005 for page in page_images(paper, tmp_path))
    assert message_boxes.last.startswith("The audit log: ")
    actions = [(e.action, e.target) for e in audit.entries(reg.db, limit=2)]
    assert actions == [("print", "audit-log"), ("export", "audit-log")]
