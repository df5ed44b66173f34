"""Every draft lives in the library: autosave, recovery after a kill, open where the user left, quit saves,
a library that fails keeps the text and offers export, the review record, a huge paste."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from composer.store.drafts import DiskFull, DraftStore, StoreLocked
from composer.ui.drafts_flow import Leave
from composer.ui.panel import MAX_CARDS


def store_of(window) -> DraftStore:
    assert window.library.store is not None, window.library.problem
    return window.library.store


def reviewed(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        action()


# --- autosave, saving, quitting ---------------------------------------------------------------


def test_typing_autosaves_into_the_encrypted_journal(qtbot, window):
    window.autosave_timer.setInterval(20)  # AUTOSAVE_DELAY_MS in the app; short here
    qtbot.keyClicks(window.editor, "Flu clinic opens Monday")
    store = store_of(window)
    qtbot.waitUntil(lambda: [e.text for e in store.pending_recoveries()] == ["Flu clinic opens Monday"])
    journal = next((store.path.parent / "recovery").glob("*.journal"))
    assert b"Flu clinic" not in journal.read_bytes()  # only ciphertext on disk
    assert window.isWindowModified()  # the journal is not a save: the title still says "modified"


def test_ctrl_s_saves_with_readiness_and_the_title_shows_the_draft(qtbot, window):
    qtbot.keyClicks(window.editor, "Patient in room 412 today")
    qtbot.waitUntil(lambda: not window.review_pending)
    assert window.windowTitle() == "Patient in room 412 today[*] — Composer" and window.isWindowModified()
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    (summary,) = store_of(window).list_drafts()
    assert (summary.title, summary.readiness) == ("Patient in room 412 today", "1 error")
    assert store_of(window).pending_recoveries() == []


def test_the_library_lists_the_readiness_the_window_shows(qtbot, window, monkeypatch):
    reviewed(qtbot, window, lambda: window.set_text("An awesome day"))
    store = store_of(window)
    assert store.get(window.state.draft_id).readiness == "1 warning"
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "")
    window.panel.cards[0].ignore_button.click()
    assert window.readiness.headline == "Ready to post"
    assert store.get(window.state.draft_id).readiness == "Ready"


def test_quitting_saves_the_text_into_the_library(qtbot, window):
    qtbot.keyClicks(window.editor, "An awesome team")
    draft_id = window.state.draft_id
    assert window.close()
    with DraftStore.open() as store:
        assert store.get(draft_id).text == "An awesome team"
        assert store.pending_recoveries() == []
        assert store.last_open_id == draft_id


def test_the_next_start_opens_the_draft_the_user_left(qtbot, make_window, fake_reviewer):
    first = make_window(reviewer=fake_reviewer)
    qtbot.keyClicks(first.editor, "First draft")
    first.new_draft()
    qtbot.keyClicks(first.editor, "Second draft")
    first_id = store_of(first).list_drafts()[-1].id
    first.open_draft_id(first_id)  # saves "Second draft" first
    assert first.text() == "First draft"
    assert first.close()

    again = make_window(reviewer=fake_reviewer)
    assert again.text() == "First draft"
    assert again.windowTitle().startswith("First draft")
    assert sorted(d.title for d in store_of(again).list_drafts()) == ["First draft", "Second draft"]


def test_a_file_given_at_start_wins_over_the_last_draft(qtbot, make_window, fake_reviewer, tmp_path):
    from composer.store.settings import Settings
    from composer.ui.main_window import MainWindow

    first = make_window(reviewer=fake_reviewer)
    qtbot.keyClicks(first.editor, "Where I left")
    assert first.close()
    path = tmp_path / "post.txt"
    path.write_text("From the command line", encoding="utf-8")
    window = MainWindow(Settings(), reviewer=fake_reviewer, grammar_factory=None)
    qtbot.addWidget(window)
    assert window.load_file(path) == ""  # as `composer post.txt` does, while the library still opens
    qtbot.waitUntil(lambda: window.library.is_open)
    assert window.text() == "From the command line"
    assert store_of(window).get(window.state.draft_id).name == "post.txt"
    assert window.windowTitle().startswith("post.txt")


# --- recovery after a crash --------------------------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from composer.store.settings import Settings
    from composer.ui.main_window import MainWindow
    window = MainWindow(Settings(), grammar_factory=None)
    window.show()
    while window.library.opening:
        QTest.qWait(10)
    QTest.keyClicks(window.editor, "Typed before the power went out")
    assert window.autosave_now()
    print("autosaved", flush=True)
    QTest.qWait(60_000)
    """
)


