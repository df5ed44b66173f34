"""Find protected health information in a draft: identifiers about a patient, and detailed patient stories.

Why a detector of our own: general PII tools (Presidio, scrubadub) need models or large downloads and
cannot tell a patient's room from a hotel room. Here every identifier pattern comes from the policy
pack, and context decides: an identifier counts only when the sentences around it are about a patient
(patient words, care words, a person next to care), and not about the author, their family or a
colleague. Phone numbers are found with `phonenumbers`, the well-kept port of Google's libphonenumber.

Everything is compiled once per pack (`Scanner`). A draft is read once for every listed phrase and for
the first words of every pattern (`context.Lexicon`); a pattern is then tried only where its first
words occur, within the sentences holding its identifier's keywords, and a cue list is worked out
only when a context question needs it. Context questions are binary searches, so the cost is linear
in the draft's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import phonenumbers

from composer.review.context import (
    NUMBER,
    Anchored,
    Cues,
    LazyPattern,
    Lexicon,
    Sentences,
    first_words,
    key_words,
)
from composer.review.redact import starts_sentence, suggestions

NEEDS = ("always", "care", "patient")
# A run of digits shaped like a phone number: ten digits at least (a US number with its area code),
# or fewer after a "+" (an international one). Only sentences holding one go to the phone matcher.
_PHONE_HINT = re.compile(r"\+?\d[\d\s().+/-]{8,}\d")
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d[\d\s().+/-]{5,}\d")
_APOSTROPHE = re.compile("['’]")
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NOT_NAME_ENDINGS = ("ed", "ing", "ly")
_SITE_BEFORE = re.compile(
    r"(?P<site>\b(?:clinic|hospital|health\s+system|campus|medical\s+center|health\s+center|office|site|practice)\s+)?"
    r"(?:in|at|of|near)\s+$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Doctor|Nurse|Prof|Professor)\.?\s*$")
_KEYWORDS = "\x00keywords:"  # the phrase list holding one identifier's keywords
_LISTED = "\x00listed:"  # the phrase list holding one identifier's listed phrases (town names)


def words_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Phrases as whole words in any case, longest first; text between slashes is a regular expression.

    Unlike word boundaries, the edges also let "Dr." and emoji match; spaces match any run of spaces,
    and a straight apostrophe matches a curly one.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
            parts.append(f"(?:{phrase[1:-1]})")
        else:
            escaped = re.escape(phrase.strip()).replace(r"\ ", r"\s+")
            parts.append(_APOSTROPHE.sub("['’]", escaped))
    if not parts:
        return LazyPattern(r"(?!x)x")
    return LazyPattern(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _is_regex(phrase: str) -> bool:
    return len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/")


def cue_lists(
    lists: Mapping[str, tuple[str, ...]],
) -> tuple[dict[str, tuple[re.Pattern[str], ...]], dict[str, tuple[str, ...]]]:
    """Named word lists split for `Cues`: each regular expression on its own, plain phrases kept for a `Lexicon`.

    Each expression stays separate so that it is tried only where its own first words occur: joined
    into one, every alternative would be tried wherever any of them could begin.
    """
    patterns = {}
    for name, phrases in lists.items():
        # Expressions that may begin with a same word are tried together (one attempt where it occurs);
        # the others stay apart, each tried only where its own first words occur.
        groups: list[tuple[set[str] | None, list[str]]] = []
        keyed: list[str] = []
        for phrase in dict.fromkeys(phrases):
            if not _is_regex(phrase):
                continue
            single = words_pattern((phrase,))
            if key_words(single) is not None:
                keyed.append(phrase)  # tried on its own, only near its key words
                continue
            firsts = first_words(single)
            starts = set(firsts) if firsts is not None else None
            joined = [g for g in groups if (g[0] is None) == (starts is None) and (starts is None or g[0] & starts)]
            members = [phrase]
            for group in joined:
                groups.remove(group)
                members = group[1] + members
                if starts is not None and group[0] is not None:
                    starts |= group[0]
            groups.append((starts, members))
        if groups or keyed:
            patterns[name] = tuple(words_pattern(tuple(members)) for _, members in groups) + tuple(
                words_pattern((phrase,)) for phrase in keyed
            )
    plain = {name: tuple(p for p in phrases if not _is_regex(p)) for name, phrases in lists.items()}
    return patterns, plain


@dataclass(frozen=True)
class Hit:
    """One identifier (or story) judged to be about a patient."""

    rule: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    rewrites: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class _Identifier:
    key: str
    rule: str
    patterns: tuple[Anchored, ...]
    needs: str
    window: int
    near: re.Pattern[str] | None
    near_chars: int
    unless: re.Pattern[str] | None
    unless_chars: int
    post_wide: bool
    suggestions: tuple[str, ...]
    finder: str
    keywords: tuple[str, ...]
    preceded_by: re.Pattern[str] | None


class Scanner:
    """The privacy section of a pack, compiled: cue patterns, identifiers and the story scorer."""

    def __init__(self, config) -> None:  # type: ignore[no-untyped-def]
        self.config = config
        lists = {
            "patient": config.patient_words,
            "person": config.person_words,
            "care": config.care_words,
            "own": config.own_health,
            "family": config.family_words,
            "colleague": config.colleague_words,
            "consent": config.consent_claims,
            "composite": config.composite_labels,
            "time": config.story_time,
            "place": config.story_place,
            "condition": config.conditions,
            "rare": config.rare_conditions,
            "occupation": config.occupations,
            "sex": config.sex_words,
            "age": config.age_refs,
        }
        for setting, words in config.contextual_patients.items():
            lists["patient:" + setting] = words
        for setting, words in config.patient_settings.items():
            lists["setting:" + setting] = words
        self.settings = tuple(config.contextual_patients)
        cue_patterns, phrases = cue_lists(lists)
        self.not_names = frozenset(config.not_names)
        self.honorifics = frozenset(h.lower() for h in config.honorifics)
        self.not_places = frozenset(p.lower() for p in config.not_places)
        specs = list(config.identifiers.items())
        for key, spec in specs:
            if spec.needs not in NEEDS:
                raise ValueError(f"privacy.identifiers.{key}.needs must be one of {', '.join(NEEDS)}")
            # An identifier's keywords are one more phrase list, so one pass finds them all.
            phrases[_KEYWORDS + key] = tuple(k.lower() for k in spec.keywords if k.lower() != NUMBER)
            if spec.listed:
                phrases[_LISTED + key] = spec.listed
        self.lexicon = Lexicon(
            phrases,
            [*(p for group in cue_patterns.values() for p in group), *(p for _, spec in specs for p in spec.patterns)],
        )
        self.cue_patterns = {
            name: tuple(Anchored(p, self.lexicon) for p in group) for name, group in cue_patterns.items()
        }
        self.identifiers = [
            _Identifier(
                key=key,
                rule=spec.rule,
                patterns=tuple(Anchored(p, self.lexicon) for p in spec.patterns),
                needs=spec.needs,
                window=spec.window,
                near=words_pattern(spec.near) if spec.near else None,
                near_chars=spec.near_chars,
                unless=words_pattern(spec.unless) if spec.unless else None,
                unless_chars=spec.unless_chars,
                post_wide=spec.post_wide,
                suggestions=spec.suggestions,
                finder=spec.finder,
                keywords=tuple(k.lower() for k in spec.keywords),
                preceded_by=_ending_with(spec.preceded_by) if spec.preceded_by else None,
            )
            for key, spec in specs
        ]

    def scan(self, text: str, skip: tuple[tuple[int, int], ...] = ()) -> Scan:
        return Scan(self, text, skip)


class Scan:
    """One draft read for patient information: `hits` (identifiers and stories) and `consent`."""

    def __init__(self, scanner: Scanner, text: str, skip: tuple[tuple[int, int], ...]) -> None:
        self.scanner = scanner
        self.text = text
        self.sentences = Sentences(text)
        reading = scanner.lexicon.read(text)
        self.phrases = reading.found
        self.digits = reading.digits
        self.where = reading.where
        self.cues = Cues(text, self.where, scanner.cue_patterns, self.phrases)
        self.skip = _Spans(skip)
        # A short post is one context: "I was his nurse" at its end makes the date at its start a patient's.
        self.whole = len(text) <= scanner.config.post_chars
        self._keyword_ranges: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        # "Our residents" are patients in a memory-care post; "my client" in one about care.
        self.patient_lists = (
            "patient",
            *(f"patient:{setting}" for setting in scanner.settings if self._in_setting(setting)),
        )
        hits = self._identifiers()
        hits.extend(self._stories(hits))
        self.hits = hits

    def _in_setting(self, setting: str) -> bool:
        """Whether the post has words that mean a patient in this setting, and the setting's own words."""
        cues = self.cues
        return bool(cues.all("patient:" + setting)) and bool(
            cues.all("care" if setting == "care" else "setting:" + setting)
        )

    @property
    def consent(self) -> bool:
        """The post claims the patient agreed to it."""
        return bool(self.cues.all("consent"))

    # --- context questions -------------------------------------------------------------------

    def patient(self, start: int, end: int) -> bool:
        """A patient word in this stretch (or a word that means a patient in this post's setting)."""
        cues = self.cues
        return any(cues.any(name, start, end) for name in self.patient_lists)

    def specific_patient(self, start: int, end: int) -> bool:
        """One particular patient is in this stretch: a patient word, or a person next to care words."""
        cues = self.cues
        return self.patient(start, end) or (
            cues.any("person", start, end) and (cues.any("care", start, end) or cues.any("condition", start, end))
        )

    def personal(self, start: int, end: int) -> bool:
        """The sentence is about the author's own or their family's health, with no patient in it."""
        cues = self.cues
        return (cues.any("own", start, end) or cues.any("family", start, end)) and not self.patient(start, end)

    def window(self, offset: int, sentences: int, post_wide: bool = True) -> tuple[int, int]:
        """The stretch around `offset` where context counts: the whole of a short post, else nearby sentences."""
        if self.whole and post_wide:
            return 0, len(self.text)
        return self.sentences.span(offset, sentences, sentences)

    def _about_patient(self, ident: _Identifier, start: int, end: int) -> bool:
        text = self.text
        s_start, s_end = self.sentences.span(start)
        if ident.unless is not None:
            lo, hi = s_start, s_end
            if ident.unless_chars:
                lo, hi = max(s_start, start - ident.unless_chars), min(s_end, end + ident.unless_chars)
            if ident.unless.search(text, lo, hi):
                return False
        if ident.near is not None:
            lo, hi = max(s_start, start - ident.near_chars), min(s_end, end + ident.near_chars)
            if not ident.near.search(text, lo, hi):
                return False
        if ident.needs == "always":
            return True
        if self.personal(s_start, s_end):
            return False
        w_start, w_end = self.window(start, ident.window, ident.post_wide)
        if ident.needs == "patient":
            return self.specific_patient(w_start, w_end)
        return self.cues.any("care", w_start, w_end) or self.specific_patient(w_start, w_end)

    def _plausible(self, ident: _Identifier, start: int, end: int) -> bool:
        """Rule-specific sanity checks on the words themselves (a name is not "Today")."""
        excerpt = self.text[start:end]
        if self.skip.overlaps(start, end):
            return False  # the employer's own name, a handle, ...
        if ident.rule == "name":
            words = _FIRST_WORD.findall(excerpt)
            bare = [w for w in words if w.lower() not in self.scanner.honorifics]
            if not bare or bare[0] in self.scanner.not_names:
                return False
            if _TITLE_BEFORE.search(self.text, max(0, start - 12), start):
                return False
            if bare[0].lower().endswith(_NOT_NAME_ENDINGS) and starts_sentence(self.text, start):
                return False  # "Filmed in room 22", "Sitting in bed 4": a verb, not a name
            s_start, s_end = self.sentences.span(start)
            # "my preceptor Dana", "Dr. Patel's resident Amy": a colleague word right next to the name.
            lo, hi = max(s_start, start - 40), min(s_end, end + 40)
            if self.cues.any("colleague", lo, hi) and not self.patient(s_start, s_end):
                return False
        if ident.rule == "place":
            if excerpt.strip().lower() in self.scanner.not_places:
                return False
            # "Mayo Clinic Health System in Owatonna", "our clinic in Kasson": where care is given, not who got it.
            before = _SITE_BEFORE.search(self.text, max(0, start - 40), start)
            if before and (before.group("site") or self.skip.overlaps(before.start() - 2, before.start() + 1)):
                return False
        return True

    # --- identifiers -------------------------------------------------------------------------

    def _candidates(self, ident: _Identifier):  # type: ignore[no-untyped-def]
        text = self.text
        if ident.finder == "phone":
            # A phone number is a run of at least seven digits, spaces and marks: only its sentences.
            ranges = self.sentences.ranges(m.start() for m in _DIGIT_RUN.finditer(text))
        elif ident.keywords:
            # Only the sentences holding one of the identifier's words are worth a regular expression
            # (worked out once for identifiers with the same words, such as "<number>" alone).
            ranges = self._keyword_ranges.get(ident.keywords)
            if ranges is None:
                offsets = [m.start() for m in self.phrases.get(_KEYWORDS + ident.key, ())]
                if NUMBER in ident.keywords:
                    offsets.extend(self.digits)  # a word with a digit in it: its sentence has a run of digits
                ranges = self._keyword_ranges[ident.keywords] = self.sentences.ranges(offsets)
        else:
            ranges = [(0, len(text))]
        if ranges:
            # Listed phrases (town names, given names) written with a capital, after a word such as "in"
            # or "from" when the identifier asks for one.
            before = ident.preceded_by
            for found in self.phrases.get(_LISTED + ident.key, ()):
                start, end = found.start(), found.end()
                if text[start].isupper() and (before is None or before.search(text, max(0, start - 16), start)):
                    yield start, end
        found: list[tuple[int, int]] = []
        if ranges:
            for pattern in ident.patterns:
                has_id = "id" in pattern.pattern.groupindex
                for match in pattern.finditer(text, self.where, ranges):
                    if has_id and match.group("id") is not None:
                        found.append((match.start("id"), match.end("id")))
                    else:
                        found.append(match.span())
                    yield found[-1]
        if ident.finder == "phone":
            # The matcher is thorough but slow: give it only the sentences with a long run of digits
            # that the patterns above did not already take whole.
            hints = (
                m.start()
                for lo, hi in ranges
                for m in _PHONE_HINT.finditer(text, lo, hi)
                if ("+" in m.group() or len(_DIGIT.findall(m.group())) >= 10)
                and not any(a <= m.start() and m.end() <= b for a, b in found)
            )
            for lo, hi in self.sentences.ranges(hints):
                for found in phonenumbers.PhoneNumberMatcher(text[lo:hi], "US", leniency=phonenumbers.Leniency.VALID):
                    yield lo + found.start, lo + found.end

    def _identifiers(self) -> list[Hit]:
        hits: list[Hit] = []
        taken: dict[str, _Spans] = {}
        for ident in self.scanner.identifiers:
            spans = taken.get(ident.rule)
            if spans is None:
                spans = taken[ident.rule] = _Spans()
            for start, end in self._candidates(ident):
                if end <= start:
                    continue
                if spans.contains(start, end):
                    continue  # already inside a finding of the same kind
                if not self._plausible(ident, start, end) or not self._about_patient(ident, start, end):
                    continue
                spans.add(start, end)
                hits.append(Hit(ident.rule, start, end, suggestions(ident.suggestions, self.text, start, end)))
        # A longer span of the same kind wins over one inside it ("Mr. K." over "K.").
        by_rule: dict[str, list[Hit]] = {}
        for hit in hits:
            by_rule.setdefault(hit.rule, []).append(hit)
        inside: set[int] = set()
        for same in by_rule.values():
            same.sort(key=_hit_start)
            starts = [h.start for h in same]
            longest = max(h.end - h.start for h in same)
            for hit in same:
                first = bisect_left(starts, hit.start - longest)
                last = bisect_right(starts, hit.start)
                if any(
                    o is not hit and hit.end <= o.end and o.start <= hit.start and o != hit for o in same[first:last]
                ):
                    inside.add(id(hit))
        return [hit for hit in hits if id(hit) not in inside]

    # --- stories -----------------------------------------------------------------------------

    def _stories(self, found: list[Hit]) -> list[Hit]:
        """Sentences about one patient with enough detail to recognise them, though nothing above matched."""
        cfg = self.scanner.config
        if self.cues.all("composite"):
            return []  # a labelled composite: only real identifiers are raised
        cues = self.cues
        weights: Mapping[str, float] = cfg.story_weights
        done: set[int] = set()
        stories: list[Hit] = []
        anchors = sorted(m.start() for name in (*self.patient_lists, "person") for m in cues.all(name))
        found_starts = sorted(h.start for h in found)
        for anchor in anchors:
            index = self.sentences.index(anchor)
            if index in done:
                continue
            done.add(index)
            s_start, s_end = self.sentences.span(anchor)
            w_start, w_end = self.window(anchor, 1)
            if not self.specific_patient(s_start, s_end) and not (
                cues.any("person", s_start, s_end)
                and (cues.any("care", w_start, w_end) or cues.any("condition", w_start, w_end))
            ):
                continue
            if self.personal(s_start, s_end):
                continue
            i = bisect_left(found_starts, w_start)
            if i < len(found_starts) and found_starts[i] < w_end:
                continue  # the identifiers there are already raised, each at its own words
            details = [name for name in weights if cues.any(name, w_start, w_end)]
            score = sum(weights[name] for name in details)
            if score < cfg.story_threshold:
                continue
            rewrites = []
            for name, new in (("time", "recently"), ("age", ""), ("place", ""), ("occupation", "patient")):
                rewrites.extend((m.start(), m.end(), new) for m in cues.within(name, s_start, s_end))
            start, end = _trim(self.text, s_start, s_end)
            labels = tuple(cfg.story_labels.get(name, name) for name in details)
            stories.append(Hit("patient-story", start, end, details=labels, rewrites=tuple(rewrites)))
        return stories


def _ending_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """Matches when a stretch of text ends with one of `words` and a space (search it up to a phrase's start)."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternatives})\s+$", re.IGNORECASE)


def _hit_start(hit: Hit) -> int:
    return hit.start


class _Spans:
    """Spans of text, asked whether one overlaps or holds a given stretch; linear however many there are."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))
        self._longest = max(self._longest, end - start)

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every span that could overlap start..end: those starting at most `longest` before it."""
        first = bisect_left(self._starts, start - self._longest)
        return self._spans[first : bisect_left(self._starts, end)]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._near(start, end))

    def contains(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self._near(start, end + 1))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
