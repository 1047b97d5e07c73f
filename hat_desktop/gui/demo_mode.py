"""Demo mode: `hat-desktop --demo` builds a demo clinic in a temporary folder, opens it,
and marks every window DEMO; the folder and its keyring entry go when it closes
(services/demo.discard_demo)."""

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)
MARK = "DEMO — not a legal register"


class DemoTitles(QObject):
    """Adds the DEMO mark to the title of every window and dialog as it appears."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowTitleChange) and isinstance(
            watched, QWidget
        ) and watched.isWindow():
            title = watched.windowTitle()
            if MARK not in title:
                watched.setWindowTitle(f"{title} — {MARK}" if title else MARK)
        return False


def install_demo_titles(app: QApplication) -> DemoTitles:
    marker = DemoTitles(app)
    app.installEventFilter(marker)
    return marker


def prepare_demo(days: int = 30, patients: int = 15) -> Path:
    """Build the demo clinic in a new temporary folder, showing progress."""
    from hat_desktop.services.demo import build_demo  # not for the main window's DEMO mark

    data_dir = Path(tempfile.mkdtemp(prefix="hat-demo-")) / "data"
    dialog = QProgressDialog("Building the demo clinic…", "", 0, days + 1)
    dialog.setWindowTitle("HAT Desktop demo")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def progress(stage: str, done: int, total: int) -> bool:
        dialog.setLabelText(f"{stage}: day {done} of {total}")
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        return True

    try:
        build_demo(data_dir, days=days, patient_count=patients, progress=progress)
    finally:
        dialog.close()
    return data_dir
