# Generated from ui/admin_page.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_AdminPage(object):
    def setupUi(self, AdminPage: QWidget) -> None:
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(600, 400)
        self.adminLayout = QVBoxLayout(AdminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminLayout.setContentsMargins(11, 11, 11, 11)
        self.titleLabel = QLabel(AdminPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.adminLayout.addWidget(self.titleLabel)

        self.adminScroll = QScrollArea(AdminPage)
        self.adminScroll.setObjectName(u"adminScroll")
        self.adminScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.adminScroll.setWidgetResizable(True)
        self.adminContents = QWidget()
        self.adminContents.setObjectName(u"adminContents")
        self.adminContentsLayout = QVBoxLayout(self.adminContents)
        self.adminContentsLayout.setObjectName(u"adminContentsLayout")
        self.adminContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.usersGroup = QGroupBox(self.adminContents)
        self.usersGroup.setObjectName(u"usersGroup")
        self.usersLayout = QVBoxLayout(self.usersGroup)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersTable = QTableView(self.usersGroup)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setMinimumSize(QSize(0, 220))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.usersTable.sizePolicy().hasHeightForWidth())
        self.usersTable.setSizePolicy(sizePolicy)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)

        self.usersLayout.addWidget(self.usersTable)

        self.userButtons = QHBoxLayout()
        self.userButtons.setObjectName(u"userButtons")
        self.newUserButton = QPushButton(self.usersGroup)
        self.newUserButton.setObjectName(u"newUserButton")
        self.newUserButton.setAutoDefault(False)

        self.userButtons.addWidget(self.newUserButton)

        self.editUserButton = QPushButton(self.usersGroup)
        self.editUserButton.setObjectName(u"editUserButton")
        self.editUserButton.setAutoDefault(False)

        self.userButtons.addWidget(self.editUserButton)

        self.resetPasswordButton = QPushButton(self.usersGroup)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")
        self.resetPasswordButton.setAutoDefault(False)

        self.userButtons.addWidget(self.resetPasswordButton)

        self.unlockAccountButton = QPushButton(self.usersGroup)
        self.unlockAccountButton.setObjectName(u"unlockAccountButton")
        self.unlockAccountButton.setAutoDefault(False)

        self.userButtons.addWidget(self.unlockAccountButton)

        self.ub = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.userButtons.addItem(self.ub)


        self.usersLayout.addLayout(self.userButtons)


        self.adminContentsLayout.addWidget(self.usersGroup)

        self.settingsGroup = QGroupBox(self.adminContents)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsLayout = QVBoxLayout(self.settingsGroup)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.clinicNameLabel = QLabel(self.settingsGroup)
        self.clinicNameLabel.setObjectName(u"clinicNameLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clinicNameLabel)

        self.clinicNameEdit = QLineEdit(self.settingsGroup)
        self.clinicNameEdit.setObjectName(u"clinicNameEdit")
        self.clinicNameEdit.setMaxLength(120)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clinicNameEdit)

        self.clinicAddressLabel = QLabel(self.settingsGroup)
        self.clinicAddressLabel.setObjectName(u"clinicAddressLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clinicAddressLabel)

        self.clinicAddressEdit = QPlainTextEdit(self.settingsGroup)
        self.clinicAddressEdit.setObjectName(u"clinicAddressEdit")
        self.clinicAddressEdit.setTabChangesFocus(True)
        self.clinicAddressEdit.setMaximumSize(QSize(16777215, 70))

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clinicAddressEdit)

        self.timezoneLabel = QLabel(self.settingsGroup)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(self.settingsGroup)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.lockMinutesLabel = QLabel(self.settingsGroup)
        self.lockMinutesLabel.setObjectName(u"lockMinutesLabel")

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lockMinutesLabel)

        self.lockMinutesSpin = QSpinBox(self.settingsGroup)
        self.lockMinutesSpin.setObjectName(u"lockMinutesSpin")
        self.lockMinutesSpin.setMinimum(1)
        self.lockMinutesSpin.setMaximum(60)

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lockMinutesSpin)


        self.settingsLayout.addLayout(self.settingsForm)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.clinicDayButton = QPushButton(self.settingsGroup)
        self.clinicDayButton.setObjectName(u"clinicDayButton")
        self.clinicDayButton.setAutoDefault(False)

        self.settingsButtons.addWidget(self.clinicDayButton)

        self.screenPanelButton = QPushButton(self.settingsGroup)
        self.screenPanelButton.setObjectName(u"screenPanelButton")
        self.screenPanelButton.setAutoDefault(False)

        self.settingsButtons.addWidget(self.screenPanelButton)

        self.sb = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.sb)

        self.saveSettingsButton = QPushButton(self.settingsGroup)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")
        self.saveSettingsButton.setAutoDefault(False)

        self.settingsButtons.addWidget(self.saveSettingsButton)


        self.settingsLayout.addLayout(self.settingsButtons)


        self.adminContentsLayout.addWidget(self.settingsGroup)

        self.backupsArea = QWidget(self.adminContents)
        self.backupsArea.setObjectName(u"backupsArea")
        self.backupsAreaLayout = QVBoxLayout(self.backupsArea)
        self.backupsAreaLayout.setObjectName(u"backupsAreaLayout")
        self.backupsAreaLayout.setContentsMargins(0, 0, 0, 0)

        self.adminContentsLayout.addWidget(self.backupsArea)

        self.adminContentsLayout.setStretch(0, 1)
        self.adminScroll.setWidget(self.adminContents)

        self.adminLayout.addWidget(self.adminScroll)

        self.errorLabel = QLabel(AdminPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.adminLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.clinicNameLabel.setBuddy(self.clinicNameEdit)
        self.clinicAddressLabel.setBuddy(self.clinicAddressEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.lockMinutesLabel.setBuddy(self.lockMinutesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usersTable, self.newUserButton)
        QWidget.setTabOrder(self.newUserButton, self.editUserButton)
        QWidget.setTabOrder(self.editUserButton, self.resetPasswordButton)
        QWidget.setTabOrder(self.resetPasswordButton, self.unlockAccountButton)
        QWidget.setTabOrder(self.unlockAccountButton, self.clinicNameEdit)
        QWidget.setTabOrder(self.clinicNameEdit, self.clinicAddressEdit)
        QWidget.setTabOrder(self.clinicAddressEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.lockMinutesSpin)
        QWidget.setTabOrder(self.lockMinutesSpin, self.clinicDayButton)
        QWidget.setTabOrder(self.clinicDayButton, self.screenPanelButton)
        QWidget.setTabOrder(self.screenPanelButton, self.saveSettingsButton)

        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage: QWidget) -> None:
        AdminPage.setWindowTitle(QCoreApplication.translate("AdminPage", u"Admin", None))
        self.titleLabel.setText(QCoreApplication.translate("AdminPage", u"Admin", None))
        self.usersGroup.setTitle(QCoreApplication.translate("AdminPage", u"Staff accounts", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("AdminPage", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.newUserButton.setText(QCoreApplication.translate("AdminPage", u"&New account\u2026", None))
        self.editUserButton.setText(QCoreApplication.translate("AdminPage", u"&Edit\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminPage", u"&Reset password\u2026", None))
        self.unlockAccountButton.setText(QCoreApplication.translate("AdminPage", u"Un&lock account", None))
        self.settingsGroup.setTitle(QCoreApplication.translate("AdminPage", u"Clinic settings", None))
        self.clinicNameLabel.setText(QCoreApplication.translate("AdminPage", u"Cl&inic name", None))
#if QT_CONFIG(accessibility)
        self.clinicNameEdit.setAccessibleName(QCoreApplication.translate("AdminPage", u"Clinic name", None))
#endif // QT_CONFIG(accessibility)
        self.clinicAddressLabel.setText(QCoreApplication.translate("AdminPage", u"Clinic &address", None))
#if QT_CONFIG(accessibility)
        self.clinicAddressEdit.setAccessibleName(QCoreApplication.translate("AdminPage", u"Clinic address", None))
#endif // QT_CONFIG(accessibility)
        self.timezoneLabel.setText(QCoreApplication.translate("AdminPage", u"Time &zone", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("AdminPage", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.lockMinutesLabel.setText(QCoreApplication.translate("AdminPage", u"Lock the screen after (&minutes idle)", None))
#if QT_CONFIG(accessibility)
        self.lockMinutesSpin.setAccessibleName(QCoreApplication.translate("AdminPage", u"Minutes idle before the screen locks", None))
#endif // QT_CONFIG(accessibility)
        self.clinicDayButton.setText(QCoreApplication.translate("AdminPage", u"Sessions, &closures and thresholds\u2026", None))
#if QT_CONFIG(tooltip)
        self.clinicDayButton.setToolTip(QCoreApplication.translate("AdminPage", u"Session windows, clinic closure days, the missed-dose and assessment thresholds, post-dose observation", None))
#endif // QT_CONFIG(tooltip)
        self.screenPanelButton.setText(QCoreApplication.translate("AdminPage", u"Dru&g-screen panel\u2026", None))
#if QT_CONFIG(tooltip)
        self.screenPanelButton.setToolTip(QCoreApplication.translate("AdminPage", u"The substances a drug screen gives a result for (street heroin is always first)", None))
#endif // QT_CONFIG(tooltip)
        self.saveSettingsButton.setText(QCoreApplication.translate("AdminPage", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AdminPage", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
