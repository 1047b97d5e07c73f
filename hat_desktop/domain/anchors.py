"""Chain heads printed on paper: an anchor outside the register file.

Someone holding the key can rewrite a whole hash chain consistently (every hash
recomputed), which the file alone cannot reveal. The newest entry of every chain — its
number and the first digits of its hash — printed on the signed end-of-day summary pins
the chain as it was: a rewritten or rolled-back chain no longer has that entry with that
hash. The code (text of the QR) is::

    HATHEADS1|<register id, 8 chars>|<chain>:<entry number>:<16 hex digits>|...

where a chain is a register section's code, ``AUDIT`` (the audit log), ``RECORDS`` (the
seals of every other clinical record) or another whole-table ledger's name in capitals
(``TREATMENT_EPISODES``).
"""

import re
from dataclasses import dataclass

from hat_desktop.domain.errors import InvalidInput

PREFIX = "HATHEADS1"
DIGITS = 16  # 64 bits of each hash: beyond anyone's reach to match by trying
AUDIT = "AUDIT"
RECORDS = "RECORDS"
_HEAD = re.compile(r"([A-Z0-9][A-Z0-9_-]*):(\d{1,12}):([0-9a-f]{" + str(DIGITS) + "})")


@dataclass(frozen=True)
class ChainHead:
    chain: str  # a section code, AUDIT or RECORDS
    seq: int  # the newest entry's number in its chain (0: the chain is empty)
    digest: str  # its hash (the full hash when read from the register)

    @property
    def short(self) -> str:
        return self.digest[:DIGITS]

    def describe(self) -> str:
        """How the printed page and verify-anchor name the chain."""
        if self.chain == AUDIT:
            return "the audit log"
        if self.chain == RECORDS:
            return "the chain of clinical records"
        if "_" in self.chain:  # a whole-table chain (section codes are letters and digits)
            return "the " + self.chain.lower().replace("_", " ")
        return f"register section {self.chain}"


@dataclass(frozen=True)
class AnchorCode:
    register_prefix: str
    heads: tuple[ChainHead, ...]


def anchor_text(register_id: str, heads: tuple[ChainHead, ...]) -> str:
    parts = [f"{h.chain}:{h.seq}:{h.short}" for h in heads if h.seq > 0]
    return "|".join([PREFIX, register_id[:8], *parts])


def parse_anchor(text: str) -> AnchorCode:
    """The code printed on a day summary; InvalidInput in the user's words if it is not."""
    parts = text.strip().split("|")
    bad = InvalidInput("This is not a chain-head code from a HAT Desktop day summary (it "
                       f"starts {PREFIX}| and lists each chain as NAME:number:16 hex digits).")
    if len(parts) < 3 or parts[0] != PREFIX or not re.fullmatch(r"[0-9a-f-]{8}", parts[1]):
        raise bad
    heads = []
    for part in parts[2:]:
        match = _HEAD.fullmatch(part)
        if match is None:
            raise bad
        heads.append(ChainHead(match.group(1), int(match.group(2)), match.group(3)))
    return AnchorCode(parts[1], tuple(heads))
