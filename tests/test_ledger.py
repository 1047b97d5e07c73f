"""The append-only ledger (issue 2, item 5): SQL triggers refuse UPDATE and DELETE even on the
app's own open connection; the hash chains catch what the triggers cannot stop (someone with
the key who drops them); verify catches a flipped byte in the file. Plus the chain's own
rules (domain/ledger.py) and a property test over arbitrary chains."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.errors import AuthenticationFailed
from hat_desktop.domain.ledger import GENESIS_HASH, canonical, chain_hash
from hat_desktop.domain.register import PRESETS
from hat_desktop.domain.roles import Role
from hat_desktop.services import auth, register
from hat_desktop.store import ledger
from hat_desktop.store.connection import PAGE_SIZE, Database, db_path
from hat_desktop.store.verify import verify
from tests.world import MANAGER, PASSWORD

ROOT = Path(__file__).resolve().parent.parent


def verify_cli(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HAT_DATA_DIR=str(data_dir), HAT_USER=MANAGER, HAT_PASSWORD=PASSWORD)
    return subprocess.run([sys.executable, "-m", "hat_desktop", "verify"], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, env=env, cwd=ROOT, timeout=120)


# --- triggers, on the app's own open connection --------------------------------------------------
@pytest.fixture
def entry(reg, manager, make_user) -> int:
    """One register entry (a witnessed opening balance); returns its id."""
    pharmacist, nurse = make_user(Role.PHARMACIST), make_user(Role.NURSE)
    section = register.create_section(reg, manager, PRESETS[0])
    return register.record_opening(reg, pharmacist, nurse, section.id, 10).id


@pytest.mark.parametrize(("sql", "words"), [
    ("UPDATE audit_log SET workstation = 'elsewhere' WHERE id = 1",
     "the audit log can only be added to, never changed"),
    ("UPDATE audit_log SET hash = prev_hash", "the audit log can only be added to"),
    ("DELETE FROM audit_log WHERE id = 1", "the audit log can only be added to, never deleted"),
    ("DELETE FROM audit_log", "the audit log can only be added to, never deleted"),
    ("UPDATE meta SET value = 'another' WHERE key = 'register_id'",
     "the register's identity can only be added to, never changed"),
    ("DELETE FROM meta", "the register's identity can only be added to, never deleted"),
    ("DELETE FROM users", "user accounts are deactivated, never deleted"),
    ("UPDATE register_entries SET quantity_in = 1000",
     "the controlled-drugs register can only be added to, never changed"),
    ("DELETE FROM register_entries",
     "the controlled-drugs register can only be added to, never deleted"),
])
def test_raw_sql_cannot_change_or_delete(reg, entry, sql, words):
    tables = ["audit_log", "meta", "users", "register_entries"]
    before = {t: reg.db.all(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}
    with pytest.raises(sqlcipher3.DatabaseError) as caught:
        reg.db.execute(sql)
    assert words.lower() in str(caught.value).lower()
    after = {t: reg.db.all(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}
    assert {t: [tuple(r) for r in rows] for t, rows in after.items()} == \
        {t: [tuple(r) for r in rows] for t, rows in before.items()}


def test_the_triggers_hold_inside_a_transaction_too(reg):
    with pytest.raises(sqlcipher3.DatabaseError, match="can only be added to"):
        with reg.db.transaction():
            reg.db.execute("UPDATE audit_log SET action = 'nothing'")
    assert reg.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'nothing'") == 0


# --- verify catches what dropping the triggers lets through ---------------------------------
AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


@pytest.fixture
def audited(reg, manager) -> Database:
    """The register with a few more audit entries (logins), triggers dropped."""
    for _ in range(4):
        auth.login(reg, MANAGER, PASSWORD)
    put_back = [reg.db.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
                for name in AUDIT_TRIGGERS]
    for name in AUDIT_TRIGGERS:
        reg.db.execute(f"DROP TRIGGER {name}")
    reg.db.put_back = put_back  # type: ignore[attr-defined]
    assert reg.db.scalar("SELECT count(*) FROM audit_log") >= 6
    return reg.db


def covered(db: Database) -> Database:
    """The dropped triggers put back, as a key holder covering their tracks would (verify
    names a missing trigger too): only the rows changed are left to show."""
    for sql in db.put_back:  # type: ignore[attr-defined]
        db.execute(sql)
    return db


def test_an_untouched_register_verifies(reg, data_dir):
    assert verify(reg.db).ok
    reg.close()
    out = verify_cli(data_dir)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("change", [
    "workstation = 'another-pc'",
    "action = 'logout'",
    "at = replace(at, '10:00', '09:00')",
    "details = '{\"x\":1}'",
    "user_id = NULL",
])
def test_a_changed_audit_row_is_named_by_verify(reg, audited, data_dir, change):
    audited.execute(f"UPDATE audit_log SET {change} WHERE id = 3")
    assert audited.one("SELECT changes()")[0] == 1
    result = verify(covered(audited))
    assert result.problems == [
        "Audit log, entry 3: its content does not match its hash (the entry was altered)."]
    reg.close()
    out = verify_cli(data_dir)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Audit log, entry 3: its content does not match its hash" in out.stdout
    assert "NOT intact" in out.stdout


def test_a_changed_audit_row_with_its_own_hash_recomputed_breaks_the_next_link(audited):
    columns = ledger.hashed_columns(audited, ledger.LedgerTable("audit_log", None, "audit log"))
    row = audited.one(f"SELECT {', '.join(columns)}, prev_hash FROM audit_log WHERE id = 3")
    fields = dict(zip(columns, tuple(row)[:-1], strict=True))
    fields["workstation"] = "another-pc"
    audited.execute("UPDATE audit_log SET workstation = ?, hash = ? WHERE id = 3",
                    ("another-pc", chain_hash(row["prev_hash"], fields)))
    problems = verify(covered(audited)).problems
    assert problems == ["Audit log, entry 4: its link to the previous entry does not match "
                        "(an entry was removed or changed)."]


def test_a_deleted_audit_row_is_named_by_verify(reg, audited, data_dir):
    audited.execute("DELETE FROM audit_log WHERE id = 3")
    problems = verify(audited).problems
    assert "Audit log, entry 4: entry number 3 of the chain is missing (found 4 next)." in problems
    reg.close()
    out = verify_cli(data_dir)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Audit log, entry 4" in out.stdout and "missing" in out.stdout


def test_a_flipped_byte_in_the_file_is_caught(reg, manager, data_dir):
    auth.login(reg, MANAGER, PASSWORD)
    for _ in range(3):
        with pytest.raises(AuthenticationFailed, match="not right"):
            auth.login(reg, MANAGER, "wrong password!")
    with reg.db.transaction():  # 300 failed logins' worth of audit rows, without argon2
        for n in range(300):
            reg.audit(None, AuditAction.LOGIN_FAILED, username=f"someone{n}",
                      reason="unknown user", context="login")
    reg.close()
    path = db_path(data_dir)
    pages = path.stat().st_size // PAGE_SIZE
    assert pages >= 70 and not Path(f"{path}-wal").exists()
    data = bytearray(path.read_bytes())
    offset = (pages // 2) * PAGE_SIZE + 1000  # inside a page in the middle of the file
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    out = verify_cli(data_dir)
    text = out.stdout + out.stderr
    assert out.returncode in (1, 2), text
    assert "damaged" in text, text
    assert "Traceback" not in text


# --- the chain's own rules (domain/ledger.py) -----------------------------------------------------
ROW = {"id": 7, "seq": 3, "action": "login", "user_id": 2, "target": None,
       "details": '{"a":1}', "at": "2026-03-02T10:00:00.000000Z", "note": "Café ünïcode"}


def test_canonical_form_is_compact_sorted_json_in_utf8():
    assert canonical({"b": 1, "a": "x", "c": None}) == b'{"a":"x","b":1,"c":null}'
    assert canonical({"name": "Zoë"}) == '{"name":"Zoë"}'.encode()


def test_canonical_form_does_not_depend_on_field_order():
    reordered = dict(reversed(list(ROW.items())))
    assert canonical(reordered) == canonical(ROW)
    assert chain_hash(GENESIS_HASH, reordered) == chain_hash(GENESIS_HASH, ROW)


def test_the_chain_hash_is_sha256_of_the_previous_hash_and_the_canonical_form():
    import hashlib

    prev = "ab" * 32
    assert chain_hash(prev, ROW) == hashlib.sha256(prev.encode() + canonical(ROW)).hexdigest()
    # Pinned: a change to the canonical form would make every stored register "tampered".
    assert chain_hash(GENESIS_HASH, {"a": 1, "b": "x"}) == hashlib.sha256(
        b"0" * 64 + b'{"a":1,"b":"x"}').hexdigest()


@pytest.mark.parametrize("value", [1.0, 0.5, float("nan"), {"mg": 2.5}, [1, 2.0]])
def test_floats_are_refused(value):
    with pytest.raises(TypeError, match="float"):
        canonical({"quantity": value})


@pytest.mark.parametrize("value", [b"bytes", date(2026, 1, 1), {1: "non-text key"}, {1, 2}])
def test_other_types_are_refused(value):
    with pytest.raises(TypeError):
        canonical({"x": value})


@pytest.mark.parametrize("field", sorted(ROW))
def test_changing_any_field_changes_the_hash(field):
    original = chain_hash(GENESIS_HASH, ROW)
    value = ROW[field]
    others = [v for v in (None, 0, 1, -1, "", "x", "0", str(value), f"{value} ", 10**12)
              if not (v == value and type(v) is type(value))]
    for other in others:
        assert chain_hash(GENESIS_HASH, {**ROW, field: other}) != original, (field, other)
    assert chain_hash(GENESIS_HASH, {k: v for k, v in ROW.items() if k != field}) != original
    assert chain_hash(GENESIS_HASH, {**ROW, field + "_extra": value}) != original


def test_the_previous_hash_is_part_of_the_hash():
    assert chain_hash(GENESIS_HASH, ROW) != chain_hash("1" + GENESIS_HASH[1:], ROW)


# --- property: any sequence of appends verifies; any one changed row is caught -------------------
TABLE = ledger.LedgerTable("t", "chain", "test ledger")
CELL = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1),
                 st.text(st.characters(blacklist_categories=("Cs",)), max_size=20))
APPENDS = st.lists(st.tuples(st.integers(1, 3), CELL, st.integers(-1000, 1000)),
                   min_size=1, max_size=25)


def ledger_db() -> Database:
    """An in-memory ledger table shaped like the real ones (no triggers: the test tampers)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlcipher3.Row
    conn.execute("""CREATE TABLE t (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,
                    chain INTEGER NOT NULL, payload ANY, n INTEGER NOT NULL,
                    prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT""")
    return Database(conn, Path(":memory:"), "0" * 64, b"\0" * 16)


