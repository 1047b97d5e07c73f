# Generated from ui/hold_review_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_HoldReviewDialog(object):
    def setupUi(self, HoldReviewDialog: QDialog) -> None:
        if not HoldReviewDialog.objectName():
            HoldReviewDialog.setObjectName(u"HoldReviewDialog")
        HoldReviewDialog.resize(720, 660)
        self.reviewLayout = QVBoxLayout(HoldReviewDialog)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.holdLabel = QLabel(HoldReviewDialog)
        self.holdLabel.setObjectName(u"holdLabel")
        self.holdLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.holdLabel)

        self.introLabel = QLabel(HoldReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.introLabel)

        self.reviewForm = QFormLayout()
        self.reviewForm.setObjectName(u"reviewForm")
        self.decisionLabel = QLabel(HoldReviewDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(HoldReviewDialog)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.reviewNotesLabel = QLabel(HoldReviewDialog)
        self.reviewNotesLabel.setObjectName(u"reviewNotesLabel")

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewNotesLabel)

        self.notesEdit = QPlainTextEdit(HoldReviewDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 64))

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.reviewLayout.addLayout(self.reviewForm)

        self.fieldsArea = QGroupBox(HoldReviewDialog)
        self.fieldsArea.setObjectName(u"fieldsArea")
        self.fieldsAreaLayout = QVBoxLayout(self.fieldsArea)
        self.fieldsAreaLayout.setObjectName(u"fieldsAreaLayout")

        self.reviewLayout.addWidget(self.fieldsArea)

        self.planArea = QGroupBox(HoldReviewDialog)
        self.planArea.setObjectName(u"planArea")
        self.planAreaLayout = QVBoxLayout(self.planArea)
        self.planAreaLayout.setObjectName(u"planAreaLayout")

        self.reviewLayout.addWidget(self.planArea)

        self.exitArea = QGroupBox(HoldReviewDialog)
        self.exitArea.setObjectName(u"exitArea")
        self.exitForm = QFormLayout(self.exitArea)
        self.exitForm.setObjectName(u"exitForm")
        self.exitReasonLabel = QLabel(self.exitArea)
        self.exitReasonLabel.setObjectName(u"exitReasonLabel")

        self.exitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exitReasonLabel)

        self.exitReasonCombo = QComboBox(self.exitArea)
        self.exitReasonCombo.setObjectName(u"exitReasonCombo")

        self.exitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exitReasonCombo)

        self.exitDateLabel = QLabel(self.exitArea)
        self.exitDateLabel.setObjectName(u"exitDateLabel")

        self.exitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exitDateLabel)

        self.exitDateEdit = QDateEdit(self.exitArea)
        self.exitDateEdit.setObjectName(u"exitDateEdit")
        self.exitDateEdit.setCalendarPopup(True)

        self.exitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exitDateEdit)

        self.exitNoteLabel = QLabel(self.exitArea)
        self.exitNoteLabel.setObjectName(u"exitNoteLabel")

        self.exitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.exitNoteLabel)

        self.exitNoteEdit = QPlainTextEdit(self.exitArea)
        self.exitNoteEdit.setObjectName(u"exitNoteEdit")
        self.exitNoteEdit.setTabChangesFocus(True)
        self.exitNoteEdit.setMaximumSize(QSize(16777215, 56))

        self.exitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.exitNoteEdit)


        self.reviewLayout.addWidget(self.exitArea)

        self.vs = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewLayout.addItem(self.vs)

        self.errorLabel = QLabel(HoldReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(HoldReviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(HoldReviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.reviewLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.reviewNotesLabel.setBuddy(self.notesEdit)
        self.exitReasonLabel.setBuddy(self.exitReasonCombo)
        self.exitDateLabel.setBuddy(self.exitDateEdit)
        self.exitNoteLabel.setBuddy(self.exitNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HoldReviewDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(HoldReviewDialog)
    # setupUi

    def retranslateUi(self, HoldReviewDialog: QDialog) -> None:
        HoldReviewDialog.setWindowTitle(QCoreApplication.translate("HoldReviewDialog", u"Review a hold", None))
#if QT_CONFIG(accessibility)
        self.holdLabel.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Why the patient is on hold", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Who is reviewing", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("HoldReviewDialog", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.decisionCombo.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Decision of the review", None))
#endif // QT_CONFIG(accessibility)
        self.reviewNotesLabel.setText(QCoreApplication.translate("HoldReviewDialog", u"R&eview notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Review notes (required)", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("HoldReviewDialog", u"What you found, what you decided and why", None))
        self.fieldsArea.setTitle(QCoreApplication.translate("HoldReviewDialog", u"The reduced re-titration prescription (a new version)", None))
        self.planArea.setTitle(QCoreApplication.translate("HoldReviewDialog", u"The re-titration plan, up to the current dose (a new version)", None))
        self.exitArea.setTitle(QCoreApplication.translate("HoldReviewDialog", u"The end of treatment (discharging a patient in treatment ends their episode)", None))
        self.exitReasonLabel.setText(QCoreApplication.translate("HoldReviewDialog", u"Reason treatment e&nded", None))
#if QT_CONFIG(accessibility)
        self.exitReasonCombo.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Reason treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.exitDateLabel.setText(QCoreApplication.translate("HoldReviewDialog", u"E&xit date", None))
#if QT_CONFIG(accessibility)
        self.exitDateEdit.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Date treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.exitDateEdit.setDisplayFormat(QCoreApplication.translate("HoldReviewDialog", u"dd/MM/yyyy", None))
        self.exitNoteLabel.setText(QCoreApplication.translate("HoldReviewDialog", u"Exit no&te", None))
#if QT_CONFIG(accessibility)
        self.exitNoteEdit.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Note on why treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.exitNoteEdit.setPlaceholderText(QCoreApplication.translate("HoldReviewDialog", u"Required when the reason is Other", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("HoldReviewDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("HoldReviewDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("HoldReviewDialog", u"&Record review", None))
    # retranslateUi
