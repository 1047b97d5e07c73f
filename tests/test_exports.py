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
