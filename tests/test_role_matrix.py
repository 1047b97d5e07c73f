"""Role matrix (issue 7): every role × every service function, allowed or refused exactly
as the one table (domain.roles.ACTIONS) says — enforced in services/, whatever a screen
shows. An allowed call must succeed (it runs inside a transaction the test rolls back,
so every case starts from the same clinic); a refused call must raise PermissionDenied
and write nothing at all. The inspector is read-only everywhere.

A guard test lists every public service function that takes an acting user: a new one
fails it until it is added to CASES here (or to NOT_GATED with the reason). A function met
with a second permission (by the report it is given) has a second case, its name followed
by the report's key in brackets."""

import ast
import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from hat_desktop.domain.absences import AbsenceReason
from hat_desktop.domain.accounts import User
from hat_desktop.domain.agency_contacts import AgencyKind, ContactAction, ContactInput
from hat_desktop.domain.attendance import HoldDecision
from hat_desktop.domain.dosing import LessReason, WithholdReason
from hat_desktop.domain.drug_screens import (
    Frequency,
    Sample,
    ScreenInput,
    ScreenKind,
    ScreenOutcome,
    ScreenSchedule,
)
from hat_desktop.domain.episodes import EpisodeStart, ExitInput, ExitReason, ReferralSource
from hat_desktop.domain.errors import PermissionDenied, Refused
from hat_desktop.domain.outcome_reviews import NotCompletedReason, ReviewInput, ReviewStage
from hat_desktop.domain.patients import Patient, PatientDetails, PatientStatus
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.register import Section, SectionSpec
from hat_desktop.domain.roles import ACTION_WORDS, ACTIONS, Action, Role
from hat_desktop.domain.safety import AdverseKind, EventDraft, EventOutcome, ReadingInput
from hat_desktop.domain.titration import StepUnit, TitrationInput
from hat_desktop.reports.page_code import PageCode
from hat_desktop.services import (
    absences,
    adverse_events,
    agency_contacts,
    alerts,
    anchors,
    attendance,
    attendance_export,
    attendance_reports,
    audit_log,
    auth,
    day_close,
    day_count,
    day_summary,
    day_summary_export,
    dosing,
    drug_screens,
    evaluation,
    evaluation_extract,
    holds,
    observation,
    outcomes,
    patient_cards,
    patient_page,
    patients,
    prescriptions,
    reconciliation,
    reconciliation_export,
    register,
    register_export,
    report_catalogue,
    restore,
    safety_report,
    schedule,
    settings,
    stock,
    titration,
    top_ups,
    users,
    verify,
    witness_pin,
)
from hat_desktop.services.backup import back_up
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.top_ups import TopUpRequest
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store
from hat_desktop.store.connection import db_path
from tests.command_line import ROOT
from tests.raw_register import changed_tables, snapshot
from tests.world import (
    NORMAL_READING,
    PASSWORD,
    START,
    World,
    build_world,
    destruction,
    dose_request,
    receipt,
)

TODAY = START.date()
REFUSED = ScreenInput(START, Sample.URINE, ScreenKind.RANDOM, True, ScreenOutcome.REFUSED)
REFERRAL = ContactInput(AgencyKind.HOUSING, ContactAction.REFERRAL, TODAY)
ROLES = list(Role)


@dataclass
class OpenRegister:
    """The clinic every case starts from."""

    w: World
    held: Patient  # on hold since days without a dose: for the prescriber's review
    walk_in: Patient  # prescribed, not checked in
    waiting: Patient  # checked in, not dosed
    observed: Patient  # dosed 30 minutes ago, observation over
    other: Patient  # for status changes
    spare: Section  # open, no entries: can be closed
    empty: Section  # open, no entries: takes an opening balance
    receipt_id: int
    reconciliation_id: int  # yesterday's count, not signed off
    discrepancy_id: int
    discrepancy_entry: int  # an entry in the discrepancy's section
    locked: User
    closure: date
    backup: Path
    out: Path
    absence_id: int  # an open-ended absence (custody) of a patient of its own
    event_id: int  # a fall (no hold) of ``other``
    withheld_event: int  # a withholding this morning, not corrected
    topped: Patient  # given 100 of 180 mg 30 minutes ago: a top-up may follow

    @property
    def reg(self):
        return self.w.reg


@pytest.fixture(scope="module")
def rc(tmp_path_factory) -> OpenRegister:
    base = tmp_path_factory.mktemp("roles")
    clock = ManualClock(START - timedelta(days=5))
    w = build_world(base / "data", clock, base / "sheet.pdf")
    held = w.patient  # prescribed five days ago and never dosed: on hold by now
    c = w.reg
    spare = register.create_section(c, w.manager, SectionSpec(
        "SPARE1", "Oxycodone hydrochloride", "10 mg", "solution for injection", "ampoule", 10))
    empty = register.create_section(c, w.manager, SectionSpec(
        "EMPTY1", "Morphine sulfate", "30 mg", "solution for injection", "ampoule", 30))

    clock.set(START - timedelta(hours=16))  # yesterday evening: a count one ampoule short
    counts = {key: n - (key[0] == w.diam500.id) for key, n in book_counts(c).items()}
    rec, found = reconciliation.submit_count(c, w.pharmacist, clock.now().date(), counts)
    assert len(found) == 1

    clock.set(START - timedelta(minutes=30))
    walk_in, _ = w.add_patient("HAT-0002", "Wally Walkin")
    waiting, _ = w.add_patient("HAT-0003", "Wendy Waiting")
    observed, _ = w.add_patient("HAT-0004", "Olly Observed")
    other, _ = w.add_patient("HAT-0005", "Otto Other")
    away, _ = w.add_patient("HAT-0006", "Abe Away")
    absence = absences.record_absence(c, w.nurse, away.id, AbsenceReason.CUSTODY, TODAY, None,
                                      "")
    titration.write_plan(c, w.prescriber, other.id, _plan(w))  # a plan running, to stop
    withheld, _ = w.add_patient("HAT-0007", "Will Withheld")
    topped, _ = w.add_patient("HAT-0008", "Tess Topup")
    for p in (waiting, observed, withheld, topped):
        dosing.check_in(c, w.nurse, p.id, identity_confirmed=True)
    withholding = dosing.withhold(c, w.nurse, withheld.id, WithholdReason.UNWELL, "", 0, 0)
    dosing.administer(c, w.nurse, w.nurse2, observed.id, dose_request(180, [(w.diam500.id, 1)]))
    dosing.administer(c, w.nurse, w.nurse2, topped.id, dose_request(
        100, [(w.diam100.id, 1)], less_reason=LessReason.PATIENT_REQUEST))
    outcomes.start_episode(c, w.nurse, observed.id, EpisodeStart(
        ReferralSource.SELF, TODAY - timedelta(days=10), TODAY - timedelta(days=3), TODAY))
    clock.set(START)
    locked = users.create_user(c, w.manager, "lockedout", PASSWORD, users.UserDetails(
        "Lockie Locked", Role.NURSE))
    with c.db.transaction():
        users_store.set_failures(c.db, locked.id, 5, START + timedelta(minutes=10))
    closure = TODAY + timedelta(days=10)
    schedule.add_closure(c, w.manager, closure, "Staff training")
    (base / "backups").mkdir()
    fall = adverse_events.record_event(c, w.nurse, w.nurse2, other.id, EventDraft(
        AdverseKind.FALL, START - timedelta(minutes=5), EventOutcome.RECOVERED,
        "Tripped in the waiting room", "Nina Nurse"))
    copy = back_up(c, w.manager, base / "backups").path
    receipt_id = register_store.last_entry(c.db, w.diam100.id).id
    assert attendance.assess_current(c, [held.id])[held.id].open_hold is not None
    out = base / "out"
    out.mkdir()
    yield OpenRegister(w, held, walk_in, waiting, observed, other, spare, empty, receipt_id, rec.id,
                       found[0].id, register_store.last_entry(c.db, w.diam500.id).id, locked,
                       closure, copy, out, absence.id, fall.id,
                       withholding.id, topped)
    c.close()


