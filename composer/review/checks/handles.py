"""The employer's name in the author's own handles, page names and URLs (guideline 10).

Two sources: the handles in the author's profile (they raise whatever the post says, with no span
in the text unless the handle appears there), and a handle, page, group, channel or URL the draft
announces as the author's own ("my new page Mayo Moms", "follow my channel mayosurgeonnotes.com").
Tagging the employer's official account, hashtags and other people's handles are fine, and so is
anything the draft says the employer's social media office approved.

Matching works on the pieces of a name ("MayoNurseJen" is Mayo + Nurse + Jen): a long form such as
"mayoclinic" may sit anywhere, a short form such as "mayo" must begin or end a piece, and the pack's
look-alikes ("mayor", "mayonnaise", "cinco de mayo") never count, unless the name reads better
with the employer in it: "mayoresidentlife" is "mayo resident life" (the rest splits into words),
while "mayorpete" stays "mayor pete"; inside a piece it counts when both sides read as words
("rochestermayodoc" is "rochester mayo doc"). The words come from the offline spelling dictionary and the
pack's `name_words` (the short words handles use: "rn", "md").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from composer.review.checks._gate import Gate
from composer.review.model import Finding
from composer.review.policy import Employer, Section
from composer.review.text import Document, compiled, phrase_pattern

SECTION = "handles"
RULES = ("profile-handle", "announced-name")

_PIECE = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[^\W_]+")
_LINK = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s,;!?)]*)?|@[\w.-]*\w")
_TOKEN = re.compile(
    _LINK.pattern + r"|[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z0-9][\w'’-]*|&|of|the|and|for|in|at|on|de|del|la|y))*"
    r"|[^\W_][\w'’.-]*",
)
# What is left of a URL or handle once the name is gone: scheme, sites, top-level domains, path words.
_STRUCTURE = re.compile(
    r"https?://|www\.|\b(?:facebook|instagram|linkedin|youtube|tiktok|twitter|x|threads|bsky|medium|substack)\.(?:com|app|net)\b"
    r"|\.(?:com|org|net|edu|io|co|social|bsky|me|blog|app|ca|uk|us)\b|/(?:in|groups|c|user|channel|pages)\b|[^a-z0-9]"
)
_TRAILING = re.compile(r"(?:[ \t]+(?:&|of|the|and|for|in|at|on|de|del|la|y))+$|[.,;:!?'’\"]+$")


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [handles] table."""

    look_alikes: tuple[str, ...] = ()  # regexes over a name's squashed lowercase letters: "mayor", "mayonnaise"
    yours: tuple[str, ...] = ()  # announces the name that follows as the author's: "my new page", "follow me at"
    approved: tuple[str, ...] = ()  # approval words near the social media office's name
    not_approved: tuple[str, ...] = ()  # right before an approval word: "not yet", "pending"
    named_things: tuple[str, ...] = ()  # "my Mayo Moms page": nouns after a capitalised name of the author's
    platforms: tuple[str, ...] = ()  # site names skipped between the phrase and the name ("find me on TikTok at")
    lead_words: tuple[str, ...] = ()  # words skipped between the phrase and the name ("called", "today")
    name_words: tuple[str, ...] = ()  # short words that handles use next to the name ("rn", "md", "icu")
    window: int = 80  # characters after a `yours` phrase searched for the name


@dataclass(frozen=True)
class _Patterns:
    look_alikes: tuple[re.Pattern[str], ...]
    long_forms: tuple[str, ...]
    short_forms: tuple[str, ...]
    yours: re.Pattern[str]
    lead: re.Pattern[str]
    named_before: re.Pattern[str]
    approved: re.Pattern[str]
    not_approved: re.Pattern[str]
    name_words: frozenset[str]
    on_platform: re.Pattern[str]


