"""Bad inputs (issue 7): the command line and the services given empty, huge (1 MB, or as
much as a command line takes), negative, non-numeric, non-UTF-8, over-long and SQL-looking
input. Each is refused with a clear message — one sentence, no traceback; exit 1 or 2 for
the command line — and nothing is written. Where SQL-looking text is a legitimate value (a
name, a supplier, a reason) it is stored literally and the tables are intact.

Most command lines run through hat_desktop.cli.main in this process (run_main: the same
code from argument parsing on, much faster); those whose point is bytes that are not UTF-8
on the real command line run as a real process (run_cli)."""

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from hat_desktop.domain.errors import HatError, InvalidInput
from hat_desktop.domain.patients import PatientDetails
from hat_desktop.domain.prescriptions import PrescriptionInput
from hat_desktop.domain.register import SectionSpec
from hat_desktop.domain.roles import Role
from hat_desktop.services import (
    auth,
    dosing,
    patients,
    prescriptions,
    reconciliation,
    register,
    schedule,
    settings,
    users,
    verify,
)
from hat_desktop.store import register as register_store
from hat_desktop.store.connection import db_path
from tests.command_line import assert_clear_refusal, assert_one_clear_sentence, run_cli, run_main
from tests.raw_register import raw_register, schema, snapshot
from tests.world import (
    PASSWORD,
    START,
    Templates,
    World,
    destruction,
    dose_request,
    receipt,
)

MB = "x" * 1_000_000
SQL = "Robert'); DROP TABLE register_entries;--"
NOT_UTF8 = "Zo\udcff\udcfe"  # what Python makes of the bytes b"Zo\xff\xfe"
CLI_HUGE = "y" * 100_000  # Linux takes at most 128 KiB in one command-line argument
LONG_PATH = "/tmp/" + "d" * 5000


# --- the services ---------------------------------------------------------------------------
@pytest.fixture
def svc(world: World) -> World:
    """The clinic, HAT-0001 checked in."""
    dosing.check_in(world.reg, world.nurse, world.patient.id, identity_confirmed=True)
    return world


def details(**changes) -> PatientDetails:
    values = dict(clinic_number="HAT-0100", full_name="Al Okay", date_of_birth=date(1990, 1, 1),
                  address="1 Park Road, Middlesbrough")
    values.update(changes)
    return PatientDetails(**values)


def rx(**changes) -> PrescriptionInput:
    values = dict(section_ids=(1, 2), dose_mg=180, sessions=frozenset({1, 2}),
                  start_date=START.date(), end_date=START.date() + timedelta(days=30),
                  change_reason="Review")
    values.update(changes)
    return PrescriptionInput(**values)


def new_user(name="newbie", password=PASSWORD, full="New Bie"):
    return name, password, users.UserDetails(full, Role.NURSE)


