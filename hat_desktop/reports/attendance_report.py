"""The attendance record as CSV and as printed pages (A4 landscape).

Every row is printed whole (names, reasons and notes wrap; rows grow), a closure day is a
band across the table, and the record ends with its totals: per patient and for the
clinic, sessions by state, closure days, mg prescribed, given and wasted."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hat_desktop.domain.attendance_summary import CLOSED, AttendanceRow
from hat_desktop.domain.times import format_date
from hat_desktop.palette import state_colours
from hat_desktop.reports.csv_cells import Provenance, csv_bytes, iso_local, safe_cell, write_rows
from hat_desktop.reports.page_flow import Draw, PageFlow, draw_furniture, nothing
from hat_desktop.reports.pdf_common import FONT, FONT_BOLD, FONT_CONDENSED_BOLD, wrap_text
from hat_desktop.reports.wrapped_table import WrappedTable

# The first seventeen columns keep their places of before (scripts read them by position);
# register_entry and register_entries name entries by section and number, never by id.
HEADER = ["date", "session", "clinic_number", "state", "mg_prescribed", "mg_administered",
          "register_entry", "time", "patient_name", "staff", "witness", "reason",
          "register_entries", "line", "route", "site", "take_home",
          "staff_id", "witness_id", "mg_wasted", "sedation_score",
          "breath_alcohol", "assessment_note", "observed_until", "released_at",
          "released_by_id", "released_by", "release_check", "top_up", "session_total_mg", "drug",
          "line_withheld"]


def _blank(value: object) -> str:
    return "" if value is None else str(value)


def _csv_cells(r: AttendanceRow, tz: ZoneInfo) -> list[object]:
    return [
        r.day.isoformat(), _blank(r.session), r.clinic_number, r.state,
        _blank(r.mg_prescribed), _blank(r.mg_administered),
        r.register_entries[0] if r.register_entries else "", iso_local(r.at, tz),
        safe_cell(r.patient_name), safe_cell(r.staff), safe_cell(r.witness),
        safe_cell(r.reason), ";".join(r.register_entries), _blank(r.line), r.route,
        safe_cell(r.site), "" if r.take_home is None else ("yes" if r.take_home else "no"),
        _blank(r.staff_id),
        _blank(r.witness_id), _blank(r.mg_wasted), _blank(r.sedation_score),
        _blank(r.breath_alcohol), safe_cell(r.assessment_note), iso_local(r.observed_until, tz),
        iso_local(r.released_at, tz), _blank(r.released_by_id), safe_cell(r.released_by),
        safe_cell(r.release_check), "yes" if r.top_up else "",
        _blank(r.session_total_mg), safe_cell(r.drug), "yes" if r.line_withheld else ""]


def write_csv(out: TextIO, rows: Iterable[AttendanceRow], stamp: Provenance) -> int:
    """The header and a line per row, as the rows stream in; the number of rows."""
    return write_rows(out, HEADER, (_csv_cells(r, stamp.tz) for r in rows), stamp)


def to_csv(rows: Iterable[AttendanceRow], stamp: Provenance) -> bytes:
    return csv_bytes(HEADER, (_csv_cells(r, stamp.tz) for r in rows), stamp)


# --- the printed record -------------------------------------------------------------------
WIDTH, HEIGHT = landscape(A4)
MARGIN = 12 * mm
TOP = HEIGHT - 36 * mm
BOTTOM = 16 * mm
SIZE = 7.5
# (heading lines, width in mm; 0: the rest of the width)
_COLUMNS: list[tuple[tuple[str, ...], float]] = [
    (("Date",), 16), (("Session",), 11), (("Patient",), 32), (("State",), 14),
    (("Prescribed", "mg"), 16), (("Given", "mg"), 10), (("Wasted", "mg"), 11),
    (("Pre-dose", "assessment"), 27), (("Time",), 9), (("Given by and witness",), 34),
    (("Post-dose observation",), 44), (("Reason or note",), 0), (("Register", "entries"), 18),
]
_FIXED = sum(w for _, w in _COLUMNS) * mm
TABLE = WrappedTable([(title, w * mm if w else WIDTH - 2 * MARGIN - _FIXED)
                      for title, w in _COLUMNS], MARGIN, SIZE)
_STATE_COLUMN = 3


def _user(name: str, user_id: int | None) -> str:
    return f"{name}, user {user_id}" if user_id is not None else name


def _hhmm(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment is not None else ""


def _assessment(r: AttendanceRow) -> str:
    if r.sedation_score is None and r.breath_alcohol is None:
        return ""
    text = f"Sedation {_blank(r.sedation_score)}\nBreath alcohol {_blank(r.breath_alcohol)}"
    return text + (f"\n{r.assessment_note}" if r.assessment_note else "")


def _people(r: AttendanceRow) -> str:
    lines = []
    if r.staff:
        lines.append(_user(r.staff, r.staff_id))
    if r.witness:
        lines.append("Witness: " + _user(r.witness, r.witness_id))
    return "\n".join(lines)


def _observation(r: AttendanceRow, tz: ZoneInfo) -> str:
    parts = []
    if r.observed_until is not None:
        parts.append(f"Observed until {_hhmm(r.observed_until, tz)}")
    if r.released_at is not None:
        text = f"released {_hhmm(r.released_at, tz)} by {_user(r.released_by, r.released_by_id)}"
        parts.append(text + (f": {r.release_check}" if r.release_check else ""))
    elif r.observed_until is not None:
        parts.append("no release check recorded")
    return "; ".join(parts)


def _line(r: AttendanceRow) -> str:
    """A dose of several prescription lines: which line this row is, and how it was given."""
    if r.line is None:
        return ""
    how = ", ".join(t for t in (r.route, r.site, "taken home" if r.take_home else "") if t)
    text = f"Line {r.line}" + (f": {r.drug}" if r.drug else "") + (f" ({how})" if how else "")
    if r.session_total_mg is not None:
        text += (" top-up" if r.top_up else "") + f"; session total {r.session_total_mg} mg"
    return text


def _state(r: AttendanceRow) -> str:
    """The state as its cell is coloured: a line withheld in a dose shows as withheld."""
    return "withheld" if r.line_withheld else r.state


def _cells(r: AttendanceRow, tz: ZoneInfo) -> list[str]:
    state = "line withheld" if r.line_withheld else r.state.replace("_", " ")
    return [format_date(r.day), _blank(r.session), f"{r.clinic_number}\n{r.patient_name}",
            state, _blank(r.mg_prescribed), _blank(r.mg_administered),
            _blank(r.mg_wasted), _assessment(r), _hhmm(r.at, tz), _people(r),
            _observation(r, tz), "\n".join(t for t in (_line(r), r.reason) if t),
            "\n".join(e.replace(":", " No. ") for e in r.register_entries)]


def _band(day: date, reason: str, patients: int) -> tuple[float, Draw]:
    people = "1 patient" if patients == 1 else f"{patients} patients"
    text = (f"{day.strftime('%A')} {format_date(day)}: {reason} — no sessions; {people} on a "
            "prescription, none counted as missed.")
    lines = wrap_text(text, FONT_CONDENSED_BOLD, SIZE + 0.5, TABLE.width - 4)
    height = len(lines) * TABLE.leading + TABLE.pad

    def draw(c: Canvas, y: float) -> None:
        back, fore = state_colours(CLOSED)
        c.setFillColor(colors.HexColor(back))
        c.rect(MARGIN, y - height + TABLE.leading, TABLE.width, height, stroke=0, fill=1)
        c.setFillColor(colors.HexColor(fore))
        c.setFont(FONT_CONDENSED_BOLD, SIZE + 0.5)
        for n, line in enumerate(lines):
            c.drawString(MARGIN + 2, y - n * TABLE.leading, line)
        c.setFillColor(colors.black)

    return height, draw


# --- totals ---------------------------------------------------------------------------------
_COUNTED = ("dosed", "withheld", "missed", "on_hold", "due", "not_due", "away")
_DUE = ("dosed", "withheld", "missed", "on_hold", "due")


@dataclass
class Totals:
    """One patient's (or the clinic's) sums over the period: sessions counted once however
    many lines (and top-ups) they had rows for, and mg per drug, never added across drugs."""

    clinic_number: str
    patient_name: str
    states: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_COUNTED, 0))
    closed_days: int = 0
    mg_prescribed: dict[str, int] = field(default_factory=dict)  # over the sessions due
    mg_given: dict[str, int] = field(default_factory=dict)
    mg_wasted: dict[str, int] = field(default_factory=dict)
    _sessions: set[tuple[str, date, int]] = field(default_factory=set, repr=False)

    def add(self, r: AttendanceRow) -> None:
        if r.state == CLOSED:
            self.closed_days += 1
            return
        assert r.session is not None
        key = (r.clinic_number, r.day, r.session)
        if key not in self._sessions:  # a session's further lines and top-ups: same session
            self._sessions.add(key)
            self.states[r.state] = self.states.get(r.state, 0) + 1
        if r.state in _DUE and not r.top_up:
            _plus(self.mg_prescribed, r.drug, r.mg_prescribed)
        if r.state == "dosed":
            _plus(self.mg_given, r.drug, r.mg_administered)
            _plus(self.mg_wasted, r.drug, r.mg_wasted)

    @property
    def due(self) -> int:
        return sum(self.states.get(s, 0) for s in _DUE)

    @property
    def drugs(self) -> set[str]:
        return {d for mg in (self.mg_prescribed, self.mg_given, self.mg_wasted) for d in mg}


def _plus(per_drug: dict[str, int], drug: str, mg: int | None) -> None:
    per_drug[drug] = per_drug.get(drug, 0) + (mg or 0)


def totals(rows: Sequence[AttendanceRow]) -> tuple[list[Totals], Totals]:
    """Per patient (by clinic number) and for everyone."""
    per: dict[str, Totals] = {}
    everyone = Totals("", "All patients")
    for r in rows:
        per.setdefault(r.clinic_number, Totals(r.clinic_number, r.patient_name)).add(r)
        everyone.add(r)
    everyone.closed_days = len({r.day for r in rows if r.state == CLOSED})
    return [per[k] for k in sorted(per)], everyone


def mg_text(per_drug: dict[str, int], named: bool) -> str:
    """The mg of a totals cell: a number when the record has one drug, else per drug
    ("4930 diamorphine; 60 methadone")."""
    if not named:
        return str(sum(per_drug.values()))
    return "; ".join(f"{mg} {drug or 'unknown drug'}" for drug, mg in sorted(per_drug.items())
                     ) or "0"


# The mg columns are wide enough for "Diamorphine hydrochloride;" in bold, unbroken: a
# mixed regimen's totals name each drug.
TOTALS = WrappedTable([((title,), w * mm) for title, w in (
    ("Clinic no.", 22), ("Patient", 45), ("Sessions due", 20), ("Dosed", 14),
    ("Withheld", 16), ("Missed", 15), ("On hold", 15), ("Away", 14), ("Not due", 15),
    ("Closed days", 19), ("Prescribed mg", 22), ("Given mg", 22), ("Wasted mg", 22))],
    MARGIN, 8)


def _total_values(t: Totals, named: bool) -> list[str]:
    return [t.clinic_number, t.patient_name, str(t.due), str(t.states["dosed"]),
            str(t.states["withheld"]), str(t.states["missed"]), str(t.states["on_hold"]),
            str(t.states["away"]), str(t.states["not_due"]), str(t.closed_days),
            mg_text(t.mg_prescribed, named), mg_text(t.mg_given, named),
            mg_text(t.mg_wasted, named)]


def _say(text: str) -> Draw:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT, 9)
        c.drawString(MARGIN, y, text)

    return draw


def _heading(text: str, size: float = 11) -> tuple[float, Draw]:
    def draw(c: Canvas, y: float) -> None:
        c.setFont(FONT_BOLD, size)
        c.drawString(MARGIN, y, text)

    return size * 0.35 * mm * 2 + 3 * mm, draw


DEFINITIONS = (
    "Sessions due: every session a prescription covered while the patient was active "
    "(dosed, withheld, missed, on hold, or due when the window is still open). Away: "
    "sessions during an absence (custody, hospital, dosed elsewhere), neither due nor "
    "missed. Not due: sessions outside the prescription or while suspended or discharged. "
    "Days away, suspended or discharged still count towards a hold (tolerance falls all the "
    "same): back, or made active again, after the clinic's hold threshold of days without a "
    "dose, the patient is on hold until a prescriber records a review. Closed days: "
    "days in the period the clinic was closed (no sessions, never counted as missed). "
    "A session is counted once, however many prescription lines or top-ups it had; each "
    "line due has its row, and a line withheld while another was given (line withheld) "
    "keeps its reason in a dosed session. Prescribed mg: the sum of every line's prescribed "
    "dose over the sessions due, withheld and missed ones too. Given and wasted "
    "mg: over the doses given; waste is the unused rest of the opened ampoules, denatured "
    "and witnessed. Different drugs are never added together: when the record holds more "
    "than one, each mg total is given per drug."
)


def to_pdf(rows: Sequence[AttendanceRow], clinic_name: str, first: date, last: date, *,
           demo: bool, tz: ZoneInfo, printed_by: str, printed_at: datetime) -> bytes:
    def furniture(c: Canvas, _page: int) -> None:
        draw_furniture(c, flow, margin=MARGIN, title=f"{clinic_name} — attendance record",
                       subtitle=f"{format_date(first)} to {format_date(last)}: every patient, "
                       "session and day, with the assessment, the dose, its waste and the "
                       "observation; totals at the end",
                       printed_by=printed_by, printed_at=printed_at, tz=tz)

    flow = PageFlow(landscape(A4), "Attendance record", top=TOP, bottom=BOTTOM, demo=demo,
                    furniture=furniture)
    header = TABLE.header()
    flow.add(*header)
    closed: dict[date, list[AttendanceRow]] = {}
    for r in rows:
        if r.state == CLOSED:
            closed.setdefault(r.day, []).append(r)
    banded: set[date] = set()
    for r in rows:
        if r.state == CLOSED:
            if r.day not in banded:
                banded.add(r.day)
                reason = r.reason or "Clinic closed"
                flow.add(*_band(r.day, reason, len(closed[r.day])), header)
            continue
        flow.add(*TABLE.row(_cells(r, tz), states=[(_STATE_COLUMN, _state(r))]), header)
    if not rows:
        flow.add(TABLE.leading + TABLE.pad, _say("No session was due in this period."))
    _add_totals(flow, rows, first, last)
    flow.finish()
    return flow.pdf


def _add_totals(flow: PageFlow, rows: Sequence[AttendanceRow], first: date, last: date) -> None:
    per, everyone = totals(rows)
    flow.add(5 * mm, nothing)
    title = f"Totals, {format_date(first)} to {format_date(last)}"
    flow.add(*_heading(title), keep_with_next=3 * TOTALS.leading)
    header = TOTALS.header()
    flow.add(*header)
    named = len(everyone.drugs) > 1  # mg of different drugs are never added together
    for t in per:
        flow.add(*TOTALS.row(_total_values(t, named)), header)
    flow.add(*TOTALS.row(_total_values(everyone, named), bold=True), header)
    flow.add(3 * mm, nothing)
    lines = wrap_text(DEFINITIONS, FONT, 7.5, WIDTH - 2 * MARGIN)

    def definitions(c: Canvas, y: float) -> None:
        c.setFont(FONT, 7.5)
        for n, line in enumerate(lines):
            c.drawString(MARGIN, y - n * 9.5, line)

    flow.add(len(lines) * 9.5, definitions)
