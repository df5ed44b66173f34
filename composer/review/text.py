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
    source = phrase_regex(phrases, prefix=prefix, suffix=suffix)
    return re.compile(source) if source == _NOTHING else re.compile(source, re.IGNORECASE)


_NOTHING = r"(?!x)x"  # the pattern of an empty phrase list: never matches


def phrase_regex(phrases: tuple[str, ...] | list[str], *, prefix: str = r"\b", suffix: str = r"\b") -> str:
    """The text of `phrase_pattern`, for callers that fill it in or join it before compiling."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
            parts.append(f"(?:{phrase[1:-1]})")
        else:
            escaped = re.escape(phrase.strip()).replace(r"\ ", r"\s+")
            escaped = re.sub("['’]", "['’]", escaped)
            parts.append(escaped)
    if not parts:
        return _NOTHING
    return prefix + "(?:" + "|".join(parts) + ")" + suffix


class EmployerMatcher:
    """Finds the employer's names across prose, hashtags, handles and URLs, ignoring false friends.

    Full names ("Mayo Clinic", "MayoClinic") always mean the employer. Short names ("Mayo") also
    mean other things (the condiment, Cinco de Mayo, a surname, the Spanish month), so the pack's
    `false_friends` patterns veto them, in prose and inside hashtags and handles alike
    ("#CincoDeMayo" is read as "cinco de mayo"; "#mayonnaise" never names the employer).
    """

    def __init__(self, employer: Employer) -> None:
        self.employer = employer
        self._long = _squashed_forms(employer.names)
        self._short = tuple(f for f in _squashed_forms(employer.short_names) if f not in self._long)
        self._prose_long = phrase_pattern(employer.names)
        self._prose_short = phrase_pattern(employer.short_names)
        self._official = {h.lower().lstrip("@") for h in employer.official_handles}
        self._domains = tuple(d.lower() for d in employer.domains)
        # Every mention holds the first word of some name form ("mayo"): only text around those
        # words is read, so a long draft that never names the employer costs one quick search.
        firsts = {_NOT_LETTERS.split(f.strip().lower())[0] for f in (*employer.names, *employer.short_names)}
        self._longest = max(len(f) for f in (*employer.names, *employer.short_names))
        self._needles = re.compile("|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True) if w))

    def contains_name(self, token: str) -> bool:
        """Whether a handle, hashtag, URL or run-together word names the employer.

        "MayoNurseJen", "mayo-clinic", "drkim-mayo" and "facebook.com/groups/mayoclinicrunners" do;
        "#mayonnaise", "#CincoDeMayo" and "@MayorPete" do not.
        """
        squashed = _squash(token)
        if any(form in squashed for form in self._long):
            return True
        if not any(form in squashed for form in self._short):
            return False
        spaced = _spaced(token)
        vetoed = [m.span() for p in self.employer.false_friend_patterns for m in p.finditer(spaced)]
        for form in self._short:
            for match in re.finditer(re.escape(form), spaced):
                if not any(s <= match.start() and match.end() <= e for s, e in vetoed):
                    return True
        return False

    def is_official(self, token: str) -> bool:
        """The employer's own account or site (tagging it is fine)."""
        bare = token.lower().lstrip("@")
        if bare in self._official:
            return True
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", token.lower()).split("/")[0]
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def mentions(self, text: str) -> list[Mention]:
        """Every place the text names the employer, in text order, false friends left out."""
        found: list[Mention] = []
        for begin, end in self._regions(text):
            found.extend(self._mentions_in(text, begin, end))
        return sorted(found, key=lambda m: m.start)

    def _regions(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text around each place a name form could start: from the whitespace before it
        to the whitespace after the longest name could end. Linear: each stretch is read once."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return [(0, len(text))]
        regions: list[tuple[int, int]] = []
        for hit in self._needles.finditer(lowered):
            floor = regions[-1][1] if regions else 0
            if hit.start() < floor:  # inside the last stretch: only make sure a long name still fits
                if hit.start() + self._longest > floor:
                    after = _SPACE.search(text, hit.start() + self._longest)
                    regions[-1] = (regions[-1][0], after.start() if after else len(text))
                continue
            begin = max(text.rfind(c, floor, hit.start()) for c in " \n\t") + 1
            begin = max(begin, floor)
            after = _SPACE.search(text, hit.start() + self._longest)
            end = after.start() if after else len(text)
            if regions and begin <= regions[-1][1]:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((begin, end))
        return regions

    def _mentions_in(self, text: str, begin: int, stop: int) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for match in _TOKEN.finditer(text, begin, stop):
            token = match.group().rstrip(".,;:!?)-'’")
            if not token or not self.contains_name(token):
                continue
            end = match.start() + len(token)
            if token.startswith("#"):
                kind = "hashtag"
            elif token.startswith("@"):
                kind = "handle"
            elif "/" in token or "." in token:
                kind = "url"
            else:  # a run-together word: the full name itself, or a page or channel name
                kind = "name" if _squash(token) in self._long else "handle"
            found.append(Mention(match.start(), end, token, kind, self.is_official(token)))
            taken.append((match.start(), end))
        for pattern, short in ((self._prose_long, False), (self._prose_short, True)):
            for match in pattern.finditer(text, begin, stop):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if short and self._is_false_friend(text, match.start(), match.end()):
                    continue
                found.append(Mention(match.start(), match.end(), match.group(), "name"))
                taken.append((match.start(), match.end()))
        return found

    def _is_false_friend(self, text: str, start: int, end: int) -> bool:
        """Whether a short name at text[start:end] is the condiment, a month, a surname, a place."""
        left = max(0, start - 60)
        window = text[left : end + 60]
        offset, stop = start - left, end - left
        for pattern in self.employer.false_friend_patterns:
            for match in pattern.finditer(window):
                if match.start() <= offset and stop <= match.end():
                    return True
        return False


# A hashtag, a handle, a URL or bare domain, or a run-together word with an inner capital
# ("MayoMedStudent"). Anchored at token starts so a long unbroken run is scanned once.
_TOKEN = re.compile(
    r"(?<![\w.@#/-])(?:[Hh][Tt][Tt][Pp][Ss]?://)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b(?:/[^\s]*)?"
    r"|(?<![\w@#])@[\w.-]+|(?<![\w&#])#\w+"
    r"|(?<![\w@#/.-])[A-Za-z]*[a-z][A-Z][A-Za-z]*"
)
_SPACE = re.compile(r"\s")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _squash(token: str) -> str:
    return re.sub(r"[\s\-_.]", "", token).lower()


def _squashed_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({_squash(f) for f in forms if f.strip()}, key=len, reverse=True))


def _spaced(token: str) -> str:
    """ "#CincoDeMayo" -> "cinco de mayo", "@mayo_dietitian_dana" -> "mayo dietitian dana"."""
    return _NOT_LETTERS.sub(" ", _CAMEL.sub(" ", token)).strip().lower()


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
