"""The evaluator's extract and its linkage file (issue 18, item 7), written and read back on
a real register: no patient identifier in any file (every file searched for every
patient's name, address, NHS number, birth date and clinic number), the same pseudonym in
two extracts, every column in the data dictionary, private files, audited, managers only;
the linkage file apart; and the command line."""

import csv
import io
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from hat_desktop.domain.agency_contacts import AgencyKind, ContactAction, ContactInput
from hat_desktop.domain.drug_screens import Sample, ScreenInput, ScreenKind, ScreenOutcome
from hat_desktop.domain.episodes import EpisodeStart, ExitInput, ExitReason, ReferralSource
from hat_desktop.domain.errors import InvalidInput, PermissionDenied
from hat_desktop.domain.evaluation_extract import DICTIONARY, FILES
from hat_desktop.domain.outcome_reviews import NotCompletedReason, ReviewInput, ReviewStage
from hat_desktop.domain.patients import Patient, PatientDetails, format_nhs_number
from hat_desktop.services import (
    agency_contacts,
    dosing,
    drug_screens,
    evaluation_extract,
    outcomes,
    patients,
)
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import audit
from tests.command_line import assert_clear_refusal, run_cli
from tests.test_drug_screens import P, sample_screen
from tests.test_outcomes import items
from tests.world import PASSWORD, START, dose_request

TODAY = START.date()
FIRST, LAST = TODAY - timedelta(days=400), TODAY
PEOPLE = (  # clinic number, name, date of birth, address, NHS number
    ("HAT-0002", "Zoë Ó Briain-Featherstonehaugh", date(1979, 11, 23),
     "Flat 3, 41 Borough Road\nMiddlesbrough TS1 4AG", "9434765919"),
    ("HAT-0003", "Kieran Wolstenholme", date(1992, 2, 29),
     "7 Acklam Road\nThornaby TS17 7JU", "4010232137"),
    ("HAT-0004", "Przemysław Kowalczyk", date(1968, 7, 4),
     "Room 12, The Hostel, Union Street\nMiddlesbrough TS1 2DD", ""),
)


def start(day: date) -> EpisodeStart:
    return EpisodeStart(ReferralSource.DRUG_SERVICE, day - timedelta(days=21),
                        day - timedelta(days=10), day)


def cohort(w) -> list[Patient]:
    """The world's patient and three more, with episodes (one ended), reviews (one not
    completed) and a dose today."""
    made = [w.patient]
    for number, name, born, address, nhs in PEOPLE:
        made.append(patients.create_patient(w.reg, w.nurse, PatientDetails(
            number, name, born, address, nhs)))
    reg, nurse = w.reg, w.nurse
    for n, p in enumerate(made):
        began = TODAY - timedelta(days=300 - 40 * n)
        outcomes.start_episode(reg, nurse, p.id, start(began))
        outcomes.record_review(reg, nurse, p.id, ReviewInput(ReviewStage.START, began,
                                                             items()))
    outcomes.record_review(reg, nurse, made[1].id, ReviewInput(
        ReviewStage.REVIEW, TODAY - timedelta(days=100), None, NotCompletedReason.OTHER,
        "Zoë was at her sister's in Featherstone"))
    outcomes.end_episode(reg, nurse, made[2].id, ExitInput(
        TODAY - timedelta(days=5), ExitReason.CUSTODY, "Kieran remanded at Holme House"))
    dosing.check_in(reg, nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(reg, nurse, w.nurse2, w.patient.id,
                      dose_request(180, [(w.diam500.id, 1)]))
    drug_screens.record_screen(reg, nurse, made[1].id, sample_screen(START, P))
    drug_screens.record_screen(reg, nurse, made[3].id, ScreenInput(
        START, Sample.ORAL_FLUID, ScreenKind.RANDOM, False, ScreenOutcome.REFUSED, (),
        "Refused in front of his sister"))
    agency_contacts.record_contact(reg, nurse, made[1].id, ContactInput(
        AgencyKind.HOUSING, ContactAction.OUTCOME, TODAY, note="Featherstone flat offered"))
    return [patients.get(reg, nurse, p.id) for p in made]


ORDINARY_WORDS = {"Patient"}  # the world patient's surname: the dictionary says "patient"


def identifiers(p: Patient) -> list[str]:
    found = [p.full_name, p.clinic_number, p.date_of_birth.isoformat(),
             p.date_of_birth.strftime("%d/%m/%Y"), p.date_of_birth.strftime("%Y%m%d"),
             *[line.strip() for line in p.address.splitlines()]]
    found += [part for part in p.full_name.replace("-", " ").split()
              if len(part) > 5 and part not in ORDINARY_WORDS]
    if p.nhs_number:
        found += [p.nhs_number, format_nhs_number(p.nhs_number)]
    return found


def read_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_extract_holds_no_identifier_of_any_patient(world, tmp_path):
    people = cohort(world)
    folder, rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                                     tmp_path / "extract")
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f.name for f in FILES] + [DICTIONARY])
    assert rows > 0
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    for p in people:
        for secret in identifiers(p):
            for name, text in texts.items():
                assert secret.casefold() not in text.casefold(), f"{secret!r} is in {name}"
    for note in ("Featherstone", "Holme House", "sister"):  # free-text notes stay out
        assert not any(note in text for text in texts.values())
    episodes = read_rows(folder / "episodes.csv")
    assert len(episodes) == 4 and all(r["pseudonym"].startswith("P") for r in episodes)
    assert sorted(r["age_band_at_start"] for r in episodes) == [
        "25-34", "35-44", "45-54", "55-64"]
    ended = [r for r in episodes if r["exit_reason"]]
    assert [(r["exit_reason"], r["exit_date"]) for r in ended] == [
        ("custody", (TODAY - timedelta(days=5)).isoformat())]
    reviews = read_rows(folder / "reviews.csv")
    assert sorted((r["stage"], r["completed"]) for r in reviews) == [
        ("review", "no"), *[("start", "yes")] * 4]
    declined = next(r for r in reviews if r["completed"] == "no")
    assert declined["not_completed_reason"] == "other" and declined["opioid_days"] == ""
    dosed = [r for r in read_rows(folder / "attendance.csv") if r["state"] == "dosed"]
    assert [(r["mg_administered"], r["mg_wasted"]) for r in dosed] == [("180", "320")]
    screens = read_rows(folder / "screens.csv")
    assert [(r["screen"], r["sample"], r["outcome"], r["street_heroin"], r["week_starting"])
            for r in screens] == [("1", "urine", "tested", "positive", TODAY.isoformat()),
                                  ("2", "oral_fluid", "refused", "", TODAY.isoformat())]
    results = read_rows(folder / "screen_results.csv")
    assert len(results) == 10 and {r["screen"] for r in results} == {"1"}
    assert results[0]["substance"].startswith("Street heroin") and \
        results[0]["result"] == "positive"
    contacts = read_rows(folder / "agency_contacts.csv")
    assert [{k: r[k] for k in ("pseudonym", "contact_date", "agency", "action", "at_clinic")}
            for r in contacts] == [{"pseudonym": screens[0]["pseudonym"], "contact_date":
                                    TODAY.isoformat(), "agency": "housing",
                                    "action": "outcome", "at_clinic": "no"}]


