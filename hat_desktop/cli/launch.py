"""What the launcher and the command line share before any command is known: the
window handed in by the launcher, and how a refusal is said. Kept light: with no
command the window opens, and nothing of the commands (cli/common.py and the command
modules, the register services behind them, reportlab) is loaded before its login
window is on screen (bench/bench_startup.py; tests/gui/test_app_start.py checks it)."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from hat_desktop.domain.accounts import User
    from hat_desktop.services.open_register import OpenRegister

Check: TypeAlias = Callable[[str, bool, str], None]  # check(label, ok, detail): a self-test line
# The register and who acts (a string: the services load only when a command runs).
SessionOpener: TypeAlias = "Callable[[], tuple[OpenRegister, User]]"


class Window(NamedTuple):
    """What the command line needs of the window, handed in by the launcher: the command
    line never imports the GUI (the layers: cli | gui -> services). (A NamedTuple, not a
    dataclass: the dataclasses module and the code a dataclass compiles cost the login
    window 2-3 ms.)"""

    open: Callable[[argparse.Namespace, Path], int]  # no command given: the window
    self_test: "Callable[[Check, SessionOpener | None], None]"  # self-test's window part


def fail(message: str, status: int) -> int:
    print(message, file=sys.stderr)
    return status
