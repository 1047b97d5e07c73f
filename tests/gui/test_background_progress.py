"""Long work off the GUI thread: its progress and result reach the dialog on the GUI thread."""

import threading

from PySide6.QtWidgets import QProgressDialog

from hat_desktop.gui.background import run_with_progress


def test_progress_is_shown_on_the_gui_thread_and_the_result_returned(
    qtbot, reg, monkeypatch
) -> None:
    gui_thread = threading.get_ident()
    labels: list[tuple[str, bool]] = []
    real = QProgressDialog.setLabelText

    def record(self: QProgressDialog, text: str) -> None:
        labels.append((text, threading.get_ident() == gui_thread))
        real(self, text)

    monkeypatch.setattr(QProgressDialog, "setLabelText", record)

    def work(own, progress) -> str:
        assert threading.get_ident() != gui_thread and own is not reg
        progress("Counting ampoules", 1, 2)
        progress("Checking the chain", 2, 2)
        return "done"

    assert run_with_progress(None, "Working…", reg, work) == "done"
    assert labels == [("Counting ampoules", True), ("Checking the chain", True)]
