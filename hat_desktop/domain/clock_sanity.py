"""Is the PC's clock believable? Nothing is written dated before the register's newest
entry (beyond a small tolerance, for two workstations whose clocks differ a little):
a clock set back would put entries out of order, and the register is chronological.

A clock far ahead (more than a day after the newest entry, when the app starts) must be
confirmed by a manager before anything is written: a day reconciled or closed before it
happened would block that day's doses, and anything dated in the future would stop every
write once the clock is put right. The tolerance and the limit are set here, once."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hat_desktop.domain.times import format_local

CLOCK_TOLERANCE = timedelta(minutes=5)
AHEAD_LIMIT = timedelta(days=1)  # further ahead of the newest entry: a manager confirms


@dataclass(frozen=True)
class ClockProblem:
    now: datetime
    newest: datetime
    ahead: bool = False  # far ahead of the newest entry, not behind it

    def message(self, tz: ZoneInfo) -> str:
        if self.ahead:
            return (f"The PC's clock says {format_local(self.now, tz)}, more than a day after "
                    f"the register's newest entry ({format_local(self.newest, tz)}). If that "
                    "date is right, a manager confirms it by logging in; if not, correct the "
                    "PC's date and time. Nothing was written.")
        return (f"The PC's clock says {format_local(self.now, tz)}, earlier than the "
                f"register's newest entry ({format_local(self.newest, tz)}): correct the PC's "
                "date and time, then try again; nothing was written.")


def clock_problem(now: datetime, newest: datetime | None) -> ClockProblem | None:
    """Why ``now`` cannot date a new entry after ``newest`` (None: it can)."""
    if newest is not None and now < newest - CLOCK_TOLERANCE:
        return ClockProblem(now, newest)
    return None


def clock_ahead(now: datetime, newest: datetime | None) -> ClockProblem | None:
    """Whether ``now`` is so far after ``newest`` that a manager must confirm it."""
    if newest is not None and now > newest + AHEAD_LIMIT:
        return ClockProblem(now, newest, ahead=True)
    return None
