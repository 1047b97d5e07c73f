"""Patients: identity, status, NHS number check."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.text import ascii_digits, clean_text
from hat_desktop.domain.times import format_date

_CLINIC_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9-]{2,19}")


class PatientStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISCHARGED = "discharged"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Patient:
    id: int
    clinic_number: str
    full_name: str
    date_of_birth: date
    address: str
    nhs_number: str | None
    alerts: str
    status: PatientStatus

    @property
    def label(self) -> str:
        """How a patient is named on screen: 'HAT-0001 Jo Bloggs'."""
        return f"{self.clinic_number} {self.full_name}"

    def prescription_refusal(self) -> str | None:
        """Why no prescription can be written for the patient now (None: one can)."""
        if self.status is PatientStatus.DISCHARGED:
            return f"{self.label} has been discharged: reactivate them first."
        return None

    def age_on(self, today: date) -> int:
        """Age in whole years on ``today``."""
        born = self.date_of_birth
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


@dataclass(frozen=True)
class PatientDetails:
    """What staff type for a patient."""

    clinic_number: str
    full_name: str
    date_of_birth: date | None
    address: str
    nhs_number: str = ""
    alerts: str = ""

    def checked(self, today: date) -> "PatientDetails":
        number = validate_clinic_number(self.clinic_number)
        name = clean_text(self.full_name, "patient's full name", max_length=100)
        if self.date_of_birth is None:
            raise InvalidInput("Enter the patient's date of birth.")
        if self.date_of_birth > today:
            raise InvalidInput("The date of birth is in the future.")
        if self.date_of_birth.year < today.year - 110:
            raise InvalidInput(f"A date of birth of {format_date(self.date_of_birth)} is not "
                               "believable.")
        if today.year - self.date_of_birth.year < 16:
            raise InvalidInput("A HAT patient must be at least 16 years old: check the date of "
                               "birth.")
        address = clean_text(self.address, "patient's address (the register needs it)",
                             max_length=300, multiline=True)
        nhs = validate_nhs_number(self.nhs_number) if self.nhs_number.strip() else ""
        alerts = clean_text(self.alerts, "alerts", max_length=1000, required=False,
                            multiline=True)
        return PatientDetails(number, name, self.date_of_birth, address, nhs, alerts)


def validate_clinic_number(raw: str) -> str:
    number = unicodedata.normalize("NFKC", raw or "").strip().upper()
    if not number:
        raise InvalidInput("Enter the clinic number.")
    if not _CLINIC_NUMBER.fullmatch(number):
        raise InvalidInput(
            "A clinic number is 3 to 20 capital letters, digits or dashes (e.g. HAT-0042)."
        )
    return number


def number_typed_short(clinic_number: str, typed: str) -> bool:
    """Whether ``typed`` is the clinic number without its prefix: '0007' or '7' for
    HAT-0007 (what a nurse types when the card will not scan)."""
    tail = clinic_number.rsplit("-", 1)[-1]
    return typed.isdigit() and tail.isdigit() and int(tail) == int(typed)


def nhs_check_digit(first_nine: str) -> int | None:
    """The modulus-11 check digit of an NHS number's first nine digits (None: invalid)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def validate_nhs_number(raw: str) -> str:
    """Ten digits (spaces allowed as typed: 943 476 5919), the last a modulus-11 check.
    Digits of any script (full-width, Arabic-Indic...) are stored as ASCII digits, so one
    number is one number for the check and for the uniqueness test."""
    digits = ascii_digits(re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", raw or "")))
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 10:
        raise InvalidInput("An NHS number has 10 digits.")
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        raise InvalidInput(f"{digits[:3]} {digits[3:6]} {digits[6:]} is not a valid NHS "
                           "number: its check digit does not match.")
    return digits


def format_nhs_number(digits: str | None) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if digits else ""
