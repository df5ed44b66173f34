"""Endorsements in the employer's name or implying its backing (guideline 9).

Two shapes raise it. Either the employer itself is said to back something ("Mayo Clinic
recommends", "Mayo-approved", "approved by Mayo"), or a recommendation rests on the author's work
there: a credential naming the employer ("as a nurse at Mayo Clinic", "based on my 10 years at Mayo",
"I was her manager at Mayo", "we use it every day at Mayo") with an endorsement in the same or a
neighbouring sentence ("the one to buy", "it's what all of us here use", "I recommend her"). A personal
recommendation with no employer name, and sharing the employer's own official pages, are fine;
a disclaimer does not clear it. The credential and the endorsement may sit anywhere in the post, and
so may a workplace said to back the thing ("my whole team uses it", "our unit swears by them") when
the workplace is the employer (named in the post, or shown on the author's profile). The detection is
the same for everyone; the advice follows the roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from composer.review.checks._gate import Gate
from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document, Mention, Span, compiled, phrase_pattern

SECTION = "endorsement"
RULES = ("employer-name",)

ADVICE_ORDER = ("manager", "patient-care", "student")
SHORT_POST = 6  # sentences: up to this many, an endorsement anywhere in the post counts
_NEW_SUBJECT = r"(?:and|but|so|I|we|you|he|she|they|where|when|while)\b"
_LABEL_BEFORE = re.compile(r"(?:called|named|titled)\s*['\"‘“]?$|['\"‘“]$", re.IGNORECASE)
_NEGATION = r"(?:not|never|no|doesn['’]t|don['’]t|didn['’]t|won['’]t|wouldn['’]t|cannot|can['’]t)\b"


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [endorsement] table."""

    endorse: tuple[str, ...] = ()  # recommending, vouching, backing, "trust me": counts in nearby sentences too
    promotion: tuple[str, ...] = ()  # promo codes, "link in bio": in the credential's sentence or the next one
    employer_backs: tuple[str, ...] = ()  # verbs right after the employer's name: "recommends", "trusts"
    employer_suffixes: tuple[str, ...] = ()  # "-approved", "-recommended" glued to the name
    backed_by: tuple[str, ...] = ()  # right before the name: "approved by", "recommended by"
    credential: tuple[str, ...] = ()  # right before the name: "as a nurse at", "based on my work at"
    credential_after: tuple[str, ...] = ()  # right after the name: "Mayo Clinic nurses", "Mayo Clinic's go-to"
    not_an_endorsement: tuple[str, ...] = ()  # right before an endorsement word: "not an", "don't"
    workplace_backs: tuple[str, ...] = ()  # the author's workplace uses or backs it ("our unit swears by")
    advice: Mapping[str, str] = field(default_factory=dict)  # by role, plus "default"


@dataclass(frozen=True)
class _Patterns:
    endorse: re.Pattern[str]
    promotion: re.Pattern[str]
    employer_backs: re.Pattern[str]
    backed_by: re.Pattern[str]
    credential: re.Pattern[str]
    credential_after: re.Pattern[str]
    not_an_endorsement: re.Pattern[str]
    verb: re.Pattern[str]
    workplace_backs: re.Pattern[str]
    workplace_gate: Gate


