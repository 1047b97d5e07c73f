"""Prescription lines (issue 16 items 1, 4, 6): a version holds several lines with a dose
per session; each line given is its own register entry in its own section, all in one
transaction with one witness; a take-home supply is a supply entry with who collected it
and counts against the day's limit; the clinic's ceilings refuse a prescription and a
dose, naming the ceiling; the injection site is kept, the groin only with permission."""

import csv
import io

import pytest

from hat_desktop.domain.dosing import LessReason, WithholdReason
from hat_desktop.domain.errors import DoseRefused, InvalidInput, Refused
from hat_desktop.domain.prescriptions import LineInput, Route
from hat_desktop.services import dosing as svc
from hat_desktop.services import prescriptions, settings, verify
from hat_desktop.services.dosing import LineDose
from hat_desktop.store import attendance as attendance_store
from hat_desktop.store import register as register_store
from tests.world import dose_request, methadone, two_line_input


def _two_lines(d, **kw):
    return prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone", **kw))


def _dose(d, *lines, **kw):
    return dose_request(0, [], lines=tuple(lines), **kw)


INJECTION = LineDose(1, 200, [(2, 1)], "Thigh, left")
TAKE_HOME = LineDose(2, 30, collected_by="Jo Bloggs (sister), 3 High St, TS1 2AB",
                     id_requested=True, id_provided=True)


def test_a_two_line_prescription_keeps_each_session_dose(world):
    d = world
    rx = _two_lines(d)
    assert rx.version == 2 and len(rx.lines) == 2
    diam, meth = rx.lines
    assert (diam.route, diam.dose_for(1), diam.dose_for(2), diam.take_home) == (
        Route.IV, 200, 150, False)
    assert (meth.route, meth.dose_for(1), meth.dose_for(2), meth.take_home) == (
        Route.ORAL, 30, None, True)
    assert rx.daily_limit_for("Diamorphine hydrochloride") == 350  # per drug
    assert rx.daily_limit_for("methadone hydrochloride") == 30
    again = prescriptions.versions(d.reg, d.prescriber, d.patient.id)[-1]
    assert again.lines == rx.lines  # read back as written
    assert [v.lines[0].doses for v in prescriptions.versions(
        d.reg, d.prescriber, d.patient.id)] == [((1, 180), (2, 180)), ((1, 200), (2, 150))]


def test_a_two_line_dose_is_two_entries_in_two_sections_with_one_witness(world):
    d = world
    _two_lines(d)
    meth = methadone(d)
    card = svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    assert [ln.position for ln in card.lines_due] == [1, 2]
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                            _dose(d, INJECTION, TAKE_HOME))
    diam_entry, meth_entry = (register_store.entry_by_id(d.reg.db, i) for i in result.entry_ids)
    assert (diam_entry.section_id, diam_entry.quantity_out) == (d.diam500.id, 1)
    assert diam_entry.details["site"] == "Thigh, left" and diam_entry.details["route"] == "IV"
    assert diam_entry.details["mg_wasted"] == 300
    assert (meth_entry.section_id, meth_entry.quantity_out) == (meth.id, 30)  # 30 ml
    assert meth_entry.details["take_home"] is True
    assert meth_entry.details["collected_by"].startswith("Jo Bloggs (sister)")
    assert meth_entry.details["id_requested"] and meth_entry.details["id_provided"]
    assert diam_entry.witness_name == meth_entry.witness_name == "Nora Nurse (nurse)"
    [event] = [e for e in attendance_store.events_between(d.reg.db, card.day, card.day)
               if e.kind.value == "dosed"]
    assert event.mg_administered == 200 and set(event.entry_ids) == set(result.entry_ids)
    assert [(ln["line"], ln["mg"], ln["take_home"], ln["site"]) for ln in
            event.details["lines"]] == [(1, 200, False, "Thigh, left"), (2, 30, True, None)]
    later = svc.card(d.reg, d.nurse, d.patient.id)
    assert later.given_today_of("Methadone hydrochloride") == 30
    assert later.last_sites == ("Thigh, left",)
    assert verify.verify_register(d.reg, d.manager).ok


def test_a_failing_line_writes_nothing_for_any_line(world):
    d = world
    _two_lines(d)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    counts = [register_store.balance(d.reg.db, s.id) for s in (d.diam500, methadone(d))]
    with pytest.raises(DoseRefused, match="above the prescribed 30 mg"):
        svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                       _dose(d, INJECTION, LineDose(2, 40)))
    assert [register_store.balance(d.reg.db, s.id) for s in (d.diam500, methadone(d))] == counts


