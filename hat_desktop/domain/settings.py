"""The clinic's settings: what a manager may change, with defaults and checks."""

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hat_desktop.domain.costs import DEFAULT_BUDGET_PENCE
from hat_desktop.domain.drug_screens import DEFAULT_PANEL, checked_panel
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.safety import ReleaseThresholds
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import DEFAULT_TIMEZONE, zone

# The clinic's dose ceilings, per drug: (drug, most per injection, most per day), mg; None:
# no ceiling of that kind. Trials: NAOMI at most 1000 mg of diamorphine a day, the
# Netherlands methadone up to 150 mg a day beside it.
Ceilings = tuple[tuple[str, int | None, int | None], ...]
DEFAULT_CEILINGS: Ceilings = (
    ("Diamorphine hydrochloride", 500, 1000),
    ("Methadone hydrochloride", None, 150),
)
# Injection sites (body site and side); the clinic may add its own. "Groin" sites need the
# prescriber's permission on the prescription line.
DEFAULT_SITES: tuple[str, ...] = (
    "Arm, left", "Arm, right", "Forearm, left", "Forearm, right", "Hand, left",
    "Hand, right", "Deltoid, left", "Deltoid, right", "Thigh, left", "Thigh, right",
    "Buttock, left", "Buttock, right", "Leg, left", "Leg, right", "Abdomen",
    "Groin, left", "Groin, right",
)
MAX_CEILING_MG = 3000


@dataclass(frozen=True)
class DoseCeiling:
    drug: str
    per_injection_mg: int | None
    per_day_mg: int | None


def is_groin(site: str) -> bool:
    return "groin" in site.lower()


# Muscle sites (for an IM injection, chosen by a clinician): never offered by rotation.
MUSCLE_WORDS = ("deltoid", "thigh", "buttock", "gluteal", "vastus")


def is_muscle(site: str) -> bool:
    return any(word in site.lower() for word in MUSCLE_WORDS)


