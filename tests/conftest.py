"""Shared fixtures: a real SQLCipher register in a temp folder, keyed through the
real Secret Service that `make test` starts (gnome-keyring under dbus-run-session),
an injected clock, and users of every role."""

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail  # noqa: E402

from hat_desktop.domain.accounts import User  # noqa: E402
from hat_desktop.domain.roles import Role  # noqa: E402
from hat_desktop.services import users  # noqa: E402
from hat_desktop.services.clock import ManualClock  # noqa: E402
from hat_desktop.services.open_register import OpenRegister  # noqa: E402
from hat_desktop.services.register_setup import NewRegister, create_register  # noqa: E402

PASSWORD = "correct-horse-battery"
MANAGER = "manager"
# A Monday in winter (GMT = UTC), mid-morning: inside the default first session.
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

# The `dc` fixture (a clinic ready to dose: staff, a patient, stock) for every test module.
pytest_plugins = ["tests.dosing_fixtures"]


def pytest_sessionstart(session: pytest.Session) -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise pytest.UsageError(
            "No Secret Service keyring is running. Run the tests with `make test`, which "
            "starts gnome-keyring inside a private D-Bus session."
        )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def sheet_path(tmp_path: Path) -> Path:
    return tmp_path / "recovery-sheet.pdf"


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


@pytest.fixture
def registered(
    data_dir: Path, sheet_path: Path, clock: ManualClock
) -> Iterator[tuple[OpenRegister, User, str]]:
    """A new register: (clinic, first manager, recovery key)."""
    reg, manager, recovery_key = create_register(
        data_dir, new_register(), sheet_path, clock=clock, workstation="test-pc"
    )
    yield reg, manager, recovery_key
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


UserFactory = Callable[..., User]


@pytest.fixture
def make_user(reg: OpenRegister, manager: User) -> UserFactory:
    """make_user(Role.NURSE, "nina") -> a new active user with PASSWORD."""

    def make(role: Role, username: str | None = None, full_name: str | None = None) -> User:
        name = username or f"{role.value}{len(users.list_users(reg, manager))}"
        details = users.UserDetails(
            full_name=full_name or f"{role.value.capitalize()} {name.title()}",
            role=role,
            home_office_licence="HO-123456" if role is Role.PRESCRIBER else "",
            professional_registration="GMC 7654321" if role is Role.PRESCRIBER else "",
            gphc_number="2012345" if role is Role.PHARMACIST else "",
        )
        return users.create_user(reg, manager, name, PASSWORD, details)

    return make
