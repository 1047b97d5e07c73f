"""The rules of a supervised dose: assessment thresholds, the prescription limits,
the ten-fold guard, ampoules opened versus mg given and wasted."""

from dataclasses import dataclass
from enum import StrEnum

from hat_desktop.domain.errors import DoseRefused, InvalidInput
from hat_desktop.domain.prescriptions import Prescription
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.register import Section
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


def prescribed_dose(rx: Prescription, mg: int, given_today_mg: int, less_reason: str | None
               ) -> str | None:
    """Refuse a dose the prescription does not allow; returns the reason kept for a
    dose below the prescription."""
    prescribed = rx.dose_mg
    if mg >= prescribed * 10:
        raise DoseRefused(f"Dose {mg} mg is ten times or more the prescribed {prescribed} mg: "
                          "check for a misplaced digit.")
    if mg > prescribed:
        raise DoseRefused(f"Dose {mg} mg is above the prescribed {prescribed} mg for this "
                          "session.")
    if mg * 10 <= prescribed:
        raise DoseRefused(f"Dose {mg} mg is a tenth or less of the prescribed {prescribed} mg: "
                          "check for a misplaced digit.")
    if given_today_mg + mg > rx.daily_limit_mg:
        raise DoseRefused(f"Dose {mg} mg would make {given_today_mg + mg} mg today, above the "
                          f"daily maximum of {rx.daily_limit_mg} mg ({given_today_mg} mg "
                          "already given).")
    if mg < prescribed:
        if not less_reason:
            raise DoseRefused(f"Dose {mg} mg is below the prescribed {prescribed} mg: choose "
                              "the reason (patient asked for less, or clinical decision).")
        return less_reason
    return None
