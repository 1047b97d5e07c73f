"""The child of test_kill's top-up case: a writer killed in the middle of a top-up.

    python -m tests.kill_mid_top_up DATA_DIR ISO_TIME

Opens the register at ISO_TIME (a manual clock: the interval after the world's dose has
passed) and gives HAT-0001 a top-up of the rest of their session's dose through the
service. Just before the transaction commits — the register entries, the dose record, its
links and its seals all written — the process kills itself with SIGKILL, as a power cut
or the task manager would. It never returns from the service call.
"""

import os
import signal
import sys
from datetime import datetime
from pathlib import Path

from hat_desktop.services import top_ups
from hat_desktop.services.clock import ManualClock
from hat_desktop.services.register_setup import open_register
from hat_desktop.services.top_ups import TopUpRequest
from hat_desktop.store import connection
from hat_desktop.store import patients as patients_store
from hat_desktop.store import register as register_store
from hat_desktop.store import users as users_store


def main() -> None:
    data_dir, at = Path(sys.argv[1]), datetime.fromisoformat(sys.argv[2])
    reg = open_register(data_dir, clock=ManualClock(at))
    nurse, nurse2 = (users_store.by_username(reg.db, n) for n in ("nina", "nora"))
    patient = patients_store.by_clinic_number(reg.db, "HAT-0001")
    diam100 = register_store.section_by_code(reg.db, "DIAM100")
    assert nurse and nurse2 and patient and diam100

    def killed(db: connection.Database) -> None:
        print("WRITTEN", db.scalar("SELECT count(*) FROM attendance_events "
                                   "WHERE top_up_line IS NOT NULL"), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    reg.db.before_every_commit(killed)
    top_ups.top_up(reg, nurse, nurse2, patient.id,
                   TopUpRequest(1, 80, [(diam100.id, 1)], "Arm, right", 0, 0))
    print("RETURNED", flush=True)  # never: the process is dead before the commit


if __name__ == "__main__":
    main()
