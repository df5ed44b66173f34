"""The compose window: the editor, the feedback panel, the platform selector, menus, toolbar and status bar.

Flow: a pause in typing (200 ms) starts a review of a snapshot of the text on the thread pool;
its answer is shown only if nothing changed meanwhile (the generation number still matches).
Findings become tracked cursors, drawn as underlines and listed as cards (capped, so a pasted book
never stalls the window). Every fix edits through QTextCursor in one undo step and then reviews
again at once. Every draft lives in the drafts library (composer.ui.drafts_flow: autosave, saving,
switching, recovery after a crash, quitting without losing text).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from composer.grammar.base import is_ignored as is_ignored_rule
from composer.grammar.base import is_spelling
from composer.review import Finding, Severity, review
from composer.review.fixes import append_edit, disclaimer_edit, disclosure_edit
from composer.review.platforms import measure
from composer.review.policy import PLATFORM_NAMES
from composer.store.dictionary import DictionaryError, UserDictionary
from composer.store.drafts import DraftStore
from composer.store.settings import Settings
from composer.ui import geometry, prompts
from composer.ui.actions import WindowActions, create_actions
from composer.ui.counter import LengthCounter
from composer.ui.drafts_flow import DraftsFlow
from composer.ui.editor import ComposeEditor
from composer.ui.find_bar import FindBar
from composer.ui.grammar_bridge import CheckerFactory, GrammarBridge, consent_key, default_factory
from composer.ui.grammar_status import GrammarStatus
from composer.ui.help_dialog import HelpDialog, current_places, help_html, shortcut_rows, show_about
from composer.ui.library import DraftsLibrary, Opener
from composer.ui.notices import NoticeArea
from composer.ui.panel import FeedbackPanel
from composer.ui.readiness import Readiness, assess
from composer.ui.state import ComposeState, load_policy_for
from composer.ui.underlines import TrackedFinding, track
from composer.ui.workers import JobDispatcher

REVIEW_PAUSE_MS = 200  # the pause in typing after which the draft is reviewed
LIVE_COUNT_LIMIT = 20_000  # longer drafts are counted with the review, off the GUI thread
MAX_TRACKED = 500  # findings per source placed in the document; the rest are counted, not drawn (~30 µs each)
Reviewer = Callable[..., list[Finding]]
_DEFAULT = object()


class MainWindow(DraftsFlow, QMainWindow):
    reviewApplied = Signal()  # the underlines and the cards show the findings of the current text
    copiedForPosting = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        reviewer: Reviewer = review,
        grammar_factory: CheckerFactory | object | None = _DEFAULT,
        settings_problems: tuple[str, ...] = (),
        drafts: Opener | object | None = _DEFAULT,
    ) -> None:
        super().__init__()
        self._startup_messages: list[tuple[str, str]] = []
        if settings is None:
            settings, settings_problems = _saved_settings()
        for problem in settings_problems:
            self._startup_messages.append(("", problem))  # status bar only: the app still works
        choice = load_policy_for(settings)
        if choice.problem:
            self._startup_messages.append(("The policy pack could not be used", choice.problem))
        platforms = choice.policy.platforms
        platform = settings.platform if settings.platform in platforms else next(iter(platforms))
        self.state = ComposeState(settings=settings, policy=choice.policy, platform=platform)
        self._reviewer = reviewer
        self._generation = 0
        self._reviewed_generation = 0
        self._copy_pending = False
        self._record_pending: str | None = None  # a review record to write once the review is current
        self._policy_findings: list[Finding] = []  # every visible policy finding of the last review
        self._grammar_findings: list[Finding] = []
        self._policy_tracked: list[TrackedFinding] = []  # the ones drawn (at most MAX_TRACKED)
        self._grammar_tracked: list[TrackedFinding] = []
        self._readiness = Readiness(empty=True)
        self.stale_results_dropped = 0
        self.help_dialog: HelpDialog | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVIEW_PAUSE_MS)
        self._timer.timeout.connect(self._dispatch_review)
        self._reviews = JobDispatcher(parent=self)
        self._reviews.finished.connect(self._on_reviewed)
        self._reviews.failed.connect(self._on_review_failed)
        self.dictionary = UserDictionary()  # shared with the grammar checker: "Add to dictionary" counts at once
        factory = default_factory(self.dictionary) if grammar_factory is _DEFAULT else grammar_factory
        self.grammar = GrammarBridge(factory, self)  # type: ignore[arg-type]
        self.grammar.findingsReady.connect(self._on_grammar)
        self.grammar.consentNeeded.connect(self._ask_remote_consent)

        self._build_widgets()
        self.library = DraftsLibrary(self, DraftStore.open if drafts is _DEFAULT else drafts)  # type: ignore[arg-type]
        self._init_drafts_flow()  # starts opening the library on the thread pool
        self.actions = create_actions(self)
        self._build_menus(self.actions)
        self._build_toolbar(self.actions)
        self._build_status_bar()
        self._connect(self.actions)
        if not geometry.restore(self):
            self._fit_to_screen()
        self._update_title()
        self._update_counter()
        self._show_readiness()
        self.grammar.configure(settings.grammar)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.editor = ComposeEditor()
        self.find_bar = FindBar(self.editor)
        self.notices = NoticeArea()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notices)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.panel = FeedbackPanel()
        self.dock = QDockWidget("Feedback", self)
        self.dock.setObjectName("feedbackDock")
        self.dock.setAccessibleName("Feedback panel")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setWidget(self.panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.platform_box = QComboBox()
        self.platform_box.setAccessibleName("Platform")
        self.platform_box.setToolTip("Where you will post: sets the length limit and the disclaimer's wording")
        self.platform_label = QLabel("&Platform:")
        self.platform_label.setBuddy(self.platform_box)
        self._fill_platforms()

    def _fill_platforms(self) -> None:
        self.platform_box.blockSignals(True)
        self.platform_box.clear()
        for name in PLATFORM_NAMES:
            spec = self.state.policy.platforms.get(name)
            if spec is not None:
                self.platform_box.addItem(spec.label, name)
        self.platform_box.setCurrentIndex(max(0, self.platform_box.findData(self.state.platform)))
        self.platform_box.blockSignals(False)

    def _build_menus(self, a: WindowActions) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([a.new, a.open, a.drafts])
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.export_text, a.export_record])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.cut, a.copy, a.paste, a.select_all])
        edit_menu.addSeparator()
        edit_menu.addActions([a.find, a.find_next, a.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(a.copy_for_posting)
        edit_menu.addSeparator()
        edit_menu.addAction(a.settings)

        insert_menu = bar.addMenu("&Insert")
        insert_menu.addActions([a.insert_disclaimer, a.insert_disclosure])

        review_menu = bar.addMenu("&Review")
        review_menu.addActions([a.next_finding, a.previous_finding, a.focus_panel, a.review_now])
        review_menu.addSeparator()
        self.platform_menu = review_menu.addMenu("&Platform")
        self._platform_group = QActionGroup(self)
        self._build_platform_menu()

        view_menu = bar.addMenu("&View")
        toggle_panel = self.dock.toggleViewAction()
        toggle_panel.setText("&Feedback Panel")
        toggle_panel.setShortcut(QKeySequence("Ctrl+Shift+F"))
        view_menu.addAction(toggle_panel)
        toggle_drafts = self.library.dock.toggleViewAction()
        toggle_drafts.setText("&Drafts Panel")
        view_menu.addAction(toggle_drafts)
        self._view_menu = view_menu

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a.help)
        help_menu.addSeparator()
        help_menu.addAction(a.about)

    def _build_platform_menu(self) -> None:
        self.platform_menu.clear()
        for action in self._platform_group.actions():
            self._platform_group.removeAction(action)
        for index in range(self.platform_box.count()):
            name = self.platform_box.itemData(index)
            action = self.platform_menu.addAction(self.platform_box.itemText(index))
            action.setCheckable(True)
            action.setChecked(name == self.state.platform)
            action.setData(name)
            self._platform_group.addAction(action)
        self._platform_group.triggered.connect(lambda action: self.set_platform(action.data()))

    def _build_toolbar(self, a: WindowActions) -> None:
        toolbar = QToolBar("Main Toolbar", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        side = self.fontMetrics().height()
        toolbar.setIconSize(QSize(side, side))
        toolbar.addWidget(self.platform_label)
        toolbar.addWidget(self.platform_box)
        toolbar.addSeparator()
        toolbar.addActions([a.insert_disclaimer, a.insert_disclosure])
        toolbar.addSeparator()
        toolbar.addAction(a.copy_for_posting)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._view_menu.insertAction(self._view_menu.actions()[0], toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.readiness_label = QLabel()
        self.readiness_label.setAccessibleName("Readiness")
        self.grammar_status = GrammarStatus(self.grammar)
        self.counter = LengthCounter()
        for index, widget in enumerate((self.readiness_label, self.grammar_status, self.counter)):
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                status.addPermanentWidget(separator)
            status.addPermanentWidget(widget)

    def _connect(self, a: WindowActions) -> None:
        doc = self.editor.document()
        doc.contentsChanged.connect(self._on_text_changed)
        doc.modificationChanged.connect(self.setWindowModified)
        doc.undoAvailable.connect(a.undo.setEnabled)
        doc.redoAvailable.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.new.triggered.connect(self.new_draft)
        a.open.triggered.connect(self.open_file)
        a.save.triggered.connect(self.save)
        a.export_text.triggered.connect(self.export_text_file)
        a.export_record.triggered.connect(self.export_review_record)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.editor.undo)
        a.redo.triggered.connect(self.editor.redo)
        a.cut.triggered.connect(self.editor.cut)
        a.copy.triggered.connect(self.editor.copy)
        a.paste.triggered.connect(self.editor.paste)
        a.select_all.triggered.connect(self.editor.selectAll)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.find_previous.triggered.connect(self.find_bar.find_previous)
        a.insert_disclaimer.triggered.connect(self.insert_disclaimer)
        a.insert_disclosure.triggered.connect(self.insert_disclosure)
        a.copy_for_posting.triggered.connect(self.copy_for_posting)
        a.next_finding.triggered.connect(lambda: self.go_to_finding(+1))
        a.previous_finding.triggered.connect(lambda: self.go_to_finding(-1))
        a.focus_panel.triggered.connect(self.toggle_panel_focus)
        a.review_now.triggered.connect(self.review_now)
        a.help.triggered.connect(self.show_help)
        a.about.triggered.connect(self.show_about)
        a.settings.triggered.connect(self.open_settings)
        a.drafts.triggered.connect(self.open_drafts)
        a.settings.setEnabled(_importable("composer.ui.settings_dialog"))
        self.platform_box.currentIndexChanged.connect(lambda _i: self.set_platform(self.platform_box.currentData()))
        self.editor.findingClicked.connect(self._on_underline_clicked)
        self.panel.fixRequested.connect(self.apply_fix)
        self.panel.showRequested.connect(self.show_finding)
        self.panel.ignoreRequested.connect(self.ignore_finding)
        self.panel.addWordRequested.connect(self.add_to_dictionary)
        self.panel.ignoreRuleRequested.connect(self.ignore_rule)
        self.grammar_status.retryRequested.connect(self._retry_grammar)
        self.grammar_status.sendAnywayRequested.connect(self._confirm_private_grammar)

    def _fit_to_screen(self) -> None:
        """No saved place: 1100 x 720, or 80 % of the screen when smaller; the panel takes about a third."""
        screen = self.screen().availableGeometry() if self.screen() else None
        size = geometry.default_size(screen)
        self.resize(size)
        self.resizeDocks([self.dock], [int(size.width() * 0.36)], Qt.Orientation.Horizontal)

    # --- the text ------------------------------------------------------------------------------

    def text(self) -> str:
        """The draft exactly as typed (no-break spaces kept, line breaks as \\n), in code points."""
        return self.editor.document().toRawText().replace("\u2029", "\n")

    def set_text(self, text: str) -> None:
        """Replace the whole draft (a new undo history), and review it at once."""
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self._stop_save_timers()
        self.review_now()

    def _on_text_changed(self) -> None:
        self._generation += 1
        self._timer.start()
        self._text_changed_for_drafts()
        if self.editor.document().characterCount() <= LIVE_COUNT_LIMIT:
            self._update_counter()

    def _update_counter(self, text: str | None = None) -> None:
        spec = self.state.policy.platforms[self.state.platform]
        self.counter.update_for(self.text() if text is None else text, spec)

    # --- reviewing -----------------------------------------------------------------------------

    def review_now(self) -> None:
        """Review without waiting for a pause (after a fix, a platform or profile change)."""
        self._generation += 1
        self._timer.stop()
        self._dispatch_review()

    @property
    def review_pending(self) -> bool:
        return self._reviewed_generation != self._generation

    def _dispatch_review(self) -> None:
        text = self.text()
        generation = self._generation
        profile, platform, policy = self.state.profile, self.state.platform, self.state.policy
        spec = policy.platforms[platform]
        reviewer = self._reviewer

        def work() -> tuple[str, list[Finding], object]:
            findings = reviewer(text, profile=profile, platform=platform, policy=policy)
            return text, list(findings), measure(text, spec)

        self._reviews.start(generation, work)

    def _on_reviewed(self, generation: int, result: tuple) -> None:
        if generation != self._generation:
            self.stale_results_dropped += 1  # the text changed while this review ran
            return
        started = time.perf_counter()
        text, findings, length = result
        self._reviewed_generation = generation
        self.counter.show_length(length, self.state.platform_label)
        decisions = self.state.decisions
        self._policy_findings = [f for f in findings if not decisions.is_ignored(f)]
        self._policy_tracked = track(self.editor.document(), text, _most_important(self._policy_findings))
        self._grammar_tracked = [t for t in self._grammar_tracked if t.intact()]
        kept = {id(t.finding) for t in self._grammar_tracked}
        self._grammar_findings = [f for f in self._grammar_findings if id(f) in kept]
        self._display(text, started=started)
        self._title_follows_text(text)
        private = any(f.guideline == 1 and f.raises for f in findings)
        if text.strip():
            self.grammar.request(generation, text, private=private, platform=self.state.platform)
        if self._copy_pending:
            self._copy_pending = False
            self._finish_copy()
        if self._record_pending:
            path, self._record_pending = self._record_pending, None
            self._write_review_record(path)

    def _on_review_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._reviewed_generation = generation
        # Never show the draft's text in an error: only what went wrong.
        self.statusBar().showMessage(f"The review stopped with an error ({type(error).__name__}: {error})")
        self._copy_pending = False
        self._record_pending = None

    def _on_grammar(self, generation: int, findings: list) -> None:
        if generation != self._generation:
            self.stale_results_dropped += 1
            return
        started = time.perf_counter()
        self._grammar_findings = [f for f in findings if self._grammar_wanted(f)]
        self._grammar_tracked = track(self.editor.document(), self.text(), _most_important(self._grammar_findings))
        self._display(started=started)

    def _grammar_wanted(self, finding: Finding) -> bool:
        """Not ignored here, its rule not ignored everywhere, and not a word the user's dictionary accepts.

        Checked here as well as by the checker, so a choice counts at once (the checker running now
        was set up before it) and with any checker."""
        if self.state.decisions.is_ignored(finding):
            return False
        if is_ignored_rule(finding.rule, self.state.settings.grammar.ignored_rules):
            return False
        return not (is_spelling(finding) and finding.excerpt in self.dictionary)

    def _display(self, text: str | None = None, *, started: float | None = None) -> None:
        text = self.text() if text is None else text
        shown = self._policy_tracked + self._grammar_tracked
        everything = self.findings
        self.editor.show_findings(shown)
        self.panel.set_findings(
            shown, self.state.policy.guidelines, empty_text=not text.strip(), total=len(everything), started=started
        )
        self._readiness = assess(everything, text)
        self._show_readiness()
        self._readiness_shown(text)
        self.reviewApplied.emit()

    def _show_readiness(self) -> None:
        self.panel.set_readiness(self._readiness)
        self.readiness_label.setText(self._readiness.summary)

    @property
    def readiness(self) -> Readiness:
        return self._readiness

    @property
    def findings(self) -> list[Finding]:
        """Every current finding (policy, then grammar), ignored and fixed ones left out; not all may be drawn."""
        return self._policy_findings + self._grammar_findings

    @property
    def policy_findings(self) -> list[Finding]:
        return list(self._policy_findings)

    # --- acting on findings --------------------------------------------------------------------

    def apply_fix(self, tracked: TrackedFinding, suggestion: str) -> None:
        finding = tracked.finding
        if finding.fix == "append":
            text = self.text()
            if suggestion.strip().lower() in text.lower():
                self.statusBar().showMessage("That sentence is already in the draft.", 5000)
                return
            self.editor.apply_edit(append_edit(text, suggestion))
        else:
            if not tracked.intact():
                self.statusBar().showMessage("The draft changed there since it was reviewed; reviewing again.", 5000)
                self.review_now()
                return
            self.editor.replace_span(tracked, suggestion)
        self.state.decisions.record_fix(finding)
        if finding.category == "policy":
            self.store_decisions()
        self._forget(tracked)
        self.review_now()

    def show_finding(self, tracked: TrackedFinding) -> None:
        self.editor.select_span(tracked)
        self.panel.select(tracked)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def ignore_finding(self, tracked: TrackedFinding) -> None:
        """Keep the words as written: asks why (optional, for the review record); Cancel keeps the finding."""
        reason = self.ask_ignore_reason(tracked.finding)
        if reason is None:
            return
        self.state.decisions.record_ignore(tracked.finding, reason)
        ignored = self.state.decisions.is_ignored
        self._policy_findings = [f for f in self._policy_findings if not ignored(f)]
        self._grammar_findings = [f for f in self._grammar_findings if not ignored(f)]
        self.store_decisions()
        self._forget(tracked)
        self.statusBar().showMessage("Ignored for this draft.", 5000)

    def add_to_dictionary(self, tracked: TrackedFinding) -> None:
        """A spelling finding's word is right: saved in the user's dictionary, never flagged again."""
        word = tracked.finding.excerpt.strip()
        try:
            self.dictionary.add(word)
        except (DictionaryError, ValueError) as exc:
            problem = str(exc) if isinstance(exc, DictionaryError) else f"“{word}” is not a single word"
            self.statusBar().showMessage(f"Not added to your dictionary: {problem}.", 10000)
            return
        self._drop_unwanted_grammar()
        self.statusBar().showMessage(f"Added “{word}” to your dictionary.", 5000)

    def ignore_rule(self, tracked: TrackedFinding) -> None:
        """Never show this grammar rule again, in any draft (Settings › Grammar can bring it back)."""
        rule = tracked.finding.rule
        grammar = self.state.settings.grammar
        if rule not in grammar.ignored_rules:
            grammar = replace(grammar, ignored_rules=(*grammar.ignored_rules, rule))
            self.state.settings = replace(self.state.settings, grammar=grammar)
            self._save_settings()
        self._drop_unwanted_grammar()
        self.statusBar().showMessage(
            "This kind of suggestion won't be shown again (Settings › Grammar › Stop ignoring grammar rules).", 8000
        )

    def _drop_unwanted_grammar(self) -> None:
        self._grammar_findings = [f for f in self._grammar_findings if self._grammar_wanted(f)]
        kept = {id(f) for f in self._grammar_findings}
        self._grammar_tracked = [t for t in self._grammar_tracked if id(t.finding) in kept]
        self._display()

    def ask_ignore_reason(self, finding: Finding) -> str | None:
        """Why the user keeps these words (may be empty); None when they cancel."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Ignore this finding?")
        dialog.setLabelText(
            f"“{_shorten(finding.excerpt, 60)}”: {finding.message}\n\n"
            "Why is it fine as written? (optional; it goes into the review record)"
        )
        dialog.setOkButtonText("Ignore")
        dialog.setCancelButtonText("Cancel")
        dialog.setTextValue("")
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue().strip()

    def _forget(self, tracked: TrackedFinding) -> None:
        self._policy_tracked = [t for t in self._policy_tracked if t is not tracked]
        self._grammar_tracked = [t for t in self._grammar_tracked if t is not tracked]
        self._policy_findings = [f for f in self._policy_findings if f is not tracked.finding]
        self._grammar_findings = [f for f in self._grammar_findings if f is not tracked.finding]
        self._display()

    def _on_underline_clicked(self, tracked: TrackedFinding) -> None:
        if not self.dock.isVisible():
            self.dock.show()
        self.panel.select(tracked)

    def go_to_finding(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous finding after the cursor, wrapping around."""
        ordered = sorted((t for t in self.editor.tracked if t.end16 > t.start16), key=lambda t: t.start16)
        if not ordered:
            self.statusBar().showMessage("No findings to go to.", 3000)
            return
        position = self.editor.textCursor().selectionStart()
        if step > 0:
            target = next((t for t in ordered if t.start16 > position), ordered[0])
        else:
            target = next((t for t in reversed(ordered) if t.start16 < position), ordered[-1])
        self.editor.select_span(target)
        self.panel.select(target)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.statusBar().showMessage(target.finding.message, 8000)

    def toggle_panel_focus(self) -> None:
        focused = QGuiApplication.focusObject()
        if isinstance(focused, QWidget) and self.dock.isAncestorOf(focused):
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_first()

    def insert_disclaimer(self) -> None:
        edit = disclaimer_edit(self.text(), self.state.policy, self.state.platform)
        if edit is None:
            self.statusBar().showMessage("This draft already has a disclaimer.", 5000)
            return
        self.editor.apply_edit(edit)
        self.review_now()

    def insert_disclosure(self) -> None:
        edit = disclosure_edit(self.text(), self.state.policy, self.state.profile)
        if edit is None:
            self.statusBar().showMessage("This draft already has the disclosure.", 5000)
            return
        if not self.state.profile.title.strip():
            self.statusBar().showMessage("Tip: add your job title in Settings to name your role.", 8000)
        self.editor.apply_edit(edit)
        self.review_now()

    # --- copying -------------------------------------------------------------------------------

    def copy_for_posting(self) -> None:
        """Copy the exact text; with errors open, ask first. Waits for a pending review to know."""
        if self.review_pending:
            self._copy_pending = True
            self.statusBar().showMessage("Checking the draft before copying…")
            self.review_now()
            return
        self._finish_copy()

    def _finish_copy(self) -> None:
        text = self.text()
        errors = [f for f in self._policy_findings if f.severity is Severity.ERROR]
        if errors and not self.confirm_copy_with_errors(errors):
            self.statusBar().showMessage("Not copied: fix the errors first, or copy anyway.", 8000)
            return
        QGuiApplication.clipboard().setText(text)
        spec = self.state.policy.platforms[self.state.platform]
        used = measure(text, spec).used
        message = f"Copied the post ({used:,} characters on {spec.label}). Paste it in the site."
        self.statusBar().showMessage(message, 8000)
        self.copiedForPosting.emit(text)

    def confirm_copy_with_errors(self, errors: list[Finding]) -> bool:
        """Ask before copying a post that still has errors; says which and why."""
        count = len(errors)
        reasons = "\n".join(f"• Guideline {f.guideline}: {f.message}" for f in errors[:5])
        return prompts.ask(
            self,
            "Copy a post with errors?",
            f"This post still has {count} error{'s' if count != 1 else ''} that must be fixed before posting.",
            yes="Copy Anyway",
            no="Don't Copy",
            details=reasons,
        )

    # --- platform, settings, grammar -----------------------------------------------------------

    def set_platform(self, name: str) -> None:
        if not name or name == self.state.platform or name not in self.state.policy.platforms:
            return
        self.state.platform = name
        index = self.platform_box.findData(name)
        if index != self.platform_box.currentIndex():
            self.platform_box.setCurrentIndex(index)
        for action in self._platform_group.actions():
            action.setChecked(action.data() == name)
        self._update_counter()
        self.review_now()

    def apply_settings(self, settings: Settings) -> None:
        """New saved settings (profile, pack, grammar): the open draft is reviewed again at once."""
        old = self.state.settings
        self.state.settings = settings
        if settings.policy_path != old.policy_path:
            choice = load_policy_for(settings)
            self.state.policy = choice.policy
            if self.state.platform not in choice.policy.platforms:
                self.state.platform = next(iter(choice.policy.platforms))
            self._fill_platforms()
            self._build_platform_menu()
            if choice.problem:
                prompts.warn(self, "The policy pack could not be used", choice.problem)
        self.grammar.configure(settings.grammar)
        self._update_counter()
        self.review_now()

    def open_settings(self) -> None:
        try:
            from composer.ui.settings_dialog import SettingsDialog
        except ImportError:
            return
        saved = SettingsDialog.edit(self.state.settings, self)
        if saved is not None:
            self.apply_settings(saved)

    def welcome_if_first_run(self) -> None:
        if self.state.settings.welcome_done:
            return
        try:
            from composer.ui.settings_dialog import WelcomeDialog
        except ImportError:
            return
        saved = WelcomeDialog.run_first_time(self.state.settings, self)
        if saved is not None:
            self.apply_settings(saved)

    def _ask_remote_consent(self, server: str) -> None:
        if self.confirm_remote_grammar(server):
            grammar = self.state.settings.grammar
            grammar = replace(grammar, remote_consent=(*grammar.remote_consent, consent_key(grammar)))
            self.state.settings = replace(self.state.settings, grammar=grammar)
            self._save_settings()
            self.grammar.grant_consent(grammar)
        else:
            self.grammar.decline_consent()

    def confirm_remote_grammar(self, server: str) -> bool:
        premium = self.state.settings.grammar.mode == "premium"
        where = f"LanguageTool's premium service ({server})" if premium else server
        return prompts.ask(
            self,
            "Send drafts to a grammar server?",
            f"To check grammar, the text of your drafts will be sent to {where}.",
            yes="Send Drafts",
            no="Keep Drafts Here",
            details="Nothing is sent until you agree. You can turn this off in Settings.",
        )

    def _confirm_private_grammar(self) -> None:
        if self.confirm_send_private():
            self.grammar.confirm_private()

    def confirm_send_private(self) -> bool:
        return prompts.ask(
            self,
            "Send a draft with private details?",
            "This draft has patient or confidential details (guideline 1). "
            "Checking its grammar sends the text to the grammar server.",
            yes="Send This Draft",
            no="Don't Send",
        )

    def _retry_grammar(self) -> None:
        self.grammar.retry()
        self.review_now()

    def _save_settings(self) -> None:
        try:
            from composer.store.settings import save_settings
        except ImportError:
            return  # kept for this session only
        try:
            save_settings(self.state.settings)
        except OSError as exc:
            self.statusBar().showMessage(f"Settings could not be saved ({exc.strerror or exc}).", 8000)

    # --- startup, help, closing ----------------------------------------------------------------

    def add_startup_message(self, title: str, text: str) -> None:
        self._startup_messages.append((title, text))

    def show_startup_messages(self) -> None:
        """Problems found while starting, told once the window is up (a dialog for what matters)."""
        messages, self._startup_messages = self._startup_messages, []
        for title, text in messages:
            self.statusBar().showMessage(text, 15000)
            if title:
                prompts.warn(self, title, text)

    def show_help(self) -> None:
        """F1: what Composer does, the pack's guidelines, the colours, the shortcuts, where files are kept."""
        page = help_html(
            self.state.policy,
            shortcut_rows([*self.actions.all(), self.dock.toggleViewAction()]),
            current_places(),
            self.state.settings.grammar,
            self.palette(),
        )
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(page, self)
        else:
            self.help_dialog.browser.setHtml(page)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_about(self) -> None:
        show_about(self, self.state.policy)


def _saved_settings() -> tuple[Settings, tuple[str, ...]]:
    try:
        from composer.store.settings import load_settings

        loaded = load_settings()
    except Exception as exc:  # a broken settings module or file must never stop the window
        return Settings(), (f"Settings could not be read ({exc}); using defaults.",)
    return loaded.settings, tuple(loaded.problems)


def _most_important(findings: list[Finding]) -> list[Finding]:
    """All findings, or for a huge text the MAX_TRACKED that matter most (errors first, then in order)."""
    if len(findings) <= MAX_TRACKED:
        return findings
    return sorted(findings, key=lambda f: (-f.severity.rank, f.start))[:MAX_TRACKED]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _importable(module: str) -> bool:
    import importlib.util

    with contextlib.suppress(ImportError, ValueError):
        return importlib.util.find_spec(module) is not None
    return False
