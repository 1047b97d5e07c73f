"""What every page controller is given: the clinic, the logged-in user, and
service events delivered on the GUI thread."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from hat_desktop.domain.accounts import User
from hat_desktop.services.open_register import OpenRegister


class QtEvents(QObject):
    """Service events as a Qt signal. Emitting from a worker thread is safe: the
    signal is queued to the GUI thread."""

    changed = Signal(str, dict)

    def __init__(self, reg: OpenRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reg = reg
        reg.events.subscribe(self._forward)

    def _forward(self, event: str, payload: dict[str, Any]) -> None:
        self.changed.emit(event, payload)

    def detach(self) -> None:
        self._reg.events.unsubscribe(self._forward)


@dataclass
class PageContext:
    reg: OpenRegister
    user: User
    events: QtEvents
