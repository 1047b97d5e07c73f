"""Prescriptions: versioned (a change is a new version; the old one is never edited).

A version holds one or more *lines* (issue 16): each line is one product (one or more
register sections of one drug and form: diamorphine ampoules of either strength, oral
methadone...), given by one route, at a dose for each session it applies to (the
sessions' doses may differ), supervised or taken home, with an optional most per
injection and, for injectables, whether the groin may be used. The daily maximum applies
per drug: the most written on a line of that drug, or else the sum of the drug's lines.
Versions written before lines existed became one line each (schema 10)."""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from hat_desktop.domain.attendance import AttendanceEvent
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date

MAX_DOSE_MG = 1000  # per session; above any HAT prescription (a typing error)
MAX_PRESCRIPTION_DAYS = 366
MAX_LINES = 6


class Route(StrEnum):
    IV = "iv"
    IM = "im"
    SC = "sc"
    ORAL = "oral"

    @property
    def label(self) -> str:
        return {Route.IV: "IV (into a vein)", Route.IM: "IM (into a muscle)",
                Route.SC: "SC (under the skin)", Route.ORAL: "oral"}[self]

    @property
    def short(self) -> str:
        return "oral" if self is Route.ORAL else self.value.upper()

    @property
    def injected(self) -> bool:
        return self is not Route.ORAL


def routes_for_form(form: str) -> frozenset[Route]:
    """The routes a register section's form allows: an oral form is taken by mouth; an
    injection is given IV, IM or SC."""
    text = form.lower()
    if "inject" in text:
        return frozenset({Route.IV, Route.IM, Route.SC})
    if any(word in text for word in ("oral", "tablet", "capsule", "mixture", "linctus")):
        return frozenset({Route.ORAL})
    return frozenset(Route)


@dataclass(frozen=True)
class PrescriptionLine:
    """One product of a prescription version, as the prescriber wrote it."""

    position: int  # 1, 2, ... within the version
    drug: str
    section_ids: tuple[int, ...]
    route: Route
    doses: tuple[tuple[int, int], ...]  # (session, mg), by session
    take_home: bool = False
    max_per_injection_mg: int | None = None
    groin_allowed: bool = False
    daily_max_mg: int | None = None
    # (session, mg) a titration plan allows on top of the session's dose, as a top-up after
    # observation (never written by the prescriber on the line: domain.titration.effective)
    top_ups: tuple[tuple[int, int], ...] = ()

    @property
    def sessions(self) -> frozenset[int]:
        return frozenset(s for s, _ in self.doses)

    def dose_for(self, session: int) -> int | None:
        return next((mg for s, mg in self.doses if s == session), None)

    def session_amount(self, session: int) -> int:
        """The most of this line in ``session``, its injections together: the session's
        dose, plus a titration plan's top-up allowance."""
        return (self.dose_for(session) or 0) + next(
            (mg for s, mg in self.top_ups if s == session), 0)

    @property
    def day_total_mg(self) -> int:
        return sum(mg for _, mg in self.doses)

    @property
    def doses_text(self) -> str:
        """"200 mg (session 1), 150 mg (session 2)", or "200 mg (sessions 1, 2)"."""
        if len({mg for _, mg in self.doses}) == 1:
            listed = ", ".join(str(s) for s, _ in self.doses)
            word = "session" if len(self.doses) == 1 else "sessions"
            return f"{self.doses[0][1]} mg ({word} {listed})"
        return ", ".join(f"{mg} mg (session {s})" for s, mg in self.doses)

    @property
    def label(self) -> str:
        how = "take-home" if self.take_home else "supervised"
        text = f"{self.drug}, {self.route.short}, {self.doses_text}, {how}"
        if self.max_per_injection_mg:
            text += f", at most {self.max_per_injection_mg} mg per injection"
        if self.groin_allowed:
            text += ", groin site permitted"
        if self.daily_max_mg:
            text += f", at most {self.daily_max_mg} mg a day"
        return text


def drug_key(drug: str) -> str:
    """Drugs compare without case or spacing differences ("Methadone  HCl")."""
    return " ".join(drug.lower().split())


def daily_limit_of(lines: Iterable[PrescriptionLine], drug: str) -> int:
    """The most of ``drug`` in one clinic day under ``lines``: the daily maximum written on
    a line of that drug (the lowest, if several), or else the sum of its lines' doses."""
    mine = [ln for ln in lines if drug_key(ln.drug) == drug_key(drug)]
    written = [ln.daily_max_mg for ln in mine if ln.daily_max_mg]
    return min(written) if written else sum(ln.day_total_mg for ln in mine)