# (label, call(world), what the refusal says)
REFUSED = [
    # patients
    ("patient name empty", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="")), "Enter the patient's full name"),
    ("patient name spaces", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="   ")), "Enter the patient's full name"),
    ("patient name 1 MB", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name=MB)), "too long: at most 100"),
    ("patient name over-long", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="A" * 101)), "too long: at most 100"),
    ("patient name not UTF-8", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name=NOT_UTF8)), "cannot be printed"),
    ("patient name NUL", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="Al\x00Okay")), "cannot be printed"),
    ("clinic number SQL", lambda w: patients.create_patient(
        w.reg, w.nurse, details(clinic_number=SQL)), "A clinic number is"),
    ("clinic number empty", lambda w: patients.create_patient(
        w.reg, w.nurse, details(clinic_number="")), "Enter the clinic number"),
    ("address 1 MB", lambda w: patients.create_patient(
        w.reg, w.nurse, details(address=MB)), "too long"),
    ("NHS number SQL", lambda w: patients.create_patient(
        w.reg, w.nurse, details(nhs_number=SQL)), "10 digits"),
    ("date of birth missing", lambda w: patients.create_patient(
        w.reg, w.nurse, details(date_of_birth=None)), "date of birth"),
    ("date of birth in the future", lambda w: patients.create_patient(
        w.reg, w.nurse, details(date_of_birth=date(2030, 1, 1))), "in the future"),
    ("search 1 MB", lambda w: patients.search(w.reg, w.nurse, MB), "too long"),
    ("photo empty", lambda w: patients.set_photo(w.reg, w.nurse, w.patient.id, b""),
     "empty"),
    ("photo 1 MB of junk", lambda w: patients.set_photo(
        w.reg, w.nurse, w.patient.id, os.urandom(1_000_000)), "not a picture"),
    ("photo 16 MB", lambda w: patients.set_photo(
        w.reg, w.nurse, w.patient.id, bytes(16_000_000)), "too large"),
    # invisible and reordering characters (issue 13): refused in every identifying text
    ("patient name bidi override", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="Al \u202eyakO")), "an invisible one"),
    ("patient name zero-width only", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="\u200b\u200c\u200d")), "an invisible one"),
    ("patient name blank letters only", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="\u3164\u3164")), "nothing visible"),
    ("patient name combining marks only", lambda w: patients.create_patient(
        w.reg, w.nurse, details(full_name="\u0301\u0308")), "nothing visible"),
    ("address zero-width space", lambda w: patients.create_patient(
        w.reg, w.nurse, details(address="1 Park\u200b Road")), "an invisible one"),
    ("address isolate", lambda w: patients.create_patient(
        w.reg, w.nurse, details(address="1 Park Road\n\u2067Leeds")), "an invisible one"),
    ("alerts left-to-right mark", lambda w: patients.create_patient(
        w.reg, w.nurse, details(alerts="Allergy\u200e")), "an invisible one"),
    ("batch zero-width", lambda w: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(1, batch="D100\u200bA")),
     "an invisible one"),
    ("supplier right-to-left override", lambda w: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id,
        receipt(1, batch="D100A", supplier_name="\u202eecnaillA")), "an invisible one"),
    *[(f"authorised witness {field} invisible", lambda w, field=field: register.destroy(
        w.reg, w.pharmacist, w.diam100.id, destruction(
            1, batch="D100A", **{f"authorised_witness_{field}": "\u200b\ufeff\u2060"})),
       "an invisible one") for field in ("name", "role", "reference")],
    ("user full name byte-order mark", lambda w: users.create_user(
        w.reg, w.manager, *new_user(full="\ufeffNew Bie")), "an invisible one"),
    ("NHS number Arabic-Indic bad check digit", lambda w: patients.create_patient(
        w.reg, w.nurse, details(nhs_number="٩٤٣٤٧٦٥٩١٠")), "943 476 5910 is not a valid"),
    # the register
    *[(f"quantity {label}", lambda w, q=q: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(q, batch="D100A")), message)
      for label, q, message in [
          ("empty", "", "Enter the quantity"), ("negative", "-5", "cannot be negative"),
          ("negative int", -5, "cannot be negative"), ("zero", 0, "cannot be zero"),
          ("non-numeric", "ten", "digits only"), ("exponent", "1e3", "digits only"),
          ("fraction", "2.5", "not a fraction"), ("float", 2.5, "whole number"),
          ("1 MB of digits", "9" * 1_000_000, "999999999999… (1,000,000 digits) is not "
           "believable: at most"),
          ("ten digits", "1234567890", "of 1,234,567,890 is not believable: at most"),
          ("huge", 10**12, "not believable"), ("SQL", SQL, "digits only"),
          ("not UTF-8", NOT_UTF8, "digits only"), ("Arabic digit", "٣", "digits only"),
          ("None", None, "whole number"), ("True", True, "whole number")]],
    ("supplier 1 MB", lambda w: register.receive(w.reg, w.pharmacist, w.nurse, w.diam100.id,
                                                 receipt(1, batch="D100A", supplier_name=MB)),
     "too long"),
    ("supplier not UTF-8", lambda w: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id,
        receipt(1, batch="D100A", supplier_name=NOT_UTF8)), "cannot be printed"),
    ("batch over-long", lambda w: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(1, batch=SQL + "--")),
     "too long"),
    ("expiry missing", lambda w: register.receive(
        w.reg, w.pharmacist, w.nurse, w.diam100.id, receipt(1, expiry=None)), "expiry"),
    ("correction reason 1 MB", lambda w: register.correct(
        w.reg, w.pharmacist, w.nurse, 1, MB), "too long"),
    ("correction of an unknown entry", lambda w: register.correct(
        w.reg, w.pharmacist, w.nurse, -1, "Typo"), "no register entry"),
    ("section code SQL", lambda w: register.create_section(w.reg, w.manager, SectionSpec(
        SQL, "Drug", "1 mg", "solution", "ampoule", 1)), "section code"),
    ("section mg as text", lambda w: register.create_section(w.reg, w.manager, SectionSpec(
        "NEW1", "Drug", "1 mg", "solution", "ampoule", "10")), "whole number"),
    ("section lookup 1 MB", lambda w: register.get_section(w.reg, w.nurse, MB),
     "no register section"),
    # dosing
    *[(f"dose {label}", lambda w, mg=mg: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id, dose_request(mg, [(w.diam100.id, 2)])),
       message) for label, mg, message in [
          ("empty", "", "Enter the dose"), ("negative", "-1", "cannot be negative"),
          ("non-numeric", "abc", "digits only"),
          ("1 MB", "9" * 1_000_000, "(1,000,000 digits) is not believable"),
          ("SQL", SQL, "digits only"), ("zero", 0, "cannot be zero")]],
    ("sedation score out of range", lambda w: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id,
        dose_request(180, [(w.diam100.id, 2)], sedation_score="99")), "not believable"),
    ("breath alcohol negative", lambda w: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id,
        dose_request(180, [(w.diam100.id, 2)], breath_alcohol=-1)), "cannot be negative"),
    ("observation 1 MB", lambda w: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id,
        dose_request(180, [(w.diam100.id, 2)], observation=MB)), "too long"),
    ("ampoules non-numeric", lambda w: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id, dose_request(180, [(w.diam100.id, "two")])),
     "digits only"),
    ("product SQL", lambda w: dosing.administer(
        w.reg, w.nurse, w.nurse2, w.patient.id, dose_request(180, [(SQL, 2)])),
     "not on the patient's prescription"),
    ("find SQL", lambda w: dosing.find(w.reg, w.nurse, SQL), "A card was scanned that"),
    ("find 1 MB", lambda w: dosing.find(w.reg, w.nurse, MB), "A card was scanned that"),
    ("find empty", lambda w: dosing.find(w.reg, w.nurse, ""), "Scan the patient's card"),
    ("withhold note 1 MB", lambda w: dosing.withhold(
        w.reg, w.nurse, w.patient.id, "other", MB, 0, 0), "too long"),
    ("prescription dose non-numeric", lambda w: prescriptions.prescribe(
        w.reg, w.prescriber, w.patient.id, rx(dose_mg="abc")), "digits only"),
    ("prescription dose 1 MB", lambda w: prescriptions.prescribe(
        w.reg, w.prescriber, w.patient.id, rx(dose_mg=MB)), "digits only"),
    ("prescription product SQL", lambda w: prescriptions.prescribe(
        w.reg, w.prescriber, w.patient.id, rx(section_ids=(SQL,))), "does not exist"),
    # reconciliation
    *[(f"count {label}", lambda w, n=n: reconciliation.submit_count(
        w.reg, w.pharmacist, START.date(),
        {(w.diam100.id, "D100A"): n, (w.diam500.id, "D500A"): 20}), message)
      for label, n, message in [("negative", "-1", "cannot be negative"),
                                ("non-numeric", "lots", "digits only"),
                                ("1 MB", "9" * 1_000_000, "not believable"),
                                ("empty", "", "Enter the count")]],
    # users and settings
    ("user name SQL", lambda w: users.create_user(w.reg, w.manager, *new_user(name=SQL)),
     "A user name is"),
    ("user name empty", lambda w: users.create_user(w.reg, w.manager, *new_user(name="")),
     "Enter a user name"),
    ("password 1 MB", lambda w: users.create_user(w.reg, w.manager,
                                                  *new_user(password=MB)), "at most 256"),
    ("password empty", lambda w: users.create_user(w.reg, w.manager, *new_user(password="")),
     "at least 10"),
    ("full name 1 MB", lambda w: users.create_user(w.reg, w.manager, *new_user(full=MB)),
     "too long"),
    ("login 1 MB", lambda w: auth.login(w.reg, MB, MB), "not right"),
    ("login empty", lambda w: auth.login(w.reg, "", PASSWORD), "Enter your user name"),
    ("clinic name 1 MB", lambda w: settings.change(w.reg, w.manager, clinic_name=MB),
     "too long"),
    ("lock minutes non-numeric", lambda w: settings.change(w.reg, w.manager,
                                                           lock_minutes="abc"), "between 1"),
    ("lock minutes negative", lambda w: settings.change(w.reg, w.manager, lock_minutes=-1),
     "between 1"),
    ("time zone 1 MB", lambda w: settings.change(w.reg, w.manager, timezone="Europe/" + MB),
     "not a time zone"),
    ("time zone SQL", lambda w: settings.change(w.reg, w.manager, timezone=SQL),
     "not a time zone"),
    ("setting name SQL", lambda w: settings.change(w.reg, w.manager, **{SQL: 1}),
     "Unknown setting"),
    ("session time SQL", lambda w: schedule.set_windows(
        w.reg, w.manager, [(SQL, "11:00")], START.date() + timedelta(days=1)), "HH:MM"),
    ("session time 1 MB", lambda w: schedule.set_windows(
        w.reg, w.manager, [(MB, "11:00")], START.date() + timedelta(days=1)), "HH:MM"),
    ("closure reason 1 MB", lambda w: schedule.add_closure(
        w.reg, w.manager, START.date() + timedelta(days=9), MB), "too long"),
]


