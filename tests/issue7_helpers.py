"""Shared by the issue-7 suites (kill, tamper, backup round trip, leaks, role matrix,
property and bad-input tests): running the real CLI in a child process, reaching the
database file with the key from the keyring (as someone with the key in hand would),
and snapshots to prove that nothing was written."""

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import keyring
import sqlcipher3

from hat_desktop.domain.accounts import User
from hat_desktop.domain.patients import Patient, PatientDetails
from hat_desktop.domain.prescriptions import Prescription, PrescriptionInput
from hat_desktop.domain.register import PRESETS, Section
from hat_desktop.domain.roles import Role
from hat_desktop.services import patients, prescriptions, register, users
from hat_desktop.services.clock import Clock
from hat_desktop.services.dosing import DoseRequest
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import NewRegister, create_register, open_register
from hat_desktop.store import patients as patients_store
from hat_desktop.store import prescriptions as prescriptions_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store
from hat_desktop.store.connection import db_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE

ROOT = Path(__file__).resolve().parent.parent
CLI_TIMEOUT = 120


# --- the real command line ----------------------------------------------------------------
def run_cli(data_dir: Path | None, *args: str | bytes, user: str | None = None,
            password: str | None = None, recovery_key_file: Path | None = None,
            env: dict[str, str] | None = None, cwd: Path | None = None
            ) -> subprocess.CompletedProcess[str]:
    """`python -m hat_desktop [--data-dir D] [--recovery-key-file F] ARGS` with HAT_USER and
    HAT_PASSWORD, stdin closed (never a prompt), output decoded leniently."""
    cmd: list[str | bytes] = [sys.executable, "-m", "hat_desktop"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    if recovery_key_file is not None:
        cmd += ["--recovery-key-file", str(recovery_key_file)]
    cmd += list(args)
    environ = {k: v for k, v in os.environ.items()
               if k not in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR")}
    if user is not None:
        environ["HAT_USER"] = user
    if password is not None:
        environ["HAT_PASSWORD"] = password
    environ.update(env or {})
    out = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, env=environ,
                         cwd=cwd or ROOT, timeout=CLI_TIMEOUT)
    return subprocess.CompletedProcess(
        out.args, out.returncode, out.stdout.decode("utf-8", "backslashreplace"),
        out.stderr.decode("utf-8", "backslashreplace"))


def assert_clear_refusal(out: subprocess.CompletedProcess[str], codes: Sequence[int] = (1, 2)
                         ) -> str:
    """A refusal from the CLI: an expected exit status, a message, no traceback. Returns
    the message (stdout and stderr together)."""
    text = (out.stdout + out.stderr).strip()
    assert out.returncode in codes, f"exit {out.returncode}, expected {codes}: {text[:2000]}"
    assert "Traceback" not in text and 'File "' not in text, text[:4000]
    assert text, "a refusal must say why"
    return text


def assert_one_clear_sentence(message: str) -> None:
    """What a user reads: one line, short, ending like a sentence, no Python internals."""
    assert message.strip(), "empty message"
    assert "\n" not in message.strip(), f"more than one line: {message!r}"
    assert len(message) <= 400, f"message too long ({len(message)} characters)"
    assert message.rstrip()[-1] in ".!?)", f"not a sentence: {message!r}"
    for internal in ("Traceback", "Error(", "sqlite", "sqlcipher", "NoneType", "object has no"):
        assert internal not in message, f"internal detail in {message!r}"


# --- the database file, with the key in hand --------------------------------------------------
def register_id(data_dir: Path) -> str:
    return read_info(data_dir).register_id


def keyring_key(data_dir: Path) -> str:
    key = keyring.get_password(KEYRING_SERVICE, register_id(data_dir))
    assert key is not None, "the register's key is not in the keyring"
    return key


def raw_connect(path: Path, key: str) -> sqlcipher3.Connection:
    """A plain SQLCipher connection (no triggers disabled, no app code): what someone
    with the file and the key would use."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def raw_register(data_dir: Path) -> sqlcipher3.Connection:
    return raw_connect(db_path(data_dir), keyring_key(data_dir))


def drop_triggers(conn: sqlcipher3.Connection, table: str) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    return names


def table_names(conn: Any) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()]


def snapshot(conn: Any) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of every row: equal snapshots mean nothing was
    written. ``conn`` is a Database or a sqlcipher3 connection."""
    result = {}
    for name in table_names(conn):
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall():
            digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
            count += 1
        result[name] = (count, digest.hexdigest())
    return result


def schema(conn: Any) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()]