def test_text_typed_before_a_kill_is_restored_with_keep_and_discard(qtbot, make_window, fake_reviewer):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    child = subprocess.Popen([sys.executable, "-c", _CHILD], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)  # no clean quit: nothing saved into the library
        child.wait(10)

    window = make_window(reviewer=fake_reviewer)
    assert window.text() == "Typed before the power went out"
    notice = window.notices.notice("recovered")
    assert notice is not None and "did not close properly" in notice.text
    assert "“Typed before the power went out”" in notice.text
    assert window.isWindowModified()
    notice.buttons["Keep"].click()
    assert store_of(window).get(window.state.draft_id).text == "Typed before the power went out"
    assert store_of(window).pending_recoveries() == []
    assert window.notices.notice("recovered") is None


def test_discard_goes_back_to_the_saved_version(qtbot, make_window, fake_reviewer):
    crashed = make_window(reviewer=fake_reviewer)
    qtbot.keyClicks(crashed.editor, "Saved words")
    assert crashed.save()
    qtbot.keyClicks(crashed.editor, " and unsaved ones")
    assert crashed.autosave_now()  # then the window never closes cleanly: its journal stays

    window = make_window(reviewer=fake_reviewer)
    assert window.text() == "Saved words and unsaved ones"
    window.notices.notice("recovered").buttons["Discard"].click()
    assert window.text() == "Saved words"
    assert not window.isWindowModified()
    assert store_of(window).pending_recoveries() == []


# --- the library in a dock ----------------------------------------------------------------------


def test_ctrl_n_and_the_browser_switch_drafts_saving_the_current_one(qtbot, window):
    qtbot.keyClicks(window.editor, "One")
    window.actions.new.trigger()
    qtbot.keyClicks(window.editor, "Two")
    window.actions.drafts.trigger()
    browser = window.library.browser
    assert window.library.dock.isVisible() and browser.search_field.hasFocus()
    titles = {browser.draft_list.topLevelItem(i).text(0) for i in range(browser.draft_list.topLevelItemCount())}
    assert titles == {"One", "Two"}  # opening the library saved the draft in the window
    one = next(d.id for d in store_of(window).list_drafts() if d.title == "One")
    browser.select(one)
    browser.buttons["open"].click()
    assert window.text() == "One"


def test_trashing_the_open_draft_keeps_its_text_and_starts_a_new_one(qtbot, window):
    qtbot.keyClicks(window.editor, "Going to the trash")
    trashed_id = window.state.draft_id
    window.actions.drafts.trigger()
    browser = window.library.browser
    browser.select(trashed_id)
    browser.buttons["delete"].click()
    assert window.text() == "" and window.state.draft_id != trashed_id
    (in_trash,) = store_of(window).list_drafts(trashed=True)
    assert store_of(window).get(in_trash.id).text == "Going to the trash"


def test_renaming_the_open_draft_renames_the_window(qtbot, window, monkeypatch):
    qtbot.keyClicks(window.editor, "Some text")
    window.actions.drafts.trigger()
    browser = window.library.browser
    monkeypatch.setattr(browser, "_ask_name", lambda current: "Flu clinic")
    browser.select(window.state.draft_id)
    browser.buttons["rename"].click()
    assert window.windowTitle().startswith("Flu clinic")
    assert store_of(window).get(window.state.draft_id).text == "Some text"


# --- when the library fails -----------------------------------------------------------------------


def test_a_key_kept_in_a_file_is_said_once_in_a_banner_the_user_can_dismiss(qtbot, window):
    notice = window.notices.notice("key")  # the tests run without a system keyring
    assert notice is not None and "no system keyring" in notice.text and "drafts.key" in notice.text
    notice.buttons["Dismiss"].click()
    assert window.notices.notice("key") is None and not window.notices.isVisibleTo(window)


def _locked():
    raise StoreLocked("Your drafts are locked: the keyring refused. Unlock the keyring and start Composer again.")


def test_a_locked_library_keeps_the_text_and_offers_export(qtbot, make_window, fake_reviewer, tmp_path, monkeypatch):
    window = make_window(reviewer=fake_reviewer, drafts=_locked)
    notice = window.notices.notice("library")
    assert "keyring refused" in notice.text and "Export Text" in notice.text
    qtbot.keyClicks(window.editor, "Words worth keeping")
    target = tmp_path / "kept.txt"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    notice.buttons["Export Text…"].click()
    assert target.read_text(encoding="utf-8") == "Words worth keeping"

    asked = []
    monkeypatch.setattr(window, "ask_unsaved", lambda problem, go_on: asked.append(go_on) or Leave.CANCEL)
    assert not window.close()  # cancel: still open, text still there
    assert window.text() == "Words worth keeping" and asked == ["Quit Anyway"]
    monkeypatch.setattr(window, "ask_unsaved", lambda problem, go_on: Leave.DISCARD)
    assert window.close()


