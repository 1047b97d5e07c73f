"""The register from the command line, run as a separate process the way an inspector or a
script would run it: sections, export register (PDF and CSV), verify-page, and refusals
that say what is wrong in one sentence and write nothing."""

import csv
import datetime
import io
import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from hat_desktop.store import audit
from tests.world import PASSWORD, back_then

CODE = re.compile(r"HATREG2:[A-Z0-9]+:\d+:\d+:\d+:\d+:[0-9A-F]{64}")


def hat(history, *args: str, user: str = "ian") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HAT_USER": user, "HAT_PASSWORD": PASSWORD}
    return subprocess.run([sys.executable, "-m", "hat_desktop", "--data-dir",
                           str(history.reg.data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def export(history, out, fmt: str = "csv", *more: str) -> subprocess.CompletedProcess[str]:
    return hat(history, "export", "register", "--section", "DIAM100", "--from", "2026-02-01",
               "--to", "2026-03-02", "--format", fmt, "--output", str(out), *more)


def test_sections_as_csv_and_as_a_table(history):
    result = hat(history, "sections", "--format", "csv")
    assert result.returncode == 0, result.stderr
    head, row = result.stdout.splitlines()
    assert head == "code,name,unit,balance,clinic,exported_at,period_from,period_to,demo"
    assert row.startswith(
        "DIAM100,Diamorphine hydrochloride 100 mg powder for solution for injection,ampoule,"
        f"{history.destruction.balance},Teesside HAT Clinic,")
    assert row.endswith(",,,")  # as at the export: no period; not a demo
    table = hat(history, "sections")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["Code", "Drug,", "strength", "and", "form", "Unit", "Balance",
                                "Entries"]
    assert lines[1].startswith("DIAM100  Diamorphine hydrochloride 100 mg")
    assert lines[1].split()[-2:] == [str(history.destruction.balance), "65"]


def test_an_inspector_exports_the_csv_and_the_export_is_logged(history, tmp_path):
    out = tmp_path / "diam100.csv"
    result = export(history, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out.resolve())
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:7] == ["number", "kind", "occurred_at", "quantity_in", "quantity_out",
                           "balance", "corrects_number"]
    assert len(rows) == 1 + 65
    assert rows[1][:7] == [str(history.receipt.number), "receipt", "2026-02-02T09:00:00+00:00",
                           "300", "0", "300", ""]
    logged = audit.entries(history.reg.db, limit=1)[0]
    assert (logged.action, logged.username, logged.target) == ("export", "ian",
                                                               "register:DIAM100")
    assert logged.details["rows"] == 65 and logged.details["format"] == "csv"


def test_a_printed_page_verifies_and_then_does_not_once_the_register_changed(history,
                                                                            tmp_path):
    out = tmp_path / "diam100.pdf"
    result = export(history, out, "pdf")
    assert result.returncode == 0, result.stderr
    page_two = CODE.search(" ".join(PdfReader(out).pages[1].extract_text().split()))
    assert page_two is not None
    good = hat(history, "verify-page", page_two.group())
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("This page matches the register: entries No.")
    first = int(page_two.group().split(":")[3])
    assert first == 11  # page 2 of the section starts at its entry No. 11
    db = history.reg.db
    db.execute("DROP TRIGGER register_entries_no_update")
    db.execute("UPDATE register_entries SET witness_name = 'Someone Else' WHERE seq = ? AND "
               "section_id = ?", (first, history.section.id))
    bad = hat(history, "verify-page", page_two.group())
    assert bad.returncode == 1
    assert bad.stdout.strip() == (f"This page does not match the register: entry No. {first} "
                                  "was altered after it was written.")


@pytest.mark.parametrize(("args", "status", "message"), [
    (["--from", "2026-02-30"], 1, "The --from date must be a date written as YYYY-MM-DD."),
    (["--section", "NOPE"], 1, "There is no register section with the code 'NOPE'."),
    (["--to", "2026-01-01"], 1, "The --to date is before the --from date."),
    (["--format", "xls"], 2, "invalid choice: 'xls'"),
])
def test_bad_arguments_are_refused_in_one_sentence_and_nothing_is_written(
        history, tmp_path, args, status, message):
    out = tmp_path / "refused.csv"
    values = {"--section": "DIAM100", "--from": "2026-02-01", "--to": "2026-03-02",
              "--format": "csv"}
    values.update(dict(zip(args[::2], args[1::2], strict=True)))
    result = hat(history, "export", "register", *[x for kv in values.items() for x in kv],
                 "--output", str(out))
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_an_existing_file_is_kept_unless_overwrite_is_asked(history, tmp_path):
    out = tmp_path / "kept.csv"
    out.write_text("the inspector's own notes\n", encoding="utf-8")
    refused = export(history, out)
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"{out.resolve()} already exists: choose a new file name."
    assert out.read_text(encoding="utf-8") == "the inspector's own notes\n"
    replaced = export(history, out, "csv", "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_text(encoding="utf-8").startswith("number,kind,occurred_at,")


def test_a_page_corrected_since_it_was_printed_is_superseded_with_its_own_status(history,
                                                                                tmp_path):
    from hat_desktop.services import register
    out = tmp_path / "diam100.pdf"
    assert export(history, out, "pdf").returncode == 0
    page_one = CODE.search(" ".join(PdfReader(out).pages[0].extract_text().split()))
    assert page_one is not None
    history.clock.advance(datetime.timedelta(minutes=5))
    first = history.entries[5]
    # The command above ran on the PC's real clock (its audit entry is dated today); the
    # history's injected clock is in March, so the correction is written as if then.
    with back_then(history.reg):
        register.correct(history.reg, history.pharmacist, history.nurse, first.id,
                         "The ampoule count was one too many.", quantity_in=1)
    result = hat(history, "verify-page", page_one.group())
    assert result.returncode == 4, result.stderr
    assert result.stdout.startswith("This page matches the register as it was printed "
                                    "(entries No. 1 to 10 of section DIAM100), but it is "
                                    f"superseded: entry No. {first.number} on it was corrected")
    assert len(result.stdout.strip().splitlines()) == 1


def test_verify_page_refuses_text_that_is_not_a_page_code(history):
    result = hat(history, "verify-page", "not a code")
    assert result.returncode == 1
    assert result.stdout.strip().startswith("That is not a register page code")