def _patterns(config: Config) -> _Patterns:
    verbs = phrase_pattern(config.employer_backs, prefix="", suffix="").pattern
    suffixes = phrase_pattern(config.employer_suffixes, prefix="", suffix="").pattern
    # Up to two words between the name and the verb ("Mayo Clinic doctors recommend"), none a negation.
    # A new subject in the gap ("Mayo Clinic and I recommend") makes the author the recommender.
    gap = r"(?:[\s-]+(?!" + _NEGATION + r"|" + _NEW_SUBJECT + r")[\w'’.]+){0,2}?"
    # "Mayo-approved", "Mayo Clinic approved!" but not "Mayo Clinic approved the new building".
    # Up to three words may sit between ("Mayo ICU nurse approved"); a noun after the suffix makes it a
    # plain verb ("Mayo Clinic approved the new building").
    glued_gap = r"(?:[\s-]+(?!" + _NEGATION + r")[\w'’]+){0,3}?[\s-]"
    not_a_verb = r"\b(?![\s-]+(?:the|a|an|my|our|his|her|their|its|this|that|these|those|plans?|by|for)\b)"
    glued = glued_gap + suffixes + not_a_verb
    backs = r"^(?:['’]s)?(?:" + gap + r"[\s-]+" + verbs + r"|" + glued + r")\b"
    return _Patterns(
        endorse=phrase_pattern(config.endorse),
        promotion=phrase_pattern(config.promotion),
        employer_backs=re.compile(backs, re.IGNORECASE),
        backed_by=phrase_pattern(config.backed_by, suffix=r"\s+(?:the\s+)?$"),
        credential=phrase_pattern(config.credential, suffix=r"\s*$"),
        credential_after=re.compile(
            r"^(?:['’]s)?[\s-]+(?:[\w&'’-]+\s+){0,2}?" + phrase_pattern(config.credential_after, prefix="").pattern,
            re.IGNORECASE,
        ),
        not_an_endorsement=phrase_pattern(config.not_an_endorsement, suffix=r"\W+(?:[\w'’]+\W+){0,1}$"),
        workplace_backs=phrase_pattern(config.workplace_backs),
        workplace_gate=Gate(phrase_pattern(config.workplace_backs)),
        verb=re.compile(r"(?:[\s-]+)([\w'’]+(?:\s+(?:behind|by|on))?)$", re.IGNORECASE),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    by_sentence = _mentions_by_sentence(doc)
    advice = _advice(config.advice, doc.profile.roles)
    if not by_sentence and not doc.profile.employer_visible:
        return
    # sentence -> holds an endorsement; sentences where no endorsement phrase can start are settled at once.
    gate: Gate = compiled(section, "endorse-gate", lambda: Gate(patterns.endorse))
    possible = set(gate.sentences(doc))
    memo: dict[Span, bool] = {s: False for i, s in enumerate(doc.sentences) if i not in possible}
    if not by_sentence:
        found = _workplace_backing(doc, patterns, memo)
        if found is not None:
            yield doc.finding(section, "employer-name", *found, fix="none", advice=advice)
        return
    office = doc.policy.employer.social_media_office.lower()
    sentences = doc.sentences
    raised = False
    for index, mentions in sorted(by_sentence.items()):
        sentence = sentences[index]
        if any(m.official and m.kind in ("url", "handle") for m in mentions):
            continue  # sharing the employer's own pages and posts is not an endorsement on its behalf
        # A short post is one thought: the endorsement may sit anywhere in it. In a long one, a few
        # sentences either side of the credential (a blog's later paragraphs are other topics).
        nearby = sentences if len(sentences) <= SHORT_POST else sentences[max(0, index - 3) : index + 4]
        for mention in mentions:
            found = _backing(doc.text, sentence, nearby, mention, patterns, office, memo)
            if found is not None:
                start, end, suggestion = found
                suggestions = (suggestion,) if suggestion else ()
                fix = "replace" if suggestion else "none"
                raised = True
                yield doc.finding(section, "employer-name", start, end, suggestions=suggestions, fix=fix, advice=advice)
                break
    if not raised:
        found = _workplace_backing(doc, patterns, memo)
        if found is not None:
            yield doc.finding(section, "employer-name", *found, fix="none", advice=advice)


def _workplace_backing(doc: Document, patterns: _Patterns, memo: dict[Span, bool]) -> tuple[int, int] | None:
    """The author's workplace (the employer here) said to use or back the thing, with an endorsement in the post."""
    if not patterns.workplace_gate.any(doc):
        return None
    backs = patterns.workplace_backs.search(doc.text)
    if backs is None:
        return None
    sentences = doc.sentences
    if len(sentences) > SHORT_POST:
        index = next(i for i, s in enumerate(sentences) if s.end > backs.start())
        sentences = sentences[max(0, index - 3) : index + 4]
    if not (_endorses(sentences, patterns, memo) or _promotes(sentences[0], sentences, patterns)):
        return None
    return backs.start(), backs.end()


def _backing(
    text: str,
    sentence: Span,
    nearby: list[Span],
    mention: Mention,
    patterns: _Patterns,
    office: str,
    memo: dict[Span, bool],
) -> tuple[int, int, str] | None:
    """(start, end, suggested replacement) where the employer's name backs an endorsement, or None.

    `nearby` is where an endorsement or sales cue may stand."""
    after = text[mention.end : min(sentence.end, mention.end + 60)]
    backs = patterns.employer_backs.match(after)
    if backs is not None:
        end = mention.end + backs.end()
        return mention.start, end, _first_person(text[mention.start : end], patterns)
    before_start = max(sentence.start, mention.start - 90)
    before = text[before_start : mention.start]
    backed_by = patterns.backed_by.search(before)
    if backed_by is not None and office not in text[mention.end : mention.end + 60].lower():
        return before_start + backed_by.start(), mention.end, ""
    credential = patterns.credential.search(before)
    if credential is None:
        # The name followed by the author's place in it: "Mayo Clinic nurses love this", "Mayo's go-to brand".
        role = patterns.credential_after.match(after)
        if _LABEL_BEFORE.search(text, max(sentence.start, mention.start - 20), mention.start):
            role = None  # a name the author gives something ("a server called 'Mayo residents'") is guideline 10's
        if role is None or not (_endorses(nearby, patterns, memo) or _promotes(sentence, nearby, patterns)):
            return None
        return mention.start, mention.end + role.end(), ""
    if not (_endorses(nearby, patterns, memo) or _promotes(sentence, nearby, patterns)):
        return None
    start = before_start + credential.start()
    phrase = text[start : mention.end]
    return start, mention.end, _without_employer(phrase, mention)


def _endorses(nearby: list[Span], patterns: _Patterns, memo: dict[Span, bool]) -> bool:
    """An endorsement word, not negated, in any of the given sentences (`memo`: each read once per draft)."""
    for span in nearby:
        known = memo.get(span)
        if known is None:
            known = _endorsing(span, patterns)
            memo[span] = known
        if known:
            return True
    return False


def _endorsing(span: Span, patterns: _Patterns) -> bool:
    for match in patterns.endorse.finditer(span.text):
        if not patterns.not_an_endorsement.search(span.text[max(0, match.start() - 30) : match.start()]):
            return True
    return False


def _promotes(sentence: Span, nearby: list[Span], patterns: _Patterns) -> bool:
    """A sales cue in the credential's sentence or after it ("... at Mayo uses these. Link in bio!")."""
    return any(patterns.promotion.search(span.text) for span in nearby if span.start >= sentence.start)


def _first_person(phrase: str, patterns: _Patterns) -> str:
    """ "Mayo Clinic recommends" -> "I recommend": the same claim, as the author's own."""
    verb = patterns.verb.search(phrase)
    if verb is None or "-" in phrase[verb.start() : verb.start() + 1]:
        return ""
    word = verb.group(1)
    head, _, tail = word.partition(" ")
    if head.lower().endswith(("ches", "shes", "sses")):
        head = head[:-2]
    elif head.lower().endswith("s") and not head.lower().endswith("ss"):
        head = head[:-1]
    return "I " + head + (" " + tail if tail else "")


def _without_employer(phrase: str, mention: Mention) -> str:
    """ "As a pharmacist at Mayo Clinic" -> "As a pharmacist"; "As a Mayo Clinic" -> "As a"."""
    cut = phrase[: len(phrase) - (mention.end - mention.start)]
    cut = re.sub(r"\s+(?:at|with|from|for|of|in)\s+(?:the\s+)?$", "", cut, flags=re.IGNORECASE)
    return cut.rstrip()


def _mentions_by_sentence(doc: Document) -> dict[int, list[Mention]]:
    """The employer's names in prose or handles, grouped by sentence index (hashtags are not claims)."""
    grouped: dict[int, list[Mention]] = {}
    sentences = doc.sentences
    index = 0
    for mention in doc.mentions:
        if mention.kind == "hashtag":
            continue
        while index < len(sentences) and sentences[index].end <= mention.start:
            index += 1
        if index < len(sentences) and sentences[index].start <= mention.start:
            grouped.setdefault(index, []).append(mention)
    return grouped


def _advice(advice: Mapping[str, str], roles: frozenset[str]) -> str:
    parts = [advice[role] for role in ADVICE_ORDER if role in roles and role in advice]
    return " ".join(parts) if parts else advice.get("default", "")
