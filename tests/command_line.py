"""The command line as the tests run it: the real CLI in a child process (run_cli), or
its entry point in this process (run_main), and what a refusal must look like."""

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI_TIMEOUT = 120


def run_cli(data_dir: Path | None, *args: str | bytes, user: str | None = None,
            password: str | None = None, recovery_key_file: Path | None = None,
            env: dict[str, str] | None = None, cwd: Path | None = None
            ) -> subprocess.CompletedProcess[str]:
    """`python -m hat_desktop [--data-dir D] [--recovery-key-file F] ARGS` with HAT_USER and
    HAT_PASSWORD, stdin closed (never a prompt), output decoded leniently."""
    cmd: list[str | bytes] = [sys.executable, "-m", "hat_desktop"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    if recovery_key_file is not None:
        cmd += ["--recovery-key-file", str(recovery_key_file)]
    cmd += list(args)
    environ = {k: v for k, v in os.environ.items()
               if k not in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR")}
    if user is not None:
        environ["HAT_USER"] = user
    if password is not None:
        environ["HAT_PASSWORD"] = password
    environ.update(env or {})
    out = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, env=environ,
                         cwd=cwd or ROOT, timeout=CLI_TIMEOUT)
    return subprocess.CompletedProcess(
        out.args, out.returncode, out.stdout.decode("utf-8", "backslashreplace"),
        out.stderr.decode("utf-8", "backslashreplace"))


def assert_clear_refusal(out: subprocess.CompletedProcess[str], codes: Sequence[int] = (1, 2)
                         ) -> str:
    """A refusal from the CLI: an expected exit status, a message, no traceback. Returns
    the message (stdout and stderr together)."""
    text = (out.stdout + out.stderr).strip()
    assert out.returncode in codes, f"exit {out.returncode}, expected {codes}: {text[:2000]}"
    assert "Traceback" not in text and 'File "' not in text, text[:4000]
    assert text, "a refusal must say why"
    return text


def assert_one_clear_sentence(message: str) -> None:
    """What a user reads: one line, short, ending like a sentence, no Python internals."""
    assert message.strip(), "empty message"
    assert "\n" not in message.strip(), f"more than one line: {message!r}"
    assert len(message) <= 400, f"message too long ({len(message)} characters)"
    assert message.rstrip()[-1] in ".!?)", f"not a sentence: {message!r}"
    for internal in ("Traceback", "Error(", "sqlite", "sqlcipher", "NoneType", "object has no"):
        assert internal not in message, f"internal detail in {message!r}"


def run_main(data_dir: Path | None, *args: str, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI's entry point (hat_desktop.cli.main) in this process: the same code as
    `python -m hat_desktop ...` from argument parsing on, a tenth of the time. Arguments
    and environment values that were not UTF-8 are given as Python would have decoded
    them (lone surrogates). HAT_USER and HAT_PASSWORD come only from ``env``."""
    import contextlib
    import io

    from hat_desktop import cli, logging_setup

    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + list(args)
    saved_env = {k: os.environ.get(k) for k in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR",
                                                *(env or {}))}
    for name in ("HAT_USER", "HAT_PASSWORD", "HAT_DATA_DIR"):
        os.environ.pop(name, None)
    os.environ.update(env or {})
    saved_cwd = os.getcwd()
    os.chdir(cwd or ROOT)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse's usage errors
                code = int(exc.code or 0)
    finally:
        os.chdir(saved_cwd)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        logging_setup.stop()
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())
