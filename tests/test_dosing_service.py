"""Check-in and dosing through the services: the routine path, every refusal, atomicity."""

from datetime import date, timedelta

import pytest

from hat_desktop.domain.dosing import LessReason, WithholdReason
from hat_desktop.domain.errors import DoseRefused, InvalidInput, PermissionDenied, Refused
from hat_desktop.domain.patients import PatientDetails, PatientStatus
from hat_desktop.domain.register import EntryKind
from hat_desktop.services import dosing as svc
from hat_desktop.services import observation, patients, register, verify
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import register as register_store
from tests.world import NORMAL_READING, dose_request


def _checked_in(d):
    return svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)


def test_routine_dose_writes_attendance_and_register_in_one_go(world):
    d = world
    card = _checked_in(d)
    assert card.can_dose and card.window.number == 1 and card.prescription.dose_mg == 180
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                            dose_request(180, [(d.diam100.id, 2)]))
    assert (result.mg_administered, result.mg_wasted) == (180, 20)
    entry = register_store.entry_by_id(d.reg.db, result.entry_ids[0])
    assert entry.kind is EntryKind.ADMINISTRATION and entry.quantity_out == 2
    assert entry.details["patient_name"] == "Sam Patient"
    assert entry.details["patient_address"].startswith("12 Linthorpe Road")
    assert entry.details["prescriber_licence"] == "HO-123456"
    assert entry.details["mg_administered"] == 180 and entry.details["mg_wasted"] == 20
    assert entry.witness_name == "Nora Nurse (nurse)" and entry.batch == "D100A"
    assert verify.verify_register(d.reg, d.manager).ok


def test_second_dose_in_the_same_session_is_refused(world):
    d = world
    _checked_in(d)
    svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                   dose_request(180, [(d.diam500.id, 1)]))
    with pytest.raises(DoseRefused, match="already dosed in session 1"):
        svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       dose_request(180, [(d.diam500.id, 1)]))


@pytest.mark.parametrize(
    ("mg", "opened", "kw", "message"),
    [
        (200, [(2, 1)], {}, "above the prescribed 180 mg"),
        (1800, [(2, 4)], {}, "ten times or more"),
        (18, [(1, 1)], {}, "a tenth or less"),
        (150, [(1, 2)], {}, "needs|choose the reason"),
        (180, [(1, 1)], {}, "cannot give 180 mg"),
        (180, [(1, 3)], {}, "Too many opened"),
        (180, [(2, 1)], {"sedation_score": 3}, "withhold threshold"),
        (180, [(2, 1)], {"breath_alcohol": 40}, "withhold threshold"),
    ],
)
def test_dose_refusals_write_nothing(world, mg, opened, kw, message):
    d = world
    _checked_in(d)
    ids = {1: d.diam100.id, 2: d.diam500.id}
    before = register_store.entry_count(d.reg.db, d.diam100.id) + \
        register_store.entry_count(d.reg.db, d.diam500.id)
    with pytest.raises((DoseRefused, InvalidInput), match=message):
        svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       dose_request(mg, [(ids[s], u) for s, u in opened], **kw))
    after = register_store.entry_count(d.reg.db, d.diam100.id) + \
        register_store.entry_count(d.reg.db, d.diam500.id)
    assert after == before
    assert not [e for e in attendance_store.events_between(d.reg.db, d.reg.today(),
                                                          d.reg.today())
                if e.kind.value == "dosed"]


def test_less_than_prescribed_with_a_reason_and_daily_maximum(world):
    d = world
    _checked_in(d)
    r = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       dose_request(150, [(d.diam100.id, 2)],
                                    less_reason=LessReason.PATIENT_REQUEST))
    assert r.event.details["less_reason"] == "Patient asked for less"


def test_witness_must_be_someone_else(world):
    d = world
    _checked_in(d)
    with pytest.raises(Refused, match="cannot witness your own"):
        svc.administer(d.reg, d.nurse, d.nurse, d.patient.id,
                       dose_request(180, [(d.diam500.id, 1)]))


def test_outside_window_refused_unless_manager_overrides(world, clock):
    d = world
    clock.advance(timedelta(hours=2))  # 12:00: between sessions
    card = svc.card(d.reg, d.nurse, d.patient.id)
    assert "No session window is open now" in card.refusal
    with pytest.raises(DoseRefused, match="No session window is open"):
        _checked_in(d)
    override = svc.authorise_override(d.reg, d.nurse, d.manager, "Bus broke down", 1)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True, override=override)
    r = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       dose_request(180, [(d.diam500.id, 1)]), override=override)
    assert r.event.session == 1 and r.event.details["override"] == "Bus broke down"
    with pytest.raises(PermissionDenied, match="Only a manager"):
        svc.authorise_override(d.reg, d.nurse, d.nurse2, "x", 1)


def test_suspended_patient_and_no_prescription_refused(world):
    d = world
    patients.set_status(d.reg, d.manager, d.patient.id, PatientStatus.SUSPENDED, "Aggression")
    with pytest.raises(DoseRefused, match="suspended"):
        _checked_in(d)
    other = patients.create_patient(d.reg, d.nurse, PatientDetails(
        "HAT-0002", "Alex Other", date(1990, 1, 1), "3 Park Lane"))
    with pytest.raises(DoseRefused, match="no prescription current"):
        svc.check_in(d.reg, d.nurse, other.id, identity_confirmed=True)


def test_withheld_is_not_missed_and_release_ends_observation(world, clock):
    d = world
    _checked_in(d)
    ev = svc.withhold(d.reg, d.nurse, d.patient.id, WithholdReason.INTOXICATED,
                      "Slurred speech", 2, 60)
    assert ev.kind.value == "withheld"
    assert svc.states_today(d.reg, d.nurse, d.patient.id)[1].value == "withheld"
    clock.advance(timedelta(hours=6))  # 16:00, session 2
    _checked_in(d)
    svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                   dose_request(180, [(d.diam500.id, 1)]))
    with pytest.raises(Refused, match="Observation runs until 16:20"):
        observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Fine")
    clock.advance(timedelta(minutes=21))
    observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "Alert, walking steadily")
    with pytest.raises(Refused, match="not in post-dose observation"):
        observation.release(d.reg, d.nurse, d.patient.id, NORMAL_READING, "again")


def test_dose_is_atomic_when_the_attendance_write_fails(world, monkeypatch):
    d = world
    _checked_in(d)
    before = register_store.entry_count(d.reg.db, d.diam500.id)

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(svc.attendance_store, "add_event", boom)
    with pytest.raises(RuntimeError):
        svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       dose_request(180, [(d.diam500.id, 1)]))
    assert register_store.entry_count(d.reg.db, d.diam500.id) == before
    assert register.count_entries(d.reg, d.manager, d.diam500.id) == before


def test_search_treats_percent_and_underscore_literally(world):
    from hat_desktop.services import patients as patient_service

    d = world
    d.add_patient("HAT-0002", "Ann_Marie 100% Smith")
    d.add_patient("HAT-0003", "Annxmarie Smith")
    found = patient_service.search(d.reg, d.nurse, "Ann_Marie").matches
    assert [p.full_name for p in found] == ["Ann_Marie 100% Smith"]
    assert [p.full_name for p in patient_service.search(d.reg, d.nurse, "100%").matches] == [
        "Ann_Marie 100% Smith"]
    assert len(patient_service.search(d.reg, d.nurse, "Smith").matches) == 2
