# Generated from ui/correction_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog: QDialog) -> None:
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(560, 300)
        CorrectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CorrectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CorrectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.originalLabel = QLabel(CorrectionDialog)
        self.originalLabel.setObjectName(u"originalLabel")
        self.originalLabel.setWordWrap(True)
        self.originalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.originalLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.reasonLabel = QLabel(CorrectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CorrectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 52))
        self.reasonEdit.setMaximumSize(QSize(16777215, 72))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.effectLabel = QLabel(CorrectionDialog)
        self.effectLabel.setObjectName(u"effectLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectLabel)

        self.effectCombo = QComboBox(CorrectionDialog)
        self.effectCombo.setObjectName(u"effectCombo")
        self.effectCombo.setEditable(True)
        self.effectCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.effectCombo.setEditable(False)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectCombo)

        self.quantityLabel = QLabel(CorrectionDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(CorrectionDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.lateReasonLabel = QLabel(CorrectionDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(CorrectionDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)


        self.dialogLayout.addLayout(self.fields)

        self.errorLabel = QLabel(CorrectionDialog)
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

        self.cancelButton = QPushButton(CorrectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.recordButton = QPushButton(CorrectionDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.buttons.addWidget(self.recordButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.effectLabel.setBuddy(self.effectCombo)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.effectCombo)
        QWidget.setTabOrder(self.effectCombo, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(CorrectionDialog)

        self.recordButton.setDefault(True)


        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog: QDialog) -> None:
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct an entry", None))
        self.introLabel.setText(QCoreApplication.translate("CorrectionDialog", u"An entry is never changed. A correction is a dated, witnessed note attached to it; where the balance was wrong it also adds back or takes off the difference.", None))
#if QT_CONFIG(accessibility)
        self.originalLabel.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"The entry being corrected", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("CorrectionDialog", u"R&eason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Reason for the correction", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"What was wrong, and what is right", None))
        self.effectLabel.setText(QCoreApplication.translate("CorrectionDialog", u"&Balance", None))
#if QT_CONFIG(accessibility)
        self.effectCombo.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Effect on the balance", None))
#endif // QT_CONFIG(accessibility)
        self.quantityLabel.setText(QCoreApplication.translate("CorrectionDialog", u"&Quantity", None))
#if QT_CONFIG(accessibility)
        self.quantityEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Quantity added back or taken off", None))
#endif // QT_CONFIG(accessibility)
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"Whole units, e.g. 20", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("CorrectionDialog", u"&Late entry reason", None))
#if QT_CONFIG(accessibility)
        self.lateReasonEdit.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Reason for a late entry", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"If not entered on the day: why it is late", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CorrectionDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("CorrectionDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("CorrectionDialog", u"&Record correction\u2026", None))
    # retranslateUi
