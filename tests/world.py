"""The test world: a clinic ready for work, built once per test session and copied for
each test (as Anki's tests copy a master collection).

Two session templates are built through the real services, on real SQLCipher files keyed
through the real keyring:

- ``new_register``: a register just created (the first manager, nothing else);
- ``clinic``: that register grown into a clinic ready to dose: users of every role (two
  nurses, so one can witness the other), both diamorphine sections with stock, a patient
  with a prescription.

Each test gets its own copy of a template's folder (its own file, opened with its own
connection and the test's ManualClock). Copies of one session's templates share the
template's register id, so they share its keyring entry: the fixtures put the key back
into the keyring before each copy, so a test may delete or replace it. A test that needs
a register id of its own (two registers side by side, a backup of another register)
builds a register with ``build_world`` or ``create_register``.

Passwords are hashed with cheap argon2id parameters in tests (``TEST_HASHING``, chosen
through ``auth.use_hashing`` when this plugin is configured); tests/test_auth_users.py
proves the application hashes with the production parameters.
"""

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import Parameters

from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import HatError
from hat_desktop.domain.patients import Patient, PatientDetails
from hat_desktop.domain.prescriptions import LineInput, Prescription, PrescriptionInput
from hat_desktop.domain.register import PRESETS, Section, SectionSpec
from hat_desktop.domain.roles import Role
from hat_desktop.domain.safety import ReadingInput
from hat_desktop.services import auth, patients, prescriptions, register, users
from hat_desktop.services.clock import Clock, ManualClock
from hat_desktop.services.dosing import DoseRequest
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.register_setup import NewRegister, create_register, open_register
from hat_desktop.store import keys
from hat_desktop.store import patients as patients_store
from hat_desktop.store import prescriptions as prescriptions_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store

PASSWORD = "correct-horse-battery"
MANAGER = "manager"
# A Monday in winter (GMT = UTC), mid-morning: inside the default first session.
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
# the last day of a prescription written on the first day, for 90 days: a re-titration
# after a hold runs to it, or the dose before the hold is given again when it ends
FIRST_END = START.date() + timedelta(days=90)
WORKSTATION = "test-pc"
PATIENT_ADDRESS = "12 Linthorpe Road\nMiddlesbrough TS1 3QY"
EXPIRY = date(2030, 1, 1)  # later than any clock these tests use
# A release-check reading within the default thresholds (SpO2 98 %, 16 breaths, sedation 0).
NORMAL_READING = ReadingInput(98, 16, 0)

# argon2id still, one pass over 1 MiB: a hash in a millisecond instead of half a second.
TEST_HASHING: Parameters = dataclasses.replace(
    auth.PRODUCTION_HASHING, time_cost=1, memory_cost=1024, parallelism=1)


def pytest_configure(config: pytest.Config) -> None:
    """Passwords hashed with TEST_HASHING in this test process."""
    auth.use_hashing(TEST_HASHING)


def new_register(**overrides: object) -> NewRegister:
    values: dict[str, object] = dict(
        clinic_name="Teesside HAT Clinic",
        clinic_address="1 Albert Road\nMiddlesbrough TS1 1AA",
        admin_username=MANAGER,
        admin_full_name="Morag Manager",
        admin_password=PASSWORD,
    )
    values.update(overrides)
    return NewRegister(**values)  # type: ignore[arg-type]


# --- register entries ---------------------------------------------------------------------
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
        authorised_witness_reference=reference, method="Denatured in a denaturing kit")
    values.update(kw)
    return register.Destruction(**values)


def dose_request(mg: int = 180, opened: list[tuple[int, int]] | None = None, **kw: Any
                 ) -> DoseRequest:
    values: dict[str, Any] = dict(opened=opened or [], mg_administered=mg, sedation_score=0,
                                  breath_alcohol=0, observation="Alert, no concerns",
                                  site="Arm, left")
    values.update(kw)
    return DoseRequest(**values)


def stocked_batch(reg: OpenRegister, section_id: int, units: int) -> str:
    """A batch of the section holding at least ``units`` (stock leaves a named batch)."""
    return next((b.batch for b in register_store.batches(reg.db, section_id)
                 if b.batch and b.balance >= units), "")


def fill_sections(reg: OpenRegister, pharmacist: User, witness: User,
                  sections: list[Section], entries_per_section: int = 120) -> None:
    """Many receipts and destructions in each section (the file spans many pages),
    written in one transaction to keep it quick."""
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


