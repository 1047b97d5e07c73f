"""A data folder's ``register.json`` (the register's id and how its key is kept) and
whether the folder holds a register at all: plain files, read without the database driver,
so that the window can decide what to show first at no cost (issue 14: the login window
comes up before the register is opened). store/connection.py opens the database itself.
Reading it loads neither uuid (a register id written as uuid writes it is taken as it is)
nor the file writer.
"""

import json
import re
from pathlib import Path
from typing import NamedTuple

from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.domain.register_keys import KeyMode

DB_FILE = "register.db"
INFO_FILE = "register.json"
INFO_FORMAT = 1
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class RegisterInfo(NamedTuple):  # not a dataclass: read before the login window (#14)
    register_id: str
    key_mode: KeyMode


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def info_path(data_dir: Path) -> Path:
    return data_dir / INFO_FILE


def register_exists(data_dir: Path) -> bool:
    return info_path(data_dir).exists() or db_path(data_dir).exists()


def new_register_id() -> str:
    import uuid

    return str(uuid.uuid4())


def _register_id(value: object) -> str:
    """``value`` as str(uuid.UUID(value)) writes it; ValueError when it is not a UUID."""
    if not isinstance(value, str):
        raise ValueError("register_id")
    if _UUID_TEXT.fullmatch(value):  # as new_register_id writes it: already in that form
        return value
    import uuid

    return str(uuid.UUID(value))


def read_info(data_dir: Path) -> RegisterInfo:
    path = info_path(data_dir)
    if not path.exists():
        if db_path(data_dir).exists():
            raise RegisterUnavailable(
                f"The register in {data_dir} has lost its {INFO_FILE} file; restore the "
                "folder from a backup."
            )
        raise RegisterUnavailable(
            f"There is no register in {data_dir}. Create one with `hat-desktop init` "
            "or the first-run wizard."
        )
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        info = RegisterInfo(_register_id(raw["register_id"]), KeyMode(raw["key_mode"]))
        if raw.get("format") != INFO_FORMAT:
            raise ValueError("format")
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RegisterUnavailable(f"{path} is damaged or is not a HAT Desktop file.") from None
    return info


def write_info(data_dir: Path, info: RegisterInfo) -> None:
    from hat_desktop.store.files import write_private_file

    payload = {"format": INFO_FORMAT, "register_id": info.register_id, "key_mode": info.key_mode}
    write_private_file(info_path(data_dir), json.dumps(payload, indent=2).encode("utf-8"),
                       replace=True)
