"""A tiny publish/subscribe bus so screens update when a service changes data.

Services publish after their transaction commits, saying which kind of thing changed (a
Change, never a string); each screen refreshes on the kinds it shows. The GUI bridges
events to Qt signals. No Qt here.
"""

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class Change(StrEnum):
    """What a committed service call changed."""

    ATTENDANCE = "attendance_changed"  # check-ins, doses, withholdings, releases, reviews
    PATIENTS = "patients_changed"
    PRESCRIPTIONS = "prescriptions_changed"
    REGISTER = "register_changed"  # sections and entries
    RECONCILIATION = "reconciliation_changed"  # counts, sign-offs, discrepancies
    SCHEDULE = "schedule_changed"  # session windows, closure days
    SETTINGS = "settings_changed"
    USERS = "users_changed"
    BACKUP = "backup_done"


Handler = Callable[[Change, dict[str, Any]], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: list[Handler] = []

    def subscribe(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def unsubscribe(self, handler: Handler) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def publish(self, change: Change, **payload: Any) -> None:
        for handler in list(self._handlers):
            try:
                handler(change, payload)
            except Exception:  # a broken screen must not undo a committed service call
                log.exception("event handler failed for %s", change)
