"""The evaluator's extract: which files, which columns, what each column means, and the rows.

Patients appear only under their pseudonym (domain.pseudonyms); ages only as bands. No
name, address, NHS number, date of birth, clinic number or free-text note is ever a column:
the columns are listed here, once, and the data dictionary is made from the same list.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hat_desktop.domain.agency_contacts import ACTION_LABELS, AGENCY_LABELS, Contact
from hat_desktop.domain.attendance_summary import AttendanceRow
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.domain.drug_screens import (
    OUTCOME_LABELS,
    STREET_HEROIN,
    Sample,
    Screen,
    ScreenKind,
    SubstanceResult,
    week_of,
)
from hat_desktop.domain.episodes import EXIT_LABELS, REFERRAL_LABELS, Episode, retained_at
from hat_desktop.domain.missed_doses import SessionState
from hat_desktop.domain.outcome_reviews import (
    Housing,
    NotCompletedReason,
    OutcomeReview,
    ReviewStage,
)
from hat_desktop.domain.provenance import PROVENANCE as _PROVENANCE
from hat_desktop.domain.pseudonyms import AGE_BANDS
from hat_desktop.domain.session_withholdings import NOT_RECORDED
from hat_desktop.domain.top import ITEMS, SOURCE, Kind

DICTIONARY = "data_dictionary.csv"
PSEUDONYM_MEANING = ("The patient's pseudonym: HMAC-SHA256 of the clinic number under a secret "
                     "kept inside this clinic's encrypted register (16 hex digits after 'P'). "
                     "The same patient has the same pseudonym in every extract from this "
                     "register; it cannot be reversed without the register.")


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    values: str  # the type or the codes it holds


@dataclass(frozen=True)
class ExtractFile:
    name: str
    about: str
    columns: tuple[Column, ...]


def _codes(labels: Iterable[tuple[StrEnum, str]]) -> str:
    return "; ".join(f"{k.value} = {v}" for k, v in labels)


DATE = "date, YYYY-MM-DD; empty when not recorded"
PSEUDONYM = Column("pseudonym", PSEUDONYM_MEANING, "text, 'P' and 16 hex digits")
EPISODE_NUMBER = Column("episode_number", "The patient's treatment episode: 1 for the first, "
                        "2 after a re-admission, and so on.", "whole number from 1")

EPISODES = ExtractFile("episodes.csv", "One row per treatment episode open at any time in "
                       "the period (as it stood at the period's end).", (
    PSEUDONYM, EPISODE_NUMBER,
    Column("age_band_at_start", "The patient's age at the start of the episode, in bands.",
           "; ".join(label for _low, label in AGE_BANDS)),
    Column("referral_source", "Who referred the patient.",
           _codes(REFERRAL_LABELS.items())),
    Column("referral_date", "The day the referral was received.", DATE),
    Column("assessment_date", "The day the patient was assessed.", DATE),
    Column("start_date", "The first day of treatment.", "date, YYYY-MM-DD"),
    Column("exit_date", "The last day of treatment, if it ended by the period's end.", DATE),
    Column("exit_reason", "Why treatment ended.", _codes(EXIT_LABELS.items())),
    Column("days_in_treatment", "Days from the start to the exit, or to the period's end "
           "while in treatment, both days counted.", "whole number"),
    Column("retained_26_weeks", "Still in treatment 182 days after the start (an exit on "
           "that day counts as retained); empty when the period ends before then.",
           "yes; no; empty"),
    Column("retained_12_months", "Still in treatment 365 days after the start; empty when "
           "the period ends before then.", "yes; no; empty"),
))

_ITEM_VALUES = {Kind.DAYS: "whole number of days, 0-28", Kind.SCORE: "0 (poor) to 20 (good)",
                Kind.UNITS: "UK units, 0-200", Kind.YES_NO: "yes; no",
                Kind.HOUSING: "; ".join(f"{h.value} = {h.label}" for h in Housing)}

REVIEWS = ExtractFile("reviews.csv", "One row per outcome review (Treatment Outcomes Profile "
                      "shape) dated in the period; every item counts the 28 days before the "
                      "review date. Item columns are empty when the review was not "
                      "completed.", (
    PSEUDONYM, EPISODE_NUMBER,
    Column("stage", "When in treatment the review was made.",
           "; ".join(f"{s.value} = {s.label}" for s in ReviewStage)),
    Column("review_date", "The day of the review.", "date, YYYY-MM-DD"),
    Column("days_since_start", "Days from the episode's start to the review (negative for a "
           "start review made at assessment, before treatment began).", "whole number"),
    Column("completed", "Whether the patient answered.", "yes; no"),
    Column("not_completed_reason", "Why the review was not completed.",
           "; ".join(f"{r.value} = {r.label}" for r in NotCompletedReason)),
    *(Column(item.field, f"TOP, {item.section.value}: {item.definition}"
             + (f" HAT Desktop: {item.note}" if item.note else "") + f" Source: {SOURCE}.",
             _ITEM_VALUES[item.kind]) for item in ITEMS),
))

ATTENDANCE = ExtractFile("attendance.csv", "One row per patient, clinic day, session and "
                         "prescription line due in the period at which a dose was prescribed "
                         "or an outcome recorded (a prescription of one line: one row a "
                         "session), and one more for each top-up. The rows of a session share "
                         "its state: count a session once, however many rows it has.", (
    PSEUDONYM,
    Column("day", "The clinic day (clinic local time).", "date, YYYY-MM-DD"),
    Column("session", "The session of the day.", "1, 2 or 3"),
    Column("state", "What happened at the session: dosed, withheld (a clinical decision, "
           "not a missed dose), missed (the window closed without a dose or a withholding), "
           "on_hold (not dosed: a hold after days without a dose), not_due, or a state "
           "still open when the extract was made (due, checked_in, in_observation). A "
           "withholding recorded in error is no outcome (the session is missed, or dosed); "
           "a withholding followed by a re-assessment and a dose is a dosed session. A line "
           "withheld within a dose of the session's other lines is in a dosed session: see "
           "line_withheld.",
           "dosed; withheld; missed; on_hold; not_due; due; checked_in; in_observation"),
    Column("mg_prescribed", "The dose prescribed for the session on the row's prescription "
           "line (each line has its own dose for each session).", "whole mg; empty if none"),
    Column("mg_administered", "The dose of the row's line given (0 for a line withheld "
           "within a dose).", "whole mg; empty if none"),
    Column("mg_wasted", "The unused remainder of the ampoules opened, denatured and "
           "witnessed.", "whole mg; empty if none"),
    Column("drug", "The drug of the row's prescription line: a session of a mixed regimen "
           "(injected diamorphine and methadone, say) has a row per line due, and a top-up a "
           "row of its own; mg of different drugs are never to be added together.",
           "text, e.g. Diamorphine hydrochloride"),
    Column("line_withheld", "For a prescription line withheld within a dose of the session's "
           "other lines (the session dosed, nothing of this line given): the coded reason "
           "it was withheld (its free-text note is never included). Empty on every other "
           "row; a session withheld as a whole has the state withheld and its reason in "
           "withheld_reason instead.",
           _codes((r, r.label) for r in WithholdReason)
           + f"; {NOT_RECORDED} = no reason was recorded; empty"),
    Column("withheld_reason", "For a session withheld as a whole (state withheld, on each of "
           "its rows): the coded reason of the withholding that stood as its outcome (its "
           "free-text note is never included). Empty on every other row, a line withheld "
           "within a dose included (see line_withheld): a filter on either column counts "
           "one kind of withholding only.",
           _codes((r, r.label) for r in WithholdReason)
           + f"; {NOT_RECORDED} = no reason was recorded; empty"),
))

SCREEN_NUMBER = Column("screen", "The screen's number in this extract (1, 2, 3… in the "
                       "order the samples were taken); links screen_results.csv to "
                       "screens.csv. Not kept between extracts.", "whole number from 1")
SCREENS = ExtractFile("screens.csv", "One row per drug screen (urine or oral fluid) taken "
                      "in the period.", (
    PSEUDONYM, SCREEN_NUMBER,
    Column("taken_date", "The clinic day the sample was taken (or was due, when missed).",
           "date, YYYY-MM-DD"),
    Column("week_starting", "The Monday of the week of taken_date (the weekly screen's "
           "week).", "date, YYYY-MM-DD"),
    Column("sample", "The kind of sample.", "; ".join(f"{s.value} = {s.label}"
                                                      for s in Sample)),
    Column("kind", "A screen on the patient's schedule, or one at random.",
           "; ".join(k.value for k in ScreenKind)),
    Column("supervised", "Whether the sample was given under supervision.", "yes; no"),
    Column("outcome", "Whether there are results: tested, or why not.",
           _codes(OUTCOME_LABELS.items())),
    Column("street_heroin", f"The result for the street-heroin markers ({STREET_HEROIN}: "
           "6-monoacetylmorphine, acetylcodeine; prescribed diamorphine is pure and leaves "
           "none of them). Empty when the screen was not tested. RIOTT's primary outcome "
           "was the share of weekly urines negative for street heroin.",
           "; ".join(r.value for r in SubstanceResult) + "; empty"),
))
SCREEN_RESULTS = ExtractFile("screen_results.csv", "One row per substance of each tested "
                             "screen in screens.csv, from the clinic's panel as it stood when "
                             "the screen was recorded.", (
    PSEUDONYM, SCREEN_NUMBER,
    Column("substance", "The substance, as named on the clinic's drug-screen panel (a "
           "setting; the first is always the street-heroin markers).", "text"),
    Column("result", "The result for that substance.",
           "; ".join(r.value for r in SubstanceResult)),
))
CONTACTS = ExtractFile("agency_contacts.csv", "One row per contact with a partner agency "
                       "dated in the period (notes are never included).", (
    PSEUDONYM,
    Column("contact_date", "The day of the contact (of the appointment, for one booked).",
           "date, YYYY-MM-DD"),
    Column("agency", "The kind of agency.", _codes(AGENCY_LABELS.items())),
    Column("action", "What was done.", _codes(ACTION_LABELS.items())),
    Column("at_clinic", "A booked appointment held at the HAT clinic.", "yes; no"),
))

FILES: tuple[ExtractFile, ...] = (EPISODES, REVIEWS, ATTENDANCE, SCREENS, SCREEN_RESULTS,
                                  CONTACTS)
DICTIONARY_HEADER = ("file", "column", "meaning", "values")
# The last five columns of every file of the extract (the dictionary too), and of the
# linkage file: where the file comes from, as in every CSV the app writes.
PROVENANCE: tuple[Column, ...] = tuple(Column(*c) for c in _PROVENANCE)


def dictionary_rows(files: Sequence[ExtractFile] = FILES) -> list[tuple[str, str, str, str]]:
    rows = [(DICTIONARY, c, m, "text") for c, m in (
        ("file", "The file of the extract the column is in."),
        ("column", "The column's name (its header)."),
        ("meaning", "What the column holds."),
        ("values", "Its type, or the codes it may hold."))]
    rows.extend((DICTIONARY, c.name, c.meaning, c.values) for c in PROVENANCE)
    for f in files:
        rows.append((f.name, "", f.about, ""))
        rows.extend((f.name, c.name, c.meaning, c.values) for c in (*f.columns, *PROVENANCE))
    return rows


# --- rows ------------------------------------------------------------------------------------
def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def _yes(flag: bool | None) -> str:
    return "" if flag is None else ("yes" if flag else "no")


def as_of(episode: Episode, last: date) -> Episode:
    """The episode as it stood at the end of the period: an exit after it is not shown."""
    if episode.exit is not None and episode.exit.exit_date > last:
        return Episode(episode.id, episode.patient_id, episode.number, episode.referral_source,
                       episode.referral_date, episode.assessment_date, episode.start_date, None)
    return episode


def in_period(episode: Episode, span: DateRange) -> bool:
    """Whether the episode was open on any day of ``span``."""
    return episode.start_date <= span.last and (
        episode.exit is None or episode.exit.exit_date >= span.first)


def episode_row(pseudonym: str, age_band: str, episode: Episode, last: date) -> list[str]:
    e = as_of(episode, last)
    return [pseudonym, str(e.number), age_band, e.referral_source.value,
            _iso(e.referral_date), _iso(e.assessment_date), e.start_date.isoformat(),
            _iso(e.exit.exit_date if e.exit else None), e.exit.reason.value if e.exit else "",
            str(e.days_in_treatment(last)), _yes(retained_at(e, 182, last)),
            _yes(retained_at(e, 365, last))]


def review_row(pseudonym: str, episode: Episode, review: OutcomeReview) -> list[str]:
    head = [pseudonym, str(episode.number), review.stage.value, review.review_date.isoformat(),
            str((review.review_date - episode.start_date).days), _yes(review.completed),
            review.not_completed_reason.value if review.not_completed_reason else ""]
    if review.items is None:
        return head + [""] * len(ITEMS)
    answers = review.items.as_row()
    return head + [_answer(item.kind, answers[item.field]) for item in ITEMS]


def _answer(kind: Kind, value: int | str) -> str:
    return _yes(bool(value)) if kind is Kind.YES_NO else str(value)


def attendance_row(pseudonym: str, row: AttendanceRow) -> list[str]:
    return [pseudonym, row.day.isoformat(), str(row.session), row.state,
            "" if row.mg_prescribed is None else str(row.mg_prescribed),
            "" if row.mg_administered is None else str(row.mg_administered),
            "" if row.mg_wasted is None else str(row.mg_wasted), row.drug,
            (row.withheld_code or NOT_RECORDED) if row.line_withheld else "",
            (row.withheld_code or NOT_RECORDED)
            if row.state == SessionState.WITHHELD.value and not row.line_withheld else ""]


def screen_rows(pseudonym: str, number: int, screen: Screen
                ) -> tuple[list[str], list[list[str]]]:
    """The screen's row of screens.csv and its rows of screen_results.csv."""
    heroin = screen.result(STREET_HEROIN)
    row = [pseudonym, str(number), screen.day.isoformat(), week_of(screen.day).isoformat(),
           screen.sample.value, screen.kind.value, _yes(screen.supervised),
           screen.outcome.value, heroin.value if heroin is not None else ""]
    return row, [[pseudonym, str(number), name, result.value]
                 for name, result in screen.results]


def contact_row(pseudonym: str, contact: Contact) -> list[str]:
    return [pseudonym, contact.day.isoformat(), contact.agency.value, contact.action.value,
            _yes(contact.at_clinic)]
