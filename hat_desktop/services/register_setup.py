"""Creating a register (first run, `init`) and opening an existing one.

The window and the command line find here, never in the store, whether a folder holds a
register, the recovery key written in a file, whether the computer has a keyring, and the
lock that keeps one HAT Desktop per register (re-exported below with ``as``)."""

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hat_desktop.domain.accounts import User, validate_password, validate_username
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import InvalidInput, RegisterUnavailable
from hat_desktop.domain.register_keys import (
    KeyMode,
    format_recovery_key,
    parse_recovery_key,
    validate_passphrase,
)
from hat_desktop.domain.settings import ClinicSettings
from hat_desktop.domain.text import clean_text
from hat_desktop.services import users
from hat_desktop.services.clock import Clock
from hat_desktop.services.open_register import OpenRegister, default_workstation
from hat_desktop.store import keys
from hat_desktop.store import settings as settings_store
from hat_desktop.store.connection import (
    Database,
    RegisterInfo,
    check_register_file,
    create_database,
    db_path,
    new_register_id,
    open_database,
    read_info,
    write_info,
)
from hat_desktop.store.connection import register_exists as register_exists
from hat_desktop.store.files import write_private_file
from hat_desktop.store.keys import keyring_problem as keyring_problem
from hat_desktop.store.keys import read_recovery_key_file as read_recovery_key_file
from hat_desktop.store.lock import RegisterLock as RegisterLock
from hat_desktop.store.migrations import migrate

log = logging.getLogger(__name__)

NO_KEYRING_ADVICE = (
    " Choose passphrase mode instead: the register key is then derived from a passphrase "
    "typed when HAT Desktop starts, and is never stored in a file."
)


@dataclass(frozen=True)
class NewRegister:
    clinic_name: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    clinic_address: str = ""
    timezone: str = "Europe/London"
    key_mode: KeyMode = KeyMode.KEYRING
    passphrase: str | None = None
    demo: bool = False


def check_clinic(name: str, address: str, timezone: str) -> ClinicSettings:
    """The set-up's first step: the clinic's name, address and time zone."""
    settings = ClinicSettings(
        clinic_name=clean_text(name, "clinic name", max_length=120),
        clinic_address=clean_text(address, "clinic address", max_length=400, required=False,
                                  multiline=True),
        timezone=(timezone or "").strip(),
    )
    settings.validate()
    return settings


def check_first_manager(username: str, full_name: str, password: str) -> str:
    """The set-up's second step: the first manager's account; the user name as kept."""
    admin = validate_username(username)
    clean_text(full_name, "full name", max_length=100)
    validate_password(password, admin)
    return admin


def check_key_choice(key_mode: KeyMode, passphrase: str | None) -> None:
    """The set-up's third step: a keyring that can hold the key, or a good passphrase."""
    if key_mode is KeyMode.KEYRING:
        problem = keys.keyring_problem()
        if problem:
            raise RegisterUnavailable(problem + NO_KEYRING_ADVICE)
    else:
        validate_passphrase(passphrase or "")


def check_recovery_sheet_path(path: Path, data_dir: Path) -> Path:
    named = Path(os.path.abspath(path.expanduser()))
    # The folder's real place; the file's own name is never followed (a planted link).
    path = named.parent.resolve() / named.name if named.parent.is_dir() else named
    if path.is_relative_to(data_dir.expanduser().resolve()):
        raise InvalidInput(
            "Save the recovery sheet outside the register's data folder: it must not be kept "
            "next to the register it unlocks."
        )
    if os.path.lexists(path) and not path.exists():
        raise InvalidInput(f"{path} is a link to another file: choose a new file name for "
                           "the recovery sheet.")
    if path.exists():
        raise InvalidInput(f"{path} already exists: choose a new file name for the recovery sheet.")
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} does not exist.")
    return path


@dataclass(frozen=True)
class CheckedNewRegister:
    """A new register that passed every check, nothing created yet."""

    data_dir: Path
    settings: ClinicSettings
    admin_username: str
    sheet_path: Path | None


