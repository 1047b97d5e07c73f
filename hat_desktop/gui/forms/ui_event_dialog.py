# Generated from ui/event_dialog.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

class Ui_EventDialog(object):
    def setupUi(self, EventDialog: QDialog) -> None:
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(860, 480)
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(EventDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.whatLayout = QFormLayout()
        self.whatLayout.setObjectName(u"whatLayout")
        self.kindLabel = QLabel(EventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.whatLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EventDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.whatLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dayLabel = QLabel(EventDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.whatLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dayEdit = QDateEdit(EventDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dayEdit)

        self.timeEdit = QTimeEdit(EventDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.whenLayout.addWidget(self.timeEdit)


        self.whatLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.doseLabel = QLabel(EventDialog)
        self.doseLabel.setObjectName(u"doseLabel")

        self.whatLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doseLabel)

        self.doseCombo = QComboBox(EventDialog)
        self.doseCombo.setObjectName(u"doseCombo")

        self.whatLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doseCombo)

        self.outcomeLabel = QLabel(EventDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.whatLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(EventDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.whatLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.respondersLabel = QLabel(EventDialog)
        self.respondersLabel.setObjectName(u"respondersLabel")

        self.whatLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.respondersLabel)

        self.respondersEdit = QLineEdit(EventDialog)
        self.respondersEdit.setObjectName(u"respondersEdit")
        self.respondersEdit.setMaxLength(300)

        self.whatLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.respondersEdit)

        self.accountLabel = QLabel(EventDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.whatLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QPlainTextEdit(EventDialog)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setTabChangesFocus(True)

        self.whatLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accountEdit)


        self.columns.addLayout(self.whatLayout)

        self.doneLayout = QFormLayout()
        self.doneLayout.setObjectName(u"doneLayout")
        self.naloxoneLabel = QLabel(EventDialog)
        self.naloxoneLabel.setObjectName(u"naloxoneLabel")

        self.doneLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.naloxoneLabel)

        self.naloxoneEdit = QLineEdit(EventDialog)
        self.naloxoneEdit.setObjectName(u"naloxoneEdit")
        self.naloxoneEdit.setMaxLength(6)

        self.doneLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.naloxoneEdit)

        self.routeLabel = QLabel(EventDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.doneLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(EventDialog)
        self.routeCombo.setObjectName(u"routeCombo")

        self.doneLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.dosesLabel = QLabel(EventDialog)
        self.dosesLabel.setObjectName(u"dosesLabel")

        self.doneLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dosesLabel)

        self.dosesSpin = QSpinBox(EventDialog)
        self.dosesSpin.setObjectName(u"dosesSpin")
        self.dosesSpin.setMaximum(20)

        self.doneLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dosesSpin)

        self.batchLabel = QLabel(EventDialog)
        self.batchLabel.setObjectName(u"batchLabel")

        self.doneLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.batchLabel)

        self.batchEdit = QLineEdit(EventDialog)
        self.batchEdit.setObjectName(u"batchEdit")
        self.batchEdit.setMaxLength(40)

        self.doneLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.batchEdit)

        self.oxygenCheck = QCheckBox(EventDialog)
        self.oxygenCheck.setObjectName(u"oxygenCheck")

        self.doneLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.oxygenCheck)

        self.breathsCheck = QCheckBox(EventDialog)
        self.breathsCheck.setObjectName(u"breathsCheck")

        self.doneLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.breathsCheck)

        self.cprCheck = QCheckBox(EventDialog)
        self.cprCheck.setObjectName(u"cprCheck")

        self.doneLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cprCheck)

        self.ambulanceCheck = QCheckBox(EventDialog)
        self.ambulanceCheck.setObjectName(u"ambulanceCheck")

        self.doneLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ambulanceCheck)

        self.transferCheck = QCheckBox(EventDialog)
        self.transferCheck.setObjectName(u"transferCheck")

        self.doneLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.transferCheck)


        self.columns.addLayout(self.doneLayout)


        self.mainLayout.addLayout(self.columns)

        self.holdLabel = QLabel(EventDialog)
        self.holdLabel.setObjectName(u"holdLabel")
        self.holdLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.holdLabel)

        self.errorLabel = QLabel(EventDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(EventDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.recordButton = QPushButton(EventDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.recordButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.doseLabel.setBuddy(self.doseCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.respondersLabel.setBuddy(self.respondersEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.naloxoneLabel.setBuddy(self.naloxoneEdit)
        self.routeLabel.setBuddy(self.routeCombo)
        self.dosesLabel.setBuddy(self.dosesSpin)
        self.batchLabel.setBuddy(self.batchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.doseCombo)
        QWidget.setTabOrder(self.doseCombo, self.naloxoneEdit)
        QWidget.setTabOrder(self.naloxoneEdit, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.dosesSpin)
        QWidget.setTabOrder(self.dosesSpin, self.batchEdit)
        QWidget.setTabOrder(self.batchEdit, self.oxygenCheck)
        QWidget.setTabOrder(self.oxygenCheck, self.breathsCheck)
        QWidget.setTabOrder(self.breathsCheck, self.cprCheck)
        QWidget.setTabOrder(self.cprCheck, self.ambulanceCheck)
        QWidget.setTabOrder(self.ambulanceCheck, self.transferCheck)
        QWidget.setTabOrder(self.transferCheck, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.respondersEdit)
        QWidget.setTabOrder(self.respondersEdit, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.cancelButton)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog: QDialog) -> None:
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Record an event", None))
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Patient", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("EventDialog", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("EventDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.dayEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Day of the event", None))
#endif // QT_CONFIG(accessibility)
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Time of the event", None))
#endif // QT_CONFIG(accessibility)
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"HH:mm", None))
        self.doseLabel.setText(QCoreApplication.translate("EventDialog", u"Linked &dose", None))
#if QT_CONFIG(accessibility)
        self.doseCombo.setAccessibleName(QCoreApplication.translate("EventDialog", u"The dose the event followed", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("EventDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("EventDialog", u"Outcome of the event", None))
#endif // QT_CONFIG(accessibility)
        self.respondersLabel.setText(QCoreApplication.translate("EventDialog", u"Res&ponders", None))
#if QT_CONFIG(accessibility)
        self.respondersEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Who responded", None))
#endif // QT_CONFIG(accessibility)
        self.respondersEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Nina Nurse, Nora Nurse", None))
        self.accountLabel.setText(QCoreApplication.translate("EventDialog", u"&Account", None))
#if QT_CONFIG(accessibility)
        self.accountEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"What happened, what was seen, what was done", None))
        self.naloxoneLabel.setText(QCoreApplication.translate("EventDialog", u"&Naloxone (mg)", None))
#if QT_CONFIG(accessibility)
        self.naloxoneEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Naloxone given in total, mg", None))
#endif // QT_CONFIG(accessibility)
        self.naloxoneEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"blank: none; e.g. 0.8", None))
        self.routeLabel.setText(QCoreApplication.translate("EventDialog", u"Ro&ute", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("EventDialog", u"Naloxone route", None))
#endif // QT_CONFIG(accessibility)
        self.dosesLabel.setText(QCoreApplication.translate("EventDialog", u"Naloxone do&ses", None))
#if QT_CONFIG(accessibility)
        self.dosesSpin.setAccessibleName(QCoreApplication.translate("EventDialog", u"How many doses of naloxone", None))
#endif // QT_CONFIG(accessibility)
        self.batchLabel.setText(QCoreApplication.translate("EventDialog", u"Naloxone &batch", None))
#if QT_CONFIG(accessibility)
        self.batchEdit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Naloxone batch number", None))
#endif // QT_CONFIG(accessibility)
        self.oxygenCheck.setText(QCoreApplication.translate("EventDialog", u"O&xygen given", None))
        self.breathsCheck.setText(QCoreApplication.translate("EventDialog", u"Rescu&e breaths", None))
        self.cprCheck.setText(QCoreApplication.translate("EventDialog", u"&CPR", None))
        self.ambulanceCheck.setText(QCoreApplication.translate("EventDialog", u"A&mbulance called", None))
        self.transferCheck.setText(QCoreApplication.translate("EventDialog", u"&Taken to hospital", None))
#if QT_CONFIG(accessibility)
        self.holdLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"What recording the event does", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EventDialog", u"Error message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("EventDialog", u"Cancel", None))
        self.recordButton.setText(QCoreApplication.translate("EventDialog", u"&Record the event\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("EventDialog", u"Check the record, then a second member of staff signs as witness", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
