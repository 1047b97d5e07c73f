"""The layers hold (cli | gui -> services -> reports | store -> domain), checked by
import-linter with the contracts in pyproject.toml, as `make lint` runs it; a back-edge
fails them; and no SQL is written outside the store."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
SQL = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|ATTACH|DETACH|"
                 r"BEGIN|COMMIT|ROLLBACK)\b")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, text=True,
                          capture_output=True, env={"PYTHONPATH": str(root)}, check=False)


def test_the_import_contracts_are_kept():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", done.stdout), done.stdout


def add_import(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    docstring_end = text.index('"""', 3) + 3
    path.write_text(text[:docstring_end] + f"\n{line}\n" + text[docstring_end:],
                    encoding="utf-8")


def test_a_back_edge_breaks_them(tmp_path):
    """The same contracts on a copy of the package with wrong imports added: each is
    named, and the check fails."""
    shutil.copytree(ROOT / "hat_desktop", tmp_path / "hat_desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "_assets"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "hat_desktop"
    add_import(package / "services" / "attendance.py", "import hat_desktop.gui.app")
    add_import(package / "gui" / "messages.py", "import hat_desktop.store.connection")
    add_import(package / "cli" / "common.py", "import hat_desktop.gui.messages")
    add_import(package / "reports" / "page_flow.py", "import hat_desktop.store.register")
    add_import(package / "services" / "holds.py", "import sqlcipher3")
    add_import(package / "domain" / "times.py", "import PySide6.QtCore")
    done = lint_imports(tmp_path)
    assert done.returncode == 1, done.stdout
    out = " ".join(done.stdout.split())
    for edge in ("hat_desktop.services.attendance -> hat_desktop.gui.app",
                 "hat_desktop.gui.messages -> hat_desktop.store.connection",
                 "hat_desktop.cli.common -> hat_desktop.gui.messages",
                 "hat_desktop.reports.page_flow -> hat_desktop.store.register",
                 "hat_desktop.services.holds -> sqlcipher3",
                 "hat_desktop.domain.times -> PySide6"):
        assert edge in out, f"{edge} not reported:\n{done.stdout}"


def sql_outside_the_store() -> list[str]:
    found = []
    for path in sorted((ROOT / "hat_desktop").rglob("*.py")):
        if "store" in path.relative_to(ROOT / "hat_desktop").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and node.values:
                node = node.values[0]
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and SQL.match(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:50]}")
    return found


def test_no_sql_is_written_outside_the_store():
    assert sql_outside_the_store() == []
