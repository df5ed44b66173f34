"""What a draft says about the author's tie to the employer: the analysis guidelines 2, 3, 4 and 9 share.

Questions answered here, once per draft, in code-point spans of the original text:

- `connection_apparent(doc)`: can readers tell the author works or studies at the employer (the profile
  shows it, a profile handle carries the employer's name, or the draft says so: "<employer> nurse",
  "N years at <employer>", "my lab at <employer>", "our hospital" beside an employer name, an employer
  hashtag about the author's own work)?
- `workplace_signal(doc)`: where the draft itself says the author works or studies there.
- `role_signal(doc)`: where the draft says the author's role ("as a nurse", "I'm a resident", the title).
- `discloses_connection_and_role(doc)`: both of the above, which is what guideline 4 asks for.
- `opinion_sentences(doc)`: sentences that give a view on health, medicine, health care, the profession
  or the employer (an evaluative claim, a recommendation or advocacy), not light sentiment or plain facts
  (`[voice].not_opinions` vetoes cues inside "my patients are the best", "Happy Nurses Week", ...).
  Two kinds of evidence: opinion cues ("I think", "should", "why are we still ...?"), which make an
  opinion when a topic is in their sentence or near it, and judgements (a word of appraisal: "broken",
  "outdated", "way too slow", "un desastre"), which make one only about a topic in their own sentence,
  or about the sentence next to them when they stand as a short fragment ("Disgusting.", "Bold strategy.").
- `speaks_for_employer(doc)`: "We at <employer> believe", "<employer>'s position is", ...
- `find_disclaimer(doc)` / `disclaimer_in(text, policy)`: a "views are my own" line in any close
  wording, English or Spanish ("Views mine.", "Toots are my own", "Las opiniones son mías"), and not
  look-alikes ("RTs ≠ endorsements", "not medical advice", a role disclosure).
- `employer_topics(doc)`: the places where the draft talks about the employer (a name in prose, a
  hashtag, or a tag of its official account; not a bare link, not someone else's handle), which
  guideline 4 needs.

The words and patterns are data in the pack: the `[voice]` table holds the disclaimer, opinion, topic
and speaking-for lists, the `[disclosure]` table the workplace, role and own-work lists. Patterns may use
`{employer}` (any way of naming the employer; the draft is matched with each name replaced by a
placeholder, so false friends such as the condiment never count), `{role}` (a job noun from
`[disclosure].roles`) and `{org}` (`{employer}` or a phrase from `[voice].employer_refs`, "my employer").
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from composer.review.model import Profile
from composer.review.policy import Policy
from composer.review.scanner import Scanner, Source, trie_pattern
from composer.review.text import Document, Mention, Span, compiled, phrase_regex

MARK = "\ue000"  # stands in for every employer mention in the matched text
# Possessive, and only from the start of a run of placeholders, so patterns never backtrack into it.
# A "the" (or "la") just before a name is masked with it ("at the Mayo Clinic"); a possessive "'s" is not.
_EMPLOYER = r"(?<!\ue000)\ue000++(?:['’]s\b)?"


@dataclass(frozen=True)
class Affiliation:
    """Everything the draft shows about the author and the employer (see the module docstring)."""

    connection_apparent: bool
    connection_reason: str  # "profile", "handle", "draft" or "" (which made the connection apparent)
    workplace: Span | None
    role: Span | None
    disclaimer: Span | None
    opinions: tuple[Span, ...]
    speaks_for: tuple[Span, ...]
    topics: tuple[Mention, ...]

    @property
    def discloses_connection_and_role(self) -> bool:
        return self.workplace is not None and self.role is not None


def analyse(doc: Document) -> Affiliation:
    """The whole analysis for a draft, computed once per Document and shared by every detector."""
    cached = _CACHE.get(doc)
    if cached is None:
        cached = _analyse(doc)
        _CACHE[doc] = cached
    return cached


def connection_apparent(doc: Document) -> bool:
    """True when readers can tell the author works or studies at the employer (guideline 2's condition)."""
    return analyse(doc).connection_apparent


def workplace_signal(doc: Document) -> Span | None:
    """Where the draft says the author works or studies at the employer ("I'm a nurse at Mayo Clinic")."""
    return analyse(doc).workplace


def role_signal(doc: Document) -> Span | None:
    """Where the draft states the author's role ("as a nurse", "I'm a resident", the profile's title)."""
    return analyse(doc).role


def discloses_connection_and_role(doc: Document) -> bool:
    """Guideline 4's disclosure: the draft says both that the author works there and in what role."""
    return analyse(doc).discloses_connection_and_role


def opinion_sentences(doc: Document) -> tuple[Span, ...]:
    """Sentences giving a view on health, medicine, health care, the profession or the employer
    (outside a disclaimer), whether or not the connection shows."""
    found = analyse(doc)
    return _opinion_spans(doc, _masked(doc), found.disclaimer)


def speaks_for_employer(doc: Document) -> tuple[Span, ...]:
    """Phrases where the author speaks as the employer ("We at Mayo Clinic believe")."""
    return analyse(doc).speaks_for


def find_disclaimer(doc: Document) -> Span | None:
    """The draft's "views are my own" line, in any close wording, or None."""
    return analyse(doc).disclaimer


def employer_topics(doc: Document) -> tuple[Mention, ...]:
    """Mentions that make the draft talk about the employer (what guideline 4 needs a disclosure for)."""
    return analyse(doc).topics


def disclaimer_in(text: str, policy: Policy) -> Span | None:
    """`find_disclaimer` for bare text (used by the one-click fix so it never adds a second one)."""
    doc = Document(text, profile=Profile(), platform=next(iter(policy.platforms)), policy=policy)
    return _first(doc, _scan(doc)["disclaimers"])


# --- the analysis ------------------------------------------------------------------------------

_CACHE: weakref.WeakKeyDictionary[Document, Affiliation] = weakref.WeakKeyDictionary()


class _Patterns:
    """The pack's patterns for this analysis. Each scanner is built the first time a draft needs it (the
    opinion and topic scanners only once a draft shows the connection without a disclaimer), and builds
    its patterns as their words first occur, so the first review of a session does not wait for them."""

    def __init__(self, policy: Policy) -> None:
        voice = policy.sections["voice"].config
        hashtags = policy.sections["disclosure"].config.own_work_hashtags
        self._groups = pattern_groups(policy)
        self.topic_window: int = voice.topic_window
        self.topic_reach: int = voice.topic_reach
        self.fragment_words: int = voice.fragment_words
        self.pointer_sentence_words: int = voice.pointer_sentence_words
        self._pointers = voice.pointers
        self._hashtags = hashtags

    @cached_property
    def scanner(self) -> Scanner:
        """What the draft says about the author: disclaimers, workplace, role, speaking for."""
        return Scanner({k: v for k, v in self._groups.items() if k not in _OPINION_GROUPS + _TOPIC_GROUPS})

    @cached_property
    def opinion_scanner(self) -> Scanner:
        """Opinion cues and light-sentiment vetoes, read only where guideline 2 needs them."""
        groups = {k: self._groups[k] for k in _OPINION_GROUPS}
        return Scanner(groups, any_match=("opinion", "judgement"), trigger_chars=_JOINED_TRIGGER_CHARS)

    @cached_property
    def topic_scanner(self) -> Scanner:
        """Health, work and employer topics, read only around sentences with a cue."""
        groups = {k: self._groups[k] for k in _TOPIC_GROUPS}
        return Scanner(groups, any_match=("topic",), trigger_chars=_JOINED_TRIGGER_CHARS)

    @cached_property
    def pointer(self) -> re.Pattern[str]:
        return _joined(self._pointers)

    @cached_property
    def own_work_hashtag(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p.pattern})" for p in self._hashtags) or r"(?!x)x", re.IGNORECASE)