_names = itertools.count()


def overdose() -> EventDraft:
    return EventDraft(AdverseKind.OVERDOSE, START - timedelta(minutes=2), EventOutcome.RECOVERED,
                      "Unresponsive, pinpoint pupils; came round after naloxone",
                      "Nina Nurse, Nora Nurse", naloxone_mg="0.4", naloxone_route="im",
                      naloxone_doses=1, naloxone_batch="NX1", oxygen=True)
def _plan(w: World) -> TitrationInput:
    return TitrationInput(w.diam100.id, TODAY, 60, 40, StepUnit.DAY, 180, 360)


def _top_up(rc: OpenRegister) -> TopUpRequest:
    return TopUpRequest(1, 80, [(rc.w.diam100.id, 1)], "Arm, right", 0, 0)


def new_file(rc: OpenRegister, suffix: str) -> Path:
    return rc.out / f"file{next(_names)}.{suffix}"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 120), (200, 150, 120)).save(buffer, format="PNG")
    return buffer.getvalue()


def book_counts(reg) -> dict[tuple[int, str | None], int]:
    """A count of every line of the count sheet that matches the register."""
    counts = {}
    for line in reconciliation._sheet(reg):
        stock = {b.batch: b.balance for b in register_store.batches(reg.db, line.section_id)}
        counts[(line.section_id, line.batch)] = stock.get(line.batch, 0)
    return counts


def do_restore(rc: OpenRegister, actor: User) -> Any:
    target = rc.out / f"restored{next(_names)}"

    def sign_in(staged):
        found = users_store.by_username(staged.db, actor.username)
        assert found is not None
        return found

    try:
        return restore.restore(target, rc.backup, clock=rc.reg.clock, sign_in=sign_in,
                               recovery_key=rc.w.recovery_key)
    finally:
        if actor.role is not Role.MANAGER:
            assert not db_path(target).exists(), "a refused restore left a register behind"


def page_code(rc: OpenRegister) -> str:
    """The code a printed page holding only the latest DIAM100 entry would carry."""
    last = register_store.last_entry(rc.reg.db, rc.w.diam100.id)
    assert last is not None
    return PageCode("DIAM100", last.id, last.id, last.hash).text


W = "nurse2"  # the witness where one is needed: never the acting user
Call = Callable[[OpenRegister, User], Any]
R = Role

