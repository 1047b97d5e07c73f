"""What every CSV export shares: UTF-8, one header row, cells that a spreadsheet will show
as text (never run as a formula), and the same five provenance columns at the end of
every row — the clinic, when the file was exported, the period it covers, and DEMO when
it comes from a demo register (docs/exports.md says why columns and not a comment block)."""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from hat_desktop.domain.attendance_summary import Heading
from hat_desktop.domain.provenance import PROVENANCE_COLUMNS as _NAMES

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

PROVENANCE_COLUMNS = list(_NAMES)
DEMO_MARK = "DEMO"


def safe_cell(value: object) -> str:
    """Free text (names, notes) with a leading quote if a spreadsheet would read it as a
    formula: a patient called '=HYPERLINK(...)' stays a name."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def iso_local(moment: datetime | None, tz: ZoneInfo) -> str:
    """ISO 8601 with the offset, in the clinic's zone: '2026-03-04T18:00:00+00:00'."""
    return "" if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Provenance:
    """Where a CSV comes from, repeated at the end of each of its rows: the rows of two
    exports (two clinics, a demo and the real register) stay told apart after a
    spreadsheet has sorted, filtered or pasted them together."""

    clinic: str
    exported_at: datetime
    tz: ZoneInfo
    first: date | None  # the period; None for a file that is as at the export time
    last: date | None
    demo: bool

    def cells(self) -> list[str]:
        return [safe_cell(self.clinic), iso_local(self.exported_at, self.tz),
                self.first.isoformat() if self.first else "",
                self.last.isoformat() if self.last else "",
                DEMO_MARK if self.demo else ""]


def provenance_of(heading: Heading) -> Provenance:
    """The provenance of a report made for ``heading`` (its clinic, time, period, DEMO)."""
    return Provenance(heading.clinic_name, heading.made_at, heading.tz, heading.first,
                      heading.last, heading.demo)


class StampedWriter:
    """A csv writer that writes the header and each row with the provenance columns at
    the end (rows stream: nothing is held)."""

    def __init__(self, out: TextIO, header: Sequence[str], stamp: Provenance) -> None:
        self._writer = csv.writer(out, lineterminator="\n")
        self._tail = stamp.cells()
        self._writer.writerow([*header, *PROVENANCE_COLUMNS])

    def row(self, cells: Sequence[object]) -> None:
        self._writer.writerow([*("" if c is None else c for c in cells), *self._tail])


def write_rows(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[object]],
               stamp: Provenance) -> int:
    """The header, then each row as it comes, with the provenance columns (nothing is
    held, however many rows); returns how many rows."""
    writer = StampedWriter(out, header, stamp)
    count = 0
    for row in rows:
        writer.row(row)
        count += 1
    return count


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]],
              stamp: Provenance | None = None) -> bytes:
    """The whole file; with ``stamp``, every row ends with the provenance columns."""
    out = io.StringIO(newline="")
    if stamp is not None:
        write_rows(out, header, rows, stamp)
        return out.getvalue().encode("utf-8")
    plain = csv.writer(out, lineterminator="\n")
    plain.writerow(header)
    plain.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue().encode("utf-8")
