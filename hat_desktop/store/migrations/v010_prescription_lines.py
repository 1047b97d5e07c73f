"""Schema 10: prescription lines (issue 16). A prescription version holds one or more
lines: a product (register sections of one drug and form), a route, a dose for each
session it applies to, supervised or take-home, the most per injection, whether the groin
may be used, and the drug's daily maximum. Lines are written with their version and never
changed (a change is a new version).

Each version written before lines existed becomes one line, as it was prescribed: its
products, the same dose in every session it covered, given by injection (IV) — or by
mouth, when its product is an oral form — supervised, with its daily maximum; the lines
are sealed as they are written, so verify finds them as the app wrote them."""

import json
from collections.abc import Callable, Sequence

from hat_desktop.domain.prescriptions import Route, routes_for_form
from hat_desktop.store import seals
from hat_desktop.store.connection import Database
from hat_desktop.store.ledger import no_change_triggers


def _one_line_each(db: Database) -> None:
    forms = {int(r[0]): str(r[1]) for r in db.all("SELECT id, form FROM register_sections")}
    sections: dict[int, list[int]] = {}
    for rx_id, section_id in db.all("SELECT prescription_id, section_id FROM "
                                    "prescription_sections ORDER BY prescription_id, position"):
        sections.setdefault(int(rx_id), []).append(int(section_id))
    table = seals.SEALED["prescription_lines"]
    for r in db.all("SELECT id, drug, dose_mg, sessions, daily_max_mg FROM prescriptions "
                    "ORDER BY id"):
        ids = sections.get(int(r[0]), [])
        oral = bool(ids) and routes_for_form(forms.get(ids[0], "")) == {Route.ORAL}
        doses = [[int(s), int(r[2])] for s in sorted(json.loads(r[3]))]
        cur = db.execute(
            """INSERT INTO prescription_lines (prescription_id, position, drug, section_ids,
                   route, doses, take_home, max_per_injection_mg, groin_allowed, daily_max_mg)
               VALUES (?, 1, ?, ?, ?, ?, 0, NULL, 0, ?)""",
            (r[0], r[1], json.dumps(ids), (Route.ORAL if oral else Route.IV).value,
             json.dumps(doses), r[4]))
        seals.seal_row(db, table, int(cur.lastrowid))


SQL: Sequence[str | Callable[[Database], None]] = [
    """CREATE TABLE prescription_lines (
        id INTEGER PRIMARY KEY,
        prescription_id INTEGER NOT NULL REFERENCES prescriptions(id),
        position INTEGER NOT NULL CHECK (position >= 1),
        drug TEXT NOT NULL,
        section_ids TEXT NOT NULL,
        route TEXT NOT NULL CHECK (route IN ('iv', 'im', 'sc', 'oral')),
        doses TEXT NOT NULL,
        take_home INTEGER NOT NULL CHECK (take_home IN (0, 1)),
        max_per_injection_mg INTEGER
            CHECK (max_per_injection_mg IS NULL OR max_per_injection_mg > 0),
        groin_allowed INTEGER NOT NULL CHECK (groin_allowed IN (0, 1)),
        daily_max_mg INTEGER CHECK (daily_max_mg IS NULL OR daily_max_mg > 0),
        UNIQUE (prescription_id, position)
    ) STRICT""",
    *no_change_triggers("prescription_lines", "prescriptions (a change is a new version)"),
    seals.refuse_replacing("prescription_lines"),
    _one_line_each,
]
