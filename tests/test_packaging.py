"""The clinic runs a bundle or an installed wheel, not a checkout: prove both work.

These build real artefacts (a PyInstaller one-folder app; a wheel installed into a fresh
virtual environment) and run them offscreen against a real demo register."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
USER = {"HAT_USER": "demo-manager", "HAT_PASSWORD": "demo-password"}


def run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: int = 600,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # Without the caller's PYTHONPATH: the artefacts run as the clinic runs them, and a
    # PYTHONPATH pointing at a checkout would make the installed wheel import that checkout.
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    full_env = {**inherited, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env,
                            cwd=cwd)
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def smoke(program: list[str], data_dir: Path) -> None:
    """--version, demo into a temp dir, verify, and the main window opening and closing."""
    version = run([*program, "--version"])
    assert version.returncode == 0 and version.stdout.startswith("HAT Desktop ")
    demo = run([*program, "--data-dir", str(data_dir), "demo", "--days", "3", "--patients", "4",
                "--history-days", "0"])
    assert demo.returncode == 0, demo.stderr
    assert "DEMO — not a legal register" in demo.stdout
    verify = run([*program, "--data-dir", str(data_dir), "verify"], env=USER)
    assert verify.returncode == 0 and "The register is intact" in verify.stdout, \
        verify.stdout + verify.stderr
    selftest = run([*program, "--data-dir", str(data_dir), "self-test"], env=USER)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "[ok] main window opens: HAT Desktop — Riverside HAT Clinic (DEMO)" in selftest.stdout
    assert "forms load" in selftest.stdout and "FAILED" not in selftest.stdout
    assert "[ok] QR codes for register pages" in selftest.stdout


@pytest.mark.slow
@pytest.mark.bundle
def test_pyinstaller_bundle_builds_and_runs(tmp_path: Path) -> None:
    build = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                 "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
                 str(ROOT / "build.spec")], cwd=ROOT, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "hat-desktop"
    for name in ("hat-desktop", "hat-desktop-gui"):
        assert (folder / name).exists()
    smoke([str(folder / "hat-desktop")], tmp_path / "data")
    # build.spec leaves out what the app never imports; the charts (matplotlib, numpy, its
    # PDF backend and fonts) must still be drawn by the bundle, as the evaluation report.
    report = tmp_path / "evaluation.pdf"
    today = date.today()
    export = run([str(folder / "hat-desktop"), "--data-dir", str(tmp_path / "data"), "export",
                  "evaluation", "--from", (today - timedelta(days=3)).isoformat(), "--to",
                  today.isoformat(), "--format", "pdf", "--output", str(report)], env=USER)
    assert export.returncode == 0, export.stdout + export.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    assert "% attended" in text  # a chart's axis label: the charts are vector, text kept


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_finds_its_forms(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    # --no-compile: pip would byte-compile every module of every dependency (matplotlib,
    # fontTools, numpy...); the app's runs below compile only what they import.
    pip = run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-compile",
               "--disable-pip-version-check", str(ROOT)], timeout=900)
    assert pip.returncode == 0, pip.stderr[-3000:]
    # `make run` installs the same way: no setuptools deprecation box on the terminal.
    assert "Deprecat" not in pip.stderr, pip.stderr[-3000:]
    program = venv / "bin" / "hat-desktop"
    # The installed package must not be reading forms from this checkout.
    where = run([str(venv / "bin" / "python"), "-c",
                 "import hat_desktop.paths as p; print(p.asset('ui', 'login_dialog.ui'))"],
                cwd=tmp_path)
    assert str(venv) in where.stdout, where.stdout
    smoke([str(program)], tmp_path / "data")