def refuse(svc: World, label: str, call, message: str) -> None:
    before = snapshot(svc.reg.db)
    with pytest.raises(HatError) as refused:
        call(svc)
    text = str(refused.value)
    assert message in text, text
    assert_one_clear_sentence(text)
    after = snapshot(svc.reg.db)
    if label.startswith("login"):  # a failed login is audited, by design; nothing else
        assert {t for t in before if before[t] != after[t]} <= {"audit_log"}
    else:
        assert after == before, f"{label} wrote something"
    svc.reg.forget_settings()


@pytest.mark.parametrize(("label", "call", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_the_services_refuse_bad_input_clearly_and_write_nothing(svc, label, call, message):
    refuse(svc, label, call, message)


def test_one_nhs_number_in_any_digits_is_one_number(svc):
    """ASCII, full-width and Arabic-Indic digits are one NHS number: stored as ASCII,
    refused a second time whichever way it is typed."""
    first = patients.create_patient(svc.reg, svc.nurse, details(
        clinic_number="HAT-0101", nhs_number="\uff19\uff14\uff13 \uff14\uff17\uff16 "
                                             "\uff15\uff19\uff11\uff19"))
    assert first.nhs_number == "9434765919"
    for typed in ("943 476 5919", "٩٤٣٤٧٦٥٩١٩", "۹۴۳۴۷۶۵۹۱۹"):
        with pytest.raises(HatError, match="Another patient already has this NHS number"):
            patients.create_patient(svc.reg, svc.nurse, details(
                clinic_number="HAT-0102", nhs_number=typed))


def test_identifying_text_is_stored_nfkc_normalised(svc):
    """Full-width letters and ligatures are stored as the ordinary characters they show."""
    p = patients.create_patient(svc.reg, svc.nurse, details(
        clinic_number="ｈａｔ-０１０３", full_name="Ｊｏ Bloggs", address="1 ﬁeld Road"))
    assert (p.clinic_number, p.full_name, p.address) == ("HAT-0103", "Jo Bloggs",
                                                         "1 field Road")
    entry = register.receive(svc.reg, svc.pharmacist, svc.nurse, svc.diam100.id,
                             receipt(1, batch="Ｄ１００Ｂ"))
    assert "D100B" in {b.batch for b in register_store.batches(svc.reg.db, svc.diam100.id)}
    assert entry is not None


def test_sql_looking_text_is_a_value_like_any_other(svc):
    """Names, suppliers and reasons that look like SQL are stored exactly as typed; the
    tables are all still there."""
    c, w = svc.reg, svc
    tables = schema(c.db)
    patient = patients.create_patient(c, w.nurse, details(clinic_number="HAT-0200",
                                                          full_name=SQL, address=SQL))
    assert patients.get(c, w.nurse, patient.id).full_name == SQL
    assert patients.search(c, w.nurse, "Robert');").matches[0].id == patient.id
    assert patients.search(c, w.nurse, "'); DROP TABLE").matches[0].address == SQL
    assert patients.search(c, w.nurse, "%' OR 1=1 --").matches == []
    entry = register.receive(c, w.pharmacist, w.nurse, w.diam100.id, receipt(
        2, batch="D100A", supplier_name=SQL, supplier_address=SQL, reference="'; --"))
    fix = register.correct(c, w.pharmacist, w.nurse, entry.id, SQL)
    stored = register_store.entry_by_id(c.db, entry.id)
    assert stored.details["supplier_name"] == SQL and stored.details["reference"] == "'; --"
    assert register_store.entry_by_id(c.db, fix.id).details["reason"] == SQL
    user = users.create_user(c, w.manager, "bobby.tables", PASSWORD,
                             users.UserDetails(SQL, Role.NURSE))
    assert user.full_name == SQL
    settings.change(c, w.manager, clinic_name=SQL)
    assert c.settings.clinic_name == SQL
    assert schema(c.db) == tables
    assert verify.verify_register(c, w.manager).ok


# --- the command line --------------------------------------------------------------------------
@pytest.fixture
def reg(templates: Templates, data_dir: Path) -> Path:
    """A closed copy of the clinic's register for the command line."""
    return templates.clinic.copy_to(data_dir)


def register_state(data_dir: Path) -> dict:
    """Everything but the audit log and the users' failed-login counters, which a refused
    command line may rightly add to (a failed login is audited and counted)."""
    with raw_register(data_dir) as conn:
        state = {t: v for t, v in snapshot(conn).items() if t not in ("audit_log", "users")}
        state["users"] = conn.execute(
            "SELECT id, username, full_name, role, active, password_hash FROM users").fetchall()
        state["audit actions"] = conn.execute("SELECT action FROM audit_log ORDER BY id"
                                              ).fetchall()
    return state


def assert_nothing_written(before: dict, after: dict) -> None:
    new_actions = {a for (a,) in after.pop("audit actions")[len(before.pop("audit actions")):]}
    assert new_actions <= {"login", "login_failed"}, new_actions
    assert after == before


def one_line(text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text[:2000]


CLI_REFUSED = [
    # (label, args, environment, exit codes, what the message says)
    ("user empty", ["verify"], {"HAT_USER": "", "HAT_PASSWORD": PASSWORD}, (1,), "HAT_USER"),
    ("user SQL", ["verify"], {"HAT_USER": SQL, "HAT_PASSWORD": PASSWORD}, (1,), "not right"),
    ("user huge", ["verify"], {"HAT_USER": CLI_HUGE, "HAT_PASSWORD": PASSWORD}, (1,),
     "not right"),
    ("user not UTF-8", ["verify"], {"HAT_USER": "nina" + NOT_UTF8, "HAT_PASSWORD": PASSWORD},
     (1,), "HAT_USER is not valid text"),
    ("password huge", ["verify"], {"HAT_USER": "nina", "HAT_PASSWORD": CLI_HUGE}, (1,),
     "not right"),
    ("password not UTF-8", ["verify"], {"HAT_USER": "nina", "HAT_PASSWORD": NOT_UTF8}, (1,),
     "HAT_PASSWORD is not valid text"),
    ("backup to empty", ["backup", "--to", ""], None, (1,), "Give the folder"),
    ("backup to SQL", ["backup", "--to", SQL], None, (1,), "is not there"),
    ("backup to over-long", ["backup", "--to", LONG_PATH], None, (1,), "File name too long"),
    ("export from empty", ["export", "attendance", "--from", "", "--to", "2026-03-02",
                           "--format", "csv", "--output", "OUT"], None, (1,), "YYYY-MM-DD"),
    ("export from SQL", ["export", "attendance", "--from", SQL, "--to", "2026-03-02",
                         "--format", "csv", "--output", "OUT"], None, (1,), "YYYY-MM-DD"),
    ("export from 30 February", ["export", "attendance", "--from", "2026-02-30", "--to",
                                 "2026-03-02", "--format", "csv", "--output", "OUT"], None, (1,),
     "YYYY-MM-DD"),
    ("export to before from", ["export", "attendance", "--from", "2026-03-02", "--to",
                               "2026-03-01", "--format", "csv", "--output", "OUT"], None, (1,),
     "before"),
    ("export output empty", ["export", "attendance", "--from", "2026-03-02", "--to",
                             "2026-03-02", "--format", "csv", "--output", ""], None, (1,),
     "give a file name"),
    ("export output over-long", ["export", "attendance", "--from", "2026-03-02", "--to",
                                 "2026-03-02", "--format", "csv", "--output", LONG_PATH], None,
     (1,), "File name too long"),
    ("restore from empty", ["restore", "--from", ""], None, (2,), "cannot be read"),
    ("restore from SQL", ["restore", "--from", SQL], None, (2,), "is missing"),
    ("restore from over-long", ["restore", "--from", LONG_PATH], None, (1,),
     "File name too long"),
    ("recovery key output empty", ["recovery-key", "--output", ""], None, (1,),
     "is a folder: give a file name"),
    ("recovery key output over-long", ["recovery-key", "--output", LONG_PATH], None, (1,),
     "File name too long"),
]


@pytest.mark.parametrize(("label", "args", "env", "codes", "message"), CLI_REFUSED,
                         ids=[c[0] for c in CLI_REFUSED])
def test_the_command_line_refuses_bad_input_clearly_and_writes_nothing(reg, tmp_path, label,
                                                                       args, env, codes,
                                                                       message):
    before = register_state(reg)
    args = [str(tmp_path / "out.csv") if a == "OUT" else a for a in args]
    work = tmp_path / "cwd"
    work.mkdir()
    out = run_main(reg, *args, env=env or {"HAT_USER": "manager", "HAT_PASSWORD": PASSWORD},
                   cwd=work)
    text = assert_clear_refusal(out, codes)
    assert message in text, text[:2000]
    one_line(text)
    assert len(text) < 400, text[:1000]
    assert_nothing_written(before, register_state(reg))
    assert list(work.iterdir()) == [] and not (tmp_path / "out.csv").exists()


def test_a_bad_recovery_key_file_is_refused(reg, tmp_path):
    key_file = tmp_path / "key.txt"
    before = register_state(reg)
    for content, codes, message in [
        (b"\xff\xfe\x00\x81 not text", (1,), "is not a text file"),
        (b"A" * 1_000_000, (1,), "does not hold a recovery key"),
        (b"", (1,), "does not hold a recovery key"),
        (SQL.encode(), (1,), "does not hold a recovery key"),
        (b"0" * 64, (2,), "does not open"),  # well-formed, but not this register's key
    ]:
        key_file.write_bytes(content)
        out = run_main(reg, "--recovery-key-file", str(key_file), "verify",
                       env={"HAT_USER": "manager", "HAT_PASSWORD": PASSWORD})
        text = assert_clear_refusal(out, codes)
        assert message in text and "0" * 64 not in text, text[:2000]
        one_line(text)
    assert_nothing_written(before, register_state(reg))


def test_init_refuses_bad_input_and_creates_nothing(tmp_path):
    sheet = tmp_path / "sheet.pdf"
    for label, changes, env, message in [
        ("clinic name empty", {"--clinic-name": ""}, {}, "Enter the clinic name"),
        ("clinic name huge", {"--clinic-name": CLI_HUGE}, {}, "too long"),
        ("clinic name not UTF-8", {"--clinic-name": b"Clinic \xff\xfe"}, {},
         "The value of --clinic-name is not valid text"),
        ("admin SQL", {"--admin": SQL}, {}, "A user name is"),
        ("time zone huge", {"--timezone": "Europe/" + CLI_HUGE}, {}, "not a time zone"),
        ("time zone SQL", {"--timezone": SQL}, {}, "not a time zone"),
        ("password empty", {}, {"HAT_PASSWORD": ""}, "at least 10"),
        ("password not UTF-8", {}, {"HAT_PASSWORD": "long enough " + NOT_UTF8},
         "HAT_PASSWORD is not valid text"),
        ("sheet over-long", {"--recovery-sheet": LONG_PATH}, {}, "File name too long"),
    ]:
        data = tmp_path / "new"
        options = {"--clinic-name": "Teesside HAT Clinic", "--admin": "boss",
                   "--recovery-sheet": str(sheet), **changes}
        args = [part for pair in options.items() for part in pair]
        if isinstance(options["--clinic-name"], bytes):  # as the operating system passes it
            out = run_cli(data, "init", *args, env={"HAT_PASSWORD": PASSWORD, **env})
        else:
            out = run_main(data, "init", *args, env={"HAT_PASSWORD": PASSWORD, **env})
        text = assert_clear_refusal(out, (1, 2))
        assert message in text, f"{label}: {text[:2000]}"
        one_line(text)
        assert len(text) < 400, f"{label}: {text[:1000]}"
        assert not db_path(data).exists() and not sheet.exists(), label


@pytest.mark.parametrize("args, said", [
    ([b"export", b"audit", b"--from", b"2026-01-01", b"--to", b"2026-12-31", b"--format",
      b"csv", b"--output", b"OUT/audit-\xff.csv"], "The value of --output"),
    ([b"export", b"register", b"--section", b"DIAM\xff", b"--from", b"2026-01-01", b"--to",
      b"2026-01-31", b"--format", b"csv", b"--output=OUT/register.csv"],
     "The value of --section"),
    ([b"verify-page", b"HATREG1:\xff"], "A word on the command line"),
])
def test_words_that_are_not_utf8_are_refused_before_anything_is_written(reg, tmp_path, args,
                                                                         said):
    """A terminal or script in another encoding: one sentence naming the option, status
    1, no file, the register untouched (it is not even opened)."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = register_state(reg)
    out = run_cli(reg, *[a.replace(b"OUT", bytes(out_dir)) for a in args], user="manager",
                  password=PASSWORD)
    text = assert_clear_refusal(out, (1,))
    assert text == f"{said} is not valid text: check the character encoding (UTF-8) of the " \
        "terminal."
    assert list(out_dir.iterdir()) == []
    assert register_state(reg) == before


def test_init_stores_an_sql_looking_clinic_name_literally(tmp_path):
    data = tmp_path / "data"
    out = run_main(data, "init", "--clinic-name", SQL, "--admin", "boss", "--recovery-sheet",
                   str(tmp_path / "sheet.pdf"), env={"HAT_PASSWORD": PASSWORD})
    assert out.returncode == 0, out.stdout + out.stderr
    out = run_main(data, "verify", env={"HAT_USER": "boss", "HAT_PASSWORD": PASSWORD})
    assert out.returncode == 0, out.stdout + out.stderr
    with raw_register(data) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'clinic_name'"
                            ).fetchone()[0] == f'"{SQL}"'
        assert conn.execute("SELECT count(*) FROM register_entries").fetchone()[0] == 0


def test_the_data_folder_option_refuses_empty_odd_and_over_long_values(tmp_path):
    for data_dir, code, message in [
        ("", 2, "--data-dir is empty"),
        (b"/tmp/hat-\xff\xfe-nowhere", 1, "The value of --data-dir is not valid text"),
        (LONG_PATH, 2, "File name too long"),
        (str(tmp_path / SQL), 2, "There is no register"),
    ]:
        if isinstance(data_dir, bytes):  # as the operating system passes it
            out = run_cli(None, "--data-dir", data_dir, "verify", user="manager",
                          password=PASSWORD, cwd=tmp_path)
        else:
            out = run_main(None, "--data-dir", data_dir, "verify", cwd=tmp_path,
                           env={"HAT_USER": "manager", "HAT_PASSWORD": PASSWORD})
        text = assert_clear_refusal(out, (code,))
        assert message in text, text[:2000]
        one_line(text)


def test_argument_errors_are_usage_messages_not_tracebacks(tmp_path):
    for args in (["demo", "--days", "abc"], ["demo", "--days", "-5"], ["demo", "--days", "99999"],
                 ["frobnicate"], ["export", "attendance", "--from", "2026-03-01", "--to",
                                  "2026-03-02", "--format", "xls", "--output", "x.xls"]):
        out = run_main(tmp_path / "new", *args, cwd=tmp_path)
        text = assert_clear_refusal(out, (1, 2))
        assert "error:" in text or "between 1 and 400 days" in text, text
        assert not (tmp_path / "new").exists()


def test_nothing_in_the_register_changed_after_the_services_catalogue(svc):
    """A last look: after every refusal of the catalogue, one after the other on one
    register, the register still verifies."""
    for label, call, message in REFUSED:
        refuse(svc, label, call, message)
    result = verify.verify_register(svc.reg, svc.manager)
    assert result.ok, result.problems
    with pytest.raises(InvalidInput):
        register.receive(svc.reg, svc.pharmacist, svc.nurse, svc.diam100.id,
                         receipt("", batch="D100A"))


# --- this stop's new flows: a top-up, the withdrawal of an absence ---------------------------
def _top_up(**typed):
    from hat_desktop.services import top_ups
    from hat_desktop.services.top_ups import TopUpRequest

    def call(w: World):
        values = dict(line=1, mg=80, opened=[(w.diam100.id, 1)], site="Arm, right",
                      sedation_score=0, breath_alcohol=0, observation="Settled")
        values.update({k: v(w) if callable(v) else v for k, v in typed.items()})
        return top_ups.top_up(w.reg, w.nurse, w.nurse2, w.patient.id, TopUpRequest(**values))
    return call


def _withdraw(note: str = "Entered for the wrong patient", absence_id: int | None = None):
    from hat_desktop.services import absences

    def call(w: World):
        found = absence_id if absence_id is not None else int(w.reg.db.scalar(
            "SELECT max(id) FROM absences"))
        return absences.withdraw_absence(w.reg, w.nurse, w.nurse2, found, note)
    return call


NEW_FLOWS_REFUSED = [
    ("top-up mg negative", _top_up(mg="-5"), "cannot be negative"),
    ("top-up mg zero", _top_up(mg="0"), "cannot be zero"),
    ("top-up mg exponent", _top_up(mg="1e3"), "whole number"),
    ("top-up mg decimal", _top_up(mg="80.5"), "whole number"),
    ("top-up mg huge", _top_up(mg="9" * 30), "(30 digits) is not believable"),
    ("top-up mg 1 MB", _top_up(mg=MB), "whole number mg"),
    ("top-up mg empty", _top_up(mg=""), "Enter the top-up of"),
    ("top-up mg above what is left", _top_up(mg=81), "at most 80 mg more"),
    ("top-up line unknown", _top_up(line=7), "Choose the line"),
    ("top-up line negative", _top_up(line=-1), "Choose the line"),
    ("top-up ampoules negative", _top_up(opened=lambda w: [(w.diam100.id, -1)]),
     "cannot be negative"),
    ("top-up ampoules huge", _top_up(opened=lambda w: [(w.diam100.id, 10**30)]), "not believable"),
    ("top-up ampoules of no section", _top_up(opened=[(99999, 1)]),
     "not on the patient's prescription"),
    ("top-up sedation off the scale", _top_up(sedation_score="9"),
     "sedation score of 9 is not believable"),
    ("top-up sedation negative", _top_up(sedation_score="-1"), "sedation score cannot be negative"),
    ("top-up breath alcohol negative", _top_up(breath_alcohol="-1"),
     "breath alcohol reading cannot be"),
    ("top-up breath alcohol huge", _top_up(breath_alcohol="9" * 30),
     "breath alcohol reading of 999999999999… (30 digits) is not believable"),
    ("top-up site hidden character", _top_up(site="Arm, right\u202e"), "injection site contains"),
    ("top-up site 1 MB", _top_up(site=MB), "injection site is too long"),
    ("top-up observation NUL", _top_up(observation="Settled\x00"), "cannot be printed"),
    ("top-up observation bidi", _top_up(observation="\u202eSettled"), "cannot be printed"),
    ("top-up observation 1 MB", _top_up(observation=MB), "too long"),
    ("withdrawal note empty", _withdraw(""), "Enter the note"),
    ("withdrawal note blank", _withdraw("   \n "), "Enter the note"),
    ("withdrawal note zero-width", _withdraw("\u200b\u200b"), "cannot be printed"),
    ("withdrawal note bidi", _withdraw("Wrong \u202epatient"), "cannot be printed"),
    ("withdrawal note NUL", _withdraw("Wrong\x00patient"), "cannot be printed"),
    ("withdrawal note too long", _withdraw("a" * 501), "too long"),
    ("withdrawal note 1 MB", _withdraw(MB), "too long"),
    ("withdrawal of no absence", _withdraw(absence_id=999_999), "does not exist"),
    ("withdrawal of a negative id", _withdraw(absence_id=-1), "does not exist"),
]


def test_a_top_up_and_a_withdrawal_refuse_bad_input_clearly_and_write_nothing(world, clock):
    """One clinic for every case (cheap): HAT-0001 injected 100 of 180 mg at 10:00, the
    interval passed; an absence of HAT-0002 entered by mistake. Each odd value is refused
    with one sentence that names what is wrong, and nothing is written."""
    from hat_desktop.domain.absences import AbsenceReason
    from hat_desktop.domain.dosing import LessReason
    from hat_desktop.services import absences

    w = world
    other, _ = w.add_patient("HAT-0002", "Lee Later")
    absences.record_absence(w.reg, w.nurse, other.id, AbsenceReason.CUSTODY, w.reg.today(),
                            None, "Police rang")
    dosing.check_in(w.reg, w.nurse, w.patient.id, identity_confirmed=True)
    dosing.administer(w.reg, w.nurse, w.nurse2, w.patient.id, dose_request(
        100, [(w.diam100.id, 1)], less_reason=LessReason.PATIENT_REQUEST))
    clock.advance(timedelta(minutes=25))
    for label, call, message in NEW_FLOWS_REFUSED:
        refuse(w, label, call, message)
    # Not vacuous: the same calls with good values are written.
    assert _top_up()(w).mg_administered == 80
    assert _withdraw()(w).withdrawal is not None
