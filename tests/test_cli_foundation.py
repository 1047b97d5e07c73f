"""The real console script (issue 2, item 9), run as a child process that reaches the same
gnome-keyring through the inherited D-Bus session: --version, init and its recovery sheet,
verify, the refusals (exit 1) and the registers that cannot be opened (exit 2, one line on
stderr, nothing on stdout, never a traceback), and --recovery-key-file."""

import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from pypdf import PdfReader

from hat_desktop import __version__, cli
from hat_desktop.store import keys
from hat_desktop.store.connection import PAGE_SIZE, db_path, read_info
from hat_desktop.store.keys import KEYRING_SERVICE
from tests.world import PASSWORD

ROOT = Path(__file__).resolve().parent.parent
CLINIC = "Linthorpe Road HAT Clinic"
ADMIN = "morag"


def run(*args: str, data_dir: Path | None = None, user: str | None = ADMIN,
        password: str | None = PASSWORD, state: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    """`python -m hat_desktop ARGS` with HAT_DATA_DIR / HAT_USER / HAT_PASSWORD; stdin is
    closed so it can never stop at a prompt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAT_")}
    if data_dir is not None:
        env["HAT_DATA_DIR"] = str(data_dir)
    if user is not None:
        env["HAT_USER"] = user
    if password is not None:
        env["HAT_PASSWORD"] = password
    if state is not None:  # where logs go while there is no data folder yet
        env["XDG_STATE_HOME"] = str(state)
    out = subprocess.run([sys.executable, "-m", "hat_desktop", *args], capture_output=True,
                         stdin=subprocess.DEVNULL, env=env, cwd=ROOT, timeout=120)
    return subprocess.CompletedProcess(out.args, out.returncode,
                                       out.stdout.decode("utf-8", "backslashreplace"),
                                       out.stderr.decode("utf-8", "backslashreplace"))


def no_traceback(out: subprocess.CompletedProcess[str]) -> None:
    text = out.stdout + out.stderr
    assert "Traceback" not in text and 'File "' not in text, text


def init(data_dir: Path, sheet: Path, tmp_path: Path, reg: str = CLINIC
         ) -> subprocess.CompletedProcess[str]:
    return run("init", "--clinic-name", reg, "--admin", ADMIN, "--admin-name",
               "Morag Manager", "--recovery-sheet", str(sheet), data_dir=data_dir,
               user=None, state=tmp_path / "state")


def register_files(data_dir: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file of the register (the logs folder aside: logging a refusal is allowed; and
    the lock file a command takes while it runs, so that no window opens beside it)."""
    return {str(p.relative_to(data_dir)): (p.stat().st_size, p.stat().st_mtime_ns,
                                           p.read_bytes())
            for p in data_dir.rglob("*")
            if p.is_file() and "logs" not in p.parts and p.name != ".hat-desktop.lock"}


def sheet_text(sheet: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(sheet).pages)


def key_on_sheet(text: str) -> str:
    """The recovery key as printed: two lines of eight groups of four."""
    halves = re.findall(r"^\s*((?:[0-9A-F]{4}-){7}[0-9A-F]{4})\s*$", text, re.MULTILINE)
    assert len(halves) == 2, text
    return "-".join(halves)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One register made by `hat-desktop init` for the module: what init printed, its
    folder, sheet, id and key."""
    base = tmp_path_factory.mktemp("cli-init")
    data_dir, sheet = base / "data", base / "recovery-sheet.pdf"
    out = init(data_dir, sheet, base)
    assert out.returncode == 0, out.stdout + out.stderr
    register_id = read_info(data_dir).register_id
    key = keyring.get_password(KEYRING_SERVICE, register_id)
    assert key is not None
    return {"dir": data_dir, "sheet": sheet, "id": register_id, "key": key,
            "stdout": out.stdout, "stderr": out.stderr}


@pytest.fixture
def fresh(made: dict[str, Any], data_dir: Path) -> dict[str, Any]:
    """This test's own copy of the module's register, its key back in the keyring (same id:
    a test may change or delete the keyring entry)."""
    shutil.copytree(made["dir"], data_dir)
    keyring.set_password(KEYRING_SERVICE, made["id"], made["key"])
    return made


def test_version():
    out = run("--version", user=None, password=None)
    assert out.returncode == 0
    assert out.stdout.strip() == f"HAT Desktop {__version__}"


def test_help_lists_version_first_beside_help(capsys, monkeypatch):
    """`hat-desktop --help`: --version where a user looks for it, after --help, in the
    usage line and first among the options (argparse lists them in the order added)."""
    # argparse wraps the help to the terminal's width (COLUMNS, else the terminal pytest
    # runs in): a narrow one wraps the usage line; the order is what is checked, so a width
    # that keeps each line whole
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("usage: hat-desktop [-h] [--version] [--data-dir DIR]")
    options = text.split("\noptions:\n", 1)[1]
    flags = [line.split()[0].rstrip(",") for line in options.splitlines()
             if line.startswith("  -")]
    assert flags == ["-h", "--version", "--data-dir", "--recovery-key-file", "--demo", "-v"]
    assert "  --version             show the version of HAT Desktop and exit" in options


def test_init_creates_the_register_and_the_recovery_sheet(made):
    fresh, data_dir, sheet_path = made, made["dir"], made["sheet"]
    assert fresh["stderr"] == ""
    assert f"Register created in {data_dir} for {CLINIC}." in fresh["stdout"]
    assert "First manager: morag." in fresh["stdout"]
    assert f"Recovery sheet written to {sheet_path}" in fresh["stdout"]
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "logs") == [
        "register.db", "register.db-journal", "register.json"]  # the journal: empty
    # The key is in the keyring only: never printed, never in the logs.
    for where in [fresh["stdout"], *(p.read_text() for p in data_dir.rglob("*.log"))]:
        assert fresh["key"] not in where and fresh["key"].upper() not in where


def test_the_recovery_sheet_holds_the_clinic_the_register_id_and_the_key(made):
    fresh, sheet_path = made, made["sheet"]
    assert sheet_path.read_bytes().startswith(b"%PDF")
    text = sheet_text(sheet_path)
    assert CLINIC in text
    assert fresh["id"] in text
    printed = key_on_sheet(text)
    assert printed == keys.format_recovery_key(fresh["key"])
    assert "--recovery-key-file" in text  # the instructions say how to use it


def test_verify_passes_on_a_fresh_register(fresh, data_dir):
    out = run("verify", data_dir=data_dir)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("Checked ")
    # Nothing to compare with yet: the verdict says what it rests on.
    assert out.stdout.strip().splitlines()[-1] == (
        "The register is intact as far as the file itself can show; it was compared with no "
        "backup, so an older copy put back, or its newest entries removed, would not show.")
    assert out.stderr == ""


# Runs the real program (as `python -m hat_desktop` does) and lists, once it has finished,
# which of the heavier modules it had loaded.
LOADED_PROBE = """
import atexit, runpy, sys
HEAVY = ("hat_desktop.services", "hat_desktop.reports", "reportlab", "matplotlib", "numpy",
         "PySide6", "pypdfium2", "importlib.metadata")
atexit.register(lambda: print("LOADED", *sorted(m for m in sys.modules if m.startswith(HEAVY)),
                              file=sys.stderr))
sys.argv = ["hat-desktop", *sys.argv[1:]]
runpy.run_module("hat_desktop", run_name="__main__")
"""


def loaded_by(*args: str, data_dir: Path | None = None) -> tuple[int, str, set[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HAT_")}
    env.update(HAT_USER=ADMIN, HAT_PASSWORD=PASSWORD)
    words = ["--data-dir", str(data_dir)] if data_dir is not None else []
    out = subprocess.run([sys.executable, "-c", LOADED_PROBE, *words, *args],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env,
                         cwd=ROOT, timeout=120)
    line = next(ln for ln in out.stderr.splitlines() if ln.startswith("LOADED"))
    return out.returncode, out.stdout, set(line.split()[1:])


def test_a_command_loads_only_what_it_uses(fresh, data_dir):
    """Every command process builds the whole parser (--help lists every command), but
    loads only the services its own command uses, when it runs: --help none of them (nor
    the package metadata, read for --version only), verify none of the demo, self-test,
    exports' or reports' machinery (the test suite starts ~100 command processes)."""
    status, stdout, loaded = loaded_by("--help")
    assert status == 0
    for line in ("    export ", "    verify ", "    demo ", "    self-test ", "    restore "):
        assert line in stdout
    assert loaded == set()

    status, stdout, loaded = loaded_by("verify", data_dir=data_dir)
    assert status == 0, stdout
    assert stdout.startswith("Checked ")
    assert "hat_desktop.services.verify" in loaded  # the probe sees what the command used
    unused = ("hat_desktop.services.demo", "hat_desktop.services.self_test",
              "hat_desktop.services.evaluation", "hat_desktop.services.register_export",
              "hat_desktop.services.report_catalogue", "hat_desktop.services.attendance",
              "hat_desktop.services.restore", "hat_desktop.reports", "reportlab",
              "matplotlib", "numpy", "PySide6", "importlib.metadata")
    assert sorted(m for m in loaded if m.startswith(unused)) == []


def test_a_second_init_into_the_same_folder_is_refused(fresh, data_dir, tmp_path):
    before = register_files(data_dir)
    other_sheet = tmp_path / "second-sheet.pdf"
    out = init(data_dir, other_sheet, tmp_path, reg="Another Clinic")
    no_traceback(out)
    assert out.returncode == 1
    assert out.stderr.strip() == (f"{data_dir} already holds a register; HAT Desktop never "
                                  "overwrites one.")
    assert out.stdout == ""
    assert register_files(data_dir) == before
    assert not other_sheet.exists()
    assert keyring.get_password(KEYRING_SERVICE, fresh["id"]) == fresh["key"]


def test_a_recovery_sheet_inside_the_data_folder_is_refused(data_dir, tmp_path):
    sheet = data_dir / "sheet.pdf"
    out = init(data_dir, sheet, tmp_path)
    no_traceback(out)
    assert out.returncode == 1
    assert "outside the register's data folder" in out.stderr
    assert not data_dir.exists()


def test_a_recovery_sheet_that_already_exists_is_refused(data_dir, sheet_path, tmp_path):
    sheet_path.write_bytes(b"the clinic's own file")
    out = init(data_dir, sheet_path, tmp_path)
    no_traceback(out)
    assert out.returncode == 1
    assert out.stderr.strip() == (f"{sheet_path} already exists: choose a new file name for "
                                  "the recovery sheet.")
    assert sheet_path.read_bytes() == b"the clinic's own file"
    assert not data_dir.exists()


def test_a_recovery_sheet_in_a_missing_folder_is_refused(data_dir, tmp_path):
    sheet = tmp_path / "no-such-folder" / "sheet.pdf"
    out = init(data_dir, sheet, tmp_path)
    no_traceback(out)
    assert out.returncode == 1
    assert out.stderr.strip() == f"The folder {sheet.parent} does not exist."
    assert not data_dir.exists() and not sheet.parent.exists()


# --- registers that cannot be opened: exit 2, one line, nothing written ---------------------------
def wrong_key(data_dir: Path, register_id: str) -> None:
    keyring.set_password(KEYRING_SERVICE, register_id, keys.new_raw_key())


def truncated(data_dir: Path, register_id: str) -> None:
    path = db_path(data_dir)
    path.write_bytes(path.read_bytes()[: (path.stat().st_size // PAGE_SIZE // 2) * PAGE_SIZE])


def cut_mid_page(data_dir: Path, register_id: str) -> None:
    path = db_path(data_dir)
    path.write_bytes(path.read_bytes()[: path.stat().st_size - 1234])


def random_bytes(data_dir: Path, register_id: str) -> None:
    db_path(data_dir).write_bytes(random.Random(3).randbytes(PAGE_SIZE * 10))


def plain_sqlite(data_dir: Path, register_id: str) -> None:
    import sqlite3

    db_path(data_dir).unlink()
    conn = sqlite3.connect(db_path(data_dir))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def not_a_folder_with_a_register(data_dir: Path, register_id: str) -> None:
    shutil.rmtree(data_dir)
    data_dir.mkdir()


@pytest.mark.parametrize(("damage", "words"), [
    (wrong_key, ["does not open", "key is wrong"]),
    (truncated, ["damaged", "truncated"]),
    (cut_mid_page, ["damaged", "truncated"]),
    (random_bytes, ["does not open", "not a HAT register"]),
    (plain_sqlite, ["unencrypted SQLite database"]),
    (not_a_folder_with_a_register, ["There is no register"]),
])
def test_a_register_that_cannot_be_opened_gives_exit_2_and_one_line(fresh, data_dir, damage,
                                                                      words):
    damage(data_dir, fresh["id"])
    before = register_files(data_dir)
    try:
        out = run("verify", data_dir=data_dir)
    finally:
        keyring.set_password(KEYRING_SERVICE, fresh["id"], fresh["key"])
    no_traceback(out)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert fresh["key"] not in out.stderr
    assert register_files(data_dir) == before


def test_a_wrong_password_gives_exit_1(fresh, data_dir):
    out = run("verify", data_dir=data_dir, password="not-the-password-at-all")
    no_traceback(out)
    assert out.returncode == 1
    assert out.stdout == ""
    assert out.stderr.strip() == "The user name or password is not right."


def test_an_unknown_user_gives_the_same_answer(fresh, data_dir):
    out = run("verify", data_dir=data_dir, user="nobody-here")
    assert out.returncode == 1
    assert out.stderr.strip() == "The user name or password is not right."


def test_no_password_and_no_terminal_says_what_to_set(fresh, data_dir):
    out = run("verify", data_dir=data_dir, password=None)
    no_traceback(out)
    assert out.returncode == 1
    assert "HAT_PASSWORD" in out.stderr


# --- the recovery key file --------------------------------------------------------------------
def test_the_recovery_key_file_opens_the_register_and_puts_the_key_back(fresh, data_dir,
                                                                        tmp_path):
    keyring.delete_password(KEYRING_SERVICE, fresh["id"])
    without = run("verify", data_dir=data_dir)
    no_traceback(without)
    assert without.returncode == 2
    assert "not in this computer's keyring" in without.stderr
    assert "--recovery-key-file" in without.stderr

    key_file = tmp_path / "typed-key.txt"  # typed from the printed sheet
    typed = key_on_sheet(sheet_text(fresh["sheet"])).lower()
    key_file.write_text(typed + "\n", encoding="utf-8")
    out = run("--recovery-key-file", str(key_file), "verify", data_dir=data_dir)
    no_traceback(out)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "The register is intact" in out.stdout
    assert keyring.get_password(KEYRING_SERVICE, fresh["id"]) == fresh["key"]

    again = run("verify", data_dir=data_dir)
    assert again.returncode == 0, again.stdout + again.stderr


def test_a_recovery_key_file_with_the_wrong_key_gives_exit_2(fresh, data_dir, tmp_path):
    key_file = tmp_path / "other-key.txt"
    key_file.write_text(keys.format_recovery_key(keys.new_raw_key()), encoding="utf-8")
    out = run("--recovery-key-file", str(key_file), "verify", data_dir=data_dir)
    no_traceback(out)
    assert out.returncode == 2
    assert out.stderr.startswith("The recovery key does not open the register file")
    assert keyring.get_password(KEYRING_SERVICE, fresh["id"]) == fresh["key"]


@pytest.mark.parametrize(("content", "status", "words"), [
    (None, 2, "cannot be read"),
    (b"\xff\xfe\xfa", 1, "is not a text file"),
    (b"not a key", 1, "does not hold a recovery key"),
])
def test_a_bad_recovery_key_file_is_refused_clearly(fresh, data_dir, tmp_path, content,
                                                    status, words):
    key_file = tmp_path / "key.txt"
    if content is not None:
        key_file.write_bytes(content)
    out = run("--recovery-key-file", str(key_file), "verify", data_dir=data_dir)
    no_traceback(out)
    assert out.returncode == status
    assert len(out.stderr.splitlines()) == 1 and words in out.stderr
