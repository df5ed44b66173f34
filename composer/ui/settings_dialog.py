"""The settings dialog and the first-run welcome: who the author is, when they work, how text is checked.

The window calls `SettingsDialog.edit(...)` and `WelcomeDialog.run_first_time(...)`; each shows its
dialog modally, saves on OK and returns the new `Settings` (None on cancel), so the window can re-review
the open draft with the new profile at once. Nothing here decides what breaks a rule: the handles field
asks the review engine (`review("", profile=...)`) and shows its guideline-10 findings, and the
"About me" text comes from the policy pack's own disclaimer.

Every check and problem is shown inline in the dialog (no message boxes), so tests drive the dialogs
by setting fields and calling `accept()`; only `exec()` and the file chooser need patching.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from composer.review import Policy, PolicyError, Profile, Shift, bundled_policy, load_policy, review
from composer.review.model import ROLES, WEEKDAYS
from composer.store.secrets import SecretStore, SecretsUnavailable
from composer.store.settings import GRAMMAR_MODES, GrammarSettings, Settings, load_settings, save_settings

API_KEY_NAME = "languagetool-api-key"

ROLE_TEXT: dict[str, tuple[str, str]] = {
    "patient-care": (
        "Patient care",
        "You'll be warned about friending or following patients (guideline 7), and get advice on "
        "recommending products or clinicians to patients.",
    ),
    "manager": (
        "Manager or supervisor",
        "You'll be warned about initiating friend requests with people you manage (guideline 8), and get "
        "advice on recommending your staff.",
    ),
    "student": (
        "Student, resident or trainee",
        "Advice on endorsements is tailored to students (preceptors, programmes).",
    ),
    "other": (
        "Other staff",
        "For roles outside patient care and management: the general guidelines apply.",
    ),
}

MODE_TEXT: dict[str, tuple[str, str]] = {
    "off": ("Off", "No grammar or spelling checks. Nothing leaves this computer."),
    "offline": (
        "Offline spelling (built in)",
        "Spelling is checked by Composer itself. Nothing leaves this computer.",
    ),
    "local": (
        "LanguageTool on this computer",
        "Grammar is checked by a LanguageTool server running on this computer (it needs Java; Composer starts "
        "it in the background when the address is empty). Your text stays on this computer.",
    ),
    "server": (
        "My organisation's LanguageTool server",
        "The text of each draft is sent to the server at the address below. You'll be asked once before "
        "the first draft is sent.",
    ),
    "premium": (
        "LanguageTool Premium (cloud)",
        "The text of each draft is sent to LanguageTool's servers on the internet, with your username and "
        "API key. You'll be asked once before the first draft is sent.",
    ),
}

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"


# --- pure helpers (no widgets) --------------------------------------------------------------------


def handle_findings(profile: Profile, policy: Policy) -> list[str]:
    """The reviewer's guideline-10 messages about the profile's own names and handles (no rule logic here)."""
    if not profile.handles and not profile.display_name:
        return []
    findings = review("", profile=profile, policy=policy)
    messages = [finding.message for finding in findings if finding.guideline == 10 and finding.raises]
    return list(dict.fromkeys(messages))


def about_me_text(policy: Policy, profile: Profile, *, short: bool = False) -> str:
    """A bio line for the author's social profile: who they are, then the pack's disclaimer for an account.

    The pack's wording names the medium in brackets ("on this [blog; website]"); a bio speaks of the account.
    """
    organisation = policy.employer.organisation
    title = profile.title.strip()
    if title:
        who = f"{title[0].upper()}{title[1:]} at {organisation}."
    elif profile.has_role("student"):
        who = f"Student at {organisation}."
    else:
        who = f"I work at {organisation}."
    disclaimer = policy.disclaimer_short if short else re.sub(r"\[[^\]]*\]", "account", policy.disclaimer)
    return f"{who} {disclaimer}"


def _policy_for(path: str) -> tuple[Policy, str]:
    """The pack at `path` (bundled when empty) and the problem text when it could not be loaded."""
    if path:
        try:
            return load_policy(path), ""
        except PolicyError as exc:
            return bundled_policy(), str(exc)
    return bundled_policy(), ""


def _note(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


# --- the author -----------------------------------------------------------------------------------


class ProfileForm(QWidget):
    """Roles, title, names, handles (checked against guideline 10 as you type) and employer visibility."""

    changed = Signal()

    def __init__(self, profile: Profile, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self._schedule = profile.schedule
        layout = QVBoxLayout(self)

        roles_box = QGroupBox("My roles (choose all that apply)")
        roles_layout = QGridLayout(roles_box)
        roles_layout.setColumnMinimumWidth(0, 20)
        roles_layout.setColumnStretch(1, 1)
        self.role_boxes: dict[str, QCheckBox] = {}
        for index, role in enumerate(ROLES):
            label, explanation = ROLE_TEXT[role]
            box = QCheckBox(label)
            box.setObjectName(f"role-{role}")
            box.setChecked(role in profile.roles)
            box.setToolTip(explanation)
            box.toggled.connect(self.changed)
            self.role_boxes[role] = box
            roles_layout.addWidget(box, 2 * index, 0, 1, 2)
            roles_layout.addWidget(_note(explanation), 2 * index + 1, 1)
        layout.addWidget(roles_box)

        form = QFormLayout()
        self.title_edit = QLineEdit(profile.title)
        self.title_edit.setPlaceholderText("e.g. Registered Nurse")
        self.title_edit.setToolTip('Used in the disclosure Composer suggests: "I\'m a <title> at <employer>".')
        self.title_edit.textChanged.connect(self.changed)
        form.addRow("Job title:", self.title_edit)
        self.display_name_edit = QLineEdit(profile.display_name)
        self.display_name_edit.setPlaceholderText("the name shown on your social profiles")
        self.display_name_edit.textChanged.connect(self._names_changed)
        form.addRow("Display name:", self.display_name_edit)
        self.handles_edit = QPlainTextEdit("\n".join(profile.handles))
        self.handles_edit.setPlaceholderText("@your_handle\nlinkedin.com/in/yourname")
        self.handles_edit.setTabChangesFocus(True)
        self.handles_edit.setFixedHeight(self.handles_edit.fontMetrics().lineSpacing() * 5)
        self.handles_edit.textChanged.connect(self._names_changed)
        form.addRow("My handles and profile URLs\n(one per line):", self.handles_edit)
        self.handles_status = _note()
        self.handles_status.setObjectName("handles-status")
        form.addRow("", self.handles_status)
        layout.addLayout(form)

        self.employer_visible_box = QCheckBox()
        self.employer_visible_box.setChecked(profile.employer_visible)
        self.employer_visible_box.toggled.connect(self.changed)
        self.employer_visible_hint = _note(
            'Then posts with opinions on health care get the "views are my own" reminder (guideline 2) even when '
            "the post itself doesn't name your employer."
        )
        visible = QGridLayout()
        visible.setColumnMinimumWidth(0, 20)
        visible.setColumnStretch(1, 1)
        visible.addWidget(self.employer_visible_box, 0, 0, 1, 2)
        visible.addWidget(self.employer_visible_hint, 1, 1)
        layout.addLayout(visible)
        layout.addStretch(1)
        self.set_policy(policy)

    def set_policy(self, policy: Policy) -> None:
        self._policy = policy
        organisation = policy.employer.organisation
        self.employer_visible_box.setText(f"My social profile shows that I work at {organisation}")
        self._names_changed()

    def handles(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self.handles_edit.toPlainText().splitlines())
        return tuple(dict.fromkeys(line for line in lines if line))

    def profile(self, schedule: tuple[Shift, ...] | None = None) -> Profile:
        return Profile(
            roles=frozenset(role for role, box in self.role_boxes.items() if box.isChecked()),
            title=self.title_edit.text().strip(),
            display_name=self.display_name_edit.text().strip(),
            handles=self.handles(),
            employer_visible=self.employer_visible_box.isChecked(),
            schedule=self._schedule if schedule is None else schedule,
        )

    def _names_changed(self) -> None:
        messages = handle_findings(self.profile(), self._policy)
        if messages:
            self.handles_status.setStyleSheet(_ERROR_STYLE)
            self.handles_status.setText("\n".join(f"⚠ {message}" for message in messages))
        elif self.handles() or self.display_name_edit.text().strip():
            self.handles_status.setStyleSheet(_OK_STYLE)
            self.handles_status.setText("✓ No problem found in your names and handles (guideline 10).")
        else:
            self.handles_status.setText("")
        self.changed.emit()


# --- the work schedule ----------------------------------------------------------------------------


class _ShiftRow(QWidget):
    def __init__(self, shift: Shift, on_remove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = QComboBox()
        for code, name in zip(WEEKDAYS, _DAY_NAMES, strict=True):
            self.day.addItem(name, code)
        self.day.setCurrentIndex(WEEKDAYS.index(shift.day))
        self.start = QTimeEdit(QTime(shift.start.hour, shift.start.minute))
        self.end = QTimeEdit(QTime(shift.end.hour, shift.end.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._update_note)
        self.note = QLabel()
        remove = QPushButton("Remove")
        remove.clicked.connect(lambda: on_remove(self))
        layout.addWidget(self.day)
        layout.addWidget(QLabel("from"))
        layout.addWidget(self.start)
        layout.addWidget(QLabel("to"))
        layout.addWidget(self.end)
        layout.addWidget(self.note, 1)
        layout.addWidget(remove)
        self._update_note()

    def times(self) -> tuple[time, time]:
        start, end = self.start.time(), self.end.time()
        return time(start.hour(), start.minute()), time(end.hour(), end.minute())

    def shift(self) -> Shift:
        start, end = self.times()
        return Shift(self.day.currentData(), start, end)

    def _update_note(self) -> None:
        start, end = self.times()
        if start == end:
            self.note.setText("starts and ends at the same time")
            self.note.setStyleSheet(_ERROR_STYLE)
        else:
            self.note.setText("ends the next day" if end < start else "")
            self.note.setStyleSheet("")


class ScheduleEditor(QWidget):
    """The author's shifts, one row each; an overnight shift simply ends earlier than it starts."""

    def __init__(self, shifts: tuple[Shift, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                "When you write during these hours, Composer gently reminds you that social media shouldn't "
                "interfere with work (guideline 6). It is advice only and never blocks a post."
            )
        )
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        self.rows: list[_ShiftRow] = []
        add = QPushButton("Add shift")
        add.clicked.connect(self.add_shift)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for shift in shifts:
            self.add_shift(shift)

    def add_shift(self, shift: Shift | None = None) -> None:
        if not isinstance(shift, Shift):  # the button passes a bool
            if self.rows:
                last = self.rows[-1].shift()
                shift = Shift(WEEKDAYS[(WEEKDAYS.index(last.day) + 1) % 7], last.start, last.end)
            else:
                shift = Shift("mon", time(7, 0), time(19, 30))
        row = _ShiftRow(shift, self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)

    def remove_row(self, row: _ShiftRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def shifts(self) -> tuple[Shift, ...]:
        return tuple(row.shift() for row in self.rows)

    def problems(self) -> list[str]:
        return [
            f"Schedule: the {_DAY_NAMES[WEEKDAYS.index(s.day)]} shift starts and ends at the same time."
            for s in self.shifts()
            if s.start == s.end
        ]


# --- the settings dialog --------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """All settings in tabs. OK validates, stores the API key, saves the file and returns the new Settings."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        secrets: SecretStore | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Composer settings")
        self.setMinimumWidth(640)
        self._settings = settings
        self._secrets = secrets or SecretStore()  # lazy: touches the keyring only when premium is shown
        self._path = path
        self._keyring_checked = False
        self._keyring_ok = False
        self._ignored_rules = settings.grammar.ignored_rules
        self._remote_consent = settings.grammar.remote_consent
        self.saved_settings: Settings | None = None
        self.backup_path: Path | None = None
        self._policy, policy_problem = _policy_for(settings.policy_path)

        layout = QVBoxLayout(self)
        self.file_problems = _note(style=_ERROR_STYLE)
        self.file_problems.setObjectName("file-problems")
        layout.addWidget(self.file_problems)
        self._show_file_problems()

        self.tabs = QTabWidget()
        self.profile_form = ProfileForm(settings.profile, self._policy)
        self.tabs.addTab(self.profile_form, "Profile")
        self.schedule_editor = ScheduleEditor(settings.profile.schedule)
        self.tabs.addTab(self.schedule_editor, "Work schedule")
        self.tabs.addTab(self._build_posting_tab(settings, policy_problem), "Posting and policy")
        self.tabs.addTab(self._build_grammar_tab(settings.grammar), "Grammar")
        self.tabs.addTab(self._build_about_tab(), "About me")
        layout.addWidget(self.tabs)

        self.error_label = _note(style=_ERROR_STYLE)
        self.error_label.setObjectName("dialog-errors")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.profile_form.changed.connect(self._update_about)
        self._update_about()
        self._mode_changed()

    # --- building the tabs ---------------------------------------------------------------------

    def _build_posting_tab(self, settings: Settings, policy_problem: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.platform_combo = QComboBox()
        for name, spec in self._policy.platforms.items():
            self.platform_combo.addItem(spec.label, name)
        index = self.platform_combo.findData(settings.platform)
        self.platform_combo.setCurrentIndex(max(index, 0))
        form.addRow("I usually post on:", self.platform_combo)
        layout.addLayout(form)

        group = QGroupBox("Policy pack (the rules your posts are checked against)")
        group_layout = QVBoxLayout(group)
        bundled = bundled_policy()
        self.policy_bundled = QRadioButton(f"The bundled pack: {bundled.name} (version {bundled.version})")
        self.policy_file_radio = QRadioButton("A pack file from my organisation:")
        self._policy_choice = QButtonGroup(self)
        self._policy_choice.addButton(self.policy_bundled)
        self._policy_choice.addButton(self.policy_file_radio)
        row = QHBoxLayout()
        self.policy_path_edit = QLineEdit(settings.policy_path)
        self.policy_path_edit.setReadOnly(True)
        self.policy_path_edit.setPlaceholderText("no file chosen")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._choose_policy_file)
        row.addWidget(self.policy_path_edit, 1)
        row.addWidget(choose)
        self.policy_status = _note()
        self.policy_status.setObjectName("policy-status")
        group_layout.addWidget(self.policy_bundled)
        group_layout.addWidget(self.policy_file_radio)
        group_layout.addLayout(row)
        group_layout.addWidget(self.policy_status)
        layout.addWidget(group)
        layout.addStretch(1)

        (self.policy_file_radio if settings.policy_path else self.policy_bundled).setChecked(True)
        if policy_problem:
            self._set_policy_status(f"{policy_problem}. The bundled pack is used until you choose a valid one.", False)
        else:
            self._set_policy_status(self._policy_summary(self._policy), True)
        self.policy_bundled.toggled.connect(self._policy_source_changed)
        return page

    def _build_grammar_tab(self, grammar: GrammarSettings) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.mode_combo = QComboBox()
        for mode in GRAMMAR_MODES:
            self.mode_combo.addItem(MODE_TEXT[mode][0], mode)
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(grammar.mode), 0))
        form.addRow("Grammar checking:", self.mode_combo)
        layout.addLayout(form)
        self.mode_explanation = _note()
        self.mode_explanation.setObjectName("mode-explanation")
        layout.addWidget(self.mode_explanation)

        server_form = QFormLayout()
        self.server_url_edit = QLineEdit(grammar.server_url)
        self.server_url_edit.setPlaceholderText("https://languagetool.example.org")
        self.server_url_edit.textChanged.connect(self._mode_changed)
        server_form.addRow("Server address:", self.server_url_edit)
        self.language_edit = QLineEdit(grammar.language)
        self.language_edit.setPlaceholderText("en-US")
        server_form.addRow("Language:", self.language_edit)
        layout.addLayout(server_form)

        self.premium_group = QGroupBox("LanguageTool Premium account")
        premium_form = QFormLayout(self.premium_group)
        self.username_edit = QLineEdit(grammar.username)
        self.username_edit.setPlaceholderText("the e-mail address of your LanguageTool account")
        premium_form.addRow("Username:", self.username_edit)
        self.api_key_edit = QLineEdit()
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.setPlaceholderText("leave empty to keep the key already stored")
        premium_form.addRow("API key:", self.api_key_edit)
        self.key_status = _note()
        self.key_status.setObjectName("key-status")
        premium_form.addRow("", self.key_status)
        self.session_only_box = QCheckBox("Keep the key for this session only (forgotten when Composer closes)")
        self.session_only_box.setVisible(False)
        premium_form.addRow("", self.session_only_box)
        forget = QPushButton("Forget the stored key")
        forget.clicked.connect(self._forget_key)
        premium_form.addRow("", forget)
        layout.addWidget(self.premium_group)

        memory = QHBoxLayout()
        self.forget_rules_button = QPushButton()
        self.forget_rules_button.clicked.connect(self._forget_ignored_rules)
        self.forget_consent_button = QPushButton()
        self.forget_consent_button.clicked.connect(self._forget_consent)
        memory.addWidget(self.forget_rules_button)
        memory.addWidget(self.forget_consent_button)
        memory.addStretch(1)
        layout.addLayout(memory)
        self._update_memory_buttons()
        layout.addStretch(1)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        return page

    def _build_about_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _note(
                'Put this in the "About me" or bio of the accounts where people can tell where you work. '
                "It says who you are and that you speak for yourself (guidelines 2 and 4)."
            )
        )
        self.about_short_box = QCheckBox("Short version (for bios with little room)")
        self.about_short_box.toggled.connect(self._update_about)
        layout.addWidget(self.about_short_box)
        self.about_text = QPlainTextEdit()
        self.about_text.setReadOnly(True)
        self.about_text.setFixedHeight(self.about_text.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.about_text)
        row = QHBoxLayout()
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self._copy_about)
        self.copy_status = QLabel()
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_status, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- reacting to the user ------------------------------------------------------------------

    def _show_file_problems(self) -> None:
        loaded = load_settings(self._path)
        if not loaded.problems:
            self.file_problems.setVisible(False)
            return
        lines = "\n".join(f"• {problem}" for problem in loaded.problems)
        self.file_problems.setText(
            f"The settings file has problems; those fields use their defaults:\n{lines}\n"
            "When you press OK, a copy of the current file is kept beside it (settings.toml.bak-<date>) "
            "before it is replaced."
        )
        self.file_problems.setVisible(True)

    def _update_about(self) -> None:
        profile = self.profile_form.profile()
        text = about_me_text(self._policy, profile, short=self.about_short_box.isChecked())
        self.about_text.setPlainText(text)
        # Bios are short (X allows 160 characters, Instagram 150): show the length to choose the version.
        self.copy_status.setText(f"{len(text)} characters")

    def _copy_about(self) -> None:
        QGuiApplication.clipboard().setText(self.about_text.toPlainText())
        self.copy_status.setText(f"Copied ({len(self.about_text.toPlainText())} characters).")

    def _ask_policy_file(self) -> str:
        """The file chooser, apart so tests can replace it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Choose a policy pack", "", "Policy packs (*.toml);;All files (*)"
        )
        return chosen

    def _choose_policy_file(self) -> None:
        chosen = self._ask_policy_file()
        if chosen:
            self.set_policy_file(chosen)

    def set_policy_file(self, path: str) -> bool:
        """Validate and use the pack at `path`; on a bad pack show why and keep the previous choice."""
        try:
            policy = load_policy(path)
        except PolicyError as exc:
            self._set_policy_status(str(exc), False)
            return False
        self.policy_path_edit.setText(str(path))
        self.policy_file_radio.setChecked(True)
        self._use_policy(policy)
        self._set_policy_status(self._policy_summary(policy), True)
        return True

    def _policy_source_changed(self) -> None:
        if self.policy_bundled.isChecked():
            self._use_policy(bundled_policy())
            self._set_policy_status(self._policy_summary(self._policy), True)
        elif self.policy_path_edit.text():
            policy, problem = _policy_for(self.policy_path_edit.text())
            self._use_policy(policy)
            self._set_policy_status(problem or self._policy_summary(policy), not problem)
        else:
            self._set_policy_status("Choose the pack file your organisation gave you.", False)

    def _use_policy(self, policy: Policy) -> None:
        self._policy = policy
        self.profile_form.set_policy(policy)
        self._update_about()

    @staticmethod
    def _policy_summary(policy: Policy) -> str:
        return f"Using {policy.name} (version {policy.version}) for {policy.employer.organisation}."

    def _set_policy_status(self, text: str, ok: bool) -> None:
        self.policy_status.setText(text)
        self.policy_status.setStyleSheet("" if ok else _ERROR_STYLE)

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def _mode_changed(self) -> None:
        mode = self.mode()
        explanation = MODE_TEXT[mode][1]
        url = self.server_url_edit.text().strip()
        if mode == "local" and url and not _is_this_computer(url):
            explanation += f" Note: {urlparse(url).hostname or url} is not this computer, so your text would leave it."
        self.mode_explanation.setText(explanation)
        self.server_url_edit.setEnabled(mode in ("local", "server"))
        self.language_edit.setEnabled(mode != "off")
        self.premium_group.setVisible(mode == "premium")
        if mode == "premium":
            self._refresh_key_status()

    def _refresh_key_status(self) -> None:
        """Ask the keyring where the key would go; done only once premium is shown (it may be slow)."""
        if not self._keyring_checked:
            self._keyring_checked = True
            self._keyring_ok = self._secrets.available()
        if self._secrets.is_session_only(API_KEY_NAME):
            self.key_status.setText("A key is kept for this session only; it is forgotten when Composer closes.")
        elif self._keyring_ok:
            self.key_status.setText(f"The key is stored in your system keyring ({self._secrets.describe()}).")
        else:
            self.key_status.setText(
                f"Your key can't be saved: {self._secrets.describe()}. Composer never writes it to a file. "
                "You can keep it for this session only."
            )
        self.key_status.setStyleSheet("" if self._keyring_ok else _ERROR_STYLE)
        self.session_only_box.setVisible(not self._keyring_ok)

    def _forget_key(self) -> None:
        try:
            self._secrets.delete(API_KEY_NAME)
        except SecretsUnavailable as exc:
            self.key_status.setText(f"The key could not be forgotten: {exc}.")
            return
        self.key_status.setText("The stored key was forgotten.")

    def _forget_ignored_rules(self) -> None:
        self._ignored_rules = ()
        self._update_memory_buttons()

    def _forget_consent(self) -> None:
        self._remote_consent = ()
        self._update_memory_buttons()

    def _update_memory_buttons(self) -> None:
        self.forget_rules_button.setText(f"Stop ignoring grammar rules ({len(self._ignored_rules)})")
        self.forget_rules_button.setEnabled(bool(self._ignored_rules))
        self.forget_consent_button.setText(f"Ask again before sending text to servers ({len(self._remote_consent)})")
        self.forget_consent_button.setEnabled(bool(self._remote_consent))

    # --- the result ----------------------------------------------------------------------------

    def current_settings(self) -> Settings:
        """The settings as the fields show them now (not yet saved)."""
        policy_path = "" if self.policy_bundled.isChecked() else self.policy_path_edit.text().strip()
        grammar = GrammarSettings(
            mode=self.mode(),
            # Only the server modes use an address; a stale one must not stand in for premium's consent.
            server_url=self.server_url_edit.text().strip() if self.mode() in ("local", "server") else "",
            username=self.username_edit.text().strip(),
            language=self.language_edit.text().strip() or GrammarSettings().language,
            ignored_rules=self._ignored_rules,
            remote_consent=self._remote_consent,
        )
        return replace(
            self._settings,
            profile=self.profile_form.profile(self.schedule_editor.shifts()),
            platform=self.platform_combo.currentData(),
            policy_path=policy_path,
            grammar=grammar,
        )

    def problems(self) -> list[str]:
        """What must be fixed before OK can save, in plain words."""
        problems = self.schedule_editor.problems()
        mode = self.mode()
        url = self.server_url_edit.text().strip()
        if mode == "server" and not url:
            problems.append("Grammar: enter your organisation's LanguageTool server address.")
        if url and mode in ("local", "server") and not url.lower().startswith(("http://", "https://")):
            problems.append("Grammar: the server address must start with http:// or https://.")
        if mode == "premium" and not self.username_edit.text().strip():
            problems.append("Grammar: enter the username of your LanguageTool Premium account.")
        if self.policy_file_radio.isChecked() and not self.policy_path_edit.text().strip():
            problems.append("Policy: choose the pack file from your organisation, or use the bundled pack.")
        return problems

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error_label.setText("\n".join(problems))
            return
        settings = self.current_settings()
        if settings.grammar.mode == "premium" and not self._store_api_key():
            return
        try:
            self.backup_path = save_settings(settings, self._path)
        except OSError as exc:
            self.error_label.setText(f"The settings could not be saved: {exc.strerror or exc}.")
            return
        self.saved_settings = settings
        super().accept()

    def _store_api_key(self) -> bool:
        key = self.api_key_edit.text().strip()
        if not key:
            return True
        if not self._keyring_checked:
            self._refresh_key_status()
        if not self._keyring_ok:
            if not self.session_only_box.isChecked():
                self.error_label.setText(
                    f"The API key can't be saved: {self._secrets.describe()}. Tick \"Keep the key for this session "
                    'only" or leave the key empty.'
                )
                return False
            self._secrets.set_for_session(API_KEY_NAME, key)
            return True
        try:
            self._secrets.set(API_KEY_NAME, key)
        except SecretsUnavailable as exc:
            self._keyring_ok = False
            self._refresh_key_status()
            self.error_label.setText(
                f'The API key could not be saved: {exc}. Tick "Keep the key for this session only" '
                "or leave the key empty."
            )
            return False
        return True

    @classmethod
    def edit(
        cls,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        secrets: SecretStore | None = None,
        path: Path | None = None,
    ) -> Settings | None:
        """Show the dialog modally; on OK the settings are saved and returned, on cancel None."""
        dialog = cls(settings, parent, secrets=secrets, path=path)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.saved_settings
        finally:
            dialog.deleteLater()


def _is_this_computer(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host in ("localhost", "127.0.0.1", "::1") or host.endswith(".localhost")


# --- the first-run welcome ------------------------------------------------------------------------


class WelcomeDialog(QDialog):
    """A short first-run page: what Composer does, and the profile that tailors its advice."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Composer")
        self.setMinimumWidth(560)
        self._settings = settings
        self._path = path
        self.saved_settings: Settings | None = None
        self.backup_path: Path | None = None
        policy, _ = _policy_for(settings.policy_path)
        layout = QVBoxLayout(self)
        intro = _note(
            f"Composer checks your posts against {policy.employer.organisation}'s social media guidelines "
            "before you publish, on this computer. Tell it a little about yourself so its advice fits you; "
            "you can change this any time in Settings."
        )
        layout.addWidget(intro)
        self.profile_form = ProfileForm(settings.profile, policy)
        layout.addWidget(self.profile_form)
        self.error_label = _note(style=_ERROR_STYLE)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton("Skip for now", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def current_settings(self) -> Settings:
        return replace(self._settings, profile=self.profile_form.profile(), welcome_done=True)

    def accept(self) -> None:
        settings = self.current_settings()
        try:
            self.backup_path = save_settings(settings, self._path)
        except OSError as exc:
            self.error_label.setText(f"The settings could not be saved: {exc.strerror or exc}.")
            return
        self.saved_settings = settings
        super().accept()

    @classmethod
    def run_first_time(
        cls, settings: Settings, parent: QWidget | None = None, *, path: Path | None = None
    ) -> Settings | None:
        """Show the welcome modally; Save stores the profile (welcome_done = true), Skip returns None."""
        dialog = cls(settings, parent, path=path)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.saved_settings
        finally:
            dialog.deleteLater()