def changed_tables(before: dict[str, tuple[int, str]], after: dict[str, tuple[int, str]]
                   ) -> list[str]:
    return sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))


# --- a register with something in it ------------------------------------------------------------
EXPIRY = date(2030, 1, 1)  # later than any clock these tests use


def receipt(quantity: int | str = 20, batch: str = "AB123", reference: str = "INV-0042",
            **kw: Any) -> register.Receipt:
    values: dict[str, Any] = dict(
        quantity=quantity, supplier_name="Alliance Healthcare",
        supplier_address="Unit 4, Stockton TS18 3TX", batch=batch, expiry=EXPIRY,
        reference=reference)
    values.update(kw)
    return register.Receipt(**values)


def destruction(quantity: int | str = 1, reference: str = "AO-1", **kw: Any
                ) -> register.Destruction:
    values: dict[str, Any] = dict(
        quantity=quantity, batch="", reason="Damaged ampoule", authorised_witness_name=
        "Dee Witness", authorised_witness_role="CD Accountable Officer",
        authorised_witness_reference=reference)
    values.update(kw)
    return register.Destruction(**values)


def stocked_batch(reg: OpenRegister, section_id: int, units: int) -> str:
    """A batch of the section holding at least ``units`` (stock leaves a named batch)."""
    from hat_desktop.store import register as register_store

    return next((b.batch for b in register_store.batches(reg.db, section_id)
                 if b.batch and b.balance >= units), "")


def fill_register(reg: OpenRegister, manager: User, pharmacist: User, witness: User,
                  entries_per_section: int = 120) -> list[Section]:
    """Two sections with many receipts and destructions (the file spans many pages),
    written in one transaction to keep it quick."""
    sections = [register.create_section(reg, manager, PRESETS[i]) for i in (0, 1)]
    with reg.db.transaction():
        for section in sections:
            for n in range(entries_per_section):
                if n % 4 == 3:
                    register.destroy(reg, pharmacist, section.id,
                                     destruction(1, reference=f"AO-{section.code}-{n}",
                                                 batch=stocked_batch(reg, section.id, 1)))
                else:
                    register.receive(reg, pharmacist, witness, section.id,
                                     receipt(3, batch=f"{section.code[:4]}B{n % 5}",
                                             reference=f"INV-{section.code}-{n:04d}"))
    return sections


def later(days: int) -> date:
    return date(2026, 3, 2) + timedelta(days=days)


# --- a whole clinic, built through the services -------------------------------------------------
PASSWORD = "correct-horse-battery"
PATIENT_ADDRESS = "12 Linthorpe Road\nMiddlesbrough TS1 3QY"


@dataclass
class World:
    """A clinic ready for work: users of every role (two nurses, so one can witness the
    other), both diamorphine sections with stock, a patient with a prescription."""

    reg: OpenRegister
    recovery_key: str
    manager: User
    nurse: User
    nurse2: User
    pharmacist: User
    prescriber: User
    inspector: User
    diam100: Section
    diam500: Section
    patient: Patient
    rx: Prescription

    @property
    def data_dir(self) -> Path:
        return self.reg.data_dir

    def by_role(self, role: Role) -> User:
        return {Role.MANAGER: self.manager, Role.NURSE: self.nurse,
                Role.PHARMACIST: self.pharmacist, Role.PRESCRIBER: self.prescriber,
                Role.INSPECTOR: self.inspector}[role]

    def add_patient(self, number: str, name: str, dose_mg: int = 180,
                    sessions: frozenset[int] = frozenset({1, 2}),
                    daily_max_mg: int | None = None, address: str = PATIENT_ADDRESS
                    ) -> tuple[Patient, Prescription]:
        p = patients.create_patient(self.reg, self.nurse, PatientDetails(
            number, name, date(1985, 6, 1), address))
        rx = prescriptions.prescribe(self.reg, self.prescriber, p.id, PrescriptionInput(
            (self.diam100.id, self.diam500.id), dose_mg, sessions, self.reg.today(),
            self.reg.today() + timedelta(days=90), daily_max_mg))
        return p, rx