@dataclass(frozen=True)
class Prescription:
    id: int
    patient_id: int
    version: int
    drug: str
    dose_mg: int
    sessions: frozenset[int]
    daily_max_mg: int | None
    start_date: date
    end_date: date
    prescriber_id: int
    prescriber_name: str
    prescriber_licence: str
    section_ids: tuple[int, ...]
    notes: str
    change_reason: str | None
    created_at: datetime
    lines: tuple[PrescriptionLine, ...] = field(default_factory=tuple)

    def lines_due(self, session: int) -> tuple[PrescriptionLine, ...]:
        """The lines with a dose in ``session``."""
        return tuple(line for line in self.lines if line.dose_for(session) is not None)

    def line(self, position: int) -> PrescriptionLine | None:
        return next((line for line in self.lines if line.position == position), None)

    @property
    def drugs(self) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for line in self.lines:
            seen.setdefault(drug_key(line.drug), line.drug)
        return tuple(seen.values())

    def daily_limit_for(self, drug: str) -> int:
        """The most of ``drug`` that may be given (supplied included) in one clinic day: the
        daily maximum written on its lines, or else the sum of its lines' doses."""
        return daily_limit_of(self.lines, drug)

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date

    def ending_soon(self, today: date, warn_days: int) -> int | None:
        """The days left when the prescription ends within ``warn_days`` (the clinic's
        expiry warning), so that the prescriber is asked to renew it; None otherwise."""
        days_left = (self.end_date - today).days
        return days_left if 0 <= days_left < warn_days else None

    @property
    def dose_text(self) -> str:
        """Short: "150 mg", or "Diamorphine 200/150 mg IV + Methadone 30 mg oral, take-home"."""
        if not self.lines or self.one_plain_line:
            return f"{self.dose_mg} mg"
        return " + ".join(
            f"{ln.drug.split()[0]} {'/'.join(str(mg) for _, mg in ln.doses)} mg {ln.route.short}"
            + (", take-home" if ln.take_home else "") for ln in self.lines)

    @property
    def one_plain_line(self) -> bool:
        """One supervised injection, the same dose in every session: as before lines."""
        if len(self.lines) != 1:
            return False
        line = self.lines[0]
        return (line.route.injected and not line.take_home and not line.groin_allowed
                and not line.max_per_injection_mg and len({mg for _, mg in line.doses}) == 1)

    def as_lines(self) -> tuple[PrescriptionLine, ...]:
        """Its lines; a version held without them (none should be left since schema 10) is
        one supervised IV line of its drug, its dose in each of its sessions."""
        if self.lines:
            return self.lines
        return (PrescriptionLine(1, self.drug, self.section_ids, Route.IV,
                                 tuple((s, self.dose_mg) for s in sorted(self.sessions))),)

    @property
    def single_dose_mg(self) -> int | None:
        """The one dose of a version of one line with the same dose in every session (None:
        several lines or session doses, which no one figure describes): the one figure a
        note can name for it."""
        lines = self.as_lines()
        if len(lines) != 1 or len({mg for _, mg in lines[0].doses}) != 1:
            return None
        return lines[0].doses[0][1]

    @property
    def per_session_text(self) -> str:
        """Its doses for a list of holds: "90 mg per session", or each line's doses."""
        if not self.lines or self.one_plain_line:
            return f"{self.dose_mg} mg per session"
        return self.dose_text

    @property
    def daily_limit_mg(self) -> int:
        """The most of the first line's drug that may be given in one clinic day."""
        if self.lines:
            return self.daily_limit_for(self.lines[0].drug)
        return self.daily_max_mg or self.dose_mg * len(self.sessions)

    @property
    def summary(self) -> str:
        if self.lines and not self.one_plain_line:
            text = "; ".join(line.label for line in self.lines)
            return (f"{text}; {format_date(self.start_date)} to "
                    f"{format_date(self.end_date)}")
        sessions = ", ".join(str(s) for s in sorted(self.sessions))
        text = (f"{self.drug} {self.dose_mg} mg per session (session {sessions}), "
                f"{format_date(self.start_date)} to {format_date(self.end_date)}")
        if self.daily_max_mg:
            text += f", at most {self.daily_max_mg} mg a day"
        return text


