"""The register's batches index dropped by someone holding the file and the key (every dose
chooses its batch through it, INDEXED BY register_entries_inflows): the nurse's dose is
refused on the check-in screen, before the witness is asked, with a sentence saying the
register's structure is damaged and what to do — not the apology for a fault in the
program; nothing is written; the log names the index and no patient."""

import logging

from hat_desktop.gui import messages
from hat_desktop.store.verify import verify
from tests.gui.dosing_screens import fill_dose, open_today, refused_before_the_witness, start_dose
from tests.raw_register import raw_register, snapshot


def test_a_dose_with_the_batches_index_dropped_says_the_register_is_damaged(
        qtbot, world, caplog, monkeypatch) -> None:
    d = world
    boxes: list[str] = []  # a message box (the apology) recorded instead of blocking
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title="": boxes.append(
        text))
    with raw_register(d.data_dir) as conn:
        conn.execute("DROP INDEX register_entries_inflows")
    window, _today = open_today(qtbot, d)
    _page, v = start_dose(qtbot, window)  # scanned, identity confirmed (written)
    fill_dose(qtbot, v, ampoules={"DIAM100": "2"})
    before = snapshot(d.reg.db)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        refused_before_the_witness(qtbot)  # Ctrl+D: no witness asked to sign
    ui = v.ui
    assert boxes == []
    assert ui.stages.currentWidget() is not ui.donePage
    assert ui.errorLabel.isVisible() and ui.errorLabel.text() == (
        f"The register {d.reg.db.path} is damaged: its index register_entries_inflows, part "
        "of its structure, is missing (it was removed outside HAT Desktop), so this cannot "
        "be done; nothing was written. Verify the register (Tools → Verify the register…, "
        "or `hat-desktop verify`), which names what is wrong, and tell the clinic manager.")
    assert snapshot(d.reg.db) == before
    logged = [r.getMessage() for r in caplog.records]
    assert "the register's index register_entries_inflows is missing: its structure was " \
        "changed outside HAT Desktop; the action was refused" in logged
    assert not any(r.exc_info for r in caplog.records if r.levelno >= logging.ERROR)
    for secret in ("HAT-0001", "Sam Patient"):
        assert not any(secret in text for text in logged), secret
    # What the sentence points to names the same index.
    assert "The register's index register_entries_inflows is missing: it was removed " \
        "outside HAT Desktop (with the key)." in verify(d.reg.db).problems
    window.close()
