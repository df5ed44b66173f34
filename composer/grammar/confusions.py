"""Commonly confused words, flagged only where the words around them decide which one is meant.

Each rule is a pattern whose group `bad` is the wrong word and a replacement for it. The patterns
are deliberately narrow ("its a", "more then", "could of"): a proofreader that guesses at
"their/there" in every sentence teaches people to ignore it. Wider coverage is LanguageTool's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from composer.review.model import Finding

from .base import grammar_finding

_APOS = "['’]"


@dataclass(frozen=True)
class Confusion:
    rule: str  # the part after "proofreader.confusion."
    pattern: re.Pattern[str]
    replacement: str
    message: str
    not_after: frozenset[str] = frozenset()  # no finding when the word before the match is one of these


def _rule(rule: str, pattern: str, replacement: str, message: str, not_after: tuple[str, ...] = ()) -> Confusion:
    return Confusion(rule, re.compile(pattern, re.IGNORECASE), replacement, message, frozenset(not_after))


CONFUSIONS: tuple[Confusion, ...] = (
    _rule(
        "its",
        r"\b(?P<bad>its)\s+(?:a|an|not|been|going|gonna|so|too|really|always|never|about|like|getting|ok|okay"
        r"|fine|true|hard|great|good|nice|crazy|funny|sad|weird|almost|because|what|how)\b(?!-)",
        "it's",
        '"its" is the possessive ("its wards"); here you mean "it\'s" (it is / it has).',
    ),
    _rule(
        "its",
        rf"\b(?P<bad>it{_APOS}s)\s+own\b"
        rf"|\b(?:of|in|on|for|by|with|from|into|onto|through|under)\s+(?P<bad2>it{_APOS}s)\s+(?!a\b|an\b|the\b|not\b)[a-z]",
        "its",
        '"it\'s" means "it is"; the possessive is "its", with no apostrophe.',
    ),
    _rule(
        "your",
        r"\b(?P<bad>your)\s+(?:a|an|the|not|so|too|going|gonna|always|never|kidding"
        r"|welcome(?!\s+(?:packet|email|e-mail|letter|kit|message|gift|bag|party|pack|note|video|tour)\b))\b(?!-)",
        "you're",
        '"your" is the possessive; here you mean "you\'re" (you are).',
    ),
    _rule(
        "your",
        rf"\b(?P<bad>you{_APOS}re)\s+(?:own|team|family|help|support|patience|kindness|feedback|input|name|email"
        r"|account|kids|children|colleagues|coworkers|manager|hard\s+work)\b",
        "your",
        '"you\'re" means "you are"; the possessive is "your".',
    ),
    _rule(
        "then-than",
        r"\b(?:more|less|better|worse|rather|other|greater|fewer|bigger|smaller|higher|lower|larger|longer|shorter"
        r"|faster|slower|older|younger|easier|harder|stronger|weaker|sooner)\s+(?P<bad>then)\b",
        "than",
        'Comparisons take "than" ("more than", "rather than"); "then" is about time.',
    ),
    _rule(
        "then-than",
        r"\b(?:since|until|till|back)\s+(?P<bad>than)\b",
        "then",
        '"than" compares; for time ("since then", "back then") it is "then".',
    ),
    _rule(
        "there",
        r"\b(?P<bad>their)\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\b",
        "there",
        '"their" means "belonging to them"; "there is / there are" is spelt "there".',
    ),
    _rule(
        "there",
        rf"\b(?P<bad>there|they{_APOS}re)\s+own\b",
        "their",
        '"their own" (belonging to them) is spelt "their".',
    ),
    _rule(
        "there",
        r"\b(?P<bad>there|their)\s+(?:going\s+to|gonna)\b",
        "they're",
        'Here you mean "they\'re" (they are).',
        not_after=("is", "was", "are", "were", "isn't", "wasn't", "will", "would", "if", "whether"),
    ),
    _rule(
        "affect-effect",
        r"\b(?P<bad>affects?)\s+on\b"
        r"|\b(?:an?|no|any|positive|negative|side|lasting|significant|major|minor|huge|big)\s+(?P<bad2>affect)\s+of\b",
        "effect",
        'The noun is "effect" ("an effect on"); "affect" is the verb.',
    ),
    _rule(
        "affect-effect",
        r"\b(?:will|would|can|could|may|might|does|did|doesn['’]t|didn['’]t|won['’]t|not|it|this|that|which|stress)"
        r"\s+(?P<bad>effects?)\s+(?:me|you|him|her|us|them|everyone|everybody|people|patients|staff|my|your|his|our"
        r"|their)\b",
        "affect",
        'The verb is "affect" ("it affects us"); "effect" is the noun.',
    ),
    _rule(
        "loose-lose",
        r"\b(?:to|will|would|could|might|can|can['’]t|don['’]t|didn['’]t|not|never|gonna|may|must)\s+(?P<bad>loose)\b(?!-)"
        r"|\b(?P<bad2>loose)\s+(?:weight|sleep|track|hope|patience|touch|count|focus|my|your|our|their|his|her)\b",
        "lose",
        '"Lose" is to misplace or fail to keep; "loose" means not tight.',
    ),
    _rule(
        "could-of",
        r"\b(?:could|should|would|must|might)\s+(?P<bad>of)\b(?!\s+course\b)",
        "have",
        'After "could", "should" or "would" it is "have" ("could have"), not "of".',
        not_after=("a", "the"),
    ),
    _rule("alot", r"\b(?P<bad>alot)\b", "a lot", '"A lot" is two words.'),
)

_PREVIOUS_WORD = re.compile(r"([\w'’]+)\W*$")


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def confusion_findings(text: str) -> Iterator[Finding]:
    curly = text.count("’") > text.count("'")  # suggest apostrophes in the style the draft already uses
    for confusion in CONFUSIONS:
        for match in confusion.pattern.finditer(text):
            group = "bad" if match.group("bad") is not None else "bad2"
            start, end = match.span(group)
            if confusion.not_after:
                before = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
                if before and before.group(1).lower().replace("’", "'") in confusion.not_after:
                    continue
            replacement = confusion.replacement.replace("'", "’") if curly else confusion.replacement
            yield grammar_finding(
                text,
                f"proofreader.confusion.{confusion.rule}",
                start,
                end,
                confusion.message,
                [_match_case(text[start:end], replacement)],
            )
