"""Opening a register that cannot be opened (issue 2, item 3): a wrong key, a wrong recovery
key, a truncated file, random bytes, a plain SQLite file, an empty file, a missing
register.json or register.db, a register from a newer version. Each is refused with one
clear sentence, and nothing is written: the data folder's files (names, sizes, times) and
the database's bytes are exactly as before, and the keyring still holds the right key."""

import os
import random
import sqlite3
from pathlib import Path

import keyring
import pytest
import sqlcipher3

from hat_desktop.domain.errors import InvalidInput, RegisterDamaged, RegisterUnavailable
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import create_register, open_register
from hat_desktop.store import keys
from hat_desktop.store.connection import PAGE_SIZE, db_path, info_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE
from hat_desktop.store.migrations import LATEST
from tests.world import new_register

Snapshot = tuple[dict[str, tuple[int, int]], bytes | None]


@pytest.fixture
def closed(data_dir: Path, sheet_path: Path, clock: ManualClock) -> dict[str, str]:
    """A closed keyring-mode register: its id, key and recovery key."""
    reg, _manager, recovery_key = create_register(data_dir, new_register(), sheet_path,
                                                  clock=clock, workstation="test-pc")
    reg.close()
    register_id = read_info(data_dir).register_id
    key = keyring.get_password(KEYRING_SERVICE, register_id)
    assert key is not None
    return {"id": register_id, "key": key, "recovery_key": recovery_key}


def snapshot(data_dir: Path) -> Snapshot:
    files = {str(p.relative_to(data_dir)): (p.stat().st_size, p.stat().st_mtime_ns)
             for p in data_dir.rglob("*")}
    try:
        content = db_path(data_dir).read_bytes()
    except OSError:  # missing, or made unreadable by the test
        content = None
    return files, content


def refused(data_dir: Path, clock: ManualClock, **how: object) -> str:
    """Open, expect a refusal, check it is one sentence and that nothing was written."""
    before = snapshot(data_dir)
    with pytest.raises(RegisterUnavailable) as caught:
        reg = open_register(data_dir, clock=clock, **how)  # type: ignore[arg-type]
        reg.close()
    message = str(caught.value)
    assert "\n" not in message and message.endswith("."), message
    assert len(message) < 400, message
    assert "Traceback" not in message and "sqlcipher" not in message.lower(), message
    after = snapshot(data_dir)
    assert after[0] == before[0], "the data folder changed"
    assert after[1] == before[1], "register.db changed"
    return message


def no_key_in(message: str, *secrets: str) -> None:
    for secret in secrets:
        for form in (secret, secret.upper(), keys.format_recovery_key(secret)):
            assert form not in message


def test_the_fixture_register_opens(closed, data_dir, clock):
    reg = open_register(data_dir, clock=clock)
    assert reg.register_id == closed["id"]
    reg.close()


def test_a_wrong_key_in_the_keyring(closed, data_dir, clock):
    other = keys.new_raw_key()
    keyring.set_password(KEYRING_SERVICE, closed["id"], other)
    message = refused(data_dir, clock)
    assert message == (f"The key in this computer's keyring does not open the register file "
                       f"{db_path(data_dir)}: it reads none of the file's pages, so the key is "
                       "wrong or the file is not a HAT register.")
    no_key_in(message, other, closed["key"])


@pytest.mark.parametrize("page", [0, 3])
def test_a_damaged_page_with_the_right_key_is_damage_not_a_wrong_key(closed, data_dir, clock,
                                                                     page):
    """SQLCipher answers "not a database" both for a wrong key and for a damaged first page;
    the store tells them apart by checking every page: with the right key, only the damaged
    one fails."""
    path = db_path(data_dir)
    pages = path.stat().st_size // PAGE_SIZE
    with open(path, "r+b") as fh:
        fh.seek(page * PAGE_SIZE + 200)
        fh.write(b"\x00" * 64)
    with pytest.raises(RegisterDamaged) as caught:
        reg = open_register(data_dir, clock=clock)
        try:  # another page is met when it is read: read every table
            for table in reg.db.all("SELECT name FROM sqlite_master WHERE type = 'table'"):
                reg.db.all(f"SELECT * FROM {table[0]}")
        finally:
            reg.close()
    message = str(caught.value)
    if page == 0:  # the first page: refused at open, after checking every page
        assert message == (f"The register file {path} is damaged: 1 of its {pages} pages fail "
                           "their check, with a key that reads the others; nothing was "
                           "written. Restore the last good backup.")
    else:
        assert message == (f"The register file {path} is damaged (its structure is broken or "
                           "it is truncated); nothing was written. Restore the last good "
                           "backup.")
    assert "key is wrong" not in message


def test_a_wrong_recovery_key(closed, data_dir, clock):
    wrong = keys.format_recovery_key(keys.new_raw_key())
    message = refused(data_dir, clock, recovery_key=wrong)
    assert message.startswith("The recovery key does not open the register file")
    no_key_in(message, keys.parse_recovery_key(wrong), closed["key"])
    # The wrong key did not replace the right one in the keyring.
    assert keyring.get_password(KEYRING_SERVICE, closed["id"]) == closed["key"]


