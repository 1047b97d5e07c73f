# Generated from ui/prescription_fields.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QWidget)

class Ui_PrescriptionFields(object):
    def setupUi(self, PrescriptionFields: QWidget) -> None:
        if not PrescriptionFields.objectName():
            PrescriptionFields.setObjectName(u"PrescriptionFields")
        PrescriptionFields.resize(560, 460)
        self.fieldsForm = QFormLayout(PrescriptionFields)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setContentsMargins(0, 0, 0, 0)
        self.sectionsLabel = QLabel(PrescriptionFields)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionsLabel)

        self.sectionsList = QListWidget(PrescriptionFields)
        self.sectionsList.setObjectName(u"sectionsList")
        self.sectionsList.setMinimumSize(QSize(0, 72))
        self.sectionsList.setMaximumSize(QSize(16777215, 110))
        self.sectionsList.setWordWrap(True)
        self.sectionsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sectionsList.setResizeMode(QListView.ResizeMode.Adjust)

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionsList)

        self.doseLabel = QLabel(PrescriptionFields)
        self.doseLabel.setObjectName(u"doseLabel")

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doseLabel)

        self.doseSpin = QSpinBox(PrescriptionFields)
        self.doseSpin.setObjectName(u"doseSpin")
        self.doseSpin.setMinimum(0)
        self.doseSpin.setMaximum(1000)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doseSpin)

        self.sessionsLabel = QLabel(PrescriptionFields)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionsLabel)

        self.sessionsBox = QWidget(PrescriptionFields)
        self.sessionsBox.setObjectName(u"sessionsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sessionsBox.sizePolicy().hasHeightForWidth())
        self.sessionsBox.setSizePolicy(sizePolicy)
        self.sessionsLayout = QHBoxLayout(self.sessionsBox)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, 0, 0, 0)

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionsBox)

        self.startLabel = QLabel(PrescriptionFields)
        self.startLabel.setObjectName(u"startLabel")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = QDateEdit(PrescriptionFields)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endLabel = QLabel(PrescriptionFields)
        self.endLabel.setObjectName(u"endLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = QDateEdit(PrescriptionFields)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDate)

        self.dailyMaxLabel = QLabel(PrescriptionFields)
        self.dailyMaxLabel.setObjectName(u"dailyMaxLabel")

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dailyMaxLabel)

        self.dailyMaxSpin = QSpinBox(PrescriptionFields)
        self.dailyMaxSpin.setObjectName(u"dailyMaxSpin")
        self.dailyMaxSpin.setMinimum(0)
        self.dailyMaxSpin.setMaximum(3000)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dailyMaxSpin)

        self.rxNotesLabel = QLabel(PrescriptionFields)
        self.rxNotesLabel.setObjectName(u"rxNotesLabel")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rxNotesLabel)

        self.notesEdit = QPlainTextEdit(PrescriptionFields)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.reasonLabel = QLabel(PrescriptionFields)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(PrescriptionFields)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 60))

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

#if QT_CONFIG(shortcut)
        self.sectionsLabel.setBuddy(self.sectionsList)
        self.doseLabel.setBuddy(self.doseSpin)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.dailyMaxLabel.setBuddy(self.dailyMaxSpin)
        self.rxNotesLabel.setBuddy(self.notesEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionsList, self.doseSpin)
        QWidget.setTabOrder(self.doseSpin, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.dailyMaxSpin)
        QWidget.setTabOrder(self.dailyMaxSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.reasonEdit)

        self.retranslateUi(PrescriptionFields)

        QMetaObject.connectSlotsByName(PrescriptionFields)
    # setupUi

    def retranslateUi(self, PrescriptionFields: QWidget) -> None:
        self.sectionsLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Products", None))
#if QT_CONFIG(accessibility)
        self.sectionsList.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Products (register sections) that may be given: tick one or more of the same drug", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sectionsList.setToolTip(QCoreApplication.translate("PrescriptionFields", u"Tick every register section the dose may be drawn from (e.g. both ampoule sizes of the same drug).", None))
#endif // QT_CONFIG(tooltip)
        self.doseLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Dose per session", None))
#if QT_CONFIG(accessibility)
        self.doseSpin.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Dose per session in mg", None))
#endif // QT_CONFIG(accessibility)
        self.doseSpin.setSuffix(QCoreApplication.translate("PrescriptionFields", u" mg", None))
        self.sessionsLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Sessions", None))
#if QT_CONFIG(accessibility)
        self.sessionsBox.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Sessions of the day at which the dose is given", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Start date", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setDisplayFormat(QCoreApplication.translate("PrescriptionFields", u"dd/MM/yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDate.setDisplayFormat(QCoreApplication.translate("PrescriptionFields", u"dd/MM/yyyy", None))
        self.dailyMaxLabel.setText(QCoreApplication.translate("PrescriptionFields", u"Daily ma&ximum", None))
#if QT_CONFIG(accessibility)
        self.dailyMaxSpin.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Daily maximum in mg (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.dailyMaxSpin.setSpecialValueText(QCoreApplication.translate("PrescriptionFields", u"None (dose \u00d7 sessions)", None))
        self.dailyMaxSpin.setSuffix(QCoreApplication.translate("PrescriptionFields", u" mg", None))
        self.rxNotesLabel.setText(QCoreApplication.translate("PrescriptionFields", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Notes (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("PrescriptionFields", u"&Reason for the change", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("PrescriptionFields", u"Reason for the change (required for a change)", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
