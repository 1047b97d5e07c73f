"""The audit log as CSV and as printed pages (A4 landscape): who did what, when, from
which workstation, oldest first, every detail printed whole; the count of each action at
the end."""

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.audit import AuditEntry
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.reports.csv_cells import Provenance, StampedWriter, iso_local, safe_cell
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture, nothing
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD
from hat_desktop.reports.wrapped_table import WrappedTable

HEADER = ["id", "at", "username", "workstation", "action", "target", "details",
          "details_json"]


def write_csv(out: TextIO, entries: Iterable[AuditEntry], stamp: Provenance) -> int:
    """The header and one line per entry, as they stream in; the number of entries."""
    writer = StampedWriter(out, HEADER, stamp)
    count = 0
    for e in entries:
        writer.row([e.id, iso_local(e.at, stamp.tz), safe_cell(e.username or ""),
                    safe_cell(e.workstation), e.action, safe_cell(e.target or ""),
                    safe_cell(e.words), e.details_json])
        count += 1
    return count


WIDTH, HEIGHT = landscape(A4)
MARGIN = 12 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 16 * mm
_COLUMNS = [(("No.",), 14), (("When",), 30), (("User",), 28), (("Workstation",), 30),
            (("Action",), 32), (("About",), 38)]
_FIXED = sum(w for _, w in _COLUMNS) * mm
TABLE = WrappedTable([*((t, w * mm) for t, w in _COLUMNS),
                      (("Details",), WIDTH - 2 * MARGIN - _FIXED)], MARGIN, 7.5)


def action_words(action: str) -> str:
    return action.replace("_", " ")


def _text(text: str, font: str, size: float) -> tuple[float, Draw]:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(font, size)
        c.drawString(MARGIN, y, text)

    return size * 1.6, draw


def to_pdf(entries: Iterable[AuditEntry], *, clinic_name: str, first: date, last: date,
           tz: ZoneInfo, printed_by: str, printed_at: datetime, demo: bool
           ) -> tuple[bytes, int]:
    """The printed log and its number of entries."""
    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{clinic_name} — audit log",
                       subtitle=f"{format_date(first)} to {format_date(last)}: every action "
                       "recorded, oldest first (times in the clinic's time zone)",
                       printed_by=printed_by, printed_at=printed_at, tz=tz)

    flow = PageFlow(landscape(A4), "Audit log", top=TOP, bottom=BOTTOM, demo=demo,
                    furniture=furniture)
    header = TABLE.header()
    flow.add(*header)
    counts: Counter[str] = Counter()
    for e in entries:
        counts[e.action] += 1
        flow.add(*TABLE.row([str(e.id), format_local(e.at, tz, seconds=True),
                             e.username or "", e.workstation, action_words(e.action),
                             e.target or "", e.words]), header)
    flow.add(4 * mm, nothing)
    total = sum(counts.values())
    flow.add(*_text(f"{total} entr{'y' if total == 1 else 'ies'} in the period"
                    + (":" if total else "."), FONT_BOLD, 10))
    for action, n in sorted(counts.items()):
        flow.add(*_text(f"{action_words(action)}: {n}", FONT, 8.5))
    flow.finish()
    return flow.pdf, total