def test_a_recovery_key_that_is_not_one_at_all(closed, data_dir, clock):
    before = snapshot(data_dir)
    with pytest.raises(InvalidInput, match="not a recovery key"):
        open_register(data_dir, clock=clock, recovery_key="1234-5678")
    assert snapshot(data_dir) == before


def test_no_key_in_the_keyring(closed, data_dir, clock):
    keys.delete_from_keyring(closed["id"])
    message = refused(data_dir, clock)
    assert "not in this computer's keyring" in message and "recovery key" in message


def cut(path: Path, keep: int) -> None:
    path.write_bytes(path.read_bytes()[:keep])
    assert path.stat().st_size == keep


@pytest.mark.parametrize("where", ["half_at_page_boundary", "one_page", "last_page_gone"])
def test_a_file_truncated_at_a_page_boundary(closed, data_dir, clock, where):
    path = db_path(data_dir)
    pages = path.stat().st_size // PAGE_SIZE
    assert pages >= 8, "the register should span several pages"
    keep = {"half_at_page_boundary": pages // 2, "one_page": 1,
            "last_page_gone": pages - 1}[where] * PAGE_SIZE
    cut(path, keep)
    message = refused(data_dir, clock)
    assert message.startswith(f"The register file {path} is damaged"), message
    assert "truncated" in message


@pytest.mark.parametrize("keep", [PAGE_SIZE * 5 + 1000, 100, PAGE_SIZE - 1])
def test_a_file_truncated_inside_a_page(closed, data_dir, clock, keep):
    path = db_path(data_dir)
    cut(path, keep)
    message = refused(data_dir, clock)
    assert message == (f"The register file {path} is damaged: it has been cut short "
                       "(truncated).")


def test_an_empty_file(closed, data_dir, clock):
    path = db_path(data_dir)
    cut(path, 0)
    assert refused(data_dir, clock) == f"The register file {path} is empty: it is damaged."


def test_a_file_of_random_bytes(closed, data_dir, clock):
    path = db_path(data_dir)
    path.write_bytes(random.Random(7).randbytes(PAGE_SIZE * 12))
    message = refused(data_dir, clock)
    assert message.startswith(f"The key in this computer's keyring does not open the register "
                              f"file {path}")
    assert "not a HAT register" in message


def test_a_plain_unencrypted_sqlite_file(closed, data_dir, clock):
    path = db_path(data_dir)
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    plain.execute("INSERT INTO meta VALUES ('register_id', ?)", (closed["id"],))
    plain.commit()
    plain.close()
    message = refused(data_dir, clock)
    assert message == f"{path} is an unencrypted SQLite database, not an encrypted HAT register."


def test_another_register_under_this_ones_name(closed, data_dir, clock, tmp_path):
    """A register.db swapped for another register's, with that register's key in hand."""
    other_dir = tmp_path / "other"
    other, _m, other_key = create_register(other_dir, new_register(), tmp_path / "other.pdf",
                                           clock=clock)
    other.close()
    db_path(data_dir).write_bytes(db_path(other_dir).read_bytes())
    message = refused(data_dir, clock, recovery_key=other_key)
    assert message == (f"{db_path(data_dir)} is not the register named in "
                       f"{info_path(data_dir)}.")
    assert keyring.get_password(KEYRING_SERVICE, closed["id"]) == closed["key"]


def test_a_missing_register_json(closed, data_dir, clock):
    info_path(data_dir).unlink()
    message = refused(data_dir, clock)
    assert message == (f"The register in {data_dir} has lost its register.json file; restore "
                       "the folder from a backup.")


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": 1}', b"\xff\xfe\x00",
                                     b'{"format": 1, "register_id": "x", "key_mode": "keyring"}'])
def test_a_damaged_register_json(closed, data_dir, clock, content):
    info_path(data_dir).write_bytes(content)
    message = refused(data_dir, clock)
    assert message == f"{info_path(data_dir)} is damaged or is not a HAT Desktop file."


def test_a_missing_register_db(closed, data_dir, clock):
    db_path(data_dir).unlink()
    message = refused(data_dir, clock)
    assert message == f"The register file {db_path(data_dir)} is missing."


def test_an_empty_folder(data_dir, clock):
    data_dir.mkdir()
    message = refused(data_dir, clock)
    assert message.startswith(f"There is no register in {data_dir}.")


def test_a_register_from_a_newer_version_is_refused(closed, data_dir, clock):
    conn = keys_connection(data_dir, closed["key"])
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    assert not Path(f"{db_path(data_dir)}-wal").exists()
    message = refused(data_dir, clock)
    assert message == (f"This register was written by a newer version of HAT Desktop (schema "
                       f"{LATEST + 1}; this version knows up to {LATEST}). Install the newer "
                       "version to open it.")
    conn = keys_connection(data_dir, closed["key"])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
    conn.close()


def keys_connection(data_dir: Path, key: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db_path(data_dir)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    return conn


def test_a_register_that_cannot_be_read_is_refused(closed, data_dir, clock):
    if os.geteuid() == 0:  # root reads anything: make it a folder instead
        db_path(data_dir).unlink()
        db_path(data_dir).mkdir()
    else:
        db_path(data_dir).chmod(0)
    try:
        message = refused(data_dir, clock)
        assert str(db_path(data_dir)) in message
    finally:
        if db_path(data_dir).is_file():
            db_path(data_dir).chmod(0o600)
