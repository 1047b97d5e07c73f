"""backup, restore and recovery-key."""

from pathlib import Path
from typing import TYPE_CHECKING

from hat_desktop.cli.common import CommandContext, SubParsers, prompt_secret, prompt_text, say
from hat_desktop.domain.accounts import User
from hat_desktop.domain.errors import InvalidInput

if TYPE_CHECKING:
    from hat_desktop.services.open_register import OpenRegister


def add(sub: SubParsers) -> None:
    p = sub.add_parser("backup", help="write an encrypted, verified copy of the register")
    p.add_argument("--to", required=True, metavar="DIR", help="the folder to write it to")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", help="put a verified backup in place of the register "
                       "(the current one is kept aside)")
    p.add_argument("--from", dest="source", required=True, metavar="FILE")
    p.add_argument("--reason", metavar="TEXT",
                   help="why, when the backup is older than the register in use (rolling it "
                   "back to the backup needs a reason)")
    p.set_defaults(handler=restore_command)

    p = sub.add_parser("recovery-key", help="write the recovery key to a file (managers only)")
    p.add_argument("--output", required=True, metavar="FILE")
    p.set_defaults(handler=recovery_key)


def backup(ctx: CommandContext) -> int:
    from hat_desktop.services.backup import BackupKind, back_up

    if not ctx.args.to.strip():  # "" would mean the current folder: never a silent choice
        raise InvalidInput("Give the folder to write the backup to after --to (a USB drive or "
                           "a network share).")
    reg = ctx.reg()
    actor = ctx.acting_user()
    result = back_up(reg, actor, Path(ctx.args.to), kind=BackupKind.MANUAL)
    say(f"Backup written and verified ({result.entries_checked} entries, {result.size} bytes, "
        f"SHA-256 {result.sha256}).")
    say(str(result.path))
    return 0


def restore_command(ctx: CommandContext) -> int:
    from hat_desktop.services import auth
    from hat_desktop.services.clock import SystemClock
    from hat_desktop.services.register_setup import read_recovery_key_file
    from hat_desktop.services.restore import RollbackNeedsReason, restore

    key = (read_recovery_key_file(Path(ctx.args.recovery_key_file))
           if ctx.args.recovery_key_file else None)

    def sign_in(against: "OpenRegister") -> User:
        name = prompt_text("HAT_USER", "Manager's user name: ")
        return auth.login(against, name, prompt_secret("HAT_PASSWORD", "Password: "))

    try:
        result = restore(ctx.data_dir, Path(ctx.args.source), clock=SystemClock(),
                         sign_in=sign_in, recovery_key=key, lock=ctx.lock,
                         reason=ctx.args.reason)
    except RollbackNeedsReason as exc:
        raise RollbackNeedsReason(exc.message.replace("Type the reason", "Give the reason with "
                                                      "--reason \"…\"")) from None
    say(f"Backup verified ({result.entries_checked} entries) and restored into {ctx.data_dir}.")
    if result.signed_in_against_backup:
        say("The register in use did not open, so you signed in against the backup.")
    if result.set_aside:
        say(f"The register it replaced was kept in {result.set_aside}.")
    say("The key is now in this computer's keyring." if result.key_in_keyring else
        "This computer has no keyring: open the register with --recovery-key-file.")
    return 0


def recovery_key(ctx: CommandContext) -> int:
    from hat_desktop.services.restore import export_recovery_key

    reg = ctx.reg()
    actor = ctx.acting_user()
    path = export_recovery_key(reg, actor, Path(ctx.args.output))
    say(f"Recovery key written to {path}. Print it or copy it to the recovery sheet, then delete "
        "the file.")
    return 0