def _patterns(config: Config, employer: Employer) -> _Patterns:
    def squash(form: str) -> str:
        return re.sub(r"[^a-z0-9]", "", form.lower())

    short = {squash(f) for f in employer.short_names} - {""}
    long = {squash(f) for f in employer.names} - short - {""}
    return _Patterns(
        look_alikes=tuple(re.compile(p, re.IGNORECASE) for p in config.look_alikes),
        long_forms=tuple(sorted(long, key=len, reverse=True)),
        short_forms=tuple(sorted(short, key=len, reverse=True)),
        yours=phrase_pattern(config.yours),
        lead=re.compile(
            r"\s*(?:(?:"
            + phrase_pattern(config.lead_words).pattern
            # "Launching a new page today for nurses: Mayo Moms": a few lowercase words, then a colon.
            + r"|(?-i:(?:[a-z][\w'’-]*\s+){0,5}?[a-z][\w'’-]*\s*[:—–])"
            # "Started a study group for first-years, it's called MayoMed Study Squad".
            + r"|(?:[\w'’-]+[\s,]+){0,5}?(?:called|named|titled)\b"
            + r"|:|—|–|-|,|\(|[\"“'‘]|at(?=\s+(?:@|\S+\.[a-z]{2,}))|(?:on\s+)?"
            + phrase_pattern(config.platforms).pattern
            + r"(?:\s+at)?)\s*)*",
            re.IGNORECASE,
        ),
        named_before=re.compile(
            r"\b(?i:my|our)\s+(?:(?i:new|own|second|first|little|official)\s+)*((?:[A-Z@][\w'’.-]*\s+){1,4}?)"
            + phrase_pattern(config.named_things, prefix="", suffix=r"\b").pattern.replace("(?:", "(?i:", 1)
        ),
        approved=phrase_pattern(config.approved),
        not_approved=phrase_pattern(config.not_approved, suffix=r"\W+(?:[\w'’]+\W+){0,2}$"),
        name_words=frozenset(w.lower() for w in config.name_words),
        # "Mayo Clinic Moms on Spotify": the site after a page name is not part of the name.
        on_platform=re.compile(
            r"\s+(?:on|at|via)\s+(?:"
            + phrase_pattern((*config.platforms, "Spotify", "Apple Podcasts")).pattern
            + r")(?:\s.*)?$",
            re.IGNORECASE,
        ),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    employer = doc.policy.employer
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config, employer))
    if _approved(doc.text, employer.social_media_office, patterns):
        return
    reported: list[tuple[int, int]] = []
    unplaced: list[tuple[str, str]] = []
    for handle in doc.profile.handles:
        cleaned = handle.strip()
        if not cleaned or doc.employer.is_official(cleaned):
            continue
        ranges = employer_ranges(cleaned, patterns)
        if not ranges:
            continue
        alternative = without_ranges(cleaned, ranges)
        at = _find_in_text(doc.text, cleaned)
        if at is None:
            unplaced.append((cleaned, alternative))
            continue
        reported.append(at)
        suggestions = (alternative,) if alternative else ()
        yield doc.finding(
            section, "profile-handle", *at, suggestions=suggestions, handles=cleaned, alternative=_say(alternative)
        )
    if unplaced:
        names = ", ".join(name for name, _ in unplaced)
        alternatives = tuple(alt for _, alt in unplaced if alt)
        yield doc.finding(
            section,
            "profile-handle",
            0,
            0,
            suggestions=alternatives,
            fix="none",
            handles=names,
            alternative=_say(", ".join(alternatives)),
        )
    gate: Gate = compiled(section, "gate", lambda: Gate(patterns.yours))
    for start, end in _announced(doc, config.window, patterns, gate):
        if any(s < end and start < e for s, e in reported):
            continue
        reported.append((start, end))
        name = doc.text[start:end]
        alternative = without_ranges(name, employer_ranges(name, patterns))
        suggestions = (alternative,) if alternative else ()
        yield doc.finding(section, "announced-name", start, end, suggestions=suggestions, alternative=_say(alternative))


def employer_ranges(name: str, patterns: _Patterns) -> list[tuple[int, int]]:
    """Where the employer's name sits in a handle or page name, as (start, end) offsets into `name`."""
    # The name's pieces in lowercase, one space apart ("MayoNurseJen" -> "mayo nurse jen"), and
    # for every character of that string the offset it came from (-1 for the spaces).
    chars: list[str] = []
    origin: list[int] = []
    pieces: list[tuple[int, int]] = []
    for piece in _PIECE.finditer(name):
        if chars:
            chars.append(" ")
            origin.append(-1)
        begin = len(chars)
        for offset, char in enumerate(piece.group()):
            chars.append(char.lower())
            origin.append(piece.start() + offset)
        pieces.append((begin, len(chars)))
    spaced = "".join(chars)
    if not spaced:
        return []
    blocked = [m.span() for pattern in patterns.look_alikes for m in pattern.finditer(spaced)]
    hits: list[tuple[int, int]] = []

    def add(start: int, end: int, rest: str = "") -> None:
        inside_look_alike = any(s <= start and end <= e for s, e in blocked)
        if inside_look_alike and rest and _reads_as_words(rest, patterns.name_words):
            inside_look_alike = _reads_as_words(rest[1:], patterns.name_words)
        overlaps = any(s < end and start < e for s, e in hits)
        if not inside_look_alike and not overlaps:
            hits.append((start, end))

    letters = [i for i, char in enumerate(spaced) if char != " "]
    squashed = "".join(spaced[i] for i in letters)
    for form in patterns.long_forms:
        for match in re.finditer(re.escape(form), squashed):
            add(letters[match.start()], letters[match.end() - 1] + 1)
    for begin, end in pieces:
        piece = spaced[begin:end]
        if piece in patterns.short_forms:
            add(begin, end)
            continue
        # "mayosurgeonnotes" starts with "mayo", not "mayos"; "drkimmayos" ends with the longer form.
        prefix = next((f for f in reversed(patterns.short_forms) if piece.startswith(f)), None)
        suffix = next((f for f in patterns.short_forms if piece.endswith(f)), None)
        if prefix:
            add(begin, begin + len(prefix), piece[len(prefix) :])
        elif suffix:
            add(end - len(suffix), end)
        else:
            # "rochestermayodoc": the name between two runs that read as words.
            for form in patterns.short_forms:
                at = piece.find(form, 1)
                if at > 0 and at + len(form) < len(piece):
                    left, right = piece[:at], piece[at + len(form) :]
                    if _reads_as_words(left, patterns.name_words) and _reads_as_words(right, patterns.name_words):
                        add(begin + at, begin + at + len(form))
                        break
    return sorted((origin[s], origin[e - 1] + 1) for s, e in hits)


