"""demo: build a demo clinic register."""


from hat_desktop.cli.common import CommandContext, SubParsers, say
from hat_desktop.domain.errors import InvalidInput


def add(sub: SubParsers) -> None:
    p = sub.add_parser("demo", help="build a demo clinic (made-up patients, DEMO on every page)")
    p.add_argument("--days", type=int, default=30, help="days of history (default 30)")
    p.add_argument("--patients", type=int, default=15, help="number of patients (default 15)")
    p.add_argument("--seed", type=int, default=1,
                   help="random seed: the same seed, the same patients, doses and story "
                        "(each register's own secrets, and the random screening days they "
                        "pick, differ)")
    # No number here: the default is the demo's (services/demo_history.py), loaded only
    # when the demo is built, not by every command's parser.
    p.add_argument("--history-days", type=int, default=None,
                   help="days of dosing history before those (written in bulk; default: "
                        "two years, the most; 0: none)")
    p.set_defaults(handler=demo)


def demo(ctx: CommandContext) -> int:
    from hat_desktop.services.demo import DEMO_USERS, build_demo
    from hat_desktop.services.demo_history import HISTORY_DAYS
    from hat_desktop.services.register_setup import register_exists

    args = ctx.args
    history_days = HISTORY_DAYS if args.history_days is None else args.history_days
    if register_exists(ctx.data_dir):
        raise InvalidInput(f"{ctx.data_dir} already holds a register; the demo never "
                           "overwrites one. Choose an empty folder with --data-dir.")
    result = build_demo(ctx.data_dir, days=args.days, patient_count=args.patients,
                        seed=args.seed, history_days=history_days)
    say(f"Demo clinic built in {result.data_dir}: {result.days} days (after "
        f"{history_days} days of history), {result.patients} "
        f"patients, {result.doses} doses, {result.holds} hold(s) reviewed, "
        f"{result.discrepancies} stock discrepancies. DEMO — not a legal register.")
    if result.passphrase:
        say(f"This computer has no keyring: the register passphrase is '{result.passphrase}'.")
    say(f"Log in with any of these users; every password is '{result.password}':")
    for name, full, role in DEMO_USERS:
        say(f"  {name:<17} {full} ({role.value})")
    return 0
