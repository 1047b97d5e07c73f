# Generated from ui/screen_panel_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ScreenPanelDialog(object):
    def setupUi(self, ScreenPanelDialog: QDialog) -> None:
        if not ScreenPanelDialog.objectName():
            ScreenPanelDialog.setObjectName(u"ScreenPanelDialog")
        ScreenPanelDialog.resize(460, 460)
        self.panelLayout = QVBoxLayout(ScreenPanelDialog)
        self.panelLayout.setObjectName(u"panelLayout")
        self.introLabel = QLabel(ScreenPanelDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.introLabel)

        self.substancesLabel = QLabel(ScreenPanelDialog)
        self.substancesLabel.setObjectName(u"substancesLabel")

        self.panelLayout.addWidget(self.substancesLabel)

        self.substancesEdit = QPlainTextEdit(ScreenPanelDialog)
        self.substancesEdit.setObjectName(u"substancesEdit")
        self.substancesEdit.setTabChangesFocus(True)

        self.panelLayout.addWidget(self.substancesEdit)

        self.errorLabel = QLabel(ScreenPanelDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.errorLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.bs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.bs)

        self.cancelButton = QPushButton(ScreenPanelDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(ScreenPanelDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttons.addWidget(self.confirmButton)


        self.panelLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.substancesLabel.setBuddy(self.substancesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.substancesEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.cancelButton)

        self.retranslateUi(ScreenPanelDialog)

        self.confirmButton.setDefault(True)


        QMetaObject.connectSlotsByName(ScreenPanelDialog)
    # setupUi

    def retranslateUi(self, ScreenPanelDialog: QDialog) -> None:
        ScreenPanelDialog.setWindowTitle(QCoreApplication.translate("ScreenPanelDialog", u"Drug-screen panel", None))
        self.substancesLabel.setText(QCoreApplication.translate("ScreenPanelDialog", u"&Substances after street heroin, one a line", None))
#if QT_CONFIG(accessibility)
        self.substancesEdit.setAccessibleName(QCoreApplication.translate("ScreenPanelDialog", u"Substances on the panel, one a line", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ScreenPanelDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ScreenPanelDialog", u"Cancel", None))
        self.confirmButton.setText(QCoreApplication.translate("ScreenPanelDialog", u"Sa&ve the panel", None))
    # retranslateUi
