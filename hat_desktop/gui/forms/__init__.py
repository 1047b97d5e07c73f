"""Python modules compiled from the Qt Designer forms in ui/ by scripts/compile_forms.py.

Generated (make forms): DO NOT EDIT. A controller builds its widgets with
``self.ui = Ui_Form(); self.ui.setupUi(widget)``.
"""

# Each form (module ui_<name>) and the Qt class of its top-level widget.
FORMS = {
    "admin_page": "QWidget",
    "audit_log_dialog": "QDialog",
    "backup_panel": "QGroupBox",
    "blind_count_dialog": "QDialog",
    "check_in_dialog": "QDialog",
    "clinic_day_settings": "QDialog",
    "close_section_dialog": "QDialog",
    "correction_dialog": "QDialog",
    "day_summary_dialog": "QDialog",
    "destroy_dialog": "QDialog",
    "discrepancy_dialog": "QDialog",
    "first_run_wizard": "QDialog",
    "hold_review_dialog": "QDialog",
    "lock_screen": "QWidget",
    "login_dialog": "QDialog",
    "main_window": "QMainWindow",
    "new_section_dialog": "QDialog",
    "open_register_dialog": "QDialog",
    "opening_dialog": "QDialog",
    "override_dialog": "QDialog",
    "password_dialog": "QDialog",
    "patient_detail": "QWidget",
    "patient_dialog": "QDialog",
    "patients_page": "QWidget",
    "prescription_dialog": "QDialog",
    "prescription_fields": "QWidget",
    "receive_dialog": "QDialog",
    "register_page": "QWidget",
    "release_dialog": "QDialog",
    "reports_page": "QWidget",
    "restore_dialog": "QDialog",
    "return_dialog": "QDialog",
    "status_dialog": "QDialog",
    "stock_page": "QWidget",
    "today_page": "QWidget",
    "user_dialog": "QDialog",
    "witness_dialog": "QDialog",
}
