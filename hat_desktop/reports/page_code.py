"""The code printed (as a QR code and as small text) on every register page.

    HATREG1:<section code>:<first entry id>:<last entry id>:<chain hash after the last>

Only capital letters, digits and colons: the QR code's compact alphanumeric mode holds
it, and a person can type it from the paper into `hat-desktop verify-page`. The hash
is the SHA-256 chain hash stored with the last entry on the page, in capitals.
"""

import re
from dataclasses import dataclass

from hat_desktop.domain.errors import InvalidInput

PREFIX = "HATREG1"
_PATTERN = re.compile(
    r"HATREG1[:|]([A-Z0-9]{2,12})[:|]([0-9]{1,12})[:|]([0-9]{1,12})[:|]([0-9A-F]{64})"
)


@dataclass(frozen=True)
class PageCode:
    section_code: str
    first_entry_id: int
    last_entry_id: int
    chain_hash: str  # lower case, as stored

    @property
    def text(self) -> str:
        return (f"{PREFIX}:{self.section_code}:{self.first_entry_id}:{self.last_entry_id}:"
                f"{self.chain_hash.upper()}")


def parse_page_code(text: str) -> PageCode:
    """The code read from a printed page (spaces and case forgiven), or a refusal."""
    cleaned = re.sub(r"\s+", "", text or "").upper()
    match = _PATTERN.fullmatch(cleaned)
    if match is None:
        if not cleaned.startswith(PREFIX):
            raise InvalidInput(
                "That is not a register page code: it starts with HATREG1, as printed beside "
                "the QR code at the foot of each register page."
            )
        raise InvalidInput(
            "That register page code is incomplete or mistyped: it has five parts separated "
            "by colons, HATREG1:SECTION:FIRST:LAST: and a 64-character hash."
        )
    code, first, last, digest = match.groups()
    if int(first) > int(last):
        raise InvalidInput("That register page code is mistyped: its first entry number is "
                           "after its last.")
    return PageCode(code, int(first), int(last), digest.lower())