def _reads_as_words(letters: str, name_words: frozenset[str]) -> bool:
    """Whether a run of letters splits into at most four known words ("residentlife" -> resident + life)."""
    if not letters.isalpha() or len(letters) > 40:
        return False
    known = _dictionary()
    # fewest[i]: the fewest known words that spell letters[:i] (None when none do).
    fewest: list[int | None] = [0] + [None] * len(letters)
    for end in range(2, len(letters) + 1):
        for start in range(end - 1):
            before = fewest[start]
            if before is None or before >= 4:
                continue
            word = letters[start:end]
            is_word = word in name_words or (len(word) >= 3 and known.get(word, 0) >= _COMMON)
            if is_word and (fewest[end] is None or before + 1 < fewest[end]):  # type: ignore[operator]
                fewest[end] = before + 1
    return fewest[len(letters)] is not None


_COMMON = 100  # how often a word must occur in the spelling dictionary to count as a word here


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    """The offline spelling dictionary's English word counts, read once and only when a name is ambiguous."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # the pack's `name_words` still work without it
        return {}
    frequency = SpellChecker(language="en").word_frequency
    return dict(frequency.items())


def without_ranges(name: str, ranges: list[tuple[int, int]]) -> str:
    """The name with the employer's parts cut out and the separators tidied ("@MayoNurseJen" -> "@NurseJen")."""
    out = name
    for start, end in sorted(ranges, reverse=True):
        out = out[:start] + "\0" + out[end:]
    out = re.sub(r"[-_.]*\0[-_.]*", lambda m: _join(m.group()), out)
    out = re.sub(r"(?<=[@/])[-_.]+|[-_.]+(?=[/]|$)|^[-_.]+", "", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out if len(_STRUCTURE.sub("", out.lower())) >= 2 else ""


def _join(run: str) -> str:
    """What stays where a name was cut: a dot if a domain or bsky suffix follows, else one separator at most."""
    left, _, right = run.partition("\0")
    if "." in right:
        return "."
    return left[:1] if left and right else ""


def _say(alternative: str) -> str:
    return alternative if alternative else "a name without it"


def _find_in_text(text: str, handle: str) -> tuple[int, int] | None:
    """Where the draft spells one of the author's own handles, if it does."""
    core = re.sub(r"^(?:https?://)?(?:www\.)?", "", handle)
    if len(core) < 3:
        return None
    match = re.search(r"(?<![\w@.])" + re.escape(core) + r"(?![\w])", text, re.IGNORECASE)
    return match.span() if match else None


def _announced(doc: Document, window: int, patterns: _Patterns, gate: Gate) -> Iterable[tuple[int, int]]:
    """Names the draft presents as the author's own that carry the employer's name."""
    text = doc.text
    for match in patterns.named_before.finditer(text):
        name = match.group(1).rstrip()
        if not doc.employer.is_official(name) and employer_ranges(name, patterns):
            yield match.start(1), match.start(1) + len(name)
    cues = (
        cue
        for index in gate.sentences(doc)
        for cue in patterns.yours.finditer(text, doc.sentences[index].start, doc.sentences[index].end)
    )
    for cue in cues:
        stop = min(len(text), cue.end() + window)
        line_end = text.find("\n", cue.end(), stop)
        stop = line_end if line_end != -1 else stop
        after = text[cue.end() : stop]
        offset = patterns.lead.match(after).end()  # type: ignore[union-attr]
        token = _TOKEN.match(after, offset)
        if token is None:
            # "started a running group for us: facebook.com/groups/..." - a URL or handle a few words on.
            token = _LINK.search(after)
        if token is None:
            continue
        name = _TRAILING.sub("", patterns.on_platform.sub("", token.group()))
        if doc.employer.is_official(name) or name.startswith("#"):
            continue
        if employer_ranges(name, patterns):
            start = cue.end() + token.start()
            yield start, start + len(name)


def _approved(text: str, office: str, patterns: _Patterns) -> bool:
    """Whether the draft says the employer's social media office approved it ("approved by the Center ...")."""
    if not office:
        return False
    lowered = text.lower()
    at = lowered.find(office.lower())
    while at != -1:
        near = text[max(0, at - 80) : at + len(office) + 80]
        for word in patterns.approved.finditer(near):
            if not patterns.not_approved.search(near[max(0, word.start() - 30) : word.start()]):
                return True
        at = lowered.find(office.lower(), at + 1)
    return False
