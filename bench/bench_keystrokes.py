"""Keystrokes of a routine witnessed dose (issue 14: at most 15 after the patient's card
is scanned), counted on the real widgets offscreen: a clinic built through the real
services (the shared test world, tests/world.py), the patient dosed in the morning, then
the afternoon dose walked from the keyboard by tests/gui/dosing_screens.routine_dose_by_keys
(the walk tests/gui/test_witnessing.py asserts). Prints the keys per person; asserts
nothing.

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python bench/bench_keystrokes.py
"""

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' world

from hat_desktop.gui.app import application  # noqa: E402
from hat_desktop.services import auth  # noqa: E402
from hat_desktop.services.clock import ManualClock  # noqa: E402
from tests.gui.conftest import delete_top_level_widgets  # noqa: E402
from tests.gui.dosing_screens import (  # noqa: E402
    morning_dose_given,
    open_today,
    routine_dose_by_keys,
)
from tests.world import START, TEST_HASHING, build_world  # noqa: E402


class Keys:
    """What the walk needs of pytest-qt's qtbot, on QTest."""

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (qtbot's name)
        self.widget = widget

    def keyClick(self, widget: QWidget, key: Qt.Key,  # noqa: N802
                 modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    def keyClicks(self, widget: QWidget, text: str) -> None:  # noqa: N802
        QTest.keyClicks(widget, text)

    def waitUntil(self, done: Callable[[], object], timeout: int = 5000) -> None:  # noqa: N802
        end = time.monotonic() + timeout / 1000
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not get there")
            QCoreApplication.processEvents()
            time.sleep(0.005)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    auth.use_hashing(TEST_HASHING)  # the walk counts keys; the hashing cost is not measured
    app = application()  # styled as the real app is
    with tempfile.TemporaryDirectory() as tmp:
        clock = ManualClock(START)
        world = build_world(Path(tmp) / "data", clock, Path(tmp) / "sheet.pdf")
        morning_dose_given(world, clock, site="Hand, right")
        keys = Keys()
        window, _ = open_today(keys, world)
        typed, seen = routine_dose_by_keys(keys, window)
        counts = typed.counts
        person = counts["nurse"] + counts["witness"]
        print("A routine witnessed dose (session 2, the site offered by rotation), keys after "
              "the patient's card is scanned:")
        print(f"  nurse:   {counts['nurse']:>3}  (Enter, 0, Tab, 0, Tab, Tab, 2, Ctrl+D)")
        print(f"  witness: {counts['witness']:>3}  (the 6-digit PIN, Enter)")
        print(f"  total:   {person:>3}  (issue 14: at most 15)")
        print(f"  scanner: {counts['scanner']:>3}  key events (the patient's card and the "
              "witness's badge)")
        print(f"  site recorded: {seen['site']}; dose recorded: {bool(seen['done'])}")
        shot = Path(tempfile.gettempdir()) / "bench-keystrokes-check-in.png"
        seen["screen"].save(str(shot))  # type: ignore[attr-defined]
        print(f"  the screen before Ctrl+D: {shot}")
        delete_top_level_widgets()  # as the tests do: no closing logic on a closed register
        world.reg.close()
    app.processEvents()


if __name__ == "__main__":
    main()