def current_version(versions: list[Prescription], day: date, before: datetime
                    ) -> Prescription | None:
    """The version in force on ``day`` as known at ``before``: the newest version that
    covers the day and had been written by then."""
    best = None
    for rx in versions:
        if (rx.covers(day) and rx.created_at < before
                and (best is None or rx.version > best.version)):
            best = rx
    return best


def change_days(versions: Sequence[Prescription]) -> list[date]:
    """The days on which the versions covering a day may change, in order: each day a
    version starts and each day after one ends (none after an open-ended one)."""
    return sorted({rx.start_date for rx in versions}
                  | {rx.end_date + timedelta(days=1) for rx in versions
                     if rx.end_date < date.max})


class CoveringVersions:
    """The versions (of ``versions``, in their order) that cover a day, for a walk through
    many days: ``on(day)`` is ``[rx for rx in versions if rx.covers(day)]``, filtered again
    only when the day is in another stretch between the days a version starts or the days
    after one ends (the list stays the same within such a stretch)."""

    def __init__(self, versions: Sequence[Prescription]) -> None:
        self._versions = list(versions)
        self._changes = change_days(versions)
        self._from = date.max  # the stretch [_from, _until) that _found is for: none yet
        self._until = date.min
        self._found: list[Prescription] = []

    def on(self, day: date) -> list[Prescription]:
        if not self._from <= day < self._until:
            at = bisect_right(self._changes, day)
            self._from = self._changes[at - 1] if at else date.min
            self._until = self._changes[at] if at < len(self._changes) else date.max
            self._found = [rx for rx in self._versions if rx.covers(day)]
        return self._found


# --- comparing the doses of two versions -----------------------------------------------------
# One rule for "what changed in the doses" (the dose-change notes of the board and the
# check-in card) and for "is this lower" (a re-titration after a hold): the doses are
# compared per drug, route and session, over every line. ``Prescription.dose_mg`` (the
# first line's largest dose) is never THE dose of a prescription of several lines or of
# different session doses.


@dataclass(frozen=True)
class DoseDifference:
    """One drug, route and session whose dose differs between two versions (the mg of the
    lines of that drug and route added together)."""

    drug: str
    route: Route
    session: int
    before_mg: int | None  # None: not prescribed before (a new line, drug, route or session)
    after_mg: int | None  # None: no longer prescribed
    position: int | None  # the newer version's line (None: stopped)

    @property
    def higher(self) -> bool:
        return self.after_mg is not None and (self.before_mg is None
                                              or self.after_mg > self.before_mg)

    @property
    def lower(self) -> bool:
        return self.before_mg is not None and (self.after_mg is None
                                               or self.after_mg < self.before_mg)

    @property
    def short(self) -> str:
        """'Diamorphine IV session 2: 150 → 120 mg', '... new, 30 mg', '... 30 mg stopped'."""
        head = f"{self.drug.split()[0]} {self.route.short} session {self.session}"
        if self.before_mg is None:
            return f"{head}: new, {self.after_mg} mg"
        if self.after_mg is None:
            return f"{head}: {self.before_mg} mg stopped"
        return f"{head}: {self.before_mg} → {self.after_mg} mg"

    @property
    def raise_words(self) -> str:
        """The raise, as a re-titration's refusal names it."""
        line = f"line {self.position}" if self.position is not None else "a line"
        where = f"{line} ({self.drug}, {self.route.short}) in session {self.session}"
        if self.before_mg is None:
            return f"{where}: {self.after_mg} mg, not prescribed before"
        return f"{where}: {self.after_mg} mg, above the previous {self.before_mg} mg"


_DoseKey = tuple[str, Route, int]


def _session_doses(lines: Sequence[PrescriptionLine]
                   ) -> dict[_DoseKey, tuple[int, str, int]]:
    """(drug, route, session) -> (mg of its lines together, drug as written, first line)."""
    found: dict[_DoseKey, tuple[int, str, int]] = {}
    for line in lines:
        for session, mg in line.doses:
            key = (drug_key(line.drug), line.route, session)
            before = found.get(key)
            found[key] = ((before[0] + mg, before[1], before[2]) if before
                          else (mg, line.drug, line.position))
    return found


