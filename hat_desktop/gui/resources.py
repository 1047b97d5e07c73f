"""The icons and the stylesheet shipped in resources/."""

import re
from functools import cache

from PySide6.QtGui import QIcon

from hat_desktop.palette import stylesheet_colours
from hat_desktop.paths import asset


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(asset("resources", "icons", name)))


def stylesheet() -> str:
    """resources/style.qss with its state colours (@name@) filled in from the palette."""
    colours = stylesheet_colours()
    text = asset("resources", "style.qss").read_text(encoding="utf-8")
    text = text.replace("@icons@", asset("resources", "icons").as_posix())  # arrow images
    return re.sub(r"@([a-z-]+)@", lambda m: colours[m.group(1)], text)