_OPINION_GROUPS = ("opinion", "judgement", "not_opinion")
# Opinion and topic patterns sharing a trigger key are tried as one alternation, so a shorter key (a trigger
# half the size, built in half the time) costs little more per draft.
_JOINED_TRIGGER_CHARS = 6
_TOPIC_GROUPS = ("topic", "not_topic")


def _patterns(policy: Policy) -> _Patterns:
    return compiled(policy, "affiliation", lambda: _Patterns(policy))


def pattern_groups(policy: Policy) -> dict[str, list[Source]]:
    """The pack's lists as patterns (not compiled yet), placeholders filled in, by what they detect."""
    voice = policy.sections["voice"].config
    disclosure = policy.sections["disclosure"].config
    role = _alternation(disclosure.roles, suffix=r"(?:e?s)?\b")
    org = "(?:" + _alternation(voice.employer_refs) + "|" + _EMPLOYER + ")"
    values = {"{employer}": _EMPLOYER, "{role}": role, "{org}": org}

    def expand(source: str) -> Source:
        for key, value in values.items():
            source = source.replace(re.escape(key), value).replace(key, value)
        return Source(source, re.IGNORECASE)

    def each(patterns: Iterable[re.Pattern[str]]) -> list[Source]:
        return [expand(p.pattern) for p in patterns]

    def phrases(items: Iterable[str]) -> list[Source]:
        # One pattern per phrase (the scanner anchors each on its own words). A phrase may end on
        # an employer placeholder, which is not a word character (_END).
        # A hashtag phrase ("#nurselife") starts on "#", where "\b" never holds.
        sources = []
        for item in items:
            hashtag = item.lstrip("/")[:1] == "#"
            source = expand(phrase_regex((item,), prefix=_START[hashtag], suffix=_END))
            anchors = literal_anchors(item)
            sources.append(source._replace(anchors=("start", anchors, not hashtag)) if anchors else source)
        return sources

    return {
        "disclaimers": each(voice.disclaimers),
        "speaks_for": each(voice.speaks_for),
        "speaks_for_connected": each(voice.speaks_for_when_connected),
        "workplace": each(disclosure.workplace),
        "workplace_when_named": each(disclosure.workplace_when_named),
        "role_cues": each(disclosure.role_cues),
        "opinion": phrases(voice.opinion_cues),
        "judgement": phrases(voice.judgements),
        "not_opinion": each(voice.not_opinions),
        "topic": [*phrases(voice.topics), Source(MARK, 0)],
        "not_topic": each(voice.not_topics),
        "own_work": phrases(disclosure.own_work),
        "public_content": phrases(disclosure.public_content),
    }


