"""No silent loss (issue 13, item 1): a writer is killed with SIGKILL (tests/kill_child.py
reports every entry whose service call returned), then the journal beside the register is
damaged the ways a failing disk or a careless hand would: bits flipped in its header or in
a page image, cut short, zeroed, deleted. Each time the register, reopened, either holds
every confirmed entry exactly as confirmed, or cannot be opened / fails verify saying it is
damaged — never a register that looks whole with confirmed entries gone.

With the earlier WAL policy this failed at once: confirmed transactions lived in the -wal
file until a checkpoint, and SQLite ignores a WAL from its first bad frame on."""

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from hat_desktop.domain.errors import RegisterUnavailable
from hat_desktop.services.clock import SystemClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import register as register_store
from hat_desktop.store.connection import db_path
from hat_desktop.store.verify import verify
from tests.test_kill import READY_TIMEOUT, _confirmed, _read_line, _spawn, _token_of
from tests.world import Templates

MIN_ROUNDS, MIN_HOT, MAX_ROUNDS = 8, 4, 60


def journals(data_dir: Path) -> list[Path]:
    """Every journal SQLite could read beside the register (a rollback journal; a -wal)."""
    base = db_path(data_dir)
    return [p for p in (Path(f"{base}-journal"), Path(f"{base}-wal")) if p.exists()]


def _flip(offset_of: "callable[[int], int]"):  # type: ignore[valid-type]
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        if data:
            data[offset_of(len(data)) % len(data)] ^= 0x10
            path.write_bytes(bytes(data))
    return damage


DAMAGE = {
    "deleted": lambda p: p.unlink(),
    "header bit flipped": _flip(lambda n: 9),
    "page bit flipped": _flip(lambda n: 512 + 4096 // 2),
    "last bit flipped": _flip(lambda n: n - 1),
    "cut in half": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "zeroed": lambda p: p.write_bytes(bytes(p.stat().st_size)),
}


def _check(data_dir: Path, confirmed: dict[int, tuple[str, int, int, str]], how: str) -> str:
    """'whole' (every confirmed entry there, verify passes) or 'caught …' (refused at
    open, or verify names the damage); fails on a silent loss."""
    try:
        reg = open_register(data_dir, clock=SystemClock())
    except RegisterUnavailable as exc:
        assert "damaged" in str(exc) or "does not open" in str(exc), f"{how}: {exc}"
        return f"caught at open: {str(exc)[:90]}"
    try:
        result = verify(reg.db)
        lost = [i for i, (kind, q_in, q_out, token) in confirmed.items()
                if (e := register_store.entry_by_id(reg.db, i)) is None
                or (e.kind.value, e.quantity_in, e.quantity_out, _token_of(e))
                != (kind, q_in, q_out, token)]
    finally:
        reg.close()
    if result.ok:
        assert not lost, f"{how}: confirmed entries {lost} are gone and verify says intact"
        return "whole"
    assert result.problems, how
    return f"caught by verify: {result.problems[0][:90]}"


@pytest.mark.slow
def test_a_damaged_or_deleted_journal_never_drops_a_confirmed_entry_silently(
        templates: Templates, tmp_path: Path) -> None:
    data_dir = templates.clinic.copy_to(tmp_path / "data")
    seed = int(os.environ.get("HAT_KILL_SEED") or random.SystemRandom().randrange(10**6))
    print(f"journal damage seed: {seed}")
    rng = random.Random(seed)
    confirmed: dict[int, tuple[str, int, int, str]] = {}
    hot = rounds = 0
    outcomes: dict[str, int] = {}
    while rounds < MIN_ROUNDS or (hot < MIN_HOT and rounds < MAX_ROUNDS):
        child = _spawn(data_dir, seed * 100 + rounds)
        assert child.stdin is not None and child.stdout is not None
        assert _read_line(child, READY_TIMEOUT) == b"IMPORTED"
        child.stdin.write(b"GO\n")
        assert _read_line(child, READY_TIMEOUT) == b"READY"
        time.sleep(rng.uniform(0.02, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        assert child.wait(timeout=30) == -signal.SIGKILL
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
        for entry_id, kind, q_in, q_out, token in _confirmed(rest):
            confirmed[entry_id] = (kind, q_in, q_out, token)
        rounds += 1
        assert not Path(f"{db_path(data_dir)}-wal").exists(), "the register is in WAL mode"
        found = [p for p in journals(data_dir) if p.stat().st_size > 0]
        hot += bool(found)
        for how, damage in DAMAGE.items():
            target = tmp_path / "damaged"
            shutil.copytree(data_dir, target, ignore=shutil.ignore_patterns(
                "logs", ".hat-desktop.lock"))
            for journal in journals(target):
                damage(journal)
            outcome = _check(target, confirmed, f"round {rounds}, journal {how}")
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            shutil.rmtree(target)
        # The undamaged register: the next child (and this check) roll its journal back.
        assert _check(data_dir, confirmed, f"round {rounds}, journal untouched") == "whole"

    print(f"{rounds} kills, {hot} with a transaction in flight, {len(confirmed)} confirmed "
          f"entries, outcomes {outcomes}")
    assert hot >= MIN_HOT, "the kills never caught a transaction in flight"
    assert len(confirmed) >= rounds