def dose_differences(before: Sequence[PrescriptionLine], after: Sequence[PrescriptionLine]
                     ) -> tuple[DoseDifference, ...]:
    """Every drug, route and session whose dose differs from ``before`` to ``after``: in
    the order of ``after``'s lines and sessions, then what ``after`` no longer gives."""
    old, new = _session_doses(before), _session_doses(after)
    found = [DoseDifference(drug, key[1], key[2], old[key][0] if key in old else None, mg,
                            position)
             for key, (mg, drug, position) in new.items()
             if key not in old or old[key][0] != mg]
    found.sort(key=lambda d: (d.position or 0, d.session))
    found += [DoseDifference(drug, key[1], key[2], mg, None, None)
              for key, (mg, drug, _) in old.items() if key not in new]
    return tuple(found)


def _same_product(before: Sequence[PrescriptionLine], after: Sequence[PrescriptionLine]
                  ) -> bool:
    return (len(before) == len(after) == 1 and before[0].route is after[0].route
            and drug_key(before[0].drug) == drug_key(after[0].drug))


def dose_change_words(before: Prescription, after: Prescription) -> str:
    """What changed in the doses, for the board and the check-in card: "180 → 150 mg" for a
    version of one line with one dose (as before, in the same sessions), else every drug,
    route and session that changed ("Diamorphine IV session 2: 150 → 120 mg; Methadone
    oral session 1: new, 30 mg"). Empty when no dose changed."""
    old, new = before.as_lines(), after.as_lines()
    found = dose_differences(old, new)
    if not found:
        return ""
    was, now = before.single_dose_mg, after.single_dose_mg
    if (was is not None and now is not None and _same_product(old, new)
            and old[0].sessions == new[0].sessions):
        return f"{was} → {now} mg"
    return "; ".join(d.short for d in found)


def _most_per_injection(lines: Sequence[PrescriptionLine]
                        ) -> dict[_DoseKey, tuple[int, str, bool]]:
    """(drug, route, session) -> the most its injected lines allow in one injection in that
    session, and that in words, and whether it was written: the most per injection written
    on a line, or else the line's dose for the session (a first injection is held to it)."""
    found: dict[_DoseKey, tuple[int, str, bool]] = {}
    for line in lines:
        for session in sorted(line.sessions) if line.route.injected else ():
            key = (drug_key(line.drug), line.route, session)
            if _per_injection(line, session) > found.get(key, (0, ""))[0]:
                found[key] = (_per_injection(line, session), _injection_words(line, session),
                              bool(line.max_per_injection_mg))
    return found


def _per_injection(line: PrescriptionLine, session: int) -> int:
    return line.max_per_injection_mg or line.dose_for(session) or 0


def _injection_words(line: PrescriptionLine, session: int) -> str:
    """'250 mg', or '250 mg (none written: the session's dose)'."""
    if line.max_per_injection_mg:
        return f"{line.max_per_injection_mg} mg"
    return f"{_per_injection(line, session)} mg (none written: the session's dose)"


def _sessions_words(sessions: Sequence[int]) -> str:
    """'session 2', 'sessions 1, 2'."""
    listed = ", ".join(str(s) for s in sessions)
    return f"session {listed}" if len(sessions) == 1 else f"sessions {listed}"


def _written_daily(lines: Sequence[PrescriptionLine], drug: str) -> bool:
    return any(ln.daily_max_mg for ln in lines if drug_key(ln.drug) == drug_key(drug))


def _daily_words(lines: Sequence[PrescriptionLine], drug: str) -> str:
    """'900 mg', or '400 mg (none written: its doses added up)'."""
    mg = daily_limit_of(lines, drug)
    if _written_daily(lines, drug):
        return f"{mg} mg"
    return f"{mg} mg (none written: its doses added up)"


