"""Time values: UTC in storage, the clinic's zone on screen and for clinic days.

Pure functions; "now" always comes from the caller (an injected clock).
"""

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hat_desktop.domain.errors import InvalidInput

DEFAULT_TIMEZONE = "Europe/London"


def to_db(moment: datetime) -> str:
    """A UTC timestamp for storage: '2026-11-23T06:50:28.151000+00:00'."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: every stored time must be time-zone aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: e.g. a name too long
        shown = name if len(name) <= 60 else name[:57] + "..."
        raise InvalidInput(f"'{shown}' is not a time zone this computer knows.") from None


def clinic_day(moment: datetime, tz: ZoneInfo) -> date:
    """The clinic day (local calendar date) a moment falls on."""
    return moment.astimezone(tz).date()


def local_to_utc(day: date, at: time, tz: ZoneInfo) -> datetime:
    """Clinic-local wall time on ``day`` as UTC.

    On the day British Summer Time starts, 01:30 does not exist: zoneinfo's
    fold=0 rule moves it forward; on the day it ends, 01:30 happens twice and
    the first is taken. Session windows (08:30, 11:00...) are never affected.
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of a clinic day; 23 or 25 h on DST days."""
    return local_to_utc(day, time(0), tz), local_to_utc(day + timedelta(days=1), time(0), tz)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_iso_date(text: str, field: str) -> date:
    """Exactly YYYY-MM-DD (2026-01-01; not 20260101, 2026-W01-4 or other ISO forms)."""
    written = text.strip() if isinstance(text, str) else ""
    try:
        if not _ISO_DATE.fullmatch(written):
            raise ValueError(written)
        return date.fromisoformat(written)
    except ValueError:
        raise InvalidInput(f"The {field} must be a date written as YYYY-MM-DD.") from None


def format_local(moment: datetime, tz: ZoneInfo, *, seconds: bool = False) -> str:
    """How a time is shown and printed: '23/11/2026 06:50' in clinic time."""
    return moment.astimezone(tz).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def format_date(day: date) -> str:
    """'02/03/2026' (and '01/01/0001': the C library's strftime drops a short year's zeros)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
