"""hat-desktop's commands: the headless CLI (with no command the launcher opens the window).

Exit status: 0 done; 1 refused or verify found a problem; 2 the register
cannot be opened (or the command line is wrong); 3 an unexpected fault (logged).
"""

import argparse
import errno
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from hat_desktop import APP_NAME
from hat_desktop.cli.launch import Window, fail
from hat_desktop.domain.errors import HatError, RegisterUnavailable
from hat_desktop.logging_setup import configure, current_log_file
from hat_desktop.paths import resolve_data_dir

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED, EXIT_UNAVAILABLE, EXIT_FAULT = 0, 1, 2, 3

# Each module adds its sub-commands: add(subparsers) registers them with
# set_defaults(handler=function(ctx) -> exit status). A module that exports something
# also has add_export(export_subparsers), which adds `export <target>`. They are
# imported only when a command is given: opening the window needs none of them (nor the
# reports they import), and the login window comes up sooner (bench/bench_startup.py).
COMMAND_MODULES = ["admin_commands", "demo_commands", "backup_commands",
                   "selftest_commands", "attendance_commands", "missed_dose_commands",
                   "reconciliation_commands", "register_commands", "audit_commands",
                   "evaluation_commands", "safety_commands"]


def command_modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in COMMAND_MODULES]


