"""The clinic's settings: what a manager may change, with defaults and checks."""

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import DEFAULT_TIMEZONE, zone


@dataclass(frozen=True)
class ClinicSettings:
    clinic_name: str = ""
    clinic_address: str = ""
    timezone: str = DEFAULT_TIMEZONE
    lock_minutes: int = 5
    observation_minutes: int = 20
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

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

    def observation_ends(self, dosed_at: datetime) -> datetime:
        """When the post-dose observation of a dose given at ``dosed_at`` is over."""
        return dosed_at + timedelta(minutes=self.observation_minutes)

    @classmethod
    def from_stored(cls, values: dict[str, Any]) -> "ClinicSettings":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    def changed(self, **changes: Any) -> "ClinicSettings":
        """A validated copy with ``changes`` applied."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise InvalidInput(f"Unknown setting: {', '.join(sorted(unknown))}.")
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
        clean_text(self.backup_folder, "backup folder", max_length=500, required=False)
        for flag in (self.witness_pin, self.release_sound):
            if not isinstance(flag, bool):
                raise InvalidInput("A yes/no setting is either on or off.")


def _whole(value: object, low: int, high: int, message: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(message)


def diff(old: ClinicSettings, new: ClinicSettings) -> dict[str, tuple[Any, Any]]:
    return {
        f.name: (getattr(old, f.name), getattr(new, f.name))
        for f in fields(old)
        if getattr(old, f.name) != getattr(new, f.name)
    }