@pytest.mark.parametrize(("lines", "error", "message"), [
    ((INJECTION, INJECTION, TAKE_HOME), DoseRefused, "Line 1 is entered twice"),
    ((INJECTION,), InvalidInput, r"Record line 2 \(Methadone hydrochloride\) too"),
    ((LineDose(1, 250, [(2, 1)], "Arm, left"), TAKE_HOME), DoseRefused,
     "above the prescribed 200 mg"),
    ((LineDose(1, 200, [(2, 1)], ""), TAKE_HOME), InvalidInput, "Choose the injection site"),
    ((LineDose(1, 200, [(2, 1)], "Ear, left"), TAKE_HOME), InvalidInput,
     "not on the clinic's list"),
    ((LineDose(1, 200, [(2, 1)], "Groin, left"), TAKE_HOME), DoseRefused,
     "groin .* needs the prescriber's permission"),
    ((LineDose(1, withheld=WithholdReason.DECLINED), LineDose(2, withheld="unwell")),
     InvalidInput, "Every line is withheld"),
    ((INJECTION, LineDose(2, 25)), DoseRefused, "choose the reason"),
    ((INJECTION, LineDose(2, 3000)), DoseRefused, "ten times or more"),
])
def test_each_line_is_checked(world, lines, error, message):
    d = world
    _two_lines(d)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    with pytest.raises(error, match=message):
        svc.check_dose(d.reg, d.nurse, d.patient.id, _dose(d, *lines))


def test_a_line_may_be_withheld_with_its_reason_while_another_is_given(world):
    d = world
    _two_lines(d)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id, _dose(
        d, INJECTION, LineDose(2, withheld=WithholdReason.OTHER, withheld_note="Has a supply")))
    assert len(result.entry_ids) == 1
    kept = result.event.details["lines"][1]
    assert (kept["withheld"], kept["note"], kept["mg"]) == ("other", "Has a supply", 0)


def test_the_groin_with_the_prescribers_permission(world):
    d = world
    _two_lines(d, groin_allowed=True)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id, _dose(
        d, LineDose(1, 200, [(2, 1)], "groin, RIGHT"), TAKE_HOME))
    assert result.lines[0].site == "Groin, right"  # as the clinic's list spells it


def test_a_take_home_supply_counts_against_the_days_limit(world):
    d = world
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, oral_mg=40, change_reason="More cover"))
    # The methadone ceiling is lowered by a manager after the prescription was written.
    settings.change(d.reg, d.manager, dose_ceilings=(
        ("Diamorphine hydrochloride", 500, 1000), ("Methadone hydrochloride", None, 35)))
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    with pytest.raises(DoseRefused, match="clinic's ceiling of 35 mg per day"):
        svc.check_dose(d.reg, d.nurse, d.patient.id, _dose(d, INJECTION, LineDose(2, 40)))
    ok = svc.check_dose(d.reg, d.nurse, d.patient.id, _dose(
        d, INJECTION, LineDose(2, 35, less_reason=LessReason.CLINICAL)))
    assert [c.mg for c in ok.lines] == [200, 35]


@pytest.mark.parametrize(("kw", "message"), [
    ({"am": 600}, "600 mg of Diamorphine hydrochloride in one injection is above the "
                  "clinic's ceiling of 500 mg per injection"),
    ({"am": 500, "pm": 500, "oral_mg": 30}, None),
    ({"oral_mg": 160}, "160 mg of Methadone hydrochloride a day is above the clinic's "
                       "ceiling of 150 mg per day"),
])
def test_a_prescription_above_a_clinic_ceiling_is_refused_naming_it(world, kw, message):
    d = world
    rx = two_line_input(d, change_reason="Change", **kw)
    if message is None:
        assert prescriptions.check_prescription(d.reg, d.prescriber, d.patient.id, rx)
        return
    with pytest.raises(Refused, match=message):
        prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, rx)


def test_the_daily_ceiling_counts_every_line_of_the_drug(world):
    d = world
    settings.change(d.reg, d.manager, dose_ceilings=(("Diamorphine hydrochloride", 500, 600),))
    with pytest.raises(Refused, match="700 mg of Diamorphine hydrochloride a day is above"):
        prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
            d, am=400, pm=300, change_reason="Up"))


