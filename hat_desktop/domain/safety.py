"""Clinical safety records: the post-dose reading taken before release, and adverse events
(an overdose, a seizure...) with what was done about them. Pure values and rules: the
clinic's release thresholds, whether a reading is beyond them, whether an event puts the
patient on hold, and the safety report's rate per 1,000 injections."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hat_desktop.domain.drug_screens import NegativeShare, NegativeShares
from hat_desktop.domain.errors import InvalidInput
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.quantities import parse_quantity
from hat_desktop.domain.text import clean_text
from hat_desktop.domain.times import format_date


class SiteState(StrEnum):
    """The injection site's state at the release check."""

    NORMAL = "normal"
    BLEEDING = "bleeding"
    SWELLING = "swelling"
    PAIN = "pain"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {SiteState.NORMAL: "No problem", SiteState.BLEEDING: "Bleeding",
                SiteState.SWELLING: "Swelling or redness", SiteState.PAIN: "Painful",
                SiteState.OTHER: "Other (say in the note)"}[self]


@dataclass(frozen=True)
class ReleaseThresholds:
    """The clinic's limits for releasing a patient: SpO2 below, breathing below, sedation at
    or above them keep the patient in observation."""

    spo2_below: int = 94
    resp_rate_below: int = 10
    sedation_at: int = 2


@dataclass(frozen=True)
class Reading:
    """Oxygen saturation (%), breaths a minute, sedation score (0-3), the site's state."""

    spo2: int
    resp_rate: int
    sedation: int
    site: SiteState

    @classmethod
    def checked(cls, spo2: object, resp_rate: object, sedation: object,
                site: SiteState | str | None) -> "Reading":
        o2 = parse_quantity(spo2, "oxygen saturation (SpO2)", unit="%", minimum=50, maximum=100)
        rr = parse_quantity(resp_rate, "respiratory rate", unit="breaths a minute", minimum=0,
                            maximum=60)
        score = parse_quantity(sedation, "sedation score", minimum=0, maximum=3)
        if site not in set(SiteState):
            raise InvalidInput("Choose the state of the injection site.")
        return cls(o2, rr, score, SiteState(site))

    def beyond(self, limits: ReleaseThresholds) -> tuple[str, ...]:
        """Why this reading keeps the patient in observation (empty: within the limits)."""
        found = []
        if self.spo2 < limits.spo2_below:
            found.append(f"SpO2 {self.spo2} % (below {limits.spo2_below} %)")
        if self.resp_rate < limits.resp_rate_below:
            found.append(f"respiratory rate {self.resp_rate}/min (below "
                         f"{limits.resp_rate_below})")
        if self.sedation >= limits.sedation_at:
            found.append(f"sedation score {self.sedation} ({limits.sedation_at} or more)")
        return tuple(found)

    @property
    def text(self) -> str:
        return (f"SpO2 {self.spo2} %, RR {self.resp_rate}/min, sedation {self.sedation}, "
                f"site: {self.site.label.lower()}")


@dataclass(frozen=True)
class ObservationReading:
    """A reading as kept: append-only, one row per reading taken."""

    id: int
    patient_id: int
    dose_event_id: int
    at: datetime
    reading: Reading
    beyond: tuple[str, ...]
    by_user: int
    note: str
    released: bool = False  # taken at the release (True) or to stay in observation

    @property
    def summary(self) -> str:
        words = self.reading.text
        return words + ("; beyond the limits: " + "; ".join(self.beyond) if self.beyond else "")


# --- adverse events -----------------------------------------------------------------------
class AdverseKind(StrEnum):
    OVERDOSE = "overdose"
    SEIZURE = "seizure"
    ANAPHYLAXIS = "anaphylaxis"
    INJECTION_SITE = "injection_site"
    FALL = "fall"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {AdverseKind.OVERDOSE: "Opioid overdose / respiratory depression",
                AdverseKind.SEIZURE: "Seizure", AdverseKind.ANAPHYLAXIS: "Anaphylaxis",
                AdverseKind.INJECTION_SITE: "Injection-site problem", AdverseKind.FALL: "Fall",
                AdverseKind.OTHER: "Other"}[self]


