# Generated from ui/absence_return_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AbsenceReturnDialog(object):
    def setupUi(self, AbsenceReturnDialog: QDialog) -> None:
        if not AbsenceReturnDialog.objectName():
            AbsenceReturnDialog.setObjectName(u"AbsenceReturnDialog")
        AbsenceReturnDialog.resize(520, 320)
        self.returnLayout = QVBoxLayout(AbsenceReturnDialog)
        self.returnLayout.setObjectName(u"returnLayout")
        self.absenceLabel = QLabel(AbsenceReturnDialog)
        self.absenceLabel.setObjectName(u"absenceLabel")
        self.absenceLabel.setWordWrap(True)

        self.returnLayout.addWidget(self.absenceLabel)

        self.returnForm = QFormLayout()
        self.returnForm.setObjectName(u"returnForm")
        self.lastDayLabel = QLabel(AbsenceReturnDialog)
        self.lastDayLabel.setObjectName(u"lastDayLabel")

        self.returnForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastDayLabel)

        self.lastDayEdit = QDateEdit(AbsenceReturnDialog)
        self.lastDayEdit.setObjectName(u"lastDayEdit")
        self.lastDayEdit.setCalendarPopup(True)

        self.returnForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastDayEdit)

        self.noteLabel = QLabel(AbsenceReturnDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.returnForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(AbsenceReturnDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.returnForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.returnLayout.addLayout(self.returnForm)

        self.hintLabel = QLabel(AbsenceReturnDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.returnLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(AbsenceReturnDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.returnLayout.addWidget(self.errorLabel)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.returnLayout.addItem(self.vs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(AbsenceReturnDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AbsenceReturnDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.returnLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.lastDayLabel.setBuddy(self.lastDayEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lastDayEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(AbsenceReturnDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AbsenceReturnDialog)
    # setupUi

    def retranslateUi(self, AbsenceReturnDialog: QDialog) -> None:
        AbsenceReturnDialog.setWindowTitle(QCoreApplication.translate("AbsenceReturnDialog", u"Record the return", None))
#if QT_CONFIG(accessibility)
        self.absenceLabel.setAccessibleName(QCoreApplication.translate("AbsenceReturnDialog", u"The absence that ends", None))
#endif // QT_CONFIG(accessibility)
        self.lastDayLabel.setText(QCoreApplication.translate("AbsenceReturnDialog", u"&Last day away", None))
        self.lastDayEdit.setDisplayFormat(QCoreApplication.translate("AbsenceReturnDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.lastDayEdit.setAccessibleName(QCoreApplication.translate("AbsenceReturnDialog", u"Last day away", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AbsenceReturnDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AbsenceReturnDialog", u"Note on the return", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AbsenceReturnDialog", u"Released, discharged from hospital\u2026 (optional)", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("AbsenceReturnDialog", u"What happens after the return", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AbsenceReturnDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AbsenceReturnDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("AbsenceReturnDialog", u"Record the &return", None))
    # retranslateUi
