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
from typing import Any, NamedTuple

from composer.review.lexicon import Hit, MaskedLexicon, expand
from composer.review.model import Finding
from composer.review.policy import Pattern, Section
from composer.review.prefilter import WORD, Gated
from composer.review.text import Document, compiled

SECTION = "conduct"
RULES = ("profanity", "insult", "contempt", "discrimination", "threat", "health-claim", "dishonesty")

# Which rule wins when two findings cover the same words (lower first). A masked word that fits both
# a curse and a slur ("F***") is read as the curse, far more common.
_PRIORITY = {
    rule: index
    for index, rule in enumerate(
        ("threat", "dishonesty", "health-claim", "contempt", "insult", "profanity", "discrimination")
    )
}
_QUOTES_OPEN = "\"'“‘«"
_QUOTES_CLOSE = "\"'”’»"
_MASK_CHARS = re.compile(r"[*#%&@$!_|+€0-9]+")
_NOT_A_WORD = re.compile(r"[\d\W_]*")  # numbers, times, symbols alone: no word hidden in them
_SPACE = re.compile(r"\s")
_APOSTROPHE = re.compile("['’]")
_NON_WORD = re.compile(r"[^\w'’]|_")
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|of|from|for|with|by|about|to|into|behind|near)\s+$")
# a post's sentence that starts with the author's own act, subject left out ("Just left ...", "Made a ...")
_SUBJECTLESS = re.compile(
    r"\s*(?:just\s+|finally\s+|lowkey\s+|totally\s+|so\s+|also\s+)*(?:[a-z]+ed|made|left|wrote|posted|put|set\s+up"
    r"|got|had|went|did|sent|told|paid|bought|gave)\b",
    re.IGNORECASE,
)
_ABBREVIATION_END = re.compile(
    r"(?<![^\W\d_])(?:dr|drs|mr|mrs|ms|st|mt|prof|vs|jr|sr|no|dept|approx|e\.g|i\.e)\.[\"'”’)\]]*\s*$", re.I
)
_WORD_ONLY = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HASH = re.compile("#")
# words so frequent that a pattern starting with them is tried only where a rarer word it needs follows
_COMMON_STARTS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "them",
        "is",
        "are",
        "was",
        "were",
        "be",
        "not",
        "no",
        "so",
        "and",
        "or",
        "but",
        "if",
        "when",
        "what",
        "who",
        "how",
        "why",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "as",
        "just",
        "all",
        "some",
        "any",
        "every",
        "one",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
    ]
)
_OWN_FAMILY = re.compile(
    r"(?:my|our)\s+(?:(?:little|oldest|youngest|middle|big|baby|sweet)\s+)?(?:husband|hubby|wife|son|sons|daughter|daughters|kid|kids"
    r"|boy|boys|girl|girls|grandma|grandpa|mom|mum|dad|mother|father|brother|sister|boyfriend|girlfriend|partner|toddler"
    r"|baby|dog|cat|puppy|twins|fiance|fiancé|fiancee|bestie|best\s+friend|family)\b"
)
_GROUP_HEDGE = re.compile(
    r"\b(?:sometimes|may|might|can\s+be|can\s+become|at\s+(?:higher\s+|greater\s+|increased\s+)?risk|more\s+likely|less\s+likely"
    r"|prone\s+to|if|when)\b",
    re.IGNORECASE,
)
_ARTICLE_ONLY = re.compile(r"\s*(?:an?|the)?\s*", re.IGNORECASE)
_DEFINED = re.compile(r"[\"'”’]?\s*(?:is|are|means|just\s+means|really\s+means)\b", re.IGNORECASE)
_REACH = 160  # characters a pattern may extend either side of the word that lets it run
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
    insult_superlatives: tuple[str, ...] = ()
    insult_predicates: tuple[str, ...] = ()
    insults_near_person: tuple[str, ...] = ()
    insult_exceptions: tuple[Pattern, ...] = ()
    insult_nouns: tuple[str, ...] = ()
    vocative_adjectives: tuple[str, ...] = ()
    insult_collectives: tuple[str, ...] = ()
    person_nouns: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    mocking_emoji: str = ""
    eye_roll_emoji: str = ""
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
    group_modifiers: tuple[str, ...] = ()
    group_heads: tuple[str, ...] = ()
    group_window: int = 90
    group_pronouns: tuple[str, ...] = ()
    group_traits: tuple[str, ...] = ()
    group_linkers: tuple[str, ...] = ()
    threat_patterns: tuple[Pattern, ...] = ()
    claim_verbs: Mapping[str, str] = field(default_factory=dict)
    conditions: tuple[str, ...] = ()
    medical_subjects: tuple[str, ...] = ()
    claim_hedges: tuple[str, ...] = ()
    claim_aims: tuple[str, ...] = ()
    claim_patterns: tuple[Pattern, ...] = ()
    remedies: tuple[str, ...] = ()
    remedy_claim_verbs: tuple[str, ...] = ()
    remedy_claim_objects: tuple[str, ...] = ()
    dishonesty_patterns: tuple[Pattern, ...] = ()
    dishonesty_first_person_patterns: tuple[Pattern, ...] = ()
    dishonesty_exceptions: tuple[Pattern, ...] = ()
    sarcastic_epithets: tuple[str, ...] = ()
    decision_verbs: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    belittling_roles: tuple[str, ...] = ()
    belittling_modifiers: tuple[str, ...] = ()
    dubious_sources: tuple[str, ...] = ()
    mockery_patterns: tuple[Pattern, ...] = ()
    sarcasm_frames: tuple[Pattern, ...] = ()
    sarcasm_markers: tuple[str, ...] = ()
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
        self.insults = MaskedLexicon(config.insults, masked=False)
        self.contempt = MaskedLexicon(config.contempt_terms, masked=False)
        self.contempt_people = MaskedLexicon(config.contempt_terms_about_people, masked=False)
        self.slurs = MaskedLexicon(config.slurs)
        self.person_cues = _phrases(config.person_cues)
        self.critique = _phrases(config.critique_cues)
        self.negation = _phrases(config.negations)
        self.hedges = _phrases(config.claim_hedges)
        self.aim = _Lazy(rf"\b(?:{_alternation(config.claim_aims)})(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE)
        self.medical = _phrases(config.medical_subjects)
        self.size = _phrases(config.size_cues)
        self.mention = (
            _Lazy(
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
        self.mention_words = frozenset(cue.split()[0].lower() for cue in config.mention_cues if cue.split())
        adjectives = _alternation(config.insult_adjectives)
        people = _alternation(config.person_nouns)
        self.adjective_person = _gate(
            rf"\b(?P<adj>{adjectives}(?:[\s,]+(?:and\s+)?{adjectives}){{0,3}})[\s,]+(?:ass\s+)?(?P<who>{people})\b"
        )
        self.hashtag_person = _Lazy(rf"#(?P<adj>{adjectives})(?P<who>{people})\b", re.IGNORECASE)
        intensifiers = (
            r"(?:so|such|a|an|total|totally|complete|completely|utterly|absolutely|literally|just|really|too|pretty"
            r"|truly|beyond|clearly|obviously|honestly|seriously|still|always|also|both|equally|the\s+most"
            r"|bunch\s+of|pack\s+of|all|f\*+ing|freaking|damn|effing)"
        )
        # who is described: a person, profession or department, possibly placed ("the intern on our team")
        subjects = _alternation(
            [w for w in (*config.person_nouns, *config.professions, *config.departments) if w.lower() != "it"]
        )
        placed = (
            r"(?:['’]s)?(?:\s+(?:here|there|tonight|today|lately|again|honestly|seriously|these\s+days|around\s+here"
            r"|over\s+there|across\s+(?:town|the\s+(?:street|river|road))|down\s+the\s+(?:street|road|hall)|next\s+door"
            r"|(?:(?:over|down|up|out)\s+)?(?:on|in|at|from|of)\s+(?:[\w'’.]+\s+){0,2}?[\w'’]+"
            r"|\s*,?\s*(?:who|that)\s+[^.!?\n,]{1,60}?))?"
        )
        link = (
            r"(?:is|are|was|were|['’]s|['’]re|seems?|seemed|looks?|looked|acts?|acted|sounds?|gets?|got|remains?"
            r"|became|become|being|(?:has|have|had)\s+been|can\s+be)"
        )
        subject = (
            rf"(?:(?:{subjects}){placed}\s+{link}"
            rf"|(?:he|she|they|you)(?:\s+(?:is|are|was|were|seems?|looks?|acts?)|['’](?:s|re)))"
        )
        question = rf"(?:are|is|were|was)\s+(?:\w+\s+){{0,2}}?(?:{subjects})\s+(?:so|this|that|always|such)"
        predicates = _alternation(config.insult_predicates)
        # where a predicate match can end: the patterns below are tried just before these words
        self.predicate_words = _gate(rf"\b(?:{adjectives}|{predicates})\b").words or frozenset()
        # ... and the words such a remark can begin with (tried only there)
        pronouns = ("he", "she", "they", "you", "are", "is", "were", "was")
        self.subject_starts = _first_tokens((*config.person_nouns, *config.professions, *config.departments, *pronouns))
        self.institution_starts = frozenset(("that", "this", "their", "the", "our", "your", "those"))
        noun_list = [word for entry in config.insult_nouns for word in expand(entry)]
        nouns = _alternation(noun_list)
        after_noun = (
            r"(?![\w'’-])(?!\s+(?!(?:who|that|with|and|but|all|lol|lmao|honestly|tbh|period|fr|ngl|if|when|to|from"
            r"|of|in|on|at|tonight|today|again|anyway|though|tho|smh|imo|i|is|are|was|were|here|there|fight|like"
            r"|just|because|since|so|than|[^\W\d_]+(?:ing|ed))\b)[^\W\d_])"
        )
        self.person_is_adjective = _gate(
            rf"\b(?:{subject}|{question})\s+(?:{intensifiers}\s+)*"
            rf"(?P<adj>{adjectives}\b(?!\s+to\b)|(?:{predicates}){after_noun})"
        )
        # a noun that insults said of people, with up to two words before it ("is a certified clown",
        # "are money-grubbing mercenaries"); not the first part of a compound ("a clown doctor")
        self.noun_words = _gate(rf"\b(?:{nouns})\b").words or frozenset() if noun_list else frozenset()
        self.person_is_noun = (
            _gate(
                rf"\b(?:{subject}|{question})\s+(?:{intensifiers}\s+)*(?:(?:an?|some|such\s+an?|one\s+big)\s+)?"
                rf"(?:[\w'’-]+\s+){{0,2}}?(?P<adj>{nouns}){after_noun}"
            )
            if noun_list
            else None
        )
        vocative = _alternation(
            (*config.vocative_adjectives, "absolute", "complete", "total", "utter", "little", "bloody", "freaking")
        )
        self.noun_epithets: tuple[Gated, ...] = ()
        if noun_list:
            plural = _alternation(n for n in noun_list if n.endswith("s"))
            self.noun_epithets = (
                # "you overpaid clowns", "you absolute muppet"
                _gate(rf"\b(?<!are\s)(?<!were\s)you\s+(?P<hit>(?:(?:{vocative})[\s,]+){{0,2}}(?:{nouns})){after_noun}"),
                # "staffed by zombies", "run by a bunch of amateurs"
                _gate(
                    rf"\b(?:staffed|run|managed|led|filled|overrun|populated)\s+(?:entirely\s+|only\s+)?by\s+"
                    rf"(?:(?:a\s+)?(?:bunch|pack|gaggle|band|herd)\s+of\s+)?(?P<hit>(?:[\w'’-]+\s+)?(?:{plural}))\b"
                ),
                # "Mercenaries, all of them."
                _gate(
                    rf"\b(?P<hit>{plural})\s*[,—–-]+\s*(?:all|every\s+(?:single\s+)?one|the\s+(?:whole\s+)?lot|each)"
                    r"\s+of\s+(?:them|em|'em|y['’]?all)\b"
                ),
            )
        self.vocative_words = (
            _gate(rf"\b(?:{_alternation(config.vocative_adjectives)})\b").words or frozenset()
            if config.vocative_adjectives
            else frozenset()
        )
        if config.vocative_adjectives:
            # "you entitled prick", "you lazy bums": an insulting adjective addressed to someone
            stop = (
                r"(?:and|or|to|for|in|on|at|are|is|was|were|can|will|who|that|with|the|a|an|if|when|today|now|day|days"
                r"|enough|again|too|as|than|about|after|because|but|so|of|cat|cats|dog|dogs|pup|pups|puppy|kitty|kitten"
                r"|baby|babies|kid|kids|thing|things|weather|cough|cold|morning|mornings|week|weekend|brain|self|selves)"
            )
            self.noun_epithets += (
                _gate(
                    rf"\b(?<!are\s)(?<!were\s)(?<!if\s)you\s+(?P<hit>(?:{_alternation(config.vocative_adjectives)})"
                    rf"(?:\s+(?!{stop}\b)[a-z][\w'’-]*){{1,2}})\b(?![\w'’-])"
                ),
            )
        # a hospital, clinic or practice called names ("that place across town is a joke")
        self.institution_is = (
            _gate(
                rf"\b(?:that|this|their|the|our|your|those)\s+(?:[\w'’]+\s+)?(?:{_alternation(config.institutions)})"
                rf"{placed}\s+{link}\s+(?:{intensifiers}\s+)*(?P<adj>{predicates})\b"
            )
            if config.institutions and config.insult_predicates
            else None
        )
        self.near_person = (
            _gate(rf"\b(?:{_alternation(config.insults_near_person)})\b") if config.insults_near_person else None
        )
        targets = (*config.person_cues, *config.professions, *config.departments, *config.institutions)
        targets = tuple(t for t in targets if t.lower() != "it")
        # single words are looked up in a set; phrases and patterns need the (slower) regex
        self.target_words = frozenset(t.lower() for t in targets if _WORD_ONLY.fullmatch(t))
        self.target_phrases = _phrases(t for t in targets if not _WORD_ONLY.fullmatch(t))
        self.mocking_emoji = (
            re.compile("|".join(re.escape(e) for e in config.mocking_emoji.split())) if config.mocking_emoji else None
        )
        self.eye_roll_emoji = (
            re.compile("|".join(re.escape(e) for e in config.eye_roll_emoji.split())) if config.eye_roll_emoji else None
        )
        self.verbs = {verb.lower(): hedged for verb, hedged in config.claim_verbs.items()}
        verb_alternation = _alternation(config.claim_verbs)
        conditions = _alternation(config.conditions)
        self.cure_claim = _gate(
            rf"\b(?P<verb>{verb_alternation})(?!\s+for\b)(?P<rest>(?:\s+(?:\w+|\d+)){{0,3}}?\s+(?:{conditions}))\b"
        )
        # "this oil prevents dementia", "the tea boosts your immune system": a remedy promised to work
        self.remedy_claim = (
            _gate(
                rf"\b(?:{_alternation(config.remedies)})\b[^.!?\n]{{0,60}}?\b(?P<hit>(?:{_alternation(config.remedy_claim_verbs)})"
                rf"\s+(?:[\w'’]+\s+){{0,3}}?(?:{_alternation((*config.remedy_claim_objects, *config.conditions))}))\b"
            )
            if config.remedies and config.remedy_claim_verbs
            else None
        )
        group_forms = _alternation(config.groups)
        if config.group_modifiers and config.group_heads:
            # "Somali families", "sickle cell pts", "pacientes hispanos": a modifier and a head make a group
            modifiers, heads = _alternation(config.group_modifiers), _alternation(config.group_heads)
            group_forms = rf"(?:{group_forms}|(?:{modifiers})\s+(?:{heads}))"
        self.groups = _gate(rf"\b{group_forms}\b")
        self.group_pronoun = (
            _Lazy(rf"\s*(?:{_alternation(config.group_pronouns)})\b", re.IGNORECASE) if config.group_pronouns else None
        )
        self.lists = {
            name: tuple(Gated(p) for p in getattr(config, name))
            for name in (
                "profanity_patterns",
                "insult_patterns",
                "contempt_patterns",
                "discrimination_patterns",
                "threat_patterns",
                "claim_patterns",
                "dishonesty_patterns",
                "dishonesty_first_person_patterns",
                "mockery_patterns",
            )
        }
        self.superlative_person = (
            _gate(
                rf"\b(?P<adj>{_alternation(config.insult_superlatives)})\s+(?:[\w'’-]+\s+)?"
                rf"(?:{people}|{_alternation((*config.professions, *config.insult_collectives))})\b"
            )
            if config.insult_superlatives
            else None
        )
        self.epithets = _epithet_patterns(config)
        self.belittling = _belittling_patterns(config)
        self.traits = _phrases(config.group_traits)
        self.trait_gate = _gate(rf"\b{_alternation(config.group_traits)}\b")
        self.linkers = _phrases(config.group_linkers)
        emoji = "".join(re.escape(ch) for ch in config.body_emoji)
        self.body_emoji = re.compile(f"[{emoji}]") if emoji else None
        self.grawlix = re.compile(r"[@#$%&*!]{3,}") if config.grawlix else None
        self.sarcasm = tuple(Gated(p) for p in config.sarcasm_frames)
        markers = [m for m in config.sarcasm_markers if m.strip()]
        self.sarcasm_markers = (
            _Lazy("|".join(_phrase_or_symbol(m) for m in sorted(markers, key=len, reverse=True)), re.IGNORECASE)
            if markers
            else None
        )
        # word -> the gated patterns whose rarest list holds it: a draft's words wake only those
        self.wakers: dict[str, list[int]] = {}
        for gated in self.all_gated():
            for word in gated.words or ():
                self.wakers.setdefault(word, []).append(id(gated))

    def all_gated(self) -> Iterator[Gated]:
        for patterns in self.lists.values():
            yield from patterns
        yield from (self.adjective_person, self.person_is_adjective, self.cure_claim, self.groups, self.trait_gate)
        yield from (g for g in (self.institution_is, self.near_person, self.remedy_claim) if g is not None)
        yield from self.epithets
        yield from self.belittling
        yield from self.noun_epithets
        yield from self.sarcasm
        if self.person_is_noun is not None:
            yield self.person_is_noun
        if self.superlative_person is not None:
            yield self.superlative_person


def _epithet_patterns(config: Config) -> tuple[Gated, ...]:
    """ "Nice work, genius", "some genius in IT decided", "he's no Einstein": a word of praise turned
    on a person in sarcasm. Praise said plainly ("she's a genius with IV starts") is not matched."""
    if not config.sarcastic_epithets:
        return ()
    names = _alternation(config.sarcastic_epithets)
    not_a_thing = (
        r"(?![\s-]+(?:idea|ideas|move|moves|hack|hacks|tip|tips|level|work|stuff|thing|things|solution|invention"
        r"|design|insight|quote|quotes|holmes|movie|film|book|episode|award|grant|program|programme|bar|kid|kids"
        r"|baby|babies|dog|cat|at|with|of)\b)"
    )
    end = r"(?=\s*(?:[.!?…;:)\]]|$|[^\w\s,'’\-]))"
    praise = (
        r"(?:thanks|thank\s+you|thx|ty|nice|great|good|brilliant|smart|well|way|bravo|congrats|congratulations|sure"
        r"|ok|okay|right|yeah|yes|wow|cool|genius|awesome)(?:\s+(?:\w+|to\s+go|done|job|work|one|going|move|call"
        r"|thinking|try|plan|catch)){0,2}"
    )
    sources = [
        # vocative after a comma or a word of mock praise: "Maybe read the chart, genius."
        rf"(?:,\s*|\b{praise}(?:[,!]\s*|\s+))(?P<hit>{names}){not_a_thing}{end}",
        rf"(?:^|(?<=[.!?]\s))(?P<hit>{names}),\s+(?:maybe|try|next\s+time|read|learn|please|how\s+about|here['’]s)\b",
        # "some genius in IT decided", "which Einstein put this here", "another rocket scientist"
        rf"\b(?:some|whatever|which|whichever|another|yet\s+another|what\s+kind\s+of|what\s+sort\s+of)"
        rf"\s+(?:\w+\s+)?(?P<hit>{names}){not_a_thing}",
        # "the geniuses in admin", "the genius who decided"
        rf"\b(?:the|our|those|these|your|their)\s+(?:\w+\s+)?(?P<hit>{names})\s+(?:(?:over\s+|up\s+|down\s+)?(?:in|at|from|on)"
        rf"\s+(?:the\s+)?(?:{_alternation(config.departments)})\b|(?:who|that)\s+(?:\w+\s+)?(?:{_alternation(config.decision_verbs)})\b)",
        # "he's no Einstein", "not exactly a rocket scientist", "regular Sherlock over here"
        rf"\b(?:no|not\s+(?:exactly\s+|quite\s+|really\s+)?(?:an?|the\s+next)|hardly\s+an?|far\s+from\s+an?|a\s+regular"
        rf"|regular|real\s+(?:life\s+)?)\s+(?P<hit>{names}){not_a_thing}",
    ]
    return tuple(_gate(source) for source in sources)


def _belittling_patterns(config: Config) -> tuple[Gated, ...]:
    """ "Chiropractors are massage therapists with a god complex", "NPs are glorified nurses", "learned
    medicine from WebMD": a profession or a competitor's clinicians made small."""
    patterns = []
    if config.professions:
        who = _alternation(config.professions)
        roles = _alternation(config.belittling_roles)
        modifiers = _alternation(config.belittling_modifiers)
        nouns = rf"(?:{who}|{roles}|\w+(?:ers|ors|ists|ians|ants|ents|ies|men|ees|es))"
        lessen = (
            r"(?:just|basically|simply|really|only|all|literally|essentially|merely|nothing\s+but|nothing\s+more\s+than"
            r"|little\s+more\s+than|no\s+better\s+than|the\s+same\s+as)"
        )
        patterns.append(
            rf"\b(?P<hit>(?:{who})\s+(?:are|is|=|r)\s+(?!just\s+as\b)(?:{lessen}\s+)*(?:an?\s+)?"
            rf"(?:(?:{modifiers})[\s-]+(?:\w+[\s-]+)?{nouns}|(?:\w+[\s-]+){{0,3}}?(?:{roles})))\b"
        )
        patterns.append(
            rf"\b(?P<hit>(?:{who})\s+(?:who|that)\s+think\s+(?:they['’]?re|they\s+are)\s+(?:real\s+|actual\s+)?"
            r"(?:doctors|physicians|surgeons|god|gods|experts|smarter|better))"
        )
        patterns.append(rf"\b(?P<hit>(?:{who})\s+(?:\w+\s+)?playing\s+doctor)\b")
        patterns.append(rf"\b(?P<hit>(?:{modifiers})[\s-]+(?:{who}))\b")
    if config.dubious_sources:
        named = _alternation(config.dubious_sources)
        sources = rf"(?:a\s+|an\s+|the\s+)?(?:back\s+of\s+an?\s+)?(?:university\s+of\s+)?(?:{named})"
        skills = (
            r"(?:medicine|nursing|surgery|anatomy|pharmacology|pharmacy|physiology|radiology|cardiology|medical\s+\w+"
            r"|(?:everything|all|what)\s+(?:they|he|she)\s+knows?|their\s+(?:medicine|trade|craft)"
            r"|(?:how\s+)?to\s+(?:diagnose|treat|intubate|chart|operate|suture|prescribe|practi[cs]e|triage|read\s+\w+))"
        )
        patterns.append(
            rf"\b(?P<hit>(?:learned|learnt|studied|trained\s+in|got\s+(?:their|his|her)\s+training\s+in)\s+{skills}"
            rf"\s+(?:\w+\s+){{0,2}}?(?:from|on|off|at|in|by\s+watching)\s+{sources})"
        )
        patterns.append(
            r"\b(?P<hit>(?:degree|degrees|diploma|license|licence|md|phd|doctorate|credentials|board\s+certification)"
            rf"\s+(?:\w+\s+)?(?:from|out\s+of|off|in|came\s+(?:from|with|in))\s+{sources})"
        )
        patterns.append(
            r"\b(?P<hit>(?:diagnos\w*|treat\w*|triag\w*|chart\w*|prescrib\w*|practi[cs]\w*|consult\w*|decid\w*)"
            rf"\s+(?:\w+\s+){{0,3}}?(?:with|using|by\s+(?:consulting|asking|shaking|flipping)|off|from)\s+{sources})"
        )
    return tuple(_gate(source) for source in patterns)


def _phrase_or_symbol(marker: str) -> str:
    """A sarcasm marker: words match whole ("so refreshing"), emoji and symbols ("🙃", "/s") as they are."""
    if marker[:1].isalnum():
        return r"(?<!\w)" + _alternation([marker])[3:-1] + r"(?!\w)"
    return re.escape(marker) + (r"(?!\w)" if marker[-1:].isalnum() else "")


def _gate(source: str) -> Gated:
    return Gated.of(source, re.IGNORECASE)  # compiled the first time a draft wakes it


def _phrases(items: Iterable[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive matcher for a list of phrases (apostrophes match ' and ’)."""
    return _Lazy(r"(?<!\w)" + _alternation(items) + r"(?!\w)", re.IGNORECASE)  # type: ignore[return-value]


class _Lazy:
    """A regular expression compiled the first time it is used: a draft needs few of the pack's phrase
    lists, and compiling all of them would make the first review wait. Its methods become its own on
    first use, so later calls cost what the `re.Pattern`'s do."""

    __slots__ = ("_compiled", "finditer", "flags", "match", "pattern", "search")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # only reached before the first compile, or for other attributes
        if name.startswith("__"):
            raise AttributeError(name)
        if self._compiled is None:
            done = self._compiled = re.compile(self.pattern, self.flags)
            self.search, self.match, self.finditer = done.search, done.match, done.finditer
        return getattr(self._compiled, name)


def _alternation(items: Iterable[str]) -> str:
    """Phrases joined longest first; spaces match any whitespace or a hyphen, `/.../` is a regex."""
    parts = []
    for item in sorted(set(items), key=len, reverse=True):
        if len(item) > 2 and item.startswith("/") and item.endswith("/"):
            parts.append(f"(?:{item[1:-1]})")
        else:
            parts.append(re.sub("['’]", "['’]", re.escape(item.strip()).replace(r"\ ", r"[\s-]+")))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


def _mention_regex(cue: str) -> str:
    return r"\b" + re.sub("['’]", "['’]", re.escape(cue.strip()).replace(r"\ ", r"\s+"))


def check(doc: Document, section: Section) -> Iterable[Finding | None]:
    config: Config = section.config
    built: _Compiled = compiled(section, "conduct", lambda: _Compiled(config))
    scan = _Scan(doc, config, built)
    hits = sorted(scan.all(), key=lambda h: (h.start, -(h.end - h.start), _PRIORITY[h.rule]))
    note = _affiliated_note(doc, config) if hits else ""
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
        self.spans = _joined_abbreviations(self.text, doc.sentences)
        self._starts = [s.start for s in self.spans]
        lowered = self.text.lower()
        # Patterns run on the lower-cased draft (faster than case-insensitive matching) when lowering
        # keeps every offset; otherwise on the draft itself with the pack's case-insensitive patterns.
        self.same_length = len(lowered) == len(self.text)
        self.low = lowered if self.same_length else self.text
        self.present = set(WORD.findall(lowered))
        # "patient's" also holds the word "patient" for the gates
        self.present |= {_APOSTROPHE.split(word, 1)[0] for word in self.present if "'" in word or "’" in word}
        self._masked: list[tuple[int, int]] | None = None
        # whether the draft holds a word that can introduce a named term ("the word", "calling")
        self.names_terms = not built.mention_words.isdisjoint(self.present)
        wakers = built.wakers
        self.woken = {key for word in wakers.keys() & self.present for key in wakers[word]}
        self._awake: dict[int, bool] = {}
        self._places: dict[str, list[int]] = {}

    def run(self, gated: Gated, within: list[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
        """Matches of a gated pattern: none when the draft lacks every word of one of the lists it
        needs; else one attempt at each place a match can start (a word it starts with), or, when
        that is unknown, a search around the words of its rarest list. A match stays in its sentence."""
        pattern = gated.pattern if self.same_length else gated.original
        if gated.words is None:
            yield from pattern.finditer(self.low)
            return
        if not self.awake(gated):
            return
        low = self.low
        if gated.first is not None:
            starts = self.places(gated.first & self.present)
            if starts is not None and within is not None:
                lows = [w[0] for w in within]
                starts = [
                    at for at in starts if at < within[max(0, bisect.bisect_right(lows, at) - 1)][1] and at >= lows[0]
                ]
            if starts and gated.words is not gated.first and not gated.first.isdisjoint(_COMMON_STARTS):
                # a start on a common word ("you", "the") is worth trying only with a rarer needed word after it
                rare = self.places(gated.words & self.present)
                if rare is not None:
                    starts = [at for at in starts if self.followed_by(rare, at, gated.crosses)]
            if starts is not None:
                last_end = -1
                for at in starts:
                    if at >= last_end:
                        match = pattern.match(low, at, self.line_end(at) if gated.crosses else self.sentence(at)[1])
                        if match is not None:
                            last_end = match.end()
                            yield match
                return
        if gated.crosses:
            windows = _merged(
                [(self.line_start(at), self.line_end(at)) for at in self.places(gated.words & self.present) or [0]]
            )
        else:
            windows = self.windows(gated.words & self.present, _REACH)
        last_end = -1
        for start, end in windows:
            for match in pattern.finditer(low, start, end):
                if match.start() >= last_end:
                    last_end = match.end()
                    yield match

    def run_ending(
        self, gated: Gated, last: frozenset[str], starts: frozenset[str], reach: int = 90
    ) -> Iterator[re.Match[str]]:
        """Matches of a pattern that begins with one of the words `starts` and ends on one of the
        words `last`: tried only at those first words in the stretch just before each last word."""
        if not self.awake(gated) or starts.isdisjoint(self.present):
            return
        pattern = gated.pattern if self.same_length else gated.original
        windows = []
        for start, end in self.windows(last & self.present, 0):
            s_start, _ = self.sentence(start)
            windows.append((max(s_start, start - reach), end))
        low = self.low
        last_end = -1
        for start, end in _merged(windows):
            stop = min(len(low), self.word_end(end) + 24)
            for word in WORD.finditer(low, start, end):
                token = word.group()
                if token not in starts and _APOSTROPHE.split(token, 1)[0] not in starts:
                    continue
                if word.start() < last_end:
                    continue
                match = pattern.match(low, word.start(), stop)
                if match is not None:
                    last_end = match.end()
                    yield match

    def teasing_own(self, start: int, end: int) -> bool:
        """ "My husband is such a clown", "dressed up as witches for Halloween": family teasing and
        costumes, not an insult to someone at work."""
        return self.own_family(start) or self.excepted(start, end, self.config.insult_exceptions)

    def own_family(self, start: int) -> bool:
        """The remark is about the author's own family or pet ("my son is a total clown")."""
        low = max(0, start - 25)
        before = self.low[low:start]
        own = max(before.rfind("my "), before.rfind("our "))
        return self.same_length and bool(_OWN_FAMILY.match(self.low, low + own if own >= 0 else start))

    def followed_by(self, positions: list[int], at: int, crosses: bool) -> bool:
        """Whether one of the sorted `positions` stands at or after `at` in its sentence (or line)."""
        index = bisect.bisect_left(positions, at)
        if index == len(positions):
            return False
        return positions[index] < (self.line_end(at) if crosses else self.sentence(at)[1])

    def line_start(self, offset: int) -> int:
        return self.low.rfind("\n", 0, offset) + 1

    def line_end(self, offset: int) -> int:
        end = self.low.find("\n", offset)
        return len(self.low) if end == -1 else end

    def awake(self, gated: Gated) -> bool:
        """Whether the draft holds a word of every list the pattern needs (worked out once a draft)."""
        if gated.words is None:
            return True
        key = id(gated)
        known = self._awake.get(key)
        if known is None:
            known = self._awake[key] = key in self.woken and gated.may_match(self.present)
        return known

    def places(self, words: Iterable[str]) -> list[int] | None:
        """Sorted starts of the whole-word occurrences of `words`; None when a word is too short to
        look for quickly ("i" is inside every other word). Each word is looked for once a draft."""
        found: list[int] = []
        cache = self._places
        for word in words:
            if len(word) < 3:
                return None
            spots = cache.get(word)
            if spots is None:
                spots = cache[word] = self._find_word(word)
            found += spots
        found.sort()
        return found

    def _find_word(self, word: str) -> list[int]:
        low = self.low
        spots = []
        at = low.find(word)
        while at != -1:
            after = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and (after >= len(low) or not low[after].isalnum()):
                spots.append(at)
            at = low.find(word, after)
        return spots

    def windows(self, needed: Iterable[str], reach: int) -> list[tuple[int, int]]:
        """Merged stretches of the draft within `reach` of each whole-word occurrence of the needed
        words, kept inside their sentences and ending between words."""
        low = self.low
        windows: list[tuple[int, int]] = []
        for word in needed:
            at = low.find(word)
            while at != -1:
                after = at + len(word)
                if (at == 0 or not low[at - 1].isalnum()) and (after >= len(low) or not low[after].isalnum()):
                    s_start, s_end = self.sentence(at)
                    windows.append((max(s_start, at - reach), min(s_end, after + reach)))
                at = low.find(word, after)
        merged = _merged(windows)
        return [(start, self.word_end(end)) for start, end in merged]

    def word_end(self, end: int) -> int:
        """`end` moved forward past the rest of a word, so a window never cuts one in two."""
        if end >= len(self.low) or not (self.low[end].isalnum() and self.low[end - 1].isalnum()):
            return end
        boundary = _NON_WORD.search(self.low, end)
        return boundary.start() if boundary else len(self.low)

    def lexicon_hits(self, lexicon: MaskedLexicon) -> Iterator[Hit]:
        needed = lexicon.gate & self.present
        windows = self.windows(needed, lexicon.reach) if needed else []
        if lexicon.masked:  # only tokens with a symbol or digit can hide a listed word
            reach = lexicon.reach  # "holy sh*t": a phrase may start before its masked word
            windows = _merged(windows + [(max(0, start - reach), end) for start, end in self.masked_tokens()])
        for start, end in windows:
            yield from lexicon.finditer(self.text, start, end)

    def masked_tokens(self) -> list[tuple[int, int]]:
        """Spans of the whitespace-separated tokens holding a masking symbol or digit ("sh*t", "a$$")."""
        if self._masked is None:
            text = self.text
            self._masked = []
            last = 0
            for match in _MASK_CHARS.finditer(text):
                if match.start() < last:
                    continue
                start = match.start()
                while start > last and not text[start - 1].isspace():
                    start -= 1
                space = _SPACE.search(text, match.end())
                end = space.start() if space else len(text)
                last = end
                core = text[start:end].lstrip("#").rstrip("!?.,;:)]}\"'”’")
                if _MASK_CHARS.search(core) and not _NOT_A_WORD.fullmatch(core):
                    self._masked.append((start, end))  # not "#nurselife" or "today!!": nothing hidden there
        return self._masked

    def all(self) -> Iterator[_Hit]:
        yield from self.words(self.built.profanity, "profanity")
        yield from self.words(self.built.insults, "insult")
        yield from self.words(self.built.slurs, "discrimination")
        yield from self.words(self.built.contempt, "contempt")
        yield from self.words(self.built.contempt_people, "contempt", about_people=True)
        yield from self.patterns("profanity_patterns", "profanity")
        yield from self.patterns("insult_patterns", "insult", not_self=True)
        yield from self.patterns("contempt_patterns", "contempt")
        yield from self.patterns("discrimination_patterns", "discrimination", unless_critique=True, negation=False)
        yield from self.patterns("threat_patterns", "threat", unless_negated=True)
        yield from self.patterns("claim_patterns", "health-claim", unless_critique=True, unless_asked=True)
        yield from self.patterns("dishonesty_patterns", "dishonesty", unless_critique=True)
        yield from self.patterns(
            "dishonesty_first_person_patterns", "dishonesty", unless_critique=True, first_person=True
        )
        yield from self.patterns(
            "mockery_patterns", "insult", unless_critique=True, negation=False, unless_asked=True, not_self=True
        )
        yield from self.gated_insults(self.built.epithets)
        yield from self.gated_insults(self.built.belittling)
        yield from self.gated_insults(self.built.noun_epithets, teasing=True)
        yield from self.sarcastic_frames()
        yield from self.grawlix()
        yield from self.adjectives()
        yield from self.body_shaming()
        yield from self.group_generalisations()
        yield from self.cure_claims()
        yield from self.remedy_claims()
        yield from self.insults_near_people()
        yield from self.emoji_mockery()

    # --- helpers ---------------------------------------------------------------------------

    def sentence(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return 0, len(self.text)
        span = self.spans[index]
        return span.start, span.end

    def criticised(self, start: int, end: int, *, negation: bool = True) -> bool:
        """The sentence debunks or criticises what it says at start:end, or negates it beforehand.

        "The myth that vaccines cause autism", "there's no miracle cure": yes. "This tea cures anxiety,
        no meds needed!": no, the negation comes after the claim and is part of the pitch.
        """
        s_start, s_end = self.sentence(start)
        critique = self.built.critique
        if critique.search(self.text, s_start, start) or critique.search(self.text, end, s_end):
            return True
        return negation and bool(self.built.negation.search(self.text, s_start, start))

    def mentioned_not_used(self, start: int, end: int) -> bool:
        """ "stop calling patients 'frequent flyers'": the word is quoted or named in order to criticise it."""
        before = self.text[max(0, start - 40) : start]
        after = self.text[end : end + 2]
        quoted = before[-1:] in _QUOTES_OPEN and (
            after[:1] in _QUOTES_CLOSE or (len(after) == 2 and after[0] in ",.;:!?" and after[1] in _QUOTES_CLOSE)
        )
        named = bool(self.names_terms and self.built.mention and self.built.mention.search(before))
        if (
            quoted
            and _DEFINED.match(self.text, end)
            and _ARTICLE_ONLY.fullmatch(self.text, self.sentence(start)[0], start - 1)
        ):
            return True  # "A 'frequent flyer' is just a patient the system keeps failing": the term is the topic
        return (quoted or named) and self.criticised(start, end)

    def suggestions_for(self, key: str, found: str) -> tuple[str, ...]:
        options = self.config.suggestions.get(key.lower(), ())
        return tuple(_match_case(option, found) for option in options)

    def author_speaks(self, offset: int) -> bool:
        """The author tells of their own doing: a first-person word in the sentence or the ones beside
        it, or a sentence that drops its subject as posts do ("Just left a review ... lol")."""
        index = bisect.bisect_right(self._starts, offset) - 1
        sentences = self.spans
        if index < 0:
            return bool(_FIRST_PERSON.search(self.text))
        low = sentences[max(0, index - 1)].start
        high = sentences[min(len(sentences) - 1, index + 1)].end
        if _FIRST_PERSON.search(self.text, low, high):
            return True
        return bool(_SUBJECTLESS.match(self.text, sentences[index].start))

    def asked(self, offset: int) -> bool:
        """The sentence is a question ("do surgeons really have a god complex?"), not an assertion."""
        _, s_end = self.sentence(offset)
        return self.text[s_end - 1 : s_end] == "?"

    def excepted(self, start: int, end: int, exceptions: tuple[re.Pattern[str], ...] | None = None) -> bool:
        """A phrase of the pack's exceptions covers the words ("frequent flyer miles"), or for the
        exceptions given, appears anywhere in the sentence ("standardized patient")."""
        s_start, s_end = self.sentence(start)
        if exceptions is not None:
            return any(pattern.search(self.text, s_start, s_end) for pattern in exceptions)
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
        for hit in self.lexicon_hits(lexicon):
            if self.mentioned_not_used(hit.start, hit.end) or (
                rule == "contempt" and self.excepted(hit.start, hit.end)
            ):
                continue
            if about_people and not self.near_person(hit.start, hit.end):
                continue
            if rule == "insult" and (
                _self_directed(self.text, hit.start) or self.excepted(hit.start, hit.end, self.config.insult_exceptions)
            ):
                continue
            yield _Hit(hit.start, hit.end, rule, self.suggestions_for(hit.entry, hit.text))

    def patterns(
        self,
        name: str,
        rule: str,
        *,
        unless_critique: bool = False,
        unless_negated: bool = False,
        first_person: bool = False,
        negation: bool = True,
        unless_asked: bool = False,
        not_self: bool = False,
    ) -> Iterator[_Hit]:
        for gated in self.built.lists[name]:
            if not self.awake(gated):
                continue
            for match in self.run(gated):
                start, end = match.span("hit") if "hit" in gated.pattern.groupindex else match.span()
                if start == end or self.mentioned_not_used(start, end):
                    continue
                if unless_asked and self.asked(start):
                    continue
                if not_self and (_self_directed(self.text, match.start()) or self.own_family(match.start())):
                    continue
                if rule == "dishonesty" and self.excepted(start, end, self.config.dishonesty_exceptions):
                    continue
                if unless_critique and self.criticised(start, end, negation=negation):
                    continue
                if unless_negated and self.built.negation.search(match.group()):
                    continue
                if first_person and not self.author_speaks(start):
                    continue
                if rule == "contempt" and self.excepted(start, end):
                    continue
                key = re.sub(r"\s+", " ", self.text[start:end]).lower()
                yield _Hit(start, end, rule, self.suggestions_for(key, self.text[start:end]))

    def gated_insults(self, patterns: tuple[Gated, ...], *, teasing: bool = False) -> Iterator[_Hit]:
        """Mechanism-built mockery: not when quoted to criticise it, aimed at oneself, or debunked;
        with `teasing`, not one's own family or a costume either."""
        for gated in patterns:
            for match in self.run(gated):
                start, end = match.span("hit")
                if self.mentioned_not_used(start, end) or _self_directed(self.text, match.start()):
                    continue
                if teasing and self.teasing_own(match.start(), end):
                    continue
                if _self_directed(self.text, start) or self.criticised(start, end, negation=False):
                    continue
                yield _Hit(start, end, "insult", ())

    def grawlix(self) -> Iterator[_Hit]:
        """ "What the #$%&": a run of symbols standing in for a curse word."""
        if self.built.grawlix is None:
            return
        for match in self.built.grawlix.finditer(self.text):
            if len(set(match.group())) >= 3:
                yield _Hit(match.start(), match.end(), "profanity", ())

    def adjectives(self) -> Iterator[_Hit]:
        """ "lazy nurses", "#stupidpeople", "the residents are useless": an insult aimed at people."""
        matches = list(self.run(self.built.adjective_person))
        if "#" in self.text:
            hashtag = self.built.hashtag_person
            matches += filter(None, (hashtag.match(self.text, at.start()) for at in _HASH.finditer(self.text)))
        for match in matches:
            if self.mentioned_not_used(match.start(), match.end()) or _self_directed(self.text, match.start()):
                continue
            who = self.text[match.start("who") : match.end("who")]
            yield _Hit(
                match.start(), match.end(), "insult", (_match_case(who, self.text[match.start() : match.end()]),)
            )
        if self.built.superlative_person is not None:
            for match in self.run(self.built.superlative_person):
                if not self.mentioned_not_used(match.start(), match.end()) and not self.criticised(
                    match.start(), match.end(), negation=False
                ):
                    yield _Hit(match.start(), match.end(), "insult", ())
        built = self.built
        matches = list(self.run_ending(built.person_is_adjective, built.predicate_words, built.subject_starts))
        if built.institution_is is not None:
            matches += self.run_ending(built.institution_is, built.predicate_words, built.institution_starts)
        if built.person_is_noun is not None:
            nouns = list(self.run_ending(built.person_is_noun, built.noun_words, built.subject_starts))
            matches += [m for m in nouns if not self.teasing_own(m.start(), m.end())]
        for match in matches:
            if self.mentioned_not_used(match.start("adj"), match.end("adj")) or _after_preposition(
                self.low, match.start()
            ):
                continue  # "the printer at the nurses' station is useless": the nurses are not the subject
            if self.criticised(match.start(), match.end("adj"), negation=False) or _self_directed(
                self.text, match.start()
            ):
                continue
            yield _Hit(match.start("adj"), match.end("adj"), "insult", ())

    def insults_near_people(self) -> Iterator[_Hit]:
        """ "Honestly, the incompetent way admin handled it": a word that only ever describes people
        badly ("incompetent", "clueless") with someone other than the author in the sentence."""
        gated = self.built.near_person
        if gated is None:
            return
        for match in self.run(gated):
            start, end = match.span()
            if _self_directed(self.text, start) or self.mentioned_not_used(start, end):
                continue
            s_start, s_end = self.sentence(start)
            if self.built.negation.search(self.text, max(s_start, start - 12), start):
                continue  # "not incompetent", "never clueless"
            if self.excepted(start, end, self.config.insult_exceptions) or self.criticised(start, end, negation=False):
                continue
            if not self.targets_near(start, end, s_start, s_end):
                continue
            yield _Hit(start, end, "insult", ())

    def targets_near(self, start: int, end: int, low: int, high: int) -> bool:
        """Someone other than the author is named between low and high (outside start:end)."""
        words = self.built.target_words
        for match in WORD.finditer(self.low, low, high):
            if (match.end() <= start or match.start() >= end) and (
                match.group() in words or _APOSTROPHE.split(match.group(), 1)[0] in words
            ):
                return True
        return any(
            m.end() <= start or m.start() >= end for m in self.built.target_phrases.finditer(self.text, low, high)
        )

    def emoji_mockery(self) -> Iterator[_Hit]:
        """A clown (🤡) or an eye-roll (🙄) next to a remark about someone: mockery, not a mood."""
        for emoji, rule in ((self.built.mocking_emoji, "insult"), (self.built.eye_roll_emoji, "contempt")):
            if emoji is None:
                continue
            for match in emoji.finditer(self.text):
                index = bisect.bisect_right(self._starts, match.start()) - 1
                sentences = self.spans
                # the emoji often closes the remark or stands alone after it: look back one sentence
                low = sentences[max(0, index - 1)].start if index >= 0 else 0
                high = sentences[index].end if index >= 0 else len(self.text)
                if rule == "contempt" and index > 0 and self.text[sentences[index].start : match.start()].strip():
                    low = sentences[index].start  # mid-sentence: only its own sentence counts
                if self.excepted(match.start(), match.end(), self.config.insult_exceptions):
                    continue  # "dressed up as clowns 🤡 for Halloween"
                if self.targets_near(match.start(), match.end(), low, high):
                    yield _Hit(match.start(), match.end(), rule, ("",))

    def body_shaming(self) -> Iterator[_Hit]:
        """An animal emoji in a sentence about someone's size (🐳 next to "bariatric", "400 lbs")."""
        if self.built.body_emoji is None:
            return
        for match in self.built.body_emoji.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            if self.built.size.search(self.text, s_start, s_end) and self.near_person(match.start(), match.end()):
                yield _Hit(match.start(), match.end(), "contempt", ("",))

    def group_generalisations(self) -> Iterator[_Hit]:
        """A group of people and a demeaning trait in one sentence ("immigrants are all lazy"), or in
        the next one when it starts by pointing back at them ("... the addicts in detox. They made their choice.")."""
        if not self.awake(self.built.trait_gate):
            return
        window = self.config.group_window
        spans = self.spans
        near: list[tuple[int, int]] = []
        for at in self.places(self.built.trait_gate.words & self.present if self.built.trait_gate.words else ()) or []:
            index = bisect.bisect_right(self._starts, at) - 1
            near.append((spans[max(0, index - 1)].start if index >= 0 else 0, at))
        if self.built.trait_gate.words is None or not near:
            near = None
        for match in self.run(self.built.groups, _merged(near) if near else None):
            _, s_end = self.sentence(match.start())
            start = match.end()
            trait = self.built.traits.search(self.text, start, min(s_end, start + window))
            pronoun = self.built.group_pronoun
            if trait is None and pronoun is not None and s_end < len(self.text):
                back = pronoun.match(self.text, s_end)
                if back is not None and not self.text[start:s_end].strip(" \t.!?,;:)\"'”’").count(" ") > 6:
                    start = back.end()
                    trait = self.built.traits.search(self.text, start, min(self.sentence(start)[1], start + 50))
            if trait is None:
                continue
            between = self.text[start : trait.start()]
            if between.strip() and not self.built.linkers.search(between + " " + trait.group()):
                continue  # "refugees fleeing violent conflict" describes, "refugees are violent" generalises
            if _GROUP_HEDGE.search(between):
                continue  # "elderly patients can become aggressive when delirious": clinical, not a generalisation
            if self.built.negation.search(between[-16:]) or self.criticised(match.start(), trait.end(), negation=False):
                continue  # "refugees are not violent"; "the myth that immigrants are lazy"
            if self.built.negation.search(
                self.text, max(self.sentence(match.start())[0], match.start() - 25), match.start()
            ):
                continue  # "not all immigrants are lazy"
            yield _Hit(match.start(), trait.end(), "discrimination", ())

    def sarcastic_frames(self) -> Iterator[_Hit]:
        """ "I just LOVE when a patient googles for five minutes and explains medicine to me 🙃": praise
        framing a person's doing, with a sign of sarcasm in the sentence or the two after it."""
        markers = self.built.sarcasm_markers
        if markers is None:
            return
        for gated in self.built.sarcasm:
            for match in self.run(gated):
                index = bisect.bisect_right(self._starts, match.start()) - 1
                s_start, s_end = self.sentence(match.start())
                if not self.targets_near(match.end(), match.end(), match.end(), s_end):
                    continue
                high = self.spans[min(len(self.spans) - 1, index + 2)].end if index >= 0 else len(self.text)
                if markers.search(self.text, s_start, high) is None or self.criticised(match.start(), match.end()):
                    continue
                yield _Hit(match.start(), match.end(), "contempt", ())

    def cure_claims(self) -> Iterator[_Hit]:
        """ "This tea cures diabetes": a cure verb and a condition, unhedged, not about a real treatment."""
        for match in self.run(self.built.cure_claim):
            s_start, s_end = self.sentence(match.start())
            before = self.text[s_start : match.start()]
            if self.built.hedges.search(before) or self.built.medical.search(before):
                continue
            verb = self.text[match.start("verb") : match.end("verb")]
            if " " not in verb and not verb.lower().endswith(("s", "d")) and self.built.aim.search(before[-40:]):
                continue  # a base-form verb after "to", "help", "hope": an aim, not a claim
            if self.criticised(match.start(), match.end()) or self.text[s_end - 1 : s_end] == "?":
                continue
            hedged = self.built.verbs.get(re.sub(r"\s+", " ", verb).lower())
            suggestions = (
                (_match_case(hedged, verb) + self.text[match.start("rest") : match.end("rest")],) if hedged else ()
            )
            yield _Hit(match.start(), match.end(), "health-claim", suggestions)

    def remedy_claims(self) -> Iterator[_Hit]:
        """ "Elderberry syrup prevents the flu": a supplement, diet, oil or device promised to cure,
        prevent or boost, unhedged, not asked, not debunked and not negated."""
        gated = self.built.remedy_claim
        if gated is None:
            return
        for match in self.run(gated):
            start, end = match.span("hit")
            s_start, s_end = self.sentence(start)
            before = self.text[s_start:start]
            if self.built.hedges.search(before) or self.built.medical.search(self.text, match.start(), start):
                continue
            if self.criticised(start, end) or self.text[s_end - 1 : s_end] == "?":
                continue
            if self.built.aim.search(before[-40:]):
                continue  # "studying whether turmeric prevents dementia" reads as an aim, not a promise
            yield _Hit(start, end, "health-claim", ())


def _first_tokens(phrases: Iterable[str]) -> frozenset[str]:
    """The lower-case first word of each phrase."""
    return frozenset(phrase.split()[0].lower() for phrase in phrases if phrase.split())


def _joined_abbreviations(text: str, sentences: list) -> list:
    """Sentences with those cut after a title or abbreviation ("Dr.", "St.", "Mrs.") joined to the next,
    so "go flood Dr. Khan's page" or "the nurses at St. Joseph's are butchers" stay one sentence."""
    joined: list = []
    for span in sentences:
        if joined and _ABBREVIATION_END.search(text[max(joined[-1].start, joined[-1].end - 12) : joined[-1].end]):
            joined[-1] = _Span(joined[-1].start, span.end)
        else:
            joined.append(_Span(span.start, span.end))
    return joined


class _Span(NamedTuple):
    start: int
    end: int


def _after_preposition(low: str, start: int) -> bool:
    """Whether the words at `start` follow a preposition ("at the nurses' station"), so are not a subject."""
    return bool(_PREPOSITION_BEFORE.search(low, max(0, start - 12), start))


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _self_directed(text: str, start: int) -> bool:
    """ "I'm such an idiot": calling oneself names is not an insult to anyone."""
    before = text[max(0, start - 30) : start].lower()
    return bool(_SELF.search(before))


_SELF = re.compile(
    r"\b(?:i['’]?m|i am|i was|i feel like|i felt like|call me|me|i\s+(?:really\s+)?(?:need|have|got|ought)\s+to"
    r"|i\s+(?:should|gotta|must)|i['’]ve\s+got\s+to|note\s+to\s+self:?)\s+(?:\w+\s+){0,3}$"
)


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
