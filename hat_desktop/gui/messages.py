"""How refusals and faults reach the user: plain words, never a traceback.

QMessageBox is imported when a box is shown: the login window, which uses run_service,
comes up without building its Python type and enums (issue 14)."""

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hat_desktop.domain.errors import HatError, SignedOut
from hat_desktop.logging_setup import current_log_file

log = logging.getLogger(__name__)
T = TypeVar("T")

APOLOGY = (
    "Sorry, HAT Desktop met an unexpected problem. Nothing that was not confirmed on "
    "screen was written. The details are in the log file{where}; please tell the clinic's "
    "IT support."
)


def apology_text() -> str:
    where = current_log_file()
    return APOLOGY.format(where=f" ({where})" if where else "")


def show_error(parent: QWidget | None, message: str, title: str = "Not done") -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    box.exec()


def show_info(parent: QWidget | None, message: str, title: str = "Done") -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.exec()


def confirm(parent: QWidget | None, message: str, title: str = "Please confirm") -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, message,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class _Session(QObject):
    """Tells the main window that the logged-in user's session ended under them (they
    were deactivated or locked out): it returns to the login screen."""

    signed_out = Signal(str)


session_notices = _Session()


def run_service(
    action: Callable[[], T],
    *,
    error_label: QLabel | None = None,
    parent: QWidget | None = None,
) -> T | None:
    """Call a service; show a refusal in ``error_label`` (or a message box).

    Returns the service's result, or None when it was refused or failed.
    """
    try:
        result = action()
    except SignedOut as exc:  # the main window says it once and returns to the login
        if error_label is not None:
            error_label.setText(str(exc))
            error_label.show()
        session_notices.signed_out.emit(str(exc))
        return None
    except HatError as exc:
        if error_label is not None:
            error_label.setText(str(exc))
            error_label.show()
        else:
            show_error(parent, str(exc))
        return None
    except Exception:
        log.exception("unexpected fault in a screen action")
        show_error(parent, apology_text(), "Unexpected problem")
        return None
    if error_label is not None:
        error_label.clear()
        error_label.hide()
    return result


def run_action(
    action: Callable[[], object],
    *,
    error_label: QLabel | None = None,
    parent: QWidget | None = None,
) -> bool:
    """Call a service whose result does not matter (it returns None); refusals are shown as
    run_service shows them. True when it went through."""
    def went_through() -> bool:
        action()
        return True
    return run_service(went_through, error_label=error_label, parent=parent) is not None


def install_excepthook() -> None:
    """Any exception escaping a Qt slot is logged and shown as a short apology."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:  # before Qt is up (no box can be shown): logged
            return
        try:
            show_error(None, apology_text(), "Unexpected problem")
        except Exception:  # noqa: BLE001 - the apology itself failed; the log has it
            log.exception("could not show the apology")

    sys.excepthook = hook
