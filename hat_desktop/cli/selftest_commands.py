"""self-test: checks an installation works (for the clinic's IT person, and the
packaging tests): SQLCipher, time zones, fonts and PDF output, QR codes, the keyring
(services/self_test), then the window's part: Qt, every form, and — when a register is
present — opening the main window and closing it (handed in by the launcher)."""


from hat_desktop.cli.common import CommandContext, SessionOpener, SubParsers, say


def add(sub: SubParsers) -> None:
    p = sub.add_parser("self-test", help="check that this installation works (and, with a "
                       "register and HAT_USER/HAT_PASSWORD, open the main window and close it)")
    p.set_defaults(handler=self_test)


def self_test(ctx: CommandContext) -> int:
    from hat_desktop.services import self_test as installation
    from hat_desktop.services.register_setup import register_exists

    failures = 0

    def check(label: str, ok: bool, detail: str = "") -> None:
        nonlocal failures
        failures += 0 if ok else 1
        say(f"[{'ok' if ok else 'FAILED'}] {label}{': ' + detail if detail else ''}")

    for found in installation.installation():
        if found.note_only:
            say(f"[{'ok' if found.ok else 'note'}] {found.label}: {found.detail}")
        else:
            check(found.label, found.ok, found.detail)
    if ctx.window is None:
        check("the window", False, "not checked: run it as hat-desktop self-test")
    else:
        session: SessionOpener | None = ((lambda: (ctx.reg(), ctx.acting_user()))
                                         if register_exists(ctx.data_dir) else None)
        ctx.window.self_test(check, session)
    say("Self-test passed." if not failures else f"Self-test FAILED ({failures} problem(s)).")
    return 0 if not failures else 1
