"""Every export and printout goes through exports.write_export: a new file where the user
chose, never inside the register's folder, and never a file the audit log does not know
of."""

import pytest

from hat_desktop.domain.errors import InvalidInput
from hat_desktop.services.exports import write_export
from hat_desktop.store import audit


def test_the_file_and_its_audit_entry_are_written_together(reg, manager, tmp_path):
    target = write_export(reg, manager, tmp_path / "holds.csv", b"a,b\n", what="holds",
                          rows=1)
    logged = audit.entries(reg.db, limit=1)[0]
    assert target.read_bytes() == b"a,b\n"
    assert (logged.action, logged.target, logged.details["path"], logged.details["bytes"]) \
        == ("export", "holds", str(target), 4)


def test_when_the_audit_log_fails_no_file_is_left(reg, manager, tmp_path):
    db = reg.db
    before = db.scalar("SELECT count(*) FROM audit_log")
    db.execute("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_log "
               "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    try:
        with pytest.raises(Exception, match="disk trouble"):
            write_export(reg, manager, tmp_path / "holds.csv", b"a,b\n", what="holds")
    finally:
        db.execute("DROP TRIGGER temp.refuse_audit")
    assert not (tmp_path / "holds.csv").exists()
    assert db.scalar("SELECT count(*) FROM audit_log") == before


@pytest.mark.parametrize("name, message", [
    ("exports", "is a folder: give a file name"),
    ("missing/holds.csv", "does not exist"),
    ("holds-\udcff.csv", "The file name is not valid text"),
])
def test_bad_targets_are_refused_in_plain_words(reg, manager, tmp_path, name, message):
    chosen = tmp_path / "chosen"
    (chosen / "exports").mkdir(parents=True)
    with pytest.raises(InvalidInput, match=message):
        write_export(reg, manager, chosen / name, b"x", what="holds")
    assert sorted(p.name for p in chosen.iterdir()) == ["exports"]


def test_the_provenance_columns_survive_an_odd_clinic_name_and_a_spreadsheet():
    """A clinic's name with a comma, quotes, a line break or a leading '=' stays one cell,
    read back whole by the csv module, and never runs as a formula."""
    import csv
    import io
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from hat_desktop.reports.csv_cells import PROVENANCE_COLUMNS, Provenance, csv_bytes

    name = '=Tees "Valley", HAT\nClinic Zoë'
    stamp = Provenance(name, datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
                       ZoneInfo("Europe/London"), date(2026, 10, 1), date(2026, 10, 31), True)
    data = csv_bytes(["a", "b"], [["1", "x,y"], ["2", ""]], stamp)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["a", "b", *PROVENANCE_COLUMNS]
    # 01:30 UTC on the night the clocks go back: 01:30 GMT, said with its offset
    tail = ["'" + name, "2026-10-25T01:30:00+00:00", "2026-10-01", "2026-10-31", "DEMO"]
    assert rows[1] == ["1", "x,y", *tail] and rows[2] == ["2", "", *tail]
