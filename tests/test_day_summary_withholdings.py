"""The end-of-day summary's withholdings follow the attendance record's rule (one rule,
domain.session_withholdings): a withholding recorded in error is not a withheld session
(its session is missed) but is listed under a heading of its own, with who corrected it,
who witnessed and when (never its note); a withholding followed by a re-assessment and a
dose is shown as re-assessed and dosed, not as a withheld session; a line withheld within
a dose of the session's other line is listed with its reason. Built through the real
services on a real register; the saved PDF is read back."""

import io
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from hat_desktop.domain.dosing import WithholdReason
from hat_desktop.services import (
    attendance_export,
    day_summary,
    day_summary_export,
    dosing,
    prescriptions,
)
from hat_desktop.services.dosing import LineDose
from hat_desktop.store import audit
from tests.world import dose_request, two_line_input


def _day(d, clock):
    """Monday 02/03/2026, session 1 (from 10:00):
    HAT-0001 (two lines): the diamorphine given, the methadone withheld (Other reason);
    HAT-0002: withheld at 10:05 (Unwell), re-assessed and dosed at 10:40;
    HAT-0003: withheld at 10:10 in error, corrected; never dosed (a missed session);
    HAT-0004: withheld at 10:15 (Intoxicated): a withheld session.
    Then 19:00: both sessions are over."""
    prescriptions.prescribe(d.reg, d.prescriber, d.patient.id, two_line_input(
        d, change_reason="Night cover with oral methadone"))
    reassessed, _ = d.add_patient("HAT-0002", "Rory Reassessed")
    in_error, _ = d.add_patient("HAT-0003", "Erin Error")
    withheld, _ = d.add_patient("HAT-0004", "Will Withheld")
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, dose_request(0, [], lines=(
        LineDose(1, 200, [(d.diam500.id, 1)], "Thigh, left"),
        LineDose(2, withheld=WithholdReason.OTHER, withheld_note="Has a supply at home"))))
    clock.advance(timedelta(minutes=5))
    dosing.check_in(d.reg, d.nurse, reassessed.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, reassessed.id, WithholdReason.UNWELL, "", 3, 0)
    clock.advance(timedelta(minutes=5))
    dosing.check_in(d.reg, d.nurse, in_error.id, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, in_error.id, WithholdReason.DECLINED, "", 0, 0)
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, "Wrong patient chosen")
    clock.advance(timedelta(minutes=5))
    dosing.check_in(d.reg, d.nurse, withheld.id, identity_confirmed=True)
    dosing.withhold(d.reg, d.nurse, withheld.id, WithholdReason.INTOXICATED, "Slurred", 2, 40)
    clock.advance(timedelta(minutes=25))  # 10:40
    dosing.check_in(d.reg, d.nurse, reassessed.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, reassessed.id,
                      dose_request(180, [(d.diam100.id, 2)]))
    clock.set(datetime(2026, 3, 2, 19, 0, tzinfo=UTC))


