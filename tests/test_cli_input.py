"""Command-line input (issue 13, item 8): dates are exactly YYYY-MM-DD; a period outside
what a register can hold gets one sentence and exit 1, never the "unexpected problem" of
exit 3; a log folder that cannot be written never puts a traceback on the terminal; the
window's options are read as argparse reads them."""

import pytest

from hat_desktop import cli
from tests.command_line import assert_clear_refusal, assert_one_clear_sentence, run_main
from tests.world import MANAGER, PASSWORD

AS_MANAGER = {"HAT_USER": MANAGER, "HAT_PASSWORD": PASSWORD}
EXPORTS = {  # every export over a period, with a format it takes
    "register": ["--section", "DIAM100", "--format", "csv"],
    "attendance": ["--format", "csv"],
    "holds": ["--format", "csv"],
    "missed-doses": ["--format", "csv"],
    "attendance-grid": ["--format", "pdf"],
    "reconciliations": ["--format", "csv"],
    "audit": ["--format", "csv"],
}


def export(world, tmp_path, what: str, first: str, last: str):
    return run_main(world.data_dir, "export", what, "--from", first, "--to", last,
                    *EXPORTS[what], "--output", str(tmp_path / f"{what}.out"), env=AS_MANAGER)


@pytest.mark.parametrize("written", ["20260101", "2026-1-1", "2026-W01-4", "2026-001",
                                     "01/03/2026", "2026-03-01T00:00", "２０２６-０３-０１",
                                     "٢٠٢٦-٠٣-٠١", ""])
def test_dates_must_be_written_exactly_yyyy_mm_dd(world, tmp_path, written):
    out = export(world, tmp_path, "holds", written, "2026-03-31")
    message = assert_clear_refusal(out, codes=(1,))
    assert message == "The --from date must be a date written as YYYY-MM-DD."
    assert not (tmp_path / "holds.out").exists()


@pytest.mark.parametrize("what", list(EXPORTS))
@pytest.mark.parametrize(("first", "last", "said"), [
    ("0001-01-01", "9999-12-31", "The --from date 01/01/0001 is outside the dates a register "
                                 "holds (01/01/2000 to 31/12/2999)."),
    ("2026-03-01", "9999-12-31", "The --to date 31/12/9999 is outside the dates a register "
                                 "holds (01/01/2000 to 31/12/2999)."),
    ("2026-03-31", "2026-03-01", "The --to date is before the --from date."),
])
def test_a_period_a_register_cannot_hold_is_one_sentence_and_exit_1(world, tmp_path, what,
                                                                    first, last, said):
    out = export(world, tmp_path, what, first, last)
    message = assert_clear_refusal(out, codes=(1,))
    assert_one_clear_sentence(message)
    assert message == said
    assert not (tmp_path / f"{what}.out").exists()


def test_an_unwritable_log_folder_never_reaches_the_terminal(world, tmp_path):
    """The log folder is a file here (as a read-only or broken folder would be): the
    command still runs, and says nothing about the log."""
    logs = world.data_dir / "logs"
    if logs.exists():
        for f in logs.iterdir():
            f.unlink()
        logs.rmdir()
    logs.write_text("not a folder")
    out = run_main(world.data_dir, "verify", env=AS_MANAGER)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stderr == "" and "Traceback" not in out.stdout
    out = run_main(world.data_dir, "export", "holds", "--from", "2026-03-01", "--to",
                   "2026-03-31", "--format", "csv", "--output", str(tmp_path / "h.csv"),
                   env=AS_MANAGER)
    assert out.returncode == 0 and out.stderr == "", out.stderr


@pytest.mark.parametrize("words", [
    [], ["--data-dir", "/srv/hat"], ["--data-dir=/srv/hat", "-v"], ["--demo", "--verbose"],
    ["--recovery-key-file", "key.txt", "--data-dir", ""], ["--data-dir=-odd-name"],
    ["--data-dir", "/a", "--data-dir", "/b"], ["-v", "--recovery-key-file=/media/usb/key.txt"],
])
def test_the_windows_options_are_read_as_argparse_reads_them(words):
    """With no command the window opens; its options written out in full are read without
    argparse (its first parse costs the login window 3-4 ms, #14), to the very values
    argparse reads."""
    plain = cli._plain_window_args(words)
    assert plain is not None
    assert plain == cli._parsed_window_args(words)


@pytest.mark.parametrize("words", [
    ["--data", "/srv/hat"], ["--data-dir"], ["--data-dir", "-x"], ["-vv"], ["--demo=yes"],
    ["verify"], ["--help"], ["--version"], ["--", "/srv/hat"], ["--data-dir", "/a", "backup"],
])
def test_anything_else_on_the_command_line_is_left_to_argparse(words):
    """An abbreviation, a missing value, a command, --help: argparse reads it (and says what
    is wrong), as before."""
    assert cli._plain_window_args(words) is None
    assert cli._window_args(words) == cli._parsed_window_args(words)
