"""The evaluation (issue 18, items 4-6): receipt prices, costs against a hand computation,
Kaplan-Meier retention, TOP start vs latest, who may read it, and the evaluation report
written and read back (pdftotext) with the table's figures matching the data."""

import subprocess
from datetime import date, timedelta
from fractions import Fraction

import pytest

from hat_desktop.domain.agency_contacts import AgencyKind, ContactAction
from hat_desktop.domain.costs import (
    batch_prices,
    days_in_treatment,
    money,
    parse_price,
)
from hat_desktop.domain.episodes import EpisodeStart, ExitInput, ExitReason, ReferralSource
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.evaluation import kaplan_meier, panel_lines
from hat_desktop.domain.outcome_reviews import ReviewInput, ReviewStage
from hat_desktop.domain.pseudonyms import pseudonym
from hat_desktop.services import (
    adverse_events,
    agency_contacts,
    dosing,
    drug_screens,
    evaluation,
    observation,
    outcomes,
    register,
    settings,
)
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import register as register_store
from tests.command_line import assert_clear_refusal, run_cli
from tests.test_agency_contacts import contact
from tests.test_drug_screens import P, sample_screen
from tests.test_outcomes import items
from tests.test_safety_records import overdose
from tests.world import NORMAL_READING, PASSWORD, START, World, dose_request, receipt

FIRST = START.date() - timedelta(days=99)  # the episode's start: 100 days to today
PRICED_EXPIRY = date(2029, 1, 1)  # before the world's own batches: used first


# --- domain ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "pence"), [
    ("12.50", 1250), ("£12.5", 1250), ("1,200", 120000), (" 0.02 ", 2), ("", None), (".5", 50)])
def test_prices_are_typed_in_pounds_and_kept_in_pence(typed, pence) -> None:
    assert parse_price(typed) == pence


@pytest.mark.parametrize("typed", ["12.505", "-3", "twelve", "1e3", "١٢", "200000"])
def test_a_price_that_is_not_one_is_refused_in_words(typed) -> None:
    with pytest.raises(InvalidInput, match="unit price"):
        parse_price(typed)


def test_money_and_weighted_batch_prices() -> None:
    assert money(1_200_000) == "£12,000" and money(Fraction(2321, 2)) == "£11.60"
    prices = batch_prices([(1, "A", 10, 420), (1, "A", 10, 500), (2, "B", 5, 1400)])
    assert prices == {(1, "A"): Fraction(460), (2, "B"): Fraction(1400)}


def test_days_in_treatment_count_only_the_period_and_not_the_future() -> None:
    d = date(2026, 1, 1)
    spans = [(d, d + timedelta(days=9)), (d + timedelta(days=20), None)]
    assert days_in_treatment(spans, d + timedelta(days=5), d + timedelta(days=40),
                             d + timedelta(days=24)) == 5 + 5


def test_kaplan_meier_steps_at_exits_and_counts_the_censored_at_risk() -> None:
    # 4 episodes: exits at 100 and 200 days; two still open at 150 and 400 days.
    km = kaplan_meier([(100, True), (150, False), (200, True), (400, False)])
    assert km.steps == ((0, 1.0), (100, 0.75), (200, 0.75 * (1 - 1 / 2)))
    assert km.censored == ((150, 0.75), (400, 0.375))
    assert dict(km.at_risk)[0] == 4 and dict(km.at_risk)[182] == 2
    assert dict(km.at_risk)[365] == 1 and km.exits == 2