def test_two_extracts_give_each_patient_the_same_pseudonym(world, tmp_path):
    cohort(world)
    seen = []
    for name, last in (("first", LAST - timedelta(days=30)), ("second", LAST)):
        folder, _rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST,
                                                          last, tmp_path / name)
        seen.append({(r["start_date"], r["pseudonym"])
                     for r in read_rows(folder / "episodes.csv")})
    assert seen[0] == seen[1] and len({p for _d, p in seen[0]}) == 4
    linkage, count = evaluation_extract.export_linkage(world.reg, world.manager, FIRST, LAST,
                                                       tmp_path / "linkage.csv")
    linked = read_rows(linkage)
    assert count == 4 and {r["pseudonym"] for r in linked} == {p for _d, p in seen[0]}
    assert {r["clinic_number"]: r["nhs_number"] for r in linked}["HAT-0002"] == "9434765919"


def test_every_column_of_every_file_is_in_the_dictionary(world, tmp_path):
    cohort(world)
    folder, _rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                                      tmp_path / "extract")
    documented = {(r["file"], r["column"]) for r in read_rows(folder / DICTIONARY)
                  if r["column"]}
    for path in folder.iterdir():
        header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        for column in header:
            assert (path.name, column) in documented, f"{path.name}:{column} undocumented"
    meanings = {r["column"]: r["meaning"] for r in read_rows(folder / DICTIONARY)}
    assert "Addiction 2008" in meanings["opioid_days"]
    assert "HMAC-SHA256" in meanings["pseudonym"]
    assert "demo register" in meanings["demo"]


