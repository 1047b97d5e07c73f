"""Compile the Qt Designer forms (ui/*.ui) into Python (hat_desktop/gui/forms/ui_*.py).

    .venv/bin/python scripts/compile_forms.py           (or: make forms)
    .venv/bin/python scripts/compile_forms.py --check   exit 1 if a compiled form is not current

The .ui files stay the source: edit them in Qt Designer, then regenerate. Each generated
module is pyside6-uic's output with its machine-dependent header (uic's version) replaced by
ours and the two methods annotated, so the same .ui always gives the same bytes and the
widgets have types for mypy. tests/test_compiled_forms.py fails when they are not current.
"""

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "hat_desktop" / "gui" / "forms"

HEADER = """\
# Generated from ui/{name} by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.
"""

PACKAGE_INIT = '''\
"""Python modules compiled from the Qt Designer forms in ui/ by scripts/compile_forms.py.

Generated (make forms): DO NOT EDIT. A controller builds its widgets with
``self.ui = Ui_Form(); self.ui.setupUi(widget)``.
"""

# Each form (module ui_<name>) and the Qt class of its top-level widget.
FORMS = {{
{names}}}
'''

# uic's imports: every class a form might use, from each Qt module it uses.
_IMPORTS = re.compile(r"^from (PySide6\.\w+) import \(?([^)\n]*(?:\n    [^)\n]*)*)\)?\n",
                      re.MULTILINE)
# uic's banner: a coding line and a box of comments naming the .ui and uic's version.
_BANNER = re.compile(r"\A# -\*- coding: utf-8 -\*-\n\n(#[^\n]*\n)+\n")
_METHOD = re.compile(r"def (setupUi|retranslateUi)\(self, (\w+)\):")


class CompileError(RuntimeError):
    """A .ui that pyside6-uic cannot compile."""


def uic_command() -> list[str]:
    """What pyside6-uic runs: PySide6's uic binary with the Python generator. Called
    directly, as the wrapper would, it takes 10 ms a form instead of a Python start-up."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise CompileError("PySide6 is not installed in this virtualenv")
    package = Path(spec.origin).parent
    binary = package / "uic.exe" if sys.platform == "win32" else package / "Qt" / "libexec" / "uic"
    if binary.exists():
        return [str(binary), "-g", "python"]
    wrapper = shutil.which("pyside6-uic")
    if wrapper is None:
        raise CompileError("neither PySide6's uic nor pyside6-uic was found")
    return [wrapper]


def top_widget_class(ui_file: Path) -> str:
    """The Qt class of the form's top-level widget (QDialog, QWidget, QMainWindow, ...)."""
    widget = ET.parse(ui_file).getroot().find("widget")
    if widget is None:
        raise CompileError(f"{ui_file}: no top-level widget")
    return widget.attrib["class"]


def compile_form(ui_file: Path) -> str:
    """The generated module's text for one .ui file."""
    done = subprocess.run([*uic_command(), str(ui_file)], capture_output=True, text=True,
                          encoding="utf-8")
    if done.returncode != 0:
        raise CompileError(f"{ui_file}: pyside6-uic failed: {done.stderr.strip()}")
    body, banners = _BANNER.subn("", done.stdout, count=1)
    if banners != 1:
        raise CompileError(f"{ui_file}: unexpected pyside6-uic output (no banner)")
    top = top_widget_class(ui_file)
    body = _used_imports_only(_METHOD.sub(rf"def \1(self, \2: {top}) -> None:", body))
    return HEADER.format(name=ui_file.name) + "\n" + body.rstrip("\n") + "\n"


def _used_imports_only(body: str) -> str:
    """uic imports the same two dozen Qt classes into every form, used or not; importing a
    class makes PySide6 build its type and enums (``Qt`` alone takes about 0.1 s), so a form
    imports only the classes it uses: the login window comes up sooner (issue 14)."""
    code = _IMPORTS.sub("", body)

    def used(match: re.Match[str]) -> str:
        names = [n for n in re.split(r"[\s,]+", match[2]) if n]
        kept = [n for n in names if re.search(rf"\b{n}\b", code)]
        return f"from {match[1]} import {', '.join(kept)}\n" if kept else ""

    return _IMPORTS.sub(used, body)


def module_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def expected_files(ui_dir: Path) -> dict[str, str]:
    """File name -> text of every file the forms package should hold."""
    forms = sorted(ui_dir.glob("*.ui"))
    files = {module_name(f): compile_form(f) for f in forms}
    names = "".join(f'    "{f.stem}": "{top_widget_class(f)}",\n' for f in forms)
    files["__init__.py"] = PACKAGE_INIT.format(names=names)
    return files


def write(ui_dir: Path, out_dir: Path) -> list[str]:
    """Regenerate out_dir from ui_dir; the names of the files written or removed."""
    wanted = expected_files(ui_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in wanted.items():
        path = out_dir / name
        if not path.exists() or path.read_bytes() != text.encode("utf-8"):
            path.write_bytes(text.encode("utf-8"))
            changed.append(name)
    for stale in sorted(out_dir.glob("ui_*.py")):
        if stale.name not in wanted:
            stale.unlink()
            changed.append(stale.name)
    return changed


def differences(ui_dir: Path, out_dir: Path) -> list[str]:
    """What is not current: one line per generated file missing, different or left over."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        write(ui_dir, fresh)
        problems = []
        for path in sorted(fresh.iterdir()):
            current = out_dir / path.name
            if not current.exists():
                problems.append(f"{path.name}: missing")
            elif current.read_bytes() != path.read_bytes():
                problems.append(f"{path.name}: differs from what its .ui compiles to")
        for path in sorted(out_dir.glob("ui_*.py")):
            if not (fresh / path.name).exists():
                problems.append(f"{path.name}: no .ui compiles to it")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a compiled form is not current")
    parser.add_argument("--ui-dir", type=Path, default=UI_DIR)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = differences(args.ui_dir, args.out_dir)
            for line in problems:
                print(line)
            if problems:
                print("Run `make forms` to regenerate.", file=sys.stderr)
            return 1 if problems else 0
        for name in write(args.ui_dir, args.out_dir):
            print(f"wrote {name}")
    except CompileError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
