"""Encrypted at rest (issue 2, "Tests that must exist"): after a register is made with a
distinctive clinic name and manager, users are added, logins fail and verify runs (in this
process and through the real CLI, which also writes its log into the data folder), no file
anywhere under the data folder — register.db, its journal, register.json, the
logs — holds any of those names in UTF-8 or UTF-16-LE, in any case: neither while the
register is still open nor after it is closed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hat_desktop.domain.errors import AuthenticationFailed
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, users, verify
from hat_desktop.services.register_setup import create_register
from hat_desktop.store.connection import db_path
from tests.world import PASSWORD, new_register

ROOT = Path(__file__).resolve().parent.parent
CLINIC = "Quillfeather Zanzibar Clinic"
ADDRESS = "77 Wobblethorpe Lane\nGrimsditch GX9 4QQ"
MANAGER = "xanthippe.q"
MANAGER_NAME = "Xanthippe Quorndon-Vasquez"
NURSE = "zebulon.k"
NURSE_NAME = "Zebulon Kettleborough"
STRANGER = "ozymandias.w"  # an unknown user name typed at the login window

WORDS = [CLINIC, "Quillfeather", "Zanzibar", "Wobblethorpe", "Grimsditch", MANAGER,
         MANAGER_NAME, "Xanthippe", "Quorndon", NURSE, NURSE_NAME, "Zebulon", "Kettleborough",
         STRANGER, "ozymandias"]


def forms(word: str) -> list[bytes]:
    return [text.encode(encoding) for text in {word, word.lower(), word.upper()}
            for encoding in ("utf-8", "utf-16-le")]


def leaks(data_dir: Path) -> dict[str, list[str]]:
    found = {}
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        words = [w for w in WORDS if any(form in data for form in forms(w))]
        if words:
            found[str(path.relative_to(data_dir))] = words
    return found


def cli(data_dir: Path, *args: str, user: str, password: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HAT_DATA_DIR=str(data_dir), HAT_USER=user, HAT_PASSWORD=password)
    return subprocess.run([sys.executable, "-m", "hat_desktop", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def worked(data_dir, sheet_path, clock):
    """A register after a little work, still open."""
    spec = new_register(clinic_name=CLINIC, clinic_address=ADDRESS, admin_username=MANAGER,
                        admin_full_name=MANAGER_NAME)
    reg, manager, _key = create_register(data_dir, spec, sheet_path, clock=clock,
                                         workstation="test-pc")
    try:
        users.create_user(reg, manager, NURSE, PASSWORD,
                          users.UserDetails(NURSE_NAME, Role.NURSE))
        users.create_user(reg, manager, "pharm", PASSWORD,
                          users.UserDetails("P Harm", Role.PHARMACIST, gphc_number="2012345"))
        for name in (MANAGER, NURSE, STRANGER):
            with pytest.raises(AuthenticationFailed):
                auth.login(reg, name, "not the password")
        auth.login(reg, NURSE, PASSWORD)
        assert verify.verify_register(reg, manager).ok
        # The real command line, next to the open register: a failed login, then verify.
        assert cli(data_dir, "verify", user=NURSE, password="wrong password").returncode == 1
        out = cli(data_dir, "verify", user=MANAGER, password=PASSWORD)
        assert out.returncode == 0, out.stdout + out.stderr
        yield reg
    finally:
        reg.close()


def test_the_names_are_really_in_the_register(worked):
    """The search below would be meaningless if the names were never written."""
    db = worked.db
    assert worked.settings.clinic_name == CLINIC
    assert db.scalar("SELECT full_name FROM users WHERE username = ?", (MANAGER,)) == MANAGER_NAME
    # A name that is no user's is not kept at all (it may be a mistyped password).
    assert db.scalar("SELECT count(*) FROM audit_log WHERE username = ?", (STRANGER,)) == 0


def test_the_search_finds_plain_text_when_it_is_there(tmp_path):
    (tmp_path / "wide.bin").write_bytes(b"\0" + NURSE_NAME.upper().encode("utf-16-le"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "narrow.log").write_text(f"x {CLINIC.lower()} y", encoding="utf-8")
    assert leaks(tmp_path) == {
        "wide.bin": [NURSE_NAME, "Zebulon", "Kettleborough"],
        "sub/narrow.log": [CLINIC, "Quillfeather", "Zanzibar"],
    }


def test_no_plain_text_while_the_register_is_open(worked, data_dir):
    names = {str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file()}
    assert {"register.db", "register.db-journal", "register.json"} <= names
    assert any(n.startswith("logs/") for n in names), names
    assert leaks(data_dir) == {}


def test_no_plain_text_after_the_register_is_closed(worked, data_dir):
    worked.close()
    assert not Path(f"{db_path(data_dir)}-wal").exists()
    assert Path(f"{db_path(data_dir)}-journal").stat().st_size == 0  # nothing in flight
    assert (data_dir / "logs" / "hat-desktop.log").stat().st_size > 0
    assert leaks(data_dir) == {}
