# Generated from ui/contacts_panel.ui by scripts/compile_forms.py (make forms): DO NOT EDIT.
# Change the form in Qt Designer and regenerate; tests/test_compiled_forms.py
# fails when this file and its .ui disagree.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ContactsPanel(object):
    def setupUi(self, ContactsPanel: QWidget) -> None:
        if not ContactsPanel.objectName():
            ContactsPanel.setObjectName(u"ContactsPanel")
        ContactsPanel.resize(900, 420)
        self.contactsLayout = QVBoxLayout(ContactsPanel)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(11, -1, -1, -1)
        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.recordContactButton = QPushButton(ContactsPanel)
        self.recordContactButton.setObjectName(u"recordContactButton")
        self.recordContactButton.setAutoDefault(False)

        self.contactButtons.addWidget(self.recordContactButton)

        self.cbs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.cbs)


        self.contactsLayout.addLayout(self.contactButtons)

        self.roleNote = QLabel(ContactsPanel)
        self.roleNote.setObjectName(u"roleNote")
        self.roleNote.setWordWrap(True)

        self.contactsLayout.addWidget(self.roleNote)

        self.contactsHeading = QLabel(ContactsPanel)
        self.contactsHeading.setObjectName(u"contactsHeading")

        self.contactsLayout.addWidget(self.contactsHeading)

        self.contactsTable = QTableView(ContactsPanel)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setWordWrap(True)

        self.contactsLayout.addWidget(self.contactsTable)

        self.errorLabel = QLabel(ContactsPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.contactsLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.contactsHeading.setBuddy(self.contactsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordContactButton, self.contactsTable)

        self.retranslateUi(ContactsPanel)

        QMetaObject.connectSlotsByName(ContactsPanel)
    # setupUi

    def retranslateUi(self, ContactsPanel: QWidget) -> None:
        ContactsPanel.setWindowTitle(QCoreApplication.translate("ContactsPanel", u"Partner agencies", None))
        self.recordContactButton.setText(QCoreApplication.translate("ContactsPanel", u"Record an a&gency contact\u2026", None))
        self.contactsHeading.setText(QCoreApplication.translate("ContactsPanel", u"Contacts with partner agencies, newest first", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("ContactsPanel", u"Contacts with partner agencies", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ContactsPanel", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