def retitration_widenings(before: Sequence[PrescriptionLine],
                          after: Sequence[PrescriptionLine]) -> tuple[str, ...]:
    """What ``after`` widens beyond ``before`` other than a session's dose, each in the
    prescriber's words: a drug's daily maximum higher (as the day is capped: the lowest
    written on its lines, or else its doses added up), the most in one injection higher
    (per drug, injected route and session: the most per injection written, or else the
    session's dose; a session capped lower may not take another session's higher cap), or
    more of a drug, route and session to be taken home unsupervised.
    After days without a dose each is an overdose risk. A groin permission is not among
    them: it changes where an injection goes, not how much reaches the patient, and its
    risks do not grow with a hold."""
    found: list[str] = []
    old_doses = _session_doses(before)
    old_home = _session_doses([ln for ln in before if ln.take_home])
    old_most = _most_per_injection(before)
    new_doses = _session_doses(after)
    for line in after:
        # each session of the line whose most per injection is higher, grouped by the same
        # words (the line's sessions with the same maximum before and after: one phrase)
        higher: dict[tuple[str, str], list[int]] = {}
        for session in sorted(line.sessions) if line.route.injected else ():
            key = (drug_key(line.drug), line.route, session)
            was = old_most.get(key)
            if was is None:
                continue  # a session not prescribed before: the dose rule names it
            now, words = _per_injection(line, session), _injection_words(line, session)
            written = bool(line.max_per_injection_mg)
            dose = line.dose_for(session) or 0
            if not was[2] and now > dose:
                # none written before, and written now above the session's dose: one
                # injection is held to the dose, as it was before
                now, words = dose, f"{dose} mg (the session's dose, under the {now} mg written)"
                written = False
            # neither written: the session's dose, which the dose rule refuses when it
            # raises the session; not when lines were merged (100 + 100 mg as one 150 mg)
            raised = new_doses[key][0] > old_doses.get(key, (0,))[0]
            if now > was[0] and (was[2] or written or not raised):
                higher.setdefault((words, was[1]), []).append(session)
        for (now_words, was_words), sessions in higher.items():
            found.append(f"line {line.position} ({line.drug}, {line.route.short}) in "
                         f"{_sessions_words(sessions)}: most per injection {now_words}, above "
                         f"the previous {was_words}")
    new_home = _session_doses([ln for ln in after if ln.take_home])
    for key, (mg, name, position) in new_home.items():
        home = old_home.get(key, (0, name, 0))[0]
        if key not in old_doses or old_doses[key][0] == home:
            continue  # not prescribed before, or all taken home: the dose rule compares it
        if mg > home:
            where = f"line {position} ({name}, {key[1].short}) in session {key[2]}"
            found.append(f"{where}: {mg} mg taken home, supervised before" if not home
                         else f"{where}: {mg} mg taken home, above the previous {home} mg "
                         "(the rest supervised)")
    old_drugs = {drug_key(ln.drug) for ln in before}
    for drug in {drug_key(ln.drug): ln.drug for ln in after}.values():
        # neither written: the doses added up, which the dose rule compares
        if (drug_key(drug) in old_drugs and (_written_daily(before, drug)
                                            or _written_daily(after, drug))
                and daily_limit_of(after, drug) > daily_limit_of(before, drug)):
            found.append(f"the daily maximum of {drug}: {_daily_words(after, drug)}, above "
                         f"the previous {_daily_words(before, drug)}")
    return tuple(found)


def retitration_refusal(before: Prescription, after: Sequence[PrescriptionLine]) -> str | None:
    """Why ``after`` is no re-titration after a hold (None: it is one): after days without a
    dose, no line's dose for any session may be higher than ``before``'s (the lines of one
    drug and route together; a new drug, route or session counts as higher), nothing else
    may be widened (retitration_widenings: a daily maximum, the most in one injection, a
    supervised dose taken home), and at least one dose still given must be lower: stopping a
    session's or a line's dose leaves each injection that is still given as big as before,
    which is the risk after days without a dose ("Resume the same dose" is the decision for
    keeping the doses)."""
    old = before.as_lines()
    found = dose_differences(old, after)
    raised = [d.raise_words for d in found if d.higher]
    widened = list(retitration_widenings(old, after))
    was = before.single_dose_mg
    # one dose before and after, in the same sessions: "lower than the previous X mg" says
    # it all (a session added is a raise of its own, named as such)
    plain = (was is not None and len(after) == 1 and _same_product(old, after)
             and old[0].sessions == after[0].sessions)
    if widened:
        return ("A re-titration after a hold may not widen what may be given: "
                + "; ".join(raised + widened) + ". Keep each as it was, or lower it.")
    if raised and not plain:
        return ("A re-titration after a hold may not raise any dose: "
                + "; ".join(raised) + ". Lower it, or keep it as it was.")
    if raised or not any(d.lower and d.after_mg is not None for d in found):
        if plain:
            return f"A re-titration dose must be lower than the previous {was} mg."
        if any(d.lower for d in found):  # only stopped
            return ("A re-titration after a hold must lower a dose that is still given: "
                    "stopping a session's or a line's dose leaves the others as big as in "
                    f"version {before.version} ({before.dose_text}).")
        return ("A re-titration after a hold must lower at least one dose: every dose is as "
                f"in version {before.version} ({before.dose_text}).")
    return None