def check_new_register(data_dir: Path, spec: NewRegister, recovery_sheet_path: Path | None
                       ) -> CheckedNewRegister:
    """Every check of the set-up, writing nothing: the wizard runs each step's part as it
    goes and this whole before it creates anything; create_register runs it first."""
    data_dir = data_dir.expanduser().resolve()
    settings = check_clinic(spec.clinic_name, spec.clinic_address, spec.timezone)
    admin = check_first_manager(spec.admin_username, spec.admin_full_name, spec.admin_password)
    if register_exists(data_dir):
        raise InvalidInput(f"{data_dir} already holds a register;"
                           " HAT Desktop never overwrites one.")
    if recovery_sheet_path is None and not spec.demo:
        raise InvalidInput("Choose where to save the recovery sheet.")
    sheet_path = (
        check_recovery_sheet_path(recovery_sheet_path, data_dir) if recovery_sheet_path else None
    )
    check_key_choice(spec.key_mode, spec.passphrase)
    return CheckedNewRegister(data_dir, settings, admin, sheet_path)


def _remove_partial(data_dir: Path) -> None:
    base = db_path(data_dir)
    for path in (base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))):
        path.unlink(missing_ok=True)


def create_register(
    data_dir: Path,
    spec: NewRegister,
    recovery_sheet_path: Path | None,
    *,
    clock: Clock,
    workstation: str | None = None,
) -> tuple[OpenRegister, User, str]:
    """Create, fill and key a new register. Returns (clinic, first manager, recovery key).

    Everything is checked before anything is written; if any step fails, the
    partial register, keyring entry and sheet are removed again.
    """
    checked = check_new_register(data_dir, spec, recovery_sheet_path)
    data_dir, settings, admin = checked.data_dir, checked.settings, checked.admin_username
    sheet_path = checked.sheet_path
    salt: bytes | None = None
    if spec.key_mode is KeyMode.KEYRING:
        key = keys.new_raw_key()
    else:
        salt = keys.new_salt()
        key = keys.derive_passphrase_key(spec.passphrase or "", salt)

    register_id = new_register_id()
    recovery_key = format_recovery_key(key)
    from hat_desktop.reports import recovery_sheet  # reportlab: not needed to open a register

    sheet_bytes = recovery_sheet.render(
        recovery_sheet.RecoverySheet(
            clinic_name=settings.clinic_name,
            register_id=register_id,
            recovery_key=recovery_key,
            created=clock.now().astimezone(settings.tz),
            passphrase_mode=spec.key_mode is KeyMode.PASSPHRASE,
            demo=spec.demo,
        )
    )

    created_dir = not data_dir.exists()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    db: Database | None = None
    stored_key = sheet_written = False
    try:
        db = create_database(db_path(data_dir), key, salt)
        migrate(db)
        reg = OpenRegister(db=db, clock=clock, data_dir=data_dir, register_id=register_id,
                           demo=spec.demo, workstation=workstation or default_workstation())
        now = clock.now()
        with db.transaction():
            settings_store.write_meta(db, {
                "register_id": register_id,
                "created_at": now.isoformat(),
                "demo": "1" if spec.demo else "0",
            })
            for name, value in (
                ("clinic_name", settings.clinic_name),
                ("clinic_address", settings.clinic_address),
                ("timezone", settings.timezone),
            ):
                settings_store.put(db, name, value, now=now, user_id=None)
            manager = users.create_first_manager(reg, admin, spec.admin_password,
                                                 spec.admin_full_name)
            reg.audit(manager, AuditAction.REGISTER_CREATED, f"register:{register_id}",
                      key_mode=spec.key_mode.value, demo=spec.demo)
        if spec.key_mode is KeyMode.KEYRING:
            keys.store_in_keyring(register_id, key)
            stored_key = True
        if sheet_path is not None:
            write_private_file(sheet_path, sheet_bytes)
            sheet_written = True
        write_info(data_dir, RegisterInfo(register_id, spec.key_mode))
    except BaseException:
        if db is not None:
            db.close()
        _remove_partial(data_dir)
        if stored_key:
            keys.delete_from_keyring(register_id)
        if sheet_written and sheet_path is not None:
            sheet_path.unlink(missing_ok=True)
        if created_dir and not any(data_dir.iterdir()):
            data_dir.rmdir()
        raise
    log.info("register %s created (%s mode)", register_id, spec.key_mode.value)
    return reg, manager, recovery_key


