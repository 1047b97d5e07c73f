"""Tamper tests (issue 7): damage done to the register file — by a failing disk or by
someone with a hex editor, or with the SQLCipher key in hand and the triggers dropped —
is caught at open or by `verify`, through the real command line: exit 1 (verify found
it) or 2 (the register cannot be opened), with a message naming what is wrong.

Each test works on its own copy of one register built once for the module (same id,
so the same keyring entry opens every copy)."""

import shutil
from pathlib import Path

import pytest

from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.domain.ledger import chain_hash
from hat_desktop.services import dosing
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.store.connection import PAGE_SIZE, db_path
from hat_desktop.store.verify import verify
from tests.command_line import run_cli
from tests.raw_register import drop_triggers, raw_register
from tests.world import (
    PASSWORD,
    START,
    Templates,
    World,
    derive_template,
    dose_request,
    fill_sections,
)


@pytest.fixture(scope="module")
def template(templates: Templates, tmp_path_factory) -> dict:
    """A closed register of many pages: the clinic, 120 more entries in each section, a
    dose."""
    facts: dict = {}

    def grow(w: World) -> None:
        fill_sections(w.reg, w.pharmacist, w.nurse, [w.diam100, w.diam500], 120)
        dosing.check_in(w.reg, w.nurse, w.patient.id, identity_confirmed=True)
        dose = dosing.administer(w.reg, w.nurse, w.nurse2, w.patient.id,
                                 dose_request(180, [(w.diam100.id, 2)]))
        facts["dose_entry"] = dose.entry_ids[0]
        facts["diam500_last"] = w.reg.db.scalar(
            "SELECT max(id) FROM register_entries WHERE section_id = ?", (w.diam500.id,))
        facts["newest"] = w.reg.db.scalar("SELECT max(id) FROM register_entries")

    made = derive_template(templates.clinic, tmp_path_factory.mktemp("tamper") / "data", grow)
    facts["template"] = made
    assert db_path(made.data_dir).stat().st_size >= 60 * PAGE_SIZE  # many pages
    assert not Path(str(db_path(made.data_dir)) + "-wal").exists()
    return facts


@pytest.fixture
def copy(template, data_dir) -> Path:
    return template["template"].copy_to(data_dir)


def verify_cli(data_dir: Path):
    return run_cli(data_dir, "verify", user="manager", password=PASSWORD)


def expect_caught(out, *words: str, codes=(1, 2)) -> str:
    text = (out.stdout + out.stderr).strip()
    assert out.returncode in codes, f"exit {out.returncode}: {text[:3000]}"
    assert "Traceback" not in text and "unexpected problem" not in text, text[:3000]
    for word in words:
        assert word.lower() in text.lower(), f"{word!r} not in: {text[:3000]}"
    return text


def test_the_untouched_copy_verifies(copy):
    out = verify_cli(copy)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "The register is intact" in out.stdout