class NaloxoneRoute(StrEnum):
    IM = "im"
    IV = "iv"
    INTRANASAL = "intranasal"
    SC = "sc"

    @property
    def label(self) -> str:
        return {NaloxoneRoute.IM: "Intramuscular (IM)", NaloxoneRoute.IV: "Intravenous (IV)",
                NaloxoneRoute.INTRANASAL: "Intranasal", NaloxoneRoute.SC:
                "Subcutaneous (SC)"}[self]


class EventOutcome(StrEnum):
    RECOVERED = "recovered"
    LEFT = "left_against_advice"
    TRANSFERRED = "transferred"
    DIED = "died"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {EventOutcome.RECOVERED: "Recovered in the clinic",
                EventOutcome.LEFT: "Left against advice",
                EventOutcome.TRANSFERRED: "Taken to hospital",
                EventOutcome.DIED: "Died", EventOutcome.OTHER: "Other (say in the account)"}[self]


_MG = re.compile(r"([0-9]{1,2})(?:[.,]([0-9]{1,3}))?")
MAX_NALOXONE_MICROGRAMS = 20_000


def naloxone_micrograms(text: str) -> int:
    """'0.4' (mg, as written on the ampoule) as 400 micrograms: a whole number, never a float."""
    found = _MG.fullmatch((text or "").strip())
    if found is None:
        raise InvalidInput("Write the naloxone given in mg, e.g. 0.4 or 2.")
    whole, part = found.group(1), (found.group(2) or "")
    micrograms = int(whole) * 1000 + int(part.ljust(3, "0") or "0")
    if not 1 <= micrograms <= MAX_NALOXONE_MICROGRAMS:
        raise InvalidInput("The naloxone given is between 0.001 and 20 mg.")
    return micrograms


def mg_text(micrograms: int) -> str:
    """400 micrograms as '0.4 mg'."""
    whole, part = divmod(micrograms, 1000)
    return f"{whole}.{part:03d}".rstrip("0").rstrip(".") + " mg"


@dataclass(frozen=True)
class Naloxone:
    micrograms: int  # the total given
    route: NaloxoneRoute
    doses: int
    batch: str

    @property
    def text(self) -> str:
        return (f"naloxone {mg_text(self.micrograms)} {self.route.label.split(' (')[0].lower()} "
                f"in {self.doses} dose{'s' if self.doses > 1 else ''} (batch {self.batch})")


@dataclass(frozen=True)
class EventDraft:
    """What the nurse typed: checked into an EventFacts by ``checked``."""

    kind: AdverseKind | str | None
    occurred_at: datetime
    outcome: EventOutcome | str | None
    account: str  # what happened
    responders: str
    dose_event_id: int | None = None
    naloxone_mg: str = ""
    naloxone_route: NaloxoneRoute | str | None = None
    naloxone_doses: int | str = 0
    naloxone_batch: str = ""
    oxygen: bool = False
    rescue_breaths: bool = False
    cpr: bool = False
    ambulance: bool = False
    transfer: bool = False


@dataclass(frozen=True)
class EventFacts:
    kind: AdverseKind
    occurred_at: datetime
    outcome: EventOutcome
    account: str
    responders: str
    dose_event_id: int | None
    naloxone: Naloxone | None
    oxygen: bool
    rescue_breaths: bool
    cpr: bool
    ambulance: bool
    transfer: bool

    @property
    def holds(self) -> bool:
        """Naloxone or a hospital transfer: no dose until a prescriber has reviewed."""
        return self.naloxone is not None or self.transfer

    @property
    def actions(self) -> tuple[str, ...]:
        done = [self.naloxone.text] if self.naloxone else []
        for flag, words in ((self.oxygen, "oxygen"), (self.rescue_breaths, "rescue breaths"),
                            (self.cpr, "CPR"), (self.ambulance, "ambulance called"),
                            (self.transfer, "transferred to hospital")):
            if flag:
                done.append(words)
        return tuple(done)


