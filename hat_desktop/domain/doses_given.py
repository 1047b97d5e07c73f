"""What dose records say was given, per prescription line and per drug (each record's
lines are read by AttendanceEvent.lines_given): the one place for "given this session" (a
line's injection and its top-up), "given today" (per drug, for the daily maximum) and the
dose's figure on the screens.

A dose record (an attendance event of kind DOSED) keeps each line given in its ``lines``
(line, drug, mg); its ``mg_administered`` is the mg of the prescription's drug (its first
line's), what a dose meant before prescriptions had lines. A top-up's record holds its one
line; a top-up of a line of another drug therefore has 0 in ``mg_administered``: its mg
is read from its line, never from that column. Doses recorded before lines existed have no
``lines``: they are one line of the prescription's drug."""

from collections.abc import Iterable

from hat_desktop.domain.attendance import AttendanceEvent, LineGiven
from hat_desktop.domain.prescriptions import drug_key


def line_given_in_session(events: Iterable[AttendanceEvent], line: int) -> int:
    """The mg of prescription line ``line`` given in a session (``events``: the session's
    events): its share of the session's dose plus its top-up, whatever its drug."""
    return sum(g.mg for e in events for g in e.lines_given() if g.line == line)


def given_by_drug(events: Iterable[AttendanceEvent], drug: str = ""
                  ) -> tuple[tuple[str, int], ...]:
    """Each drug given or supplied in ``events`` with its mg, never added across drugs;
    ``drug``: the prescription's, for doses recorded before lines existed."""
    totals: dict[str, tuple[str, int]] = {}
    for e in events:
        for g in e.lines_given(drug):
            name, total = totals.get(drug_key(g.drug), (g.drug, 0))
            totals[drug_key(g.drug)] = (name, total + g.mg)
    return tuple(totals.values())


def mg_of_drug(given: Iterable[tuple[str, int]], drug: str) -> int:
    """The mg of ``drug`` among (drug, mg) pairs: what a dose record keeps as its
    ``mg_administered`` when ``drug`` is the prescription's."""
    return sum(mg for name, mg in given if drug_key(name) == drug_key(drug))


def other_drug_top_up(event: AttendanceEvent) -> LineGiven | None:
    """The line of a top-up of a drug other than the prescription's (its mg is not in the
    record's ``mg_administered``); None for any other record."""
    if not event.is_top_up:
        return None
    return next((g for g in event.lines_given() if g.mg != (event.mg_administered or 0)),
                None)


def dose_figure(event: AttendanceEvent) -> str:
    """A dose's mg as the screens name it (AttendanceEvent.mg_given): '180 mg'; a top-up of
    a line of a drug other than the prescription's names its drug: '20 mg Methadone
    hydrochloride' (an IM methadone top-up beside IV diamorphine)."""
    other = other_drug_top_up(event)
    return f"{event.mg_given or 0} mg" + (f" {other.drug}" if other is not None else "")
