"""Long work (verify, export, backup, demo build) off the GUI thread, with a
progress dialog that can be cancelled where cancelling is safe."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hat_desktop.domain.errors import HatError
from hat_desktop.gui.messages import apology_text, show_error
from hat_desktop.services.context import Clinic

log = logging.getLogger(__name__)

# work(clinic on its own connection, progress(stage, done, total) -> keep going?)
Work = Callable[[Clinic, Callable[[str, int, int], bool]], Any]


class _Worker(QObject):
    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is_refusal

    def __init__(self, clinic: Clinic, work: Work) -> None:
        super().__init__()
        self.clinic = clinic
        self.work = work
        self.cancelled = False

    def _progress(self, stage: str, done: int, total: int) -> bool:
        self.progressed.emit(stage, done, total)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        own = self.clinic.for_background()
        try:
            result = self.work(own, self._progress)
        except HatError as exc:
            self.failed.emit(str(exc), True)
        except Exception:
            log.exception("background work failed")
            self.failed.emit(apology_text(), False)
        else:
            self.finished.emit(result)
        finally:
            own.close()


def run_with_progress(parent: QWidget | None, title: str, clinic: Clinic, work: Work,
                      *, cancellable: bool = True) -> Any:
    """Run ``work`` on a worker thread while a modal progress dialog shows; returns
    its result, or None if it failed (the user was told) or was cancelled."""
    dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if not cancellable:
        dialog.setCancelButton(None)
    thread = QThread()
    worker = _Worker(clinic, work)
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(stage: str, done: int, total: int) -> None:
        dialog.setLabelText(stage)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def on_finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def on_failed(message: str, refusal: bool) -> None:
        outcome["error"] = (message, refusal)
        loop.quit()

    worker.progressed.connect(on_progress)
    worker.finished.connect(on_finished)
    worker.failed.connect(on_failed)
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    if "error" in outcome:
        message, refusal = outcome["error"]
        show_error(parent, message, "Not done" if refusal else "Unexpected problem")
        return None
    return outcome.get("result")
