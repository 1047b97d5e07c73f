"""What became of a session's withholdings: one rule for the attendance record, the
evaluator's extract and the end-of-day summary alike.

As the missed-dose engine counts a session: its outcome is its dose, else its last
withholding not recorded in error. A withholding followed by a re-assessment and a dose is
a dosed session (counted once), the withholding kept beside it; a withholding recorded in
error (corrected by a witnessed note) is no outcome at all; and a line withheld within a
dose of the session's other lines is part of a dosed session, with its own reason."""

from collections.abc import Container, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.dosing import WithholdReason

NOT_RECORDED = "not_recorded"  # the code of a line withheld with no reason kept (none should be)


class Fate(StrEnum):
    """What became of one withholding of a session."""

    OUTCOME = "outcome"  # the session's outcome: the session was withheld
    REASSESSED = "reassessed"  # the patient was re-assessed after it (dosed or withheld again)
    IN_ERROR = "in_error"  # recorded in error, corrected by a witnessed note


@dataclass(frozen=True)
class SessionWithholdings:
    """A session's outcome and every withholding of it, in the order recorded."""

    outcome: AttendanceEvent | None  # the dose, else the last withholding not in error
    withholdings: tuple[tuple[AttendanceEvent, Fate], ...]
    lines_withheld: tuple[dict[str, Any], ...]  # the dose's records of lines withheld in it

    @property
    def withheld(self) -> bool:
        """The session was withheld (its outcome a withholding not recorded in error)."""
        return self.outcome is not None and self.outcome.kind is EventKind.WITHHELD

    @property
    def dosed(self) -> bool:
        return self.outcome is not None and self.outcome.kind is EventKind.DOSED

    def others(self) -> tuple[tuple[AttendanceEvent, Fate], ...]:
        """The withholdings that are not the session's outcome (re-assessed, in error)."""
        return tuple((e, f) for e, f in self.withholdings if f is not Fate.OUTCOME)


def session_withholdings(events: Sequence[AttendanceEvent], corrected: Container[int]
                         ) -> SessionWithholdings:
    """The rule, over one patient's events of one session (``corrected``: the ids of the
    withholdings recorded in error)."""
    dose = next((e for e in events if e.kind is EventKind.DOSED), None)  # a top-up follows it
    standing = [e for e in events if e.kind is EventKind.WITHHELD and e.id not in corrected]
    outcome = dose or (standing[-1] if standing else None)
    fates = tuple(
        (e, Fate.IN_ERROR if e.id in corrected else
         Fate.OUTCOME if outcome is not None and e.id == outcome.id else Fate.REASSESSED)
        for e in events if e.kind is EventKind.WITHHELD)
    records = (dose.details.get("lines") or []) if dose is not None else []
    return SessionWithholdings(outcome, fates,
                               tuple(r for r in records if is_line_withheld(r)))


def is_line_withheld(record: dict[str, Any]) -> bool:
    """A dose's record of one line: that line was withheld (nothing of it given)."""
    return not record.get("mg")


def line_withheld_code(record: dict[str, Any]) -> str:
    """The coded reason a line of a dose was withheld (WithholdReason's value)."""
    return _code(record.get("withheld"))


def line_withheld_label(record: dict[str, Any]) -> str:
    """The reason a line of a dose was withheld, in words ('Unwell')."""
    code = line_withheld_code(record)
    return str(record.get("withheld_label") or (
        WithholdReason(code).label if code != NOT_RECORDED else "no reason recorded"))


def withholding_code(event: AttendanceEvent) -> str:
    """The coded reason a session was withheld as a whole (WithholdReason's value), as
    line_withheld_code gives a line's: never its note."""
    return _code(event.details.get("reason"))


def _code(why: object) -> str:
    """A recorded reason as its code; anything else (none, or not one of the codes: a
    record damaged outside the app) NOT_RECORDED, never an error."""
    return why if isinstance(why, str) and why in {r.value for r in WithholdReason} \
        else NOT_RECORDED


def withholding_label(event: AttendanceEvent) -> str:
    """The reason a session was withheld, in words ('Intoxicated (drugs or alcohol)')."""
    return str(event.details.get("reason_label") or "withheld")


def withheld_at_words(event: AttendanceEvent, at: str, *, with_note: bool = False) -> str:
    """A withholding within a sentence, ``at`` its time as read ('08:40'): 'withheld at
    08:40 — Intoxicated (drugs or alcohol)', and with ``with_note`` the note recorded with
    it ('…: Slurred speech'). The reason follows a dash, never in brackets: a reason's label
    has brackets of its own, and '(Intoxicated (drugs or alcohol))' reads badly. The one
    wording of the end-of-day summary, the attendance record and the check-in's notes."""
    note = event.details.get("note") if with_note else None
    return f"withheld at {at} — {withholding_label(event)}" + (f": {note}" if note else "")
