"""The code printed (as a QR code and as small text) on every register page.

    HATREG2:<section>:<page>:<first No.>:<last No.>:<section's last No. when printed>:<hash>

The numbers are the entries' numbers in their section (as printed in the "No." column);
the page is the section's fixed page number (as in a bound book); the section's last
number at the time of printing tells which corrections and prints came later; the hash
is the SHA-256 chain hash stored with the last entry on the sheet, in capitals.

Pages printed before entry numbers were per section carry the older code,
``HATREG1:<section>:<first entry id>:<last entry id>:<hash>``, still accepted.

Only capital letters, digits and colons: the QR code's compact alphanumeric mode holds
it, and a person can type it from the paper into `hat-desktop verify-page`.
"""

import re
from dataclasses import dataclass

from hat_desktop.domain.errors import InvalidInput

PREFIX = "HATREG2"
OLD_PREFIX = "HATREG1"
_NUMBER = r"[:|]([0-9]{1,12})"
_V2 = re.compile(r"HATREG2[:|]([A-Z0-9]{2,12})" + _NUMBER * 4 + r"[:|]([0-9A-F]{64})")
_V1 = re.compile(r"HATREG1[:|]([A-Z0-9]{2,12})" + _NUMBER * 2 + r"[:|]([0-9A-F]{64})")


@dataclass(frozen=True)
class PageCode:
    section_code: str
    first: int  # the first entry's number in its section (its id on a HATREG1 page)
    last: int
    chain_hash: str  # lower case, as stored
    page: int = 0  # the section's page number (0: a HATREG1 page, which had none)
    head: int = 0  # the section's last entry number when the page was printed

    @property
    def by_id(self) -> bool:
        """A HATREG1 page: ``first`` and ``last`` are register-wide entry ids."""
        return self.page == 0

    @property
    def text(self) -> str:
        if self.by_id:
            return (f"{OLD_PREFIX}:{self.section_code}:{self.first}:{self.last}:"
                    f"{self.chain_hash.upper()}")
        return (f"{PREFIX}:{self.section_code}:{self.page}:{self.first}:{self.last}:"
                f"{self.head}:{self.chain_hash.upper()}")


def parse_page_code(text: str) -> PageCode:
    """The code read from a printed page (spaces and case forgiven), or a refusal."""
    cleaned = re.sub(r"\s+", "", text or "").upper()
    v2, v1 = _V2.fullmatch(cleaned), _V1.fullmatch(cleaned)
    if v2 is not None:
        code, page, first, last, head, digest = v2.groups()
        found = PageCode(code, int(first), int(last), digest.lower(), int(page), int(head))
        if not 1 <= found.page or found.head < found.last:
            raise InvalidInput("That register page code is mistyped: its page or entry "
                               "numbers cannot be right.")
    elif v1 is not None:
        code, first, last, digest = v1.groups()
        found = PageCode(code, int(first), int(last), digest.lower())
    elif not cleaned.startswith(("HATREG2", "HATREG1")):
        raise InvalidInput(
            "That is not a register page code: it starts with HATREG2 (or HATREG1 on older "
            "pages), as printed beside the QR code at the foot of each register page."
        )
    else:
        raise InvalidInput(
            "That register page code is incomplete or mistyped: it has seven parts separated "
            "by colons, HATREG2:SECTION:PAGE:FIRST:LAST:LATEST: and a 64-character hash."
        )
    if found.first > found.last:
        raise InvalidInput("That register page code is mistyped: its first entry number is "
                           "after its last.")
    return found
