# Generated from ui/discrepancy_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_DiscrepancyDialog(object):
    def setupUi(self, DiscrepancyDialog: QDialog) -> None:
        if not DiscrepancyDialog.objectName():
            DiscrepancyDialog.setObjectName(u"DiscrepancyDialog")
        DiscrepancyDialog.resize(1000, 660)
        self.mainLayout = QVBoxLayout(DiscrepancyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(DiscrepancyDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.factsLabel = QLabel(DiscrepancyDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.factsLabel)

        self.statusLabel = QLabel(DiscrepancyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.evidenceTabs = QTabWidget(DiscrepancyDialog)
        self.evidenceTabs.setObjectName(u"evidenceTabs")
        self.dayTab = QWidget()
        self.dayTab.setObjectName(u"dayTab")
        self.dayTabLayout = QVBoxLayout(self.dayTab)
        self.dayTabLayout.setObjectName(u"dayTabLayout")
        self.dayTabLayout.setContentsMargins(11, 11, 11, 11)
        self.dayTable = QTableView(self.dayTab)
        self.dayTable.setObjectName(u"dayTable")
        self.dayTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dayTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dayTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dayTable.setWordWrap(True)
        self.dayTable.setAlternatingRowColors(True)

        self.dayTabLayout.addWidget(self.dayTable)

        self.evidenceTabs.addTab(self.dayTab, "")
        self.lateTab = QWidget()
        self.lateTab.setObjectName(u"lateTab")
        self.lateTabLayout = QVBoxLayout(self.lateTab)
        self.lateTabLayout.setObjectName(u"lateTabLayout")
        self.lateTabLayout.setContentsMargins(11, 11, 11, 11)
        self.lateTable = QTableView(self.lateTab)
        self.lateTable.setObjectName(u"lateTable")
        self.lateTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lateTable.setWordWrap(True)
        self.lateTable.setAlternatingRowColors(True)

        self.lateTabLayout.addWidget(self.lateTable)

        self.evidenceTabs.addTab(self.lateTab, "")
        self.correctionsTab = QWidget()
        self.correctionsTab.setObjectName(u"correctionsTab")
        self.correctionsTabLayout = QVBoxLayout(self.correctionsTab)
        self.correctionsTabLayout.setObjectName(u"correctionsTabLayout")
        self.correctionsTabLayout.setContentsMargins(11, 11, 11, 11)
        self.correctionsTable = QTableView(self.correctionsTab)
        self.correctionsTable.setObjectName(u"correctionsTable")
        self.correctionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.correctionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.correctionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.correctionsTable.setWordWrap(True)
        self.correctionsTable.setAlternatingRowColors(True)

        self.correctionsTabLayout.addWidget(self.correctionsTable)

        self.evidenceTabs.addTab(self.correctionsTab, "")
        self.neighboursTab = QWidget()
        self.neighboursTab.setObjectName(u"neighboursTab")
        self.neighboursTabLayout = QVBoxLayout(self.neighboursTab)
        self.neighboursTabLayout.setObjectName(u"neighboursTabLayout")
        self.neighboursTabLayout.setContentsMargins(11, 11, 11, 11)
        self.neighboursTable = QTableView(self.neighboursTab)
        self.neighboursTable.setObjectName(u"neighboursTable")
        self.neighboursTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.neighboursTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.neighboursTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.neighboursTable.setWordWrap(True)
        self.neighboursTable.setAlternatingRowColors(True)

        self.neighboursTabLayout.addWidget(self.neighboursTable)

        self.evidenceTabs.addTab(self.neighboursTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesTabLayout.setContentsMargins(11, 11, 11, 11)
        self.notesList = QListView(self.notesTab)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesList.setWordWrap(True)

        self.notesTabLayout.addWidget(self.notesList)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(self.notesTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.notesTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(1000)

        self.noteRow.addWidget(self.noteEdit)

        self.addNoteButton = QPushButton(self.notesTab)
        self.addNoteButton.setObjectName(u"addNoteButton")
        self.addNoteButton.setAutoDefault(False)

        self.noteRow.addWidget(self.addNoteButton)


        self.notesTabLayout.addLayout(self.noteRow)

        self.evidenceTabs.addTab(self.notesTab, "")

        self.mainLayout.addWidget(self.evidenceTabs)

        self.resolveNote = QLabel(DiscrepancyDialog)
        self.resolveNote.setObjectName(u"resolveNote")
        self.resolveNote.setWordWrap(True)

        self.mainLayout.addWidget(self.resolveNote)

        self.resolutionRow = QHBoxLayout()
        self.resolutionRow.setObjectName(u"resolutionRow")
        self.explainedGroup = QGroupBox(DiscrepancyDialog)
        self.explainedGroup.setObjectName(u"explainedGroup")
        self.explainedLayout = QVBoxLayout(self.explainedGroup)
        self.explainedLayout.setObjectName(u"explainedLayout")
        self.explainedIntro = QLabel(self.explainedGroup)
        self.explainedIntro.setObjectName(u"explainedIntro")
        self.explainedIntro.setWordWrap(True)

        self.explainedLayout.addWidget(self.explainedIntro)

        self.explainedForm = QFormLayout()
        self.explainedForm.setObjectName(u"explainedForm")
        self.entryLabel = QLabel(self.explainedGroup)
        self.entryLabel.setObjectName(u"entryLabel")

        self.explainedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryCombo = QComboBox(self.explainedGroup)
        self.entryCombo.setObjectName(u"entryCombo")

        self.explainedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryCombo)

        self.explanationLabel = QLabel(self.explainedGroup)
        self.explanationLabel.setObjectName(u"explanationLabel")

        self.explainedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.explanationLabel)

        self.explanationEdit = QPlainTextEdit(self.explainedGroup)
        self.explanationEdit.setObjectName(u"explanationEdit")
        self.explanationEdit.setMaximumSize(QSize(16777215, 70))
        self.explanationEdit.setTabChangesFocus(True)

        self.explainedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.explanationEdit)

        self.directionLabel = QLabel(self.explainedGroup)
        self.directionLabel.setObjectName(u"directionLabel")

        self.explainedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(self.explainedGroup)
        self.directionCombo.setObjectName(u"directionCombo")

        self.explainedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.quantityLabel = QLabel(self.explainedGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.explainedForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(self.explainedGroup)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaxLength(7)

        self.explainedForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.batchLabel = QLabel(self.explainedGroup)
        self.batchLabel.setObjectName(u"batchLabel")

        self.explainedForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchCombo = QComboBox(self.explainedGroup)
        self.batchCombo.setObjectName(u"batchCombo")

        self.explainedForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.batchCombo)


        self.explainedLayout.addLayout(self.explainedForm)

        self.explainButton = QPushButton(self.explainedGroup)
        self.explainButton.setObjectName(u"explainButton")
        self.explainButton.setAutoDefault(False)

        self.explainedLayout.addWidget(self.explainButton)


        self.resolutionRow.addWidget(self.explainedGroup)

        self.unexplainedGroup = QGroupBox(DiscrepancyDialog)
        self.unexplainedGroup.setObjectName(u"unexplainedGroup")
        self.unexplainedLayout = QVBoxLayout(self.unexplainedGroup)
        self.unexplainedLayout.setObjectName(u"unexplainedLayout")
        self.unexplainedIntro = QLabel(self.unexplainedGroup)
        self.unexplainedIntro.setObjectName(u"unexplainedIntro")
        self.unexplainedIntro.setWordWrap(True)

        self.unexplainedLayout.addWidget(self.unexplainedIntro)

        self.unexplainedForm = QFormLayout()
        self.unexplainedForm.setObjectName(u"unexplainedForm")
        self.searchedLabel = QLabel(self.unexplainedGroup)
        self.searchedLabel.setObjectName(u"searchedLabel")

        self.unexplainedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchedLabel)

        self.searchedEdit = QPlainTextEdit(self.unexplainedGroup)
        self.searchedEdit.setObjectName(u"searchedEdit")
        self.searchedEdit.setMaximumSize(QSize(16777215, 70))
        self.searchedEdit.setTabChangesFocus(True)

        self.unexplainedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.searchedEdit)

        self.reportedToLabel = QLabel(self.unexplainedGroup)
        self.reportedToLabel.setObjectName(u"reportedToLabel")

        self.unexplainedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportedToLabel)

        self.reportedToEdit = QLineEdit(self.unexplainedGroup)
        self.reportedToEdit.setObjectName(u"reportedToEdit")
        self.reportedToEdit.setMaxLength(100)

        self.unexplainedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportedToEdit)

        self.reportedAtLabel = QLabel(self.unexplainedGroup)
        self.reportedAtLabel.setObjectName(u"reportedAtLabel")

        self.unexplainedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportedAtLabel)

        self.reportedAtEdit = QDateEdit(self.unexplainedGroup)
        self.reportedAtEdit.setObjectName(u"reportedAtEdit")
        self.reportedAtEdit.setCalendarPopup(True)

        self.unexplainedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reportedAtEdit)

        self.referenceLabel = QLabel(self.unexplainedGroup)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.unexplainedForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.unexplainedGroup)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(60)

        self.unexplainedForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.unexplainedLayout.addLayout(self.unexplainedForm)

        self.unexplainedButton = QPushButton(self.unexplainedGroup)
        self.unexplainedButton.setObjectName(u"unexplainedButton")
        self.unexplainedButton.setAutoDefault(False)

        self.unexplainedLayout.addWidget(self.unexplainedButton)


        self.resolutionRow.addWidget(self.unexplainedGroup)

        self.resolutionRow.setStretch(0, 1)
        self.resolutionRow.setStretch(1, 1)

        self.mainLayout.addLayout(self.resolutionRow)

        self.errorLabel = QLabel(DiscrepancyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DiscrepancyDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.entryLabel.setBuddy(self.entryCombo)
        self.explanationLabel.setBuddy(self.explanationEdit)
        self.directionLabel.setBuddy(self.directionCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.batchLabel.setBuddy(self.batchCombo)
        self.searchedLabel.setBuddy(self.searchedEdit)
        self.reportedToLabel.setBuddy(self.reportedToEdit)
        self.reportedAtLabel.setBuddy(self.reportedAtEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.evidenceTabs, self.entryCombo)
        QWidget.setTabOrder(self.entryCombo, self.explanationEdit)
        QWidget.setTabOrder(self.explanationEdit, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.batchCombo)
        QWidget.setTabOrder(self.batchCombo, self.explainButton)
        QWidget.setTabOrder(self.explainButton, self.searchedEdit)
        QWidget.setTabOrder(self.searchedEdit, self.reportedToEdit)
        QWidget.setTabOrder(self.reportedToEdit, self.reportedAtEdit)
        QWidget.setTabOrder(self.reportedAtEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.unexplainedButton)
        QWidget.setTabOrder(self.unexplainedButton, self.closeButton)

        self.retranslateUi(DiscrepancyDialog)

        QMetaObject.connectSlotsByName(DiscrepancyDialog)
    # setupUi

    def retranslateUi(self, DiscrepancyDialog: QDialog) -> None:
        DiscrepancyDialog.setWindowTitle(QCoreApplication.translate("DiscrepancyDialog", u"Stock discrepancy", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.factsLabel.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"The discrepancy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Status of the discrepancy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.evidenceTabs.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"What the register shows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayTable.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"The section's entries dated that day", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceTabs.setTabText(self.evidenceTabs.indexOf(self.dayTab), QCoreApplication.translate("DiscrepancyDialog", u"The day's entries", None))
#if QT_CONFIG(accessibility)
        self.lateTable.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Entries dated that day but made later, or with a late reason", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceTabs.setTabText(self.evidenceTabs.indexOf(self.lateTab), QCoreApplication.translate("DiscrepancyDialog", u"Late entries", None))
#if QT_CONFIG(accessibility)
        self.correctionsTable.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"The section's corrections in the week before", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceTabs.setTabText(self.evidenceTabs.indexOf(self.correctionsTab), QCoreApplication.translate("DiscrepancyDialog", u"Corrections (7 days)", None))
#if QT_CONFIG(accessibility)
        self.neighboursTable.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Other sections' entries that day: an entry on the wrong page?", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceTabs.setTabText(self.evidenceTabs.indexOf(self.neighboursTab), QCoreApplication.translate("DiscrepancyDialog", u"Other sections that day", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Investigation notes", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"New investigation note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DiscrepancyDialog", u"What was checked, and what was found", None))
        self.addNoteButton.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Add note", None))
        self.evidenceTabs.setTabText(self.evidenceTabs.indexOf(self.notesTab), QCoreApplication.translate("DiscrepancyDialog", u"Notes", None))
        self.resolveNote.setText(QCoreApplication.translate("DiscrepancyDialog", u"A discrepancy is never deleted or dismissed: it is resolved in one of these two ways, and stays open until then.", None))
        self.explainedGroup.setTitle(QCoreApplication.translate("DiscrepancyDialog", u"Explained", None))
        self.explainedIntro.setText(QCoreApplication.translate("DiscrepancyDialog", u"The cause was found: a correction against the entry at fault, witnessed, puts the register right.", None))
        self.entryLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Entry at fault:", None))
#if QT_CONFIG(accessibility)
        self.entryCombo.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"The entry at fault, in the day's entries", None))
#endif // QT_CONFIG(accessibility)
        self.explanationLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"Ex&planation:", None))
