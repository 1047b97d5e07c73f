# Generated from ui/episode_exit_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EpisodeExitDialog(object):
    def setupUi(self, EpisodeExitDialog: QDialog) -> None:
        if not EpisodeExitDialog.objectName():
            EpisodeExitDialog.setObjectName(u"EpisodeExitDialog")
        EpisodeExitDialog.resize(500, 340)
        self.exitLayout = QVBoxLayout(EpisodeExitDialog)
        self.exitLayout.setObjectName(u"exitLayout")
        self.introLabel = QLabel(EpisodeExitDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.exitLayout.addWidget(self.introLabel)

        self.exitForm = QFormLayout()
        self.exitForm.setObjectName(u"exitForm")
        self.exitDateLabel = QLabel(EpisodeExitDialog)
        self.exitDateLabel.setObjectName(u"exitDateLabel")

        self.exitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exitDateLabel)

        self.exitDateEdit = QDateEdit(EpisodeExitDialog)
        self.exitDateEdit.setObjectName(u"exitDateEdit")
        self.exitDateEdit.setCalendarPopup(True)

        self.exitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exitDateEdit)

        self.reasonLabel = QLabel(EpisodeExitDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.exitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(EpisodeExitDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.exitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.noteLabel = QLabel(EpisodeExitDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.exitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(EpisodeExitDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.exitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.exitLayout.addLayout(self.exitForm)

        self.errorLabel = QLabel(EpisodeExitDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.exitLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(EpisodeExitDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(EpisodeExitDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.exitLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.exitDateLabel.setBuddy(self.exitDateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exitDateEdit, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(EpisodeExitDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(EpisodeExitDialog)
    # setupUi

    def retranslateUi(self, EpisodeExitDialog: QDialog) -> None:
        EpisodeExitDialog.setWindowTitle(QCoreApplication.translate("EpisodeExitDialog", u"End of treatment", None))
        self.exitDateLabel.setText(QCoreApplication.translate("EpisodeExitDialog", u"T&reatment ended on", None))
        self.exitDateEdit.setDisplayFormat(QCoreApplication.translate("EpisodeExitDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.exitDateEdit.setAccessibleName(QCoreApplication.translate("EpisodeExitDialog", u"Date treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("EpisodeExitDialog", u"&Why", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("EpisodeExitDialog", u"Why treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("EpisodeExitDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EpisodeExitDialog", u"Note on why treatment ended", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EpisodeExitDialog", u"Required for \"Other\"; never in the evaluator's extract", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EpisodeExitDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("EpisodeExitDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("EpisodeExitDialog", u"&End treatment", None))
    # retranslateUi
