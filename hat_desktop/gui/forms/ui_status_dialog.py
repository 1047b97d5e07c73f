# Generated from ui/status_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog: QDialog) -> None:
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(460, 300)
        self.statusLayout = QVBoxLayout(StatusDialog)
        self.statusLayout.setObjectName(u"statusLayout")
        self.introLabel = QLabel(StatusDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.introLabel)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.statusLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.statusLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(StatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(StatusDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(StatusDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.statusLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(StatusDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog: QDialog) -> None:
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change of status", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Reason (required; kept with the patient's record)", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Reason for the change of status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("StatusDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("StatusDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("StatusDialog", u"&Confirm", None))
    # retranslateUi