class OpenWith(StrEnum):
    KEYRING = "keyring"  # the key is in this computer's keyring: nothing to ask
    PASSPHRASE = "passphrase"
    RECOVERY_KEY = "recovery_key"  # keyring mode, but this computer has no key for it


class KeyNotOnThisComputer(RegisterUnavailable):
    """A register whose key is kept in a keyring, opened on a computer whose keyring cannot
    hold it or does not have it: the recovery key must be asked for."""


def how_to_open(data_dir: Path) -> OpenWith:
    """What the person opening the register must supply, if anything."""
    info = read_info(data_dir.expanduser().resolve())
    if info.key_mode is KeyMode.PASSPHRASE:
        return OpenWith.PASSPHRASE
    if keys.keyring_problem() or keys.load_from_keyring(info.register_id) is None:
        return OpenWith.RECOVERY_KEY
    return OpenWith.KEYRING


def open_register(
    data_dir: Path,
    *,
    clock: Clock,
    recovery_key: str | None = None,
    passphrase: Callable[[], str] | None = None,
    workstation: str | None = None,
) -> OpenRegister:
    """Open the register in ``data_dir`` with the key from the keyring, the
    passphrase or a recovery key. A recovery key that opens it is then kept in
    this computer's keyring, when it has one."""
    data_dir = data_dir.expanduser().resolve()
    info = read_info(data_dir)
    path = db_path(data_dir)
    if recovery_key is not None:
        key, source = parse_recovery_key(recovery_key), "the recovery key"
    elif info.key_mode is KeyMode.KEYRING:
        problem = keys.keyring_problem()
        if problem:
            raise KeyNotOnThisComputer(
                problem + " This register's key is kept in a keyring: open it with the "
                "recovery key from its recovery sheet (--recovery-key-file)."
            )
        found = keys.load_from_keyring(info.register_id)
        if found is None:
            raise KeyNotOnThisComputer(
                "The key for this register is not in this computer's keyring. Open it with "
                "the recovery key from its recovery sheet (--recovery-key-file)."
            )
        key, source = found, "the key in this computer's keyring"
    else:
        if passphrase is None:
            raise RegisterUnavailable(
                "This register is opened with its passphrase; none was given.")
        check_register_file(path)
        with open(path, "rb") as fh:
            salt = fh.read(keys.SALT_BYTES)
        key, source = keys.derive_passphrase_key(passphrase(), salt), "the passphrase"

    db = open_database(path, key, key_source=source)
    try:
        meta = settings_store.read_meta(db)
        if meta.get("register_id") != info.register_id:
            raise RegisterUnavailable(
                f"{path} is not the register named in {data_dir / 'register.json'}."
                if meta else f"{path} is not a HAT register."
            )
        migrate(db)
    except BaseException:
        db.close()
        raise
    reg = OpenRegister(db=db, clock=clock, data_dir=data_dir, register_id=info.register_id,
                       demo=meta.get("demo") == "1",
                       workstation=workstation or default_workstation())
    if recovery_key is not None and keys.keyring_problem() is None:
        keys.store_in_keyring(info.register_id, key)
        if info.key_mode is not KeyMode.KEYRING:
            write_info(data_dir, RegisterInfo(info.register_id, KeyMode.KEYRING))
        with db.transaction():
            reg.audit(None, AuditAction.KEY_STORED, f"register:{info.register_id}",
                      source="recovery key")
        log.info("recovery key stored in this computer's keyring")
    return reg

