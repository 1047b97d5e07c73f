"""The child of the kill test (tests/test_kill.py).

    python -m tests.kill_child DATA_DIR SEED

Imports everything, prints IMPORTED, then waits for a line on stdin (the parent sends
it once it has finished checking the previous child's work). It then opens the register
as the app does (services.register_setup.open_register: key from the keyring of the test run),
prints READY, and writes register entries through the services until it is killed.
After each service call has returned — the moment a screen would show "saved" — it
prints one line: "<entry id> <kind> <quantity in> <quantity out> <token>", flushed.
"""

import random
import sys
from pathlib import Path

from hat_desktop.services import register
from hat_desktop.services.clock import SystemClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store
from tests.world import destruction, receipt, stocked_batch


def main() -> None:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    print("IMPORTED", flush=True)
    if not sys.stdin.readline():
        return  # the parent went away before starting us
    reg = open_register(data_dir, clock=SystemClock())
    pharmacist = users_store.by_username(reg.db, "phil")
    nurse = users_store.by_username(reg.db, "nina")
    assert pharmacist is not None and nurse is not None
    sections = register_store.sections(reg.db)
    rng = random.Random(seed)
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        token = f"K{seed}-{n}"
        section = rng.choice(sections)
        choice = rng.random()
        last = register_store.last_entry(reg.db, section.id)
        if choice < 0.25 and register_store.balance(reg.db, section.id) > 5:
            units = rng.randint(1, 3)
            entry = register.destroy(reg, pharmacist, section.id,
                                     destruction(units, reference=token,
                                                 batch=stocked_batch(reg, section.id, units)))
        elif choice < 0.35 and last is not None and last.kind.value == "receipt":
            entry = register.correct(reg, pharmacist, nurse, last.id, f"Kill test {token}",
                                     quantity_out=1)
        else:
            entry = register.receive(reg, pharmacist, nurse, section.id,
                                     receipt(rng.randint(1, 9), batch="KILL1", reference=token))
        sys.stdout.write(f"{entry.id} {entry.kind.value} {entry.quantity_in} "
                         f"{entry.quantity_out} {token}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
