"""State colours come from palette.py everywhere: the stylesheet's count labels are drawn
in the palette's colours (the sheet names them; they are filled in when it loads)."""

import re

from PySide6.QtWidgets import QLabel

from hat_desktop.gui.resources import stylesheet
from hat_desktop.palette import COUNT_COLOURS
from hat_desktop.paths import asset


def test_the_stylesheet_writes_no_state_colour_of_its_own():
    raw = asset("resources", "style.qss").read_text(encoding="utf-8")
    rules = re.findall(r"[^{}]*#(?:countMatch|countMismatch|discrepancyResolved)[^{]*\{[^}]*\}",
                       raw)
    assert len(rules) == 2, rules
    for rule in rules:
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", rule.split("{", 1)[1]), rule
    assert "@" not in stylesheet()


def test_a_count_label_is_painted_in_the_palettes_colours(qtbot):
    for name, state in (("countMatch", "matched"), ("countMismatch", "discrepancy"),
                        ("discrepancyResolved", "matched")):
        label = QLabel("Counted 20, register 20")
        label.setObjectName(name)
        label.setStyleSheet(stylesheet())
        qtbot.addWidget(label)
        label.resize(300, 40)
        picture = label.grab().toImage()
        inside = picture.pixelColor(picture.width() // 2, 3).name()
        assert inside == COUNT_COLOURS[state][0], (name, inside)
        assert re.fullmatch(r"#[0-9a-f]{6}", inside)
