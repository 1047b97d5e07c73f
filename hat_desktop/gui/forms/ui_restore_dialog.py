# Generated from ui/restore_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog: QDialog) -> None:
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(560, 380)
        RestoreDialog.setMinimumSize(QSize(620, 0))
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.titleLabel = QLabel(RestoreDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.restoreLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(RestoreDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.explainLabel)

        self.lossLabel = QLabel(RestoreDialog)
        self.lossLabel.setObjectName(u"lossLabel")
        self.lossLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.lossLabel)

        self.restoreForm = QFormLayout()
        self.restoreForm.setObjectName(u"restoreForm")
        self.fileLabel = QLabel(RestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.restoreForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(RestoreDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setMaxLength(1000)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RestoreDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.restoreForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.userLabel = QLabel(RestoreDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.restoreForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(RestoreDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(64)

        self.restoreForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(RestoreDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.restoreForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RestoreDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(256)

        self.restoreForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordHint = QLabel(RestoreDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.restoreForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.recoveryKeyLabel = QLabel(RestoreDialog)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.restoreForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKeyEdit = QLineEdit(RestoreDialog)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setMaxLength(200)

        self.restoreForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recoveryKeyEdit)

        self.recoveryKeyHint = QLabel(RestoreDialog)
        self.recoveryKeyHint.setObjectName(u"recoveryKeyHint")
        self.recoveryKeyHint.setWordWrap(True)

        self.restoreForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recoveryKeyHint)

        self.reasonLabel = QLabel(RestoreDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.restoreForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(RestoreDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.restoreForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonHint = QLabel(RestoreDialog)
        self.reasonHint.setObjectName(u"reasonHint")
        self.reasonHint.setWordWrap(True)

        self.restoreForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonHint)


        self.restoreLayout.addLayout(self.restoreForm)

        self.errorLabel = QLabel(RestoreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.errorLabel)

        self.restoreStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.restoreLayout.addItem(self.restoreStretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(RestoreDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)


        self.restoreLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.recoveryKeyLabel.setBuddy(self.recoveryKeyEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.recoveryKeyEdit)
        QWidget.setTabOrder(self.recoveryKeyEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.cancelButton)

        self.retranslateUi(RestoreDialog)

        self.restoreButton.setDefault(True)


        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog: QDialog) -> None:
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore the register from a backup", None))
        self.titleLabel.setText(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.explainLabel.setText("")
        self.lossLabel.setText(QCoreApplication.translate("RestoreDialog", u"Anything recorded after the backup was made will not be in the restored register.", None))
        self.fileLabel.setText(QCoreApplication.translate("RestoreDialog", u"Backup &file", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backup file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"hat-register-\u2026.db", None))
        self.browseButton.setText(QCoreApplication.translate("RestoreDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Choose the backup file", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("RestoreDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Manager's user name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("RestoreDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Manager's password", None))
#endif // QT_CONFIG(accessibility)
        self.passwordHint.setText(QCoreApplication.translate("RestoreDialog", u"Your password for the register in use: a wrong one counts towards its lockout.", None))
        self.recoveryKeyLabel.setText(QCoreApplication.translate("RestoreDialog", u"Recovery &key", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Recovery key from the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setPlaceholderText(QCoreApplication.translate("RestoreDialog", u"XXXX-XXXX-\u2026 (16 groups of four)", None))
        self.recoveryKeyHint.setText(QCoreApplication.translate("RestoreDialog", u"This register does not keep its key in this computer's keyring: type the recovery key from its recovery sheet.", None))
        self.reasonLabel.setText(QCoreApplication.translate("RestoreDialog", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Reason for rolling the register back", None))
#endif // QT_CONFIG(accessibility)
        self.reasonHint.setText(QCoreApplication.translate("RestoreDialog", u"Needed when the backup is older than the register in use (records or backups made since): it is kept in the restored register's audit log.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RestoreDialog", u"Cancel", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"&Restore\u2026", None))
    # retranslateUi