def _naloxone(draft: EventDraft) -> Naloxone | None:
    typed = (draft.naloxone_mg or "").strip()
    doses_text = str(draft.naloxone_doses).strip()
    doses = parse_quantity(doses_text or "0", "number of naloxone doses", minimum=0, maximum=20)
    batch = clean_text(draft.naloxone_batch, "naloxone batch", max_length=40, required=False)
    if not typed and not doses:
        if batch or draft.naloxone_route:
            raise InvalidInput("Enter the naloxone given (mg and number of doses), or clear "
                               "its route and batch.")
        return None
    if not typed:
        raise InvalidInput("Enter the total naloxone given in mg.")
    micrograms = naloxone_micrograms(typed)
    if not doses:
        raise InvalidInput("Enter how many doses of naloxone were given.")
    if draft.naloxone_route not in set(NaloxoneRoute):
        raise InvalidInput("Choose the route the naloxone was given by.")
    if not batch:
        raise InvalidInput("Enter the naloxone's batch number.")
    return Naloxone(micrograms, NaloxoneRoute(draft.naloxone_route), doses, batch)


def checked(draft: EventDraft) -> EventFacts:
    """The event as it will be kept, or the first thing wrong with it, in words."""
    if draft.kind not in set(AdverseKind):
        raise InvalidInput("Choose what kind of event it was.")
    if draft.outcome not in set(EventOutcome):
        raise InvalidInput("Choose the outcome of the event.")
    outcome = EventOutcome(draft.outcome)
    account = clean_text(draft.account, "account of what happened", max_length=2000,
                         multiline=True)
    responders = clean_text(draft.responders, "names of who responded", max_length=300)
    naloxone = _naloxone(draft)
    if outcome is EventOutcome.TRANSFERRED and not draft.transfer:
        raise InvalidInput("The outcome is 'taken to hospital': tick the hospital transfer too.")
    return EventFacts(AdverseKind(draft.kind), draft.occurred_at, outcome, account, responders,
                      draft.dose_event_id, naloxone, draft.oxygen, draft.rescue_breaths,
                      draft.cpr, draft.ambulance, draft.transfer)


@dataclass(frozen=True)
class AdverseEvent:
    """An event as kept: append-only; corrections are notes."""

    id: int
    patient_id: int
    recorded_at: datetime
    by_user: int
    witness_id: int
    facts: EventFacts
    by_name: str = ""
    witness_name: str = ""

    @property
    def number(self) -> str:
        return f"E-{self.id}"

    @property
    def summary(self) -> str:
        done = "; ".join(self.facts.actions) or "no treatment recorded"
        return f"{self.facts.kind.label}: {done}; {self.facts.outcome.label.lower()}"

    @property
    def hold_reason(self) -> str:
        """Why the event put the patient on hold (empty: it did not)."""
        why = [w for flag, w in ((self.facts.naloxone is not None, "naloxone given"),
                                 (self.facts.transfer, "taken to hospital")) if flag]
        return (f"{self.facts.kind.label.split(' /')[0].lower()} ({self.number}; "
                + " and ".join(why) + ")") if why else ""


@dataclass(frozen=True)
class EventNote:
    id: int
    event_id: int
    at: datetime
    by_user: int
    by_name: str
    text: str


@dataclass(frozen=True)
class EventRecord:
    """An event with its notes, for the patient's page."""

    event: AdverseEvent
    notes: tuple[EventNote, ...]


def per_thousand(events: int, injections: int) -> float | None:
    """Events per 1,000 injections (None: no injections in the period)."""
    if injections <= 0:
        return None
    return events * 1000 / injections


@dataclass(frozen=True)
class ReadingInput:
    """A reading as typed (text or numbers), checked by ``Reading.checked``."""

    spo2: object
    resp_rate: object
    sedation: object
    site: SiteState | str | None = SiteState.NORMAL

    def checked(self) -> Reading:
        return Reading.checked(self.spo2, self.resp_rate, self.sedation, self.site)


@dataclass(frozen=True)
class SafetyFigures:
    """The safety report's figures for a period, from its events, readings and doses."""

    injections: int
    events: int
    per_thousand: float | None
    by_kind: tuple[tuple[AdverseKind, int], ...]  # every kind, in the list's order
    overdoses_per_thousand: float | None
    naloxone_events: int
    naloxone_doses: int
    naloxone_micrograms: int
    ambulances: int
    transfers: int
    holds: int
    readings: int
    readings_beyond: int


