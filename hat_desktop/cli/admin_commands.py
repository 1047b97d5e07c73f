"""init and verify."""

import os
import sys
import time
from pathlib import Path

from hat_desktop.cli.common import CommandContext, SubParsers, env_text, prompt_secret, say
from hat_desktop.domain.accounts import check_typed_twice
from hat_desktop.domain.register_keys import KeyMode


def add(sub: SubParsers) -> None:
    p = sub.add_parser("init", help="create a new, empty register and its first manager")
    p.add_argument("--clinic-name", required=True, metavar="NAME")
    p.add_argument("--clinic-address", default="", metavar="TEXT")
    p.add_argument("--timezone", default="Europe/London", metavar="ZONE")
    p.add_argument("--admin", required=True, metavar="USER", help="the first manager's user name")
    p.add_argument("--admin-name", metavar="FULL NAME",
                   help="the first manager's full name (default: the user name)")
    p.add_argument("--recovery-sheet", required=True, metavar="FILE",
                   help="where to write the recovery sheet PDF (outside the data folder)")
    p.add_argument("--passphrase-mode", action="store_true",
                   help="derive the key from a passphrase (HAT_REGISTER_PASSPHRASE or typed) "
                   "instead of keeping it in the system keyring")
    p.set_defaults(handler=init)

    p = sub.add_parser("verify", help="check encryption, structure, hash chains and balances")
    p.set_defaults(handler=verify, reads_only=True)  # may run beside an open window


def _new_password() -> str:
    if "HAT_PASSWORD" in os.environ:
        return env_text("HAT_PASSWORD", os.environ["HAT_PASSWORD"])
    first = prompt_secret("HAT_PASSWORD", "New manager's password: ")
    again = prompt_secret("HAT_PASSWORD", "Type it again: ")
    check_typed_twice(first, again)
    return first


def init(ctx: CommandContext) -> int:
    from hat_desktop.services.clock import SystemClock
    from hat_desktop.services.register_setup import NewRegister, create_register

    args = ctx.args
    passphrase = None
    if args.passphrase_mode:
        passphrase = prompt_secret("HAT_REGISTER_PASSPHRASE", "Register passphrase: ")
    spec = NewRegister(
        clinic_name=args.clinic_name,
        clinic_address=args.clinic_address,
        timezone=args.timezone,
        admin_username=args.admin,
        admin_full_name=args.admin_name or args.admin,
        admin_password=_new_password(),
        key_mode=KeyMode.PASSPHRASE if args.passphrase_mode else KeyMode.KEYRING,
        passphrase=passphrase,
    )
    reg, manager, _key = create_register(
        ctx.data_dir, spec, Path(args.recovery_sheet), clock=SystemClock()
    )
    reg.close()
    say(f"Register created in {ctx.data_dir} for {spec.clinic_name}.")
    say(f"First manager: {manager.username}.")
    say(f"Recovery sheet written to {Path(args.recovery_sheet).resolve()}: print it, store it "
        "in a locked place, then delete the file.")
    return 0


def verify(ctx: CommandContext) -> int:
    from hat_desktop.services import verify as verify_service

    reg = ctx.reg()
    actor = ctx.acting_user()
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> bool:
        now = time.monotonic()
        if total >= 50_000 and (now - last[0] > 1.0 or done == total):
            last[0] = now
            print(f"{stage}: {done * 100 // max(total, 1)}%", file=sys.stderr)
        return True

    result = verify_service.verify_register(reg, actor, progress)
    if result.ok:
        say(f"Checked {result.entries_checked} entries and {result.records_checked} clinical "
            "records: encryption, structure, every hash chain, every seal and every running "
            "balance agree.")
    for problem in result.problems:
        say(problem)
    if result.backup_note:
        say(result.backup_note)
    say(result.verdict)  # the last line: intact or not, and what that rests on
    return 0 if result.ok else 1
