"""Which lines of the session being attended may be topped up, how much is left of each
and from when: read once with the check-in card (services.dosing), so that the check-in
screen, the observation queue and the top-up's own check (services.top_ups) say the same.

What may follow when is domain.dosing.top_up_refusal; what is left is top_up_room; what a
line has had in the session is domain.doses_given.line_given_in_session. Here they are only
put together for the session's events."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.doses_given import line_given_in_session
from hat_desktop.domain.dosing import TopUpTiming, top_up_from, top_up_refusal, top_up_room
from hat_desktop.domain.errors import DoseRefused
from hat_desktop.domain.prescriptions import Prescription, PrescriptionLine, drug_key
from hat_desktop.domain.sessions import Window
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.store import safety as safety_store


@dataclass(frozen=True)
class TopUpOffer:
    """A line injected in the session being attended, and whether it may be topped up."""

    line: PrescriptionLine
    session: int
    given_mg: int  # the line's injections in this session so far
    amount_mg: int  # the session's amount: its dose (+ a titration plan's allowance)
    injected_at: datetime  # the line's first injection in the session
    from_at: datetime  # the end of the clinic's minimum interval after it
    refusal: str | None  # why no top-up now (None: one may be given, up to room_mg)
    waiting: bool = False  # refused only until from_at, within the session's window

    @property
    def room_mg(self) -> int:
        return max(self.amount_mg - self.given_mg, 0)

    @property
    def available(self) -> bool:
        """A top-up may be given now."""
        return self.refusal is None and self.room_mg > 0

    @property
    def offered(self) -> bool:
        """Worth offering: some is left, and it may be given now or once the clinic's
        interval has passed (not after a release, a bad reading, an event, a top-up)."""
        return self.room_mg > 0 and (self.refusal is None or self.waiting)

    @property
    def label(self) -> str:
        """'Line 1: Diamorphine hydrochloride (IV)'."""
        return f"Line {self.line.position}: {self.line.drug} ({self.line.route.short})"


def shown(offers: Sequence[TopUpOffer]) -> TopUpOffer | None:
    """The top-up to offer of a patient's: the first line worth offering."""
    return next((o for o in offers if o.offered), None)


def session_dose(events: Sequence[AttendanceEvent]) -> AttendanceEvent | None:
    """The session's dose (not a top-up) among the session's ``events``."""
    return next((e for e in events if e.kind is EventKind.DOSED and not e.is_top_up), None)


def _timing(reg: OpenRegister, events: Sequence[AttendanceEvent], first: AttendanceEvent
            ) -> TopUpTiming:
    """The session's timing, the same for each of its lines (read once: the readings and
    the events are queries); each line's own top-up is put in by _line_timing."""
    doses = [e for e in events if e.kind is EventKind.DOSED]
    released = next((e for e in events if e.kind is EventKind.RELEASED), None)
    readings = safety_store.readings_of_doses(reg.db, [d.id for d in doses])
    beyond = next((r for d in doses for r in readings[d.id] if r.beyond), None)
    tz = reg.tz
    since = [e for e in safety_store.events_of(reg.db, [first.patient_id])[first.patient_id]
             if e.facts.occurred_at >= first.at]
    bad = f"{beyond.at.astimezone(tz):%H:%M}: " + "; ".join(beyond.beyond) if beyond else ""
    event = (f"{since[0].facts.kind.label}, {since[0].facts.occurred_at.astimezone(tz):%H:%M}, "
             f"{since[0].number}") if since else ""
    return TopUpTiming(injected_at=first.at, topped_up_at=None,
                       released_at=released.at if released else None, beyond=bad, event=event)


def _line_timing(session: TopUpTiming, events: Sequence[AttendanceEvent], line: int
                 ) -> TopUpTiming:
    topped = next((e for e in events
                   if e.kind is EventKind.DOSED and e.top_up_line == line), None)
    return replace(session, topped_up_at=topped.at if topped else None)


def session_offers(reg: OpenRegister, rx: Prescription | None, window: Window | None,
                   day: date, events: Sequence[AttendanceEvent], standing_refusal: str | None
                   ) -> tuple[TopUpOffer, ...]:
    """An offer for each line injected in the session's dose (``events``: the session's,
    today's); nothing before the dose or with no session open."""
    first = session_dose(events)
    if rx is None or window is None or first is None:
        return ()
    minutes = reg.settings.top_up_minutes
    now, tz = reg.now(), reg.tz
    closes = window.bounds(day, tz)[1]
    session = _timing(reg, events, first)
    offers = []
    for record in first.details.get("lines", []):
        line = rx.line(int(record["line"]))
        if (line is None or not line.route.injected or not record.get("mg")
                or drug_key(line.drug) != drug_key(str(record["drug"]))):
            continue
        given = line_given_in_session(events, line.position)
        timing = _line_timing(session, events, line.position)
        start = top_up_from(timing, minutes)
        refusal = standing_refusal or top_up_refusal(timing, now, minutes, tz)
        waiting = (standing_refusal is None and start < closes
                   and top_up_refusal(timing, max(now, start), minutes, tz) is None)
        if refusal is None:
            try:
                top_up_room(line, window.number, given)
            except DoseRefused as nothing_left:
                refusal = str(nothing_left)
        offers.append(TopUpOffer(line, window.number, given, line.session_amount(window.number),
                                 first.at, start, refusal, waiting))
    return tuple(offers)
