"""The offline proofreader: spelling, repeated words, capitals, confused words and tone, with nothing downloaded.

Used in mode "offline" and whenever LanguageTool cannot be used. It is a set of narrow, fast rules
(a 3,000-character draft in a few milliseconds) rather than a grammar: it would rather miss a
mistake than underline correct writing. Spelling skips what is not prose (URLs, handles, hashtags,
e-mails, numbers, abbreviations in capitals, words with digits) and capitalised words inside a
sentence (names); clinical terms and the user's dictionary are words too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from composer.review.model import Finding
from composer.store.dictionary import UserDictionary

from .base import GrammarChecker, grammar_finding, without_ignored
from .confusions import confusion_findings
from .spelling import Speller, shared_speller
from .terms import shipped_terms
from .tokens import Token, tokenize
from .tone import exclamation_findings, is_text_speak, shouting_findings, text_speak_findings

MAX_SPELLING_FINDINGS = 50  # past this the text is not English prose; more underlines help no one
_FOREIGN_SHARE = 0.3  # when this share of checked words is unknown, the draft is in another language
_FOREIGN_MIN_WORDS = 6
_MIN_CHECKED_CAPITALISED = 5
_PLAIN_MIN_FREQUENCY = 1000  # rarer "words" are mostly names and oddities ("allen", "dob")

# Doubled words that are normal English ("I had had enough", "that that", "bye bye").
_ALLOWED_REPEATS = frozenset(
    {"had", "that", "ha", "haha", "bye", "knock", "no", "yes", "yeah", "go", "so", "very", "really", "blah",
     "tsk", "hush", "chop", "ding", "boo", "ho", "la", "pom", "tut", "xo", "night"}
)  # fmt: skip
_REPEATED = re.compile(r"(?<![\w'’-])(?P<first>[^\W\d_]+)(?P<gap>[^\S\n]+)(?P<second>(?P=first))(?![\w'’-])", re.I)
# A lowercase word after a full stop, question or exclamation mark; `prev` is the word before the stop.
_AFTER_STOP = re.compile(r"(?P<stop>[.!?]+)[\"'”’]*\s+[\"'“‘(\[]*(?P<word>[^\W\d_]+)")
_WORD_BEFORE_STOP = re.compile(r"[\w.]*$")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "approx", "dr", "mr", "mrs", "ms", "st", "no", "fig", "cf", "al", "a.m", "p.m",
     "am", "pm", "jr", "sr", "min", "max", "est", "dept", "hr", "hrs", "wk", "yr", "yrs", "pt", "pts", "u.s", "inc",
     "co", "ltd", "mt", "ft", "vol", "ed"}
)  # fmt: skip
_LOWER_I = re.compile(r"(?<![\w.'’/@#-])i(?=['’](?:m|ve|ll|d)\b|(?![\w.'’/-]))")


class OfflineProofreader(GrammarChecker):
    """Spelling, grammar slips and tone hints without a network or a download."""

    name = "Offline proofreader"
    is_remote = False
    endpoint = ""

    def __init__(
        self,
        *,
        dictionary: UserDictionary | None = None,
        language: str = "en-US",
        ignored_rules: Iterable[str] = (),
        speller: Speller | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.language = language
        self.ignored_rules = frozenset(ignored_rules)
        self._speller = speller
        self._terms = shipped_terms()

    @property
    def speller(self) -> Speller:
        if self._speller is None:
            self._speller = shared_speller()  # loaded on first use, on the checker's thread
        return self._speller

    def warm_up(self) -> None:
        """Load the word list and build the suggestion index now (~0.3 s), e.g. on a worker at start-up,
        so the first check while typing is as fast as the rest."""
        self.speller.suggestions("tommorow")

    @property
    def spells_english(self) -> bool:
        return self.language.lower().startswith("en") or self.language.lower() == "auto"

    def check(self, text: str, *, platform: str = "x") -> list[Finding]:
        tokens = tokenize(text)
        findings: list[Finding] = []
        findings += confusion_findings(text)
        findings += _repeated_word_findings(text)
        if self.spells_english:
            findings += text_speak_findings(text, tokens, platform)
            findings += shouting_findings(text, tokens, self.is_plain_word)
        findings += exclamation_findings(text, platform)
        # Spelling, then capitals, only where no more specific finding already covers the word.
        if self.spells_english:
            findings += _not_overlapping(self.spelling_findings(text, tokens), findings)
        findings += _not_overlapping(_capital_findings(text, tokens), findings)
        findings = without_ignored(findings, self.ignored_rules)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    # --- spelling -------------------------------------------------------------------------------

    def is_plain_word(self, lower: str) -> bool:
        """A common English word, not a clinical term or abbreviation (tells shouting from "ICU" or "ALLEN, R.")."""
        return lower not in self._terms and self.speller.frequency(lower) >= _PLAIN_MIN_FREQUENCY

    def is_known(self, word: str) -> bool:
        """Whether a word (any case, either apostrophe) is accepted: English, clinical, or the user's own."""
        lower = word.lower().replace("’", "'")
        speller = self.speller
        if speller.knows(lower) or lower in self._terms or is_text_speak(word):
            return True
        if self.dictionary is not None and word in self.dictionary:
            return True
        stem = lower[:-2] if lower.endswith("'s") else ""  # possessive: "nurse's", "Tylenol's"
        return bool(stem) and (speller.knows(stem) or stem in self._terms)

    def spelling_findings(self, text: str, tokens: Sequence[Token]) -> list[Finding]:
        checked = 0
        unknown: list[Token] = []
        for token in tokens:
            if token.kind != "word" or not _spell_checkable(token):
                continue
            checked += 1
            if not self.is_known(token.text):
                unknown.append(token)
        if checked >= _FOREIGN_MIN_WORDS and len(unknown) > checked * _FOREIGN_SHARE:
            return []  # most likely another language; checking it as English would underline everything
        findings = []
        for token in unknown[:MAX_SPELLING_FINDINGS]:
            lower = token.text.lower().replace("’", "'")
            suggestions = self.speller.suggestions(lower)
            if not suggestions:
                continue  # nothing within two edits: far more often a term we lack than a typo
            if "’" in token.text:
                suggestions = tuple(s.replace("'", "’") for s in suggestions)
            if token.text[:1].isupper():
                suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
            findings.append(
                grammar_finding(
                    text,
                    "proofreader.spelling",
                    token.start,
                    token.end,
                    f'"{token.text}" may be misspelt. If it is right, add it to your dictionary.',
                    suggestions,
                )
            )
        return findings


