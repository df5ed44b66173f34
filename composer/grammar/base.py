"""What every grammar checker is: a blocking `check(text)` returning `Finding`s, and a plain failure.

The window runs `check` on a worker thread and shows `GrammarUnavailable`'s message with a retry
button, so the message must say in plain words what failed and what to do about it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable

from composer.review.model import Finding, Severity

GUIDELINE = 5  # "be professional, accurate, honest and respectful": where writing quality belongs
FORMAL_PLATFORMS = frozenset({"linkedin", "blog"})  # where casual writing reads as unprofessional
SPELLING_RULE = "proofreader.spelling"
# LanguageTool's spellers: MORFOLOGIK_RULE_EN_US, HUNSPELL_RULE, GERMAN_SPELLER_RULE, FR_SPELLING_RULE, ...
_LANGUAGETOOL_SPELLER = re.compile(
    r"grammar\.(?:\w*MORFOLOGIK_RULE\w*|\w*HUNSPELL\w*|\w*SPELLER_RULE|[A-Z]{2}_SPELLING_RULE)"
)


class GrammarUnavailable(Exception):
    """The checker cannot work right now; the message says what to install, configure or retry."""


class GrammarChecker(ABC):
    """A grammar checker the window and the command line can use without knowing which one it is."""

    name: str = "Grammar"  # shown in the status bar
    is_remote: bool = False  # True when the draft's text leaves this computer
    endpoint: str = ""  # the URL the text is sent to, "" when nothing is sent

    @abstractmethod
    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        """Findings for `text`, sorted by position. Blocking; raises `GrammarUnavailable`, never hangs."""

    def close(self) -> None:  # noqa: B027 - most checkers hold nothing to release
        """Release what the checker holds (a local server process, connections). Safe to call twice."""

    def __enter__(self) -> GrammarChecker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class OffChecker(GrammarChecker):
    """Grammar checking turned off: always no findings."""

    name = "Grammar check off"

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        return []


def grammar_finding(
    text: str,
    rule: str,
    start: int,
    end: int,
    message: str,
    suggestions: Iterable[str] = (),
    *,
    category: str = "grammar",
) -> Finding:
    """A grammar or style finding: always guideline 5 and `info`, because grammar never blocks posting."""
    suggestions = tuple(dict.fromkeys(s for s in suggestions if s != text[start:end]))
    return Finding(
        rule=rule,
        guideline=GUIDELINE,
        severity=Severity.INFO,
        start=start,
        end=end,
        message=message,
        suggestions=suggestions,
        excerpt=text[start:end],
        fix="replace" if suggestions else "none",
        category=category,
    )


def is_spelling(finding: Finding) -> bool:
    """A word the speller does not know (so "Add to dictionary" can accept it), not a grammar slip."""
    return finding.rule == SPELLING_RULE or bool(_LANGUAGETOOL_SPELLER.fullmatch(finding.rule))


def is_ignored(rule: str, ignored: Collection[str]) -> bool:
    """Whether the user chose to ignore `rule`; "grammar.X" and plain LanguageTool "X" both match."""
    if rule in ignored:
        return True
    _, _, bare = rule.partition(".")
    return rule.startswith("grammar.") and bare in ignored


def without_ignored(findings: Iterable[Finding], ignored: Iterable[str]) -> list[Finding]:
    """The findings whose rule the user has not chosen to ignore."""
    ignored = frozenset(ignored)
    if not ignored:
        return list(findings)
    return [f for f in findings if not is_ignored(f.rule, ignored)]
