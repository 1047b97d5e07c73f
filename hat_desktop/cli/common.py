"""What every command shares: opening the register, the acting user, output.

Kept light, as are the command modules' parser declarations: every command process
builds the whole parser (for --help), but loads only the services its own command uses,
when its handler runs (bench/bench_cli.py; tests/test_cli_foundation.py checks it)."""

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from hat_desktop.cli.launch import Check as Check
from hat_desktop.cli.launch import SessionOpener as SessionOpener
from hat_desktop.cli.launch import Window as Window
from hat_desktop.cli.launch import fail as fail
from hat_desktop.domain.accounts import User
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.errors import AuthenticationFailed, InvalidInput
from hat_desktop.domain.times import parse_iso_date

if TYPE_CHECKING:
    from hat_desktop.services.open_register import OpenRegister
    from hat_desktop.services.register_setup import RegisterLock

# What add_subparsers() returns; each command module adds its commands to one. Generic only in
# the stubs (not at run time), hence the string.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def say(message: str) -> None:
    print(message)


def progress_on_stderr(*, after: float = 1.0, clock: Callable[[], float] = time.monotonic
                       ) -> Callable[[str, int, int], bool]:
    """The progress of a long export for the terminal: "Writing the attendance record: 42%"
    on stderr, once the work has run ``after`` seconds (a short one says nothing), then at
    most once a second, and when it is done. It never stops the work (Ctrl+C does: the
    partial file goes at the next start)."""
    began = clock()
    said = [began]

    def progress(stage: str, done: int, total: int) -> bool:
        now = clock()
        finished = bool(total) and done >= total
        if now - began >= after and (now - said[0] >= 1.0 or finished):
            said[0] = now
            how_far = f"{done * 100 // total}%" if total else f"{done:,}"
            print(f"{stage}: {how_far}", file=sys.stderr, flush=True)
        return True
    return progress


def _interactive() -> bool:
    return sys.stdin.isatty()


def env_text(env_name: str, value: str) -> str:
    """Bytes that are not UTF-8 reach Python as lone surrogates: refuse them here, with
    the variable's name, rather than fail deep inside (never echo the value)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{env_name} is not valid text: check the character encoding "
                           "(UTF-8) of the terminal or the environment.") from None
    return value


def prompt_secret(env_name: str, prompt: str) -> str:
    """A secret from the environment (PGPASSWORD-style) or typed at the terminal."""
    value = os.environ.get(env_name)
    if value is not None:
        return env_text(env_name, value)
    if not _interactive():
        raise AuthenticationFailed(f"Set {env_name} or run the command in a terminal to type it.")
    return env_text(env_name, getpass.getpass(prompt))


def prompt_text(env_name: str, prompt: str) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return env_text(env_name, value)
    if not _interactive():
        raise AuthenticationFailed(f"Set {env_name} or run the command in a terminal to type it.")
    return env_text(env_name, input(prompt))


@dataclass
class CommandContext:
    args: argparse.Namespace
    data_dir: Path
    window: Window | None = None
    lock: "RegisterLock | None" = None
    _reg: "OpenRegister | None" = field(default=None, repr=False)

    def hold_register(self) -> None:
        """One writer: a command that writes (an audit entry counts) holds the register's
        lock while it runs, so it is refused in one sentence while HAT Desktop is open on
        the same register (and the window is refused while the command runs). A folder
        that does not exist yet has no window open on it."""
        if self.lock is None and self.data_dir.is_dir():
            from hat_desktop.services.register_setup import RegisterLock

            lock = RegisterLock(self.data_dir)
            lock.acquire()
            self.lock = lock

    def reg(self) -> "OpenRegister":
        if self._reg is None:
            from hat_desktop.services.clock import SystemClock
            from hat_desktop.services.register_setup import open_register, read_recovery_key_file

            recovery = None
            if self.args.recovery_key_file:
                recovery = read_recovery_key_file(Path(self.args.recovery_key_file))
            self._reg = open_register(
                self.data_dir,
                clock=SystemClock(),
                recovery_key=recovery,
                passphrase=lambda: prompt_secret("HAT_REGISTER_PASSPHRASE",
                                                 "Register passphrase: "),
            )
        return self._reg

    def acting_user(self) -> User:
        """Log in the user running the command (HAT_USER / HAT_PASSWORD or a prompt)."""
        reg = self.reg()
        username = prompt_text("HAT_USER", "User name: ").strip()
        if not username:
            raise InvalidInput("Give the acting user's name in HAT_USER.")
        password = prompt_secret("HAT_PASSWORD", "Password: ")
        from hat_desktop.services import auth

        return auth.login(reg, username, password)

    def close(self) -> None:
        if self._reg is not None:
            self._reg.close()
            self._reg = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def add_range_arguments(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """--from, --to, --format and --output, as every export takes them."""
    parser.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    add_format_argument(parser, formats)
    parser.add_argument("--output", required=True, metavar="FILE")


def add_format_argument(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """--format: asked for when the export has a choice; with one format (a PDF only), that
    one, and --format may still name it."""
    if len(formats) == 1:
        parser.add_argument("--format", dest="fmt", choices=formats, default=formats[0],
                            help=f"{formats[0]} (the only format, the default)")
    else:
        parser.add_argument("--format", dest="fmt", required=True, choices=formats)


_FILE_FORMATS = {".pdf": "pdf", ".csv": "csv"}


def output_path(args: argparse.Namespace) -> Path:
    """--output, refused when its name says another format than the file is written in
    (`--format csv --output week.pdf`, or a PDF-only export to `day.csv`): a file named for
    one format holding another fools whoever opens it. Other names are taken as given."""
    path = Path(args.output)
    named = _FILE_FORMATS.get(path.suffix.lower())
    fmt = getattr(args, "fmt", None)  # None: an export of one kind only (a folder, a CSV)
    if named is not None and fmt is not None and named != fmt:
        raise InvalidInput(
            f"The --output file {path.name} is named as {named.upper()}, but this export is "
            f"written as {fmt.upper()}: name it {path.stem}.{fmt}, or give "
            f"--format {named} if this export has it.")
    return path


def export_range(args: argparse.Namespace) -> tuple[date, date]:
    first = parse_iso_date(args.start, "--from date")
    last = parse_iso_date(args.end, "--to date")
    span = DateRange.checked(first, last, names=("--from date", "--to date"))
    return span.first, span.last


# export(reg, actor, first, last, output) -> (the file written, how many rows it holds)
Export: TypeAlias = "Callable[[OpenRegister, User, date, date, Path], tuple[Path, int]]"


def run_export(ctx: CommandContext, export: Export, noun: str, *, heading: str = "") -> int:
    """An export over --from/--to to --output: the dates checked before anything is
    opened, then the register, the acting user, the file, and how many of what went
    where ("[heading: ]<count> <noun> written to:" and the path)."""
    first, last = export_range(ctx.args)
    output = output_path(ctx.args)
    reg = ctx.reg()
    actor = ctx.acting_user()
    path, count = export(reg, actor, first, last, output)
    say(f"{heading}{count} {noun} written to:")
    say(str(path))
    return 0
