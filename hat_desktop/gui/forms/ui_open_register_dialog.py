# Generated from ui/open_register_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OpenRegisterDialog(object):
    def setupUi(self, OpenRegisterDialog: QDialog) -> None:
        if not OpenRegisterDialog.objectName():
            OpenRegisterDialog.setObjectName(u"OpenRegisterDialog")
        OpenRegisterDialog.resize(480, 200)
        self.unlockLayout = QVBoxLayout(OpenRegisterDialog)
        self.unlockLayout.setObjectName(u"unlockLayout")
        self.headingLabel = QLabel(OpenRegisterDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.unlockLayout.addWidget(self.headingLabel)

        self.keyForm = QFormLayout()
        self.keyForm.setObjectName(u"keyForm")
        self.secretLabel = QLabel(OpenRegisterDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.keyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secretEdit = QLineEdit(OpenRegisterDialog)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secretEdit.setMaxLength(256)

        self.keyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.secretEdit)


        self.unlockLayout.addLayout(self.keyForm)

        self.errorLabel = QLabel(OpenRegisterDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.unlockLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(OpenRegisterDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(OpenRegisterDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.unlockLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.secretEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(OpenRegisterDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(OpenRegisterDialog)
    # setupUi

    def retranslateUi(self, OpenRegisterDialog: QDialog) -> None:
        OpenRegisterDialog.setWindowTitle(QCoreApplication.translate("OpenRegisterDialog", u"Open the register", None))
        self.headingLabel.setText("")
        self.secretLabel.setText(QCoreApplication.translate("OpenRegisterDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.secretEdit.setAccessibleName(QCoreApplication.translate("OpenRegisterDialog", u"Passphrase or recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("OpenRegisterDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("OpenRegisterDialog", u"&Quit", None))
        self.okButton.setText(QCoreApplication.translate("OpenRegisterDialog", u"&Open the register", None))
    # retranslateUi
