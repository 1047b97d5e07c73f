"""The check-in screen's rows for the other prescription lines due this session (the first
line is the dose form itself): for each, give it or withhold it with the reason, the mg,
and the injection site and ampoules (an injection) or who collected it (a take-home
supply). The rows only gather what was typed; every rule is the dosing service's."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hat_desktop.domain.dosing import LessReason, WithholdReason
from hat_desktop.domain.prescriptions import PrescriptionLine
from hat_desktop.domain.register import Section
from hat_desktop.gui import check_in_text as words
from hat_desktop.services.dosing import LineDose


def ampoule_spin(form: QFormLayout, parent: QWidget, row: int, section: Section,
                 width: int) -> QSpinBox:
    """The dose form's count of a section's ampoules opened, inserted at ``row`` with its
    label (the check-in screen's first line and the top-up screen)."""
    spin = QSpinBox(parent)
    spin.setRange(0, 20)
    spin.setMaximumWidth(width)
    spin.setObjectName(f"opened{section.code}")
    name = f"{section.strength} {section.unit}s opened ({section.code})"
    spin.setAccessibleName(name)
    label = QLabel(name[0].upper() + name[1:], parent)
    label.setBuddy(spin)
    form.insertRow(row, label, spin)
    return spin


def site_combo(parent: QWidget, sites: tuple[str, ...], name: str, offered: str = ""
               ) -> QComboBox:
    """The clinic's injection sites, the rotation's offer chosen (domain suggest_site), or
    none: the nurse confirms or chooses."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    fill_sites(combo, sites)
    if offered:
        combo.setCurrentIndex(combo.findText(offered))
    return combo


def fill_sites(combo: QComboBox, sites: tuple[str, ...]) -> None:
    """Typed with completion (a plain combo opens its list on Space); the service refuses a
    site that is not on the clinic's list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(sites))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    edit = combo.lineEdit()
    if edit is not None:
        edit.setPlaceholderText("Type or choose the site")
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)


def site_text(combo: QComboBox) -> str:
    return combo.currentText().strip()


class LineRow:
    """The widgets of one line, added to ``form``."""

    def __init__(self, form: QFormLayout, parent: QWidget, line: PrescriptionLine, session: int,
                 sections: tuple[Section, ...], sites: tuple[str, ...], offered: str = ""
                 ) -> None:
        self.line = line
        self.prescribed = line.dose_for(session) or 0
        n = line.position
        heading = QLabel(words.due_text(line, session), parent)
        heading.setWordWrap(True)
        heading.setObjectName(f"line{n}Heading")
        form.addRow(heading)
        self.choice = QComboBox(parent)
        self.choice.setObjectName(f"line{n}Choice")
        self.choice.addItem("Given" if not line.take_home else "Supplied to take home", "")
        for why in WithholdReason:
            self.choice.addItem(f"Withheld: {why.label}", why.value)
        self._row(form, parent, f"Line {n}: given or withheld", self.choice)
        self.mg = QSpinBox(parent)
        self.mg.setObjectName(f"line{n}Mg")
        self.mg.setRange(0, 10_000)
        self.mg.setSuffix(" mg")
        self.mg.setValue(self.prescribed)
        self._row(form, parent, f"Line {n}: mg", self.mg)
        self.less = QComboBox(parent)
        self.less.setObjectName(f"line{n}Less")
        self.less.setPlaceholderText("Choose the reason")
        for less in LessReason:
            self.less.addItem(less.label, less.value)
        self.less.setCurrentIndex(-1)
        self._row(form, parent, f"Line {n}: lower dose reason", self.less)
        self.spins: list[tuple[Section, QSpinBox]] = []
        self.site: QComboBox | None = None
        self.collected: QLineEdit | None = None
        if line.route.injected:
            for section in sections:
                spin = QSpinBox(parent)
                spin.setRange(0, 20)
                spin.setObjectName(f"line{n}Opened{section.code}")
                self._row(form, parent, f"Line {n}: {section.strength} {section.unit}s opened "
                          f"({section.code})", spin)
                self.spins.append((section, spin))
            self.site = site_combo(parent, sites, f"line{n}Site", offered)
            self._row(form, parent, f"Line {n}: injection site", self.site)
        if line.take_home:
            self.collected = QLineEdit(parent)
            self.collected.setObjectName(f"line{n}Collected")
            self.collected.setMaxLength(200)
            self.collected.setPlaceholderText("Blank: the patient, in person")
            self._row(form, parent, f"Line {n}: collected by", self.collected)
        self.note = QLineEdit(parent)
        self.note.setObjectName(f"line{n}Note")
        self.note.setMaxLength(300)
        self._row(form, parent, f"Line {n}: why withheld (note)", self.note)
        self.form = form
        self.choice.currentIndexChanged.connect(self.refresh)
        self.mg.valueChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _row(form: QFormLayout, parent: QWidget, text: str, field: QWidget) -> None:
        label = QLabel(text, parent)
        label.setBuddy(field)
        field.setAccessibleName(text)
        form.addRow(label, field)

    @property
    def given(self) -> bool:
        return not self.choice.currentData()

    def widgets(self) -> list[QWidget]:
        """In Tab order."""
        found: list[QWidget] = [self.choice, self.mg, self.less]
        found += [spin for _, spin in self.spins]
        found += [w for w in (self.site, self.collected) if w is not None]
        return [*found, self.note]

    def refresh(self) -> None:
        given = self.given
        for widget in [self.mg, *[s for _, s in self.spins], self.site, self.collected]:
            if widget is not None:
                self.form.setRowVisible(widget, given)
        self.form.setRowVisible(self.less, given and 0 < self.mg.value() < self.prescribed)
        self.form.setRowVisible(self.note, not given)

    def dose(self) -> LineDose:
        less = self.less.currentData() if self.less.currentIndex() >= 0 else None
        return LineDose(
            line=self.line.position, mg=self.mg.value() if self.given else "",
            opened=[(s.id, spin.value()) for s, spin in self.spins],
            site=site_text(self.site) if self.site else "",
            less_reason=LessReason(less) if less else None,
            withheld=self.choice.currentData() or None, withheld_note=self.note.text(),
            collected_by=self.collected.text() if self.collected else "")

    def summary(self) -> str:
        """What the witness signs for, for this line."""
        line = self.line
        if not self.given:
            return f"Line {line.position} ({line.drug}): withheld ({self.choice.currentText()})."
        if line.take_home:
            who = (self.collected.text().strip() if self.collected else "") or "the patient"
            return (f"Line {line.position}: {self.mg.value()} mg {line.drug} supplied to take "
                    f"home, collected by {who}.")
        where = f" (site: {site_text(self.site)})" if self.site and site_text(self.site) else ""
        return f"Line {line.position}: {self.mg.value()} mg {line.drug} {line.route.short}{where}."
