"""The settings dialog and the first-run welcome, driven the way a user fills them in."""

from __future__ import annotations

import shutil
from datetime import time

import keyring
import pytest
from keyring.backends import null
from PySide6.QtCore import QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from composer.paths import bundled_policy_path
from composer.review import Profile, Shift, bundled_policy, review
from composer.store import secrets as secrets_module
from composer.store.secrets import SecretStore
from composer.store.settings import GrammarSettings, Settings, load_settings, settings_path
from composer.ui.settings_dialog import API_KEY_NAME, MODE_TEXT, SettingsDialog, WelcomeDialog, about_me_text
from tests.store.test_secrets import MemoryKeyring


@pytest.fixture(autouse=True)
def _no_session_secrets():
    secrets_module._session.clear()
    yield
    secrets_module._session.clear()
    keyring.set_keyring(null.Keyring())


@pytest.fixture
def dialog(qtbot):
    def make(settings: Settings | None = None, **kwargs) -> SettingsDialog:
        dlg = SettingsDialog(settings or Settings(), **kwargs)
        qtbot.addWidget(dlg)
        return dlg

    return make


def fill_everything(dlg: SettingsDialog) -> None:
    form = dlg.profile_form
    form.role_boxes["patient-care"].setChecked(True)
    form.role_boxes["manager"].setChecked(True)
    form.title_edit.setText("Charge Nurse")
    form.display_name_edit.setText("Jen Ortiz")
    form.handles_edit.setPlainText("@jen_rn\n\n  linkedin.com/in/jenortiz  \n")
    form.employer_visible_box.setChecked(True)
    dlg.schedule_editor.add_shift(Shift("mon", time(7), time(19, 30)))
    dlg.schedule_editor.add_shift()  # the button: the next day, same hours
    row = dlg.schedule_editor.rows[1]
    row.start.setTime(QTime(19, 0))
    row.end.setTime(QTime(7, 30))
    dlg.platform_combo.setCurrentIndex(dlg.platform_combo.findData("linkedin"))
    dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData("server"))
    dlg.server_url_edit.setText("https://lt.example.org/v2")
    dlg.language_edit.setText("en-GB")


EXPECTED = Settings(
    profile=Profile(
        roles={"patient-care", "manager"},
        title="Charge Nurse",
        display_name="Jen Ortiz",
        handles=("@jen_rn", "linkedin.com/in/jenortiz"),
        employer_visible=True,
        schedule=(Shift("mon", time(7), time(19, 30)), Shift("tue", time(19), time(7, 30))),
    ),
    platform="linkedin",
    grammar=GrammarSettings(mode="server", server_url="https://lt.example.org/v2", language="en-GB"),
)


def test_fields_set_in_the_dialog_are_saved_and_round_trip(dialog):
    dlg = dialog()
    fill_everything(dlg)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.saved_settings == EXPECTED
    assert load_settings() == load_settings(settings_path())
    assert load_settings().settings == EXPECTED and load_settings().problems == ()


def test_reopening_shows_the_saved_values(dialog):
    saved = Settings(
        profile=EXPECTED.profile, platform="bluesky", grammar=GrammarSettings(mode="premium", username="jen@x.org")
    )
    dlg = dialog(saved)
    assert dlg.current_settings() == saved
    assert dlg.profile_form.role_boxes["manager"].isChecked()
    assert [row.shift() for row in dlg.schedule_editor.rows] == list(EXPECTED.profile.schedule)


def test_edit_returns_the_new_settings_and_cancel_returns_none(qtbot, monkeypatch):
    def fill_and_ok(self):
        self.profile_form.title_edit.setText("Registered Nurse")
        self.accept()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_ok)
    result = SettingsDialog.edit(Settings(welcome_done=True))
    assert result is not None and result.profile.title == "Registered Nurse" and result.welcome_done
    assert load_settings().settings == result

    def cancel(self):
        self.profile_form.title_edit.setText("Something else")
        self.reject()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    assert SettingsDialog.edit(result) is None
    assert load_settings().settings.profile.title == "Registered Nurse"


def test_changing_the_role_gives_a_profile_that_changes_the_review(monkeypatch):
    draft = "Patients, add me on Facebook!"

    def become_patient_care(self):
        self.profile_form.role_boxes["patient-care"].setChecked(True)
        self.accept()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", become_patient_care)
    before = Settings(profile=Profile(roles={"other"}), platform="facebook")
    after = SettingsDialog.edit(before)
    raised = {f.guideline for f in review(draft, profile=after.profile, platform=after.platform) if f.raises}
    assert 7 in raised
    assert 7 not in {f.guideline for f in review(draft, profile=before.profile, platform="facebook") if f.raises}


def test_role_explanations_say_what_each_role_changes(dialog):
    dlg = dialog()
    texts = dlg.findChildren(type(dlg.profile_form.handles_status))
    shown = "\n".join(label.text() for label in texts)
    assert "friending or following patients (guideline 7)" in shown
    assert "friend requests with people you manage (guideline 8)" in shown


def test_a_handle_with_the_employer_name_shows_the_guideline_10_reason(dialog):
    dlg = dialog()
    form = dlg.profile_form
    form.handles_edit.setPlainText("@jen_rn")
    assert "⚠" not in form.handles_status.text()
    form.handles_edit.setPlainText("@jen_rn\n@MayoNurseJen")
    expected = [
        f.message
        for f in review("", profile=Profile(handles=("@jen_rn", "@MayoNurseJen")))
        if f.guideline == 10 and f.raises
    ]
    assert expected, "the reviewer raises guideline 10 for a handle with the employer's name"
    status = form.handles_status.text()
    assert "⚠" in status and all(message in status for message in expected)


