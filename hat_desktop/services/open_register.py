"""The open clinic register as the services see it."""

import json
import logging
import os
import socket
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.clock_sanity import ClockProblem, clock_problem
from hat_desktop.domain.errors import ClockWrong
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.domain.times import clinic_day, to_db
from hat_desktop.services.clock import Clock
from hat_desktop.services.events import Change, EventBus
from hat_desktop.store import audit
from hat_desktop.store import settings as settings_store
from hat_desktop.store.connection import Database

log = logging.getLogger(__name__)
CLOCK_REFUSALS = ".clock-refusals"  # writes refused for a wrong clock, audited once it is right


def _append_line(path: Path, line: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND
                     | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        log.warning("a refused write could not be noted for the audit log")
        return
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
    except OSError:
        log.warning("a refused write could not be noted for the audit log")
    finally:
        os.close(fd)


def default_workstation() -> str:
    return os.environ.get("HAT_WORKSTATION") or socket.gethostname() or "unknown"


@dataclass
class OpenRegister:
    """One register opened on this workstation (a working session with it, not the clinic
    itself): database connection, clock, events, settings."""

    db: Database
    clock: Clock
    data_dir: Path
    register_id: str
    demo: bool = False
    workstation: str = field(default_factory=default_workstation)
    events: EventBus = field(default_factory=EventBus)
    _settings: ClinicSettings | None = None
    # Set when the app found the clock far ahead of the newest entry (services.clock_check):
    # every write is refused until a manager confirms the date.
    clock_unconfirmed: ClockProblem | None = None
    clock_confirm_failures: int = 0  # wrong passwords confirming it (nothing may be written)

    def __post_init__(self) -> None:
        self.db.before_write = self._check_clock

    # --- the clock's check, before every write ---------------------------------------
    def _check_clock(self) -> None:
        """Refuse the write (ClockWrong) while the PC's clock is earlier than the newest
        entry; once it is right again, audit the writes that were refused meanwhile (kept
        in a small file beside the register until then)."""
        now = self.now()
        problem = self.clock_unconfirmed or clock_problem(now, audit.newest_time(self.db))
        refused = self.data_dir / CLOCK_REFUSALS
        if problem is not None:
            log.warning("write refused: the PC's clock is %s the register's newest entry",
                        "far ahead of" if problem.ahead else "behind")
            _append_line(refused, json.dumps({"clock": to_db(now),
                                              "newest": to_db(problem.newest),
                                              "workstation": self.workstation}))
            raise ClockWrong(problem.message(self.tz))
        if not refused.exists():
            return
        try:
            lines = refused.read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        for line in lines:
            try:
                seen = json.loads(line)
            except ValueError:
                continue
            self.audit(None, AuditAction.CLOCK_WRONG, "clock", clock=seen.get("clock"),
                       newest=seen.get("newest"), on=seen.get("workstation"))
        self.db.after_commit(lambda: refused.unlink(missing_ok=True))

    # --- time -----------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock.now()

    @property
    def tz(self) -> ZoneInfo:
        return self.settings.tz

    def today(self) -> date:
        """Today's clinic day (in the clinic's time zone)."""
        return clinic_day(self.now(), self.tz)

    # --- settings -------------------------------------------------------------
    @property
    def settings(self) -> ClinicSettings:
        if self._settings is None:
            self._settings = ClinicSettings.from_stored(settings_store.all_settings(self.db))
        return self._settings

    def forget_settings(self) -> None:
        self._settings = None

    # --- audit and events -------------------------------------------------------
    def audit(
        self,
        actor: User | None,
        action: AuditAction | str,
        target: str | None = None,
        *,
        typed_username: str | None = None,
        **details: Any,
    ) -> int:
        """Add to the audit log; must run inside the service's transaction.
        ``typed_username`` names the account when there is no actor (a failed login)."""
        return audit.record(
            self.db,
            at=self.now(),
            user_id=actor.id if actor else None,
            username=actor.username if actor else typed_username,
            workstation=self.workstation,
            action=action,
            target=target,
            details=details,
        )

    def publish_after_commit(self, change: Change, **payload: Any) -> None:
        self.db.after_commit(lambda: self.events.publish(change, **payload))

    def for_background(self) -> "OpenRegister":
        """The same clinic on its own connection, for long work off the GUI thread.
        Events it publishes arrive on that thread; the GUI bridges them with queued signals."""
        return OpenRegister(db=self.db.open_another(), clock=self.clock, data_dir=self.data_dir,
                            register_id=self.register_id, demo=self.demo,
                            workstation=self.workstation, events=self.events)

    def close(self) -> None:
        self.db.close()