def raises_over(before: Sequence[PrescriptionLine], after: Sequence[PrescriptionLine]
                ) -> tuple[str, ...]:
    """What ``after`` gives beyond ``before``, each in the prescriber's words: a dose of a
    drug, route and session higher (or new), and what retitration_widenings names. Empty
    when ``after`` gives nothing more than ``before``."""
    return (tuple(d.raise_words for d in dose_differences(before, after) if d.higher)
            + retitration_widenings(before, after))


@dataclass(frozen=True)
class RaiseAhead:
    """A stretch of days (``first`` to ``last``) with one version in force that gives more
    than a dose (``found``: what, in the prescriber's words: raises_over)."""

    version: Prescription
    first: date
    last: date
    found: tuple[str, ...]


def raises_ahead(versions: Sequence[Prescription], lines: Sequence[PrescriptionLine],
                 from_day: date) -> list[RaiseAhead]:
    """Every stretch of days from ``from_day`` on whose version in force (the newest of
    ``versions`` covering the day) gives more than ``lines`` (raises_over), in the order of
    the days: the one walk of "would a version come into force above this dose" ("Resume
    the same dose" from today, a re-titration from the day after it ends). The days are
    walked where the version in force may change: ``from_day``, and the change_days after
    it."""
    days = [from_day, *(d for d in change_days(versions) if d > from_day)]
    found: list[RaiseAhead] = []
    for day, until in zip(days, [*days[1:], None], strict=True):
        rx = max((v for v in versions if v.covers(day)), key=lambda v: v.version,
                 default=None)
        more = raises_over(lines, rx.as_lines()) if rx is not None else ()
        if rx is not None and more:
            last = until - timedelta(days=1) if until is not None else rx.end_date
            found.append(RaiseAhead(rx, day, last, more))
    return found


def resume_refusal(versions: Sequence[Prescription], held: Prescription | None,
                   today: date) -> str | None:
    """Why "Resume the same dose" may not lift a hold (None: it may). Resuming keeps the
    versions as written (all of ``versions``), so from ``today`` on each version that comes
    into force is given at once; ``held`` is the version the patient was on when the hold
    began. A version giving more than that (raises_over), written before the hold to start
    later or during it, would be a dose the patient has never had, given after days without
    a dose with no titration: refused, naming the first such version and the day it is
    given from (its start, when it is in force today)."""
    old = held.as_lines() if held is not None else ()
    ahead = raises_ahead(versions, old, today)
    if not ahead:
        return None
    rx, found = ahead[0].version, ahead[0].found
    given_from = rx.start_date if ahead[0].first == today else ahead[0].first
    text = (f'"Resume the same dose" would give version {rx.version} '
            f"({rx.per_session_text}) from {format_date(given_from)}, which the "
            "patient has never had")
    if held is None:
        text += ": when the hold began they had no prescription in force."
    else:
        if not one_plain_dose(old, rx.as_lines()):
            text += " (" + "; ".join(found) + ")"
        text += (f": when the hold began they were on version {held.version} "
                 f"({held.per_session_text}).")
    return (text + " After days without a dose, re-titrate instead: a reduced dose, or "
            "a titration plan up to the new dose.")


def one_plain_dose(before: Sequence[PrescriptionLine], after: Sequence[PrescriptionLine]
                    ) -> bool:
    """One line before and after, of one product, one dose in the same sessions: "X mg"
    says all there is to compare."""
    return (_same_product(before, after) and before[0].sessions == after[0].sessions
            and len({mg for _, mg in before[0].doses}) == 1
            and len({mg for _, mg in after[0].doses}) == 1)


def retitration_safe_end(versions: Sequence[Prescription], lines: Sequence[PrescriptionLine],
                         start: date) -> date | None:
    """The day a re-titration after a hold (``lines``, from ``start``) must run until for no
    version giving more than it (raises_ahead) to be in force after it ends: the last day
    one would be. None when none would from ``start`` on, or when that is further than a
    prescription may run (MAX_PRESCRIPTION_DAYS: a titration plan instead). The one rule of
    retitration_end_refusal, and the end date the hold review fills in."""
    ahead = raises_ahead(versions, lines, start)
    if not ahead:
        return None
    last = ahead[-1].last
    return last if DateRange(start, last).days <= MAX_PRESCRIPTION_DAYS else None


