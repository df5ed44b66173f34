"""Shared text helpers for the detectors: sentences, words and where the employer is named.

Everything here works in code-point offsets (Python `str` indices) into the original text, so a
finding's span can be underlined exactly whatever emoji or accents the draft holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from composer.review.model import Finding, Profile
from composer.review.policy import Employer, Policy, Section

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A place where the draft names the employer, and in which form."""

    start: int
    end: int
    text: str
    kind: str  # "name" (in prose), "hashtag", "handle", "url"
    official: bool = False  # the employer's own account or site


def split_sentences(text: str) -> list[Span]:
    """Sentences and lines as spans; good enough for short social posts, never drops text."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append(Span(start, match.start(), text[start : match.start()]))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text), text[start:]))
    return [s for s in spans if s.text.strip()]


def words(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def phrase_pattern(
    phrases: tuple[str, ...] | list[str], *, prefix: str = r"\b", suffix: str = r"\b"
) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the phrases as whole words, longest first.

    Spaces in a phrase match any run of whitespace; a phrase may also be a regular expression
    when it is written between slashes (`/frequent fl(y|i)ers?/`).
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
            parts.append(f"(?:{phrase[1:-1]})")
        else:
            escaped = re.escape(phrase.strip()).replace(r"\ ", r"\s+")
            escaped = re.sub("['’]", "['’]", escaped)
            parts.append(escaped)
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(prefix + "(?:" + "|".join(parts) + ")" + suffix, re.IGNORECASE)


class EmployerMatcher:
    """Finds the employer's names across prose, hashtags, handles and URLs, ignoring false friends."""

    def __init__(self, employer: Employer) -> None:
        self.employer = employer
        forms = list(employer.names) + list(employer.short_names)
        squashed = sorted({re.sub(r"[\s\-_.]", "", f).lower() for f in forms}, key=len, reverse=True)
        self._squashed = squashed
        self._prose = phrase_pattern(forms)
        self._token = re.compile(r"(?:https?://)?(?:www\.)?[\w.-]+\.[a-z]{2,}(?:/[^\s]*)?|[@#][\w.]+", re.IGNORECASE)
        self._official = {h.lower().lstrip("@") for h in employer.official_handles}
        self._domains = tuple(d.lower() for d in employer.domains)

    def contains_name(self, token: str) -> bool:
        """Whether a handle, hashtag or URL has an employer name in it ("MayoNurseJen", "mayo-clinic")."""
        squashed = re.sub(r"[\s\-_.]", "", token).lower()
        return any(form in squashed for form in self._squashed)

    def is_official(self, token: str) -> bool:
        """The employer's own account or site (tagging it is fine)."""
        bare = token.lower().lstrip("@")
        if bare in self._official:
            return True
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", token.lower()).split("/")[0]
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for match in self._token.finditer(text):
            token = match.group()
            if not self.contains_name(token):
                continue
            kind = "hashtag" if token.startswith("#") else "handle" if token.startswith("@") else "url"
            token_clean = token.rstrip(".,;:!?)")
            end = match.start() + len(token_clean)
            found.append(Mention(match.start(), end, token_clean, kind, self.is_official(token_clean)))
            taken.append((match.start(), end))
        for match in self._prose.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            if self._is_false_friend(text, match.start(), match.end()):
                continue
            found.append(Mention(match.start(), match.end(), match.group(), "name"))
        return sorted(found, key=lambda m: m.start)

    def _is_false_friend(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - 40) : end + 40]
        offset = start - max(0, start - 40)
        for pattern in self.employer.false_friend_patterns:
            for match in pattern.finditer(window):
                if match.start() <= offset < match.end() or match.start() < offset + (end - start) <= match.end():
                    return True
        return False


class Document:
    """A draft under review, with the context every detector needs, computed once and cached."""

    def __init__(
        self, text: str, *, profile: Profile, platform: str, policy: Policy, now: datetime | None = None
    ) -> None:
        self.text = text
        self.profile = profile
        self.platform = platform
        self.policy = policy
        self.now = now

    @cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    @cached_property
    def words(self) -> list[Span]:
        return words(self.text)

    @cached_property
    def employer(self) -> EmployerMatcher:
        return _matcher_for(self.policy)

    @cached_property
    def mentions(self) -> list[Mention]:
        return self.employer.mentions(self.text)

    def sentence_at(self, offset: int) -> Span:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return Span(0, len(self.text), self.text)

    def finding(
        self,
        section: Section,
        rule: str,
        start: int,
        end: int,
        *,
        suggestions: tuple[str, ...] | list[str] = (),
        fix: str = "replace",
        guideline: int | None = None,
        **fields: str,
    ) -> Finding | None:
        """A finding for `section.rules[rule]`, its message filled with `fields`; None when disabled."""
        text = section.rules[rule]
        if not text.enabled:
            return None
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        values = {"organisation": self.policy.employer.organisation, "platform": self.platform_label, **fields}
        return Finding(
            rule=f"{section.name}.{rule}",
            guideline=guideline or section.guideline,
            severity=text.severity,
            start=start,
            end=end,
            message=_fill(text.message, values),
            suggestions=tuple(suggestions),
            excerpt=self.text[start:end],
            fix=fix,
        )

    @property
    def platform_label(self) -> str:
        spec = self.policy.platforms.get(self.platform)
        return spec.label if spec else self.platform


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(message: str, values: dict[str, str]) -> str:
    return message.format_map(_Defaults(values))


_MATCHERS: dict[int, EmployerMatcher] = {}


def _matcher_for(policy: Policy) -> EmployerMatcher:
    """Compile the employer patterns once per loaded pack."""
    key = id(policy.employer)
    matcher = _MATCHERS.get(key)
    if matcher is None or matcher.employer is not policy.employer:
        matcher = EmployerMatcher(policy.employer)
        _MATCHERS[key] = matcher
    return matcher


_COMPILED: dict[tuple[int, str], tuple[object, object]] = {}


def compiled(owner: object, key: str, build):  # type: ignore[no-untyped-def]
    """Build something (usually a regex) from a pack section once, and reuse it for every review.

    Keyed by the owner's identity; the owner is kept alive in the cache so an id is never reused.
    """
    entry = _COMPILED.get((id(owner), key))
    if entry is None or entry[0] is not owner:
        entry = (owner, build())
        _COMPILED[(id(owner), key)] = entry
    return entry[1]
