"""Endorsements in the employer's name or implying its backing (guideline 9).

Two shapes raise it. Either the employer itself is said to back something ("Mayo Clinic
recommends", "Mayo-approved", "approved by Mayo"), or a recommendation rests on the author's work
there: a credential naming the employer ("as a nurse at Mayo Clinic", "based on my 10 years at Mayo",
"I was her manager at Mayo", "we use it every day at Mayo") with an endorsement in the same or a
neighbouring sentence ("the one to buy", "it's what all of us here use", "I recommend her"). A personal
recommendation with no employer name, and sharing the employer's own official pages, are fine;
a disclaimer does not clear it. The detection is the same for everyone; the advice follows the roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document, Mention, Span, compiled, phrase_pattern

SECTION = "endorsement"
RULES = ("employer-name",)

ADVICE_ORDER = ("manager", "patient-care", "student")
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
    not_an_endorsement: tuple[str, ...] = ()  # right before an endorsement word: "not an", "don't"
    advice: Mapping[str, str] = field(default_factory=dict)  # by role, plus "default"


@dataclass(frozen=True)
class _Patterns:
    endorse: re.Pattern[str]
    promotion: re.Pattern[str]
    employer_backs: re.Pattern[str]
    backed_by: re.Pattern[str]
    credential: re.Pattern[str]
    not_an_endorsement: re.Pattern[str]
    verb: re.Pattern[str]


def _patterns(config: Config) -> _Patterns:
    verbs = phrase_pattern(config.employer_backs, prefix="", suffix="").pattern
    suffixes = phrase_pattern(config.employer_suffixes, prefix="", suffix="").pattern
    # Up to two words between the name and the verb ("Mayo Clinic doctors recommend"), none a negation.
    gap = r"(?:[\s-]+(?!" + _NEGATION + r")[\w'’.]+){0,2}?"
    # "Mayo-approved", "Mayo Clinic approved!" but not "Mayo Clinic approved the new building".
    glued = (
        r"[\s-]" + suffixes + r"\b(?![\s-]+(?:the|a|an|my|our|his|her|their|its|this|that|these|those|plans?|by|for)\b)"
    )
    backs = r"^(?:['’]s)?(?:" + gap + r"[\s-]+" + verbs + r"|" + glued + r")\b"
    return _Patterns(
        endorse=phrase_pattern(config.endorse),
        promotion=phrase_pattern(config.promotion),
        employer_backs=re.compile(backs, re.IGNORECASE),
        backed_by=phrase_pattern(config.backed_by, suffix=r"\s+(?:the\s+)?$"),
        credential=phrase_pattern(config.credential, suffix=r"\s*$"),
        not_an_endorsement=phrase_pattern(config.not_an_endorsement, suffix=r"\W+(?:[\w'’]+\W+){0,1}$"),
        verb=re.compile(r"(?:[\s-]+)([\w'’]+(?:\s+(?:behind|by|on))?)$", re.IGNORECASE),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    by_sentence = _mentions_by_sentence(doc)
    if not by_sentence:
        return
    advice = _advice(config.advice, doc.profile.roles)
    office = doc.policy.employer.social_media_office.lower()
    sentences = doc.sentences
    for index, mentions in sorted(by_sentence.items()):
        sentence = sentences[index]
        if any(m.official and m.kind in ("url", "handle") for m in mentions):
            continue  # sharing the employer's own pages and posts is not an endorsement on its behalf
        nearby = sentences[max(0, index - 1) : index + 2]
        for mention in mentions:
            found = _backing(doc.text, sentence, nearby, mention, patterns, office)
            if found is not None:
                start, end, suggestion = found
                suggestions = (suggestion,) if suggestion else ()
                fix = "replace" if suggestion else "none"
                yield doc.finding(section, "employer-name", start, end, suggestions=suggestions, fix=fix, advice=advice)
                break


def _backing(
    text: str, sentence: Span, nearby: list[Span], mention: Mention, patterns: _Patterns, office: str
) -> tuple[int, int, str] | None:
    """(start, end, suggested replacement) where the employer's name backs an endorsement, or None."""
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
    if credential is None or not (_endorses(nearby, patterns) or _promotes(sentence, nearby, patterns)):
        return None
    start = before_start + credential.start()
    phrase = text[start : mention.end]
    return start, mention.end, _without_employer(phrase, mention)


def _endorses(nearby: list[Span], patterns: _Patterns) -> bool:
    """An endorsement word, not negated, in the credential's sentence or the one before or after it."""
    for span in nearby:
        for match in patterns.endorse.finditer(span.text):
            if not patterns.not_an_endorsement.search(span.text[max(0, match.start() - 30) : match.start()]):
                return True
    return False


def _promotes(sentence: Span, nearby: list[Span], patterns: _Patterns) -> bool:
    """A sales cue in the credential's sentence or the one after it ("... at Mayo uses these. Link in bio!")."""
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
