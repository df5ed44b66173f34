"""Friending patients (guideline 7) and managers friending their staff (guideline 8).

Both rules look for the same shape: an act of friending, following or connecting, and the people
on the other end. For patients the other end may sit in the act's sentence, in a short address
just before it ("¡Mis pacientes de la clínica! Búsquenme aquí"), or a sentence or two before when
the act's sentence points back with a pronoun ("Meet my patient Rosa ... she's my newest follower").
Guideline 7 applies to authors in patient-care roles and covers initiating, inviting, accepting and
announcing; friendships that pre-date the care and declined requests are fine. Guideline 8 applies
to managers and covers only requests they start: accepting what an employee sent, or connecting
with peers and bosses, is fine. The words are the pack's; the roles, the negation and
who-started-it logic are here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from composer.review.checks._gate import Gate, sentence_around
from composer.review.model import Finding
from composer.review.policy import Section
from composer.review.text import Document, Span, compiled, phrase_pattern

SECTION = "friending"
RULES = ("patient", "staff")

STAFF_GUIDELINE = 8
# Which role's advice wins when the author holds several (the most specific first).
PATIENT_ADVICE_ORDER = ("student", "patient-care")
STAFF_ADVICE_ORDER = ("patient-care", "manager")


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [friending] table."""

    # Guideline 7: patients.
    connect: tuple[str, ...] = ()  # friending, following, connecting, inviting to do so, either side
    patients: tuple[str, ...] = ()  # the author's patients or former patients
    residents: tuple[str, ...] = ()  # residents, who are patients where the setting is long-term care
    long_term_care: tuple[str, ...] = ()  # words that make the setting long-term care
    declined: tuple[str, ...] = ()  # the request was turned down (this or the next sentence)
    before_care: tuple[str, ...] = ()  # the friendship started before the care
    pointers: tuple[str, ...] = ()  # pronouns that point back to a patient named just before ("she", "him")
    address_words: int = 8  # at most this many words in an address to patients ("Patients of 5 West!")
    address_openers: tuple[str, ...] = ()  # an address may also open with these ("To", "Dear", "Hola")
    # Guideline 8: staff.
    initiate: tuple[str, ...] = ()  # the author sends, adds, follows
    staff: tuple[str, ...] = ()  # people the author manages
    addressed: tuple[str, ...] = ()  # "you all", "each of you": the staff when the team is addressed
    team_address: tuple[str, ...] = ()  # "team", "equipo": the post speaks to the team
    accepted: tuple[str, ...] = ()  # the other person started it ("sent me a request", "accepted")
    author_started: tuple[str, ...] = ()  # explicit "I sent" wins over `accepted`
    # Both.
    negations: tuple[str, ...] = ()  # right before the act: "I never add patients"
    other_people: tuple[str, ...] = ()  # right before the act: someone else does it
    patient_advice: Mapping[str, str] = field(default_factory=dict)  # by role, plus "default"
    staff_advice: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Patterns:
    connect: re.Pattern[str]
    patients: re.Pattern[str]
    residents: re.Pattern[str]
    long_term_care: re.Pattern[str]
    declined: re.Pattern[str]
    before_care: re.Pattern[str]
    pointers: re.Pattern[str]
    address: re.Pattern[str]
    initiate: re.Pattern[str]
    staff: re.Pattern[str]
    addressed: re.Pattern[str]
    team_address: re.Pattern[str]
    accepted: re.Pattern[str]
    author_started: re.Pattern[str]
    denied: re.Pattern[str]


