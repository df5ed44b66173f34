"""Confidential or internal employer information (guideline 1).

A post leaks when it carries employer business (results, figures, plans, memos) together with a sign
that it is not public yet ("not announced", "don't share", "under embargo") or that it comes from an
internal source ("internal memo", "leadership huddle"); security details (door codes, passwords) leak
on their own. News the employer already announced or published is not raised. Which words mean what is
the pack's `[confidential]` table; this module only weighs them within a few sentences of each other.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from composer.review.context import Anchored, Cues, Lexicon, Sentences
from composer.review.model import Finding
from composer.review.phi import cue_lists
from composer.review.policy import Pattern, Section
from composer.review.redact import suggestions
from composer.review.text import Document, compiled

SECTION = "confidential"
RULES: tuple[str, ...] = (
    "research",
    "internal-figures",
    "organisation",
    "project",
    "communication",
    "security",
    "marked",
)


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [confidential] table (see policy/mayo-clinic.toml)."""

    not_public: tuple[str, ...]  # "not announced yet", "don't share", "under embargo"
    internal_sources: tuple[str, ...]  # "internal memo", "leadership huddle"
    public: tuple[str, ...]  # "announced today", "published today": already out
    figures: tuple[str, ...]  # money, percentages, head counts
    topics: Mapping[str, tuple[str, ...]]  # rule name -> the words that show that kind of business
    security: tuple[Pattern, ...]  # door codes, passwords; a group named `id` marks the secret itself
    window: int = 2  # sentences on each side where the signs must meet
    post_chars: int = 0  # a post up to this long is one window: the signs may meet anywhere in it
    # Changes that an internal source alone makes confidential ("from the leadership meeting: a pay freeze");
    # other business needs a figure with it ("our staff meeting was about the new badges" is harmless).
    changes: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ("[redacted]",)


class _Compiled:
    def __init__(self, config: Config) -> None:
        for topic in config.topics:
            if topic not in RULES:
                raise ValueError(f"confidential.topics.{topic} must be one of {', '.join(RULES)}")
        lists = {
            "not_public": config.not_public,
            "internal": config.internal_sources,
            "public": config.public,
            "figure": config.figures,
            "change": config.changes,
        }
        lists.update({"topic:" + topic: words for topic, words in config.topics.items()})
        self.topics = list(config.topics)
        patterns, phrases = cue_lists(lists)
        self.lexicon = Lexicon(phrases, [*(p for group in patterns.values() for p in group), *config.security])
        self.patterns = {name: tuple(Anchored(p, self.lexicon) for p in group) for name, group in patterns.items()}
        self.security = tuple(Anchored(pattern, self.lexicon) for pattern in config.security)


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    built: _Compiled = compiled(config, "confidential", lambda: _Compiled(config))
    text = doc.text
    reading = built.lexicon.read(text)
    where = reading.where
    for anchored in built.security:
        pattern = anchored.pattern
        for match in anchored.finditer(text, where):
            start, end = match.span("id") if "id" in pattern.groupindex and match.group("id") else match.span()
            yield doc.finding(
                section, "security", start, end, suggestions=suggestions(config.suggestions, text, start, end)
            )
    cues = Cues(text, where, built.patterns, reading.found)
    signs = cues.all("not_public") + cues.all("internal")
    if not signs:
        return
    sentences = Sentences(text)
    whole = len(text) <= config.post_chars
    raised: set[int] = set()
    signs.sort(key=lambda m: m.start())
    business = _Business(cues, sentences, built.topics, signs)
    for sign in signs:
        if whole:
            w_start, w_end = 0, len(text)
        else:
            w_start, w_end = sentences.span(sign.start(), config.window, config.window)
        secret = cues.any("not_public", w_start, w_end)
        if not secret and cues.any("public", w_start, w_end):
            continue  # an internal source quoted about news that is already out
        best = business.best(w_start, w_end, sourced_only=not secret)
        if best is None and secret and cues.any("internal", w_start, w_end):
            # An internal document marked secret: whatever it says is confidential ("the memo says do not forward").
            best = sentences.index(sign.start()), "communication"
        if best is None:
            continue
        index, topic = best
        if index in raised:
            continue
        raised.add(index)
        start, end = sentences.starts[index], sentences.ends[index]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        yield doc.finding(section, topic, start, end, suggestions=suggestions(config.suggestions, text, start, end))


class _Business:
    """What employer business each sentence carries, worked out once per sentence however many signs look at it.

    The words of a sign itself are not business: "leadership meeting" names a source, and "meeting"
    there says nothing about what was shared. Quoting an internal source that is not marked secret
    leaks with figures in it (a budget, a head count) or with a change in it (a pay freeze, a closure),
    not by naming what the meeting was about (`sourced_only`).
    """

    def __init__(self, cues: Cues, sentences: Sentences, topics: list[str], signs: list) -> None:
        self.cues, self.sentences, self.topics = cues, sentences, topics
        self.signs = signs  # in text order
        self.sign_starts = [m.start() for m in signs]
        self.longest = max((m.end() - m.start() for m in signs), default=0)
        self.memo: dict[int, tuple[bool, bool, str | None]] = {}

    def _outside(self, matches: list) -> bool:
        """Whether one of `matches` lies outside every sign's words."""
        starts, signs = self.sign_starts, self.signs
        for m in matches:
            lo = bisect_left(starts, m.start() - self.longest)
            hi = bisect_left(starts, m.end())
            if all(m.end() <= s.start() or s.end() <= m.start() for s in signs[lo:hi]):
                return True
        return False

    def sentence(self, index: int) -> tuple[bool, bool, str | None]:
        """Whether sentence `index` has a figure, a change, and the first kind of business in it."""
        known = self.memo.get(index)
        if known is not None:
            return known
        cues = self.cues
        s_start, s_end = self.sentences.starts[index], self.sentences.ends[index]
        figure = cues.any("figure", s_start, s_end)
        change = cues.any("change", s_start, s_end) and self._outside(cues.within("change", s_start, s_end))
        topic = next(
            (
                t
                for t in self.topics
                if cues.any("topic:" + t, s_start, s_end) and self._outside(cues.within("topic:" + t, s_start, s_end))
            ),
            None,
        )
        known = self.memo[index] = (figure, change, topic)
        return known

    def best(self, w_start: int, w_end: int, *, sourced_only: bool) -> tuple[int, str] | None:
        """The sentence in the window that carries employer business, preferring one with figures in it."""
        found: list[tuple[int, int, str]] = []
        first = self.sentences.index(w_start)
        last = self.sentences.index(max(w_start, w_end - 1))
        for index in range(first, last + 1):
            figure, change, topic = self.sentence(index)
            if sourced_only and not figure and not change:
                continue
            if topic is None and not figure and not change:
                continue
            rank = 0 if (figure and topic) else 1 if topic else 2
            found.append((rank, index, topic or ("organisation" if change else "marked")))
        if not found:
            return None
        _, index, topic = min(found)
        return index, topic