def figures(events: list[AdverseEvent], readings: list[ObservationReading], injections: int
            ) -> SafetyFigures:
    """Counted from what the period holds: one place for the arithmetic."""
    return counted_figures(events, (len(readings), sum(1 for r in readings if r.beyond)),
                           injections)


def counted_figures(events: list[AdverseEvent], readings: tuple[int, int], injections: int
                    ) -> SafetyFigures:
    """``figures`` from the readings' counts (all of them, those beyond the limits), for a
    period too long to read every reading (the evaluation's)."""
    kinds = {k: sum(1 for e in events if e.facts.kind is k) for k in AdverseKind}
    given = [e.facts.naloxone for e in events if e.facts.naloxone is not None]
    return SafetyFigures(
        injections=injections, events=len(events),
        per_thousand=per_thousand(len(events), injections),
        by_kind=tuple(kinds.items()),
        overdoses_per_thousand=per_thousand(kinds[AdverseKind.OVERDOSE], injections),
        naloxone_events=len(given), naloxone_doses=sum(n.doses for n in given),
        naloxone_micrograms=sum(n.micrograms for n in given),
        ambulances=sum(1 for e in events if e.facts.ambulance),
        transfers=sum(1 for e in events if e.facts.transfer),
        holds=sum(1 for e in events if e.hold_reason),
        readings=readings[0], readings_beyond=readings[1])


def rate_text(rate: float | None) -> str:
    """'2.43 per 1,000 injections', or why there is no rate."""
    return "no injections in the period" if rate is None else f"{rate:.2f} per 1,000 injections"


@dataclass(frozen=True)
class EventLine:
    event: AdverseEvent
    clinic_number: str
    patient_name: str
    notes: int  # notes added to it since


@dataclass(frozen=True)
class ReadingLine:
    reading: ObservationReading
    clinic_number: str
    patient_name: str


@dataclass(frozen=True)
class ScreenLine:
    """A patient's or a week's share of screens negative for street heroin."""

    label: str  # "HAT-0003 Kim Lee", "Week of 02/03/2026"
    share_text: str  # "75 % (3 of 4)"
    detail: str = ""


def _share_text(s: NegativeShare) -> str:
    """'75 % (3 of 4 tested)', or 'none tested'."""
    if s.share is None:
        return "none tested"
    return f"{round(s.share * 100)} % ({s.negative} of {s.tested} tested)"


def _missing_text(s: NegativeShare) -> str:
    if not s.not_obtained:
        return ""
    strict = s.share_missing_as_positive
    return (f"{s.not_obtained} not obtained (refused, spoiled, missed or not tested)"
            + (f"; {round(strict * 100)} % counting those as positive"
               if strict is not None else ""))


def screen_lines(shares: NegativeShares, people: dict[int, Patient]) -> tuple[ScreenLine, ...]:
    """The share of screens negative for street heroin: the whole period, each week, each
    patient (the drug-screens service counts them: one rule in one place)."""
    if not shares.overall.tested and not shares.overall.not_obtained:
        return ()
    lines = [ScreenLine("All screens in the period", _share_text(shares.overall),
                        _missing_text(shares.overall))]
    lines += [ScreenLine(f"Week of {format_date(week)}", _share_text(s), _missing_text(s))
              for week, s in shares.per_week.items()]
    lines += [ScreenLine(people[pid].label if pid in people else f"patient #{pid}",
                         _share_text(s), _missing_text(s))
              for pid, s in shares.per_patient.items()]
    return tuple(lines)


@dataclass(frozen=True)
class SafetyReport:
    first: date
    last: date
    figures: SafetyFigures
    thresholds: str  # "SpO2 below 94 %, respiratory rate below 10, sedation 2 or more"
    events: tuple[EventLine, ...]
    beyond: tuple[ReadingLine, ...]
    screens: tuple[ScreenLine, ...] = ()


def thresholds_text(limits: ReleaseThresholds) -> str:
    return (f"SpO2 below {limits.spo2_below} %, respiratory rate below "
            f"{limits.resp_rate_below}/min, sedation {limits.sedation_at} or more")
