# Generated from ui/absence_withdraw_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AbsenceWithdrawDialog(object):
    def setupUi(self, AbsenceWithdrawDialog: QDialog) -> None:
        if not AbsenceWithdrawDialog.objectName():
            AbsenceWithdrawDialog.setObjectName(u"AbsenceWithdrawDialog")
        AbsenceWithdrawDialog.resize(560, 340)
        self.withdrawLayout = QVBoxLayout(AbsenceWithdrawDialog)
        self.withdrawLayout.setObjectName(u"withdrawLayout")
        self.introLabel = QLabel(AbsenceWithdrawDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.withdrawLayout.addWidget(self.introLabel)

        self.withdrawForm = QFormLayout()
        self.withdrawForm.setObjectName(u"withdrawForm")
        self.absenceCaption = QLabel(AbsenceWithdrawDialog)
        self.absenceCaption.setObjectName(u"absenceCaption")

        self.withdrawForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.absenceCaption)

        self.absenceCombo = QComboBox(AbsenceWithdrawDialog)
        self.absenceCombo.setObjectName(u"absenceCombo")
        self.absenceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.absenceCombo.setMinimumContentsLength(30)

        self.withdrawForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.absenceCombo)

        self.noteLabel = QLabel(AbsenceWithdrawDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.withdrawForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(AbsenceWithdrawDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 64))

        self.withdrawForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.withdrawLayout.addLayout(self.withdrawForm)

        self.errorLabel = QLabel(AbsenceWithdrawDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.withdrawLayout.addWidget(self.errorLabel)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.withdrawLayout.addItem(self.vs)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(AbsenceWithdrawDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AbsenceWithdrawDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.withdrawLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.absenceCaption.setBuddy(self.absenceCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.absenceCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(AbsenceWithdrawDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AbsenceWithdrawDialog)
    # setupUi

    def retranslateUi(self, AbsenceWithdrawDialog: QDialog) -> None:
        AbsenceWithdrawDialog.setWindowTitle(QCoreApplication.translate("AbsenceWithdrawDialog", u"Withdraw an absence entered by mistake", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("AbsenceWithdrawDialog", u"What a withdrawal does", None))
#endif // QT_CONFIG(accessibility)
        self.absenceCaption.setText(QCoreApplication.translate("AbsenceWithdrawDialog", u"&Absence", None))
#if QT_CONFIG(accessibility)
        self.absenceCombo.setAccessibleName(QCoreApplication.translate("AbsenceWithdrawDialog", u"The absence entered by mistake", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AbsenceWithdrawDialog", u"W&hy", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AbsenceWithdrawDialog", u"Why the absence was entered by mistake", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AbsenceWithdrawDialog", u"Entered for the wrong patient, wrong dates\u2026", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AbsenceWithdrawDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AbsenceWithdrawDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("AbsenceWithdrawDialog", u"&Withdraw (witnessed)\u2026", None))
    # retranslateUi