@pytest.mark.parametrize(("line", "message"), [
    (LineInput((1,), ((1, 100),), "oral"), "cannot be given oral"),
    (LineInput((1,), ((1, 100),), "iv", take_home=True), "only an oral line can be taken home"),
    (LineInput((1, 3), ((1, 100),), "iv"), "must be the same drug"),
    (LineInput((1,), ((1, 100), (5, 100)), "iv"), "there is no session 5"),
    (LineInput((1,), ((1, ""), (2, None)), "iv"), "at least one session"),
    (LineInput((1,), ((1, 100), (2, 0)), "iv"), "Line 1: The dose per session cannot be zero"),
    (LineInput((1,), ((1, 100),), "xx"), "Choose the route"),
])
def test_a_line_that_makes_no_sense_is_refused(world, line, message):
    d = world
    meth = methadone(d)
    ids = {1: d.diam100.id, 3: meth.id}  # 1: an injectable product, 3: an oral one
    fixed = LineInput(tuple(ids[s] for s in line.section_ids), line.doses, line.route,
                      line.take_home)
    rx = two_line_input(d, change_reason="x")
    rx = type(rx)(rx.section_ids, rx.dose_mg, rx.sessions, rx.start_date, rx.end_date,
                  change_reason="x", lines=(fixed, rx.lines[1]))
    with pytest.raises(InvalidInput, match=message):
        prescriptions.check_prescription(d.reg, d.prescriber, d.patient.id, rx)


def test_the_one_line_dose_of_before_still_works_and_keeps_its_site(world):
    d = world
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                            dose_request(180, [(d.diam100.id, 2)], site="Deltoid, right"))
    assert register_store.entry_by_id(d.reg.db, result.entry_ids[0]).details["site"] == (
        "Deltoid, right")


def test_the_attendance_export_has_a_row_per_line_and_the_day_summary_the_supplies(world):
    from hat_desktop.reports import attendance_report
    from hat_desktop.services import attendance_export, day_summary
    from hat_desktop.services.exports import provenance

    d = world
    _two_lines(d)
    svc.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    result = svc.administer(d.reg, d.nurse, d.nurse2, d.patient.id,
                            _dose(d, INJECTION, TAKE_HOME))
    day = d.reg.today()
    rows = [r for r in attendance_export.rows_between(d.reg, d.manager, day, day)
            if r.session == 1]
    diam = register_store.entry_by_id(d.reg.db, result.entry_ids[0])
    meth = register_store.entry_by_id(d.reg.db, result.entry_ids[1])
    code = register_store.section_by_id(d.reg.db, diam.section_id).code
    assert [(r.line, r.route, r.site, r.take_home, r.mg_prescribed, r.mg_administered,
             r.register_entries) for r in rows] == [
        (1, "IV", "Thigh, left", False, 200, 200, (f"{code}:{diam.number}",)),
        (2, "oral", "", True, 30, 30, (f"METH1:{meth.number}",))]
    assert rows[0].mg_wasted == result.mg_wasted and rows[1].mg_wasted is None  # once
    # The totals count the session once and never add methadone mg to diamorphine mg.
    per, everyone = attendance_report.totals(rows)
    assert per[0].states["dosed"] == 1 and per[0].due == 1
    assert per[0].mg_given == {"Diamorphine hydrochloride": 200, "Methadone hydrochloride": 30}
    assert attendance_report.mg_text(everyone.mg_given, named=True) == (
        "200 Diamorphine hydrochloride; 30 Methadone hydrochloride")
    csv_rows = list(csv.DictReader(io.StringIO(attendance_report.to_csv(
        rows, provenance(d.reg, day, day)).decode())))
    assert [(r["line"], r["route"], r["site"], r["take_home"], r["register_entry"], r["drug"])
            for r in csv_rows] == [
        ("1", "IV", "Thigh, left", "no", f"{code}:{diam.number}", "Diamorphine hydrochloride"),
        ("2", "oral", "", "yes", f"METH1:{meth.number}", "Methadone hydrochloride")]
    s = day_summary.summary(d.reg, d.manager, day)
    assert s.take_home == (
        f"HAT-0001 Sam Patient, session 1: 30 mg Methadone hydrochloride (METH1 No. "
        f"{meth.number}), collected by Jo Bloggs (sister), 3 High St, TS1 2AB",)
