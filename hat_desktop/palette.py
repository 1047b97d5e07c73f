"""Colours of the dosing states, defined once: the board, the attendance grid and the
PDFs all use these (background, text) pairs. Chosen to stay distinguishable for
the common colour-vision deficiencies and to carry a text label everywhere too."""

STATE_COLOURS: dict[str, tuple[str, str]] = {
    "not_due": ("#eceff1", "#546e7a"),
    "due": ("#ffffff", "#1d4f73"),
    "checked_in": ("#d6eaf8", "#154360"),
    "in_observation": ("#fdebd0", "#7e5109"),
    "dosed": ("#2e7d32", "#ffffff"),
    "withheld": ("#f9a825", "#3e2723"),
    "missed": ("#c62828", "#ffffff"),
    "on_hold": ("#4a148c", "#ffffff"),
}

FLAG_COLOURS: dict[str, tuple[str, str]] = {
    "none": ("#ffffff", "#000000"),
    "note": ("#fff8e1", "#5d4037"),
    "warning": ("#ffe0b2", "#bf360c"),
    "hold": ("#4a148c", "#ffffff"),
}


def state_colours(state: str) -> tuple[str, str]:
    return STATE_COLOURS.get(state, ("#ffffff", "#000000"))

# Stock batches by expiry (the Stock page, the count sheet and the end-of-day summary):
# expired stock is not for use (red); stock expiring within 30 days is warned (amber).
EXPIRY_COLOURS: dict[str, tuple[str, str]] = {
    "ok": ("#ffffff", "#000000"),
    "soon": ("#ffe0b2", "#7a3e00"),
    "expired": ("#c62828", "#ffffff"),
}

# A reconciled line: matched (green) or a discrepancy (red), on screen and in print.
COUNT_COLOURS: dict[str, tuple[str, str]] = {
    "matched": ("#e8f5e9", "#1b5e20"),
    "discrepancy": ("#fdecec", "#9b1c1c"),
}


def expiry_colours(state: str) -> tuple[str, str]:
    return EXPIRY_COLOURS.get(state, EXPIRY_COLOURS["ok"])