def fill(appends: list[tuple[int, object, int]]) -> Database:
    db = ledger_db()
    for chain, payload, n in appends:
        with db.transaction():
            ledger.append(db, TABLE, {"chain": chain, "payload": payload, "n": n})
    return db


def breaks(db: Database) -> list[ledger.ChainBreak]:
    return [b for _, b in ledger.walk_chain(db, TABLE) if b is not None]


@settings(max_examples=150, deadline=None)
@given(appends=APPENDS)
def test_any_sequence_of_appends_verifies(appends):
    db = fill(appends)
    assert breaks(db) == []
    per_chain = {c: [a for a in appends if a[0] == c] for c in {a[0] for a in appends}}
    for chain, rows in per_chain.items():
        seqs = [r[0] for r in db.all("SELECT seq FROM t WHERE chain = ? ORDER BY id", (chain,))]
        assert seqs == list(range(1, len(rows) + 1))


@settings(max_examples=200, deadline=None)
@given(appends=APPENDS, data=st.data())
def test_changing_any_one_row_is_detected(appends, data):
    db = fill(appends)
    target = data.draw(st.integers(1, len(appends)), label="row id")
    column = data.draw(st.sampled_from(["payload", "n", "chain", "seq", "id", "prev_hash",
                                        "hash"]), label="column")
    old = db.scalar(f"SELECT {column} FROM t WHERE id = ?", (target,))
    if column == "payload":
        new = data.draw(CELL.filter(lambda v: v != old or type(v) is not type(old)))
    elif column in ("prev_hash", "hash"):
        new = data.draw(st.text("0123456789abcdef", min_size=64, max_size=64)
                        .filter(lambda v: v != old))
    elif column == "id":
        new = 1000 + target
    else:
        new = data.draw(st.integers(-5, 30).filter(lambda v: v != old))
    db.execute(f"UPDATE t SET {column} = ? WHERE id = ?", (new, target))
    found = breaks(db)
    assert found, f"row {target}: {column} {old!r} -> {new!r} not detected"
    if column in ("payload", "n"):  # content: named at exactly that row
        assert found[0].entry_id == target
        assert "does not match its hash" in found[0].problem
