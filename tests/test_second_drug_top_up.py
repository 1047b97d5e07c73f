"""A top-up of a line of another drug (issue 16 attacked): 200 mg IV diamorphine and 50 mg IM
methadone in session 1, the methadone line given 30 mg, then topped up by 20 mg. The
attendance record's ``mg_administered`` counts the prescription's first drug only, so such
a top-up holds 0 there: every screen and report must still say 20 mg of methadone, and a
drug's waste must never be put against the other drug."""

import csv
import io
from datetime import timedelta

from hat_desktop.domain.dosing import LessReason
from hat_desktop.domain.prescriptions import LineInput, PrescriptionInput
from hat_desktop.gui.check_in_text import recent_html
from hat_desktop.reports import attendance_report
from hat_desktop.services import (
    attendance,
    attendance_export,
    day_summary,
    dosing,
    evaluation_extract,
    prescriptions,
    top_ups,
)
from hat_desktop.services.dosing import DoseRequest, LineDose
from hat_desktop.services.top_ups import TopUpRequest
from hat_desktop.store import attendance as attendance_store
from tests.world import methadone_injection

DIAM, METH = "Diamorphine hydrochloride", "Methadone hydrochloride"


def iv_diamorphine_and_im_methadone(d) -> PrescriptionInput:
    meth = methadone_injection(d)
    today = d.reg.today()
    return PrescriptionInput(
        (), 0, frozenset(), today, today + timedelta(days=90),
        change_reason="IM methadone beside the diamorphine", lines=(
            LineInput((d.diam100.id,), ((1, 200), (2, 200)), "iv"),
            LineInput((meth.id,), ((1, 50), (2, 50)), "im")))


def test_a_methadone_top_up_shows_its_own_mg_and_waste_everywhere(world, clock):
    d = world
    meth = methadone_injection(d)
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, iv_diamorphine_and_im_methadone(d))
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, DoseRequest(
        (), 200, 0, 0, lines=(
            LineDose(1, 200, [(d.diam100.id, 2)], "Arm, left"),  # nothing wasted
            LineDose(2, 30, [(meth.id, 1)], "Thigh, right",  # 20 mg wasted
                     less_reason=LessReason.PATIENT_REQUEST))))
    clock.advance(timedelta(minutes=25))
    [_, offer] = top_ups.offers(d.reg, d.nurse, d.patient.id)
    assert (offer.given_mg, offer.room_mg, offer.available) == (30, 20, True)
    done = top_ups.top_up(d.reg, d.nurse, d.nurse2, d.patient.id,
                          TopUpRequest(2, 20, [(meth.id, 1)], "Arm, right", 0, 0))
    assert (done.event.mg_administered, done.event.mg_given) == (0, 20)  # 0 mg diamorphine
    # The queue's offer counts the top-up (it said 30 mg given, 20 mg left, before).
    [_, offer] = top_ups.offers(d.reg, d.nurse, d.patient.id)
    assert (offer.given_mg, offer.room_mg) == (50, 0)
    # The check-in screen's last doses (and the release and event screens: the same figure).
    [top_up, dose] = attendance_store.recent_doses(d.reg.db, d.patient.id, 3)
    text = recent_html((top_up, dose), d.reg.tz)
    assert "10:25: 20 mg Methadone hydrochloride top-up (session 1)" in text  # not diamorphine
    assert "10:00: 200 mg (session 1)" in text
    # The board's per-session figure: the diamorphine's total, the methadone's top-up apart.
    assert attendance.board(d.reg, d.nurse).rows[0].cells[0].detail == (
        "200 mg at 10:00 + top-up 20 mg Methadone hydrochloride at 10:25; observe until 10:45")
    card = dosing.card(d.reg, d.nurse, d.patient.id)  # the daily maximum: per drug
    assert (card.given_today_mg, card.given_today_of(METH)) == (200, 50)
    # The attendance record: each line's waste on its own row, per drug in the totals.
    day = d.reg.today()
    rows = [r for r in attendance_export.rows_between(d.reg, d.manager, day, day)
            if r.session == 1]
    assert [(r.drug, r.mg_administered, r.mg_wasted, r.top_up, r.session_total_mg)
            for r in rows] == [(DIAM, 200, 0, False, None), (METH, 30, 20, False, 50),
                               (METH, 20, 30, True, 50)]
    [per], _ = attendance_report.totals(rows)
    assert per.mg_given == {DIAM: 200, METH: 50}
    assert per.mg_wasted == {DIAM: 0, METH: 50}  # was {DIAM: 20, METH: 30}
    # The day summary (from the register) agrees.
    s = day_summary.summary(d.reg, d.manager, day)
    assert {(x.section.code, x.doses, x.top_ups, x.mg_administered, x.mg_wasted)
            for x in s.sections if x.doses} == {("DIAM100", 1, 0, 200, 0),
                                                ("METHINJ", 1, 1, 50, 50)}
    assert attendance_store.outcomes(d.reg.db, [d.patient.id], day, day)[d.patient.id][
        (day, 1)].mg == 200  # the attendance grid's mg: the prescription's drug only
    # The evaluation extract: each row its own waste and drug (it gave the session's whole
    # waste, 20 mg, on the diamorphine row and again on the methadone row, and no drug).
    extract, _ = evaluation_extract.files(d.reg, d.manager, day, day)
    found = [(r["mg_administered"], r["mg_wasted"], r["drug"]) for r in csv.DictReader(
        io.StringIO(extract["attendance.csv"].decode())) if r["session"] == "1"]
    assert found == [("200", "0", DIAM), ("30", "20", METH), ("20", "30", METH)]