@dataclass(frozen=True)
class ClinicSettings:
    clinic_name: str = ""
    clinic_address: str = ""
    timezone: str = DEFAULT_TIMEZONE
    lock_minutes: int = 5
    observation_minutes: int = 20
    top_up_minutes: int = 20  # the least observation after an injection before its top-up
    sedation_withhold_score: int = 2
    breath_alcohol_withhold: int = 22  # µg per 100 ml of breath
    note_days: int = 1
    warning_days: int = 2
    hold_days: int = 3
    expiry_warning_days: int = 7
    backup_folder: str = ""  # a USB drive or network share; empty: not set up yet
    backup_keep: int = 14  # daily copies kept
    review_interval_months: int = 3  # outcome reviews due every so many months of treatment
    witness_pin: bool = False  # a witness may sign with their staff badge and a PIN
    release_sound: bool = False  # a sound when a release check falls due
    dose_ceilings: Ceilings = DEFAULT_CEILINGS
    injection_sites: tuple[str, ...] = DEFAULT_SITES
    # The release check: a reading beyond these keeps the patient in observation.
    release_spo2_below: int = 94  # % oxygen saturation
    release_resp_rate_below: int = 10  # breaths a minute
    release_sedation_score: int = 2  # this score or more
    # the drug-screen panel after street heroin (which is always first): clinic-editable
    screen_panel: tuple[str, ...] = DEFAULT_PANEL
    # The evaluation: staff and overheads per patient-day (pence; 0 = not set yet), the
    # budget per patient a year, and whether inspectors may read the evaluation dashboard.
    staff_cost_per_day_pence: int = 0
    budget_per_patient_year_pence: int = DEFAULT_BUDGET_PENCE
    evaluation_for_inspectors: bool = False

    def ceiling(self, drug: str) -> DoseCeiling | None:
        """The clinic's ceilings for ``drug`` (compared without case), if it has any."""
        wanted = " ".join(drug.lower().split())
        for name, per_injection, per_day in self.dose_ceilings:
            if " ".join(name.lower().split()) == wanted:
                return DoseCeiling(name, per_injection, per_day)
        return None

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    @property
    def release_thresholds(self) -> ReleaseThresholds:
        return ReleaseThresholds(self.release_spo2_below, self.release_resp_rate_below,
                                 self.release_sedation_score)

    def observation_ends(self, dosed_at: datetime) -> datetime:
        """When the post-dose observation of a dose given at ``dosed_at`` is over."""
        return dosed_at + timedelta(minutes=self.observation_minutes)

    @classmethod
    def from_stored(cls, values: dict[str, Any]) -> "ClinicSettings":
        known = {f.name for f in fields(cls)}
        kept = {k: v for k, v in values.items() if k in known}
        if "dose_ceilings" in kept:  # JSON keeps lists
            kept["dose_ceilings"] = tuple(tuple(c) for c in kept["dose_ceilings"])
        for name in ("injection_sites", "screen_panel"):
            if name in kept:
                kept[name] = tuple(kept[name])
        return cls(**kept)

    def changed(self, **changes: Any) -> "ClinicSettings":
        """A validated copy with ``changes`` applied."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise InvalidInput(f"Unknown setting: {', '.join(sorted(unknown))}.")
        if "screen_panel" in changes:
            changes["screen_panel"] = checked_panel(changes["screen_panel"])
        new = replace(self, **changes)
        new.validate()
        return new

    def validate(self) -> None:
        clean_text(self.clinic_name, "clinic name", max_length=120)
        clean_text(self.clinic_address, "clinic address", max_length=400, required=False,
                   multiline=True)
        zone(self.timezone)
        _whole(self.lock_minutes, 1, 60,
               "The screen must lock after between 1 and 60 idle minutes.")
        _whole(self.observation_minutes, 5, 120,
               "Post-dose observation lasts between 5 and 120 minutes.")
        _whole(self.top_up_minutes, 5, 120,
               "A top-up follows at least 5 and at most 120 minutes of observation.")
        _whole(self.sedation_withhold_score, 1, 3,
               "The sedation score at which to withhold is between 1 and 3.")
        _whole(self.breath_alcohol_withhold, 1, 250,
               "The breath alcohol reading at which to withhold is between 1 and 250 µg/100 ml.")
        _whole(self.note_days, 1, 7, "The 'missed' note starts after 1 to 7 days without a dose.")
        _whole(self.warning_days, self.note_days, 7,
               "The tolerance warning starts after 1 to 7 days, not before the note.")
        _whole(self.hold_days, self.warning_days + 1, 14,
               "The hold starts after 2 to 14 days without a dose, later than the warning.")
        _whole(self.expiry_warning_days, 1, 60,
               "Prescriptions are flagged between 1 and 60 days before they end.")
        _whole(self.backup_keep, 1, 365, "Keep between 1 and 365 daily backups.")
        _whole(self.review_interval_months, 1, 12,
               "Outcome reviews are due every 1 to 12 months.")
        _whole(self.release_spo2_below, 85, 99,
               "The release check's SpO2 limit is between 85 and 99 %.")
        _whole(self.release_resp_rate_below, 4, 20,
               "The release check's respiratory-rate limit is between 4 and 20 breaths a minute.")
        _whole(self.release_sedation_score, 1, 3,
               "The release check's sedation limit is a score between 1 and 3.")
        clean_text(self.backup_folder, "backup folder", max_length=500, required=False)
        _check_ceilings(self.dose_ceilings)
        _check_sites(self.injection_sites)
        if checked_panel(self.screen_panel) != self.screen_panel:
            raise InvalidInput("The drug-screen panel lists each substance once, by name.")
        _whole(self.staff_cost_per_day_pence, 0, 1_000_000,
               "The staff and overhead cost per patient-day is between £0 and £10,000.")
        _whole(self.budget_per_patient_year_pence, 100, 100_000_000,
               "The budget per patient a year is between £1 and £1,000,000.")
        for flag in (self.witness_pin, self.release_sound, self.evaluation_for_inspectors):
            if not isinstance(flag, bool):
                raise InvalidInput("A yes/no setting is either on or off.")


def _check_ceilings(ceilings: Ceilings) -> None:
    seen: set[str] = set()
    for drug, per_injection, per_day in ceilings:
        name = clean_text(drug, "drug of a dose ceiling", max_length=80)
        if name.lower() in seen:
            raise InvalidInput(f"{name} has two ceilings: keep one.")
        seen.add(name.lower())
        for value, what in ((per_injection, "per injection"), (per_day, "per day")):
            if value is not None:
                _whole(value, 1, MAX_CEILING_MG, f"The ceiling {what} of {name} is a whole "
                       f"number of mg between 1 and {MAX_CEILING_MG}.")
        if per_injection and per_day and per_injection > per_day:
            raise InvalidInput(f"The ceiling per injection of {name} is above its ceiling "
                               "per day.")


def _check_sites(sites: tuple[str, ...]) -> None:
    if not sites:
        raise InvalidInput("Keep at least one injection site in the list.")
    names = [clean_text(site, "injection site", max_length=40) for site in sites]
    if len({n.lower() for n in names}) != len(names):
        raise InvalidInput("An injection site is listed twice.")


def _whole(value: object, low: int, high: int, message: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(message)


def diff(old: ClinicSettings, new: ClinicSettings) -> dict[str, tuple[Any, Any]]:
    return {
        f.name: (getattr(old, f.name), getattr(new, f.name))
        for f in fields(old)
        if getattr(old, f.name) != getattr(new, f.name)
    }