def _options(parser: argparse.ArgumentParser) -> None:
    """The options that come before any command (the window takes only these)."""
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the register's data folder (default: HAT_DATA_DIR, else the "
                        "per-user data folder)")
    parser.add_argument("--recovery-key-file", metavar="FILE",
                        help="open the register with the recovery key written in FILE (then "
                        "kept in this computer's keyring)")
    parser.add_argument("--demo", action="store_true",
                        help="open a ready demo clinic in a temporary folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


# The window's options in their full spelling, read without argparse: its first parse
# costs the login window 3-4 ms (gettext looks for translations, locale loads). Anything
# else on the command line (a command, an abbreviation, --help) goes to argparse.
_WINDOW_VALUES = {"--data-dir": "data_dir", "--recovery-key-file": "recovery_key_file"}
_WINDOW_FLAGS = {"--demo": "demo", "-v": "verbose", "--verbose": "verbose"}


def _plain_window_args(words: list[str]) -> argparse.Namespace | None:
    """The options as argparse reads them, when the command line holds nothing but the
    window's options written out in full; else None."""
    found: dict[str, str | bool | None] = {
        **dict.fromkeys(_WINDOW_VALUES.values()), **dict.fromkeys(_WINDOW_FLAGS.values(), False)}
    rest = iter(words)
    for word in rest:
        name, equals, value = word.partition("=")
        if name in _WINDOW_VALUES:
            if not equals:
                value = next(rest, "-")
                if value.startswith("-"):  # argparse decides (or says what is wrong)
                    return None
            found[_WINDOW_VALUES[name]] = value
        elif word in _WINDOW_FLAGS:
            found[_WINDOW_FLAGS[word]] = True
        else:
            return None
    return argparse.Namespace(**found, command=None)


def _window_args(words: list[str]) -> argparse.Namespace | None:
    """The options, when the command line names no command (the window is wanted)."""
    return _plain_window_args(words) or _parsed_window_args(words)


def _parsed_window_args(words: list[str]) -> argparse.Namespace | None:
    """_window_args by argparse (abbreviated options too)."""
    if any(word in ("-h", "--help", "--version") for word in words):
        return None
    options = _QuietParser(prog="hat-desktop", add_help=False)
    _options(options)
    try:
        args, rest = options.parse_known_args(words)
    except ValueError:  # the full parser says what is wrong
        return None
    if rest:
        return None
    args.command = None
    return args


class _Version(argparse.Action):
    """--version, read from the package's metadata only when asked for (importlib.metadata
    is tens of milliseconds that no other command needs)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                         nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from hat_desktop import __version__

        print(f"{APP_NAME} {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hat-desktop",
        description=f"{APP_NAME}: the controlled-drugs register and dosing record of a HAT "
        "clinic. With no command, the window opens.",
    )
    # Beside --help, where a user looks for it: the first options listed and in the usage line.
    parser.add_argument("--version", action=_Version, help=f"show the version of {APP_NAME} "
                        "and exit")
    _options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser("export", help="write a register, attendance, holds, "
                            "reconciliation or safety report to a file (PDF or CSV)")
    targets = export.add_subparsers(dest="target", metavar="WHAT", required=True)
    for module in command_modules():
        if hasattr(module, "add"):
            module.add(sub)
        if hasattr(module, "add_export"):
            module.add_export(targets)
    return parser


def _not_text(argv: Sequence[str]) -> str | None:
    """Which word of the command line is not valid text, if any: bytes that are not
    UTF-8 reach Python as lone surrogates, which nothing downstream can store or write.
    Refused here, in the user's terms, before anything is opened."""
    for i, word in enumerate(argv):
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:
            if word.startswith("--") and "=" in word:
                return f"The value of {word.split('=', 1)[0]}"
            if i and argv[i - 1].startswith("--"):
                return f"The value of {argv[i - 1]}"
            return "A word on the command line"
    return None


def main(argv: Sequence[str] | None = None, *, window: Window | None = None) -> int:
    """Run the command line (``argv``, else sys.argv); with no command, open ``window``
    (the launcher hands it in: hat_desktop.launcher)."""
    words = list(sys.argv[1:] if argv is None else argv)
    bad = _not_text(words)
    if bad is not None:
        return fail(f"{bad} is not valid text: check the character encoding (UTF-8) of the "
                    "terminal.", EXIT_REFUSED)
    args = _window_args(words) or build_parser().parse_args(words)
    if args.data_dir is not None and not args.data_dir.strip():
        # "" (an unset shell variable) would mean the default register: never silently.
        return fail("--data-dir is empty: give the register's data folder, or leave the "
                    "option out to use the default one.", EXIT_UNAVAILABLE)
    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.command is not None:
            configure(data_dir, verbose=args.verbose)
            from hat_desktop.services.exports import remove_partial_files

            remove_partial_files()  # half-written files of a run that was killed
    except OSError as exc:  # e.g. a folder name longer than the system allows
        return fail(_path_problem(exc), EXIT_UNAVAILABLE)
    if args.command is None:
        if window is None:
            return fail("Give a command (see hat-desktop --help).", EXIT_UNAVAILABLE)
        return window.open(args, data_dir)
    from hat_desktop.cli.common import CommandContext  # a command: its machinery loads now

    ctx = CommandContext(args=args, data_dir=data_dir, window=window)
    try:
        if not getattr(args, "reads_only", False):
            ctx.hold_register()
        return int(args.handler(ctx))
    except RegisterUnavailable as exc:
        return fail(str(exc), EXIT_UNAVAILABLE)
    except HatError as exc:
        return fail(str(exc), EXIT_REFUSED)
    except KeyboardInterrupt:
        return fail("Stopped.", 130)
    except OSError as exc:  # a file or folder named on the command line cannot be used
        log.exception("file system error in command %s", args.command)
        return fail(_path_problem(exc), EXIT_REFUSED)
    except Exception:
        log.exception("unexpected fault in command %s", args.command)
        return fail(_fault_message(), EXIT_FAULT)
    finally:
        ctx.close()


def _path_problem(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        where = f" holding {exc.filename}" if exc.filename else ""
        return (f"The disk{where} is full: nothing was written. Free some space on it, then "
                "try again.")
    name = str(exc.filename or "")
    if len(name) > 80:
        name = f"{name[:40]}...{name[-37:]}"
    where = f" {name}" if name else ""
    return f"The file or folder{where} cannot be used: {exc.strerror or exc}."


def _fault_message() -> str:
    where = current_log_file()
    return ("HAT Desktop met an unexpected problem and stopped; anything not confirmed was not "
            f"written. Details are in the log{f' ({where})' if where else ''}.")