def _words(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _listed(words: str, heading: str, following: str) -> str:
    return words[words.index(heading):words.index(following)]


def test_the_summary_lists_withholdings_by_the_attendance_records_rule(world, clock, tmp_path):
    d = world
    _day(d, clock)
    out = tmp_path / "summary.pdf"
    day_summary_export.save(d.reg, d.pharmacist, d.reg.today(), out)
    words = _words(out)
    withheld = _listed(words, "Withheld sessions", "Lines withheld within a dose")
    assert withheld == ("Withheld sessions (1) • HAT-0004 Will Withheld, session 1: "
                        "Intoxicated (drugs or alcohol) ")
    lines = _listed(words, "Lines withheld within a dose", "Withheld, then re-assessed")
    assert lines == ("Lines withheld within a dose (1) • HAT-0001 Sam Patient, session 1: "
                     "line 2 (Methadone hydrochloride) withheld: Other reason; the dose's "
                     "other line(s) given ")
    again = _listed(words, "Withheld, then re-assessed and dosed",
                    "Withholdings recorded in error")
    assert again == ("Withheld, then re-assessed and dosed (1) • HAT-0002 Rory Reassessed, "
                     "session 1: withheld at 10:05 — Unwell; re-assessed and dosed at 10:40 ")
    # not dropped: an inspector sees that a withholding was made and corrected, and by whom
    corrected = _listed(words, "Withholdings recorded in error and corrected",
                        "Missed sessions")
    assert corrected == (
        "Withholdings recorded in error and corrected (1) • HAT-0003 Erin Error, session 1: "
        "withheld at 10:10 — Patient declined the dose; recorded in error, corrected at "
        f"10:10 by {d.nurse.display}, witnessed by {d.nurse2.display} ")
    assert "Wrong patient chosen" not in words  # the summary gives no withholding's note
    missed = _listed(words, "Missed sessions", "Adverse events")
    assert "HAT-0003 Erin Error, session 1" in missed  # corrected: missed, never withheld
    assert "Erin Error" not in withheld + lines + again
    saved = audit.entries(d.reg.db, actions=["export"], limit=1)[0]
    assert (saved.details["withheld"], saved.details["lines_withheld"],
            saved.details["reassessed"], saved.details["withholdings_in_error"]) == (1, 1, 1, 1)


def test_the_summary_and_the_attendance_record_agree(world, clock):
    """The sessions the summary lists as withheld are the attendance record's withheld
    sessions; its re-assessed one is dosed there; its withheld line a line withheld."""
    d = world
    _day(d, clock)
    summary = day_summary.summary(d.reg, d.pharmacist, d.reg.today())
    rows = attendance_export.rows_between(d.reg, d.manager, d.reg.today(), d.reg.today())
    morning = {r.clinic_number: r for r in rows if r.session == 1 and r.line in (None, 1)}
    assert {n for n, r in morning.items() if r.state == "withheld"} == {
        item.split()[0] for item in summary.withheld}
    assert morning["HAT-0002"].state == "dosed"
    assert morning["HAT-0003"].state == "missed"
    assert [(r.clinic_number, r.line) for r in rows if r.line_withheld] == [("HAT-0001", 2)]


def test_a_withholding_corrected_the_next_morning_is_on_its_days_summary(world, clock):
    """Withheld on Monday at 10:00, found the next morning to have been recorded in error:
    Monday's summary, printed again, lists it with the day and time of the correction (the
    session is then missed); Tuesday's does not (the withholding was Monday's)."""
    d, pid = world, world.patient.id
    dosing.check_in(d.reg, d.nurse, pid, identity_confirmed=True)
    wrong = dosing.withhold(d.reg, d.nurse, pid, WithholdReason.UNWELL, "", 2, 0)
    monday = d.reg.today()
    clock.set(datetime(2026, 3, 3, 8, 0, tzinfo=UTC))
    dosing.correct_withholding(d.reg, d.nurse, d.nurse2, wrong.id, "Meant for another patient")
    s = day_summary.summary(d.reg, d.pharmacist, monday)
    assert s.withheld == ()
    assert s.in_error == (
        f"{d.patient.label}, session 1: withheld at 10:00 — Unwell; recorded in error, "
        f"corrected at 03/03/2026 08:00 by {d.nurse.display}, witnessed by "
        f"{d.nurse2.display}",)
    assert f"{d.patient.label}, session 1" in s.missed
    assert day_summary.summary(d.reg, d.pharmacist, d.reg.today()).in_error == ()


def test_a_reason_that_is_not_a_code_is_not_recorded_never_an_error():
    """A dose record damaged outside the app (a list, a number, an unknown word where the
    reason's code belongs) gives 'not_recorded' in the extract, not a crash of the export."""
    from hat_desktop.domain.session_withholdings import NOT_RECORDED, line_withheld_code

    assert line_withheld_code({"withheld": "unwell"}) == "unwell"
    for damaged in (["unwell"], {"a": 1}, 3, None, "sleepy"):
        assert line_withheld_code({"withheld": damaged}) == NOT_RECORDED
