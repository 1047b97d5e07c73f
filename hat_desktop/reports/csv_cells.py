"""What every CSV export shares: UTF-8, one header row, and cells that a spreadsheet
will show as text, never run as a formula."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Free text (names, notes) with a leading quote if a spreadsheet would read it as a
    formula: a patient called '=HYPERLINK(...)' stays a name."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def iso_local(moment: datetime | None, tz: ZoneInfo) -> str:
    """ISO 8601 with the offset, in the clinic's zone: '2026-03-04T18:00:00+00:00'."""
    return "" if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue().encode("utf-8")
