"""The Today board's refresh as the clinic grows (15, 40, 60 and 80 patients on the board).

A clinic built through the real services (the shared test world, tests/world.py) with N
patients due in both sessions, a third of them dosed and a few checked in; the main window
opened as a nurse at 1280x720 offscreen. It measures, median of --repeats:
  - refresh (app): a register event, as the services send it, to the board repainted:
    the services' reads plus the Qt side (nothing changed on the board: as the timer does);
  - Qt side (reset): the model given a board of other rows (the same patients in the other
    order: a model reset), the header set up as refresh() does, rows sized and the table
    painted (no service read);
  - dose -> board: check-in and a witnessed dose recorded through the services, to the
    board repainted showing it;
and the model's data() calls in one refresh. Prints figures; asserts nothing. Saves the
window at 40 patients as a PNG (its path is printed).

    QT_QPA_PLATFORM=offscreen scripts/with-keyring.sh .venv/bin/python bench/bench_board.py
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' world

from hat_desktop.gui import board_model  # noqa: E402
from hat_desktop.gui.app import application  # noqa: E402
from hat_desktop.gui.board_model import FIRST_SESSION_COLUMN  # noqa: E402
from hat_desktop.gui.main_window import MainWindow  # noqa: E402
from hat_desktop.gui.today_page import TodayPage  # noqa: E402
from hat_desktop.services import auth, dosing, register  # noqa: E402
from hat_desktop.services.attendance import board  # noqa: E402
from hat_desktop.services.clock import ManualClock  # noqa: E402
from hat_desktop.services.events import Change  # noqa: E402
from tests.gui.conftest import delete_top_level_widgets  # noqa: E402
from tests.world import START, TEST_HASHING, World, build_world, dose_request, receipt  # noqa: E402

CALLS = [0]


def counting(data: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, index: Any, role: int = 0) -> Any:
        CALLS[0] += 1
        return data(self, index, role)
    return wrapper


board_model.BoardModel.data = counting(board_model.BoardModel.data)  # type: ignore[method-assign]


def settle(page: TodayPage) -> None:
    """Events handled until the board has refreshed, laid out and painted."""
    app = QApplication.instance()
    assert app is not None
    while page._soon.isActive():
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    page.ui.boardTable.viewport().repaint()


def clinic(tmp: Path, count: int) -> tuple[World, ManualClock, list[int]]:
    clock = ManualClock(START)
    world = build_world(tmp / "data", clock, tmp / "sheet.pdf")
    register.receive(world.reg, world.pharmacist, world.nurse, world.diam100.id,
                     receipt(2000, batch="D100BIG", reference="INV-BIG"))
    ids = [world.patient.id] + [world.add_patient(f"HAT-{n:04d}", f"Patient Number {n}")[0].id
                                for n in range(2, count + 1)]
    return world, clock, ids


def give_dose(world: World, clock: ManualClock, patient_id: int) -> None:
    clock.advance(timedelta(seconds=20))
    dosing.check_in(world.reg, world.nurse, patient_id, identity_confirmed=True)
    dosing.administer(world.reg, world.nurse, world.nurse2, patient_id,
                      dose_request(180, [(world.diam100.id, 2)]))


def run(count: int, repeats: int, shot: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world, clock, ids = clinic(Path(tmp), count)
        for pid in ids[: count // 3]:  # a third dosed this session, a few checked in
            give_dose(world, clock, pid)
        for pid in ids[count // 3: count // 3 + 3]:
            dosing.check_in(world.reg, world.nurse, pid, identity_confirmed=True)
        window = MainWindow(world.reg, world.nurse)
        window.view.resize(1280, 720)
        window.show()
        page = window.page("Today")
        assert isinstance(page, TodayPage)
        settle(page)
        table = page.ui.boardTable
        assert page.model.rowCount() == count, page.model.rowCount()

        app_path, qt_side, service, doses, calls = [], [], [], [], []
        for _ in range(repeats):
            CALLS[0] = 0
            t0 = time.perf_counter()
            world.reg.events.publish(Change.ATTENDANCE)
            settle(page)
            app_path.append(time.perf_counter() - t0)
            calls.append(CALLS[0])

            t0 = time.perf_counter()
            found = board(world.reg, world.nurse)
            service.append(time.perf_counter() - t0)

            if page.model.board is not None and page.model.board.rows == found.rows:
                found = replace(found, rows=found.rows[::-1])  # other rows: a model reset
            t0 = time.perf_counter()
            page.model.set_board(found)
            header = table.horizontalHeader()  # as refresh() sets it up after a reset
            header.setSectionResizeMode(board_model.PATIENT_COLUMN,
                                        header.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(board_model.FLAG_COLUMN, header.ResizeMode.Fixed)
            for c in range(FIRST_SESSION_COLUMN, page.model.columnCount()):
                header.setSectionResizeMode(c, header.ResizeMode.Stretch)
            settle(page)
            qt_side.append(time.perf_counter() - t0)
            page.model.set_board(board(world.reg, world.nurse))  # the board as it is, again
            settle(page)

        waiting = [pid for pid in ids if page.model.cell(page.model.row_of(pid) or 0, 1)
                   .state.value == "due"]
        for pid in waiting[:repeats]:
            row = page.model.row_of(pid)
            assert row is not None
            t0 = time.perf_counter()
            give_dose(world, clock, pid)
            settle(page)
            doses.append(time.perf_counter() - t0)
            row = page.model.row_of(pid)
            assert row is not None
            text = page.model.index(row, FIRST_SESSION_COLUMN).data()
            assert text.startswith(("Dosed", "In observation")), text

        ms = 1000
        print(f"{count:>3} patients: refresh (app) {statistics.median(app_path) * ms:6.1f} ms"
              f" | board() read {statistics.median(service) * ms:5.1f} ms"
              f" | Qt side (reset) {statistics.median(qt_side) * ms:5.1f} ms"
              f" | dose -> board {statistics.median(doses) * ms:6.1f} ms"
              f" | data() calls per refresh {statistics.median(calls):.0f}")
        if shot is not None:
            page.ui.boardTable.clearSelection()
            window.view.grab().save(str(shot))
            print(f"     the window at {count} patients: {shot}")
        delete_top_level_widgets()
        world.reg.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, nargs="*", default=[15, 40, 60, 80])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    auth.use_hashing(TEST_HASHING)
    app = application()
    for count in args.patients:
        shot = (Path(tempfile.gettempdir()) / "bench-board-40.png") if count == 40 else None
        run(count, args.repeats, shot)
    app.processEvents()


if __name__ == "__main__":
    main()
