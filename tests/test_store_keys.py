"""Register keys (issue 2, item 3): the real Secret Service round trip, the recovery key's
printed form and how it is read back, passphrase mode, and a computer with no usable
keyring, where the app says so in plain words and never keeps the key in a file."""

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import sqlcipher3
from keyring.backends import fail

from hat_desktop.domain.errors import InvalidInput, RegisterUnavailable
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import (
    OpenWith,
    create_register,
    how_to_open,
    open_register,
)
from hat_desktop.store import keys
from hat_desktop.store.connection import db_path, info_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE, KeyMode
from tests.world import MANAGER, new_register

PASSPHRASE = "a long register passphrase"
KEY = "0123456789abcdef" * 4


# --- the OS keyring (gnome-keyring under dbus-run-session) -----------------------------------
def test_a_key_goes_into_the_secret_service_and_comes_back_out():
    register_id = str(uuid.uuid4())
    key = keys.new_raw_key()
    assert keys.load_from_keyring(register_id) is None
    keys.store_in_keyring(register_id, key)
    # Stored where any keyring client finds it: service "hat-desktop", user = register id,
    # in the Secret Service itself (another process reads it back), not in this process.
    assert keyring.get_password(KEYRING_SERVICE, register_id) == key
    assert read_in_another_process(register_id) == key
    assert keys.load_from_keyring(register_id) == key
    keys.delete_from_keyring(register_id)
    assert keys.load_from_keyring(register_id) is None
    assert read_in_another_process(register_id) == "None"