def test_grammar_modes_say_plainly_what_leaves_the_computer(dialog):
    dlg = dialog()
    shown = {}
    for mode in ("off", "offline", "local", "server", "premium"):
        dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData(mode))
        shown[mode] = dlg.mode_explanation.text()
        assert shown[mode] == MODE_TEXT[mode][1]
    assert all("Nothing leaves this computer" in shown[m] for m in ("off", "offline"))
    assert "stays on this computer" in shown["local"]
    assert all("is sent to" in shown[m] for m in ("server", "premium"))
    dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData("local"))
    dlg.server_url_edit.setText("http://lt.example.org:8081")
    assert "not this computer" in dlg.mode_explanation.text()


def test_server_mode_without_an_address_cannot_be_saved(dialog):
    dlg = dialog()
    dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData("server"))
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "server address" in dlg.error_label.text()
    assert not settings_path().exists()


def test_without_a_keyring_the_key_can_be_kept_for_this_session_only(dialog):
    keyring.set_keyring(null.Keyring())
    dlg = dialog()
    dlg.mode_combo.setCurrentIndex(dlg.mode_combo.findData("premium"))
    assert "no system keyring" in dlg.key_status.text()
    dlg.username_edit.setText("jen@example.org")
    dlg.api_key_edit.setText("lt-key-123456")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "session only" in dlg.error_label.text()

    dlg.session_only_box.setChecked(True)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert SecretStore().get(API_KEY_NAME) == "lt-key-123456"
    text = settings_path().read_text(encoding="utf-8")
    assert "lt-key-123456" not in text and 'username = "jen@example.org"' in text


def test_with_a_keyring_the_key_goes_there_under_its_name(dialog):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    dlg = dialog(Settings(grammar=GrammarSettings(mode="premium", username="jen@example.org")))
    assert "system keyring" in dlg.key_status.text()
    dlg.api_key_edit.setText("lt-key-987")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert backend.store == {("composer", "languagetool-api-key"): "lt-key-987"}
    assert "lt-key-987" not in settings_path().read_text(encoding="utf-8")


def test_choosing_a_bad_policy_pack_shows_why_and_keeps_the_previous_one(dialog, tmp_path, monkeypatch):
    bad = tmp_path / "ours.toml"
    bad.write_text("[pack]\nname = 'Ours'\n", encoding="utf-8")
    dlg = dialog()
    monkeypatch.setattr(dlg, "_ask_policy_file", lambda: str(bad))
    dlg._choose_policy_file()
    assert str(bad) in dlg.policy_status.text() and "invalid policy pack" in dlg.policy_status.text()
    assert dlg.current_settings().policy_path == ""

    good = tmp_path / "organisation.toml"
    shutil.copyfile(bundled_policy_path(), good)
    monkeypatch.setattr(dlg, "_ask_policy_file", lambda: str(good))
    dlg._choose_policy_file()
    assert "Using Mayo Clinic" in dlg.policy_status.text()
    dlg.accept()
    assert load_settings().settings.policy_path == str(good)


def test_about_me_text_uses_the_packs_disclaimer_for_an_account_and_copies(dialog):
    dlg = dialog(Settings(profile=Profile(title="Registered Nurse")))
    text = dlg.about_text.toPlainText()
    policy = bundled_policy()
    assert text == about_me_text(policy, Profile(title="Registered Nurse"))
    assert text.startswith(f"Registered Nurse at {policy.employer.organisation}. ")
    assert "The views expressed on this account are my own" in text and "[" not in text
    dlg.profile_form.title_edit.setText("Charge Nurse")
    assert dlg.about_text.toPlainText().startswith("Charge Nurse at ")
    dlg.about_short_box.setChecked(True)
    assert dlg.about_text.toPlainText().endswith(policy.disclaimer_short)
    dlg.copy_button.click()
    assert QGuiApplication.clipboard().text() == dlg.about_text.toPlainText()


def test_a_bad_settings_file_is_explained_and_backed_up_when_saved(dialog):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('[profile]\nroles = ["nurse"]\ntitle = "RN"\n', encoding="utf-8")
    loaded = load_settings()
    dlg = dialog(loaded.settings)
    banner = dlg.file_problems.text()
    assert str(path) in banner and "[profile] roles" in banner and "bak" in banner
    dlg.accept()
    assert dlg.backup_path is not None and "nurse" in dlg.backup_path.read_text(encoding="utf-8")
    assert load_settings().problems == () and load_settings().settings.profile.title == "RN"


def test_welcome_asks_for_the_profile_and_marks_itself_done(qtbot, monkeypatch):
    def fill(self):
        self.profile_form.role_boxes["student"].setChecked(True)
        self.profile_form.title_edit.setText("Nursing Student")
        self.accept()
        return self.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fill)
    result = WelcomeDialog.run_first_time(Settings(platform="threads"))
    assert result.welcome_done and result.profile.roles == {"student"} and result.platform == "threads"
    assert load_settings().settings == result


def test_skipping_the_welcome_saves_nothing(monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: (self.reject(), self.result())[1])
    assert WelcomeDialog.run_first_time(Settings()) is None
    assert not settings_path().exists()


def test_a_shift_that_starts_when_it_ends_must_be_fixed_before_saving(dialog):
    dlg = dialog()
    dlg.schedule_editor.add_shift(Shift("wed", time(9), time(17)))
    dlg.schedule_editor.rows[0].end.setTime(QTime(9, 0))
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "Wednesday shift starts and ends at the same time" in dlg.error_label.text()
    dlg.schedule_editor.remove_row(dlg.schedule_editor.rows[0])
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert load_settings().settings.profile.schedule == ()