@contextmanager
def back_then(reg: OpenRegister) -> Iterator[None]:
    """Write history dated before the register's newest entry. The templates are built at
    START; a test that needs, say, a patient whose prescription began four days earlier
    writes it with the clock set back, which the app refuses (domain/clock_sanity): the
    clock's check is off while that history is written, as if it had been written then."""
    check, reg.db.before_write = reg.db.before_write, None
    try:
        yield
    finally:
        reg.db.before_write = check


def later(days: int) -> date:
    return START.date() + timedelta(days=days)


# --- users ----------------------------------------------------------------------------------
def user_details(role: Role, full_name: str) -> users.UserDetails:
    return users.UserDetails(
        full_name=full_name, role=role,
        home_office_licence="HO-123456" if role is Role.PRESCRIBER else "",
        professional_registration="GMC 7654321" if role is Role.PRESCRIBER else "",
        gphc_number="2012345" if role is Role.PHARMACIST else "",
        address=PRESCRIBER_ADDRESS if role is Role.PRESCRIBER else "")


PRESCRIBER_ADDRESS = "Teesside HAT Clinic\n1 Albert Road\nMiddlesbrough TS1 1AA"
UserFactory = Callable[..., User]


def user_factory(reg: OpenRegister, manager: User) -> UserFactory:
    """make_user(Role.NURSE, "nina") -> a new active user with PASSWORD."""

    def make(role: Role, username: str | None = None, full_name: str | None = None) -> User:
        name = username or f"{role.value}{len(users.list_users(reg, manager))}"
        full = full_name or f"{role.value.capitalize()} {name.title()}"
        return users.create_user(reg, manager, name, PASSWORD, user_details(role, full))

    return make


# --- the clinic -----------------------------------------------------------------------------
STAFF = (  # (role, user name, full name), made in this order after the first manager
    (Role.NURSE, "nina", "Nina Nurse"),
    (Role.NURSE, "nora", "Nora Nurse"),
    (Role.PHARMACIST, "phil", "Phil Pharmacist"),
    (Role.PRESCRIBER, "drpat", "Dr Pat Prescriber"),
    (Role.INSPECTOR, "ian", "Ian Inspector"),
)


@dataclass
class World:
    """A clinic ready for work: users of every role (two nurses, so one can witness the
    other), both diamorphine sections with stock (DIAM100: 50 ampoules of batch D100A,
    DIAM500: 20 of D500A), a patient HAT-0001 with a prescription of 180 mg for both
    sessions from today for 90 days."""

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

    @property
    def clock(self) -> Clock:
        return self.reg.clock

    def by_role(self, role: Role) -> User:
        return {Role.MANAGER: self.manager, Role.NURSE: self.nurse,
                Role.PHARMACIST: self.pharmacist, Role.PRESCRIBER: self.prescriber,
                Role.INSPECTOR: self.inspector}[role]

    def make_user(self, role: Role, username: str | None = None,
                  full_name: str | None = None) -> User:
        """A new active user with PASSWORD, made by the manager."""
        return user_factory(self.reg, self.manager)(role, username, full_name)

    def add_patient(self, number: str, name: str, dose_mg: int = 180,
                    sessions: frozenset[int] = frozenset({1, 2}),
                    daily_max_mg: int | None = None, address: str = PATIENT_ADDRESS
                    ) -> tuple[Patient, Prescription]:
        """A patient with a prescription starting today, for 90 days."""
        p = patients.create_patient(self.reg, self.nurse, PatientDetails(
            number, name, date(1985, 6, 1), address))
        rx = prescriptions.prescribe(self.reg, self.prescriber, p.id, PrescriptionInput(
            (self.diam100.id, self.diam500.id), dose_mg, sessions, self.reg.today(),
            self.reg.today() + timedelta(days=90), daily_max_mg))
        return p, rx


def methadone(w: "World", ml: int = 1000) -> Section:
    """The oral methadone section (METH1, 1 mg/ml), made and stocked once per world."""
    found = register_store.section_by_code(w.reg.db, "METH1")
    if found is not None:
        return found
    section = register.create_section(w.reg, w.manager, PRESETS[2])
    register.receive(w.reg, w.pharmacist, w.nurse, section.id,
                     receipt(ml, batch="M1A", reference="INV-M1"))
    return section


