"""The evaluator's extract and its linkage file (managers only, audited, private files).

The extract is a new folder of CSV files — episodes, reviews, attendance and doses, drug
screens and their results, partner-agency contacts — and a
data dictionary documenting every column (domain.evaluation_extract), every patient under
their pseudonym. The linkage file (pseudonym, clinic number, NHS number) is a separate file,
never inside an extract folder, for the clinic to hand over under a data-sharing agreement.
"""

import logging
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from hat_desktop.domain.accounts import User
from hat_desktop.domain.audit import AuditAction
from hat_desktop.domain.dates import DateRange
from hat_desktop.domain.episodes import Episode
from hat_desktop.domain.errors import InvalidInput, Refused
from hat_desktop.domain.evaluation_extract import (
    ATTENDANCE,
    CONTACTS,
    DICTIONARY,
    DICTIONARY_HEADER,
    EPISODES,
    FILES,
    REVIEWS,
    SCREEN_RESULTS,
    SCREENS,
    ExtractFile,
    attendance_row,
    contact_row,
    dictionary_rows,
    episode_row,
    in_period,
    review_row,
    screen_rows,
)
from hat_desktop.domain.patients import Patient
from hat_desktop.domain.pseudonyms import age_band, pseudonym
from hat_desktop.domain.roles import Action
from hat_desktop.reports.csv_cells import Provenance, csv_bytes
from hat_desktop.services import attendance_export
from hat_desktop.services.exports import check_output, provenance
from hat_desktop.services.open_register import OpenRegister
from hat_desktop.services.permissions import require
from hat_desktop.store import agency_contacts as contacts_store
from hat_desktop.store import outcomes as outcomes_store
from hat_desktop.store import patients as patients_store
from hat_desktop.store import prescriptions as rx_store
from hat_desktop.store import screens as screens_store
from hat_desktop.store.files import write_private_file

log = logging.getLogger(__name__)


def folder_name(first: date, last: date) -> str:
    return f"hat-evaluation-extract-{first.isoformat()}-to-{last.isoformat()}"


