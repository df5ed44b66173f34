"""Professional, accurate, honest and respectful writing (guideline 5; guideline 3 when affiliated).

What counts as crude, insulting, contemptuous, discriminatory, threatening, misleading or dishonest is
data in the pack's [conduct] table; this module holds the mechanisms that keep it from firing on
ordinary speech:

- word lists are matched whole-word and through masking ("sh*t", "f@#k", "a$$") by `MaskedLexicon`;
- words that are only contemptuous when aimed at a person ("train wreck", "drug-seeking") need a
  person nearby, and the pack's exceptions ("frequent flyer miles") always win;
- a term quoted or named in order to criticise it ("stop calling patients 'frequent flyers'") is not
  the author using it;
- health claims are judged by shape (a cure verb and a condition, a guarantee, a known myth) and not
  raised when the sentence hedges, negates or debunks them, or when the subject is a medical treatment;
- a few patterns (sock puppets, posing as someone) only matter when the author says they do it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from composer.review.lexicon import MaskedLexicon
from composer.review.model import Finding
from composer.review.policy import Pattern, Section
from composer.review.text import Document, compiled, phrase_pattern

SECTION = "conduct"
RULES = ("profanity", "insult", "contempt", "discrimination", "threat", "health-claim", "dishonesty")

# Which rule wins when two findings cover the same words (lower first).
_PRIORITY = {
    rule: index
    for index, rule in enumerate(
        ("threat", "discrimination", "dishonesty", "health-claim", "contempt", "insult", "profanity")
    )
}
_QUOTES_OPEN = "\"'“‘«"
_QUOTES_CLOSE = "\"'”’»"
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|we|we're|we’re|our|us|let's|let’s)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Config:
    """The [conduct] table: word lists and patterns; see policy/README.md for each field."""

    profanity: tuple[str, ...] = ()
    profanity_patterns: tuple[Pattern, ...] = ()
    grawlix: bool = True
    insults: tuple[str, ...] = ()
    insult_patterns: tuple[Pattern, ...] = ()
    insult_adjectives: tuple[str, ...] = ()
    person_nouns: tuple[str, ...] = ()
    contempt_terms: tuple[str, ...] = ()
    contempt_terms_about_people: tuple[str, ...] = ()
    contempt_patterns: tuple[Pattern, ...] = ()
    contempt_exceptions: tuple[Pattern, ...] = ()
    person_cues: tuple[str, ...] = ()
    person_window: int = 60
    body_emoji: str = ""
    size_cues: tuple[str, ...] = ()
    slurs: tuple[str, ...] = ()
    discrimination_patterns: tuple[Pattern, ...] = ()
    groups: tuple[str, ...] = ()
    group_traits: tuple[str, ...] = ()
    group_linkers: tuple[str, ...] = ()
    threat_patterns: tuple[Pattern, ...] = ()
    claim_verbs: Mapping[str, str] = field(default_factory=dict)
    conditions: tuple[str, ...] = ()
    medical_subjects: tuple[str, ...] = ()
    claim_hedges: tuple[str, ...] = ()
    claim_patterns: tuple[Pattern, ...] = ()
    dishonesty_patterns: tuple[Pattern, ...] = ()
    dishonesty_first_person_patterns: tuple[Pattern, ...] = ()
    critique_cues: tuple[str, ...] = ()
    mention_cues: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    suggestions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    affiliated_note: str = ""


class _Hit(NamedTuple):
    start: int
    end: int
    rule: str
    suggestions: tuple[str, ...]


class _Compiled:
    """Everything built from the pack once: lexicons and joined patterns."""

    def __init__(self, config: Config) -> None:
        self.profanity = MaskedLexicon(config.profanity)
        self.insults = MaskedLexicon(config.insults)
        self.contempt = MaskedLexicon(config.contempt_terms)
        self.contempt_people = MaskedLexicon(config.contempt_terms_about_people)
        self.slurs = MaskedLexicon(config.slurs)
        self.person_cues = phrase_pattern(config.person_cues)
        self.critique = phrase_pattern(config.critique_cues)
        self.negation = phrase_pattern(config.negations)
        self.hedges = phrase_pattern(config.claim_hedges)
        self.medical = phrase_pattern(config.medical_subjects)
        self.size = phrase_pattern(config.size_cues)
        self.mention = (
            re.compile(
                "(?:"
                + "|".join(_mention_regex(cue) for cue in config.mention_cues)
                + r")(?:\s+[\w'’]+){0,2}\s*["
                + _QUOTES_OPEN
                + r"]?\s*$",
                re.IGNORECASE,
            )
            if config.mention_cues
            else None
        )
        adjectives = _alternation(config.insult_adjectives)
        people = _alternation(config.person_nouns)
        self.adjective_person = re.compile(
            rf"\b(?P<adj>{adjectives}(?:[\s,]+(?:and\s+)?{adjectives}){{0,3}})[\s,]+(?:ass\s+)?(?P<who>{people})\b"
            rf"|#(?P<tagadj>{adjectives})(?P<tagwho>{people})\b",
            re.IGNORECASE,
        )
        intensifiers = (
            r"(?:so|such|a|an|total|totally|complete|completely|utterly|absolutely|literally|just|really"
            r"|bunch\s+of|pack\s+of|all|f\*+ing|freaking|damn)"
        )
        self.person_is_adjective = re.compile(
            rf"\b(?:{people})\s+(?:is|are|was|were|'s|’s|'re|’re)\s+(?:{intensifiers}\s+)*(?P<adj>{adjectives})\b",
            re.IGNORECASE,
        )
        self.verbs = {verb.lower(): hedged for verb, hedged in config.claim_verbs.items()}
        verb_alternation = _alternation(config.claim_verbs)
        conditions = _alternation(config.conditions)
        self.cure_claim = re.compile(
            rf"\b(?P<verb>{verb_alternation})(?!\s+for\b)(?P<rest>(?:\s+(?:\w+|\d+)){{0,3}}?\s+(?:{conditions}))\b",
            re.IGNORECASE,
        )
        self.groups = re.compile(rf"\b(?:{_alternation(config.groups)})\b", re.IGNORECASE)
        self.traits = phrase_pattern(config.group_traits)
        self.linkers = phrase_pattern(config.group_linkers)
        emoji = "".join(re.escape(ch) for ch in config.body_emoji)
        self.body_emoji = re.compile(f"[{emoji}]") if emoji else None
        self.grawlix = re.compile(r"[@#$%&*!]{3,}") if config.grawlix else None


def _alternation(items: Iterable[str]) -> str:
    """Phrases joined longest first; spaces match any whitespace or a hyphen, `/.../` is a regex."""
    parts = []
    for item in sorted(set(items), key=len, reverse=True):
        if len(item) > 2 and item.startswith("/") and item.endswith("/"):
            parts.append(f"(?:{item[1:-1]})")
        else:
            parts.append(re.escape(item.strip()).replace(r"\ ", r"[\s-]+").replace("'", "['’]"))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


def _mention_regex(cue: str) -> str:
    return r"\b" + re.escape(cue.strip()).replace(r"\ ", r"\s+").replace("'", "['’]")


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    built: _Compiled = compiled(section, "conduct", lambda: _Compiled(config))
    scan = _Scan(doc, config, built)
    hits = sorted(scan.all(), key=lambda h: (h.start, -(h.end - h.start), _PRIORITY[h.rule]))
    note = _affiliated_note(doc, config)
    taken_until = -1
    for hit in hits:
        if hit.start < taken_until:
            continue  # the words are already covered by a finding
        taken_until = hit.end
        yield doc.finding(section, hit.rule, hit.start, hit.end, suggestions=hit.suggestions, note=note)


class _Scan:
    """One pass of every mechanism over a draft, yielding candidate hits."""

    def __init__(self, doc: Document, config: Config, built: _Compiled) -> None:
        self.doc = doc
        self.text = doc.text
        self.config = config
        self.built = built
        self._starts = [s.start for s in doc.sentences]

    def all(self) -> Iterator[_Hit]:
        yield from self.words(self.built.profanity, "profanity")
        yield from self.words(self.built.insults, "insult")
        yield from self.words(self.built.slurs, "discrimination")
        yield from self.words(self.built.contempt, "contempt")
        yield from self.words(self.built.contempt_people, "contempt", about_people=True)
        yield from self.patterns(self.config.profanity_patterns, "profanity")
        yield from self.patterns(self.config.insult_patterns, "insult")
        yield from self.patterns(self.config.contempt_patterns, "contempt", unless_critique=True)
        yield from self.patterns(self.config.discrimination_patterns, "discrimination", unless_critique=True)
        yield from self.patterns(self.config.threat_patterns, "threat", unless_negated=True)
        yield from self.patterns(self.config.claim_patterns, "health-claim", unless_critique=True)
        yield from self.patterns(self.config.dishonesty_patterns, "dishonesty", unless_critique=True)
        yield from self.patterns(
            self.config.dishonesty_first_person_patterns, "dishonesty", unless_critique=True, first_person=True
        )
        yield from self.grawlix()
        yield from self.adjectives()
        yield from self.body_shaming()
        yield from self.group_generalisations()
        yield from self.cure_claims()

    # --- helpers ---------------------------------------------------------------------------

    def sentence(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return 0, len(self.text)
        span = self.doc.sentences[index]
        return span.start, span.end

    def criticised(self, start: int, end: int) -> bool:
        """The sentence negates, debunks or criticises what it says at start:end."""
        s_start, s_end = self.sentence(start)
        critique = self.built.critique
        return bool(critique.search(self.text, s_start, start) or critique.search(self.text, end, s_end))

    def mentioned_not_used(self, start: int, end: int) -> bool:
        """ "stop calling patients 'frequent flyers'": the word is quoted or named in order to criticise it."""
        before = self.text[max(0, start - 40) : start]
        quoted = before[-1:] in _QUOTES_OPEN and self.text[end : end + 1] in _QUOTES_CLOSE
        named = bool(self.built.mention and self.built.mention.search(before))
        return (quoted or named) and self.criticised(start, end)

    def suggestions_for(self, key: str, found: str) -> tuple[str, ...]:
        options = self.config.suggestions.get(key.lower(), ())
        return tuple(_match_case(option, found) for option in options)

    def excepted(self, start: int, end: int) -> bool:
        s_start, s_end = self.sentence(start)
        for pattern in self.config.contempt_exceptions:
            for match in pattern.finditer(self.text, max(s_start, start - 40), min(s_end, end + 40)):
                if match.start() <= start and end <= match.end():
                    return True
        return False

    def near_person(self, start: int, end: int) -> bool:
        s_start, s_end = self.sentence(start)
        window = self.config.person_window
        low, high = max(s_start, start - window), min(s_end, end + window)
        for match in self.built.person_cues.finditer(self.text, low, high):
            if match.end() <= start or match.start() >= end:
                return True
        return False

    # --- mechanisms ------------------------------------------------------------------------

    def words(self, lexicon: MaskedLexicon, rule: str, *, about_people: bool = False) -> Iterator[_Hit]:
        for hit in lexicon.finditer(self.text):
            if self.mentioned_not_used(hit.start, hit.end) or self.excepted(hit.start, hit.end):
                continue
            if about_people and not self.near_person(hit.start, hit.end):
                continue
            if rule == "insult" and _self_directed(self.text, hit.start):
                continue
            yield _Hit(hit.start, hit.end, rule, self.suggestions_for(hit.entry, hit.text))

    def patterns(
        self,
        patterns: tuple[re.Pattern[str], ...],
        rule: str,
        *,
        unless_critique: bool = False,
        unless_negated: bool = False,
        first_person: bool = False,
    ) -> Iterator[_Hit]:
        for pattern in patterns:
            for match in pattern.finditer(self.text):
                start, end = match.span("hit") if "hit" in pattern.groupindex else match.span()
                if start == end or self.mentioned_not_used(start, end):
                    continue
                if unless_critique and self.criticised(start, end):
                    continue
                if unless_negated and self.built.negation.search(match.group()):
                    continue
                if first_person:
                    s_start, s_end = self.sentence(start)
                    if not _FIRST_PERSON.search(self.text, s_start, s_end):
                        continue
                if rule == "contempt" and self.excepted(start, end):
                    continue
                key = re.sub(r"\s+", " ", self.text[start:end]).lower()
                yield _Hit(start, end, rule, self.suggestions_for(key, self.text[start:end]))

    def grawlix(self) -> Iterator[_Hit]:
        """ "What the #$%&": a run of symbols standing in for a curse word."""
        if self.built.grawlix is None:
            return
        for match in self.built.grawlix.finditer(self.text):
            if len(set(match.group())) >= 3:
                yield _Hit(match.start(), match.end(), "profanity", ())

    def adjectives(self) -> Iterator[_Hit]:
        """ "lazy nurses", "#stupidpeople", "the residents are useless": an insult aimed at people."""
        for match in self.built.adjective_person.finditer(self.text):
            if self.mentioned_not_used(match.start(), match.end()) or _self_directed(self.text, match.start()):
                continue
            who = match.group("who") or match.group("tagwho")
            yield _Hit(match.start(), match.end(), "insult", (_match_case(who, match.group()),))
        for match in self.built.person_is_adjective.finditer(self.text):
            if self.mentioned_not_used(match.start("adj"), match.end("adj")):
                continue
            yield _Hit(match.start("adj"), match.end("adj"), "insult", ())

    def body_shaming(self) -> Iterator[_Hit]:
        """An animal emoji in a sentence about someone's size (🐳 next to "bariatric", "400 lbs")."""
        if self.built.body_emoji is None:
            return
        for match in self.built.body_emoji.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            if self.built.size.search(self.text, s_start, s_end) and self.near_person(match.start(), match.end()):
                yield _Hit(match.start(), match.end(), "contempt", ("",))

    def group_generalisations(self) -> Iterator[_Hit]:
        """A group of people and a demeaning trait in one sentence ("immigrants are all lazy")."""
        for match in self.built.groups.finditer(self.text):
            _, s_end = self.sentence(match.start())
            trait = self.built.traits.search(self.text, match.end(), min(s_end, match.end() + 50))
            if trait is None:
                continue
            between = self.text[match.end() : trait.start()]
            if not self.built.linkers.search(between + " " + trait.group()):
                continue  # "refugees fleeing violent conflict" describes, "refugees are violent" generalises
            if self.built.negation.search(between) or self.criticised(match.start(), trait.end()):
                continue
            yield _Hit(match.start(), trait.end(), "discrimination", ())

    def cure_claims(self) -> Iterator[_Hit]:
        """ "This tea cures diabetes": a cure verb and a condition, unhedged, not about a real treatment."""
        for match in self.built.cure_claim.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            before = self.text[s_start : match.start()]
            if self.built.hedges.search(before) or self.built.medical.search(before):
                continue
            if self.criticised(match.start(), match.end()) or self.text[s_end - 1 : s_end] == "?":
                continue
            verb = match.group("verb")
            hedged = self.built.verbs.get(re.sub(r"\s+", " ", verb).lower())
            suggestions = (_match_case(hedged, verb) + match.group("rest"),) if hedged else ()
            yield _Hit(match.start(), match.end(), "health-claim", suggestions)


