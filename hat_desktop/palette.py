"""The colours that mean something, defined once: the state of a session, a patient, a
flag, a batch, a count or a register entry looks the same on the board, the attendance
grid, every list and every printed page. Each is a (background, text) pair, chosen to
stay distinguishable for the common colour-vision deficiencies and always shown with a
word or letter too. Only the stylesheet's own chrome (buttons, frames, headings) lives
elsewhere (resources/style.qss)."""

STATE_COLOURS: dict[str, tuple[str, str]] = {
    "not_due": ("#eceff1", "#546e7a"),
    "due": ("#ffffff", "#1d4f73"),
    "checked_in": ("#d6eaf8", "#154360"),
    "in_observation": ("#fdebd0", "#7e5109"),
    "dosed": ("#2e7d32", "#ffffff"),
    "withheld": ("#f9a825", "#3e2723"),
    "missed": ("#c62828", "#ffffff"),
    "on_hold": ("#4a148c", "#ffffff"),
    "away": ("#455a64", "#ffffff"),  # custody, hospital, dosed elsewhere: not missed
    "closed": ("#cfd8dc", "#37474f"),  # the clinic was closed that day
}
# A cell with no session in it, or a day still to come (attendance grids).
EMPTY_COLOURS = ("#fafbfc", "#90a4ae")
# What marks "this one": today's column, the selected row (a dark frame).
FRAME = "#0b2f4a"

FLAG_COLOURS: dict[str, tuple[str, str]] = {
    "none": ("#ffffff", "#000000"),
    "note": ("#fff8e1", "#5d4037"),
    "warning": ("#ffe0b2", "#bf360c"),
    "away": ("#455a64", "#ffffff"),
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

# A reconciled line: matched (green) or a discrepancy (red), on screen and in print; the
# stylesheet's count labels frame them with these borders.
COUNT_COLOURS: dict[str, tuple[str, str]] = {
    "matched": ("#e8f5e9", "#1b5e20"),
    "discrepancy": ("#fdecec", "#9b1c1c"),
}
COUNT_BORDERS = {"matched": "#81c784", "discrepancy": "#e5a5a5"}


def expiry_colours(state: str) -> tuple[str, str]:
    return EXPIRY_COLOURS.get(state, EXPIRY_COLOURS["ok"])

# A patient's status: (background, text, border) of the chip on the patient's page; the
# list greys out the same text colour.
PATIENT_STATUS_COLOURS: dict[str, tuple[str, str, str]] = {
    "active": ("#e8f5e9", "#1b5e20", "#81c784"),
    "suspended": ("#fff3cd", "#8d4b00", "#e0c36a"),
    "discharged": ("#eceff1", "#546e7a", "#90a4ae"),
}

# A register entry carrying a note (a late entry's reason, a correction), on screen and
# in print.
NOTE_COLOURS = ("#fff3cd", "#5b3a00")

# The prescription version in force, among the earlier ones.
CURRENT_VERSION_BACKGROUND = "#e8f5e9"


def stylesheet_colours() -> dict[str, str]:
    """The state colours resources/style.qss uses, by the names it writes them with
    (@count-matched-text@ and so on)."""
    names: dict[str, str] = {}
    for state, (background, text) in COUNT_COLOURS.items():
        names[f"count-{state}-background"] = background
        names[f"count-{state}-text"] = text
        names[f"count-{state}-border"] = COUNT_BORDERS[state]
    return names

# An outcome review that is due (the board and the patient's page): (background, text).
REVIEW_DUE_COLOURS = ("#e3f2fd", "#0d3c61")

# A release check that is due (the observation queue on the Today page): (background, text).
RELEASE_DUE_COLOURS = ("#ffe0b2", "#bf360c")

# A drug screen's result for one substance (the screen dialog, the patient's screens).
SCREEN_RESULT_COLOURS = {"positive": ("#fde0dc", "#8a1c12"),
                         "negative": ("#e8f5e9", "#1b5e20"),
                         "not_tested": ("#eceff1", "#455a64")}
# The evaluation's charts (dashboard and report): the series, the cohort median, the
# budget line, and the attendance heat map from low (red) through amber to high (green),
# the same ends as a missed and a dosed session.
CHART_COLOURS: dict[str, str] = {
    "line": "#1d4f73",
    "median": "#c62828",
    "budget": "#c62828",
    "drug": "#1d4f73",
    "staff": "#90a4ae",
    "pair": "#90a4ae",
    "opioid": "#1d4f73",
    "offending": "#f9a825",
    "negative": "#2e7d32",
    "events": "#c62828",
    "contact_referral": "#1d4f73",
    "contact_appointment": "#90a4ae",
    "contact_kept": "#2e7d32",
    "contact_missed": "#f9a825",
    "contact_outcome": "#6a1b9a",
}
HEATMAP_RAMP = ("#c62828", "#f9a825", "#2e7d32")
HEATMAP_EMPTY = EMPTY_COLOURS[0]