def retitration_end_refusal(versions: Sequence[Prescription],
                            lines: Sequence[PrescriptionLine], start: date, end: date
                            ) -> str | None:
    """Why a re-titration after a hold (``lines``, ``start`` to ``end``) may not end then
    (None: it may). It is the newest version; when it ends, the newest of ``versions``
    covering the next day is in force again. One giving more than the re-titration (raises_over: the
    version the patient was on before the hold, or a raise written to run longer) would be
    given with no review and no titration to a patient re-titrated after days without a
    dose: refused, naming the first such version, the day it would be given from, and the
    last day one would be (the re-titration may run until then, at most a year)."""
    ahead = raises_ahead(versions, lines, end + timedelta(days=1))
    if not ahead:
        return None
    first, last = ahead[0], ahead[-1]
    rx = first.version
    if one_plain_dose(lines, rx.as_lines()):
        more = f"more than the re-titration's {lines[0].doses[0][1]} mg"
    else:
        more = "more than the re-titration gives (" + "; ".join(first.found) + ")"
    text = (f"When this re-titration ends on {format_date(end)}, version {rx.version} "
            f"({rx.per_session_text}) would be given from {format_date(first.first)}, "
            f"{more}, with no titration")
    # the stretches from ``start`` end where those from the day after ``end`` do
    until = retitration_safe_end(versions, lines, start)
    if until is None:
        return (text + ", and a re-titration runs for at most a year: re-titrate with a "
                "titration plan instead.")
    when = (f"when version {last.version.version} ends"
            if until == last.version.end_date else
            f"the last day version {last.version.version} would be given")
    return (text + f": let the re-titration run until {format_date(until)} ({when}), "
            "or re-titrate with a titration plan instead.")


RETITRATION_LIMITS = ("no daily maximum or most per injection may be higher, nor a "
                      "supervised dose taken home")


def retitration_hint(current: Prescription) -> str:
    """The rule of a re-titration, for the prescriber typing one."""
    was = current.single_dose_mg
    if was is not None:
        return f"Lower than the previous {was} mg per session; {RETITRATION_LIMITS}."
    return (f"Lower than now ({current.dose_text}): no line's dose for any session may be "
            f"higher, nor a drug, route or session added; {RETITRATION_LIMITS}.")


def changed_from(rx: Prescription | None, versions: Sequence[Prescription],
                 doses: Iterable[AttendanceEvent]) -> Prescription | None:
    """The version (of ``versions``, oldest first) whose doses ``rx`` changed (any line's
    dose for any session: dose_differences), as long as none of ``doses`` was given under
    ``rx``: the next dose is the first at the new dose. None when there is no change to
    point out."""
    if rx is None or rx.version == 1:
        return None
    earlier = [v for v in versions if v.version < rx.version]
    if not earlier or not dose_differences(earlier[-1].as_lines(), rx.as_lines()):
        return None
    if any(d.prescription_id == rx.id for d in doses):
        return None
    return earlier[-1]


@dataclass(frozen=True)
class LineInput:
    """One line as the prescriber types it. ``doses``: (session, mg) pairs; a session
    left blank or 0 is not in the line. ``route`` None: the section's only route, or IV."""

    section_ids: tuple[int, ...]
    doses: tuple[tuple[int, int | str | None], ...]
    route: Route | str | None = None
    take_home: bool = False
    max_per_injection_mg: int | str | None = None
    groin_allowed: bool = False
    daily_max_mg: int | str | None = None

    def checked(self, where: str, session_count: int) -> "LineInput":
        """Whole numbers and known values; ``where``: "" or "Line 2: " for the messages."""
        if not self.section_ids:
            raise InvalidInput(f"{where}Choose the product (register section) to be given.")
        doses: list[tuple[int, int | str | None]] = []
        for session, mg in sorted(self.doses, key=lambda d: d[0]):
            if mg in (None, ""):
                continue
            if not 1 <= session <= session_count:
                raise InvalidInput(f"{where}The clinic has {session_count} session(s) a day; "
                                   f"there is no session {session}.")
            try:
                doses.append((session, parse_quantity(mg, "dose per session", unit="mg",
                                                      maximum=MAX_DOSE_MG)))
            except InvalidInput as e:
                raise InvalidInput(f"{where}{e}") from None
        if not doses:
            raise InvalidInput(f"{where}Choose at least one session a day.")
        if len({s for s, _ in doses}) != len(doses):
            raise InvalidInput(f"{where}A session has two doses; give one dose per session.")
        route = None
        if self.route not in (None, ""):
            if self.route not in set(Route):
                raise InvalidInput(f"{where}Choose the route: IV, IM, SC or oral.")
            route = Route(self.route)
        per_injection = None
        if self.max_per_injection_mg not in (None, "", 0):
            per_injection = parse_quantity(self.max_per_injection_mg, "most per injection",
                                           unit="mg", maximum=MAX_DOSE_MG)
        daily = None
        if self.daily_max_mg not in (None, "", 0):
            daily = parse_quantity(self.daily_max_mg, "daily maximum", unit="mg",
                                   maximum=MAX_DOSE_MG * 3)
            if daily < max(int(mg or 0) for _, mg in doses):
                raise InvalidInput(f"{where}The daily maximum is less than one session's dose.")
        return LineInput(tuple(self.section_ids), tuple(doses), route, bool(self.take_home),
                         per_injection, bool(self.groin_allowed), daily)

    def line(self, position: int, drug: str, route: Route) -> PrescriptionLine:
        """The line as it is kept (``checked`` first; ``route`` decided by the service)."""
        return PrescriptionLine(position, drug, tuple(self.section_ids), route,
                                tuple((s, int(mg or 0)) for s, mg in self.doses),
                                self.take_home, _whole_or_none(self.max_per_injection_mg),
                                self.groin_allowed, _whole_or_none(self.daily_max_mg))


