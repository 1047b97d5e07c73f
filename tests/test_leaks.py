"""Leak test (issue 7): after a session of work with a distinctive patient, no file the
app leaves behind holds the patient's name or address in plain text — not the database,
its journal, register.json, the lock file, the logs, the backups, nor the
temporary folder — and the logs name patients by clinic number only. Exports are written
where the user chose and nowhere else.

The session runs in child processes (tests/leak_session.py, then the real CLI) with
TMPDIR and the per-user folders pointed at fresh, empty folders of this test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.command_line import ROOT, run_cli
from tests.leak_session import ADDRESS, NAME, NUMBER
from tests.world import PASSWORD

# Whole name, its parts, and the address's distinctive lines.
WORDS = [NAME, "Zebedee", "Quillfeather", "Marchbanks", *ADDRESS.splitlines()]


def encodings(word: str) -> list[bytes]:
    return [form for text in (word, word.lower(), word.upper())
            for form in (text.encode("utf-8"), text.encode("utf-16-le"))]


def found_in(path: Path) -> list[str]:
    data = path.read_bytes()
    return [w for w in WORDS if any(form in data for form in encodings(w))]


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def search(folders: list[Path]) -> dict[str, list[str]]:
    return {str(p): words for f in folders for p in every_file(f) if (words := found_in(p))}


@pytest.fixture
def session(tmp_path) -> dict[str, Path]:
    places = {name: tmp_path / name for name in
              ("data", "exports", "backups", "tmp", "state", "xdg-data-unused", "sheet")}
    for name in ("exports", "backups", "tmp", "state", "sheet"):
        places[name].mkdir()
    places["sheet"] = places["sheet"] / "recovery-sheet.pdf"
    env = dict(os.environ, TMPDIR=str(places["tmp"]), TEMP=str(places["tmp"]),
               TMP=str(places["tmp"]), XDG_STATE_HOME=str(places["state"]),
               XDG_CACHE_HOME=str(places["state"] / "cache"))
    places["env"] = env  # type: ignore[assignment]
    return places


def test_no_patient_name_or_address_outside_the_encrypted_register(session):
    s, env = session, session["env"]
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.leak_session", str(s["data"]), str(s["exports"]),
         str(s["backups"]), str(s["sheet"])],
        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "PAUSED", child.stderr.read()
        # While the register is open (its rollback journal beside it, empty between
        # transactions).
        live = {p.name for p in every_file(s["data"])}
        assert {"register.db", "register.db-journal", "register.json",
                ".hat-desktop.lock", "hat-desktop.log"} <= live
        assert search([s["data"]]) == {}
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "DONE", child.stderr.read()
    finally:
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err

    # The same register through the command line, with the same folders.
    cli_env = {k: env[k] for k in ("TMPDIR", "TEMP", "TMP", "XDG_STATE_HOME",
                                   "XDG_CACHE_HOME")}
    for args in (["verify"],
                 ["export", "attendance", "--from", "2026-03-01", "--to", "2026-03-03",
                  "--format", "csv", "--output", str(s["exports"] / "cli-attendance.csv")],
                 ["export", "attendance", "--from", "2026-03-01", "--to", "2026-03-03",
                  "--format", "pdf", "--output", str(s["exports"] / "cli-attendance.pdf")],
                 ["backup", "--to", str(s["backups"])]):
        done = run_cli(s["data"], *args, user="manager", password=PASSWORD, env=cli_env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert not (set(WORDS) & set(done.stdout.split())), done.stdout

    leaks = search([s["data"], s["backups"], s["tmp"], s["state"], s["sheet"].parent])
    assert leaks == {}, f"patient details in plain text: {leaks}"
    assert every_file(s["tmp"]) == [], "files left in the temporary folder"
    files = {p.name for p in every_file(s["data"])}
    assert "hat-desktop.log" in files and "register.db" in files
    assert len(every_file(s["backups"])) == 2

    # Exports exist only where the user chose, and they do hold the name: the search
    # above would have found it anywhere else.
    assert sorted(p.name for p in every_file(s["exports"])) == sorted(
        ["attendance.csv", "attendance.pdf", "missed-doses.pdf", "card.pdf",
         "cli-attendance.csv", "cli-attendance.pdf"])
    assert NAME in (s["exports"] / "attendance.csv").read_text(encoding="utf-8")
    assert NAME in (s["exports"] / "cli-attendance.csv").read_text(encoding="utf-8")

    # The logs name the patient by clinic number.
    log_text = "\n".join(p.read_text(encoding="utf-8")
                         for p in every_file(s["data"] / "logs"))
    mentions = [line for line in log_text.splitlines() if NUMBER in line]
    assert any("dose recorded" in line for line in mentions), log_text[-3000:]
    assert any("registered" in line for line in mentions), log_text[-3000:]
    assert not any(w.lower() in log_text.lower() for w in WORDS)
