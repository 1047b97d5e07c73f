"""Top-ups within a session: after a line's injection and at least the clinic's minimum
interval of observation (a manager's setting, 20 minutes by default), a second injection of
that line up to what is left of the session's amount — the line's dose for the session, or
under a titration plan the day's dose plus the plan's top-up allowance. A fresh pre-dose
reassessment, a witness, and a register entry of its own (with its own injection site);
the post-dose observation starts again from the top-up.

The amount is domain.dosing.check_line_dose's (the same rule as every dose, told what the
line has had in the session); when a top-up may follow is domain.dosing.top_up_refusal.
check_top_up writes nothing: the screen runs it before the witness signs and top_up runs it
again inside its transaction. Which lines may be topped up, how much is left and from when
is services.top_up_offers, read with the check-in card; offers gives it to the observation
queue and the top-up screen."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from hat_desktop.domain.accounts import User
from hat_desktop.domain.attendance import AttendanceEvent, EventKind
from hat_desktop.domain.doses_given import mg_of_drug
from hat_desktop.domain.dosing import (
    Assessment,
    DosePlan,
    check_line_dose,
    check_site,
    plan_dose,
)
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.roles import Action
from hat_desktop.services import patients, register
from hat_desktop.services.dosing import (
    CheckedLine,
    CheckInCard,
    DoseResult,
    LineDose,
    _administration,
    _build_card,
    _entry_details,
    _opened,
    assess_patient,
)
from hat_desktop.services.events import Change
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import check_witness, require
from hat_desktop.services.register import EntryDraft
from hat_desktop.services.top_up_offers import TopUpOffer, session_dose
from hat_desktop.store import attendance as attendance_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TopUpRequest:
    """A top-up as the nurse types it: the line, the fresh reassessment, the injection."""

    line: int  # the line's position in the prescription
    mg: int | str
    opened: Sequence[tuple[int, int | str]]  # (section id, ampoules opened)
    site: str
    sedation_score: int | str
    breath_alcohol: int | str
    observation: str = ""


@dataclass(frozen=True)
class CheckedTopUp:
    """A top-up that passed every rule and is not written yet: what the witness signs."""

    card: CheckInCard
    offer: TopUpOffer
    assessment: Assessment
    mg: int
    site: str | None
    plan: DosePlan
    entries: tuple[EntryDraft, ...]
    first_dose: AttendanceEvent  # the session's dose this tops up

    @property
    def line(self) -> CheckedLine:
        return CheckedLine(self.offer.line, self.mg, self.site, None, None, "", self.plan,
                           self.entries)


# --- reading ---------------------------------------------------------------------------------
def _session_doses(reg: OpenRegister, c: CheckInCard) -> list[AttendanceEvent]:
    """Today's events of the session being attended, oldest first."""
    if c.window is None:
        return []
    return [e for e in attendance_store.events_between(reg.db, c.day, c.day, [c.patient.id])
            if e.session == c.window.number]


def offers(reg: OpenRegister, actor: User, patient_id: int) -> list[TopUpOffer]:
    """Each line injected in the session being attended, with whether (and how much, and
    from when) it may be topped up (the check-in card carries the same)."""
    require(reg, actor, Action.VIEW_PATIENTS)
    return list(_build_card(reg, patients.existing(reg, patient_id), None).top_ups)


def offers_for(reg: OpenRegister, patient_ids: Sequence[int]) -> dict[int, list[TopUpOffer]]:
    """For another service (the observation queue): the caller has checked the permission."""
    return {pid: list(_build_card(reg, patients.existing(reg, pid), None).top_ups)
            for pid in patient_ids}


