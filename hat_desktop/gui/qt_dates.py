"""Dates between Python and Qt's date edits, in one place (PySide6 converts a ``date`` at run
time but its stubs do not say so, and ``QDate.toPython()`` is typed as ``object``)."""

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    """The QDate of a calendar day, for a date edit."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """The calendar day a date edit shows."""
    return date(value.year(), value.month(), value.day())
