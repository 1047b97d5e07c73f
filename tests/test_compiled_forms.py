"""The compiled forms (hat_desktop/gui/forms) are current: each is exactly what its ui/*.ui
compiles to now, so a form edited in Qt Designer and not regenerated fails here.

Byte comparison, not file times: git does not keep modification times, so after a checkout
a current module may look older than its .ui; what it holds is what matters."""

import importlib.util
import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms",
                                                  ROOT / "scripts" / "compile_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiler = load_compiler()


@pytest.fixture
def checkout(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of ui/ and of the compiled forms, to edit without touching the repository."""
    ui_dir, out_dir = tmp_path / "ui", tmp_path / "forms"
    shutil.copytree(compiler.UI_DIR, ui_dir)
    shutil.copytree(compiler.OUT_DIR, out_dir, ignore=shutil.ignore_patterns("__pycache__"))
    return ui_dir, out_dir


def test_every_compiled_form_is_what_its_ui_file_compiles_to() -> None:
    assert compiler.differences(compiler.UI_DIR, compiler.OUT_DIR) == []
    assert compiler.main(["--check"]) == 0


def test_a_form_edited_without_regenerating_fails_the_check(
        checkout: tuple[Path, Path]) -> None:
    ui_dir, out_dir = checkout
    assert compiler.differences(ui_dir, out_dir) == []
    form = ui_dir / "login_dialog.ui"
    text = form.read_text(encoding="utf-8")
    assert "<string>&amp;User name</string>" in text
    form.write_text(text.replace("<string>&amp;User name</string>",
                                 "<string>&amp;Login</string>"), encoding="utf-8")
    assert compiler.differences(ui_dir, out_dir) == [
        "ui_login_dialog.py: differs from what its .ui compiles to"]
    assert compiler.main(["--check", "--ui-dir", str(ui_dir), "--out-dir", str(out_dir)]) == 1
    assert compiler.main(["--ui-dir", str(ui_dir), "--out-dir", str(out_dir)]) == 0
    assert compiler.differences(ui_dir, out_dir) == []
    assert "&Login" in (out_dir / "ui_login_dialog.py").read_text(encoding="utf-8")


def test_a_new_form_not_compiled_and_a_module_left_behind_fail_the_check(
        checkout: tuple[Path, Path]) -> None:
    ui_dir, out_dir = checkout
    shutil.copy(ui_dir / "witness_dialog.ui", ui_dir / "second_witness_dialog.ui")
    (ui_dir / "status_dialog.ui").unlink()
    assert compiler.differences(ui_dir, out_dir) == [
        "__init__.py: differs from what its .ui compiles to",
        "ui_second_witness_dialog.py: missing",
        "ui_status_dialog.py: no .ui compiles to it",
    ]


def test_a_compiled_form_is_marked_generated_and_carries_nothing_of_the_machine() -> None:
    source = compiler.UI_DIR / "check_in_dialog.ui"
    text = compiler.compile_form(source)
    assert text == compiler.compile_form(source)  # the same bytes every time
    assert text.startswith("# Generated from ui/check_in_dialog.ui by scripts/compile_forms.py "
                           "(make forms): DO NOT EDIT.\n")
    assert "Compiler version" not in text and "Created by" not in text and str(ROOT) not in text
    assert "def setupUi(self, CheckInDialog: QDialog) -> None:" in text


def test_a_compiled_form_edited_by_hand_fails_the_check_and_regenerating_restores_it(
        checkout: tuple[Path, Path]) -> None:
    ui_dir, out_dir = checkout
    module = out_dir / "ui_witness_dialog.py"
    original = module.read_bytes()
    module.write_text(module.read_text(encoding="utf-8").replace(
        "self.userEdit = QLineEdit(", "self.userEdit = QLineEdit(  # tweaked\n            "),
        encoding="utf-8")
    assert module.read_bytes() != original
    assert compiler.differences(ui_dir, out_dir) == [
        "ui_witness_dialog.py: differs from what its .ui compiles to"]
    assert compiler.main(["--check", "--ui-dir", str(ui_dir), "--out-dir", str(out_dir)]) == 1
    assert compiler.main(["--ui-dir", str(ui_dir), "--out-dir", str(out_dir)]) == 0
    assert module.read_bytes() == original


def test_a_compiled_form_older_than_its_changed_ui_fails_but_age_alone_does_not(
        checkout: tuple[Path, Path]) -> None:
    """What a module holds decides, not its age: a checkout gives files arbitrary times."""
    ui_dir, out_dir = checkout
    form, module = ui_dir / "status_dialog.ui", out_dir / "ui_status_dialog.py"
    long_ago = module.stat().st_mtime - 86_400
    os.utime(module, (long_ago, long_ago))
    assert module.stat().st_mtime < form.stat().st_mtime
    assert compiler.differences(ui_dir, out_dir) == []  # older, but what it holds is current
    text = form.read_text(encoding="utf-8")
    assert "<string>Cancel</string>" in text
    form.write_text(text.replace("<string>Cancel</string>", "<string>Go back</string>"),
                    encoding="utf-8")
    assert compiler.differences(ui_dir, out_dir) == [
        "ui_status_dialog.py: differs from what its .ui compiles to"]
