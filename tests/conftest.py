"""The test session: a real Secret Service keyring (gnome-keyring under dbus-run-session,
started by scripts/run-tests.sh, and one per pytest-xdist worker), Qt offscreen, and the
test world (tests/world.py: the register, the clinic ready for work, the clock, cheap
argon2id password hashes)."""

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail  # noqa: E402

from tests import worker_keyring  # noqa: E402

# The world (a register, a clinic ready for work, the clock) for every test module, and
# the demo clinic built once per run.
pytest_plugins = ["tests.world", "tests.register_fixtures", "tests.demo_template"]


def pytest_configure(config: pytest.Config) -> None:
    """A pytest-xdist worker gets a keyring of its own (tests/worker_keyring.py)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        shared = os.environ.get("HAT_TEST_HOME")  # scripts/run-tests.sh removes it
        home = Path(shared or tempfile.mkdtemp(prefix="hat-test-"))
        if not shared:
            config.stash[_MADE] = home
        config.stash[_KEYRING] = worker_keyring.start(home / f"keyring-{worker}")


def pytest_unconfigure(config: pytest.Config) -> None:
    own = config.stash.get(_KEYRING, None)
    if own is not None:
        own.stop()
    made = config.stash.get(_MADE, None)
    if made is not None:  # the worker's keyring file (test keys) goes with it
        shutil.rmtree(made, ignore_errors=True)


_KEYRING = pytest.StashKey[worker_keyring.WorkerKeyring]()
_MADE = pytest.StashKey[Path]()


def pytest_sessionstart(session: pytest.Session) -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise pytest.UsageError(
            "No Secret Service keyring is running. Run the tests with `make test`, which "
            "starts gnome-keyring inside a private D-Bus session."
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests (the bundle build, the kill test) first: on parallel workers they then
    run alongside the rest of the suite instead of after it."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
