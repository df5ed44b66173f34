"""Professionalism hints about tone: shouting in capitals, piles of exclamation marks, text-speak.

All are `info` advice in the "style" category. Text-speak ("u", "thx", "gr8") is normal on X or
Instagram but reads as careless on LinkedIn or a blog, so it is only raised on formal platforms;
exclamation marks get a lower threshold there too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from composer.review.model import Finding

from .base import FORMAL_PLATFORMS, grammar_finding
from .tokens import Token

# Text-speak and what to write instead ("" when the word is best left out).
TEXT_SPEAK: dict[str, tuple[str, ...]] = {
    "u": ("you",),
    "ur": ("your", "you're"),
    "r": ("are",),
    "ya": ("you",),
    "lol": ("",),
    "lmao": ("",),
    "rofl": ("",),
    "omg": ("",),
    "smh": ("",),
    "thx": ("thanks",),
    "thanx": ("thanks",),
    "tx": ("thanks",),
    "ty": ("thank you",),
    "pls": ("please",),
    "plz": ("please",),
    "gr8": ("great",),
    "b4": ("before",),
    "2day": ("today",),
    "2moro": ("tomorrow",),
    "2morrow": ("tomorrow",),
    "l8r": ("later",),
    "idk": ("I don't know",),
    "tbh": ("to be honest",),
    "btw": ("by the way",),
    "imo": ("in my opinion",),
    "imho": ("in my opinion",),
    "ppl": ("people",),
    "cuz": ("because",),
    "coz": ("because",),
    "bc": ("because",),
    "luv": ("love",),
    "tho": ("though",),
    "thru": ("through",),
    "nite": ("night",),
    "gonna": ("going to",),
    "wanna": ("want to",),
    "gotta": ("have to",),
    "kinda": ("kind of",),
    "sorta": ("sort of",),
    "dunno": ("don't know",),
    "ofc": ("of course",),
}
# Short ones that are also initials or units in upper case ("U of M", "R&D"): only lower case counts.
_LOWER_CASE_ONLY = frozenset({"u", "ur", "r", "ya", "tx", "ty", "bc"})

_EXCLAMATIONS = re.compile(r"[!?！？]{2,}")


def is_text_speak(token_text: str) -> bool:
    lower = token_text.lower()
    return lower in TEXT_SPEAK and (token_text == lower or lower not in _LOWER_CASE_ONLY)


def text_speak_findings(text: str, tokens: Sequence[Token], platform: str) -> Iterator[Finding]:
    if platform not in FORMAL_PLATFORMS:
        return
    for token in tokens:
        if token.kind in ("word", "digits") and is_text_speak(token.text):
            suggestions = TEXT_SPEAK[token.text.lower()]
            if token.starts_sentence:
                suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
            yield grammar_finding(
                text,
                "proofreader.text-speak",
                token.start,
                token.end,
                f'"{token.text}" is text-speak; on {platform.capitalize()} it reads as careless. Write it out.',
                suggestions,
                category="style",
            )


def exclamation_findings(text: str, platform: str) -> Iterator[Finding]:
    """Runs like "!!!" or "?!!": three or more "!" anywhere, two or more on formal platforms."""
    threshold = 2 if platform in FORMAL_PLATFORMS else 3
    for match in _EXCLAMATIONS.finditer(text):
        run = match.group()
        if sum(ch in "!！" for ch in run) < threshold:
            continue
        yield grammar_finding(
            text,
            "proofreader.exclamations",
            match.start(),
            match.end(),
            "Several exclamation marks in a row read as shouting; one is enough.",
            ["?" if "?" in run or "？" in run else "!"],
            category="style",
        )


def shouting_findings(text: str, tokens: Sequence[Token], is_plain_word: Callable[[str], bool]) -> Iterator[Finding]:
    """Runs of words in capitals that are ordinary words, not abbreviations ("ICU", "RN", "HIPAA").

    `is_plain_word(lower)` says whether a word is ordinary English (not a clinical abbreviation). A run
    is shouting when it holds at least two ordinary words ("SO PROUD", "I AM SO DONE"); "ICU RN" or
    "STAGE II CAR-T" is not.
    """
    run: list[Token] = []
    for token in [*tokens, None]:
        if token is not None and token.kind in ("digits", "url", "handle", "hashtag", "email"):
            continue  # neither part of a run nor an interruption ("COVID 19 IS HERE")
        if token is not None and token.text.isupper() and not any(ch.isdigit() for ch in token.text):
            run.append(token)
            continue
        if run:
            plain = sum(1 for t in run if len(t.text) >= 2 and is_plain_word(t.text.lower()))
            if plain >= 2:
                yield _shouting(text, run, is_plain_word)
            run = []


def _shouting(text: str, run: list[Token], is_plain_word: Callable[[str], bool]) -> Finding:
    start, end = run[0].start, run[-1].end
    pieces = []
    cursor = start
    for token in run:
        pieces.append(text[cursor : token.start])
        word = token.text
        if word == "I" or word[:2] in ("I'", "I’"):
            pieces.append("I" + word[1:].lower())  # "I'M" -> "I'm"
        else:
            pieces.append(word.lower() if is_plain_word(word.lower()) else word)
        cursor = token.end
    calmer = "".join(pieces)
    if run[0].starts_sentence:
        calmer = calmer[:1].upper() + calmer[1:]
    return grammar_finding(
        text,
        "proofreader.shouting",
        start,
        end,
        "Whole phrases in capitals read as shouting; use capitals only for abbreviations.",
        [calmer],
        category="style",
    )
