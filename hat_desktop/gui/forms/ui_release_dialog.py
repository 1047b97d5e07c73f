# Generated from ui/release_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReleaseDialog(object):
    def setupUi(self, ReleaseDialog: QDialog) -> None:
        if not ReleaseDialog.objectName():
            ReleaseDialog.setObjectName(u"ReleaseDialog")
        ReleaseDialog.resize(500, 300)
        self.mainLayout = QVBoxLayout(ReleaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ReleaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.observationLabel = QLabel(ReleaseDialog)
        self.observationLabel.setObjectName(u"observationLabel")
        self.observationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.observationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.checkLabel = QLabel(ReleaseDialog)
        self.checkLabel.setObjectName(u"checkLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkLabel)

        self.checkEdit = QLineEdit(ReleaseDialog)
        self.checkEdit.setObjectName(u"checkEdit")
        self.checkEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checkEdit)

        self.earlyLabel = QLabel(ReleaseDialog)
        self.earlyLabel.setObjectName(u"earlyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.earlyLabel)

        self.earlyEdit = QLineEdit(ReleaseDialog)
        self.earlyEdit.setObjectName(u"earlyEdit")
        self.earlyEdit.setMaxLength(300)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.earlyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReleaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ReleaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.releaseButton = QPushButton(ReleaseDialog)
        self.releaseButton.setObjectName(u"releaseButton")
        self.releaseButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.releaseButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.checkLabel.setBuddy(self.checkEdit)
        self.earlyLabel.setBuddy(self.earlyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checkEdit, self.earlyEdit)
        QWidget.setTabOrder(self.earlyEdit, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.cancelButton)

        self.retranslateUi(ReleaseDialog)

        QMetaObject.connectSlotsByName(ReleaseDialog)
    # setupUi

    def retranslateUi(self, ReleaseDialog: QDialog) -> None:
        ReleaseDialog.setWindowTitle(QCoreApplication.translate("ReleaseDialog", u"Release check", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Patient and dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.observationLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Observation time", None))
#endif // QT_CONFIG(accessibility)
        self.checkLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Release &check", None))
#if QT_CONFIG(accessibility)
        self.checkEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Release check: how the patient is before leaving", None))
#endif // QT_CONFIG(accessibility)
        self.checkEdit.setPlaceholderText(QCoreApplication.translate("ReleaseDialog", u"e.g. alert, breathing normally, injection site fine", None))
        self.earlyLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Why &early", None))
#if QT_CONFIG(accessibility)
        self.earlyEdit.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Reason for ending the observation early", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReleaseDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ReleaseDialog", u"Cancel", None))
        self.releaseButton.setText(QCoreApplication.translate("ReleaseDialog", u"&Release the patient", None))
#if QT_CONFIG(tooltip)
        self.releaseButton.setToolTip(QCoreApplication.translate("ReleaseDialog", u"Record the release check and end the observation", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
