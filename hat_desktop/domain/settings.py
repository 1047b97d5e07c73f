"""The clinic's settings: what a manager may change, with defaults and checks."""

from dataclasses import dataclass, fields, replace
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

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.timezone)

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
        if not isinstance(self.lock_minutes, int) or not 1 <= self.lock_minutes <= 60:
            raise InvalidInput("The screen must lock after between 1 and 60 idle minutes.")


def diff(old: ClinicSettings, new: ClinicSettings) -> dict[str, tuple[Any, Any]]:
    return {
        f.name: (getattr(old, f.name), getattr(new, f.name))
        for f in fields(old)
        if getattr(old, f.name) != getattr(new, f.name)
    }