def _self_directed(text: str, start: int) -> bool:
    """ "I'm such an idiot": calling oneself names is not an insult to anyone."""
    before = text[max(0, start - 30) : start].lower()
    return bool(re.search(r"\b(?:i['’]?m|i am|i was|i feel like|i felt like|call me|me)\s+(?:\w+\s+){0,3}$", before))


def _match_case(replacement: str, original: str) -> str:
    """Keep the writer's capitals: "CURES" -> "MAY HELP WITH", "Frequent flyer" -> "Patient we ..."."""
    letters = [c for c in original if c.isalpha()]
    if replacement and len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if replacement and letters and letters[0].isupper() and original[:1].isalpha():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _affiliated_note(doc: Document, config: Config) -> str:
    """Guideline 3: when readers can tell where the author works, the note says the bar is the employer's."""
    if not config.affiliated_note or not _connection_apparent(doc):
        return ""
    return " " + config.affiliated_note.format(organisation=doc.policy.employer.organisation)


def _connection_apparent(doc: Document) -> bool:
    try:  # the shared affiliation helper, when the engine has it
        from composer.review import affiliation  # type: ignore[attr-defined]

        apparent = getattr(affiliation, "connection_apparent", None) or getattr(affiliation, "is_apparent", None)
        if callable(apparent):
            return bool(apparent(doc))
    except ImportError:
        pass
    return doc.profile.employer_visible or any(m.kind != "url" and not m.official for m in doc.mentions)