def _spell_checkable(token: Token) -> bool:
    """Words worth checking: lower case, or capitalised at a sentence start and not name-like."""
    word = token.text
    if len(word) < 2 or any(ch.isupper() for ch in word[1:]):
        return False  # single letters, "ICU", "iPhone", "McKinley"
    if word[0].isupper():
        # Inside a sentence a capitalised word is most likely a name. At a sentence start names are
        # common too ("Jen and I..."): check only longer plain-ASCII words there, where typos hide.
        return token.starts_sentence and len(word) >= _MIN_CHECKED_CAPITALISED and word.isascii()
    return True


def _not_overlapping(candidates: Iterable[Finding], taken: Sequence[Finding]) -> list[Finding]:
    spans = [(f.start, f.end) for f in taken]
    return [f for f in candidates if not any(f.start < end and start < f.end for start, end in spans)]


def _repeated_word_findings(text: str) -> Iterator[Finding]:
    for match in _REPEATED.finditer(text):
        first = match.group("first")
        if first.lower() in _ALLOWED_REPEATS:
            continue
        yield grammar_finding(
            text,
            "proofreader.repeated-word",
            match.start(),
            match.end(),
            f'"{first}" is repeated.',
            [first],
        )


def _capital_findings(text: str, tokens: Sequence[Token]) -> Iterator[Finding]:
    words_at = {t.start: t for t in tokens if t.kind == "word"}
    starts: list[Token] = []
    first = tokens[0] if tokens else None
    if first is not None and first.kind == "word" and not text[: first.start].strip(" \t\n\"'“‘([*-"):
        starts.append(first)
    for match in _AFTER_STOP.finditer(text):
        stop = match.group("stop")
        prev = _WORD_BEFORE_STOP.search(text, max(0, match.start() - 20), match.start()).group()
        if stop.startswith(".") and (
            len(stop) > 1 or prev.lower() in _ABBREVIATIONS or len(prev.rstrip(".")) == 1 or prev.isdigit()
        ):
            continue  # an ellipsis, "e.g. the", "Dr. who", initials, a numbered list
        token = words_at.get(match.start("word"))
        if token is not None:
            starts.append(token)
    for token in starts:
        word = token.text
        if text[token.end : token.end + 1] == "." and text[token.end + 1 : token.end + 2].isalpha():
            continue  # "e.g.", "a.m." written in lower case on purpose
        if word.islower() and word != "i" and word[:2] not in ("i'", "i’"):
            yield grammar_finding(
                text,
                "proofreader.sentence-start",
                token.start,
                token.end,
                "A sentence starts with a capital letter.",
                [word[0].upper() + word[1:]],
            )
    for match in _LOWER_I.finditer(text):
        token = words_at.get(match.start())
        if token is not None and token.text.lower().replace("’", "'") in ("i", "i'm", "i've", "i'll", "i'd"):
            yield grammar_finding(
                text, "proofreader.lowercase-i", match.start(), match.end(), 'The word "I" is always a capital.', ["I"]
            )