def methadone_injection(w: "World", ampoules: int = 20) -> Section:
    """An injectable methadone section (METHINJ, 50 mg ampoules), made and stocked once per
    world: a second drug given IM beside the diamorphine, which may be topped up."""
    found = register_store.section_by_code(w.reg.db, "METHINJ")
    if found is not None:
        return found
    section = register.create_section(w.reg, w.manager, SectionSpec(
        "METHINJ", "Methadone hydrochloride", "50 mg/5 ml", "solution for injection",
        "ampoule", 50))
    register.receive(w.reg, w.pharmacist, w.nurse, section.id,
                     receipt(ampoules, batch="MI1A", reference="INV-MI1"))
    return section


def two_line_input(w: "World", *, am: int = 200, pm: int = 150, oral_mg: int = 30,
                   oral_session: int = 1, take_home: bool = True, change_reason: str = "",
                   **kw: Any) -> PrescriptionInput:
    """Injectable diamorphine (``am`` mg in session 1, ``pm`` in session 2) and oral
    methadone (``oral_mg`` in ``oral_session``), taken home: the mixed regimen (#16).
    ``kw``: more of the injectable line (max_per_injection_mg, groin_allowed...)."""
    meth = methadone(w)
    today = w.reg.today()
    return PrescriptionInput(
        (), 0, frozenset(), today, today + timedelta(days=90), change_reason=change_reason,
        lines=(
            LineInput((w.diam100.id, w.diam500.id), ((1, am), (2, pm)), "iv", **kw),
            LineInput((meth.id,), ((oral_session, oral_mg),), "oral", take_home=take_home)))


def grow_clinic(reg: OpenRegister, manager: User, recovery_key: str, *,
                patient_name: str = "Sam Patient", address: str = PATIENT_ADDRESS) -> World:
    """Staff, stock and a patient in a register that has only its first manager."""
    make = user_factory(reg, manager)
    nurse, nurse2, pharmacist, prescriber, inspector = (
        make(role, name, full) for role, name, full in STAFF)
    diam100, diam500 = (register.create_section(reg, manager, PRESETS[i]) for i in (0, 1))
    for section, qty, batch in ((diam100, 50, "D100A"), (diam500, 20, "D500A")):
        register.receive(reg, pharmacist, nurse, section.id,
                         receipt(qty, batch=batch, reference="INV-1"))
    world = World(reg, recovery_key, manager, nurse, nurse2, pharmacist, prescriber,
                  inspector, diam100, diam500, None, None)  # type: ignore[arg-type]
    world.patient, world.rx = world.add_patient("HAT-0001", patient_name, address=address)
    return world


def build_world(data_dir: Path, clock: Clock, sheet: Path, *, patient_name: str = "Sam Patient",
                address: str = PATIENT_ADDRESS) -> World:
    """A clinic of its own, with its own register id and keyring entry. Most tests take
    the ``world`` fixture instead: a copy of a clinic built once."""
    reg, manager, recovery_key = create_register(data_dir, new_register(), sheet, clock=clock,
                                                 workstation=WORKSTATION)
    return grow_clinic(reg, manager, recovery_key, patient_name=patient_name, address=address)


