"""Social media during work time (guideline 6).

A post breaks guideline 6 when it shows it is being written while the author should be working:
an act of posting next to a work setting ("typing this in the OR", "sneaking a post in during
rounds"), a work setting said to be happening now ("on rounds rn"), a phrase that says both at
once ("posting mid-shift while my patients sleep", "three hours into a liver transplant"), or
filming a shift, which counts whenever it is told ("I filmed bits of my whole shift"). Across the
whole post, a sign that the author is on social media at this moment ("quick post", "typing this",
"scrolling", "hi instagram") anywhere, or a time marker ("rn", "right now") in or next to the sentence,
together with work going on ("in mandatory training", "waiting on the lab", "scrubbed in") also
raises it, unless the post says it is the author's own time or own care. Posts
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
from composer.review.text import Document, compiled, phrase_pattern

SECTION = "worktime"
_NOT_ONES_OWN = r"\b(?![ -]?(?:prep|recovery|appointment|waiting room|results|consult|date)\b)"
RULES = ("on-duty", "scheduled-hours")
# After someone else, a few linking words may come before the place: "my husband is still at work".
_STILL_THEM = r"\b(?:\W+(?:is|are|was|were|s|re|still|currently|now|also|works?|working|stuck|all|here|there))*\W*$"


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
    # Whole-post reading: the author is on social media now, and work is going on now.
    social_now: tuple[str, ...] = ()  # being on social media at this moment, anywhere in the post ("quick post")
    time_now: tuple[str, ...] = ()  # "rn", "right now": binds to work in its own or a neighbouring sentence
    working_now: tuple[str, ...] = ()  # work going on, beyond `at_work` ("waiting on the lab", "scrubbed in")
    others_there: tuple[str, ...] = ()  # right before a work place, someone else is there ("everyone on the unit")
    not_work: tuple[str, ...] = ()  # phrases that look like work but are not ("in this case", "in my case")
    own_care: tuple[str, ...] = ()  # the post is about the author's or family's care ("my dad's surgery")
    # Filming, streaming or vlogging anything, raised with a work setting (`working`) in its sentence.
    filming_acts: tuple[str, ...] = ()


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
    social_now: re.Pattern[str]
    time_now: re.Pattern[str]
    working: re.Pattern[str]
    others_there: re.Pattern[str]
    not_work: re.Pattern[str]
    own_care: re.Pattern[str]
    filming_acts: re.Pattern[str]


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
        social_now=expanded(config.social_now),
        time_now=phrase_pattern(config.time_now),
        working=expanded(config.at_work + config.working_now),
        others_there=phrase_pattern(config.others_there, suffix=_STILL_THEM),
        not_work=expanded(config.not_work),
        own_care=expanded(config.own_care),
        filming_acts=expanded(config.filming_acts),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    gates: _Gates = compiled(section, "gates", lambda: _Gates(patterns))
    raised = False
    own_time = gates.off_duty.any(doc)
    for index in gates.sentence.sentences(doc):
        span = _on_duty_span(doc, index, patterns, config.window, own_time)
        if span is not None:
            raised = True
            yield doc.finding(section, "on-duty", span[0], span[1], fix="none")
    if not raised:
        span = _filmed_span(doc, gates, patterns)
        if span is None and not own_time:
            span = _whole_post_span(doc, gates, patterns)
        if span is not None:
            yield doc.finding(section, "on-duty", span[0], span[1], fix="none")
    shift = _current_shift(doc)
    if shift is not None:
        yield doc.finding(section, "scheduled-hours", 0, 0, fix="none", shift=shift)


class _Gates:
    """Quick whole-draft scans (lowercase) that tell which readings are worth trying at all."""

    def __init__(self, patterns: _Patterns) -> None:
        self.sentence = Gate(patterns.on_duty, patterns.filming, patterns.at_work)
        self.off_duty = Gate(patterns.off_duty)
        self.own_care = Gate(patterns.own_care)
        self.social_now = Gate(patterns.social_now)
        self.time_now = Gate(patterns.time_now)
        self.working = Gate(patterns.working)
        self.filming_acts = Gate(patterns.filming_acts)


def _on_duty_span(
    doc: Document, index: int, patterns: _Patterns, window: int, own_time: bool
) -> tuple[int, int] | None:
    """Where this sentence shows it is written at work, or None (filming a shift counts even on own time)."""
    sentence = doc.sentences[index]
    text = sentence.text
    base = sentence.start
    filming = patterns.filming.search(text)
    if filming is not None and not _denied(text, filming.start(), patterns):
        return base + filming.start(), base + filming.end()
    if own_time:
        return None
    at_work = [m.span() for m in patterns.at_work.finditer(text)]
    if at_work:
        not_work = _not_work(doc, index, patterns)
        at_work = [span for span in at_work if not _inside(span[0], not_work)]
    strong = patterns.on_duty.search(text)
    if strong is None and not at_work:
        return None
    if patterns.off_duty.search(text):
        return None
    told_later = patterns.past.search(text) is not None
    if strong is not None and not told_later and not _denied(text, strong.start(), patterns):
        return base + strong.start(), base + strong.end()
    if not at_work or patterns.not_now.search(text):
        return None
    for act in patterns.posting.finditer(text):
        if _denied(text, act.start(), patterns):
            continue
        for start, end in at_work:
            if start - act.end() <= window and act.start() - end <= window:
                return base + min(start, act.start()), base + max(end, act.end())
    if told_later:
        return None
    for marker in patterns.now.finditer(text):
        for start, end in at_work:
            # "I'm stuck in a meeting", "on rounds rn": the marker sits right next to the setting.
            beside = 0 <= start - marker.end() <= 10 or 0 <= marker.start() - end <= 12
            someone_else = patterns.others_there.search(text[max(0, start - 30) : start]) is not None
            if beside and not someone_else and not _denied(text, min(start, marker.start()), patterns):
                return base + min(start, marker.start()), base + max(end, marker.end())
    return None


def _whole_post_span(doc: Document, gates: _Gates, patterns: _Patterns) -> tuple[int, int] | None:
    """Being on social media now (anywhere) or a time marker (nearby), and work going on now, in one post."""
    social = gates.social_now.sentences(doc)
    timed = gates.time_now.sentences(doc)
    if not social and not timed:
        return None
    candidates = gates.working.sentences(doc)
    if not candidates or gates.own_care.any(doc):
        return None
    sentences = doc.sentences
    work: list[tuple[int, int, int]] = []  # (sentence index, start, end) of work going on now
    for index in candidates:
        sentence = sentences[index]
        if patterns.past.search(sentence.text) or patterns.not_now.search(sentence.text):
            continue
        idioms = _not_work(doc, index, patterns)
        for match in patterns.working.finditer(sentence.text):
            start, end = match.span()
            if _inside(start, idioms) or _denied(sentence.text, start, patterns):
                continue
            if patterns.others_there.search(sentence.text[max(0, start - 30) : start]):
                continue
            work.append((index, sentence.start + start, sentence.start + end))
    if not work:
        return None
    text = doc.text
    for where in social:
        sentence = sentences[where]
        for act in patterns.social_now.finditer(text, sentence.start, sentence.end):
            if not _denied(text, act.start(), patterns):
                _, start, end = min(work, key=lambda w: abs(w[1] - act.start()))
                return min(start, act.start()), max(end, act.end())
    for where in timed:
        sentence = sentences[where]
        for marker in patterns.time_now.finditer(text, sentence.start, sentence.end):
            for index, start, end in work:
                if abs(index - where) <= 1:
                    return min(start, marker.start()), max(end, marker.end())
    return None


def _filmed_span(doc: Document, gates: _Gates, patterns: _Patterns) -> tuple[int, int] | None:
    """Filming, streaming or vlogging with a work setting in the same sentence ("filmed a montage during my shift")."""
    sentences = gates.filming_acts.sentences(doc)
    if not sentences or gates.own_care.any(doc):
        return None
    for index in sentences:
        sentence = doc.sentences[index]
        text = sentence.text
        if patterns.not_now.search(text):
            continue
        acts = [m for m in patterns.filming_acts.finditer(text) if not _denied(text, m.start(), patterns)]
        if not acts:
            continue
        idioms = _not_work(doc, index, patterns)
        for match in patterns.working.finditer(text):
            start, end = match.span()
            if _inside(start, idioms) or patterns.others_there.search(text[max(0, start - 30) : start]):
                continue
            act = acts[0]
            return sentence.start + min(start, act.start()), sentence.start + max(end, act.end())
    return None


def _not_work(doc: Document, index: int, patterns: _Patterns) -> list[tuple[int, int]]:
    """Spans of a sentence (sentence offsets) that look like work but are not: idioms, advice, own care, employer."""
    sentence = doc.sentences[index]
    spans = [m.span() for m in patterns.not_work.finditer(sentence.text)]
    spans += [m.span() for m in patterns.own_care.finditer(sentence.text)]  # "from my own knee surgery"
    for mention in doc.mentions:
        if sentence.start <= mention.start < sentence.end:
            spans.append((max(0, mention.start - sentence.start - 20), mention.end - sentence.start))
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


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
