"""The words of the check-in screen: the patient's card, the confirmation of what was
recorded. Plain functions of the services' results, so the screen and its tests
read the same text."""

from datetime import date
from html import escape
from zoneinfo import ZoneInfo

from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.domain.doses_given import dose_figure
from hat_desktop.domain.missed_doses import FlagLevel
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.prescriptions import PrescriptionLine, dose_change_words
from hat_desktop.domain.register import Section
from hat_desktop.domain.times import format_date, format_local
from hat_desktop.services.dosing import CheckInCard, DoseResult, Override


def details_text(patient: Patient, today: date) -> str:
    return (f"Clinic number {patient.clinic_number}\n"
            f"Born {format_date(patient.date_of_birth)} (age {patient.age_on(today)})")


def flag_text(card: CheckInCard) -> str:
    """The flag in words; empty when there is none."""
    if card.flag.level is FlagLevel.NONE:
        return ""
    heading = {FlagLevel.NOTE: "Note", FlagLevel.WARNING: "Warning", FlagLevel.AWAY: "Away",
               FlagLevel.HOLD: "HOLD"}[card.flag.level]
    if card.flag.level in (FlagLevel.HOLD, FlagLevel.AWAY) and (
            card.flag.absence is not None or card.flag.returned or card.flag.after_event):
        return card.flag.words + "."  # the refusal beside it gives the whole message
    if card.flag.level is FlagLevel.HOLD:  # the refusal beside it gives the whole message
        return f"ON HOLD: {card.flag.run} consecutive days without a dose."
    return f"{heading}: {card.flag.message}"


def dose_change_text(card: CheckInCard) -> str:
    """The first dose after a change of dose is highlighted; empty otherwise."""
    rx, before = card.prescription, card.changed_from
    if rx is None or before is None:
        return ""
    why = f" ({rx.change_reason})" if rx.change_reason else ""
    return (f"DOSE CHANGED {dose_change_words(before, rx)} in prescription version "
            f"{rx.version}{why}: this is the first dose at the new dose.")


def prescription_html(card: CheckInCard) -> str:
    rx = card.prescription
    if rx is None:
        return "<b>Prescription</b><br>No prescription is current for today."
    text = f"<b>Prescription</b> (version {rx.version}, {escape(rx.prescriber_name)})<br>"
    if card.window is not None and card.lines_due:
        text += f"Due in session {card.window.number}:<br>" + "<br>".join(
            "• " + escape(due_text(line, card.window.number)) for line in card.lines_due)
    else:
        text += escape(rx.summary)
    given = "; ".join(f"{card.given_today_of(drug)} mg of {rx.daily_limit_for(drug)} mg "
                      f"{drug.split()[0].lower()}" for drug in rx.drugs)
    text += f"<br>Given so far today: {given}"
    if rx.notes:
        text += f"<br>Notes: {escape(rx.notes)}"
    return text


def due_text(line: PrescriptionLine, session: int) -> str:
    """'Line 1: Diamorphine hydrochloride 200 mg IV, supervised'."""
    how = "take-home" if line.take_home else "supervised"
    return (f"Line {line.position}: {line.drug} {line.dose_for(session)} mg "
            f"{line.route.short}, {how}")


def recent_html(doses: tuple[AttendanceEvent, ...], tz: ZoneInfo,
                sites: tuple[str, ...] = ()) -> str:
    text = "<b>Last three injection sites</b><br>" + (
        escape("; ".join(sites)) if sites else "None recorded yet.") + "<br>"
    if not doses:
        return text + "<b>Last three doses</b><br>No dose recorded yet."
    lines = [f"{format_local(d.at, tz)}: {dose_figure(d)}"
             f"{' top-up' if d.is_top_up else ''} (session {d.session})" for d in doses]
    return text + "<b>Last three doses</b><br>" + "<br>".join(escape(line) for line in lines)


def session_text(card: CheckInCard, override: Override | None) -> str:
    if card.window is None:
        return "No session window is open."
    text = card.window.label
    if override is not None:
        text += (f", outside its window: authorised by {override.manager.full_name} "
                 f"({override.reason})")
    if card.checked_in:
        text += " · checked in"
    return text


def opened_text(opened: list[tuple[Section, int]]) -> str:
    """'2 × 100 mg ampoules (DIAM100)'."""
    parts = [f"{count} × {s.strength} {s.unit}{'s' if count != 1 else ''} ({s.code})"
             for s, count in opened if count]
    return " + ".join(parts) if parts else "nothing"


def dose_summary(patient: Patient, session: int, opened: list[tuple[Section, int]],
                 mg: int, site: str = "") -> str:
    """What the witness signs for (with the injection site, as the nurse sees it)."""
    mg_opened = sum(s.mg_per_unit * count for s, count in opened)
    where = f" (site: {site})" if site else ""
    return (f"Administration to {patient.label}, session {session}: {opened_text(opened)} "
            f"opened ({mg_opened} mg), {mg} mg given{where}, {max(mg_opened - mg, 0)} mg "
            "wasted and denatured in front of you.")


def given_text(result: DoseResult) -> str:
    """'180 mg'; a dose of several lines, each: '150 mg Diamorphine hydrochloride IV; 30 mg
    Methadone hydrochloride supplied to take home' (the take-home too, not the first drug's
    mg alone)."""
    if len(result.lines) < 2:
        return f"{result.mg_administered} mg"
    return "; ".join(
        f"{one.line.drug} withheld ({one.withheld.label})" if one.withheld is not None else
        f"{one.mg} mg {one.line.drug} supplied to take home" if one.line.take_home else
        f"{one.mg} mg {one.line.drug} {one.line.route.short}" for one in result.lines)


def dose_result_text(patient: Patient, result: DoseResult, witness_name: str,
                     tz: ZoneInfo, what: str = "Dose") -> str:
    entries = ", ".join(f"No. {number} in {code}" for code, number in result.entry_numbers)
    word = "entries" if len(result.entry_numbers) > 1 else "entry"
    return (f"{what} recorded for {patient.label}.\n\n"
            f"Given: {given_text(result)}\n"
            f"Wasted: {result.mg_wasted} mg\n"
            f"Witness: {witness_name}\n"
            f"Register {word}: {entries}\n\n"
            f"Observe until {result.observe_until.astimezone(tz):%H:%M}, then record the "
            "release check before the patient leaves.")


def withheld_text(patient: Patient, event: AttendanceEvent) -> str:
    details = event.details or {}
    text = (f"Dose withheld for {patient.label} in session {event.session}: "
            f"{details.get('reason_label', '')}.")
    if details.get("note"):
        text += f"\nNote: {details['note']}"
    return text + "\n\nThis is recorded as withheld, not as a missed session."
