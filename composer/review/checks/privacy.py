"""Patient information that could identify a patient or their care (guideline 1).

The mechanism lives in `composer.review.phi` (identifiers in context, patient stories) and the
replacements in `composer.review.redact`; what counts as an identifier, which words give context,
and every message are the pack's `[privacy]` table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from composer.review.model import Finding
from composer.review.phi import Scanner
from composer.review.policy import Pattern, Section
from composer.review.redact import rewrite
from composer.review.text import Document, compiled

SECTION = "privacy"
RULES: tuple[str, ...] = (
    "name",
    "place",
    "date",
    "age",
    "phone",
    "email",
    "record-number",
    "unique-code",
    "vehicle",
    "device",
    "web-address",
    "biometric",
    "room-number",
    "image",
    "public-figure",
    "patient-story",
)


@dataclass(frozen=True)
class Identifier:
    """One kind of identifier: how to find it and what must surround it to be a patient's."""

    rule: str
    patterns: tuple[Pattern, ...]
    needs: str = "patient"  # "always", "care" (care words or a patient nearby), "patient" (a specific patient)
    window: int = 1  # sentences on each side to look in
    near: tuple[str, ...] = ()  # words that must be within `near_chars` (a care event next to a date)
    near_chars: int = 45
    unless: tuple[str, ...] = ()  # words in the same sentence that show it is not a patient's
    unless_chars: int = 0  # when set, `unless` words count only this close to the identifier ("hotel room 12")
    post_wide: bool = True  # a short post is one context for it; False keeps it to `window` sentences
    suggestions: tuple[str, ...] = ("[redacted]",)
    finder: str = ""  # "phone": also find numbers with the phonenumbers library
    keywords: tuple[str, ...] = ()  # words one of which a sentence needs to be searched at all (speed)
    listed: tuple[str, ...] = ()  # phrases that are candidates themselves (town names), when capitalised
    preceded_by: tuple[str, ...] = ()  # words one of which must come just before a listed phrase ("in", "from")


@dataclass(frozen=True)
class Config:
    """This detector's settings in the pack's [privacy] table (see policy/mayo-clinic.toml)."""

    patient_words: tuple[str, ...]
    person_words: tuple[str, ...]
    care_words: tuple[str, ...]
    own_health: tuple[str, ...]
    family_words: tuple[str, ...]
    colleague_words: tuple[str, ...]
    not_names: tuple[str, ...]
    honorifics: tuple[str, ...]
    not_places: tuple[str, ...]
    consent_claims: tuple[str, ...]
    consent_note: str
    composite_labels: tuple[str, ...]
    story_threshold: float
    story_weights: Mapping[str, float]
    story_labels: Mapping[str, str]
    story_time: tuple[str, ...]
    story_place: tuple[str, ...]
    conditions: tuple[str, ...]
    rare_conditions: tuple[str, ...]
    occupations: tuple[str, ...]
    sex_words: tuple[str, ...]
    age_refs: tuple[str, ...]
    identifiers: Mapping[str, Identifier]
    # Words that mean a patient only in some settings: "our residents" in memory care, "my client" in home
    # health, "subject 014" in a trial. Setting name -> words; the setting's own words are `patient_settings`,
    # and the setting "care" is the care words themselves.
    contextual_patients: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patient_settings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    post_chars: int = 0  # a draft up to this long is one context: a patient anywhere in it is near every detail


def scanner_for(section: Section) -> Scanner:
    """The section's patterns compiled once per loaded pack."""
    return compiled(section.config, "privacy.scanner", lambda: _build(section))


def _build(section: Section) -> Scanner:
    for key, spec in section.config.identifiers.items():
        if spec.rule not in RULES:
            raise ValueError(f"privacy.identifiers.{key}.rule must be one of {', '.join(RULES)}")
    return Scanner(section.config)


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    # The employer's own names and accounts are never a patient's name or town.
    skip = tuple((m.start, m.end) for m in doc.mentions)
    scan = scanner_for(section).scan(doc.text, skip)
    consent = section.config.consent_note if scan.consent else ""
    for hit in scan.hits:
        if hit.rule == "patient-story":
            retold = rewrite(doc.text, hit.start, hit.end, hit.rewrites)
            suggestions = (retold,) if retold and retold != doc.text[hit.start : hit.end] else ()
            details = ", ".join(hit.details)
            yield doc.finding(
                section, hit.rule, hit.start, hit.end, suggestions=suggestions, details=details, consent=consent
            )
        else:
            yield doc.finding(section, hit.rule, hit.start, hit.end, suggestions=hit.suggestions, consent=consent)
