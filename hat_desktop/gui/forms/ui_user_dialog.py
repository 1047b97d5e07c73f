# Generated from ui/user_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_UserDialog(object):
    def setupUi(self, UserDialog: QDialog) -> None:
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(460, 420)
        self.userLayout = QVBoxLayout(UserDialog)
        self.userLayout.setObjectName(u"userLayout")
        self.userForm = QFormLayout()
        self.userForm.setObjectName(u"userForm")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(UserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(100)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.licenceLabel = QLabel(UserDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")

        self.userForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.licenceEdit = QLineEdit(UserDialog)
        self.licenceEdit.setObjectName(u"licenceEdit")
        self.licenceEdit.setMaxLength(40)

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.licenceEdit)

        self.registrationLabel = QLabel(UserDialog)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationEdit = QLineEdit(UserDialog)
        self.registrationEdit.setObjectName(u"registrationEdit")
        self.registrationEdit.setMaxLength(40)

        self.userForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registrationEdit)

        self.addressLabel = QLabel(UserDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.userForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(UserDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 70))

        self.userForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.gphcLabel = QLabel(UserDialog)
        self.gphcLabel.setObjectName(u"gphcLabel")

        self.userForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gphcLabel)

        self.gphcEdit = QLineEdit(UserDialog)
        self.gphcEdit.setObjectName(u"gphcEdit")
        self.gphcEdit.setMaxLength(7)

        self.userForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gphcEdit)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.userForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(256)

        self.userForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(UserDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.userForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(UserDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(256)

        self.userForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.activeCheck = QCheckBox(UserDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.userForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.activeCheck)


        self.userLayout.addLayout(self.userForm)

        self.errorLabel = QLabel(UserDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.userLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(UserDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(UserDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.userLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.licenceLabel.setBuddy(self.licenceEdit)
        self.registrationLabel.setBuddy(self.registrationEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.gphcLabel.setBuddy(self.gphcEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.licenceEdit)
        QWidget.setTabOrder(self.licenceEdit, self.registrationEdit)
        QWidget.setTabOrder(self.registrationEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.gphcEdit)
        QWidget.setTabOrder(self.gphcEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(UserDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog: QDialog) -> None:
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Staff account", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("UserDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.licenceLabel.setText(QCoreApplication.translate("UserDialog", u"&Home Office licence no.", None))
#if QT_CONFIG(accessibility)
        self.licenceEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Home Office licence number", None))
#endif // QT_CONFIG(accessibility)
        self.registrationLabel.setText(QCoreApplication.translate("UserDialog", u"Professional re&gistration no.", None))
#if QT_CONFIG(accessibility)
        self.registrationEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Professional registration number", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("UserDialog", u"Professional a&ddress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Professional address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addressEdit.setToolTip(QCoreApplication.translate("UserDialog", u"Printed in the register beside every dose this prescriber prescribed", None))
#endif // QT_CONFIG(tooltip)
        self.gphcLabel.setText(QCoreApplication.translate("UserDialog", u"G&PhC registration no.", None))
#if QT_CONFIG(accessibility)
        self.gphcEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"GPhC registration number", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("UserDialog", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.activeCheck.setText(QCoreApplication.translate("UserDialog", u"Account &active (can log in)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("UserDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("UserDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("UserDialog", u"&Save", None))
    # retranslateUi