def build_world(data_dir: Path, clock: Clock, sheet: Path, *, entries_per_section: int = 0,
                patient_name: str = "Sam Patient", address: str = PATIENT_ADDRESS) -> World:
    reg, manager, recovery_key = create_register(
        data_dir, NewRegister(clinic_name="Teesside HAT Clinic",
                              clinic_address="1 Albert Road\nMiddlesbrough TS1 1AA",
                              admin_username="manager", admin_full_name="Morag Manager",
                              admin_password=PASSWORD),
        sheet, clock=clock, workstation="test-pc")

    def make(role: Role, name: str, full: str) -> User:
        return users.create_user(reg, manager, name, PASSWORD, users.UserDetails(
            full, role,
            home_office_licence="HO-123456" if role is Role.PRESCRIBER else "",
            professional_registration="GMC 7654321" if role is Role.PRESCRIBER else "",
            gphc_number="2012345" if role is Role.PHARMACIST else ""))

    nurse = make(Role.NURSE, "nina", "Nina Nurse")
    nurse2 = make(Role.NURSE, "nora", "Nora Nurse")
    pharmacist = make(Role.PHARMACIST, "phil", "Phil Pharmacist")
    prescriber = make(Role.PRESCRIBER, "drpat", "Dr Pat Prescriber")
    inspector = make(Role.INSPECTOR, "ian", "Ian Inspector")
    if entries_per_section:
        diam100, diam500 = fill_register(reg, manager, pharmacist, nurse, entries_per_section)
    else:
        diam100, diam500 = (register.create_section(reg, manager, PRESETS[i]) for i in (0, 1))
    for section, qty, batch in ((diam100, 50, "D100A"), (diam500, 20, "D500A")):
        register.receive(reg, pharmacist, nurse, section.id, receipt(qty, batch=batch,
                                                                     reference="INV-1"))
    world = World(reg, recovery_key, manager, nurse, nurse2, pharmacist, prescriber,
                  inspector, diam100, diam500, None, None)  # type: ignore[arg-type]
    world.patient, world.rx = world.add_patient("HAT-0001", patient_name, address=address)
    return world


def dose_request(mg: int, opened: list[tuple[int, int]], **kw: Any) -> DoseRequest:
    values: dict[str, Any] = dict(opened=opened, mg_administered=mg, sedation_score=0,
                                  breath_alcohol=0, observation="Alert, no concerns")
    values.update(kw)
    return DoseRequest(**values)


def copy_register(source: Path, target: Path) -> Path:
    """A copy of a closed register's folder (same id, so the same keyring entry opens it)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("logs", ".hat-desktop.lock"))
    return target


def open_world(data_dir: Path, clock: Clock, recovery_key: str) -> World:
    """A World on a register build_world made (or a copy of one), opened again."""
    reg = open_register(data_dir, clock=clock)

    def user(name: str) -> User:
        found = users_store.by_username(reg.db, name)
        assert found is not None
        return found

    sections = {s.code: s for s in register_store.sections(reg.db)}
    patient = patients_store.by_clinic_number(reg.db, "HAT-0001")
    assert patient is not None
    rx = prescriptions_store.versions(reg.db, [patient.id])[patient.id][-1]
    return World(reg, recovery_key, user("manager"), user("nina"), user("nora"),
                 user("phil"), user("drpat"), user("ian"), sections["DIAM100"],
                 sections["DIAM500"], patient, rx)


def run_main(data_dir: Path | None, *args: str, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI's entry point (hat_desktop.cli.main) in this process: the same code as
    `python -m hat_desktop ...` from argument parsing on, a tenth of the time. Arguments
    and environment values that were not UTF-8 are given as Python would have decoded
    them (lone surrogates). HAT_USER and HAT_PASSWORD come only from ``env``."""
    import contextlib
    import io
    import logging

    from hat_desktop import cli, logging_setup

    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + list(args)
    saved_env = {k: os.environ.get(k) for k in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR",
                                                *(env or {}))}
    for name in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR"):
        os.environ.pop(name, None)
    os.environ.update(env or {})
    saved_cwd = os.getcwd()
    os.chdir(cwd or ROOT)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse's usage errors
                code = int(exc.code or 0)
    finally:
        os.chdir(saved_cwd)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_hat", False):
                root.removeHandler(handler)
                handler.close()
        logging_setup._configured = None
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())