def literal_anchors(phrase: str) -> frozenset[str] | None:
    """The anchors of a phrase written out literally, without reading its pattern: the phrase itself,
    lower-cased, with either apostrophe. None for a /regex/, a placeholder or a character whose pattern
    is not a plain literal (the scanner then reads the pattern; a test checks both agree on the pack)."""
    if phrase != phrase.strip() or len(phrase) < 2 or _is_regex(phrase):
        return None
    if not all((c.isalnum() or c in _LITERAL_MARKS) and len(c.lower()) == 1 for c in phrase):
        return None
    spellings = [""]
    for char in phrase:
        choices = ("'", "’") if char in "'’" else (char.lower(),)
        spellings = [s + c for s in spellings for c in choices]
        if len(spellings) > 256:
            return None
    return frozenset(spellings)


_LITERAL_MARKS = frozenset(" '’-.,!?&#/:;\"_")
_START = {False: r"\b", True: r"(?<![\w#])"}
# A phrase ends at a word boundary, after the employer placeholder, or on punctuation it spells out itself
# ("...?", "now!"), where "\b" could never hold.
_END = r"(?:\b|(?<=\ue000)|(?<=[^\w\s]))"


def _alternation(phrases: Iterable[str], *, suffix: str = r"\b") -> str:
    """A group matching any phrase: plain phrases as a trie (fast), /regex/ entries as they are."""
    plain = sorted({p.strip().lower() for p in phrases if not _is_regex(p)})
    regexes = [p[1:-1] for p in phrases if _is_regex(p)]
    parts = [trie_pattern(plain, {" ": r"\s+", "'": "['’]", "’": "['’]"})] if plain else []
    parts += [f"(?:{r})" for r in regexes]
    return r"\b(?:" + "|".join(parts or [r"(?!x)x"]) + ")" + suffix


def _is_regex(phrase: str) -> bool:
    return len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/")


