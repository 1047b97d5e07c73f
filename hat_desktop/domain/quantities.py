"""Quantities are whole numbers (ampoules, ml, mg): never floats."""

import re

from hat_desktop.domain.errors import InvalidInput

MAX_UNITS_PER_ENTRY = 10_000  # more than any real delivery: anything above is a typing error
_DIGITS = re.compile(r"[0-9]{1,9}")


def parse_quantity(
    value: object,
    what: str,
    *,
    unit: str = "",
    minimum: int = 1,
    maximum: int = MAX_UNITS_PER_ENTRY,
) -> int:
    """A whole number between ``minimum`` and ``maximum``, or a refusal that says why.

    Accepts an int or the text of one; refuses booleans, floats, fractions,
    exponents, signs, thousands separators and anything else.
    """
    suffix = f" {unit}" if unit else ""
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidInput(f"The {what} must be a whole number{suffix}.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise InvalidInput(f"Enter the {what}.")
        if text.startswith("-") and _DIGITS.fullmatch(text[1:]):
            raise InvalidInput(f"The {what} cannot be negative.")
        if not _DIGITS.fullmatch(text):
            if re.fullmatch(r"[0-9]+", text):  # digits, more of them than any entry holds
                shown = (f"{int(text):,}{suffix}" if len(text) <= 15
                         else f"{text[:12]}… ({len(text):,} digits)")
                raise InvalidInput(
                    f"The {what} of {shown} is not believable: at most {maximum:,}{suffix} "
                    "in one entry.")
            if re.fullmatch(r"[0-9]*[.,][0-9]+", text):
                raise InvalidInput(f"The {what} must be a whole number{suffix}, not a fraction.")
            raise InvalidInput(f"The {what} must be a whole number{suffix} (digits only).")
        number = int(text)
    else:
        raise InvalidInput(f"The {what} must be a whole number{suffix}.")
    if number < 0:
        raise InvalidInput(f"The {what} cannot be negative.")
    if number < minimum:
        raise InvalidInput(
            f"The {what} cannot be zero." if number == 0 else
            f"The {what} must be at least {minimum}{suffix}."
        )
    if number > maximum:
        raise InvalidInput(
            f"The {what} of {number:,}{suffix} is not believable: at most {maximum:,}{suffix} "
            "in one entry."
        )
    return number


def plural(count: int, unit: str) -> str:
    """'1 ampoule', '3 ampoules', '20 ml'."""
    if unit in ("ml", "mg", "g") or count == 1:
        return f"{count} {unit}"
    return f"{count} {unit}s"
