"""The icons and the stylesheet shipped in resources/."""

from functools import cache

from PySide6.QtGui import QIcon

from hat_desktop.paths import asset


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(asset("resources", "icons", name)))


def stylesheet() -> str:
    return asset("resources", "style.qss").read_text(encoding="utf-8")
