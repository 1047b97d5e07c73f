# Generated from ui/lock_screen.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LockScreen(object):
    def setupUi(self, LockScreen: QWidget) -> None:
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(600, 400)
        self.lockLayout = QVBoxLayout(LockScreen)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockLayout.setContentsMargins(0, 0, 0, 0)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.topSpacer)

        self.clinicLabel = QLabel(LockScreen)
        self.clinicLabel.setObjectName(u"clinicLabel")
        self.clinicLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.clinicLabel)

        self.clockLabel = QLabel(LockScreen)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.clockLabel)

        self.lockedTitle = QLabel(LockScreen)
        self.lockedTitle.setObjectName(u"lockedTitle")
        self.lockedTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.lockedTitle)

        self.lockedByLabel = QLabel(LockScreen)
        self.lockedByLabel.setObjectName(u"lockedByLabel")
        self.lockedByLabel.setWordWrap(True)
        self.lockedByLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.lockedByLabel)

        self.dueLabel = QLabel(LockScreen)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.dueLabel)

        self.passwordRow = QHBoxLayout()
        self.passwordRow.setObjectName(u"passwordRow")
        self.l1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordRow.addItem(self.l1)

        self.passwordLabel = QLabel(LockScreen)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordRow.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(LockScreen)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(256)

        self.passwordRow.addWidget(self.passwordEdit)

        self.r1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passwordRow.addItem(self.r1)


        self.lockLayout.addLayout(self.passwordRow)

        self.noticeLabel = QLabel(LockScreen)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setVisible(False)
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.noticeLabel)

        self.errorLabel = QLabel(LockScreen)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.lockLayout.addWidget(self.errorLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.l2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.l2)

        self.logoutButton = QPushButton(LockScreen)
        self.logoutButton.setObjectName(u"logoutButton")
        self.logoutButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.logoutButton)

        self.unlockButton = QPushButton(LockScreen)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonsRow.addWidget(self.unlockButton)

        self.r2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.r2)


        self.lockLayout.addLayout(self.buttonsRow)

        self.cancelledNote = QLabel(LockScreen)
        self.cancelledNote.setObjectName(u"cancelledNote")
        self.cancelledNote.setWordWrap(True)
        self.cancelledNote.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lockLayout.addWidget(self.cancelledNote)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.logoutButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen: QWidget) -> None:
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"Screen locked", None))
#if QT_CONFIG(accessibility)
        self.clinicLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Clinic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Time now", None))
#endif // QT_CONFIG(accessibility)
        self.lockedTitle.setText(QCoreApplication.translate("LockScreen", u"Screen locked", None))
        self.lockedByLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Release checks due", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password to unlock", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LockScreen", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.logoutButton.setText(QCoreApplication.translate("LockScreen", u"Log &out instead", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        self.cancelledNote.setText("")
    # retranslateUi
