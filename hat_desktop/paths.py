"""Where things are: the data folder, and the forms and resources shipped with the app.

Assets are found the same way everywhere: inside a PyInstaller bundle
(sys._MEIPASS), inside an installed wheel (hat_desktop/_assets), or at the top
of a source checkout (ui/, resources/).
"""

import os
import sys
from pathlib import Path

APP_DIR_NAME = "HAT Desktop"
APP_AUTHOR = "HAT Desktop"
_PACKAGE = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    import platformdirs  # only when no folder is given (a few ms before the login window, #14)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR, roaming=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """--data-dir, else HAT_DATA_DIR, else the per-user data folder of this OS."""
    chosen = cli_value or os.environ.get("HAT_DATA_DIR")
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def _asset_roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(_PACKAGE / "_assets")
    roots.append(_PACKAGE.parent)
    return roots


def asset(*parts: str) -> Path:
    """The path of a shipped file, e.g. asset("ui", "login_dialog.ui")."""
    for root in _asset_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"asset not found: {'/'.join(parts)}")


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"
