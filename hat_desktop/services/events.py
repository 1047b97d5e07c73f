"""A tiny publish/subscribe bus so screens update when a service changes data.

Services publish after their transaction commits; the GUI bridges events to Qt
signals. No Qt here.
"""

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: list[Handler] = []

    def subscribe(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def unsubscribe(self, handler: Handler) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def publish(self, event: str, **payload: Any) -> None:
        for handler in list(self._handlers):
            try:
                handler(event, payload)
            except Exception:  # a broken screen must not undo a committed service call
                log.exception("event handler failed for %s", event)
