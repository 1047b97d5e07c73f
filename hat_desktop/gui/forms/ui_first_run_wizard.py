# Generated from ui/first_run_wizard.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard: QDialog) -> None:
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(620, 460)
        self.mainLayout = QVBoxLayout(FirstRunWizard)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stepLabel = QLabel(FirstRunWizard)
        self.stepLabel.setObjectName(u"stepLabel")

        self.mainLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(FirstRunWizard)
        self.pages.setObjectName(u"pages")
        self.clinicPage = QWidget()
        self.clinicPage.setObjectName(u"clinicPage")
        self.clinicPageLayout = QVBoxLayout(self.clinicPage)
        self.clinicPageLayout.setObjectName(u"clinicPageLayout")
        self.clinicPageLayout.setContentsMargins(11, 11, 11, 11)
        self.clinicIntro = QLabel(self.clinicPage)
        self.clinicIntro.setObjectName(u"clinicIntro")
        self.clinicIntro.setWordWrap(True)

        self.clinicPageLayout.addWidget(self.clinicIntro)

        self.clinicForm = QFormLayout()
        self.clinicForm.setObjectName(u"clinicForm")
        self.clinicNameLabel = QLabel(self.clinicPage)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinicNameLabel)

        self.clinicNameEdit = QLineEdit(self.clinicPage)
        self.clinicNameEdit.setObjectName(u"clinicNameEdit")
        self.clinicNameEdit.setMaxLength(120)

        self.clinicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinicNameEdit)

        self.clinicAddressLabel = QLabel(self.clinicPage)
        self.clinicAddressLabel.setObjectName(u"clinicAddressLabel")

        self.clinicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clinicAddressLabel)

        self.clinicAddressEdit = QPlainTextEdit(self.clinicPage)
        self.clinicAddressEdit.setObjectName(u"clinicAddressEdit")
        self.clinicAddressEdit.setTabChangesFocus(True)
        self.clinicAddressEdit.setMaximumSize(QSize(16777215, 90))

        self.clinicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clinicAddressEdit)

        self.timezoneLabel = QLabel(self.clinicPage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(self.clinicPage)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.clinicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)


        self.clinicPageLayout.addLayout(self.clinicForm)

        self.clinicPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.clinicPageLayout.addItem(self.clinicPageSpacer)

        self.pages.addWidget(self.clinicPage)
        self.managerPage = QWidget()
        self.managerPage.setObjectName(u"managerPage")
        self.managerPageLayout = QVBoxLayout(self.managerPage)
        self.managerPageLayout.setObjectName(u"managerPageLayout")
        self.managerPageLayout.setContentsMargins(11, 11, 11, 11)
        self.managerIntro = QLabel(self.managerPage)
        self.managerIntro.setObjectName(u"managerIntro")
        self.managerIntro.setWordWrap(True)

        self.managerPageLayout.addWidget(self.managerIntro)

        self.managerForm = QFormLayout()
        self.managerForm.setObjectName(u"managerForm")
        self.usernameLabel = QLabel(self.managerPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.managerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.managerPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.managerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameLabel = QLabel(self.managerPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.managerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.managerPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(100)

        self.managerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordLabel = QLabel(self.managerPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.managerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.managerPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(256)

        self.managerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.managerPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.managerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.managerPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(256)

        self.managerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.managerPageLayout.addLayout(self.managerForm)

        self.managerPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.managerPageLayout.addItem(self.managerPageSpacer)

        self.pages.addWidget(self.managerPage)
        self.keyPage = QWidget()
        self.keyPage.setObjectName(u"keyPage")
        self.keyPageLayout = QVBoxLayout(self.keyPage)
        self.keyPageLayout.setObjectName(u"keyPageLayout")
        self.keyPageLayout.setContentsMargins(11, 11, 11, 11)
        self.keyIntro = QLabel(self.keyPage)
        self.keyIntro.setObjectName(u"keyIntro")
        self.keyIntro.setWordWrap(True)

        self.keyPageLayout.addWidget(self.keyIntro)

        self.keyForm = QFormLayout()
        self.keyForm.setObjectName(u"keyForm")
        self.keyringStatusLabel = QLabel(self.keyPage)
        self.keyringStatusLabel.setObjectName(u"keyringStatusLabel")
        self.keyringStatusLabel.setWordWrap(True)

        self.keyForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.keyringStatusLabel)

        self.keyringRadio = QRadioButton(self.keyPage)
        self.keyringRadio.setObjectName(u"keyringRadio")
        self.keyringRadio.setChecked(True)

        self.keyForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.keyringRadio)

        self.passphraseRadio = QRadioButton(self.keyPage)
        self.passphraseRadio.setObjectName(u"passphraseRadio")

        self.keyForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.passphraseRadio)

        self.passphraseLabel = QLabel(self.keyPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.keyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.keyPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(256)

        self.keyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphraseConfirmLabel = QLabel(self.keyPage)
        self.passphraseConfirmLabel.setObjectName(u"passphraseConfirmLabel")

        self.keyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passphraseConfirmLabel)

        self.passphraseConfirmEdit = QLineEdit(self.keyPage)
        self.passphraseConfirmEdit.setObjectName(u"passphraseConfirmEdit")
        self.passphraseConfirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseConfirmEdit.setMaxLength(256)

        self.keyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passphraseConfirmEdit)


        self.keyPageLayout.addLayout(self.keyForm)

        self.keyPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keyPageLayout.addItem(self.keyPageSpacer)

        self.pages.addWidget(self.keyPage)
        self.sheetPage = QWidget()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetPageLayout = QVBoxLayout(self.sheetPage)
        self.sheetPageLayout.setObjectName(u"sheetPageLayout")
        self.sheetPageLayout.setContentsMargins(11, 11, 11, 11)
        self.sheetIntro = QLabel(self.sheetPage)
        self.sheetIntro.setObjectName(u"sheetIntro")
        self.sheetIntro.setWordWrap(True)

        self.sheetPageLayout.addWidget(self.sheetIntro)

        self.sheetForm = QFormLayout()
        self.sheetForm.setObjectName(u"sheetForm")
        self.sheetPathLabel = QLabel(self.sheetPage)
        self.sheetPathLabel.setObjectName(u"sheetPathLabel")

        self.sheetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetPathLabel)

        self.sheetPathLayout = QHBoxLayout()
        self.sheetPathLayout.setObjectName(u"sheetPathLayout")
        self.sheetPathEdit = QLineEdit(self.sheetPage)
        self.sheetPathEdit.setObjectName(u"sheetPathEdit")

        self.sheetPathLayout.addWidget(self.sheetPathEdit)

        self.browseButton = QPushButton(self.sheetPage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.sheetPathLayout.addWidget(self.browseButton)


        self.sheetForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sheetPathLayout)


        self.sheetPageLayout.addLayout(self.sheetForm)

        self.sheetPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sheetPageLayout.addItem(self.sheetPageSpacer)

        self.pages.addWidget(self.sheetPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.donePageLayout.setContentsMargins(11, 11, 11, 11)
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.donePageLayout.addWidget(self.doneLabel)

        self.doneDetailLabel = QLabel(self.donePage)
        self.doneDetailLabel.setObjectName(u"doneDetailLabel")
        self.doneDetailLabel.setWordWrap(True)

        self.donePageLayout.addWidget(self.doneDetailLabel)

        self.printSheetButton = QPushButton(self.donePage)
        self.printSheetButton.setObjectName(u"printSheetButton")
        self.printSheetButton.setAutoDefault(False)

        self.donePageLayout.addWidget(self.printSheetButton)

        self.donePageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.donePageSpacer)

        self.pages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.pages)

        self.errorLabel = QLabel(FirstRunWizard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.cancelButton = QPushButton(FirstRunWizard)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backButton = QPushButton(FirstRunWizard)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(FirstRunWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.clinicNameLabel.setBuddy(self.clinicNameEdit)
        self.clinicAddressLabel.setBuddy(self.clinicAddressEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.passphraseConfirmLabel.setBuddy(self.passphraseConfirmEdit)
        self.sheetPathLabel.setBuddy(self.sheetPathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clinicNameEdit, self.clinicAddressEdit)
        QWidget.setTabOrder(self.clinicAddressEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.keyringRadio)
        QWidget.setTabOrder(self.keyringRadio, self.passphraseRadio)
        QWidget.setTabOrder(self.passphraseRadio, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.passphraseConfirmEdit)
        QWidget.setTabOrder(self.passphraseConfirmEdit, self.sheetPathEdit)
        QWidget.setTabOrder(self.sheetPathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.cancelButton)

        self.retranslateUi(FirstRunWizard)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard: QDialog) -> None:
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"HAT Desktop \u2014 set up a new register", None))
        self.stepLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Step 1 of 4", None))
        self.clinicIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Welcome. HAT Desktop keeps this clinic's controlled-drugs register and dosing record, encrypted, on this computer. First, tell it about the clinic.", None))
        self.clinicNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"C&linic name", None))
