"""The five columns at the end of every row of every CSV the app writes — which clinic,
when the file was made, the period it covers, DEMO for a demo register — named and
described once, for the files (reports.csv_cells) and the evaluator's data dictionary."""

PROVENANCE: tuple[tuple[str, str, str], ...] = (  # column, what it holds, its values
    ("clinic", "The clinic whose register the file comes from: its name as on the printed "
               "pages.", "text"),
    ("exported_at", "When the file was made.", "date and time, ISO 8601 with the clinic's "
                                               "offset"),
    ("period_from", "The first day of the period asked for.", "date, YYYY-MM-DD"),
    ("period_to", "The last day of the period asked for.", "date, YYYY-MM-DD"),
    ("demo", "DEMO when the file comes from a demo register (made-up patients, not a legal "
             "register or real data); empty for a real one.", "DEMO; empty"),
)
PROVENANCE_COLUMNS: tuple[str, ...] = tuple(name for name, _meaning, _values in PROVENANCE)
