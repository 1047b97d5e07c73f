"""The pages of a register section, as in a bound book: page *n* of a section always holds
the same entries, whatever period is printed and however many entries come after it.

A page holds a fixed count of consecutive entry numbers (``ENTRIES_PER_PAGE``); a page
whose entries do not fit one sheet (long addresses, footnotes added by later corrections)
continues on a further sheet headed with the same page number. Pure arithmetic."""

from dataclasses import dataclass
from enum import StrEnum

ENTRIES_PER_PAGE = 10


def page_of(number: int) -> int:
    """The page of the section that holds entry ``number`` (numbers start at 1)."""
    if number < 1:
        raise ValueError("entry numbers start at 1")
    return (number - 1) // ENTRIES_PER_PAGE + 1


@dataclass(frozen=True)
class PageSpan:
    """The pages of a section a print covers, and the entry numbers on them."""

    first_page: int
    last_page: int

    @property
    def first_number(self) -> int:
        return (self.first_page - 1) * ENTRIES_PER_PAGE + 1

    @property
    def last_number(self) -> int:
        return self.last_page * ENTRIES_PER_PAGE

    @staticmethod
    def holding(first_number: int, last_number: int) -> "PageSpan":
        """The whole pages that hold the entries ``first_number`` to ``last_number``."""
        return PageSpan(page_of(first_number), page_of(last_number))

    def label(self) -> str:
        if self.first_page == self.last_page:
            return f"page {self.first_page}"
        return f"pages {self.first_page} to {self.last_page}"


class PageVerdict(StrEnum):
    """What verify-page finds about a printed page."""

    MATCHES = "matches"  # exactly as the register holds it today
    SUPERSEDED = "superseded"  # as printed, but corrected or reprinted since
    DAMAGED = "damaged"  # the register no longer holds what the page shows
    NOT_A_PAGE = "not a page"  # the code is not a page code of this register