# --- services: costs against a hand computation ---------------------------------------------
def _cohort(w: World) -> None:
    """HAT-0001 in treatment for the last 100 days (start review, 3-month review); today
    a dose from 2 ampoules of priced DIAM100 (two receipts of the batch at £4.20 and
    £5.00: £4.60 each) and one from a DIAM500 ampoule at £14.00; staff £18.50 a day."""
    reg, clock = w.reg, w.reg.clock
    outcomes.start_episode(reg, w.nurse, w.patient.id, EpisodeStart(
        ReferralSource.GP, FIRST - timedelta(days=20), FIRST - timedelta(days=7), FIRST))
    outcomes.record_review(reg, w.nurse, w.patient.id, ReviewInput(
        ReviewStage.START, FIRST, items(opioid_days=24, shoplifting_days=12)))
    outcomes.record_review(reg, w.nurse, w.patient.id, ReviewInput(
        ReviewStage.REVIEW, FIRST + timedelta(days=92), items(
            opioid_days=4, shoplifting_days=2, drug_selling_days=0, violence_days=0,
            quality_of_life=13)))
    for qty, price in ((10, "4.20"), (10, "5.00")):
        register.receive(reg, w.pharmacist, w.nurse, w.diam100.id, receipt(
            qty, batch="P100", expiry=PRICED_EXPIRY, unit_price=price))
    register.receive(reg, w.pharmacist, w.nurse, w.diam500.id, receipt(
        5, batch="P500", expiry=PRICED_EXPIRY, unit_price="14.00"))
    settings.change(reg, w.manager, staff_cost_per_day_pence=1850)
    dosing.check_in(reg, w.nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(reg, w.nurse, w.nurse2, w.patient.id,
                      dose_request(180, [(w.diam100.id, 2)]))
    clock.advance(timedelta(minutes=30))  # type: ignore[attr-defined]
    observation.release(reg, w.nurse, w.patient.id, NORMAL_READING, "Alert, walking steadily")
    clock.set(START.replace(hour=16))  # type: ignore[attr-defined]
    dosing.check_in(reg, w.nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(reg, w.nurse, w.nurse2, w.patient.id,
                      dose_request(180, [(w.diam500.id, 1)]))


def test_a_receipt_keeps_its_unit_price_and_refuses_a_wrong_one(world) -> None:
    w = world
    with pytest.raises(InvalidInput, match="The unit price is an amount in pounds"):
        register.check_receipt(w.reg, w.pharmacist, w.diam100.id,
                               receipt(5, batch="X1", unit_price="4,20p"))
    entry = register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                             receipt(5, batch="X1", unit_price="£4.20"))
    assert entry.details["unit_price_pence"] == 420
    plain = register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(5, batch="X2"))
    assert "unit_price_pence" not in plain.details


def test_costs_match_a_hand_computation(world) -> None:
    w = world
    _cohort(w)
    ev = evaluation.evaluation(w.reg, w.manager, FIRST, START.date())
    (patient,) = ev.patients
    # the evaluator's pseudonym (the extract's), never the clinic number
    assert patient.label == _pseudonym(w) != "HAT-0001" and patient.cost is not None
    cost = patient.cost
    # by hand: 2 x 460p + 1 x 1400p = 2320p of drugs; 100 days x 1850p of staff. The
    # register began today (the world's first receipt), so the drugs cover 1 day of the
    # 100: a year costs 2320p x 365 of drugs and 1850p x 365 of staff.
    assert cost.days == 100 and cost.drug_days == 1 and cost.unpriced_units == 0
    assert cost.drug_pence == 2 * 460 + 1400 and cost.staff_pence == 185_000
    assert cost.per_year_pence == 2320 * 365 + 1850 * 365 == 1_522_050
    assert ev.cost.text == "Cost per patient-year: £15,220.50 (127 % of the budget of £12,000)"
    # the register agrees: what left the priced batches for the patient
    rows = register_store.units_out_per_patient(w.reg.db, *_day(w))
    assert sorted((s, b, u) for _, s, b, u in rows) == sorted(
        [(w.diam100.id, "P100", 2), (w.diam500.id, "P500", 1)])


def _pseudonym(w: World) -> str:
    return pseudonym(outcomes_store.pseudonym_secret(w.reg.db), w.patient.clinic_number)