def read_in_another_process(register_id: str) -> str:
    code = ("import keyring; "
            f"print(keyring.get_password({KEYRING_SERVICE!r}, {register_id!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    return out.stdout.strip()


def test_deleting_a_key_that_is_not_there_is_harmless():
    register_id = str(uuid.uuid4())
    keys.delete_from_keyring(register_id)
    assert keys.load_from_keyring(register_id) is None


def test_new_keys_are_random_256_bit_hex():
    made = {keys.new_raw_key() for _ in range(20)}
    assert len(made) == 20
    assert all(len(k) == 64 and keys.check_raw_key(k) == k for k in made)


@pytest.mark.parametrize("bad", ["", "abc", KEY.upper(), KEY + "0", KEY[:-1] + "g",
                                 f"{KEY[:32]}'; DROP TABLE users; --"])
def test_only_64_lower_case_hex_digits_are_stored_as_a_key(bad):
    register_id = str(uuid.uuid4())
    with pytest.raises(ValueError) as caught:
        keys.store_in_keyring(register_id, bad)
    assert bad not in str(caught.value) or bad == ""
    assert keyring.get_password(KEYRING_SERVICE, register_id) is None


def test_a_keyring_entry_that_is_not_a_key_is_refused_without_echoing_it():
    register_id = str(uuid.uuid4())
    keyring.set_password(KEYRING_SERVICE, register_id, "my-secret-not-a-key")
    try:
        with pytest.raises(RegisterUnavailable, match="recovery key") as caught:
            keys.load_from_keyring(register_id)
        assert "my-secret-not-a-key" not in str(caught.value)
    finally:
        keys.delete_from_keyring(register_id)


# --- the recovery key: printed form, and what a person may type back ------------------------
def test_the_recovery_key_is_printed_as_16_upper_case_groups_of_four():
    printed = keys.format_recovery_key(KEY)
    assert printed == "-".join([KEY.upper()[i : i + 4] for i in range(0, 64, 4)])
    assert len(printed.split("-")) == 16
    assert keys.parse_recovery_key(printed) == KEY


@pytest.mark.parametrize("typed", [
    KEY,
    KEY.upper(),
    keys.format_recovery_key(KEY),
    keys.format_recovery_key(KEY).lower(),
    keys.format_recovery_key(KEY).replace("-", " "),
    "  " + keys.format_recovery_key(KEY).replace("-", " - ") + "\n",
    "\n".join(keys.format_recovery_key(KEY).split("-")),
    keys.format_recovery_key(KEY).replace("-", "\t"),
])
def test_a_recovery_key_is_read_with_dashes_spaces_and_either_case(typed):
    assert keys.parse_recovery_key(typed) == KEY


@pytest.mark.parametrize("typed", [
    "",
    KEY[:-4],  # 60 digits
    KEY + "ABCD",  # 68 digits
    KEY[:-1] + "G",  # not hexadecimal
    KEY[:-1] + "O",  # letter O for zero
    keys.format_recovery_key(KEY).replace("-", "_"),
    "Recovery key: " + KEY,
])
def test_anything_else_is_not_a_recovery_key(typed):
    with pytest.raises(InvalidInput) as caught:
        keys.parse_recovery_key(typed)
    message = str(caught.value)
    assert message.startswith("That is not a recovery key")
    assert "64 letters and digits" in message and "0-9, A-F" in message
    # A near miss may be the real key with a typo: it is never repeated back.
    assert KEY[:16] not in message.lower()


def test_a_recovery_key_file_is_read_with_its_line_break(tmp_path):
    path = tmp_path / "key.txt"
    path.write_text(keys.format_recovery_key(KEY) + "\r\n", encoding="utf-8")
    assert keys.read_recovery_key_file(path) == KEY


def test_a_missing_recovery_key_file_says_it_cannot_be_read(tmp_path):
    path = tmp_path / "no-such-key.txt"
    with pytest.raises(RegisterUnavailable) as caught:
        keys.read_recovery_key_file(path)
    assert str(caught.value).startswith(f"The recovery key file {path} cannot be read")


def test_a_recovery_key_file_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "key.bin"
    path.write_bytes(b"\xff\xfe\x00\x81" + KEY.encode("ascii"))
    with pytest.raises(InvalidInput) as caught:
        keys.read_recovery_key_file(path)
    assert str(caught.value) == f"The recovery key file {path} is not a text file."


@pytest.mark.parametrize("content", ["", "hello, this is a shopping list\n", KEY[:40],
                                     "Recovery key: " + keys.format_recovery_key(KEY)])
def test_a_text_file_without_a_recovery_key_is_refused_without_echoing_it(tmp_path, content):
    path = tmp_path / "key.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        keys.read_recovery_key_file(path)
    message = str(caught.value)
    assert message == (f"The file {path} does not hold a recovery key (64 letters and digits, "
                       "0-9 and A-F).")


# --- passphrase mode --------------------------------------------------------------------------
@pytest.fixture
def passphrase_register(data_dir: Path, sheet_path: Path, clock: ManualClock
                        ) -> tuple[str, str]:
    """A closed passphrase-mode register: (register id, recovery key)."""
    spec = new_register(key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE)
    reg, _manager, recovery_key = create_register(data_dir, spec, sheet_path, clock=clock,
                                                  workstation="test-pc")
    reg.close()
    return read_info(data_dir).register_id, recovery_key


def test_a_passphrase_register_reopens_with_its_passphrase(passphrase_register, data_dir, clock):
    register_id, _ = passphrase_register
    assert read_info(data_dir).key_mode is KeyMode.PASSPHRASE
    assert how_to_open(data_dir) is OpenWith.PASSPHRASE
    # The key was never put in the keyring.
    assert keyring.get_password(KEYRING_SERVICE, register_id) is None
    asked = []
    reg = open_register(data_dir, clock=clock,
                        passphrase=lambda: asked.append(1) or PASSPHRASE)
    try:
        assert asked == [1]
        assert reg.settings.clinic_name == "Teesside HAT Clinic"
        assert reg.db.scalar("SELECT username FROM users") == MANAGER
    finally:
        reg.close()


def test_a_passphrase_register_is_an_ordinary_sqlcipher_4_passphrase_database(
        passphrase_register, data_dir):
    """SQLCipher's own KDF: the file opens with `PRAGMA key = 'passphrase'` and nothing else."""
    conn = sqlcipher3.connect(str(db_path(data_dir)))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        assert conn.execute("SELECT value FROM meta WHERE key = 'register_id'").fetchone()[0] \
            == passphrase_register[0]
    finally:
        conn.close()


@pytest.mark.parametrize("wrong", [PASSPHRASE + "!", PASSPHRASE.upper(), "", " " + PASSPHRASE])
def test_a_wrong_passphrase_is_refused(passphrase_register, data_dir, clock, wrong):
    before = db_path(data_dir).read_bytes()
    with pytest.raises(RegisterUnavailable) as caught:
        open_register(data_dir, clock=clock, passphrase=lambda: wrong)
    assert str(caught.value) == (f"The passphrase does not open the register file "
                                 f"{db_path(data_dir)}: it reads none of the file's pages, so "
                                 "the passphrase is wrong or the file is not a HAT register.")
    assert db_path(data_dir).read_bytes() == before


def test_a_passphrase_register_needs_a_passphrase(passphrase_register, data_dir, clock):
    with pytest.raises(RegisterUnavailable, match="opened with its passphrase"):
        open_register(data_dir, clock=clock)


def test_the_recovery_key_of_a_passphrase_register_opens_it_too(passphrase_register, data_dir,
                                                                 clock):
    register_id, recovery_key = passphrase_register
    reg = open_register(data_dir, clock=clock, recovery_key=recovery_key,
                        passphrase=lambda: pytest.fail("the passphrase was asked for"))
    try:
        assert reg.register_id == register_id
        assert reg.settings.clinic_name == "Teesside HAT Clinic"
    finally:
        reg.close()
    # With a keyring at hand, the recovery key is now kept there.
    assert keyring.get_password(KEYRING_SERVICE, register_id) == keys.parse_recovery_key(
        recovery_key)


@pytest.mark.parametrize("passphrase", ["too short", "", "has a\ttab in it here"])
def test_a_weak_or_odd_passphrase_is_refused_before_anything_is_written(
        data_dir, sheet_path, clock, passphrase):
    spec = new_register(key_mode=KeyMode.PASSPHRASE, passphrase=passphrase)
    with pytest.raises(InvalidInput, match="passphrase"):
        create_register(data_dir, spec, sheet_path, clock=clock)
    assert not data_dir.exists() and not sheet_path.exists()


# --- no usable keyring --------------------------------------------------------------------------
@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_no_keyring_is_explained_in_plain_words(no_keyring):
    problem = keys.keyring_problem()
    assert problem is not None
    assert problem.startswith("This computer has no usable system keyring")
    assert "GNOME Keyring" in problem and "Windows Credential Manager" in problem
    assert "fail.Keyring" not in problem and "backend" not in problem


def test_the_real_secret_service_is_usable():
    assert keys.keyring_problem() is None


def test_without_a_keyring_a_keyring_register_is_refused_and_passphrase_mode_offered(
        no_keyring, data_dir, sheet_path, clock, tmp_path):
    with pytest.raises(RegisterUnavailable) as caught:
        create_register(data_dir, new_register(), sheet_path, clock=clock)
    message = str(caught.value)
    assert "no usable system keyring" in message
    assert "passphrase mode" in message.lower()
    assert "never stored in a file" in message
    assert not db_path(data_dir).exists() and not info_path(data_dir).exists()
    assert not data_dir.exists() or not any(data_dir.iterdir())
    assert not sheet_path.exists()
    # Nothing anywhere in the test's folder: no key file was made as a fallback.
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_without_a_keyring_passphrase_mode_works(no_keyring, data_dir, sheet_path, clock):
    spec = new_register(key_mode=KeyMode.PASSPHRASE, passphrase=PASSPHRASE)
    reg, _manager, recovery_key = create_register(data_dir, spec, sheet_path, clock=clock)
    reg.close()
    # Nothing but the register, its description and (the journal policy) an empty journal.
    names = {p.name for p in data_dir.iterdir()}
    assert names - {"register.db-journal"} == {"register.db", "register.json"}
    journal = data_dir / "register.db-journal"
    assert not journal.exists() or journal.stat().st_size == 0
    reg = open_register(data_dir, clock=clock, passphrase=lambda: PASSPHRASE)
    reg.close()
    # The recovery key opens it as well; with no keyring it is not kept anywhere.
    reg = open_register(data_dir, clock=clock, recovery_key=recovery_key)
    reg.close()
    assert read_info(data_dir).key_mode is KeyMode.PASSPHRASE


def test_a_keyring_register_on_a_computer_without_a_keyring_asks_for_the_recovery_key(
        registered, data_dir, clock, keyring_backend_swap):
    reg, _, recovery_key = registered
    reg.close()
    keyring_backend_swap()
    with pytest.raises(RegisterUnavailable) as caught:
        open_register(data_dir, clock=clock)
    assert "no usable system keyring" in str(caught.value)
    assert "--recovery-key-file" in str(caught.value)
    reopened = open_register(data_dir, clock=clock, recovery_key=recovery_key)
    reopened.close()


@pytest.fixture
def keyring_backend_swap() -> Iterator:
    """Call it to switch to the fail backend from then on; the real one comes back after."""
    previous = keyring.get_keyring()
    yield lambda: keyring.set_keyring(fail.Keyring())
    keyring.set_keyring(previous)


class _RefusingKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but will not take a password (e.g. the user said no)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("refused")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("nothing there")


def test_a_keyring_that_refuses_the_key_leaves_no_register_and_no_key_file(
        data_dir, sheet_path, clock, tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(_RefusingKeyring())
    try:
        assert keys.keyring_problem() is None
        with pytest.raises(RegisterUnavailable) as caught:
            create_register(data_dir, new_register(), sheet_path, clock=clock)
    finally:
        keyring.set_keyring(previous)
    assert str(caught.value) == ("The register key could not be saved in this computer's "
                                 "keyring (PasswordSetError). Nothing was changed.")
    assert not data_dir.exists() and not sheet_path.exists()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


# --- a keyring that fails for a moment -----------------------------------------------------------
class _ItemNotFound(Exception):
    """What secretstorage raises (not a keyring error) when gnome-keyring, busy with another
    client, answers that its default collection does not exist."""


class _FlakyKeyring(keyring.backend.KeyringBackend):
    """The real keyring, with its next ``failures`` calls failing as ``error`` first."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, real: keyring.backend.KeyringBackend, failures: int,
                 error: Exception) -> None:
        super().__init__()
        self.real, self.failures, self.error, self.calls = real, failures, error, 0
        self.slow = 0.0  # seconds each failing call takes (a keyring that does not answer)

    def _call(self, action, *args):
        self.calls += 1
        if self.failures:
            self.failures -= 1
            time.sleep(self.slow)
            raise self.error
        return action(*args)

    def get_password(self, service: str, username: str) -> str | None:
        return self._call(self.real.get_password, service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._call(self.real.set_password, service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._call(self.real.delete_password, service, username)


@pytest.fixture
def flaky_keyring() -> Iterator:
    """Call it with (failures, error) to put a _FlakyKeyring in front of the real one."""
    real = keyring.get_keyring()

    def install(failures: int, error: Exception) -> _FlakyKeyring:
        flaky = _FlakyKeyring(real, failures, error)
        keyring.set_keyring(flaky)
        return flaky
    yield install
    keyring.set_keyring(real)


def test_a_keyring_that_fails_for_a_moment_is_asked_again(flaky_keyring, caplog):
    register_id = str(uuid.uuid4())
    flaky = flaky_keyring(1, _ItemNotFound("Item does not exist!"))
    keys.store_in_keyring(register_id, KEY)  # the first try failed, the second stored it
    assert flaky.calls == 2
    flaky.failures = 1
    assert keys.load_from_keyring(register_id) == KEY
    flaky.failures = 1
    keys.delete_from_keyring(register_id)
    flaky.failures = 0
    assert keys.load_from_keyring(register_id) is None
    assert flaky.calls == 7
    said = [r.getMessage() for r in caplog.records]
    assert ("reading the register key from the keyring failed (_ItemNotFound); "
            "trying once more") in said
    assert KEY not in caplog.text


def test_a_keyring_that_keeps_failing_is_explained_not_a_traceback(flaky_keyring, caplog):
    register_id = str(uuid.uuid4())
    keys.store_in_keyring(register_id, KEY)
    try:
        flaky = flaky_keyring(2, _ItemNotFound("Item does not exist!"))
        with pytest.raises(RegisterUnavailable) as caught:
            keys.load_from_keyring(register_id)
        assert str(caught.value) == (
            "This computer's keyring could not be read, so the register cannot be opened "
            "(_ItemNotFound). Unlock the keyring, or use the recovery key.")
        assert flaky.calls == 2
        flaky.failures = 2
        with pytest.raises(RegisterUnavailable, match="could not be saved"):
            keys.store_in_keyring(register_id, KEY)
        flaky.failures = 2
        keys.delete_from_keyring(register_id)  # best effort: logged, not raised
        assert "could not be removed from the keyring (_ItemNotFound)" in caplog.text
    finally:
        keys.delete_from_keyring(register_id)
    assert keys.load_from_keyring(register_id) is None


def test_a_locked_keyring_is_not_asked_twice(flaky_keyring):
    flaky = flaky_keyring(5, keyring.errors.KeyringLocked("Failed to unlock the collection!"))
    with pytest.raises(RegisterUnavailable, match=r"\(KeyringLocked\)\. Unlock the keyring"):
        keys.load_from_keyring(str(uuid.uuid4()))
    assert flaky.calls == 1


def test_a_keyring_prompt_the_user_dismissed_is_not_shown_again(flaky_keyring):
    """Secret Service asks the user to create a keyring when there is none; dismissed, the
    keyring package raises InitError (from secretstorage's PromptDismissedException, an
    ItemNotFoundException like a busy keyring's). The user said no: asking again at once
    would put the same prompt on their screen a second time."""
    from secretstorage.exceptions import PromptDismissedException

    try:
        raise PromptDismissedException("Prompt dismissed.")
    except PromptDismissedException as dismissed:
        error = keyring.errors.InitError("Failed to create the collection: Prompt dismissed.")
        error.__cause__ = dismissed
    flaky = flaky_keyring(5, error)
    with pytest.raises(RegisterUnavailable, match=r"\(InitError\)"):
        keys.load_from_keyring(str(uuid.uuid4()))
    assert flaky.calls == 1
    with pytest.raises(RegisterUnavailable, match="could not be saved"):
        keys.store_in_keyring(str(uuid.uuid4()), KEY)
    assert flaky.calls == 2


def test_a_keyring_that_did_not_answer_is_not_waited_for_twice(flaky_keyring, monkeypatch):
    """D-Bus waits 25 s for a reply: a second wait would freeze the screen for 50 s."""
    monkeypatch.setattr(keys, "QUICK_FAILURE", 0.2)  # the test's stand-in for 2 s
    flaky = flaky_keyring(2, _ItemNotFound("Did not receive a reply."))
    flaky.slow = 0.3
    with pytest.raises(RegisterUnavailable, match=r"could not be read.*\(_ItemNotFound\)"):
        keys.load_from_keyring(str(uuid.uuid4()))
    assert flaky.calls == 1
