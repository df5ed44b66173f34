"""Help (F1) and About: what the app does, in plain words, from the policy pack the window uses.

The guideline texts come from the pack (its titles and summaries), so an organisation's own pack
explains its own rules. The shortcut list is read from the window's actions, so it is never out of
date. Where the files are kept is worked out the same way the store finds them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from composer import __version__
from composer.review import Policy
from composer.store.settings import GrammarSettings
from composer.ui.underlines import severity_colour


@dataclass(frozen=True)
class Places:
    """Where Composer keeps the user's files (shown in Help; never anything else)."""

    settings: str
    dictionary: str
    drafts: str


def current_places() -> Places:
    from composer.store.dictionary import dictionary_path
    from composer.store.drafts import data_directory
    from composer.store.settings import settings_path

    return Places(settings=str(settings_path()), dictionary=str(dictionary_path()), drafts=str(data_directory()))


_COLOUR_MEANINGS = (
    ("error", "Red", "errors. They must be fixed before posting (for example a detail that could identify a patient)."),
    ("warning", "Amber", "warnings. They should be fixed (for example a missing disclaimer, or unprofessional words)."),
    ("info", "Green", "tips, advice only and never blocking. A green verdict means the post is ready."),
    ("grammar", "Blue", "grammar, spelling and tone. Suggestions for clearer writing, never blocking."),
)
# Keys found on every keyboard; Qt's platform lists also name media keys ("Refresh", "Help", "F14").
_TYPED_KEY = re.compile(
    r"(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:.|F(?:[1-9]|1[0-2])|Del|Ins|Esc|Backspace|Tab|Space|Home|End)"
)


def _grammar_sentence(grammar: GrammarSettings) -> str:
    """Where the draft's text goes for grammar checking with these settings, in one sentence."""
    url = html.escape(grammar.server_url.strip())
    if grammar.mode == "off":
        return "Grammar checking is turned off."
    if grammar.mode == "server":
        return f"Grammar is checked by the server at {url}: the text of your drafts is sent there, once you agree."
    if grammar.mode == "premium":
        return "Grammar is checked by LanguageTool Premium: the text of your drafts is sent there, once you agree."
    if grammar.mode == "local" and url:
        return f"Grammar is checked by the LanguageTool server at {url}."
    if grammar.mode == "local":
        return "Grammar is checked by a LanguageTool server on this computer, so your drafts stay here."
    return "Grammar is checked on this computer by the built-in proofreader, so your drafts stay here."


def help_html(
    policy: Policy, shortcuts: Iterable[tuple[str, str]], places: Places, grammar: GrammarSettings, palette: QPalette
) -> str:
    """The Help page as simple HTML (QTextBrowser's subset)."""
    name = html.escape(policy.name)
    parts = [
        "<h2>Composer helps you post within your employer's social media policy</h2>",
        f"<p>Write your post on the left. After a short pause Composer checks it against {name}'s social media "
        "policy, underlines what needs a look, and explains each finding on the right. Most findings have a "
        "button that fixes them in one click (Ctrl+Z undoes it). <b>Ignore</b> keeps your words for this draft; "
        "you can say why, for the review record.</p>",
        f"<h3>The guidelines ({name})</h3><ol>",
    ]
    for number in sorted(policy.guidelines):
        guideline = policy.guidelines[number]
        parts.append(
            f'<li value="{number}"><b>{html.escape(guideline.title)}.</b> {html.escape(guideline.summary)}</li>'
        )
    parts.append("</ol><h3>What the colours mean</h3><ul>")
    for key, colour, meaning in _COLOUR_MEANINGS:
        shade = severity_colour(key, palette).name()
        parts.append(f'<li><b><span style="color:{shade}">{colour}</span></b>: {html.escape(meaning)}</li>')
    parts.append(
        "</ul><p>Every card also says its severity in words. On grammar cards, <b>Add to dictionary</b> accepts "
        "a word in every draft, and <b>Ignore rule</b> stops that kind of suggestion (Settings › Grammar brings "
        "it back).</p><h3>Keyboard shortcuts</h3><table cellpadding='2'>"
    )
    for label, keys in shortcuts:
        parts.append(f"<tr><td>{html.escape(label)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    parts.append("</table><h3>Where your files are kept</h3><ul>")
    parts.append(f"<li>Settings: {html.escape(places.settings)}</li>")
    parts.append(f"<li>Your dictionary: {html.escape(places.dictionary)}</li>")
    parts.append(f"<li>Drafts (encrypted), autosave and recovery: {html.escape(places.drafts)}</li>")
    parts.append("<li>The key that opens your drafts, and any API key: the system keyring</li></ul>")
    parts.append(
        "<h3>Privacy</h3><p>Nothing is sent anywhere unless a grammar server is configured in Settings, and "
        "Composer asks before the first time. " + _grammar_sentence(grammar) + "</p>"
    )
    return "".join(parts)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, in menu order (only keys every keyboard has)."""
    rows = []
    for action in actions:
        names = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
        typed = [QKeySequence(name).toString(QKeySequence.SequenceFormat.NativeText) for name in names]
        keys = ", ".join(t for t, name in zip(typed, names, strict=True) if _TYPED_KEY.fullmatch(name))
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


class HelpDialog(QDialog):
    """A readable, scrollable Help page with a Close button (not modal: the post stays editable)."""

    def __init__(self, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Composer Help")
        self.setAccessibleName("Composer Help")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Help text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(page)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        line = self.fontMetrics().lineSpacing()
        width, height = line * 44, line * 40
        if parent is not None:  # room to read, never larger than the window it explains
            width, height = min(width, int(parent.width() * 0.9)), min(height, int(parent.height() * 0.9))
        self.resize(width, height)


def about_text(policy: Policy) -> str:
    return (
        f"<h3>Composer {html.escape(__version__)}</h3>"
        "<p>Write social media posts that follow your employer's social media policy. "
        "Drafts are reviewed on this computer.</p>"
        f"<p>Policy pack: <b>{html.escape(policy.name)}</b>, version {html.escape(str(policy.version))}</p>"
        f"<p>Qt for Python (PySide6) {html.escape(PySide6.__version__)}</p>"
    )


def show_about(parent: QWidget, policy: Policy) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "About Composer", about_text(policy), parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()
