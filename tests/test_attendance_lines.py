"""The attendance record of a prescription of several lines: every line due in a session
has its row, whatever became of it — given; withheld in a dose whose other line was given
(its reason kept, its prescribed mg counted, nothing given); or the session's outcome
(withheld as a whole, missed) — each with the line's own prescribed mg for that session.
A session is still counted once, and a withholding followed by a re-assessment and a dose
is a dosed session, counted once. The CSV, the printed record and its totals, and the
evaluator's extract all read the same rows."""

import csv
import io
import subprocess
from datetime import timedelta

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.services import attendance_export, dosing, evaluation_extract, prescriptions
from hat_desktop.services.dosing import LineDose
from tests.world import dose_request, two_line_input

DIAM, METH = "Diamorphine hydrochloride", "Methadone hydrochloride"
HAS_SUPPLY = "Still has yesterday's supply at home"
SMELLED = "Smelled of alcohol, unsteady on standing"
REASSESSED = "Re-assessed after the dose was withheld at 09:00 — Unwell"


def _injection(d, mg: int) -> LineDose:
    return LineDose(1, mg, [(d.diam500.id, 1)], "Thigh, left")


def _dose(*lines: LineDose):
    return dose_request(0, [], lines=lines)


def _three_days(d, clock):
    """A mixed regimen (200 mg IV diamorphine in session 1 and 150 mg in session 2; 30 mg
    oral methadone in session 1, taken home), from Monday 02/03/2026 10:00:
    Mon s1: the diamorphine given, the methadone withheld (its reason); Mon s2: missed.
    Tue s1: the whole dose withheld (both lines); Tue s2: given (one line due).
    Wed s1: withheld, re-assessed 35 minutes later and both lines given; Wed s2: missed."""
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    pid = d.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, _dose(
        _injection(d, 200),
        LineDose(2, withheld=WithholdReason.OTHER, withheld_note=HAS_SUPPLY)))
    clock.advance(timedelta(hours=23))  # Tue 09:00
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, pid, WithholdReason.INTOXICATED, SMELLED, 2, 40)
    clock.advance(timedelta(hours=7))  # Tue 16:00
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, _dose(_injection(d, 150)))
    clock.advance(timedelta(hours=17))  # Wed 09:00
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, pid, WithholdReason.UNWELL, "", 3, 0,
                    "Shaky; come back in half an hour")
    clock.advance(timedelta(minutes=35))
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, _dose(_injection(d, 200), LineDose(2, 30)))
    clock.advance(timedelta(hours=10))  # Wed 19:35: the afternoon session has closed
    monday = d.reg.today() - timedelta(days=2)
    return monday, d.reg.today()


# (date, session, line, drug, state, mg prescribed, mg given, reason)
EXPECTED = [
    ("2026-03-02", "1", "1", DIAM, "dosed", "200", "200", ""),
    ("2026-03-02", "1", "2", METH, "dosed", "30", "0", f"Withheld: Other reason: {HAS_SUPPLY}"),
    ("2026-03-02", "2", "1", DIAM, "missed", "150", "", ""),
    ("2026-03-03", "1", "1", DIAM, "withheld", "200", "",
     f"Intoxicated (drugs or alcohol): {SMELLED}"),
    ("2026-03-03", "1", "2", METH, "withheld", "30", "",
     f"Intoxicated (drugs or alcohol): {SMELLED}"),
    ("2026-03-03", "2", "1", DIAM, "dosed", "150", "150", ""),
    ("2026-03-04", "1", "1", DIAM, "dosed", "200", "200", REASSESSED),
    ("2026-03-04", "1", "2", METH, "dosed", "30", "30", REASSESSED),
    ("2026-03-04", "2", "1", DIAM, "missed", "150", "", ""),
]