def _panels(w: World) -> None:
    """After _cohort: two screens (one positive for street heroin), an overdose after the
    afternoon dose, a housing referral and a kept GP appointment."""
    reg = w.reg
    for heroin in (P, None):
        kw = {"heroin": heroin} if heroin is not None else {}
        drug_screens.record_screen(reg, w.nurse, w.patient.id, sample_screen(reg.now(), **kw))
    adverse_events.record_event(reg, w.nurse, w.nurse2, w.patient.id, overdose(w))
    agency_contacts.record_contact(reg, w.nurse, w.patient.id, contact())
    agency_contacts.record_contact(reg, w.nurse, w.patient.id, contact(
        AgencyKind.GP, ContactAction.KEPT))


def test_screens_events_and_contacts_are_counted_by_their_services(world) -> None:
    w = world
    _cohort(w)
    _panels(w)
    ev = evaluation.evaluation(w.reg, w.manager, FIRST, START.date())
    shares = drug_screens.street_heroin_negative_share(w.reg, w.manager, FIRST, START.date())
    assert ev.screens == shares.overall and (ev.screens.tested, ev.screens.negative) == (2, 1)
    assert sum(s.tested for _, s in ev.screen_months) == 2
    assert ev.safety is not None and (ev.safety.events, ev.safety.injections) == (1, 2)
    assert ev.safety.per_thousand == 500.0
    assert ev.contacts is not None and ev.contacts.total == 2 and ev.contacts.patients == 1
    assert panel_lines(ev) == [
        "Screens negative for street heroin: 50 % of 2 screens tested.",
        "Adverse events: 1 in 2 injections (500.00 per 1,000 injections); overdoses "
        "500.00 per 1,000 injections.",
        "Partner-agency contacts: 2, for 1 patient."]


def _day(w: World):
    from hat_desktop.domain.times import day_bounds
    return day_bounds(START.date(), w.reg.tz)


def test_outcomes_and_retention_from_episodes_and_reviews(world) -> None:
    w = world
    _cohort(w)
    other, _ = w.add_patient("HAT-0002", "Lee Later")
    outcomes.start_episode(w.reg, w.nurse, other.id, EpisodeStart(
        ReferralSource.SELF, FIRST - timedelta(days=3), None, FIRST))
    outcomes.end_episode(w.reg, w.prescriber, other.id, ExitInput(
        FIRST + timedelta(days=40), ExitReason.LEFT_AGAINST_ADVICE))
    ev = evaluation.evaluation(w.reg, w.prescriber, FIRST, START.date())
    opioid = ev.measure("opioid_days")
    assert (opioid.n, opioid.start, opioid.latest, opioid.change) == (1, 24, 4, -20)
    offending = ev.measure("offending_days")  # 12+3+0+1 at start, 2+0+0+0 latest
    assert (offending.start, offending.latest) == (16, 2)
    assert ev.survival.steps == ((0, 1.0), (40, 0.5))
    assert [t.months for t in ev.trend] == [0, 3]
    assert ev.retention[0].text == "Retention at 182 days: no episode started 182 days ago yet."


def test_who_may_read_the_evaluation(world) -> None:
    w = world
    for user in (w.manager, w.prescriber):
        assert evaluation.may_view(w.reg, user)
    for user in (w.nurse, w.pharmacist, w.inspector):
        with pytest.raises(PermissionDenied, match="may not read the evaluation dashboard"):
            evaluation.evaluation(w.reg, user, FIRST, START.date())
    with pytest.raises(PermissionDenied):
        evaluation.change_settings(w.reg, w.prescriber, "18.50", "12000", True)
    evaluation.change_settings(w.reg, w.manager, "18.50", "12,000", True)
    assert w.reg.settings.staff_cost_per_day_pence == 1850
    assert evaluation.evaluation(w.reg, w.inspector, FIRST, START.date()).patients == ()
    with pytest.raises(InvalidInput, match="budget per patient a year is an amount"):
        evaluation.change_settings(w.reg, w.manager, "18.50", "lots", True)
    with pytest.raises(InvalidInput, match="Enter the budget"):
        evaluation.change_settings(w.reg, w.manager, "", "", False)
    with pytest.raises(InvalidInput, match=r"at most \d+ days at a time"):
        evaluation.evaluation(w.reg, w.manager, START.date() - timedelta(days=2000),
                              START.date())