def copy_register(source: Path, target: Path) -> Path:
    """A copy of a closed register's folder (same id, so the same keyring entry opens it)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("logs", ".hat-desktop.lock"))
    return target


def open_world(data_dir: Path, clock: Clock, recovery_key: str) -> World:
    """A World on a register that build_world made (or a copy of one), opened again."""
    return world_of(open_register(data_dir, clock=clock, workstation=WORKSTATION),
                    recovery_key)


def world_of(reg: OpenRegister, recovery_key: str) -> World:
    """The World of an open register that build_world made (or of a copy of one)."""

    def user(name: str) -> User:
        found = users_store.by_username(reg.db, name)
        assert found is not None
        return found

    sections = {s.code: s for s in register_store.sections(reg.db)}
    patient = patients_store.by_clinic_number(reg.db, "HAT-0001")
    assert patient is not None
    rx = prescriptions_store.versions(reg.db, [patient.id])[patient.id][-1]
    staff = [user(name) for _role, name, _full in STAFF]
    return World(reg, recovery_key, user(MANAGER), *staff, sections["DIAM100"],
                 sections["DIAM500"], patient, rx)


# --- templates: built once per session, copied for each test ---------------------------------
@dataclass(frozen=True)
class Template:
    """A closed register folder to copy, with what opens it."""

    data_dir: Path
    register_id: str
    recovery_key: str
    sheet: Path  # its recovery sheet

    def copy_to(self, target: Path) -> Path:
        """A copy of the register in ``target``, its key (back) in the keyring."""
        key = keys.parse_recovery_key(self.recovery_key)
        if keys.load_from_keyring(self.register_id) != key:  # a test deleted or replaced it
            keys.store_in_keyring(self.register_id, key)
        return copy_register(self.data_dir, target)

    def copy_and_open(self, target: Path, clock: Clock) -> OpenRegister:
        """A copy of the register in ``target``, opened on ``clock``. The keyring is read
        once, by the open itself (each read is a D-Bus session with a key exchange: the
        biggest part of a test's set-up); only if that open fails, because a test deleted
        or replaced the key, is the key put back and the copy opened again."""
        copy_register(self.data_dir, target)
        try:
            return open_register(target, clock=clock, workstation=WORKSTATION)
        except HatError:
            keys.store_in_keyring(self.register_id, keys.parse_recovery_key(self.recovery_key))
            return open_register(target, clock=clock, workstation=WORKSTATION)

    def open_world(self, target: Path, clock: Clock) -> "World":
        """A copy of a clinic template in ``target``, open on ``clock``."""
        return world_of(self.copy_and_open(target, clock), self.recovery_key)


def derive_template(template: Template, target: Path, grow: Callable[[World], object]
                    ) -> Template:
    """A clinic template with more in it: ``grow`` works on a copy of ``template`` (on a
    clock at START), which is then closed. For a module whose tests all need the same
    extra state."""
    w = template.open_world(target, ManualClock(START))
    try:
        grow(w)
    finally:
        w.reg.close()
    return dataclasses.replace(template, data_dir=target)


@dataclass(frozen=True)
class Templates:
    new_register: Template
    clinic: Template


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    base = tmp_path_factory.mktemp("templates")
    clock = ManualClock(START)
    sheet = base / "recovery-sheet.pdf"
    reg, manager, recovery_key = create_register(base / "new", new_register(), sheet,
                                                 clock=clock, workstation=WORKSTATION)
    reg.close()
    fresh = Template(base / "new", reg.register_id, recovery_key, sheet)
    reg = open_register(fresh.copy_to(base / "clinic"), clock=clock, workstation=WORKSTATION)
    manager = users_store.by_username(reg.db, MANAGER)  # type: ignore[assignment]
    grow_clinic(reg, manager, recovery_key)
    reg.close()
    return Templates(fresh, dataclasses.replace(fresh, data_dir=base / "clinic"))


# --- per-test fixtures -------------------------------------------------------------------------
@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def sheet_path(tmp_path: Path) -> Path:
    return tmp_path / "recovery-sheet.pdf"


@pytest.fixture
def registered(request: pytest.FixtureRequest, templates: Templates, data_dir: Path,
               sheet_path: Path, clock: ManualClock) -> Iterator[tuple[OpenRegister, User, str]]:
    """A new register (a copy of one): (the open register, its first manager, its recovery
    key). Its recovery sheet is at ``sheet_path``."""
    for other in ("world", "history"):
        if other in request.fixturenames:
            raise pytest.UsageError(
                f"a test takes either {other} or reg/manager/make_user, not both: use "
                f"{other}.reg, {other}.manager and {other}.make_user")
    template = templates.new_register
    reg = template.copy_and_open(data_dir, clock)
    shutil.copyfile(template.sheet, sheet_path)
    manager = users_store.by_username(reg.db, MANAGER)
    assert manager is not None
    yield reg, manager, template.recovery_key
    reg.close()


@pytest.fixture
def reg(registered: tuple[OpenRegister, User, str]) -> OpenRegister:
    return registered[0]


@pytest.fixture
def manager(registered: tuple[OpenRegister, User, str]) -> User:
    return registered[1]


@pytest.fixture
def recovery_key(registered: tuple[OpenRegister, User, str]) -> str:
    return registered[2]


@pytest.fixture
def make_user(reg: OpenRegister, manager: User) -> UserFactory:
    """make_user(Role.NURSE, "nina") -> a new active user with PASSWORD."""
    return user_factory(reg, manager)


@pytest.fixture
def world(templates: Templates, data_dir: Path, clock: ManualClock) -> Iterator[World]:
    """The clinic ready for work (a copy of one), on the test's clock."""
    w = templates.clinic.open_world(data_dir, clock)
    yield w
    w.reg.close()
