"""Copies the top-level ui/ and resources/ folders into the wheel.

The repository layout is fixed (forms in ui/, assets in resources/, both at the
top so Qt Designer users find them), but an installed package must carry them.
At build time they are copied to hat_desktop/_assets/; hat_desktop.paths looks
there first when it is not running from a checkout or a PyInstaller bundle.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithAssets(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "hat_desktop" / "_assets"
        for folder in ("ui", "resources"):
            dest = target / folder
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(ROOT / folder, dest)


setup(cmdclass={"build_py": BuildPyWithAssets})
