# Generated from ui/close_section_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CloseSectionDialog(object):
    def setupUi(self, CloseSectionDialog: QDialog) -> None:
        if not CloseSectionDialog.objectName():
            CloseSectionDialog.setObjectName(u"CloseSectionDialog")
        CloseSectionDialog.resize(560, 300)
        CloseSectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CloseSectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CloseSectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.sectionInfoLabel = QLabel(CloseSectionDialog)
        self.sectionInfoLabel.setObjectName(u"sectionInfoLabel")
        self.sectionInfoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sectionInfoLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.reasonLabel = QLabel(CloseSectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(CloseSectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(CloseSectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(CloseSectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.closeButton = QPushButton(CloseSectionDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.cancelButton)

        self.retranslateUi(CloseSectionDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(CloseSectionDialog)
    # setupUi

    def retranslateUi(self, CloseSectionDialog: QDialog) -> None:
        CloseSectionDialog.setWindowTitle(QCoreApplication.translate("CloseSectionDialog", u"Close section", None))
        self.introLabel.setText(QCoreApplication.translate("CloseSectionDialog", u"A closed section takes no new entry. It is never deleted: its entries stay in the register and can still be read, printed and exported.", None))
#if QT_CONFIG(accessibility)
        self.sectionInfoLabel.setAccessibleName(QCoreApplication.translate("CloseSectionDialog", u"Section to close", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("CloseSectionDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CloseSectionDialog", u"Reason for closing the section", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CloseSectionDialog", u"e.g. No longer stocked", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CloseSectionDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CloseSectionDialog", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("CloseSectionDialog", u"Clos&e section", None))
    # retranslateUi