def test_a_full_disk_at_quit_asks_and_can_save_a_text_file(qtbot, window, tmp_path, monkeypatch):
    qtbot.keyClicks(window.editor, "Nearly lost")
    store = store_of(window)

    def full(*args, **kwargs):
        raise DiskFull("Your draft could not be saved: the disk is full.")

    monkeypatch.setattr(store, "save", full)
    problems = []
    monkeypatch.setattr(window, "ask_unsaved", lambda problem, go_on: problems.append(problem) or Leave.EXPORT)
    target = tmp_path / "rescued.txt"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    assert window.close()
    assert problems == ["Your draft could not be saved: the disk is full."]
    assert target.read_text(encoding="utf-8") == "Nearly lost"


def test_a_failing_autosave_says_so_and_the_text_stays(qtbot, window, monkeypatch):
    def full(*args, **kwargs):
        raise DiskFull("Your draft could not be autosaved: the disk is full.")

    monkeypatch.setattr(store_of(window), "autosave", full)
    qtbot.keyClicks(window.editor, "Still here")
    assert not window.autosave_now()
    assert "disk is full" in window.notices.notice("autosave").text
    assert window.text() == "Still here"


# --- the review record ----------------------------------------------------------------------------


def test_the_review_record_lists_fixed_ignored_and_open_findings(qtbot, window, tmp_path, monkeypatch):
    reviewed(qtbot, window, lambda: window.set_text("Patient in room 412 was awesome, room 9 next"))
    room = next(c for c in window.panel.cards if c.tracked.finding.excerpt == "room 412")
    reviewed(qtbot, window, lambda: room.fix_buttons[0].click())
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "It's a quote from the patient's family")
    next(c for c in window.panel.cards if c.tracked.finding.rule == "conduct.tone").ignore_button.click()

    target = tmp_path / "record.json"
    monkeypatch.setattr(window, "ask_record_path", lambda: str(target))
    window.actions.export_record.trigger()
    qtbot.waitUntil(target.exists)
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["text"] == "Patient in a room was awesome, room 9 next"
    assert record["platform"] == "x"
    assert record["policy"] == {"name": window.state.policy.name, "version": str(window.state.policy.version)}
    outcomes = [(f["excerpt"], f["outcome"], f["reason"]) for f in record["findings"]]
    assert outcomes == [
        ("room 412", "fixed", ""),
        ("awesome", "ignored", "It's a quote from the patient's family"),
        ("room 9", "open", ""),
    ]
    markdown = tmp_path / "record.md"
    monkeypatch.setattr(window, "ask_record_path", lambda: str(markdown))
    window.actions.export_record.trigger()
    qtbot.waitUntil(markdown.exists)
    content = markdown.read_text(encoding="utf-8")
    assert "## Final text" in content and "ignored: It's a quote from the patient's family" in content


# --- big pastes, window size ------------------------------------------------------------------------


def test_a_one_megabyte_paste_caps_the_cards_and_keeps_every_character(qtbot, window):
    line = "Shift notes for the team, patient in room 412 doing better, all good here. " * 2
    text = (line + "\n") * (1_000_000 // (len(line) + 1))
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.reviewApplied, timeout=20_000):
        window.editor.paste()
    qtbot.waitUntil(lambda: not window.review_pending, timeout=20_000)
    found = text.count("room 412")
    assert len(window.findings) == found and window.readiness.errors == found  # readiness counts every one
    assert window.panel.cards and window.panel.building  # the first cards at once, the rest in batches
    with qtbot.waitSignal(window.panel.updated, timeout=10_000):
        pass
    assert not window.panel.building and len(window.panel.cards) == MAX_CARDS
    assert window.panel.hidden_count == found - MAX_CARDS
    assert f"{found - MAX_CARDS:,} more findings" in window.panel._note.text()
    assert window.save()
    assert store_of(window).get(window.state.draft_id).text == text


def test_the_window_opens_at_a_sensible_size_and_remembers_it(qtbot, make_window, fake_reviewer):
    window = make_window(reviewer=fake_reviewer)
    screen = window.screen().availableGeometry()
    assert window.width() <= min(1100, screen.width() * 0.8) + 1
    assert window.height() <= min(720, screen.height() * 0.8) + 1
    window.resize(520, 400)
    qtbot.waitUntil(lambda: window.width() == 520)
    assert window.close()
    again = make_window(reviewer=fake_reviewer)
    assert (again.width(), again.height()) == (520, 400)


@pytest.mark.parametrize("kind", ["md", "json"])
def test_a_record_path_without_extension_gets_one_from_the_chosen_format(window, monkeypatch, kind):
    from PySide6.QtWidgets import QFileDialog

    chosen = "JSON (*.json)" if kind == "json" else "Markdown (*.md)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("/tmp/record", chosen)))
    assert window.ask_record_path() == f"/tmp/record.{kind}"
