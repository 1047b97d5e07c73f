"""Pseudonyms and age bands for the evaluator's extract.

A patient's pseudonym is a keyed hash (HMAC-SHA256) of their clinic number under a secret
that belongs to the register (made once, kept inside the encrypted register): the same
patient has the same pseudonym in every extract from the same register, and nobody
without the register can compute or reverse it.
"""

import hashlib
import hmac
from datetime import date

PSEUDONYM_LENGTH = 16  # hex digits of the HMAC kept: 64 bits, no collision in a clinic

# (lowest age, label), lowest first; the last band is open-ended.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "under 25"), (25, "25-34"), (35, "35-44"), (45, "45-54"), (55, "55-64"),
    (65, "65 and over"),
)


def pseudonym(secret: bytes, clinic_number: str) -> str:
    """'P' and 16 hex digits, stable for one register's secret and one clinic number."""
    if len(secret) < 32:
        raise ValueError("the pseudonym secret must be at least 256 bits")
    digest = hmac.new(secret, f"patient:{clinic_number}".encode(), hashlib.sha256)
    return "P" + digest.hexdigest()[:PSEUDONYM_LENGTH]


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def age_band(born: date, day: date) -> str:
    """The age band of someone born on ``born``, on ``day``."""
    age = age_on(born, day)
    label = AGE_BANDS[0][1]
    for lowest, name in AGE_BANDS:
        if age >= lowest:
            label = name
    return label