# --- writing ---------------------------------------------------------------------------------
def check_top_up(reg: OpenRegister, actor: User, patient_id: int, request: TopUpRequest
                 ) -> CheckedTopUp:
    """Every rule of a top-up, writing nothing: the screen runs it before the witness is
    asked to sign; top_up runs it again inside its transaction."""
    require(reg, actor, Action.TOP_UP)
    c = _build_card(reg, patients.existing(reg, patient_id), None)
    if c.window is None:
        raise Refused("No session window is open now: a top-up is given within the session "
                      "of the injection it follows.")
    first, found = session_dose(_session_doses(reg, c)), c.top_ups
    if first is None or not found:
        raise Refused(c.standing_refusal or f"{c.patient.label} has had no injection in this "
                      "session: a top-up follows the session's injection, after observation.")
    offer = next((o for o in found if o.line.position == request.line), None)
    if offer is None:
        raise InvalidInput("Choose the line to top up: one injected in this session.")
    if offer.refusal is not None:
        raise DoseRefused(offer.refusal)
    a, withhold = assess_patient(reg, request.sedation_score, request.breath_alcohol,
                                 request.observation)
    if withhold:
        raise DoseRefused("The reassessment is at or above the withhold threshold ("
                          + "; ".join(withhold) + "): no top-up.")
    line, rx = offer.line, c.prescription
    assert rx is not None
    where = f"{line.drug} ({line.route.short})"
    mg = parse_quantity(request.mg, f"top-up of {where}", unit="mg", maximum=10_000)
    site = check_site(line, request.site, reg.settings.injection_sites)
    check_line_dose(line, offer.session, mg, given_today_mg=c.given_today_of(line.drug),
                    daily_limit_mg=rx.daily_limit_for(line.drug),
                    ceiling=reg.settings.ceiling(line.drug), less_reason=None,
                    given_in_session_mg=offer.given_mg)
    dose = LineDose(line.position, mg, request.opened, site or "")
    plan = plan_dose(_opened(c, line, dose), mg)
    details = {**_entry_details(reg, c, line, site, dose, None), "top_up": True}
    # Never a late entry: once the day is closed (even early), no top-up is offered.
    entries = tuple(_administration(reg, share.section, share.units, {
        **details, "units_opened": share.units, "mg_administered": share.mg_administered,
        "mg_wasted": share.mg_wasted}) for share in plan.shares)
    return CheckedTopUp(c, offer, a, mg, site, plan, entries, first)


def top_up(reg: OpenRegister, actor: User, witness: User | None, patient_id: int,
           request: TopUpRequest) -> DoseResult:
    """One transaction: the check, the witness, the top-up's register entries and its dose
    record; the observation starts again from now."""
    with reg.db.transaction():
        checked = check_top_up(reg, actor, patient_id, request)
        signer = check_witness(reg, actor, witness)
        c, plan, a, offer = checked.card, checked.plan, checked.assessment, checked.offer
        assert c.prescription is not None
        written = [register.write_draft(reg, actor, draft, signer) for draft in checked.entries]
        entry_ids = tuple(e.id for e in written)
        codes = {s.id: s.code for s in c.sections}
        numbers = tuple((codes.get(e.section_id, "?"), e.number) for e in written)
        now = reg.now()
        until = reg.settings.observation_ends(now)
        first_drug = c.prescription.lines[0].drug if c.prescription.lines else ""
        # The record's mg_administered is the prescription's drug (0 for another drug's
        # line); the line's own mg is in its lines (domain.doses_given reads both).
        event_id = attendance_store.add_event(
            reg.db, patient_id=c.patient.id, day=c.day, session=offer.session,
            kind=EventKind.DOSED, at=now, by_user=actor.id, witness_id=signer.id,
            prescription_id=c.prescription.id,
            mg_administered=mg_of_drug([(offer.line.drug, checked.mg)], first_drug),
            mg_wasted=plan.mg_wasted, entry_ids=entry_ids,
            top_up_line=offer.line.position,
            details={
                "sedation_score": a.sedation_score, "breath_alcohol": a.breath_alcohol,
                "observation": a.observation, "top_up_of": checked.first_dose.id,
                "opened": {s.section.code: s.units for s in plan.shares},
                "mg_opened": plan.mg_opened, "observe_until": until.isoformat(),
                "lines": [{**checked.line.record, "entry_ids": list(entry_ids),
                           "top_up": True}],
            })
        reg.publish_after_commit(Change.ATTENDANCE, patient_id=c.patient.id)
    event = attendance_store.event_by_id(reg.db, event_id)
    assert event is not None
    log.info("top-up recorded for %s, session %d, line %d, entries %s", c.patient.clinic_number,
             offer.session, offer.line.position, entry_ids)
    return DoseResult(event, entry_ids, numbers, checked.mg, plan.mg_wasted, until,
                      (checked.line,))