#if QT_CONFIG(accessibility)
        self.clinicNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.clinicAddressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Clinic &address", None))
#if QT_CONFIG(accessibility)
        self.clinicAddressEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
        self.timezoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Time zone", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.managerIntro.setText(QCoreApplication.translate("FirstRunWizard", u"Create the first manager account. A manager adds the other staff (nurses, pharmacist, prescriber, inspectors) afterwards. The password needs at least 10 characters.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Manager user name", None))
#endif // QT_CONFIG(accessibility)
        self.fullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Manager full name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Manager password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Confirm manager password", None))
#endif // QT_CONFIG(accessibility)
        self.keyIntro.setText(QCoreApplication.translate("FirstRunWizard", u"The register is encrypted with a random key. Choose where HAT Desktop keeps that key on this computer.", None))
        self.keyringStatusLabel.setText("")
        self.keyringRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Keep the key in this computer's &keyring (recommended)", None))
        self.passphraseRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Use a pass&phrase typed each time HAT Desktop starts", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Pass&phrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Register passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"at least 12 characters", None))
        self.passphraseConfirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Confirm pa&ssphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseConfirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Confirm register passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.sheetIntro.setText(QCoreApplication.translate("FirstRunWizard", u"HAT Desktop now writes a recovery sheet: a PDF holding the recovery key, the only way to open the register on another computer or from a backup. Save it outside the register's folder (for example on a USB stick), print it, lock it away, then delete the file.", None))
        self.sheetPathLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Save the recovery sheet &as", None))
#if QT_CONFIG(accessibility)
        self.sheetPathEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Recovery sheet file", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Browse\u2026", None))
        self.doneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"The register is ready.", None))
        self.doneDetailLabel.setText("")
        self.printSheetButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Print the recovery sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.printSheetButton.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Print the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("FirstRunWizard", u"Cancel", None))
        self.backButton.setText(QCoreApplication.translate("FirstRunWizard", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Next >", None))
    # retranslateUi
