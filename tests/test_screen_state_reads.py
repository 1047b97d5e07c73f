"""One service call per screen state, no query run twice for it (issue 12): the check-in
card carries everything the check-in screen shows — the photo, the dose change — and the
patient's record everything the patient's page shows; reading either (or today's board)
runs each query once."""

import io
from datetime import timedelta

import pytest
from PIL import Image

from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.services import attendance, dosing, patients, prescriptions
from tests.raw_register import Queries
from tests.world import World, dose_request


def photo_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 160), (180, 140, 110)).save(out, format="PNG")
    return out.getvalue()


def test_the_card_carries_the_photo_and_the_dose_change(world: World) -> None:
    d, pid = world, world.patient.id
    patients.set_photo(d.reg, d.manager, pid, photo_png())
    prescriptions.prescribe(d.reg, d.prescriber, pid, PrescriptionInput(
        (d.diam100.id, d.diam500.id), 150, frozenset({1, 2}), d.reg.today(),
        d.reg.today() + timedelta(days=60), change_reason="Reduced at the review"))
    card = dosing.card(d.reg, d.nurse, pid)
    assert card.photo == patients.photo(d.reg, d.nurse, pid)
    assert card.changed_from is not None and card.changed_from.dose_mg == 180
    assert card.prescription is not None and card.prescription.dose_mg == 150
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(150, [(d.diam100.id, 2)]))
    after = dosing.card(d.reg, d.nurse, pid)
    assert after.changed_from is None  # the first dose at the new dose was given
    board = attendance.board(d.reg, d.nurse)
    assert not any(cell.dose_change for row in board.rows for cell in row.cells)


@pytest.mark.parametrize("minutes", [0, 90], ids=["session open", "between sessions"])
def test_reading_the_card_runs_each_query_once(world, clock, monkeypatch, minutes) -> None:
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    clock.advance(timedelta(minutes=minutes))
    queries = Queries(d.reg.db, monkeypatch)
    card = dosing.card(d.reg, d.nurse, pid)
    assert (card.window is None) == (minutes == 90)
    assert queries.seen and queries.repeated() == []


def test_reading_the_board_runs_each_query_once(world, monkeypatch) -> None:
    world.add_patient("HAT-0002", "Pat Second")
    queries = Queries(world.reg.db, monkeypatch)
    board = attendance.board(world.reg, world.nurse)
    assert len(board.rows) == 2
    assert queries.repeated() == []


def test_the_patient_record_is_read_in_one_call_each_query_once(world, monkeypatch) -> None:
    d, pid = world, world.patient.id
    patients.set_photo(d.reg, d.manager, pid, photo_png())
    since = d.reg.today() - timedelta(days=56)
    queries = Queries(d.reg.db, monkeypatch)
    found = patients.record(d.reg, d.nurse, pid, since)
    assert queries.repeated() == []
    assert found.patient.clinic_number == "HAT-0001" and found.photo
    assert [v.dose_mg for v in found.versions] == [180]
    assert found.assessment.days[-1].day == d.reg.today()
    assert found.calendar.windows(d.reg.today())
