"""Long work (verify, export, backup, demo build) off the GUI thread, with a
progress dialog that can be cancelled where cancelling is safe."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hat_desktop.domain.errors import HatError
from hat_desktop.gui.messages import apology_text, show_error
from hat_desktop.services.open_register import OpenRegister

log = logging.getLogger(__name__)

# work(clinic on its own connection, progress(stage, done, total) -> keep going?)
Work = Callable[[OpenRegister, Callable[[str, int, int], bool]], Any]


class _Worker(QObject):
    progressed = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is_refusal

    def __init__(self, reg: OpenRegister, work: Work) -> None:
        super().__init__()
        self.reg = reg
        self.work = work
        self.cancelled = False

    def _progress(self, stage: str, done: int, total: int) -> bool:
        self.progressed.emit(stage, done, total)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        own = self.reg.for_background()
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


class _Receiver(QObject):
    """Lives on the GUI thread, so the worker's signals reach the dialog there: PySide
    runs a plain function connected to a worker's signal on the worker's own thread."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.outcome: dict[str, Any] = {}

    @Slot(str, int, int)
    def progressed(self, stage: str, done: int, total: int) -> None:
        self.dialog.setLabelText(stage)
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    @Slot(object)
    def finished(self, result: object) -> None:
        self.outcome["result"] = result
        self.loop.quit()

    @Slot(str, bool)
    def failed(self, message: str, refusal: bool) -> None:
        self.outcome["error"] = (message, refusal)
        self.loop.quit()


def run_with_progress(parent: QWidget | None, title: str, reg: OpenRegister, work: Work,
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
    worker = _Worker(reg, work)
    worker.moveToThread(thread)
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    outcome = receiver.outcome
    worker.progressed.connect(receiver.progressed)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
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
