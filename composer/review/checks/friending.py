"""Friending patients (guideline 7) and managers friending their staff (guideline 8).

Both rules look for the same shape: an act of friending, following or connecting, and the people
on the other end. For patients the other end may sit in the act's sentence, in a short address
just before it ("¡Mis pacientes de la clínica! Búsquenme aquí"), or a sentence or two before when
the act's sentence points back with a pronoun ("Meet my patient Rosa ... she's my newest follower").
Guideline 7 applies to authors in patient-care roles and covers initiating, inviting, accepting and
announcing; friendships that pre-date the care and declined requests are fine. Guideline 8 applies
to managers and covers only requests they start: accepting what an employee sent, or connecting
with peers and bosses, is fine. When no sentence holds both sides, the post is read as a whole:
an act aimed at a person ("sent out a few invites", "followed him back") with the author's patients
named anywhere in the post, or an open invitation ("follow me") with patients addressed anywhere,
raises 7 unless the post declines, the friendship pre-dates the care, the act's sentence names
someone else (colleagues, family) or only muses about the rule; likewise a manager's act with
the staff named or spoken to anywhere raises 8 unless it names peers or bosses, leaves the choice
to the staff, or accepts their request. The words are the pack's; the roles, the negation and
who-started-it logic are here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
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
    peers: tuple[str, ...] = ()  # whole-post reading: the act's sentence names peers or bosses, not staff
    optional: tuple[str, ...] = ()  # the choice is left to the staff ("no pressure", "they can add me")
    not_people: tuple[str, ...] = ()  # whole-post reading: following a page or a protocol is not a request
    # Whole-post reading for guideline 7.
    public_invites: tuple[str, ...] = ()  # acts open to anyone ("follow me", "subscribe"): need patients addressed
    addressing_patients: tuple[str, ...] = ()  # patients spoken to ("to my patients", "if you were my patient")
    patients_act: tuple[str, ...] = ()  # patients doing the act themselves ("so patients can follow my TikTok")
    other_party: tuple[str, ...] = ()  # the act's sentence names someone else (coworkers, family)
    hypothetical: tuple[str, ...] = ()  # the act's sentence muses about the rule ("is it ok to friend ...")
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
    peers: re.Pattern[str]
    optional: re.Pattern[str]
    not_people: re.Pattern[str]
    public_invites: re.Pattern[str]
    addressing_patients: re.Pattern[str]
    patients_act: re.Pattern[str]
    other_party: re.Pattern[str]
    hypothetical: re.Pattern[str]


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
        peers=phrase_pattern(config.peers),
        optional=phrase_pattern(config.optional),
        not_people=phrase_pattern(config.not_people),
        public_invites=phrase_pattern(config.public_invites),
        addressing_patients=phrase_pattern(config.addressing_patients),
        patients_act=phrase_pattern(config.patients_act),
        other_party=phrase_pattern(config.other_party),
        hypothetical=phrase_pattern(config.hypothetical),
    )


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    roles = doc.profile.roles
    if "patient-care" not in roles and "manager" not in roles:
        return
    config: Config = section.config
    patterns: _Patterns = compiled(section, "patterns", lambda: _patterns(config))
    long_term_care = "patient-care" in roles and compiled(section, "ltc", lambda: Gate(patterns.long_term_care)).any(
        doc
    )
    whole: _WholePost = compiled(section, "whole-post", lambda: _WholePost(patterns))
    # Every reading needs the other side somewhere in the post: patients (named, addressed or acting)
    # for guideline 7, the staff or the team spoken to for guideline 8. Without it, no act is looked for.
    patient_side = "patient-care" in roles and (
        whole.patients.any(doc)
        or whole.addressing_patients.any(doc)
        or whole.patients_act.any(doc)
        or (long_term_care and whole.residents.any(doc))
    )
    staff_side = "manager" in roles and whole.staff.any(doc)
    gates: list[Gate] = []
    if patient_side:
        gates.append(compiled(section, "patient-gate", lambda: Gate(patterns.connect)))
    if staff_side:
        gates.append(compiled(section, "staff-gate", lambda: Gate(patterns.initiate)))
    candidates = sorted({index for gate in gates for index in gate.sentences(doc)})
    patient_advice = _advice(config.patient_advice, roles, PATIENT_ADVICE_ORDER)
    staff_advice = _advice(config.staff_advice, roles, STAFF_ADVICE_ORDER)
    found_patient = found_staff = False
    for index in candidates:
        sentence, before, after = sentence_around(doc, index)
        if patient_side:
            span = _patient_span(doc, sentence, before, after, patterns, config, long_term_care)
            if span is not None:
                found_patient = True
                yield doc.finding(section, "patient", *span, fix="none", advice=patient_advice)
        if staff_side:
            span = _staff_span(sentence, before, patterns)
            if span is not None:
                found_staff = True
                yield doc.finding(section, "staff", *span, fix="none", guideline=STAFF_GUIDELINE, advice=staff_advice)
    if candidates and patient_side and not found_patient:
        span = _patient_in_post(doc, candidates, patterns, whole, long_term_care)
        if span is not None:
            yield doc.finding(section, "patient", *span, fix="none", advice=patient_advice)
    if candidates and staff_side and not found_staff:
        span = _staff_in_post(doc, candidates, patterns, whole)
        if span is not None:
            yield doc.finding(section, "staff", *span, fix="none", guideline=STAFF_GUIDELINE, advice=staff_advice)


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
    if not acts or patterns.hypothetical.search(text):
        return None
    target = _patients_in(sentence, patterns, long_term_care)
    if target is None and before is not None:
        earlier = [before]
        if patterns.pointers.search(text):
            first = bisect_left(_starts(doc), before.start)
            if 0 < first < len(doc.sentences) and doc.sentences[first] == before:
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


class _WholePost:
    """Quick lowercase scans of the whole draft for the whole-post readings."""

    def __init__(self, patterns: _Patterns) -> None:
        self.refused = Gate(patterns.declined, patterns.before_care)
        self.patients = Gate(patterns.patients)
        self.residents = Gate(patterns.residents)
        self.addressing_patients = Gate(patterns.addressing_patients)
        self.patients_act = Gate(patterns.patients_act)
        self.optional = Gate(patterns.optional)
        self.staff = Gate(patterns.staff, patterns.team_address)


def _patient_in_post(
    doc: Document, candidates: list[int], patterns: _Patterns, whole: _WholePost, long_term_care: bool
) -> tuple[int, int] | None:
    """The whole post as one context: an act towards someone with the author's patients named anywhere,
    or an open invitation with patients addressed anywhere; the act itself is underlined."""
    if whole.refused.any(doc):
        return None
    patients_named = whole.patients.any(doc) or (long_term_care and whole.residents.any(doc))
    addressed = whole.addressing_patients.any(doc)
    if not patients_named and not addressed:
        return None
    for index in candidates:
        sentence = doc.sentences[index]
        line = sentence.text
        if patterns.hypothetical.search(line):
            continue
        acts = [m for m in patterns.connect.finditer(line) if not _denied(line, m.start(), patterns)]
        if not acts:
            continue
        by_patients = patterns.patients_act.search(line)
        if by_patients is not None:
            return sentence.start + by_patients.start(), sentence.start + by_patients.end()
        if patterns.other_party.search(line) and not _patients_in(sentence, patterns, long_term_care):
            continue
        open_to_all = [m.span() for m in patterns.public_invites.finditer(line)]
        for act in acts:
            public = any(s <= act.start() < e or act.start() <= s < act.end() for s, e in open_to_all)
            if addressed or (patients_named and not public):
                return sentence.start + act.start(), sentence.start + act.end()
    return None


def _staff_in_post(
    doc: Document, candidates: list[int], patterns: _Patterns, whole: _WholePost
) -> tuple[int, int] | None:
    """The whole post as one context: a request the author starts, with the staff named or spoken to anywhere."""
    if not whole.staff.any(doc) or whole.optional.any(doc):
        return None
    for index in candidates:
        sentence = doc.sentences[index]
        line = sentence.text
        if patterns.peers.search(line):
            continue
        if patterns.accepted.search(line) and not patterns.author_started.search(line):
            continue
        things = [m.span() for m in patterns.not_people.finditer(line)]
        for act in patterns.initiate.finditer(line):
            if any(s <= act.start() < e for s, e in things):
                continue
            if not _denied(line, act.start(), patterns):
                return sentence.start + act.start(), sentence.start + act.end()
    return None


def _starts(doc: Document) -> list[int]:
    """Where each sentence starts, worked out once per draft."""
    global _last_starts
    if _last_starts[0] is not doc.text:
        _last_starts = (doc.text, [s.start for s in doc.sentences])
    return _last_starts[1]


_last_starts: tuple[str, list[int]] = ("", [])


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
    things = [m.span() for m in patterns.not_people.finditer(text)]
    acts = [
        m
        for m in patterns.initiate.finditer(text)
        if not _denied(text, m.start(), patterns) and not any(s <= m.start() < e for s, e in things)
    ]
    if not acts or patterns.optional.search(text):
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
