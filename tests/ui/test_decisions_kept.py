"""What the author decided about a draft's findings is kept with the draft: Ignore (and its reason)
survives switching drafts and restarting, and a review record exported later still lists it."""

from __future__ import annotations

import json

from composer.store.drafts import DraftStore


def reviewed(qtbot, window, action) -> None:
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        action()


def card(window, rule: str):
    return next(c for c in window.panel.cards if c.tracked.finding.rule == rule)


def rules(window) -> list[str]:
    return [f.rule for f in window.findings]


def test_an_ignored_finding_stays_ignored_after_switching_drafts_and_restarting(
    qtbot, make_window, fake_reviewer, monkeypatch, tmp_path
):
    window = make_window(reviewer=fake_reviewer)
    reviewed(qtbot, window, lambda: window.set_text("Patient in room 412 was awesome"))
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "Quoting the patient's family")
    card(window, "conduct.tone").ignore_button.click()
    assert rules(window) == ["privacy.room-number"]
    kept_id = window.state.draft_id

    window.new_draft()  # another draft: nothing ignored there
    reviewed(qtbot, window, lambda: window.set_text("An awesome day"))
    assert rules(window) == ["conduct.tone"]

    reviewed(qtbot, window, lambda: window.open_draft_id(kept_id))  # back: still ignored
    assert rules(window) == ["privacy.room-number"]
    assert window.close()

    again = make_window(reviewer=fake_reviewer)  # a restart opens the draft where the user left
    qtbot.waitUntil(lambda: again.state.draft_id == kept_id and not again.review_pending)
    assert rules(again) == ["privacy.room-number"]

    target = tmp_path / "record.json"
    monkeypatch.setattr(again, "ask_record_path", lambda: str(target))
    again.actions.export_record.trigger()
    qtbot.waitUntil(target.exists)
    outcomes = [(f["excerpt"], f["outcome"], f["reason"]) for f in json.loads(target.read_text())["findings"]]
    assert ("awesome", "ignored", "Quoting the patient's family") in outcomes
    assert ("room 412", "open", "") in outcomes


def test_a_fix_made_in_an_earlier_session_is_in_the_record(qtbot, make_window, fake_reviewer, monkeypatch, tmp_path):
    window = make_window(reviewer=fake_reviewer)
    reviewed(qtbot, window, lambda: window.set_text("Patient in room 412 today"))
    reviewed(qtbot, window, lambda: card(window, "privacy.room-number").fix_buttons[0].click())
    assert window.close()

    again = make_window(reviewer=fake_reviewer)
    qtbot.waitUntil(lambda: again.text() == "Patient in a room today" and not again.review_pending)
    target = tmp_path / "record.json"
    monkeypatch.setattr(again, "ask_record_path", lambda: str(target))
    again.actions.export_record.trigger()
    qtbot.waitUntil(target.exists)
    outcomes = [(f["excerpt"], f["outcome"]) for f in json.loads(target.read_text())["findings"]]
    assert outcomes == [("room 412", "fixed")]


def test_decisions_are_stored_encrypted_with_the_draft(qtbot, make_window, fake_reviewer, monkeypatch):
    window = make_window(reviewer=fake_reviewer)
    reviewed(qtbot, window, lambda: window.set_text("An awesome Quokkafest"))
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "Marzipan reasons")
    card(window, "conduct.tone").ignore_button.click()
    draft_id = window.state.draft_id
    assert window.close()
    with DraftStore.open() as store:
        data = store.load_decisions(draft_id)
        folder = store.path.parent
    assert [entry["reason"] for entry in data["ignored"]] == ["Marzipan reasons"]
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"Marzipan" not in path.read_bytes(), path.name


def test_decisions_made_before_the_library_opened_are_kept_when_it_does(qtbot, fake_reviewer, monkeypatch):
    import threading

    from composer.store.settings import Settings
    from composer.ui.main_window import MainWindow

    unlocked = threading.Event()  # a keyring waiting to be unlocked holds the library back

    def slow_open() -> DraftStore:
        unlocked.wait(10)
        return DraftStore.open()

    window = MainWindow(Settings(), reviewer=fake_reviewer, grammar_factory=None, drafts=slow_open)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_ignore_reason", lambda finding: "early")
    reviewed(qtbot, window, lambda: window.set_text("An awesome start"))
    assert window.library.opening
    card(window, "conduct.tone").ignore_button.click()
    unlocked.set()
    qtbot.waitUntil(lambda: window.library.is_open and window.state.draft_id is not None)
    assert rules(window) == []
    with DraftStore.open() as store:
        data = store.load_decisions(window.state.draft_id)
    assert [entry["reason"] for entry in data["ignored"]] == ["early"]
