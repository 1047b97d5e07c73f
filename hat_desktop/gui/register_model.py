"""The register table's model: entries of one section and date range, fetched lazily in
pages (canFetchMore / fetchMore) so a 100,000-entry section opens at once and scrolls
smoothly. One row per entry, the Regulation 19 headings, the running balance last;
corrections and late-entry reasons are notes attached to the entry they concern."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hat_desktop.domain.register import Entry, EntryKind, Section
from hat_desktop.domain.register_text import EntryText, entry_text, notes
from hat_desktop.gui.table_model import ROOT, ModelIndex, RowsTableModel
from hat_desktop.palette import NOTE_COLOURS

PAGE = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (heading, the Regulation 19 heading it stands for, how to read the cell)
COLUMNS: tuple[tuple[str, str, Callable[[EntryText], str]], ...] = (
    ("No.", "Entry number (as printed and exported)", lambda t: t.number),
    ("Date and time", "Date received or supplied", lambda t: " ".join(t.date)),
    ("Entry", "What happened (a correction or stock check: what it says)",
     lambda t: "; ".join(t.entry + t.band)),
    ("Obtained from", "Name and address from whom obtained",
     lambda t: "; ".join(t.obtained_from)),
    ("Qty in", "Quantity obtained", lambda t: t.quantity_in),
    ("Supplied to", "Name and address of person or firm supplied",
     lambda t: "; ".join(t.supplied_to)),
    ("Authority", "Details of authority to possess: prescriber and Home Office licence",
     lambda t: "; ".join(t.authority)),
    ("Qty out", "Quantity supplied", lambda t: t.quantity_out),
    ("Collected by", "Person collecting", lambda t: "; ".join(t.collected_by)),
    ("Proof of ID", "Proof of identity requested / provided",
     lambda t: f"{t.id_requested} / {t.id_provided}" if t.id_requested else ""),
    ("Batch", "Batch and expiry", lambda t: t.batch),
    ("Entered by", "Entered by", lambda t: t.entered_by),
    ("Witness", "Witness (a second member of staff, or the authorised witness)",
     lambda t: t.witness),
)
NOTES_COLUMN = len(COLUMNS)
BALANCE_COLUMN = NOTES_COLUMN + 1
HEADERS = [title for title, _, _ in COLUMNS] + ["Notes", "Balance"]
HEADER_TIPS = [tip for _, tip, _ in COLUMNS] + [
    "Corrections attached to the entry, and why a late entry was late",
    "Running balance after the entry"]
NUMBER_COLUMNS = {0, 4, 7, BALANCE_COLUMN}
NOTE_BACKGROUND, CORRECTION_FOREGROUND = (QColor(c) for c in NOTE_COLOURS)

# fetch(offset, limit) -> [(entry, corrections)]
Fetch = Callable[[int, int], list[tuple[Entry, list[Entry]]]]


@dataclass
class _Row:
    entry: Entry
    cells: list[str]
    notes: list[str]


class RegisterModel(RowsTableModel[_Row]):
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = 0
        self._fetch: Fetch | None = None
        self._section: Section | None = None
        self._tz: ZoneInfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ----------------------------------------------------------------------
    def reset(self, section: Section | None, tz: ZoneInfo, total: int,
              fetch: Fetch | None) -> None:
        """Show ``total`` entries of ``section``, read through ``fetch`` as the view needs."""
        self.beginResetModel()
        self.rows = []
        self.total = total if section is not None else 0
        self._fetch = fetch
        self._section = section
        self._tz = tz
        self.endResetModel()
        if self.canFetchMore(ROOT):
            self.fetchMore(ROOT)

    def canFetchMore(self, parent: ModelIndex = ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex = ROOT) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        found = self._fetch(len(self.rows), PAGE)
        if not found:
            self.total = len(self.rows)  # the register changed under us: stop here
            return
        assert self._section is not None and self._tz is not None
        start = len(self.rows)
        self.beginInsertRows(ROOT, start, start + len(found) - 1)
        for entry, corrections in found:
            text = entry_text(entry, self._section, self._tz)
            self.rows.append(_Row(entry, [read(text) for _, _, read in COLUMNS],
                                  notes(entry, corrections, self._section, self._tz)))
        self.endInsertRows()

    def entry(self, row: int) -> Entry | None:
        found = self.row_at(row)
        return found.entry if found is not None else None

    def row_of(self, entry_id: int, *, fetch_up_to: int = 5_000) -> int | None:
        """The row showing ``entry_id``, fetching further pages (up to a limit) to find it."""
        while True:
            found = next((i for i, r in enumerate(self.rows) if r.entry.id == entry_id), None)
            if found is not None or not self.canFetchMore() or len(self.rows) >= fetch_up_to:
                return found
            self.fetchMore()

    # --- Qt ---------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.ToolTipRole:
                return HEADER_TIPS[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NOTES_COLUMN:
                return " | ".join(row.notes)
            if column == BALANCE_COLUMN:
                return str(row.entry.balance)
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(row.notes) or None
        if role == ENTRY_ID_ROLE:
            return row.entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == BALANCE_COLUMN:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and column in (0, NOTES_COLUMN) and row.notes:
            return QBrush(NOTE_BACKGROUND)
        if (role == Qt.ItemDataRole.ForegroundRole and row.entry.kind is EntryKind.CORRECTION):
            return QBrush(CORRECTION_FOREGROUND)
        return None
