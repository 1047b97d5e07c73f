"""Supervised session windows and the clinic calendar."""

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.times import clinic_day, local_to_utc

MAX_SESSIONS = 3


@dataclass(frozen=True)
class Window:
    """A session window in clinic-local wall time; ``number`` counts from 1."""

    number: int
    start: time
    end: time

    @property
    def label(self) -> str:
        return f"Session {self.number} ({self.start:%H:%M}–{self.end:%H:%M})"

    def bounds(self, day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """UTC start (inclusive) and end (exclusive) of this window on ``day``."""
        return _bounds(self.start, self.end, day, tz)


@lru_cache(maxsize=8192)
def _bounds(start: time, end: time, day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Window.bounds, remembered: the missed-dose engine asks for every session of every
    patient's days (the same few thousand answers, a pure function of its arguments)."""
    return local_to_utc(day, start, tz), local_to_utc(day, end, tz)


DEFAULT_WINDOWS: tuple[Window, ...] = (
    Window(1, time(8, 30), time(11, 0)),
    Window(2, time(15, 30), time(18, 0)),
)


def parse_windows(pairs: list[tuple[str, str]]) -> tuple[Window, ...]:
    """['08:30', '11:00'], ... typed by a manager: 1 to 3 windows, in order, not overlapping."""
    if not 1 <= len(pairs) <= MAX_SESSIONS:
        raise InvalidInput(f"The clinic has between 1 and {MAX_SESSIONS} sessions a day.")
    windows: list[Window] = []
    for number, (start_text, end_text) in enumerate(pairs, start=1):
        try:
            start = time.fromisoformat(start_text.strip())
            end = time.fromisoformat(end_text.strip())
        except (ValueError, AttributeError):
            raise InvalidInput(f"Session {number}: times are written as HH:MM, e.g. 08:30.") \
                from None
        if start.second or end.second or start.microsecond or end.microsecond:
            raise InvalidInput(f"Session {number}: times are whole minutes (HH:MM).")
        if end <= start:
            raise InvalidInput(f"Session {number} must end after it starts.")
        if (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds < 1800:
            raise InvalidInput(f"Session {number} must last at least 30 minutes.")
        if windows and start < windows[-1].end:
            raise InvalidInput(f"Session {number} starts before session {number - 1} ends.")
        windows.append(Window(number, start, end))
    return tuple(windows)


def windows_to_json(windows: tuple[Window, ...]) -> str:
    return json.dumps([[f"{w.start:%H:%M}", f"{w.end:%H:%M}"] for w in windows])


def windows_from_json(text: str) -> tuple[Window, ...]:
    return parse_windows([(str(start), str(end)) for start, end in json.loads(text)])


@dataclass(frozen=True)
class Schedule:
    """The windows in force from ``effective_from`` until the next schedule."""

    effective_from: date
    windows: tuple[Window, ...]


@dataclass(frozen=True)
class Calendar:
    """Everything needed to know which sessions a clinic day has."""

    tz: ZoneInfo
    schedules: tuple[Schedule, ...]  # sorted by effective_from
    closures: frozenset[date] = frozenset()

    def windows(self, day: date) -> tuple[Window, ...]:
        """The day's sessions; none on a closure day."""
        if day in self.closures:
            return ()
        current: tuple[Window, ...] = ()
        for schedule in self.schedules:
            if schedule.effective_from <= day:
                current = schedule.windows
            else:
                break
        return current

    def window_at(self, moment: datetime) -> tuple[date, Window] | None:
        """The session window open at ``moment``, if any."""
        day = clinic_day(moment, self.tz)
        for window in self.windows(day):
            start, end = window.bounds(day, self.tz)
            if start <= moment < end:
                return day, window
        return None