# --- a flipped byte -------------------------------------------------------------------------
def flip(path: Path, page: int, offset: int = 2000) -> None:
    data = bytearray(path.read_bytes())
    data[page * PAGE_SIZE + offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_any_page_is_caught_at_open_or_by_verify(template, tmp_path):
    """Every page but the first, one at a time: the app's open, then the store's verify
    (no login, no writing): never accepted, never an unexplained crash."""
    pages = db_path(template["template"].data_dir).stat().st_size // PAGE_SIZE
    missed, crashed = [], []
    for page in range(1, pages):
        data_dir = template["template"].copy_to(tmp_path / f"p{page}")
        flip(db_path(data_dir), page)
        try:
            reg = open_register(data_dir, clock=ManualClock(START))
        except RegisterUnavailable as exc:
            assert "damaged" in str(exc) or "does not open" in str(exc), str(exc)
        except Exception as exc:  # noqa: BLE001 - what escapes is the finding
            crashed.append(f"page {page + 1} at open: {type(exc).__name__}: {exc}")
        else:
            try:
                result = verify(reg.db)
                if result.ok:
                    missed.append(page + 1)
                else:
                    assert any("damaged" in p for p in result.problems), result.problems
            except Exception as exc:  # noqa: BLE001
                crashed.append(f"page {page + 1} in verify: {type(exc).__name__}: {exc}")
            finally:
                reg.close()
        shutil.rmtree(data_dir)
    assert not missed, f"flipped byte not caught on pages {missed}"
    assert not crashed, "\n".join(crashed)


@pytest.mark.parametrize("where", ["second", "middle", "last"])
def test_a_flipped_byte_fails_the_verify_command(copy, where):
    pages = db_path(copy).stat().st_size // PAGE_SIZE
    page = {"second": 1, "middle": pages // 2, "last": pages - 1}[where]
    flip(db_path(copy), page)
    expect_caught(verify_cli(copy), "damaged")


# --- rows deleted or changed with the key in hand --------------------------------------------
def test_a_deleted_row_is_named_by_verify(copy):
    with raw_register(copy) as conn:
        assert "register_entries_no_delete" in drop_triggers(conn, "register_entries")
        conn.execute("DELETE FROM register_entries WHERE id = 50")
    text = expect_caught(verify_cli(copy), "Register section DIAM100", "entry 51", "missing",
                         codes=(1,))
    assert "NOT intact" in text


def test_the_deleted_last_entry_of_a_section_is_caught(copy, template):
    """The newest entry of one section (not of the whole register): nothing follows it in
    its own chain, but entries are numbered across the register without gaps."""
    gone = template["diam500_last"]
    assert gone < template["newest"]
    with raw_register(copy) as conn:
        drop_triggers(conn, "register_entries")
        conn.execute("DELETE FROM register_entries WHERE id = ?", (gone,))
    expect_caught(verify_cli(copy), f"entry {gone}", "missing", codes=(1,))


def test_a_deleted_audit_log_row_is_named_by_verify(copy):
    with raw_register(copy) as conn:
        drop_triggers(conn, "audit_log")
        conn.execute("DELETE FROM audit_log WHERE id = 3")
    expect_caught(verify_cli(copy), "Audit log", "missing", codes=(1,))


def test_a_safeguard_dropped_rewritten_or_planted_with_the_key_is_named_by_verify(copy):
    """No row changes, so no chain or seal shows it: the batches index of schema 16 dropped
    (every dose then fails), the append-only trigger of the absence withdrawals (schema 17)
    dropped, the no-delete trigger of the attendance records made a no-op, a trigger planted
    that rewrites each new dose record. Verify names each; it said 'intact' before."""
    with raw_register(copy, put_triggers_back=False) as conn:
        conn.execute("DROP INDEX register_entries_inflows")
        conn.execute("DROP TRIGGER absence_withdrawals_no_update")
        conn.execute("DROP TRIGGER attendance_events_no_delete")
        conn.execute("CREATE TRIGGER attendance_events_no_delete BEFORE DELETE ON "
                     "attendance_events WHEN 0 BEGIN SELECT 1; END")
        conn.execute("CREATE TRIGGER planted AFTER INSERT ON attendance_events BEGIN UPDATE "
                     "attendance_events SET mg_administered = 0 WHERE id = NEW.id; END")
    reg = open_register(copy, clock=ManualClock(START))
    try:
        result = verify(reg.db)
    finally:
        reg.close()
    outside = "outside HAT Desktop (with the key)."
    assert result.problems == [
        f"The register's index register_entries_inflows is missing: it was removed {outside}",
        "The register's trigger absence_withdrawals_no_update is missing: it was removed "
        + outside,
        "The register's trigger attendance_events_no_delete is not the one HAT Desktop made: "
        f"it was changed {outside}",
        f"The register has a trigger HAT Desktop never made (planted): it was added {outside}"]
    assert not result.ok


def test_a_changed_quantity_is_named_by_verify(copy):
    with raw_register(copy) as conn:
        drop_triggers(conn, "register_entries")
        conn.execute("UPDATE register_entries SET quantity_in = quantity_in + 1 WHERE id = 30")
    expect_caught(verify_cli(copy), "Register section DIAM100, entry 30", "altered", codes=(1,))


def test_a_changed_patient_name_is_named_by_verify(copy, template):
    entry = template["dose_entry"]
    with raw_register(copy) as conn:
        drop_triggers(conn, "register_entries")
        conn.execute("UPDATE register_entries SET details = replace(details, 'Sam Patient', "
                     "'Sam Patience') WHERE id = ?", (entry,))
        assert conn.total_changes == 1
    expect_caught(verify_cli(copy), f"entry {entry}", "does not match its hash", codes=(1,))


def test_a_balance_rewritten_with_its_hashes_recomputed_is_caught_by_the_balance_check(copy):
    """Only the running-balance check can see this one: the chain is made whole again."""
    with raw_register(copy) as conn:
        drop_triggers(conn, "register_entries")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(register_entries)")]
        hashed = sorted(c for c in columns if c not in ("prev_hash", "hash"))
        rows = conn.execute(f"SELECT {', '.join(hashed)}, prev_hash FROM register_entries "
                            "WHERE section_id = 1 ORDER BY seq").fetchall()
        prev = None
        for row in rows:
            fields = dict(zip(hashed, row[:-1], strict=True))
            if fields["seq"] == 20:
                fields["balance"] += 5
            prev = row[-1] if prev is None else prev
            digest = chain_hash(prev, fields)
            conn.execute("UPDATE register_entries SET balance = ?, prev_hash = ?, hash = ? "
                         "WHERE id = ?", (fields["balance"], prev, digest, fields["id"]))
            prev = digest
    text = expect_caught(verify_cli(copy), "running balance", codes=(1,))
    assert "hash" not in text.lower(), "the chain was recomputed: only the balance is wrong"


# --- a truncated file ---------------------------------------------------------------------------
@pytest.mark.parametrize(("cut", "words"), [
    ("mid_page", ["truncated"]),
    ("half_the_pages", ["damaged"]),
    ("two_pages", ["damaged"]),
    ("empty", ["empty"]),
])
def test_a_truncated_file_cannot_be_opened(copy, cut, words):
    path = db_path(copy)
    size = path.stat().st_size
    keep = {"mid_page": size - 1000, "half_the_pages": (size // PAGE_SIZE // 2) * PAGE_SIZE,
            "two_pages": 2 * PAGE_SIZE, "empty": 0}[cut]
    path.write_bytes(path.read_bytes()[:keep])
    expect_caught(verify_cli(copy), str(path), *words, codes=(2,))


# --- files planted beside the register ---------------------------------------------------------
# The register keeps a rollback journal (store.connection: every committed page is in the
# main file); a WAL next to it is never read, and a journal that is not a valid hot journal
# is ignored. What a damaged journal after a crash does is tests/test_journal_damage.py.
def wal(data_dir: Path) -> Path:
    return Path(str(db_path(data_dir)) + "-wal")


def test_a_wal_planted_beside_the_register_is_caught(copy, tmp_path):
    """A WAL of this very register (made with the key, on a copy switched to WAL mode,
    holding an audit entry that was never made) put beside it. SQLite replays a -wal it
    finds beside a database whatever mode the database is in; what the planted frames
    carry in is then caught by verify, never taken silently."""
    other = shutil.copytree(copy, tmp_path / "other")
    with raw_register(other) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("INSERT INTO audit_log SELECT id + 100000, seq + 100000, at, user_id, "
                     "username, workstation, 'planted', target, details, prev_hash, hash "
                     "FROM audit_log WHERE id = 1")
        planted = wal(other).read_bytes()  # while it is open: the WAL holds the insert
    assert planted
    wal(copy).write_bytes(planted)
    text = expect_caught(verify_cli(copy), "Audit log, entry 100001", codes=(1,))
    assert "NOT intact" in text


def test_a_journal_that_is_not_a_journal_is_ignored_and_the_register_is_unchanged(copy):
    with raw_register(copy) as conn:
        before = conn.execute("SELECT * FROM register_entries ORDER BY id").fetchall()
    Path(str(db_path(copy)) + "-journal").write_bytes(b"\x37\x7f\x06\x82" + bytes(range(256)) * 64)
    out = verify_cli(copy)
    assert out.returncode == 0, out.stdout + out.stderr
    with raw_register(copy) as conn:
        assert conn.execute("SELECT * FROM register_entries ORDER BY id").fetchall() == before
