"""The program: `hat-desktop` with a command runs it headless (cli/), without one opens
the window (gui/). The launcher sits above both, so the command line and the window
never import each other: it hands the command line what it needs of the window."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from hat_desktop.cli import main as cli_main
from hat_desktop.cli.launch import Check, SessionOpener, Window


def _open_window(args: argparse.Namespace, data_dir: Path) -> int:
    from hat_desktop.gui.app import run_gui  # Qt loads only when the window is wanted

    return run_gui(args, data_dir)


def _test_window(check: Check, open_session: "SessionOpener | None") -> None:
    from hat_desktop.gui.self_test import test_window

    test_window(check, open_session)


WINDOW = Window(open=_open_window, self_test=_test_window)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, window=WINDOW)


if __name__ == "__main__":
    sys.exit(main())
