"""Dates as staff type them: DD/MM/YYYY (or YYYY-MM-DD)."""

import re
from datetime import date

from hat_desktop.domain.errors import InvalidInput

_UK = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_typed_date(text: str, field: str) -> date | None:
    """The date typed in ``field``, None when it was left empty, or a refusal that says
    how to write it."""
    value = (text or "").strip()
    if not value:
        return None
    uk, iso = _UK.fullmatch(value), _ISO.fullmatch(value)
    try:
        if uk:
            return date(int(uk.group(3)), int(uk.group(2)), int(uk.group(1)))
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        raise InvalidInput(f"{value} is not a date in the calendar: check the {field}.") \
            from None
    raise InvalidInput(f"Write the {field} as DD/MM/YYYY, e.g. 01/06/1985.")