def _patterns(config: Config) -> _Patterns:
    before_act = r"\b\W+(?:[\w'’]+\W+){0,2}$"
    return _Patterns(
        connect=phrase_pattern(config.connect),
        patients=phrase_pattern(config.patients),
        residents=phrase_pattern(config.residents),
        long_term_care=phrase_pattern(config.long_term_care),
        declined=phrase_pattern(config.declined),
        before_care=phrase_pattern(config.before_care),
        pointers=phrase_pattern(config.pointers),
        address=re.compile(
            r"[!:]\W*$|^\W*" + phrase_pattern(config.address_openers, prefix="", suffix=r"\b").pattern,
            re.IGNORECASE,
        ),
        initiate=phrase_pattern(config.initiate),
        staff=phrase_pattern(config.staff),
        addressed=phrase_pattern(config.addressed),
        team_address=phrase_pattern(config.team_address),
        accepted=phrase_pattern(config.accepted),
        author_started=phrase_pattern(config.author_started),
        denied=phrase_pattern(config.negations + config.other_people, suffix=before_act),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    roles = doc.profile.roles
    if "patient-care" not in roles and "manager" not in roles:
        return
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    long_term_care = "patient-care" in roles and patterns.long_term_care.search(doc.text) is not None
    gates: list[Gate] = []
    if "patient-care" in roles:
        gates.append(compiled(section, "patient-gate", lambda: Gate(patterns.connect)))
    if "manager" in roles:
        gates.append(compiled(section, "staff-gate", lambda: Gate(patterns.initiate)))
    candidates = sorted({index for gate in gates for index in gate.sentences(doc)})
    for index in candidates:
        sentence, before, after = sentence_around(doc, index)
        if "patient-care" in roles:
            span = _patient_span(doc, sentence, before, after, patterns, config, long_term_care)
            if span is not None:
                advice = _advice(config.patient_advice, roles, PATIENT_ADVICE_ORDER)
                yield doc.finding(section, "patient", *span, fix="none", advice=advice)
        if "manager" in roles:
            span = _staff_span(sentence, before, patterns)
            if span is not None:
                advice = _advice(config.staff_advice, roles, STAFF_ADVICE_ORDER)
                yield doc.finding(section, "staff", *span, fix="none", guideline=STAFF_GUIDELINE, advice=advice)


def _patient_span(
    doc: Document,
    sentence: Span,
    before: Span | None,
    after: Span | None,
    patterns: _Patterns,
    config: Config,
    long_term_care: bool,
) -> tuple[int, int] | None:
    """Act of connecting + the author's patients, not declined, not pre-dating the care.

    The patients are named in the act's sentence, or in a short address right before it, or in
    one of the two sentences before it when the act's sentence points back with a pronoun.
    """
    text = sentence.text
    acts = [m for m in patterns.connect.finditer(text) if not _denied(text, m.start(), patterns)]
    if not acts:
        return None
    target = _patients_in(sentence, patterns, long_term_care)
    if target is None and before is not None:
        earlier = [before]
        if patterns.pointers.search(text):
            first = doc.sentences.index(before) if before in doc.sentences else -1
            if first > 0:
                earlier.append(doc.sentences[first - 1])
        for candidate in earlier:
            found = _patients_in(candidate, patterns, long_term_care)
            addressed = candidate is before and _is_address(candidate.text, patterns, config.address_words)
            if found is not None and (addressed or patterns.pointers.search(text)):
                target = found
                break
    if target is None:
        return None
    nearby = " ".join(s.text for s in (before, sentence, after) if s is not None)
    if patterns.declined.search(text + " " + (after.text if after else "")) or patterns.before_care.search(nearby):
        return None
    act = acts[0]
    act_start, act_end = sentence.start + act.start(), sentence.start + act.end()
    if target[0] < sentence.start:  # the patient was named before: underline the act only
        return act_start, act_end
    return min(act_start, target[0]), max(act_end, target[1])


def _is_address(text: str, patterns: _Patterns, most_words: int) -> bool:
    """A short sentence spoken to its readers: "¡Mis pacientes de la clínica!", "To my patients from 5 West:"."""
    return len(text.split()) <= most_words and patterns.address.search(text.strip()) is not None


def _patients_in(sentence: Span, patterns: _Patterns, long_term_care: bool) -> tuple[int, int] | None:
    """Where a sentence names the author's patients (or residents, in long-term care), in draft offsets."""
    found = patterns.patients.search(sentence.text)
    if found is None and long_term_care:
        found = patterns.residents.search(sentence.text)
    return None if found is None else (sentence.start + found.start(), sentence.start + found.end())


def _staff_span(sentence: Span, before: Span | None, patterns: _Patterns) -> tuple[int, int] | None:
    """A request the author starts towards the people they manage, in one sentence."""
    text = sentence.text
    acts = [m for m in patterns.initiate.finditer(text) if not _denied(text, m.start(), patterns)]
    if not acts:
        return None
    target = patterns.staff.search(text)
    if target is None:
        addressed = patterns.addressed.search(text)
        team_spoken_to = patterns.team_address.search(text) or (
            before is not None and patterns.team_address.search(before.text)
        )
        target = addressed if team_spoken_to else None
    if target is None:
        return None
    if patterns.accepted.search(text) and not patterns.author_started.search(text):
        return None
    act = acts[0]
    return sentence.start + min(act.start(), target.start()), sentence.start + max(act.end(), target.end())


def _denied(text: str, offset: int, patterns: _Patterns) -> bool:
    """Negated or done by someone else, judged from the few words before the act."""
    return patterns.denied.search(text[max(0, offset - 40) : offset]) is not None


def _advice(advice: Mapping[str, str], roles: frozenset[str], order: tuple[str, ...]) -> str:
    for role in order:
        if role in roles and role in advice:
            return advice[role]
    return advice.get("default", "")
