# Generated from ui/backup_panel.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_BackupPanel(object):
    def setupUi(self, backupsGroup: QGroupBox) -> None:
        if not backupsGroup.objectName():
            backupsGroup.setObjectName(u"backupsGroup")
        backupsGroup.resize(600, 220)
        self.backupsLayout = QVBoxLayout(backupsGroup)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupIntroLabel = QLabel(backupsGroup)
        self.backupIntroLabel.setObjectName(u"backupIntroLabel")
        self.backupIntroLabel.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupIntroLabel)

        self.backupForm = QFormLayout()
        self.backupForm.setObjectName(u"backupForm")
        self.folderLabel = QLabel(backupsGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(backupsGroup)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setMaxLength(500)

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(backupsGroup)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderRow.addWidget(self.browseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.keepLabel = QLabel(backupsGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepRow = QHBoxLayout()
        self.keepRow.setObjectName(u"keepRow")
        self.keepSpin = QSpinBox(backupsGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(365)
        self.keepSpin.setValue(14)

        self.keepRow.addWidget(self.keepSpin)

        self.keepHint = QLabel(backupsGroup)
        self.keepHint.setObjectName(u"keepHint")

        self.keepRow.addWidget(self.keepHint)

        self.keepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepRow.addItem(self.keepSpacer)

        self.saveBackupSettingsButton = QPushButton(backupsGroup)
        self.saveBackupSettingsButton.setObjectName(u"saveBackupSettingsButton")
        self.saveBackupSettingsButton.setAutoDefault(False)

        self.keepRow.addWidget(self.saveBackupSettingsButton)


        self.backupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.keepRow)


        self.backupsLayout.addLayout(self.backupForm)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backUpNowButton = QPushButton(backupsGroup)
        self.backUpNowButton.setObjectName(u"backUpNowButton")
        self.backUpNowButton.setAutoDefault(False)

        self.backupButtons.addWidget(self.backUpNowButton)

        self.restoreButton = QPushButton(backupsGroup)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.backupButtons.addWidget(self.restoreButton)

        self.backupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupButtonsSpacer)

        self.lastBackupLabel = QLabel(backupsGroup)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")

        self.backupButtons.addWidget(self.lastBackupLabel)


        self.backupsLayout.addLayout(self.backupButtons)

        self.errorLabel = QLabel(backupsGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.backupsLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.keepSpin)
        QWidget.setTabOrder(self.keepSpin, self.saveBackupSettingsButton)
        QWidget.setTabOrder(self.saveBackupSettingsButton, self.backUpNowButton)
        QWidget.setTabOrder(self.backUpNowButton, self.restoreButton)

        self.retranslateUi(backupsGroup)

        QMetaObject.connectSlotsByName(backupsGroup)
    # setupUi

    def retranslateUi(self, backupsGroup: QGroupBox) -> None:
        backupsGroup.setTitle(QCoreApplication.translate("BackupPanel", u"Backups", None))
        self.backupIntroLabel.setText(QCoreApplication.translate("BackupPanel", u"Encrypted, verified copies of the register go to this folder: a USB drive or a network share, not this computer's own disk. A copy is also made once a day and when HAT Desktop closes.", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupPanel", u"Backup fol&der", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BackupPanel", u"Not set: choose a USB drive or a network share", None))
        self.browseButton.setText(QCoreApplication.translate("BackupPanel", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Choose the backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.keepLabel.setText(QCoreApplication.translate("BackupPanel", u"Daily copies to &keep", None))
#if QT_CONFIG(accessibility)
        self.keepSpin.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Daily copies to keep", None))
#endif // QT_CONFIG(accessibility)
        self.keepHint.setText(QCoreApplication.translate("BackupPanel", u"older daily and closing copies are removed; manual ones are kept", None))
        self.saveBackupSettingsButton.setText(QCoreApplication.translate("BackupPanel", u"Sa&ve backup settings", None))
        self.backUpNowButton.setText(QCoreApplication.translate("BackupPanel", u"Back &up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPanel", u"Rest&ore from a backup\u2026", None))
        self.lastBackupLabel.setText(QCoreApplication.translate("BackupPanel", u"No backup yet", None))
#if QT_CONFIG(accessibility)
        self.lastBackupLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Age of the last good backup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backup settings error", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
