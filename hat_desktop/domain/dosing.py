"""The rules of a supervised dose: assessment thresholds, the prescription limits per
line, the clinic's ceilings, the ten-fold guard, the injection site, ampoules opened
versus mg given and wasted. check_line_dose is the one dosing rule (a top-up's amount
included); top_up_refusal the one rule of when a top-up may follow an injection;
check_ceilings the one ceiling rule a prescription meets."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.prescriptions import PrescriptionLine, Route, daily_limit_of, drug_key
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.register import Section
from hat_desktop.domain.settings import DoseCeiling, is_groin, is_muscle
from hat_desktop.domain.text import clean_text

SEDATION_SCALE = {
    0: "0 — awake and alert",
    1: "1 — slightly drowsy, easily roused",
    2: "2 — frequently drowsy, drifts off when talking",
    3: "3 — very drowsy, hard to rouse",
}
MAX_BREATH_ALCOHOL = 250  # µg per 100 ml of breath; anything above is a misreading


class WithholdReason(StrEnum):
    INTOXICATED = "intoxicated"
    UNWELL = "unwell"
    DECLINED = "declined"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            WithholdReason.INTOXICATED: "Intoxicated (drugs or alcohol)",
            WithholdReason.UNWELL: "Unwell",
            WithholdReason.DECLINED: "Patient declined the dose",
            WithholdReason.OTHER: "Other reason",
        }[self]


class LessReason(StrEnum):
    PATIENT_REQUEST = "patient_request"
    CLINICAL = "clinical"

    @property
    def label(self) -> str:
        return {LessReason.PATIENT_REQUEST: "Patient asked for less",
                LessReason.CLINICAL: "Clinical decision"}[self]


@dataclass(frozen=True)
class Assessment:
    sedation_score: int
    breath_alcohol: int  # µg per 100 ml of breath
    observation: str

    @classmethod
    def checked(cls, sedation: object, alcohol: object, observation: str) -> "Assessment":
        score = parse_quantity(sedation, "sedation score", minimum=0, maximum=3)
        reading = parse_quantity(alcohol, "breath alcohol reading", unit="µg/100 ml",
                                 minimum=0, maximum=MAX_BREATH_ALCOHOL)
        note = clean_text(observation, "observation", max_length=1000, required=False,
                          multiline=True)
        return cls(score, reading, note)

    def withhold_reasons(self, sedation_limit: int, alcohol_limit: int) -> list[str]:
        """Why the default is to withhold (empty: nothing above the thresholds)."""
        reasons = []
        if self.sedation_score >= sedation_limit:
            reasons.append(f"sedation score {self.sedation_score} (withhold at {sedation_limit} "
                           "or more)")
        if self.breath_alcohol >= alcohol_limit:
            reasons.append(f"breath alcohol {self.breath_alcohol} µg/100 ml (withhold at "
                           f"{alcohol_limit} or more)")
        return reasons


@dataclass(frozen=True)
class SectionShare:
    section: Section
    units: int
    mg_opened: int
    mg_administered: int

    @property
    def mg_wasted(self) -> int:
        return self.mg_opened - self.mg_administered


@dataclass(frozen=True)
class DosePlan:
    shares: tuple[SectionShare, ...]

    @property
    def mg_opened(self) -> int:
        return sum(s.mg_opened for s in self.shares)

    @property
    def mg_administered(self) -> int:
        return sum(s.mg_administered for s in self.shares)

    @property
    def mg_wasted(self) -> int:
        return self.mg_opened - self.mg_administered


def plan_dose(opened: list[tuple[Section, int]], mg_administered: int) -> DosePlan:
    """Split the mg given over the ampoules opened; the rest of each is waste.

    The mg drawn from each section is filled in the order the ampoules are listed.
    Refuses more mg than the ampoules hold, and an ampoule more than the dose needed.
    """
    opened = [(section, units) for section, units in opened if units]
    if not opened:
        raise InvalidInput("Enter the ampoules opened for this dose.")
    for section, units in opened:
        parse_quantity(units, f"number of {section.unit}s opened", maximum=20)
    total_opened = sum(section.mg_per_unit * units for section, units in opened)
    if mg_administered > total_opened:
        raise DoseRefused(f"The {total_opened} mg opened cannot give {mg_administered} mg: open "
                          "more, or correct the dose.")
    smallest = min(section.mg_per_unit for section, _ in opened)
    if total_opened - smallest >= mg_administered:
        raise DoseRefused(f"Too many opened: {total_opened} mg opened for a {mg_administered} mg "
                          "dose; one fewer would hold it. Correct the ampoules opened.")
    remaining = mg_administered
    shares = []
    for section, units in opened:
        mg = section.mg_per_unit * units
        drawn = min(mg, remaining)
        remaining -= drawn
        shares.append(SectionShare(section, units, mg, drawn))
    return DosePlan(tuple(shares))


def check_ceilings(lines: Sequence[PrescriptionLine],
                   ceiling_of: Callable[[str], DoseCeiling | None]) -> None:
    """Refuse a prescription above the clinic's ceilings (settings a manager sets), naming
    the ceiling: the most in one injection, and the most of a drug in a day."""
    many = len(lines) > 1
    for line in lines:
        ceiling = ceiling_of(line.drug)
        where = f"Line {line.position}: " if many else ""
        if ceiling is None or not line.route.injected or not ceiling.per_injection_mg:
            continue
        most = line.max_per_injection_mg or max(mg for _, mg in line.doses)
        if most > ceiling.per_injection_mg:
            raise Refused(f"{where}{most} mg of {line.drug} in one injection is above the "
                          f"clinic's ceiling of {ceiling.per_injection_mg} mg per injection.")
    for drug in {drug_key(line.drug): line.drug for line in lines}.values():
        ceiling = ceiling_of(drug)
        day = daily_limit_of(lines, drug)
        if ceiling is not None and ceiling.per_day_mg and day > ceiling.per_day_mg:
            raise Refused(f"{day} mg of {drug} a day is above the clinic's ceiling of "
                          f"{ceiling.per_day_mg} mg per day.")


def check_site(line: PrescriptionLine, site: str, sites: Sequence[str]) -> str | None:
    """The injection site kept with an injected line (None for an oral one)."""
    if not line.route.injected:
        return None
    chosen = clean_text(site, "injection site", max_length=40, required=False)
    if not chosen:
        raise InvalidInput(f"Choose the injection site for the {line.drug} "
                           f"({line.route.short}).")
    known = next((s for s in sites if s.lower() == chosen.lower()), None)
    if known is None:
        raise InvalidInput(f"{chosen} is not on the clinic's list of injection sites.")
    if is_groin(known) and not line.groin_allowed:
        raise DoseRefused(f"The groin ({known}) is a high-risk site: it needs the "
                          "prescriber's permission on the prescription line, which this "
                          "line does not give.")
    return known


def suggest_site(line: PrescriptionLine, sites: Sequence[str], last_sites: Sequence[str]
                 ) -> str:
    """The injection site offered for an intravenous line, for the nurse to confirm or
    change: the same site on the other side from the last injection ("Arm, left" after
    "Arm, right"), so that sites rotate. Nothing is offered (the nurse chooses) for a first
    injection, after a site with no side, for a muscle or under-the-skin line (a muscle
    site is a clinician's choice), and never the groin or a muscle site."""
    if line.route is not Route.IV or not last_sites:
        return ""
    place, comma, side = last_sites[0].rpartition(",")
    other = {"left": "right", "right": "left"}.get(side.strip().lower())
    if not comma or other is None:
        return ""
    wanted = f"{place.strip()}, {other}".lower()
    found = next((s for s in sites if s.lower() == wanted), "")
    return "" if not found or is_groin(found) or is_muscle(found) else found


def check_line_dose(line: PrescriptionLine, session: int, mg: int, *, given_today_mg: int,
                    daily_limit_mg: int, ceiling: DoseCeiling | None, less_reason: str | None,
                    given_in_session_mg: int = 0) -> str | None:
    """Refuse a dose of one line that the prescription or the clinic's ceilings do not
    allow; returns the reason kept for a dose below the prescription. ``given_today_mg``:
    the line's drug given or supplied earlier today; ``daily_limit_mg``: the drug's;
    ``given_in_session_mg``: the line's injections earlier in this session (not 0: this
    dose is a top-up, up to what is left of the session's amount)."""
    prescribed = line.dose_for(session)
    if prescribed is None:
        raise DoseRefused(f"{line.drug} ({line.route.short}) is not prescribed for session "
                          f"{session}.")
    if given_in_session_mg:
        _check_top_up_amount(line, session, mg, given_in_session_mg)
    else:
        _check_against_prescription(prescribed, mg)
    if line.route.injected:
        if line.max_per_injection_mg and mg > line.max_per_injection_mg:
            raise DoseRefused(f"Dose {mg} mg is above the most per injection on the "
                              f"prescription ({line.max_per_injection_mg} mg).")
        if ceiling is not None and ceiling.per_injection_mg and mg > ceiling.per_injection_mg:
            raise DoseRefused(f"Dose {mg} mg is above the clinic's ceiling of "
                              f"{ceiling.per_injection_mg} mg per injection of {line.drug}.")
    total = given_today_mg + mg
    if total > daily_limit_mg:
        raise DoseRefused(f"Dose {mg} mg would make {total} mg today, above the daily "
                          f"maximum of {daily_limit_mg} mg ({given_today_mg} mg already "
                          "given).")
    if ceiling is not None and ceiling.per_day_mg and total > ceiling.per_day_mg:
        raise DoseRefused(f"Dose {mg} mg would make {total} mg of {line.drug} today, above "
                          f"the clinic's ceiling of {ceiling.per_day_mg} mg per day.")
    if mg < prescribed and not given_in_session_mg:
        if not less_reason:
            raise DoseRefused(f"Dose {mg} mg is below the prescribed {prescribed} mg: choose "
                              "the reason (patient asked for less, or clinical decision).")
        return less_reason
    return None


def _check_against_prescription(prescribed: int, mg: int) -> None:
    """A session's first injection (or a line's only dose): at most the prescribed dose,
    and no misplaced digit either way."""
    if mg >= prescribed * 10:
        raise DoseRefused(f"Dose {mg} mg is ten times or more the prescribed {prescribed} mg: "
                          "check for a misplaced digit.")
    if mg > prescribed:
        raise DoseRefused(f"Dose {mg} mg is above the prescribed {prescribed} mg for this "
                          "session.")
    if mg * 10 <= prescribed:
        raise DoseRefused(f"Dose {mg} mg is a tenth or less of the prescribed {prescribed} mg: "
                          "check for a misplaced digit.")


def top_up_room(line: PrescriptionLine, session: int, given: int) -> int:
    """What is left for a top-up of ``line`` in ``session``: the session's amount (the
    dose, plus a titration plan's top-up allowance) less the ``given`` mg; refused when
    nothing is."""
    amount = line.session_amount(session)
    if amount - given <= 0:
        raise DoseRefused(f"Nothing is left of this session's {amount} mg of {line.drug}: "
                          f"{given} mg was given already. No top-up.")
    return amount - given


def _check_top_up_amount(line: PrescriptionLine, session: int, mg: int, given: int) -> None:
    """A top-up: at most what is left of the session's amount after the injections given
    in it."""
    room = top_up_room(line, session, given)
    amount = line.session_amount(session)
    if mg > room:
        raise DoseRefused(f"A top-up of {mg} mg would make {given + mg} mg in this session, "
                          f"above the session's {amount} mg of {line.drug} ({given} mg given "
                          f"already): at most {room} mg more.")
    if mg * 10 <= room:
        raise DoseRefused(f"A top-up of {mg} mg is a tenth or less of the {room} mg left: "
                          "check for a misplaced digit.")


@dataclass(frozen=True)
class TopUpTiming:
    """What a top-up of a line depends on besides its amount: the line's injection earlier
    in the session, and what has happened since."""

    injected_at: datetime  # the line's first injection in the session
    topped_up_at: datetime | None  # its top-up, when it had one already
    released_at: datetime | None  # the release check after the session's dose
    beyond: str  # a post-dose reading beyond the thresholds since ("": none)
    event: str  # an adverse event since the injection ("": none)


def top_up_from(timing: TopUpTiming, interval_minutes: int) -> datetime:
    """The earliest moment of a top-up: the clinic's minimum interval of observation after
    the line's injection."""
    return timing.injected_at + timedelta(minutes=interval_minutes)


IN_PERSON = "The patient, in person"  # who collected a take-home supply, unless named


def top_up_refusal(timing: TopUpTiming, now: datetime, interval_minutes: int, tz: tzinfo
                   ) -> str | None:
    """Why a top-up of the line cannot be given now (None: it can, amount permitting)."""
    def hhmm(moment: datetime) -> str:
        return f"{moment.astimezone(tz):%H:%M}"

    if timing.topped_up_at is not None:
        return (f"This line was topped up at {hhmm(timing.topped_up_at)} already: one "
                "top-up of a line in a session.")
    if timing.released_at is not None:
        return (f"The patient was released from observation at {hhmm(timing.released_at)}: "
                "a top-up is given during the observation after the dose.")
    if timing.event:
        return (f"An adverse event was recorded after the dose ({timing.event}): no top-up; "
                "tell the prescriber.")
    if timing.beyond:
        return (f"A post-dose reading was beyond the thresholds ({timing.beyond}): no "
                "top-up.")
    earliest = top_up_from(timing, interval_minutes)
    if now < earliest:
        return (f"Too soon for a top-up: the injection was at {hhmm(timing.injected_at)} and "
                f"the clinic's minimum interval is {interval_minutes} minutes of observation, "
                f"so a top-up may be given from {hhmm(earliest)}.")
    return None


def check_lines_recorded(due: Sequence[PrescriptionLine], recorded: Sequence[int]) -> None:
    """Each line due this session is recorded once: given, or withheld with a reason."""
    twice = sorted({n for n in recorded if recorded.count(n) > 1})
    if twice:
        raise DoseRefused(f"Line {twice[0]} is entered twice: a line is given once in a "
                          "session.")
    positions = {line.position for line in due}
    stray = [n for n in recorded if n not in positions]
    if stray:
        raise DoseRefused(f"Line {stray[0]} of the prescription is not due in this session.")
    missing = [line for line in due if line.position not in recorded]
    if missing:
        raise InvalidInput(f"Record line {missing[0].position} ({missing[0].drug}) too: "
                           "given, or withheld with the reason.")


def oral_units(section: Section, mg: int) -> int | None:
    """The units of an oral product holding exactly ``mg`` (ml of a 1 mg/ml solution);
    None when the mg is not a whole number of units."""
    units, rest = divmod(mg, section.mg_per_unit)
    return units if units and not rest else None