def test_every_line_due_has_its_row_in_the_csv(world, clock, tmp_path):
    d = world
    first, last = _three_days(d, clock)
    out = tmp_path / "attendance.csv"
    _, count = attendance_export.export(d.reg, d.manager, first, last, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert count == len(rows)
    assert [(r["date"], r["session"], r["line"], r["drug"], r["state"], r["mg_prescribed"],
             r["mg_administered"], r["reason"]) for r in rows] == EXPECTED
    withheld = rows[1]
    # The withheld line: nothing opened, no register entry, marked as a line withheld; the
    # dose's assessment, staff and witness are the record it was withheld in.
    assert (withheld["line_withheld"], withheld["mg_wasted"], withheld["register_entry"],
            withheld["register_entries"], withheld["take_home"], withheld["route"]) == (
        "yes", "", "", "", "", "oral")
    assert (withheld["staff"], withheld["witness"]) == (d.nurse.display, d.nurse2.display)
    assert rows[0]["line_withheld"] == "" and rows[0]["register_entry"].startswith("DIAM500:")
    assert rows[0]["mg_wasted"] == "300"
    assert {r["line_withheld"] for r in rows[2:]} == {""}


def _pdftotext(path) -> tuple[str, str]:
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text, " ".join(text.split())


def test_the_printed_record_shows_the_withheld_line_and_counts_each_session_once(
        world, clock, tmp_path):
    d = world
    first, last = _three_days(d, clock)
    rows = attendance_export.rows_between(d.reg, d.manager, first, last)
    out = tmp_path / "attendance.pdf"
    attendance_export.export(d.reg, d.manager, first, last, "pdf", out)
    _, words = _pdftotext(out)
    assert f"Line 2: {METH} (oral) Withheld: Other reason: {HAS_SUPPLY}" in words
    assert "line withheld" in words
    assert words.count(f"Intoxicated (drugs or alcohol): {SMELLED}") == 2  # both lines
    # re-assessed and dosed: a dosed session (counted once, below), its withholding kept
    assert words.count(REASSESSED) == 2
    # The patient's totals: sessions due, dosed, withheld, missed, on hold, away, not due,
    # closed days (each session once, however many lines it had rows for); mg prescribed
    # (every line due, withheld and missed ones too), given and wasted, per drug.
    assert (f"HAT-0001 Sam Patient 6 3 1 2 0 0 0 0 1050 {DIAM}; 90 {METH} 550 {DIAM}; 30 "
            f"{METH} 950 {DIAM}; 0 {METH}") in words
    assert sum(r.mg_prescribed or 0 for r in rows if r.drug == METH) == 90
    assert len({(r.day, r.session) for r in rows}) == 6


def test_the_evaluators_extract_reads_the_same_rows(world, clock):
    d = world
    first, last = _three_days(d, clock)
    files, _ = evaluation_extract.files(d.reg, d.manager, first, last)
    rows = list(csv.DictReader(io.StringIO(files["attendance.csv"].decode("utf-8"))))
    assert [(r["day"], r["session"], r["drug"], r["state"], r["mg_prescribed"],
             r["mg_administered"]) for r in rows] == [e[:2] + e[3:7] for e in EXPECTED]


def test_a_withholding_recorded_in_error_is_not_the_sessions_outcome(world, clock):
    """As the missed-dose engine counts it: corrected and nothing given, the session is
    missed (not withheld, nor given the wrong withholding's assessment and staff); the
    correction is on the row. Corrected and then dosed: one dosed row, the correction on it."""
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, pid, WithholdReason.UNWELL, "", 2, 0)
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, "Wrong patient chosen")
    clock.advance(timedelta(hours=6))  # 16:00, session 2
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, pid, WithholdReason.DECLINED, "", 0, 0)
    clock.advance(timedelta(minutes=2))
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, "Pressed the wrong button")
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, pid, dose_request(180, [(d.diam100.id, 2)]))
    clock.advance(timedelta(hours=3))  # 19:02: both sessions over
    morning, afternoon = attendance_export.rows_between(d.reg, d.manager, d.reg.today(),
                                                        d.reg.today())
    assert (morning.state, morning.mg_prescribed, morning.mg_administered, morning.staff,
            morning.sedation_score, morning.at) == ("missed", 180, None, "", None, None)
    assert morning.reason == ("The withholding at 10:00 was recorded in error (corrected by "
                              f"{d.nurse.display}, witnessed by {d.nurse2.display}: Wrong "
                              "patient chosen)")
    assert (afternoon.state, afternoon.mg_administered, afternoon.line) == ("dosed", 180, 1)
    assert afternoon.reason == ("The withholding at 16:00 was recorded in error (corrected "
                                f"by {d.nurse.display}, witnessed by {d.nurse2.display}: "
                                "Pressed the wrong button)")


def test_the_extract_codes_why_a_line_was_withheld_and_carries_no_note(world, clock):
    """The extract carries no free text: a line withheld in a dose is told by its coded
    reason (line_withheld), not as 'dosed, 30 mg prescribed, 0 given' alone, and a session
    withheld as a whole by its own (withheld_reason); the notes stay out. The data
    dictionary says so, and that the rows are one per line due."""
    d = world
    first, last = _three_days(d, clock)
    files, _ = evaluation_extract.files(d.reg, d.manager, first, last)
    rows = list(csv.DictReader(io.StringIO(files["attendance.csv"].decode("utf-8"))))
    assert [(r["day"], r["session"], r["drug"], r["state"], r["line_withheld"])
            for r in rows if r["line_withheld"]] == [("2026-03-02", "1", METH, "dosed", "other")]
    assert {r["line_withheld"] for r in rows[2:]} == {""}  # whole withholdings: their state
    # ... and their own coded reason, on each row of the session (Tue s1: both lines), and
    # on no other (Wed s1, withheld then re-assessed and dosed, is a dosed session)
    assert [(r["day"], r["session"], r["drug"], r["state"], r["withheld_reason"])
            for r in rows if r["withheld_reason"]] == [
        ("2026-03-03", "1", DIAM, "withheld", "intoxicated"),
        ("2026-03-03", "1", METH, "withheld", "intoxicated")]
    assert {r["withheld_reason"] for r in rows if r["state"] != "withheld"} == {""}
    assert not any(note in data.decode("utf-8") for data in files.values()
                   for note in (HAS_SUPPLY, SMELLED, "Shaky"))
    dictionary = {(r["file"], r["column"]): r for r in csv.DictReader(io.StringIO(
        files["data_dictionary.csv"].decode("utf-8")))}
    about = dictionary[("attendance.csv", "")]["meaning"]
    assert "session and prescription line due" in about and "further drug" not in about
    for column in ("line_withheld", "withheld_reason"):
        coded = dictionary[("attendance.csv", column)]
        assert "free-text note is never included" in coded["meaning"]
        assert coded["values"].startswith(
            "intoxicated = Intoxicated (drugs or alcohol); unwell = Unwell; declined = "
            "Patient declined the dose; other = Other reason; not_recorded")
    assert "state withheld" in dictionary[("attendance.csv", "withheld_reason")]["meaning"]
