"""The demo clinic, built once per test run and copied for each module that reads it.

Building the demo (a month of dosing for fifteen patients, through the real services) is
the most expensive set-up of the suite. The test_demo, record-seals and evaluation modules
all need a demo clinic: one is built, by the first worker process (pytest-xdist) that asks
for it, under the run's shared temporary folder and a file lock; every other worker waits
for it and copies it. Each module gets its own copy of the folder (its tests may write),
opened with the key the builder wrote beside it, put into the worker's keyring.
"""

import fcntl
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hat_desktop.services.demo import build_demo
from hat_desktop.store import keys
from hat_desktop.store.connection import read_info
from tests.world import copy_register

# A Friday afternoon, between sessions: "now" for the demo and the tests that read it.
DEMO_NOW = datetime(2026, 3, 20, 14, 0, tzinfo=UTC)
DEMO_DAYS, DEMO_PATIENTS, DEMO_SEED = 30, 15, 7


@dataclass(frozen=True)
class DemoTemplate:
    """A closed demo register to copy, with what build_demo reported."""

    data_dir: Path
    register_id: str
    key: str
    doses: int
    discrepancies: int
    holds: int

    def copy_to(self, target: Path) -> Path:
        """A copy of the demo register in ``target``, its key (back) in the keyring."""
        if keys.load_from_keyring(self.register_id) != self.key:
            keys.store_in_keyring(self.register_id, self.key)
        return copy_register(self.data_dir, target)


def _shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's temporary folder that every worker process shares."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    root = _shared_root(tmp_path_factory)
    folder = root / "demo-template"
    with open(root / "demo-template.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        built = folder / "built.json"
        if not built.exists():
            # Without the two years' bulk history before its days (test_demo builds one).
            result = build_demo(folder / "data", days=DEMO_DAYS, patient_count=DEMO_PATIENTS,
                                seed=DEMO_SEED, now=DEMO_NOW, history_days=0)
            assert result.passphrase is None, "the demo's key must be in the run's keyring"
            register_id = read_info(folder / "data").register_id
            # Each worker has a keyring of its own (tests/worker_keyring.py): the others
            # take the key from here (a throw-away test key, in the run's private folder).
            key = keys.load_from_keyring(register_id)
            assert key is not None, "the demo's key is not in the builder's keyring"
            built.write_text(json.dumps({
                "register_id": register_id, "key": key, "doses": result.doses,
                "discrepancies": result.discrepancies, "holds": result.holds}),
                encoding="utf-8")
        figures = json.loads(built.read_text(encoding="utf-8"))
    return DemoTemplate(folder / "data", **figures)
