"""Schema 7: a staff member's address (Schedule 6 asks for the prescriber's name and address
beside every supply by administration)."""

SQL: list[str] = [
    "ALTER TABLE users ADD COLUMN address TEXT",
]
# Existing accounts get no value (NULL), which leaves their seals valid (store.seals).