def _masked(doc: Document) -> str:
    """The draft with each employer mention replaced by placeholders of the same length."""
    text = doc.text
    mentions = [m for m in doc.mentions if _means_employer(m)]
    if not mentions:
        return text
    parts = []
    last = 0
    for mention in mentions:
        if mention.start < last:
            continue
        start = mention.start
        article = _THE.search(text, max(last, start - 4), start) if mention.kind == "name" else None
        if article:
            start = article.start()
        end = mention.end - 2 if mention.text[-2:] in ("'s", "’s") else mention.end  # "Mayo's" keeps its "'s"
        parts.append(text[last:start])
        parts.append(MARK * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


_THE = re.compile(r"(?<!\w)(?:[Tt]he|[Ll]a) $")


def _means_employer(mention: Mention) -> bool:
    """Names, hashtags and the official accounts and sites stand for the employer; other handles don't."""
    return mention.kind in ("name", "hashtag") or mention.official


def _analyse(doc: Document) -> Affiliation:
    patterns = _patterns(doc.policy)
    masked = _masked(doc)
    found = _scan(doc, patterns.scanner, masked)
    disclaimer = _first(doc, found["disclaimers"])
    workplace = _first(doc, found["workplace"])
    if workplace is None and any(_means_employer(m) for m in doc.mentions):
        # "I work there", "where I work": the workplace is the employer the draft names elsewhere
        workplace = _first(doc, found["workplace_when_named"])
    role = _first(doc, found["role_cues"]) or _title_in(doc)
    own_work = bool(found["own_work"]) or _own_work_hashtag(doc, patterns.own_work_hashtag)
    # A tag of the official account on its public content ("loved the @MayoClinic podcast") is reading
    # the employer, not writing about it; about the author's own work it is.
    public = bool(found["public_content"])

    reason = ""
    if doc.profile.employer_visible:
        reason = "profile"
    elif workplace is not None or (own_work and any(m.kind == "hashtag" for m in doc.mentions)):
        reason = "draft"
    elif any(doc.employer.contains_name(handle) for handle in doc.profile.handles):
        reason = "handle"
    apparent = bool(reason)

    speaking = found["speaks_for"] + (found["speaks_for_connected"] if apparent else [])
    speaks = _outside(sorted({_span(doc, m) for m in speaking}, key=lambda s: (s.start, s.end)), disclaimer)
    # Opinions matter only where the connection shows and no disclaimer covers them (guideline 2).
    # Guideline 2 underlines the first one, so reading stops there.
    opinions = _opinion_spans(doc, masked, disclaimer, first_only=True) if apparent and disclaimer is None else ()
    topics = tuple(
        m
        for m in doc.mentions
        if (m.kind in ("name", "hashtag") or (m.official and m.kind == "handle" and (own_work or not public)))
        and not _inside(m.start, disclaimer)
    )
    return Affiliation(
        connection_apparent=apparent,
        connection_reason=reason,
        workplace=workplace,
        role=role,
        disclaimer=disclaimer,
        opinions=opinions,
        speaks_for=tuple(speaks),
        topics=topics,
    )


def _joined(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!x)x", re.IGNORECASE)


_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")


def _own_work_hashtag(doc: Document, pattern: re.Pattern[str]) -> bool:
    """A hashtag about the author's own work ("#nurselife", "#neuroICU"); only hashtags are read, which a
    quick search for "#" finds, so words inside them never cost a scan of the whole draft."""
    return any(pattern.search(tag.group(1)) for tag in _HASHTAG.finditer(doc.text))


def _scan(doc: Document, scanner: Scanner | None = None, masked: str | None = None) -> dict[str, list[re.Match[str]]]:
    sentences = [(s.start, s.end) for s in doc.sentences]
    scanner = scanner or _patterns(doc.policy).scanner
    return scanner.scan(_masked(doc) if masked is None else masked, sentences)


_FIRST_CHUNK = 600  # characters of sentences read at once, doubled each time (linear on long drafts)


def _opinion_spans(
    doc: Document, masked: str, disclaimer: Span | None, *, first_only: bool = False
) -> tuple[Span, ...]:
    """Opinion sentences, read a stretch of sentences at a time, so that asking for the first one stops
    reading the draft where it is found. Topics are looked for only around sentences holding a cue."""
    patterns = _patterns(doc.policy)
    sentences = doc.sentences
    spans = [(s.start, s.end) for s in sentences]
    window, reach = patterns.topic_window, patterns.topic_reach
    found: list[Span] = []
    first, size = 0, _FIRST_CHUNK
    while first < len(sentences) and not (first_only and found):
        last = first + 1
        while last < len(sentences) and sentences[last].end - sentences[first].start <= size:
            last += 1
        hits = patterns.opinion_scanner.scan(masked, spans, region=(spans[first][0], spans[last - 1][1]))
        vetoes = hits["not_opinion"]
        cues = [c for c in _outside_matches(hits["opinion"], vetoes) if not _inside(c.start(), disclaimer)]
        judged = [c for c in _outside_matches(hits["judgement"], vetoes) if not _inside(c.start(), disclaimer)]
        places = sorted(m.start() for m in (*cues, *judged))
        if places:
            low = max(0, _sentence_index(spans, places[0]) - window)
            high = min(len(sentences), _sentence_index(spans, places[-1]) + window + 1)
            begin = min(spans[low][0], max(0, spans[_sentence_index(spans, places[0])][0] - reach))
            end = max(spans[high - 1][1], min(len(masked), spans[_sentence_index(spans, places[-1])][1] + reach))
            seen = patterns.topic_scanner.scan(masked, spans, region=(begin, end))
            topics = _outside_matches(seen["topic"], seen["not_topic"])
            found.extend(_opinions(doc, window, reach, cues, topics, disclaimer, judged, patterns))
        first, size = last, size * 2
    return tuple(found)


def _outside_matches(cues: list[re.Match[str]], vetoes: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches not inside a veto: cues that are not light sentiment ("my patients are the best"), topics
    that are not a personal thing described by a work word ("night shift snacks")."""
    if not vetoes:
        return cues
    return [c for c in cues if not any(v.start() <= c.start() < v.end() for v in vetoes)]


def _span(doc: Document, match: re.Match[str]) -> Span:
    return Span(match.start(), match.end(), doc.text[match.start() : match.end()])


def _first(doc: Document, matches: list[re.Match[str]]) -> Span | None:
    return _span(doc, matches[0]) if matches else None


def _inside(offset: int, span: Span | None) -> bool:
    return span is not None and span.start <= offset < span.end


def _outside(spans: list[Span], disclaimer: Span | None) -> list[Span]:
    return [s for s in spans if not _inside(s.start, disclaimer)]


def _title_in(doc: Document) -> Span | None:
    """The profile's own job title written in the draft ("a unit clerk") states the role too."""
    title = doc.profile.title.strip()
    if len(title) < 3:
        return None
    pattern = re.compile(r"\b" + re.escape(title).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
    match = pattern.search(doc.text)
    return Span(match.start(), match.end(), match.group()) if match else None


def _sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_left(spans, (offset + 1,)) - 1)


def _opinions(
    doc: Document,
    window: int,
    reach: int,
    cues: list[re.Match[str]],
    topics: list[re.Match[str]],
    disclaimer: Span | None,
    judged: Sequence[re.Match[str]] = (),
    patterns: _Patterns | None = None,
) -> tuple[Span, ...]:
    """Sentences with an opinion cue that are about health, work or the employer: a topic in the sentence,
    in one of its `window` neighbours, or within `reach` characters of it in the same paragraph (a short
    post is about one thing: "Medicaid cuts ... the ER. I see it every week. Call your representatives.").
    A judgement word needs the topic in its own sentence ("the new EHR is outdated"), unless its sentence
    leans on the one before or after: a fragment ("Pharma raised insulin prices again. Disgusting.") or a
    short sentence pointing back ("... Cutting it would be cruel."). "Long shift in the ICU. The traffic
    home was awful." judges the traffic."""
    sentences = doc.sentences
    if not sentences or not (cues or judged):
        return ()
    starts = [s.start for s in sentences]

    def index_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    places = sorted(m.start() for m in topics if not _inside(m.start(), disclaimer))
    if not places:
        return ()
    topical = {index_of(p) for p in places}

    def within_reach(sentence: Span) -> bool:
        low = bisect.bisect_left(places, sentence.start - reach)
        high = bisect.bisect_right(places, sentence.end + reach)
        nearby = places[low:high]
        return any(not _PARAGRAPH_BREAK.search(doc.text, min(p, sentence.start), max(p, sentence.end)) for p in nearby)

    def leans_on_neighbours(index: int) -> bool:
        if patterns is None:
            return False
        count = len(_WORDS.findall(sentences[index].text))
        if count <= patterns.fragment_words:
            return True
        return count <= patterns.pointer_sentence_words and bool(patterns.pointer.search(sentences[index].text))

    found: dict[int, Span] = {}
    for match in cues:
        index = index_of(match.start())
        if index in found:
            continue
        if any(i in topical for i in range(index - window, index + window + 1)) or (
            reach and within_reach(sentences[index])
        ):
            found[index] = sentences[index]
    for match in judged:
        index = index_of(match.start())
        if index in found:
            continue
        if index in topical or (leans_on_neighbours(index) and (index - 1 in topical or index + 1 in topical)):
            found[index] = sentences[index]
    return tuple(found[i] for i in sorted(found))


_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