def check_folder(reg: OpenRegister, output: Path) -> Path:
    """Where an extract may go: a new folder (or an empty one) in an existing folder,
    outside the register's data folder."""
    try:
        str(output).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("The folder name is not valid text: choose a name made of "
                           "ordinary letters and digits.") from None
    target = output.expanduser().resolve()
    if target.is_relative_to(reg.data_dir):
        raise InvalidInput("Save the extract outside the register's data folder.")
    if target.exists() and not target.is_dir():
        raise InvalidInput(f"{target} is a file: give the name of a new folder.")
    if target.is_dir() and any(target.iterdir()):
        raise InvalidInput(f"The folder {target} is not empty: choose a new folder.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    return target


def _span(first: date, last: date) -> DateRange:
    return DateRange.checked(first, last, what="The evaluation extract")


def pseudonyms(reg: OpenRegister, people: Iterable[Patient]) -> dict[int, str]:
    """Each patient's pseudonym by patient id (the extract's, the evaluation's labels)."""
    secret = outcomes_store.pseudonym_secret(reg.db)
    return {p.id: pseudonym(secret, p.clinic_number) for p in people}


def _episodes_in(reg: OpenRegister, span: DateRange) -> dict[int, list[Episode]]:
    return {pid: [e for e in found if in_period(e, span)]
            for pid, found in outcomes_store.episodes(reg.db).items()}


def files(reg: OpenRegister, actor: User, first: date, last: date
          ) -> tuple[dict[str, bytes], int]:
    """The extract's files by name, and how many data rows they hold (nothing written)."""
    require(reg, actor, Action.EXPORT_EVALUATION)
    span = _span(first, last)
    people = {p.id: p for p in patients_store.all_patients(reg.db)}
    names = pseudonyms(reg, people.values())
    episodes = outcomes_store.episodes(reg.db)
    by_id = {e.id: e for found in episodes.values() for e in found}
    episode_rows = [
        episode_row(names[pid], age_band(people[pid].date_of_birth, e.start_date), e, last)
        for pid, found in episodes.items() for e in found if in_period(e, span)]
    review_rows = [
        review_row(names[pid], by_id[r.episode_id], r)
        for pid, found in outcomes_store.reviews(reg.db).items() for r in found
        if r.review_date in span]
    attendance_rows = _attendance(reg, actor, span, people, names)
    screen_rows_, result_rows = [], []
    for n, screen in enumerate(screens_store.screens(reg.db, first=span.first, last=span.last),
                               start=1):
        row, results = screen_rows(names[screen.patient_id], n, screen)
        screen_rows_.append(row)
        result_rows.extend(results)
    contact_rows = [contact_row(names[c.patient_id], c) for c in contacts_store.contacts(
        reg.db, first=span.first, last=span.last)]
    stamp = provenance(reg, span.first, span.last)
    out = {
        EPISODES.name: _table(EPISODES, sorted(episode_rows, key=lambda r: (r[0], int(r[1]))),
                              stamp),
        REVIEWS.name: _table(REVIEWS, sorted(review_rows, key=lambda r: (r[0], r[3])), stamp),
        ATTENDANCE.name: _table(ATTENDANCE, attendance_rows, stamp),
        SCREENS.name: _table(SCREENS, screen_rows_, stamp),
        SCREEN_RESULTS.name: _table(SCREEN_RESULTS, result_rows, stamp),
        CONTACTS.name: _table(CONTACTS, contact_rows, stamp),
        DICTIONARY: csv_bytes(DICTIONARY_HEADER, dictionary_rows(FILES), stamp),
    }
    return out, (len(episode_rows) + len(review_rows) + len(attendance_rows)
                 + len(screen_rows_) + len(result_rows) + len(contact_rows))


def _table(spec: ExtractFile, rows: list[list[str]], stamp: Provenance) -> bytes:
    return csv_bytes([c.name for c in spec.columns], rows, stamp)


def _attendance(reg: OpenRegister, actor: User, span: DateRange, people: dict[int, Patient],
                names: dict[int, str]) -> list[list[str]]:
    by_number = {p.clinic_number: pid for pid, p in people.items()}
    rows: list[list[str]] = []
    prescribed = [rx.start_date for found in rx_store.versions(reg.db, list(people)).values()
                  for rx in found]
    if not prescribed:
        return rows
    start = max(span.first, min(prescribed))  # no session is due before a prescription
    if start > span.last:
        return rows
    for row in attendance_export.iter_rows(reg, actor, start, span.last):
        pid = by_number[row.clinic_number]
        # each row its own waste: a line's ampoules, a top-up's (never the session's
        # whole waste again on each line's row)
        rows.append(attendance_row(names[pid], row))
    return rows


def export_extract(reg: OpenRegister, actor: User, first: date, last: date, output: Path
                   ) -> tuple[Path, int]:
    """Write the extract into the new folder ``output``: (the folder, rows written)."""
    require(reg, actor, Action.EXPORT_EVALUATION)
    span = _span(first, last)
    folder = check_folder(reg, output)
    written, rows = files(reg, actor, span.first, span.last)
    with reg.db.transaction():
        reg.audit(actor, AuditAction.EVALUATION_EXTRACT, "evaluation-extract",
                  path=str(folder), first=span.first.isoformat(), last=span.last.isoformat(),
                  files=sorted(written), rows=rows)
        _write_folder(folder, written)
    log.info("evaluation extract written (%d files, %d rows)", len(written), rows)
    return folder, rows


def _write_folder(folder: Path, written: dict[str, bytes]) -> None:
    """Every file, or none: a failure removes what was written (and the folder, if made
    here) and says why."""
    made = not folder.exists()
    done: list[Path] = []
    try:
        if made:
            os.mkdir(folder, 0o700)
        for name, data in written.items():
            write_private_file(folder / name, data)
            done.append(folder / name)
    except OSError as exc:
        for path in done:
            path.unlink(missing_ok=True)
        if made:
            try:
                folder.rmdir()
            except OSError:
                log.warning("could not remove the unfinished extract folder")
        raise Refused(f"The extract could not be written to {folder} "
                      f"({exc.strerror or exc}); nothing was kept.") from None


# --- the linkage file -------------------------------------------------------------------
LINKAGE_HEADER = ("pseudonym", "clinic_number", "nhs_number")


def linkage_rows(reg: OpenRegister, actor: User, first: date, last: date
                 ) -> list[tuple[str, str, str]]:
    """Pseudonym, clinic number and NHS number of each patient with an episode open in the
    period (the patients of the extract for that period)."""
    require(reg, actor, Action.EXPORT_EVALUATION)
    span = _span(first, last)
    people = {p.id: p for p in patients_store.all_patients(reg.db)}
    names = pseudonyms(reg, people.values())
    chosen = [pid for pid, found in _episodes_in(reg, span).items() if found]
    return sorted((names[pid], people[pid].clinic_number, people[pid].nhs_number or "")
                  for pid in chosen)


def export_linkage(reg: OpenRegister, actor: User, first: date, last: date, output: Path
                   ) -> tuple[Path, int]:
    """Write the linkage file (never inside an extract folder); audited, private."""
    require(reg, actor, Action.EXPORT_EVALUATION)
    target = check_output(reg, output)
    if (target.parent / DICTIONARY).exists():
        raise InvalidInput("The linkage file never goes inside an evaluation extract: save "
                           "it in another folder, to hand over separately.")
    rows = linkage_rows(reg, actor, first, last)
    data = csv_bytes(LINKAGE_HEADER, rows, provenance(reg, first, last))
    with reg.db.transaction():
        reg.audit(actor, AuditAction.LINKAGE_FILE, "evaluation-linkage", path=str(target),
                  first=first.isoformat(), last=last.isoformat(), patients=len(rows))
        try:
            write_private_file(target, data)
        except OSError as exc:
            raise Refused(f"{target} could not be written ({exc.strerror or exc}).") from None
    return target, len(rows)
