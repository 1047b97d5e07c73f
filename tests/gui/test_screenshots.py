"""The README's screenshots come from scripts/screenshots.py run on a demo clinic: the
PNGs it makes are real pictures of the screens, under the window titles a user sees."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
MAIN = "HAT Desktop — Riverside HAT Clinic (DEMO) — DEMO — not a legal register"
EXPECTED = {
    "login.png": "HAT Desktop — log in — DEMO — not a legal register",
    "today.png": MAIN, "patients.png": MAIN, "patient.png": MAIN, "register.png": MAIN,
    "stock.png": MAIN, "reports.png": MAIN, "admin.png": MAIN,
    "evaluation.png": "Evaluation — Riverside HAT Clinic (DEMO) — DEMO — not a legal register",
}


def test_screenshot_script_renders_every_main_screen(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(out)],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    titles = json.loads((out / "screenshots.json").read_text(encoding="utf-8"))
    for name, title in EXPECTED.items():  # the count of release checks due comes and goes
        assert re.sub(r" — \d+ release checks? due", "", titles[name]) == title, name
    assert titles["check_in.png"].startswith("Check in — HAT-")
    assert titles["check_in.png"].endswith("DEMO — not a legal register")
    for name in titles:
        with Image.open(out / name) as image:
            width, height = image.size
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert width >= 400 and height >= 300, name
        assert colours is not None and len(colours) > 40, f"{name} looks blank"
    with Image.open(out / "today.png") as today:
        assert today.size == (1280, 830)  # the window, plus the drawn title bar