#if QT_CONFIG(accessibility)
        self.explanationEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Explanation of the discrepancy", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Correction:", None))
#if QT_CONFIG(accessibility)
        self.directionCombo.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"What the correction does to the balance", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Quantity:", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Compensating quantity, in the register unit", None))
#endif // QT_CONFIG(accessibility)
        self.batchLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Batch:", None))
#if QT_CONFIG(accessibility)
        self.batchCombo.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"The batch the compensating quantity moves in", None))
#endif // QT_CONFIG(accessibility)
        self.explainButton.setText(QCoreApplication.translate("DiscrepancyDialog", u"Record as e&xplained with a witness\u2026", None))
#if QT_CONFIG(tooltip)
        self.explainButton.setToolTip(QCoreApplication.translate("DiscrepancyDialog", u"A second member of staff witnesses the correction entry", None))
#endif // QT_CONFIG(tooltip)
        self.unexplainedGroup.setTitle(QCoreApplication.translate("DiscrepancyDialog", u"Unexplained", None))
        self.unexplainedIntro.setText(QCoreApplication.translate("DiscrepancyDialog", u"The cause was not found: it was reported to the CD Accountable Officer.", None))
        self.searchedLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Searched:", None))
#if QT_CONFIG(accessibility)
        self.searchedEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"What was searched and found", None))
#endif // QT_CONFIG(accessibility)
        self.reportedToLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Reported to:", None))
#if QT_CONFIG(accessibility)
        self.reportedToEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Name of the CD Accountable Officer it was reported to", None))
#endif // QT_CONFIG(accessibility)
        self.reportedAtLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"&Date reported:", None))
#if QT_CONFIG(accessibility)
        self.reportedAtEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Date it was reported", None))
#endif // QT_CONFIG(accessibility)
        self.reportedAtEdit.setDisplayFormat(QCoreApplication.translate("DiscrepancyDialog", u"ddd dd/MM/yyyy", None))
        self.referenceLabel.setText(QCoreApplication.translate("DiscrepancyDialog", u"Re&ference:", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Report reference", None))
#endif // QT_CONFIG(accessibility)
        self.unexplainedButton.setText(QCoreApplication.translate("DiscrepancyDialog", u"Record as &unexplained (reported)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DiscrepancyDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("DiscrepancyDialog", u"Close", None))
    # retranslateUi
