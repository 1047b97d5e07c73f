"""Kill test (issue 7): a child process writes register entries through the services and
reports each confirmed id; it is killed with SIGKILL at random moments, 50 times. After
each kill the register opens, verify passes, and every id the child confirmed is there
with the content it confirmed.

The seed is printed and can be replayed with HAT_KILL_SEED=<seed>.
"""

import os
import random
import select
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from hat_desktop.domain.register import PRESETS
from hat_desktop.domain.roles import Role
from hat_desktop.services import register, verify
from hat_desktop.services.clock import SystemClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store
from tests.command_line import ROOT
from tests.world import receipt

KILLS = 50
READY_TIMEOUT = 60.0


def _spawn(data_dir: Path, seed: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.kill_child", str(data_dir), str(seed)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        bufsize=0,
    )


def _read_line(child: subprocess.Popen[bytes], timeout: float) -> bytes:
    """One line from the child's (unbuffered) stdout, or fail after ``timeout``."""
    assert child.stdout is not None
    line = b""
    deadline = time.monotonic() + timeout
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([child.stdout], [], [], max(left, 0))
        if not ready:
            child.kill()
            pytest.fail(f"the child said nothing for {timeout} s; it had said {line!r}")
        byte = child.stdout.read(1)
        if not byte:
            err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
            pytest.fail(f"the child ended early (exit {child.wait()}): {line!r}\n{err[-3000:]}")
        line += byte
    return line.strip()


def _confirmed(output: bytes) -> list[tuple[int, str, int, int, str]]:
    """The complete lines the child printed (a line cut by the kill is not a confirmation)."""
    lines = output.split(b"\n")[:-1]
    found = []
    for line in lines:
        entry_id, kind, q_in, q_out, token = line.decode("ascii").split(" ")
        found.append((int(entry_id), kind, int(q_in), int(q_out), token))
    return found


def _token_of(entry: register_store.Entry) -> str | None:
    d = entry.details
    if entry.kind.value == "receipt":
        return d.get("reference")
    if entry.kind.value == "destruction":
        return d.get("authorised_witness_reference")
    if entry.kind.value == "correction":
        return str(d.get("reason", "")).removeprefix("Kill test ")
    return None


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_confirmed_entry(reg, manager, make_user,
                                                                  data_dir):
    pharmacist = make_user(Role.PHARMACIST, "phil", "Phil Pharmacist")
    nurse = make_user(Role.NURSE, "nina", "Nina Nurse")
    for spec in PRESETS[:2]:
        section = register.create_section(reg, manager, spec)
        register.receive(reg, pharmacist, nurse, section.id, receipt(20, batch="KILL1"))
    reg.close()

    seed = int(os.environ.get("HAT_KILL_SEED") or random.SystemRandom().randrange(10**6))
    print(f"kill test seed: {seed}")
    rng = random.Random(seed)
    confirmed: dict[int, tuple[str, int, int, str]] = {}
    started = time.monotonic()
    child = _spawn(data_dir, seed * 100)
    for round_no in range(KILLS):
        assert child.stdin is not None
        assert _read_line(child, READY_TIMEOUT) == b"IMPORTED"
        child.stdin.write(b"GO\n")
        assert _read_line(child, READY_TIMEOUT) == b"READY"
        time.sleep(rng.uniform(0.003, 0.2))
        os.kill(child.pid, signal.SIGKILL)
        # The next child imports while this round's register is checked.
        following = _spawn(data_dir, seed * 100 + round_no + 1) if round_no < KILLS - 1 else None
        assert child.stdout is not None
        rest = child.stdout.read()
        assert child.wait(timeout=30) == -signal.SIGKILL
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
        for entry_id, kind, q_in, q_out, token in _confirmed(rest):
            assert entry_id not in confirmed, f"id {entry_id} confirmed twice"
            confirmed[entry_id] = (kind, q_in, q_out, token)

        reopened = open_register(data_dir, clock=SystemClock())
        try:
            result = verify.verify_register(reopened, users_store.by_username(reopened.db,
                                                                              "manager"))
            assert result.ok, f"round {round_no}: {result.problems}"
            for entry_id, (kind, q_in, q_out, token) in confirmed.items():
                entry = register_store.entry_by_id(reopened.db, entry_id)
                assert entry is not None, f"round {round_no}: confirmed entry {entry_id} is lost"
                assert (entry.kind.value, entry.quantity_in, entry.quantity_out,
                        _token_of(entry)) == (kind, q_in, q_out, token), (
                    f"round {round_no}: entry {entry_id} is not what was confirmed")
        finally:
            reopened.close()
        if following is not None:
            child = following

    elapsed = time.monotonic() - started
    print(f"{KILLS} kills, {len(confirmed)} confirmed entries, {elapsed:.1f} s")
    # Not vacuous: the children really were writing when they were killed.
    assert len(confirmed) >= KILLS
    assert {kind for kind, *_ in confirmed.values()} >= {"receipt", "destruction"}



def test_a_writer_killed_in_the_middle_of_a_top_up_leaves_no_trace_of_it(world, clock):
    """Killed with everything of the top-up written but not committed (its register entry,
    its dose record and links, their seals): the register opens, verifies, holds no part of
    it, and the top-up can then be given, once."""
    from hat_desktop.domain.dosing import LessReason
    from hat_desktop.services import dosing, top_ups
    from hat_desktop.services.top_ups import TopUpRequest
    from tests.raw_register import snapshot
    from tests.world import dose_request

    d = world
    dosing.check_in(d.reg, d.nurse, d.patient.id, identity_confirmed=True)
    dosing.administer(d.reg, d.nurse, d.nurse2, d.patient.id, dose_request(100, [(
        d.diam100.id, 1)], less_reason=LessReason.PATIENT_REQUEST))
    clock.advance(timedelta(minutes=25))
    before = snapshot(d.reg.db)
    d.reg.close()
    child = subprocess.run([sys.executable, "-m", "tests.kill_mid_top_up", str(d.data_dir),
                            clock.now().isoformat()], cwd=ROOT, capture_output=True,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]
    assert child.stdout.decode().split() == ["WRITTEN", "1"]  # killed with it all written
    reg = open_register(d.data_dir, clock=clock)
    try:
        assert snapshot(reg.db) == before
        assert verify.verify_register(reg, d.manager).ok
        done = top_ups.top_up(reg, d.nurse, d.nurse2, d.patient.id,
                              TopUpRequest(1, 80, [(d.diam100.id, 1)], "Arm, right", 0, 0))
        assert done.mg_administered == 80 and done.event.is_top_up
    finally:
        reg.close()
