# Generated from ui/drug_screen_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_DrugScreenDialog(object):
    def setupUi(self, DrugScreenDialog: QDialog) -> None:
        if not DrugScreenDialog.objectName():
            DrugScreenDialog.setObjectName(u"DrugScreenDialog")
        DrugScreenDialog.resize(600, 640)
        self.screenLayout = QVBoxLayout(DrugScreenDialog)
        self.screenLayout.setObjectName(u"screenLayout")
        self.introLabel = QLabel(DrugScreenDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.screenLayout.addWidget(self.introLabel)

        self.screenForm = QFormLayout()
        self.screenForm.setObjectName(u"screenForm")
        self.takenLabel = QLabel(DrugScreenDialog)
        self.takenLabel.setObjectName(u"takenLabel")

        self.screenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.takenLabel)

        self.takenEdit = QDateTimeEdit(DrugScreenDialog)
        self.takenEdit.setObjectName(u"takenEdit")
        self.takenEdit.setCalendarPopup(True)

        self.screenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.takenEdit)

        self.sampleLabel = QLabel(DrugScreenDialog)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.screenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sampleLabel)

        self.sampleCombo = QComboBox(DrugScreenDialog)
        self.sampleCombo.setObjectName(u"sampleCombo")

        self.screenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sampleCombo)

        self.kindLabel = QLabel(DrugScreenDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.screenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DrugScreenDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.screenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.supervisedCheck = QCheckBox(DrugScreenDialog)
        self.supervisedCheck.setObjectName(u"supervisedCheck")
        self.supervisedCheck.setChecked(True)

        self.screenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.supervisedCheck)

        self.outcomeLabel = QLabel(DrugScreenDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.screenForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(DrugScreenDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.screenForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)


        self.screenLayout.addLayout(self.screenForm)

        self.resultsHeading = QLabel(DrugScreenDialog)
        self.resultsHeading.setObjectName(u"resultsHeading")
        self.resultsHeading.setWordWrap(True)

        self.screenLayout.addWidget(self.resultsHeading)

        self.resultsTable = QTableView(DrugScreenDialog)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.screenLayout.addWidget(self.resultsTable)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.negativeButton = QPushButton(DrugScreenDialog)
        self.negativeButton.setObjectName(u"negativeButton")
        self.negativeButton.setAutoDefault(False)

        self.resultButtons.addWidget(self.negativeButton)

        self.positiveButton = QPushButton(DrugScreenDialog)
        self.positiveButton.setObjectName(u"positiveButton")
        self.positiveButton.setAutoDefault(False)

        self.resultButtons.addWidget(self.positiveButton)

        self.notTestedButton = QPushButton(DrugScreenDialog)
        self.notTestedButton.setObjectName(u"notTestedButton")
        self.notTestedButton.setAutoDefault(False)

        self.resultButtons.addWidget(self.notTestedButton)

        self.restNegativeButton = QPushButton(DrugScreenDialog)
        self.restNegativeButton.setObjectName(u"restNegativeButton")
        self.restNegativeButton.setAutoDefault(False)

        self.resultButtons.addWidget(self.restNegativeButton)

        self.rbs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.rbs)


        self.screenLayout.addLayout(self.resultButtons)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(DrugScreenDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DrugScreenDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.screenLayout.addLayout(self.noteForm)

        self.errorLabel = QLabel(DrugScreenDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.screenLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(DrugScreenDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(DrugScreenDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.screenLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.takenLabel.setBuddy(self.takenEdit)
        self.sampleLabel.setBuddy(self.sampleCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.resultsHeading.setBuddy(self.resultsTable)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.takenEdit, self.sampleCombo)
        QWidget.setTabOrder(self.sampleCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.supervisedCheck)
        QWidget.setTabOrder(self.supervisedCheck, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.resultsTable)
        QWidget.setTabOrder(self.resultsTable, self.negativeButton)
        QWidget.setTabOrder(self.negativeButton, self.positiveButton)
        QWidget.setTabOrder(self.positiveButton, self.notTestedButton)
        QWidget.setTabOrder(self.notTestedButton, self.restNegativeButton)
        QWidget.setTabOrder(self.restNegativeButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(DrugScreenDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(DrugScreenDialog)
    # setupUi

    def retranslateUi(self, DrugScreenDialog: QDialog) -> None:
        DrugScreenDialog.setWindowTitle(QCoreApplication.translate("DrugScreenDialog", u"Drug screen", None))
        self.takenLabel.setText(QCoreApplication.translate("DrugScreenDialog", u"Sample &taken", None))
        self.takenEdit.setDisplayFormat(QCoreApplication.translate("DrugScreenDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.takenEdit.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"When the sample was taken", None))
#endif // QT_CONFIG(accessibility)
        self.sampleLabel.setText(QCoreApplication.translate("DrugScreenDialog", u"Sa&mple", None))
#if QT_CONFIG(accessibility)
        self.sampleCombo.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Kind of sample", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DrugScreenDialog", u"&Why", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Scheduled or random screen", None))
#endif // QT_CONFIG(accessibility)
        self.supervisedCheck.setText(QCoreApplication.translate("DrugScreenDialog", u"Collection super&vised", None))
        self.outcomeLabel.setText(QCoreApplication.translate("DrugScreenDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Outcome of the screen", None))
#endif // QT_CONFIG(accessibility)
        self.resultsHeading.setText(QCoreApplication.translate("DrugScreenDialog", u"&Results: select a substance and press N (negative), P (positive) or T (not tested)", None))
#if QT_CONFIG(accessibility)
        self.resultsTable.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Result for each substance", None))
#endif // QT_CONFIG(accessibility)
        self.negativeButton.setText(QCoreApplication.translate("DrugScreenDialog", u"Ne&gative", None))
        self.positiveButton.setText(QCoreApplication.translate("DrugScreenDialog", u"&Positive", None))
        self.notTestedButton.setText(QCoreApplication.translate("DrugScreenDialog", u"Not t&ested", None))
        self.restNegativeButton.setText(QCoreApplication.translate("DrugScreenDialog", u"&All the rest negative", None))
        self.noteLabel.setText(QCoreApplication.translate("DrugScreenDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Note (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DrugScreenDialog", u"optional", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DrugScreenDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("DrugScreenDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("DrugScreenDialog", u"Save the &screen", None))
    # retranslateUi