def _whole_or_none(value: int | str | None) -> int | None:
    return int(value) if value not in (None, "", 0) else None


def line_refusal(line: PrescriptionLine, where: str) -> str | None:
    """What is wrong with a line whose product is known (None: nothing)."""
    if line.take_home and line.route.injected:
        return (f"{where}Injectable doses are always supervised: only an oral line can be "
                "taken home.")
    if not line.route.injected and (line.max_per_injection_mg or line.groin_allowed):
        return f"{where}An oral line has no injection limit or site permission."
    return None


@dataclass(frozen=True)
class PrescriptionInput:
    """What the prescriber types: ``lines``, or (one line, as before lines existed) the
    product, the one dose for every session and the daily maximum."""

    section_ids: tuple[int, ...]
    dose_mg: int | str
    sessions: frozenset[int]
    start_date: date | None
    end_date: date | None
    daily_max_mg: int | str | None = None
    notes: str = ""
    change_reason: str = ""
    lines: tuple[LineInput, ...] = ()

    def line_inputs(self) -> tuple[LineInput, ...]:
        if self.lines:
            return self.lines
        return (LineInput(tuple(self.section_ids),
                          tuple((s, self.dose_mg) for s in sorted(self.sessions)),
                          daily_max_mg=self.daily_max_mg),)

    def checked(self, today: date, session_count: int, *, is_change: bool) -> "PrescriptionInput":
        given = self.line_inputs()
        if not self.lines:  # one line typed the old way: the old words
            if not self.section_ids:
                raise InvalidInput("Choose the product (register section) to be given.")
            parse_quantity(self.dose_mg, "dose per session", unit="mg", maximum=MAX_DOSE_MG)
            if not self.sessions:
                raise InvalidInput("Choose at least one session a day.")
            bad = [s for s in self.sessions if not 1 <= s <= session_count]
            if bad:
                raise InvalidInput(f"The clinic has {session_count} session(s) a day; there "
                                   f"is no session {bad[0]}.")
        if len(given) > MAX_LINES:
            raise InvalidInput(f"A prescription holds at most {MAX_LINES} lines.")
        many = len(given) > 1
        lines = tuple(line.checked(f"Line {n}: " if many else "", session_count)
                      for n, line in enumerate(given, start=1))
        if self.start_date is None or self.end_date is None:
            raise InvalidInput("Enter the start and end dates.")
        if self.start_date < today:
            raise InvalidInput("A prescription cannot start before today: prescriptions are "
                               "never back-dated.")
        if DateRange.checked(self.start_date, self.end_date).days > MAX_PRESCRIPTION_DAYS:
            raise InvalidInput("A prescription can run for at most a year; write a new one "
                               "after that.")
        notes = clean_text(self.notes, "notes", max_length=1000, required=False, multiline=True)
        reason = clean_text(self.change_reason, "reason for the change", max_length=300,
                            required=is_change, multiline=True)
        first = lines[0]
        sections: dict[int, None] = {}
        for line in lines:
            sections.update(dict.fromkeys(line.section_ids))
        return PrescriptionInput(
            tuple(sections), max(int(mg or 0) for _, mg in first.doses),
            frozenset(s for line in lines for s, _ in line.doses), self.start_date,
            self.end_date, first.daily_max_mg, notes, reason, lines)