def test_the_evaluation_report_reads_back_with_the_figures_of_the_data(world, tmp_path
                                                                       ) -> None:
    w = world
    _cohort(w)
    _panels(w)
    path, count = evaluation.save_report(w.reg, w.manager, FIRST, START.date(),
                                         tmp_path / "evaluation.pdf")
    assert count == 1 and path.stat().st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "evaluation report" in text and "23/11/2025 to 02/03/2026" in text
    rows = {line.split("  ")[0].strip(): line.split() for line in text.splitlines()
            if line.strip().startswith("Days of") or "(0-20)" in line}
    # n, start, latest, change (the medians of one patient: their own figures)
    assert rows["Days of street heroin or other illicit opioids"][-5:] == [
        "1", "24", "4", "-20", "(better)"]
    offending = next(v for k, v in rows.items() if k.startswith("Days of offending"))
    assert offending[-5:] == ["1", "16", "2", "-14", "(better)"]
    assert rows["Quality of life (0-20)"][-5:] == ["1", "5", "13", "+8", "(better)"]
    assert "Cost per patient-year: £15,220.50 (127 % of the budget of £12,000)" in text
    assert "Drugs: £23.20; staff and overheads: £1,850" in text
    flat = " ".join(text.split())
    for line in ("Screens negative for street heroin: 50 % of 2 screens tested.",
                 "Adverse events: 1 in 2 injections (500.00 per 1,000 injections)",
                 "Partner-agency contacts: 2, for 1 patient.",
                 "Housing: 1 (referral made 1); GP: 1 (appointment kept 1)."):
        assert line in flat, line
    # the charts are vector graphics: their words are text in the PDF; patients by pseudonym
    for words in ("Kaplan-Meier estimate", "% attended", "mg per day", "Budget £12,000",
                  "Days of illicit opioid use (of 28)", _pseudonym(w),
                  "Whole period: 50 % of 2 screens tested",
                  "All events: 1 in 2 injections, 500.00 per 1,000 injections",
                  "2 contacts for 1 patient", "Appointment kept"):
        assert words in flat, words
    assert "HAT-0001" not in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    meta = {k.strip(): v.strip() for k, _, v in (line.partition(":")
                                                 for line in info.splitlines())}
    assert meta["Title"] == "Teesside HAT Clinic: evaluation report 2025-11-23 to 2026-03-02"
    assert meta["Author"] == "Teesside HAT Clinic (printed by " + w.manager.display + ")"
    assert meta["Creator"] == "HAT Desktop" and "PDFium" not in info
    assert meta["Subject"].startswith("Evaluation of heroin-assisted treatment")
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) <= 1  # the heat map's colour scale at most: every chart is vector
    # Each embedded font once (a copy per page doubled the report), and every font a page
    # names is in it (a page edited by pdfium once named one it had dropped).
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    embedded = [line.split()[0] for line in fonts if " yes " in line]
    assert embedded and len(embedded) == len(set(embedded)), embedded
    drawn = subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "pg")],
                           capture_output=True, text=True, check=True)
    assert drawn.stderr == "", drawn.stderr


def test_the_command_line_writes_the_evaluation_report(world, tmp_path) -> None:
    _cohort(world)
    data_dir = world.reg.data_dir
    world.reg.close()
    span = ("--from", FIRST.isoformat(), "--to", START.date().isoformat())
    target = tmp_path / "evaluation.pdf"
    out = run_cli(data_dir, "export", "evaluation", *span, "--format", "pdf", "--output",
                  str(target), user="manager", password=PASSWORD)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["Evaluation report (PDF): 1 patient(s) written to:",
                                       str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    refused = run_cli(data_dir, "export", "evaluation", *span, "--format", "pdf",
                      "--output", str(tmp_path / "nurse.pdf"), user="nina", password=PASSWORD)
    assert "may not read the evaluation dashboard or report" in assert_clear_refusal(refused)
    again = run_cli(data_dir, "export", "evaluation", *span, "--format", "pdf", "--output",
                    str(target), user="manager", password=PASSWORD)
    assert "Traceback" not in again.stderr and again.returncode == 1