def provenance_of(path: Path) -> set[tuple[str, ...]]:
    """The last five columns of every row (after the header, which must name them)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0][-5:] == ["clinic", "exported_at", "period_from", "period_to", "demo"]
    return {tuple(r[-5:]) for r in rows[1:]}


def test_every_file_says_which_clinic_when_and_for_which_period(world, tmp_path):
    """The provenance columns every CSV ends with, on every file of the extract and on the
    linkage file: the clinic, the export time, the period; DEMO only for a demo register."""
    cohort(world)
    folder, _rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                                      tmp_path / "extract")
    linkage, _n = evaluation_extract.export_linkage(world.reg, world.manager, FIRST, LAST,
                                                    tmp_path / "linkage.csv")
    now = world.reg.now().astimezone(world.reg.tz).isoformat(timespec="seconds")
    expected = {(world.reg.settings.clinic_name, now, FIRST.isoformat(), LAST.isoformat(), "")}
    assert not world.reg.demo
    for path in [*folder.iterdir(), linkage]:
        assert provenance_of(path) == expected, path.name


def test_files_are_private_written_whole_and_audited(world, tmp_path):
    cohort(world)
    folder, rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                                     tmp_path / "extract")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    linkage, _n = evaluation_extract.export_linkage(world.reg, world.manager, FIRST, LAST,
                                                    tmp_path / "linkage.csv")
    assert stat.S_IMODE(linkage.stat().st_mode) == 0o600
    done = audit.entries(world.reg.db, actions=["evaluation_extract", "linkage_file"])
    assert [(e.action, e.username) for e in done] == [("linkage_file", "manager"),
                                                      ("evaluation_extract", "manager")]
    assert done[1].details["rows"] == rows and done[1].details["path"] == str(folder)
    assert done[0].details["patients"] == 4


def test_what_is_refused(world, tmp_path):
    cohort(world)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is not empty: choose a new folder"):
        evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST, busy)
    with pytest.raises(InvalidInput, match="outside the register's data folder"):
        evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                          world.reg.data_dir / "extract")
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        evaluation_extract.export_extract(world.reg, world.manager, LAST, FIRST,
                                          tmp_path / "x")
    for who in (world.nurse, world.prescriber, world.pharmacist, world.inspector):
        with pytest.raises(PermissionDenied, match="may not export the evaluation extract"):
            evaluation_extract.export_extract(world.reg, who, FIRST, LAST, tmp_path / "y")
        with pytest.raises(PermissionDenied):
            evaluation_extract.export_linkage(world.reg, who, FIRST, LAST, tmp_path / "l.csv")
    assert not (tmp_path / "y").exists() and not (tmp_path / "l.csv").exists()
    folder, _rows = evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                                      tmp_path / "extract")
    with pytest.raises(InvalidInput, match="never goes inside an evaluation extract"):
        evaluation_extract.export_linkage(world.reg, world.manager, FIRST, LAST,
                                          folder / "linkage.csv")
    assert not (folder / "linkage.csv").exists()


def test_the_command_line_writes_the_extract_and_the_linkage_file(world, tmp_path):
    cohort(world)
    data_dir = world.reg.data_dir
    world.reg.close()
    span = ("--from", FIRST.isoformat(), "--to", LAST.isoformat())
    out = run_cli(data_dir, "export", "evaluation-extract", *span, "--output",
                  str(tmp_path / "extract"), user="manager", password=PASSWORD)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == str(tmp_path / "extract")
    assert (tmp_path / "extract" / DICTIONARY).exists()
    out = run_cli(data_dir, "export", "evaluation-linkage", *span, "--output",
                  str(tmp_path / "extract" / "link.csv"), user="manager", password=PASSWORD)
    assert "never goes inside an evaluation extract" in assert_clear_refusal(out)
    refused = run_cli(data_dir, "export", "evaluation-extract", *span, "--output",
                      str(tmp_path / "other"), user="nina", password=PASSWORD)
    assert "may not export the evaluation extract" in assert_clear_refusal(refused)
    out = run_cli(data_dir, "export", "evaluation-linkage", *span, "--output",
                  str(tmp_path / "link.csv"), user="manager", password=PASSWORD)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "4 patients' linkage rows written to:"
    reg = open_register(data_dir, clock=world.reg.clock)
    try:
        assert [e.action for e in audit.entries(
            reg.db, actions=["evaluation_extract", "linkage_file"])] == [
            "linkage_file", "evaluation_extract"]
    finally:
        reg.close()


def test_pseudonyms_are_keyed_and_ages_banded():
    from hat_desktop.domain.pseudonyms import age_band, pseudonym

    key, other = bytes(range(32)), bytes(range(1, 33))
    assert pseudonym(key, "HAT-0001") == pseudonym(key, "HAT-0001")
    assert pseudonym(key, "HAT-0001") != pseudonym(other, "HAT-0001")
    assert pseudonym(key, "HAT-0001") != pseudonym(key, "HAT-0002")
    assert len(pseudonym(key, "HAT-0001")) == 17
    with pytest.raises(ValueError):
        pseudonym(b"short", "HAT-0001")
    born = date(2000, 3, 1)
    assert [age_band(born, day) for day in (date(2025, 2, 28), date(2025, 3, 1),
                                            date(2065, 3, 1))] == ["under 25", "25-34",
                                                                  "65 and over"]


def test_a_disk_that_fails_half_way_leaves_no_extract_and_no_audit_entry(world, tmp_path,
                                                                         monkeypatch):
    import errno

    from hat_desktop.domain.errors import Refused
    from hat_desktop.store.files import write_private_file

    cohort(world)
    calls: list[Path] = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        write_private_file(path, data)

    monkeypatch.setattr(evaluation_extract, "write_private_file", failing)
    with pytest.raises(Refused, match="No space left on device.*nothing was kept"):
        evaluation_extract.export_extract(world.reg, world.manager, FIRST, LAST,
                                          tmp_path / "extract")
    assert len(calls) == 3 and not (tmp_path / "extract").exists()
    assert audit.entries(world.reg.db, actions=["evaluation_extract"]) == []
