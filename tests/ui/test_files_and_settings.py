"""Opening files, starting with saved settings, a broken policy pack: clear messages, never a crash."""

from __future__ import annotations

from composer.review import Profile
from composer.store.settings import GrammarSettings, Settings


def test_a_non_utf8_file_gives_a_clear_message_and_an_empty_editor(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    assert not window.open_path(path)
    assert window.text() == ""
    assert "not UTF-8" in dialogs.shown[-1] and "latin1.txt" in dialogs.shown[-1]


def test_a_missing_file_gives_a_clear_message(qtbot, window, dialogs, tmp_path):
    assert not window.open_path(tmp_path / "gone.txt")
    assert "does not exist" in dialogs.shown[-1]
    assert window.text() == ""


def test_a_text_file_opens_with_its_name_in_the_title(qtbot, window, fake_reviewer, tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes("\ufeffLine one\r\nroom 412\r\n".encode())
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        assert window.open_path(path)
    assert window.text() == "Line one\nroom 412\n"
    assert window.windowTitle().startswith("post.txt")
    assert [f.rule for f in window.findings] == ["privacy.room-number"]


def test_export_text_writes_the_exact_text_readable_only_by_the_user(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "saved.txt"
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    window.set_text("Views my own 😀\u00a0ok")
    window.actions.export_text.trigger()
    assert target.read_text(encoding="utf-8") == "Views my own 😀\u00a0ok"
    assert target.stat().st_mode & 0o777 == 0o600


def test_the_window_uses_the_saved_profile_and_default_platform(qtbot, make_window, fake_reviewer):
    profile = Profile(roles=frozenset({"manager"}), title="Nurse Manager")
    window = make_window(Settings(profile=profile, platform="linkedin"), reviewer=fake_reviewer)
    with qtbot.waitSignal(window.reviewApplied, timeout=5000):
        window.set_text("Hello")
    assert fake_reviewer.calls[-1]["profile"] == profile
    assert fake_reviewer.calls[-1]["platform"] == "linkedin"
    assert window.platform_box.currentText() == "LinkedIn"


def test_a_broken_policy_pack_falls_back_to_the_bundled_one_with_a_message(qtbot, make_window, dialogs, tmp_path):
    pack = tmp_path / "broken.toml"
    pack.write_text("[pack\nname = ", encoding="utf-8")
    window = make_window(Settings(policy_path=str(pack)))
    assert window.state.policy.name == "Mayo Clinic"
    window.show_startup_messages()
    assert "broken.toml" in dialogs.shown[-1] and "bundled" in dialogs.shown[-1]


def test_saved_settings_are_read_at_start(qtbot, make_window, monkeypatch):
    from composer.store import settings as store

    saved = Settings(profile=Profile(title="Charge Nurse"), platform="mastodon", grammar=GrammarSettings(mode="off"))
    monkeypatch.setattr(store, "load_settings", lambda *a, **k: store.LoadedSettings(saved))
    from composer.ui.main_window import MainWindow

    window = MainWindow(grammar_factory=None)
    qtbot.addWidget(window)
    assert window.state.profile.title == "Charge Nurse"
    assert window.state.platform == "mastodon"