# name -> (the action it needs, how to call it as ``actor`` with valid arguments)
CASES: dict[str, tuple[Action, Call]] = {
    # the register
    "register.list_sections": (Action.VIEW_REGISTER,
                               lambda rc, a: register.list_sections(rc.reg, a)),
    "register_export.sections_csv": (Action.VIEW_REGISTER,
                                     lambda rc, a: register_export.sections_csv(rc.reg, a)),
    "register.get_section": (Action.VIEW_REGISTER,
                             lambda rc, a: register.get_section(rc.reg, a, "DIAM100")),
    "register.count_entries": (Action.VIEW_REGISTER, lambda rc, a: register.count_entries(
        rc.reg, a, rc.w.diam100.id)),
    "register.entries": (Action.VIEW_REGISTER,
                         lambda rc, a: register.entries(rc.reg, a, rc.w.diam100.id)),
    "register.batches": (Action.VIEW_REGISTER,
                         lambda rc, a: register.batches(rc.reg, a, rc.w.diam100.id)),
    "register.create_section": (Action.MANAGE_SECTIONS, lambda rc, a: register.create_section(
        rc.reg, a, SectionSpec("TEST1", "Hydromorphone hydrochloride", "10 mg",
                               "solution for injection", "ampoule", 10))),
    "register.close_section": (Action.MANAGE_SECTIONS, lambda rc, a: register.close_section(
        rc.reg, a, rc.spare.id, "No longer stocked")),
    "register.record_opening": (Action.RECORD_STOCK, lambda rc, a: register.record_opening(
        rc.reg, a, rc.w.nurse2, rc.empty.id, 5)),
    "register.receive": (Action.RECORD_STOCK, lambda rc, a: register.receive(
        rc.reg, a, rc.w.nurse2, rc.w.diam100.id, receipt(5, batch="D100A",
                                                             reference="RM-1"))),
    "register.destroy": (Action.RECORD_STOCK, lambda rc, a: register.destroy(
        rc.reg, a, rc.w.diam100.id, destruction(1, batch="D100A"))),
    "register.return_to_supplier": (Action.RECORD_STOCK, lambda rc, a:
                                     register.return_to_supplier(
        rc.reg, a, rc.w.nurse2, rc.w.diam100.id, register.Return(
            1, "D100A", "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "Recalled"))),
    "register.correct": (Action.CORRECT_ENTRY, lambda rc, a: register.correct(
        rc.reg, a, rc.w.nurse2, rc.receipt_id, "Invoice number mistyped")),
    "register.check_opening": (Action.RECORD_STOCK, lambda rc, a: register.check_opening(
        rc.reg, a, rc.empty.id, 5)),
    "register.check_receipt": (Action.RECORD_STOCK, lambda rc, a: register.check_receipt(
        rc.reg, a, rc.w.diam100.id, receipt(5, batch="D100A", reference="RM-1"))),
    "register.check_destruction": (Action.RECORD_STOCK, lambda rc, a:
                                   register.check_destruction(
        rc.reg, a, rc.w.diam100.id, destruction(1, batch="D100A"))),
    "register.check_return": (Action.RECORD_STOCK, lambda rc, a: register.check_return(
        rc.reg, a, rc.w.diam100.id, register.Return(
            1, "D100A", "Alliance Healthcare", "Unit 4, Stockton TS18 3TX", "Recalled"))),
    "register.check_correction": (Action.CORRECT_ENTRY, lambda rc, a: register.check_correction(
        rc.reg, a, rc.receipt_id, "Invoice number mistyped")),
    # patients and prescriptions
    "patients.create_patient": (Action.MANAGE_PATIENTS, lambda rc, a: patients.create_patient(
        rc.reg, a, PatientDetails("HAT-0100", "Nell Newcomer", date(1990, 1, 1),
                                  "1 Park Road, Middlesbrough"))),
    "patients.update_patient": (Action.MANAGE_PATIENTS, lambda rc, a: patients.update_patient(
        rc.reg, a, rc.other.id, PatientDetails(
            rc.other.clinic_number, rc.other.full_name, rc.other.date_of_birth,
            rc.other.address, alerts="Prefers the left arm"))),
    "patients.set_status": (Action.CHANGE_PATIENT_STATUS, lambda rc, a: patients.set_status(
        rc.reg, a, rc.other.id, PatientStatus.SUSPENDED, "Threatened staff")),
    "patients.set_photo": (Action.MANAGE_PATIENTS, lambda rc, a: patients.set_photo(
        rc.reg, a, rc.other.id, png())),
    "patients.photo": (Action.VIEW_PATIENTS,
                       lambda rc, a: patients.photo(rc.reg, a, rc.other.id)),
    "patients.record": (Action.VIEW_PATIENTS, lambda rc, a: patients.record(
        rc.reg, a, rc.other.id, TODAY - timedelta(days=56))),
    "patient_page.page": (Action.VIEW_PATIENTS, lambda rc, a: patient_page.page(
        rc.reg, a, rc.other.id, TODAY - timedelta(days=56))),
    "patients.get": (Action.VIEW_PATIENTS, lambda rc, a: patients.get(rc.reg, a, rc.other.id)),
    "patients.by_clinic_number": (Action.VIEW_PATIENTS, lambda rc, a: patients.by_clinic_number(
        rc.reg, a, "HAT-0005")),
    "patients.search": (Action.VIEW_PATIENTS, lambda rc, a: patients.search(rc.reg, a, "Ot")),
    "prescriptions.prescribe": (Action.PRESCRIBE, lambda rc, a: prescriptions.prescribe(
        rc.reg, a, rc.walk_in.id, PrescriptionInput(
            (rc.w.diam100.id, rc.w.diam500.id), 150, frozenset({1, 2}), TODAY,
            TODAY + timedelta(days=30), change_reason="Reduced after review"))),
    "prescriptions.check_prescription": (Action.PRESCRIBE, lambda rc, a:
                                         prescriptions.check_prescription(
        rc.reg, a, rc.walk_in.id, PrescriptionInput(
            (rc.w.diam100.id, rc.w.diam500.id), 150, frozenset({1, 2}), TODAY,
            TODAY + timedelta(days=30), change_reason="Reduced after review"))),
    "prescriptions.versions": (Action.VIEW_PATIENTS, lambda rc, a: prescriptions.versions(
        rc.reg, a, rc.walk_in.id)),
    "holds.review": (Action.REVIEW_HOLD, lambda rc, a: holds.review(
        rc.reg, a, rc.held.id, HoldDecision.RESUME, "Seen today, well: resume")),
    "holds.check_review": (Action.REVIEW_HOLD, lambda rc, a: holds.check_review(
        rc.reg, a, rc.held.id, HoldDecision.RESUME, "Seen today, well: resume")),
    "holds.version_in_force": (Action.REVIEW_HOLD, lambda rc, a: holds.version_in_force(
        rc.reg, a, rc.held.id)),
"absences.for_patient": (Action.VIEW_PATIENTS, lambda rc, a: absences.for_patient(
        rc.reg, a, rc.other.id)),
    "absences.check_absence": (Action.RECORD_ABSENCE, lambda rc, a: absences.check_absence(
        rc.reg, a, rc.other.id, AbsenceReason.HOSPITAL, TODAY + timedelta(days=1),
        TODAY + timedelta(days=3), "Planned operation")),
    "absences.record_absence": (Action.RECORD_ABSENCE, lambda rc, a: absences.record_absence(
        rc.reg, a, rc.other.id, AbsenceReason.HOSPITAL, TODAY + timedelta(days=1),
        TODAY + timedelta(days=3), "Planned operation")),
    "absences.check_return": (Action.RECORD_ABSENCE, lambda rc, a: absences.check_return(
        rc.reg, a, rc.absence_id, TODAY, "Released without charge")),
    "absences.record_return": (Action.RECORD_ABSENCE, lambda rc, a: absences.record_return(
        rc.reg, a, rc.absence_id, TODAY, "Released without charge")),
    "absences.check_withdrawal": (Action.RECORD_ABSENCE, lambda rc, a:
                                  absences.check_withdrawal(
        rc.reg, a, rc.absence_id, "Entered for the wrong patient")),
    "absences.withdraw_absence": (Action.RECORD_ABSENCE, lambda rc, a: absences.withdraw_absence(
        rc.reg, a, rc.w.nurse2 if a.id != rc.w.nurse2.id else rc.w.nurse, rc.absence_id,
        "Entered for the wrong patient")),
"titration.versions": (Action.VIEW_PATIENTS, lambda rc, a: titration.versions(
        rc.reg, a, rc.other.id)),
    "titration.check_plan": (Action.PRESCRIBE, lambda rc, a: titration.check_plan(
        rc.reg, a, rc.walk_in.id, _plan(rc.w))),
    "titration.write_plan": (Action.PRESCRIBE, lambda rc, a: titration.write_plan(
        rc.reg, a, rc.walk_in.id, _plan(rc.w))),
    "titration.check_stop": (Action.PRESCRIBE, lambda rc, a: titration.check_stop(
        rc.reg, a, rc.other.id, "Sedated after the dose")),
    "titration.stop_plan": (Action.PRESCRIBE, lambda rc, a: titration.stop_plan(
        rc.reg, a, rc.other.id, "Sedated after the dose")),
    "holds.holds_between": (Action.EXPORT_REPORTS, lambda rc, a: holds.holds_between(
        rc.reg, a, TODAY - timedelta(days=10), TODAY)),
    "patient_cards.card_for": (Action.VIEW_PATIENTS, lambda rc, a: patient_cards.card_for(
        rc.reg, a, rc.other.id)),
    "patient_cards.print_card": (Action.VIEW_PATIENTS, lambda rc, a: patient_cards.print_card(
        rc.reg, a, rc.other.id, new_file(rc, "pdf"))),
    # treatment episodes and outcome reviews
    "outcomes.start_episode": (Action.RECORD_OUTCOMES, lambda rc, a: outcomes.start_episode(
        rc.reg, a, rc.other.id, EpisodeStart(ReferralSource.GP, TODAY - timedelta(days=9),
                                             TODAY - timedelta(days=2), TODAY))),
    "outcomes.end_episode": (Action.RECORD_OUTCOMES, lambda rc, a: outcomes.end_episode(
        rc.reg, a, rc.observed.id, ExitInput(TODAY, ExitReason.MOVED_AWAY))),
    "outcomes.check_exit": (Action.RECORD_OUTCOMES, lambda rc, a: outcomes.check_exit(
        rc.reg, a, rc.observed.id, ExitInput(TODAY, ExitReason.MOVED_AWAY))),
    "outcomes.check_review": (Action.RECORD_OUTCOMES, lambda rc, a: outcomes.check_review(
        rc.reg, a, rc.observed.id, ReviewInput(ReviewStage.START, TODAY, None,
                                               NotCompletedReason.DECLINED))),
    "outcomes.record_review": (Action.RECORD_OUTCOMES, lambda rc, a: outcomes.record_review(
        rc.reg, a, rc.observed.id, ReviewInput(ReviewStage.START, TODAY, None,
                                               NotCompletedReason.DECLINED))),
    "outcomes.episodes": (Action.VIEW_PATIENTS,
                          lambda rc, a: outcomes.episodes(rc.reg, a, rc.observed.id)),
    "outcomes.reviews": (Action.VIEW_PATIENTS,
                         lambda rc, a: outcomes.reviews(rc.reg, a, rc.observed.id)),
    "outcomes.treatment": (Action.VIEW_PATIENTS,
                           lambda rc, a: outcomes.treatment(rc.reg, a, rc.observed.id)),
    "outcomes.due_reviews": (Action.VIEW_PATIENTS,
                             lambda rc, a: outcomes.due_reviews(rc.reg, a)),
    "evaluation_extract.files": (Action.EXPORT_EVALUATION, lambda rc, a: evaluation_extract.files(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "evaluation_extract.export_extract": (Action.EXPORT_EVALUATION, lambda rc, a:
                                          evaluation_extract.export_extract(
        rc.reg, a, TODAY - timedelta(days=30), TODAY, new_file(rc, "extract"))),
    "evaluation_extract.linkage_rows": (Action.EXPORT_EVALUATION, lambda rc, a:
                                        evaluation_extract.linkage_rows(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "evaluation_extract.export_linkage": (Action.EXPORT_EVALUATION, lambda rc, a:
                                          evaluation_extract.export_linkage(
        rc.reg, a, TODAY - timedelta(days=30), TODAY, new_file(rc, "csv"))),
    # drug screens and partner agencies
    "drug_screens.change_panel": (Action.CHANGE_SETTINGS, lambda rc, a:
                                  drug_screens.change_panel(rc.reg, a, ["Ketamine"])),
    "drug_screens.check_screen": (Action.RECORD_SCREENS, lambda rc, a:
                                  drug_screens.check_screen(rc.reg, a, rc.other.id, REFUSED)),
    "drug_screens.record_screen": (Action.RECORD_SCREENS, lambda rc, a:
                                   drug_screens.record_screen(rc.reg, a, rc.other.id, REFUSED)),
    "drug_screens.set_schedule": (Action.RECORD_SCREENS, lambda rc, a:
                                  drug_screens.set_schedule(rc.reg, a, rc.other.id,
                                                            ScreenSchedule(Frequency.WEEKLY, 2,
                                                                           TODAY))),
    "drug_screens.screen_record": (Action.VIEW_PATIENTS, lambda rc, a:
                                   drug_screens.screen_record(rc.reg, a, rc.other.id)),
    "drug_screens.due_screens": (Action.VIEW_PATIENTS,
                                 lambda rc, a: drug_screens.due_screens(rc.reg, a)),
    "drug_screens.street_heroin_negative_share": (Action.VIEW_PATIENTS, lambda rc, a:
                                                  drug_screens.street_heroin_negative_share(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "drug_screens.screens_in": (Action.VIEW_PATIENTS, lambda rc, a: drug_screens.screens_in(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "agency_contacts.check_contact": (Action.RECORD_CONTACTS, lambda rc, a:
                                      agency_contacts.check_contact(rc.reg, a, rc.other.id,
                                                                    REFERRAL)),
    "agency_contacts.record_contact": (Action.RECORD_CONTACTS, lambda rc, a:
                                       agency_contacts.record_contact(rc.reg, a, rc.other.id,
                                                                      REFERRAL)),
    "agency_contacts.contacts": (Action.VIEW_PATIENTS, lambda rc, a:
                                 agency_contacts.contacts(rc.reg, a, rc.other.id)),
    "agency_contacts.appointments_today": (Action.VIEW_PATIENTS, lambda rc, a:
                                           agency_contacts.appointments_today(rc.reg, a)),
    "agency_contacts.contacts_by_kind": (Action.VIEW_PATIENTS, lambda rc, a:
                                         agency_contacts.contacts_by_kind(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "agency_contacts.contacts_in": (Action.VIEW_PATIENTS, lambda rc, a:
                                    agency_contacts.contacts_in(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "evaluation.evaluation": (Action.VIEW_EVALUATION, lambda rc, a: evaluation.evaluation(
        rc.reg, a, TODAY - timedelta(days=30), TODAY)),
    "evaluation.save_report": (Action.VIEW_EVALUATION, lambda rc, a: evaluation.save_report(
        rc.reg, a, TODAY - timedelta(days=30), TODAY, new_file(rc, "pdf"))),
    "evaluation.change_settings": (Action.CHANGE_SETTINGS, lambda rc, a:
                                   evaluation.change_settings(rc.reg, a, "18.50", "12000",
                                                              False)),
    # dosing
    "dosing.card": (Action.VIEW_PATIENTS, lambda rc, a: dosing.card(rc.reg, a, rc.waiting.id)),
    "dosing.find": (Action.VIEW_PATIENTS, lambda rc, a: dosing.find(rc.reg, a, "HAT-0003")),
    "dosing.states_today": (Action.VIEW_PATIENTS, lambda rc, a: dosing.states_today(
        rc.reg, a, rc.waiting.id)),
    "dosing.check_in": (Action.DOSE, lambda rc, a: dosing.check_in(
        rc.reg, a, rc.walk_in.id, identity_confirmed=True)),
    "dosing.cancel_check_in": (Action.DOSE, lambda rc, a: dosing.cancel_check_in(
        rc.reg, a, rc.waiting.id, "Left before the dose")),
    "dosing.administer": (Action.DOSE, lambda rc, a: dosing.administer(
        rc.reg, a, rc.w.nurse2, rc.waiting.id, dose_request(180, [(rc.w.diam100.id, 2)]))),
    "dosing.check_dose": (Action.DOSE, lambda rc, a: dosing.check_dose(
        rc.reg, a, rc.waiting.id, dose_request(180, [(rc.w.diam100.id, 2)]))),
    "dosing.check_withhold": (Action.DOSE, lambda rc, a: dosing.check_withhold(
        rc.reg, a, rc.waiting.id, WithholdReason.UNWELL, "Vomiting", 0, 0)),
    "dosing.check_override": (Action.DOSE, lambda rc, a: dosing.check_override(
        rc.reg, a, "The bus broke down", 1)),
    "dosing.withhold": (Action.DOSE, lambda rc, a: dosing.withhold(
        rc.reg, a, rc.waiting.id, WithholdReason.UNWELL, "Vomiting", 0, 0)),
    "top_ups.offers": (Action.VIEW_PATIENTS, lambda rc, a: top_ups.offers(
        rc.reg, a, rc.topped.id)),
    "top_ups.check_top_up": (Action.TOP_UP, lambda rc, a: top_ups.check_top_up(
        rc.reg, a, rc.topped.id, _top_up(rc))),
    "top_ups.top_up": (Action.TOP_UP, lambda rc, a: top_ups.top_up(
        rc.reg, a, rc.w.nurse2, rc.topped.id, _top_up(rc))),
    "observation.release": (Action.DOSE, lambda rc, a: observation.release(
        rc.reg, a, rc.observed.id, NORMAL_READING, "Alert, walking steadily")),
    "observation.record_reading": (Action.DOSE, lambda rc, a: observation.record_reading(
        rc.reg, a, rc.observed.id, ReadingInput(91, 12, 1), "Drowsy")),
    "observation.check_release": (Action.DOSE, lambda rc, a: observation.check_release(
        rc.reg, a, rc.observed.id, NORMAL_READING)),
    "observation.last_reading": (Action.VIEW_PATIENTS, lambda rc, a: observation.last_reading(
        rc.reg, a, rc.observed.id)),
    "adverse_events.check_event": (Action.RECORD_EVENT, lambda rc, a: adverse_events.check_event(
        rc.reg, a, rc.observed.id, overdose())),
    "adverse_events.record_event": (Action.RECORD_EVENT, lambda rc, a:
                                    adverse_events.record_event(
        rc.reg, a, rc.w.nurse2 if a.id != rc.w.nurse2.id else rc.w.nurse, rc.observed.id,
        overdose())),
    "adverse_events.add_note": (Action.RECORD_EVENT, lambda rc, a: adverse_events.add_note(
        rc.reg, a, rc.event_id, "The fall was at 09:50, not 09:55")),
    "adverse_events.patient_events": (Action.VIEW_PATIENTS, lambda rc, a:
                                      adverse_events.patient_events(rc.reg, a, rc.other.id)),
    "adverse_events.doses_to_link": (Action.VIEW_PATIENTS, lambda rc, a:
                                     adverse_events.doses_to_link(rc.reg, a, rc.observed.id)),
    "safety_report.report": (Action.EXPORT_REPORTS, lambda rc, a: safety_report.report(
        rc.reg, a, TODAY - timedelta(days=7), TODAY)),
    "safety_report.figures_between": (Action.EXPORT_REPORTS, lambda rc, a:
                                      safety_report.figures_between(
        rc.reg, a, TODAY - timedelta(days=700), TODAY)),
    "safety_report.render": (Action.EXPORT_REPORTS, lambda rc, a: safety_report.render(
        rc.reg, a, TODAY - timedelta(days=7), TODAY, "csv")),
    "safety_report.export": (Action.EXPORT_REPORTS, lambda rc, a: safety_report.export(
        rc.reg, a, TODAY - timedelta(days=7), TODAY, "pdf", new_file(rc, "pdf"))),
    "adverse_events.held_after_event_count": (Action.VIEW_PATIENTS, lambda rc, a:
                                              adverse_events.held_after_event_count(rc.reg, a)),
    "dosing.check_correct_withholding": (Action.DOSE, lambda rc, a:
                                         dosing.check_correct_withholding(
        rc.reg, a, rc.withheld_event, "Recorded for the wrong patient")),
    "dosing.correct_withholding": (Action.DOSE, lambda rc, a: dosing.correct_withholding(
        rc.reg, a, rc.w.nurse2 if a.id != rc.w.nurse2.id else rc.w.nurse, rc.withheld_event,
        "Recorded for the wrong patient")),
    "dosing.authorise_override": (Action.DOSE, lambda rc, a: dosing.authorise_override(
        rc.reg, a, rc.w.manager, "The bus broke down", 1)),
    "attendance.board": (Action.VIEW_PATIENTS, lambda rc, a: attendance.board(rc.reg, a)),
    "attendance.login_alerts": (Action.VIEW_PATIENTS,
                                lambda rc, a: attendance.login_alerts(rc.reg, a)),
    # reconciliation and stock
    "reconciliation.count_sheet": (Action.RECONCILE,
                                   lambda rc, a: reconciliation.count_sheet(rc.reg, a)),
    "reconciliation.submit_count": (Action.RECONCILE, lambda rc, a: reconciliation.submit_count(
        rc.reg, a, TODAY, book_counts(rc.reg))),
    "reconciliation.check_count": (Action.RECONCILE, lambda rc, a: reconciliation.check_count(
        rc.reg, a, TODAY, book_counts(rc.reg))),
    "reconciliation.sign_off": (Action.RECONCILE, lambda rc, a: reconciliation.sign_off(
        rc.reg, a, rc.w.nurse2, rc.reconciliation_id)),
    "reconciliation.check_sign_off": (Action.RECONCILE, lambda rc, a:
                                      reconciliation.check_sign_off(
        rc.reg, a, rc.reconciliation_id)),
    "reconciliation.open_discrepancies": (Action.VIEW_REGISTER, lambda rc, a:
                                          reconciliation.open_discrepancies(rc.reg, a)),
    "reconciliation.investigate": (Action.VIEW_REGISTER, lambda rc, a:
                                   reconciliation.investigate(rc.reg, a, rc.discrepancy_id)),
    "reconciliation.add_note": (Action.RESOLVE_DISCREPANCY, lambda rc, a:
                                reconciliation.add_note(rc.reg, a, rc.discrepancy_id,
                                                        "Checked the sharps bin")),
    "reconciliation.resolve_explained": (Action.RESOLVE_DISCREPANCY, lambda rc, a:
                                         reconciliation.resolve_explained(
        rc.reg, a, rc.w.nurse2, rc.discrepancy_id, "Ampoule broken, not recorded",
        rc.discrepancy_entry, quantity_out=1)),
    "reconciliation.resolve_unexplained": (Action.RESOLVE_DISCREPANCY, lambda rc, a:
                                           reconciliation.resolve_unexplained(
        rc.reg, a, rc.discrepancy_id, "Searched every page", "Dr Ada Officer", TODAY,
        "CDAO-2026-1")),
    "reconciliation.check_resolve_explained": (Action.RESOLVE_DISCREPANCY, lambda rc, a:
                                               reconciliation.check_resolve_explained(
        rc.reg, a, rc.discrepancy_id, "Ampoule broken, not recorded", rc.discrepancy_entry,
        quantity_out=1)),
    "reconciliation.check_resolve_unexplained": (Action.RESOLVE_DISCREPANCY, lambda rc, a:
                                                 reconciliation.check_resolve_unexplained(
        rc.reg, a, rc.discrepancy_id, "Searched every page", "Dr Ada Officer", TODAY,
        "CDAO-2026-1")),
    "reconciliation.alerts": (Action.VIEW_REGISTER,
                              lambda rc, a: reconciliation.alerts(rc.reg, a)),
    "reconciliation.rows_between": (Action.VIEW_REGISTER, lambda rc, a:
                                    reconciliation.rows_between(
        rc.reg, a, TODAY - timedelta(days=7), TODAY)),
    "stock.overview": (Action.VIEW_REGISTER, lambda rc, a: stock.overview(rc.reg, a)),
    "stock.expiry_warnings": (Action.VIEW_REGISTER,
                              lambda rc, a: stock.expiry_warnings(rc.reg, a)),
    "day_summary.summary": (Action.VIEW_REGISTER,
                            lambda rc, a: day_summary.summary(rc.reg, a, TODAY)),
    "day_count.day_count": (Action.VIEW_REGISTER, lambda rc, a: day_count.day_count(
        rc.reg, a, TODAY - timedelta(days=1))),
    "day_count.days_to_count": (Action.RECONCILE,
                                lambda rc, a: day_count.days_to_count(rc.reg, a)),
    "day_close.closable_days": (Action.RECONCILE,
                                lambda rc, a: day_close.closable_days(rc.reg, a)),
    "day_close.check_close_day": (Action.RECONCILE, lambda rc, a: (
        reconciliation.sign_off(rc.reg, a, rc.w.nurse, rc.reconciliation_id),
        day_close.check_close_day(rc.reg, a, TODAY - timedelta(days=1)))),
    "day_close.close_day": (Action.RECONCILE, lambda rc, a: (
        reconciliation.sign_off(rc.reg, a, rc.w.nurse, rc.reconciliation_id),
        day_close.close_day(rc.reg, a, TODAY - timedelta(days=1)))),
    "witness_pin.set_pin": (Action.WITNESS, lambda rc, a: witness_pin.set_pin(
        rc.reg, a, PASSWORD, "246801")),
    "observation.queue": (Action.VIEW_PATIENTS, lambda rc, a: observation.queue(rc.reg, a)),
    "observation.due_count": (Action.VIEW_PATIENTS,
                              lambda rc, a: observation.due_count(rc.reg, a)),
    "alerts.banner_lines": (Action.VIEW_REGISTER,
                            lambda rc, a: alerts.banner_lines(rc.reg, a)),
    "day_summary_export.save": (Action.EXPORT_REPORTS, lambda rc, a: day_summary_export.save(
        rc.reg, a, TODAY, new_file(rc, "pdf"))),
    "day_summary_export.print_copy": (Action.EXPORT_REPORTS, lambda rc, a:
                                      day_summary_export.print_copy(rc.reg, a, TODAY)),
    "reconciliation_export.render": (Action.EXPORT_REPORTS, lambda rc, a:
                                     reconciliation_export.render(
        rc.reg, a, TODAY - timedelta(days=7), TODAY, "csv")),
    "reconciliation_export.export": (Action.EXPORT_REPORTS, lambda rc, a:
                                     reconciliation_export.export(
        rc.reg, a, TODAY - timedelta(days=7), TODAY, "pdf", new_file(rc, "pdf"))),
    # reports and exports
    "attendance_export.rows_between": (Action.EXPORT_REPORTS, lambda rc, a:
                                       attendance_export.rows_between(rc.reg, a, TODAY,
                                                                      TODAY)),
    "attendance_export.iter_rows": (Action.EXPORT_REPORTS, lambda rc, a: list(
        attendance_export.iter_rows(rc.reg, a, TODAY - timedelta(days=7), TODAY))),
    "attendance_export.render": (Action.EXPORT_REPORTS, lambda rc, a: attendance_export.render(
        rc.reg, a, TODAY, TODAY, "csv")),
    "attendance_export.export": (Action.EXPORT_REPORTS, lambda rc, a: attendance_export.export(
        rc.reg, a, TODAY, TODAY, "csv", new_file(rc, "csv"))),
    "attendance_reports.missed_dose_report": (Action.EXPORT_REPORTS, lambda rc, a:
                                              attendance_reports.missed_dose_report(
        rc.reg, a, TODAY - timedelta(days=7), TODAY)),
    "attendance_reports.cohort_grid": (Action.EXPORT_REPORTS, lambda rc, a:
                                       attendance_reports.cohort_grid(
        rc.reg, a, TODAY - timedelta(days=7), TODAY)),
    "attendance_reports.export_holds": (Action.EXPORT_REPORTS, lambda rc, a:
                                        attendance_reports.export_holds(
        rc.reg, a, TODAY - timedelta(days=7), TODAY, new_file(rc, "csv"))),
    "report_catalogue.save": (Action.EXPORT_REPORTS, lambda rc, a: report_catalogue.save(
        rc.reg, a, attendance_reports.MISSED_DOSES_CSV, TODAY - timedelta(days=7), TODAY,
        new_file(rc, "csv"))),
    "report_catalogue.print_copy": (Action.EXPORT_REPORTS, lambda rc, a:
                                    report_catalogue.print_copy(
        rc.reg, a, attendance_reports.COHORT_GRID_PDF, TODAY - timedelta(days=7), TODAY)),
    "register_export.export_register": (Action.EXPORT_REPORTS, lambda rc, a:
                                        register_export.export_register(
        rc.reg, a, "DIAM100", TODAY - timedelta(days=7), TODAY, "csv", new_file(rc, "csv"))),
    "register_export.print_register": (Action.EXPORT_REPORTS, lambda rc, a:
                                       register_export.print_register(
        rc.reg, a, "DIAM100", TODAY - timedelta(days=7), TODAY)),
    "register_export.verify_page": (Action.VERIFY, lambda rc, a: register_export.verify_page(
        rc.reg, a, page_code(rc))),
    # administration
    "users.create_user": (Action.MANAGE_USERS, lambda rc, a: users.create_user(
        rc.reg, a, "newnurse", PASSWORD, users.UserDetails("Nia Newnurse", Role.NURSE))),
    "users.update_user": (Action.MANAGE_USERS, lambda rc, a: users.update_user(
        rc.reg, a, rc.w.nurse2.id, users.UserDetails("Nora Nurse-Smith", Role.NURSE),
        active=True)),
    "users.reset_password": (Action.MANAGE_USERS, lambda rc, a: users.reset_password(
        rc.reg, a, rc.w.nurse2.id, "another-long-password")),
    "users.unlock_account": (Action.MANAGE_USERS, lambda rc, a: users.unlock_account(
        rc.reg, a, rc.locked.id)),
    "users.list_users": (Action.MANAGE_USERS, lambda rc, a: users.list_users(rc.reg, a)),
    "settings.change": (Action.CHANGE_SETTINGS, lambda rc, a: settings.change(
        rc.reg, a, lock_minutes=7)),
    "schedule.set_windows": (Action.CHANGE_SETTINGS, lambda rc, a: schedule.set_windows(
        rc.reg, a, [("08:30", "11:00"), ("15:30", "18:30")], TODAY + timedelta(days=1))),
    "schedule.add_closure": (Action.CHANGE_SETTINGS, lambda rc, a: schedule.add_closure(
        rc.reg, a, TODAY + timedelta(days=20), "Bank holiday")),
    "schedule.remove_closure": (Action.CHANGE_SETTINGS, lambda rc, a: schedule.remove_closure(
        rc.reg, a, rc.closure)),
    "audit_log.read": (Action.VIEW_AUDIT, lambda rc, a: audit_log.read(
        rc.reg, a, rc.reg.today(), rc.reg.today())),
    # The audit log's CSV as the window saves it (the audit log screen's Export): the
    # report catalogue's save, refused by the audit log's own permission, not the reports'.
    "report_catalogue.save[audit-log-csv]": (Action.VIEW_AUDIT, lambda rc, a:
                                             report_catalogue.save(
        rc.reg, a, audit_log.AUDIT_CSV, rc.reg.today(), rc.reg.today(), new_file(rc, "csv"))),
    "audit_log.export": (Action.VIEW_AUDIT, lambda rc, a: audit_log.export(
        rc.reg, a, rc.reg.today(), rc.reg.today(), "pdf", new_file(rc, "pdf"))),
    "anchors.verify_anchor": (Action.VERIFY, lambda rc, a: anchors.verify_anchor(
        rc.reg, a, "not a printed code")),
    "verify.verify_register": (Action.VERIFY,
                               lambda rc, a: verify.verify_register(rc.reg, a)),
    "backup.back_up": (Action.BACKUP, lambda rc, a: back_up(rc.reg, a, rc.backup.parent)),
    "restore.export_recovery_key": (Action.EXPORT_RECOVERY_KEY, lambda rc, a:
                                     restore.export_recovery_key(rc.reg, a,
                                                                 new_file(rc, "txt"))),
    "restore.restore": (Action.RESTORE, do_restore),
}

# Cannot run inside a transaction the test rolls back (they write files, or another
# register): run for real; their effects do not disturb the other cases.
OUTSIDE_TRANSACTION = {"backup.back_up", "restore.restore"}

# Public service functions that take an acting user but are not gated themselves, and why.
NOT_GATED = {
    "exports.write_export": "a helper: its callers render the report, which checks the role",
    "exports.export_rendered": "a helper: the render it is given checks the role",
    "exports.export_streamed": "a helper: the stream it is given checks the role",
    "patients.change_status": "inside the caller's transaction (set_status, hold review)",
    "outcomes.write_exit": "inside the caller's transaction, after its outcomes.check_exit "
                           "(end_episode, the hold review's discharge)",
    "register.write_draft": "inside the transaction of the check that drafted the entry",
    "permissions.require": "the gate itself",
    "permissions.check_witness": "the witness check (test_witness_roles)",
    "auth.authenticate_witness": "the witness check (test_witness_roles)",
    "witness_pin.authenticate": "the witness check, by badge and PIN (tests/test_witness_pin.py)",
    "witness_pin.has_pin": "the actor's own PIN, for their own menu",
    "evaluation.may_view": "whether to show the button: evaluation.evaluation is the gate",
    "evaluation.require_view": "the evaluation's gate (inspectors by a setting: "
                               "tests/test_evaluation.py)",
}


class _Rollback(Exception):
    pass


def call_allowed(rc: OpenRegister, name: str, actor: User) -> Any:
    _action, call = CASES[name]
    if name in OUTSIDE_TRANSACTION:
        return call(rc, actor)
    result = None
    try:
        with rc.reg.db.transaction():
            result = call(rc, actor)
            raise _Rollback
    except _Rollback:
        pass
    finally:
        rc.reg.forget_settings()
    return result


@pytest.mark.parametrize("role", ROLES, ids=str)
@pytest.mark.parametrize("name", sorted(CASES))
def test_every_role_is_allowed_or_refused_as_the_table_says(rc, name, role):
    action, call = CASES[name]
    actor = rc.w.by_role(role)
    before = snapshot(rc.reg.db)
    if role in ACTIONS[action]:
        if role is Role.INSPECTOR:
            call(rc, actor)  # for real: reading may add to the audit log, nothing else
            assert set(changed_tables(before, snapshot(rc.reg.db))) <= {"audit_log"}
        else:
            call_allowed(rc, name, actor)
    else:
        with pytest.raises(PermissionDenied) as refused:
            call(rc, actor)
        assert refused.value.message.endswith(".")
        if name != "restore.restore":
            assert f"Your role ({role.value}) may not {ACTION_WORDS[action]}." == str(
                refused.value)
        assert snapshot(rc.reg.db) == before, f"a refused {name} wrote something"


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_only_a_manager_authorises_a_dose_outside_the_window(rc, role):
    before = snapshot(rc.reg.db)
    authoriser = rc.w.by_role(role)
    if role in ACTIONS[Action.OVERRIDE_WINDOW]:
        override = dosing.authorise_override(rc.reg, rc.w.nurse, authoriser, "Bus late", 1)
        assert override.manager.id == authoriser.id
    else:
        with pytest.raises(PermissionDenied, match="Only a manager"):
            dosing.authorise_override(rc.reg, rc.w.nurse, authoriser, "Bus late", 1)
    assert snapshot(rc.reg.db) == before


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_witness_roles(rc, role):
    """Who may countersign: the witness's own role, checked at sign-in and at the entry."""
    witness = rc.w.by_role(role)
    actor = rc.w.pharmacist if role is not Role.PHARMACIST else rc.w.manager
    before = snapshot(rc.reg.db)
    if role in ACTIONS[Action.WITNESS]:
        assert auth.authenticate_witness(rc.reg, actor, witness.username, PASSWORD).id == \
            witness.id
        try:
            with rc.reg.db.transaction():
                entry = register.receive(rc.reg, actor, witness, rc.w.diam100.id,
                                         receipt(2, batch="D100A", reference="W-1"))
                assert entry.witness_id == witness.id
                raise _Rollback
        except _Rollback:
            pass
    else:
        with pytest.raises(Refused, match="cannot witness"):
            auth.authenticate_witness(rc.reg, actor, witness.username, PASSWORD)
        with pytest.raises(Refused, match="cannot witness"):
            register.receive(rc.reg, actor, witness, rc.w.diam100.id,
                             receipt(2, batch="D100A", reference="W-1"))
    assert snapshot(rc.reg.db) == before


def test_a_deactivated_user_is_refused_at_once(rc):
    """The role is read again on every call: a user deactivated after logging in."""
    nurse = rc.w.nurse
    before = snapshot(rc.reg.db)
    try:
        with rc.reg.db.transaction():
            users.update_user(rc.reg, rc.w.manager, nurse.id,
                              users.UserDetails(nurse.full_name, Role.NURSE), active=False)
            with pytest.raises(PermissionDenied, match="deactivated, so you are signed out"):
                dosing.check_in(rc.reg, nurse, rc.walk_in.id, identity_confirmed=True)
            raise _Rollback
    except _Rollback:
        pass
    assert snapshot(rc.reg.db) == before


# --- the table itself --------------------------------------------------------------------------
READ_ACTIONS = {Action.VIEW_REGISTER, Action.VIEW_PATIENTS, Action.EXPORT_REPORTS,
                Action.VERIFY, Action.VIEW_AUDIT}
NOT_YET_USED: set[Action] = set()


def test_the_table_covers_every_action_and_names_it():
    assert set(ACTIONS) == set(Action)
    assert set(ACTION_WORDS) == set(Action)
    assert all(ACTIONS[a] <= set(Role) and ACTIONS[a] for a in Action)


def test_the_inspector_is_read_only_everywhere():
    allowed = {a for a in Action if Role.INSPECTOR in ACTIONS[a]}
    assert allowed <= READ_ACTIONS


def test_every_action_is_exercised_by_the_matrix():
    used = {action for action, _ in CASES.values()} | {Action.OVERRIDE_WINDOW, Action.WITNESS}
    assert set(Action) - used == NOT_YET_USED


def test_every_public_service_function_with_an_acting_user_is_in_the_matrix():
    found = set()
    for path in sorted((ROOT / "hat_desktop" / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                params = [a.arg for a in node.args.args + node.args.kwonlyargs]
                if "actor" in params:
                    found.add(f"{path.stem}.{node.name}")
    missing = sorted(found - set(CASES) - set(NOT_GATED))
    assert not missing, ("service functions taking an actor but not in the role matrix "
                         f"(add them to CASES in tests/test_role_matrix.py): {missing}")
    named = {name.split("[")[0] for name in CASES} | set(NOT_GATED)
    stale = named - found - {"restore.restore"}  # signs in its own user
    assert not stale, f"stale names in the matrix: {sorted(stale)}"


def test_a_nurse_cannot_set_a_suspended_patient_back_to_active(world: World) -> None:
    w = world
    patients.set_status(w.reg, w.prescriber, w.patient.id, PatientStatus.SUSPENDED,
                        "In custody")
    with pytest.raises(PermissionDenied) as refused:
        patients.set_status(w.reg, w.nurse, w.patient.id, PatientStatus.ACTIVE, "Back")
    assert str(refused.value) == ("Your role (nurse) may not suspend, discharge or "
                                  "reactivate a patient.")
    assert patients.get(w.reg, w.nurse, w.patient.id).status is PatientStatus.SUSPENDED
    patients.set_status(w.reg, w.manager, w.patient.id, PatientStatus.ACTIVE, "Released")
    assert patients.get(w.reg, w.nurse, w.patient.id).status is PatientStatus.ACTIVE
