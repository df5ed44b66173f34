"""Social media during work time (guideline 6).

A post breaks guideline 6 when it shows it is being written while the author should be working:
an act of posting next to a work setting ("typing this in the OR", "sneaking a post in during
rounds"), a work setting said to be happening now ("on rounds rn"), a phrase that says both at
once ("posting mid-shift while my patients sleep", "three hours into a liver transplant"), or
filming a shift, which counts whenever it is told ("I filmed bits of my whole shift"). Posts
written afterwards ("after a long shift", "just got home"), stories of past shifts and the
author's own breaks are fine. The words live in the pack; this module only decides how they combine.
The pack's phrases may use `{activity}` (the kinds of work: meeting, case, surgery, shift...) and
`{count}` (a number in digits or words), so a new kind of work is one more word in one list.
Separately, when the clock falls inside the author's scheduled shift, a gentle `info` reminder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from composer.review.checks._gate import Gate
from composer.review.model import WEEKDAYS, Finding
from composer.review.policy import Section
from composer.review.text import Document, Span, compiled, phrase_pattern

SECTION = "worktime"
_NOT_ONES_OWN = r"\b(?![ -]?(?:prep|recovery|appointment|waiting room|results|consult|date)\b)"
RULES = ("on-duty", "scheduled-hours")


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [worktime] table."""

    on_duty: tuple[str, ...] = ()  # says by itself that the post is written at work ("mid-shift")
    filming: tuple[str, ...] = ()  # filming or streaming a shift: raised whenever it happened
    activities: tuple[str, ...] = ()  # kinds of work, filling `{activity}` ("meeting", "case", "transplant")
    counts: tuple[str, ...] = ()  # numbers, filling `{count}` ("4", "four", "a couple of")
    past: tuple[str, ...] = ()  # the sentence tells of an earlier shift ("was", "yesterday"): not now
    posting: tuple[str, ...] = ()  # the act of posting or being on social media ("typing this", "scrolling")
    at_work: tuple[str, ...] = ()  # a work setting, with its preposition ("in the OR", "during rounds")
    now: tuple[str, ...] = ()  # "this is happening now" ("rn", "I'm", "3 hours into")
    off_duty: tuple[str, ...] = ()  # written on the author's own time ("after my shift", "day off")
    not_now: tuple[str, ...] = ()  # the setting is in the future, so not now ("tomorrow")
    not_the_author: tuple[str, ...] = ()  # words before the act saying the author is not doing it
    window: int = 60  # characters allowed between a posting act and the work setting


@dataclass(frozen=True)
class _Patterns:
    on_duty: re.Pattern[str]
    filming: re.Pattern[str]
    past: re.Pattern[str]
    posting: re.Pattern[str]
    at_work: re.Pattern[str]
    now: re.Pattern[str]
    off_duty: re.Pattern[str]
    not_now: re.Pattern[str]
    not_the_author: re.Pattern[str]


def _patterns(config: Config) -> _Patterns:
    not_the_author = phrase_pattern(config.not_the_author, suffix=r"\b\W+(?:[\w'’]+\W+){0,2}$")
    fill = {
        # "three hours into my colonoscopy prep" is the author's own care, not their work.
        "{activity}": phrase_pattern(config.activities, prefix="", suffix=_NOT_ONES_OWN).pattern,
        "{count}": phrase_pattern(config.counts, prefix="", suffix="").pattern,
    }

    def expanded(phrases: tuple[str, ...]) -> re.Pattern[str]:
        out = []
        for phrase in phrases:
            for placeholder, source in fill.items():
                phrase = phrase.replace(placeholder, source)
            out.append(phrase)
        return phrase_pattern(out)

    return _Patterns(
        on_duty=expanded(config.on_duty),
        filming=expanded(config.filming),
        past=phrase_pattern(config.past),
        posting=expanded(config.posting),
        at_work=expanded(config.at_work),
        now=phrase_pattern(config.now),
        off_duty=phrase_pattern(config.off_duty),
        not_now=phrase_pattern(config.not_now),
        not_the_author=not_the_author,
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    gate: Gate = compiled(section, "gate", lambda: Gate(patterns.on_duty, patterns.filming, patterns.at_work))
    for index in gate.sentences(doc):
        span = _on_duty_span(doc.sentences[index], patterns, config.window)
        if span is not None:
            yield doc.finding(section, "on-duty", span[0], span[1], fix="none")
    shift = _current_shift(doc)
    if shift is not None:
        yield doc.finding(section, "scheduled-hours", 0, 0, fix="none", shift=shift)


def _on_duty_span(sentence: Span, patterns: _Patterns, window: int) -> tuple[int, int] | None:
    """Where this sentence shows it is written at work, or None."""
    text = sentence.text
    base = sentence.start
    filming = patterns.filming.search(text)
    if filming is not None and not _denied(text, filming.start(), patterns):
        return base + filming.start(), base + filming.end()
    at_work = [m.span() for m in patterns.at_work.finditer(text)]
    strong = patterns.on_duty.search(text)
    if strong is None and not at_work:
        return None
    if patterns.off_duty.search(text):
        return None
    told_later = patterns.past.search(text) is not None
    if strong is not None and not told_later and not _denied(text, strong.start(), patterns):
        return base + strong.start(), base + strong.end()
    if not at_work:
        return None
    for act in patterns.posting.finditer(text):
        if _denied(text, act.start(), patterns):
            continue
        for start, end in at_work:
            if start - act.end() <= window and act.start() - end <= window:
                return base + min(start, act.start()), base + max(end, act.end())
    if told_later or patterns.not_now.search(text):
        return None
    for marker in patterns.now.finditer(text):
        for start, end in at_work:
            # "I'm stuck in a meeting", "on rounds rn": the marker sits right next to the setting.
            beside = 0 <= start - marker.end() <= 10 or 0 <= marker.start() - end <= 12
            if beside and not _denied(text, min(start, marker.start()), patterns):
                return base + min(start, marker.start()), base + max(end, marker.end())
    return None


def _denied(text: str, offset: int, patterns: _Patterns) -> bool:
    """Negated or done by someone else: "I never post from the OR", "people scrolling at the station"."""
    return patterns.not_the_author.search(text[max(0, offset - 40) : offset]) is not None


def _current_shift(doc: Document) -> str | None:
    """The scheduled shift `doc.now` falls in, described for the message ("Tue 07:00-19:00")."""
    if doc.now is None or not doc.profile.schedule:
        return None
    weekday, moment = doc.now.weekday(), doc.now.time()
    for shift in doc.profile.schedule:
        if shift.day in WEEKDAYS and shift.covers(weekday, moment):
            return f"{shift.day.capitalize()} {shift.start:%H:%M}-{shift.end:%H:%M}"
    return None
