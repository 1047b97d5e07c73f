"""Is the PC's clock believable? Nothing is written dated before the register's newest
entry (beyond a small tolerance, for two workstations whose clocks differ a little):
a clock set back would put entries out of order, and the register is chronological.
The tolerance is set here, once."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hat_desktop.domain.times import format_local

CLOCK_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class ClockProblem:
    now: datetime
    newest: datetime

    def message(self, tz: ZoneInfo) -> str:
        return (f"The PC's clock says {format_local(self.now, tz)}, earlier than the "
                f"register's newest entry ({format_local(self.newest, tz)}): correct the PC's "
                "date and time, then try again; nothing was written.")


def clock_problem(now: datetime, newest: datetime | None) -> ClockProblem | None:
    """Why ``now`` cannot date a new entry after ``newest`` (None: it can)."""
    if newest is not None and now < newest - CLOCK_TOLERANCE:
        return ClockProblem(now, newest)
    return None
