# Generated from ui/absence_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AbsenceDialog(object):
    def setupUi(self, AbsenceDialog: QDialog) -> None:
        if not AbsenceDialog.objectName():
            AbsenceDialog.setObjectName(u"AbsenceDialog")
        AbsenceDialog.resize(520, 360)
        self.absenceLayout = QVBoxLayout(AbsenceDialog)
        self.absenceLayout.setObjectName(u"absenceLayout")
        self.introLabel = QLabel(AbsenceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.absenceLayout.addWidget(self.introLabel)

        self.absenceForm = QFormLayout()
        self.absenceForm.setObjectName(u"absenceForm")
        self.reasonLabel = QLabel(AbsenceDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.absenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(AbsenceDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.absenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.firstDayLabel = QLabel(AbsenceDialog)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.absenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstDayLabel)

        self.firstDayEdit = QDateEdit(AbsenceDialog)
        self.firstDayEdit.setObjectName(u"firstDayEdit")
        self.firstDayEdit.setCalendarPopup(True)

        self.absenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstDayEdit)

        self.lastDayCheck = QCheckBox(AbsenceDialog)
        self.lastDayCheck.setObjectName(u"lastDayCheck")

        self.absenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastDayCheck)

        self.lastDayEdit = QDateEdit(AbsenceDialog)
        self.lastDayEdit.setObjectName(u"lastDayEdit")
        self.lastDayEdit.setEnabled(False)
        self.lastDayEdit.setCalendarPopup(True)

        self.absenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastDayEdit)

        self.noteLabel = QLabel(AbsenceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.absenceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(AbsenceDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.absenceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.absenceLayout.addLayout(self.absenceForm)

        self.errorLabel = QLabel(AbsenceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.absenceLayout.addWidget(self.errorLabel)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.absenceLayout.addItem(self.vs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(AbsenceDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AbsenceDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.absenceLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.firstDayLabel.setBuddy(self.firstDayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.firstDayEdit)
        QWidget.setTabOrder(self.firstDayEdit, self.lastDayCheck)
        QWidget.setTabOrder(self.lastDayCheck, self.lastDayEdit)
        QWidget.setTabOrder(self.lastDayEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(AbsenceDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AbsenceDialog)
    # setupUi

    def retranslateUi(self, AbsenceDialog: QDialog) -> None:
        AbsenceDialog.setWindowTitle(QCoreApplication.translate("AbsenceDialog", u"Record an absence", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"What an absence does", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Reason for the absence", None))
#endif // QT_CONFIG(accessibility)
        self.firstDayLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&First day away", None))
        self.firstDayEdit.setDisplayFormat(QCoreApplication.translate("AbsenceDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.firstDayEdit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"First day away", None))
#endif // QT_CONFIG(accessibility)
        self.lastDayCheck.setText(QCoreApplication.translate("AbsenceDialog", u"&Last day away known", None))
#if QT_CONFIG(accessibility)
        self.lastDayCheck.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"The last day away is known", None))
#endif // QT_CONFIG(accessibility)
        self.lastDayEdit.setDisplayFormat(QCoreApplication.translate("AbsenceDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.lastDayEdit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Last day away", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AbsenceDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Note on the absence", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AbsenceDialog", u"Who told us, where the patient is (required for \"other\")", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AbsenceDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AbsenceDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("AbsenceDialog", u"Record &absence", None))
    # retranslateUi
