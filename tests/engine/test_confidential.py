"""Guideline 1, confidential employer information: what is not public yet, internal figures and memos,
security details. News the employer already announced or published is not raised."""

from __future__ import annotations

import pytest

from composer.review import Profile, review

STAFF = Profile(roles=frozenset({"other"}), employer_visible=True)


def confidential_findings(text: str):
    return [f for f in review(text, profile=STAFF, platform="linkedin") if f.rule.startswith("confidential.")]


# (kind, draft, the rule it must raise, words the finding must cover)
POSITIVES = [
    (
        "closure, marked",
        "Between us, the board approved closing the Albert Lea birthing center next year.",
        "confidential.organisation",
        "the board approved closing the Albert Lea birthing center",
    ),
    (
        "hiring freeze from a meeting",
        "Leaked from today's leadership meeting: a hiring freeze starts Monday. Not public yet!",
        "confidential.organisation",
        "hiring freeze",
    ),
    (
        "embargoed results",
        "Preliminary results from our phase 2 trial show a 60% response rate. Embargoed until the conference, so shh!",
        "confidential.research",
        "60% response rate",
    ),
    (
        "memo about a merger",
        "Internal memo says the merger with the county hospital closes in June. Don't share this.",
        "confidential.organisation",
        "merger with the county hospital",
    ),
    (
        "internal budget figure",
        "Our internal budget shows a $12M deficit for surgery next year.",
        "confidential.internal-figures",
        "$12M deficit",
    ),
    (
        "project delay",
        "Can't say this officially yet but the new tower's go-live is delayed to 2027. Not announced yet.",
        "confidential.project",
        "go-live is delayed",
    ),
    (
        "positions cut, marked",
        "Don't share this yet: they're eliminating 25 nursing positions on the surgical floor next month.",
        "confidential.organisation",
        "eliminating 25 nursing positions",
    ),
    ("door code", "The unit door code is 1234 for anyone who forgot.", "confidential.security", "1234"),
    (
        "password",
        "Wifi password for the staff lounge is 'Nurses4ever', enjoy",
        "confidential.security",
        "'Nurses4ever'",
    ),
    ("keypad combination", "Supply room code changes Friday to 5521#, heads up", "confidential.security", "5521#"),
]


@pytest.mark.parametrize(("kind", "text", "rule", "words"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_confidential_information_is_raised(kind, text, rule, words):
    findings = confidential_findings(text)
    assert findings, f"{kind}: nothing found"
    finding = next((f for f in findings if f.rule == rule), None)
    assert finding is not None, [f.rule for f in findings]
    assert finding.severity == "error" and finding.guideline == 1
    assert words in finding.excerpt
    assert "guideline 1" in finding.message
    assert finding.suggestions


NEGATIVES = [
    ("public announcement", "Mayo Clinic announced today it will build a new cancer center in Arizona."),
    ("published paper", "Our paper on sepsis bundles was published in JAMA today! So proud of the team."),
    ("ranking", "Proud that we were ranked #1 again by U.S. News."),
    ("public head count", "Mayo Clinic employs more than 76,000 people and I'm one of them."),
    ("a meeting with no contents", "3 hours into the budget meeting and my coffee is gone."),
    ("a secret with no employer business", "Don't tell anyone, but I ate the last donut in the break room."),
    (
        "published results",
        "The phase 3 results were published today: a 30% drop in readmissions. Read it on the newsroom.",
    ),
    ("password advice", "Reminder: never share your password with anyone, not even IT."),
]


@pytest.mark.parametrize(("why", "text"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_public_or_harmless_information_is_not_raised(why, text):
    assert confidential_findings(text) == [], why


# More ways staff pass on what they heard inside, each written for this test.
FAMILY_POSITIVES = [
    ("a figure from a staff meeting", "Our unit meeting slides today: merit raises capped at 2.1% for FY27. Yikes."),
    ("a director's slip", "My manager let it slip that they're cutting 30 positions in radiology this spring."),
    ("nothing announced yet", "Nothing's been announced, but our rehab unit closes in August. Start looking, friends."),
    ("a marked deck", "The slide deck says INTERNAL ONLY but the new parking tower renderings are gorgeous."),
    (
        "a quoted all-staff e-mail",
        "From the all-staff IT email: do not discuss the EHR cutover; downtime starts March 3 at 2am.",
    ),
    (
        "an internal-only memo",
        "Internal-only memo to unit leaders: the vendor contract ends in June and nobody has a plan.",
    ),
    ("leaders only", "Leaders only for now, but the float pool budget is down $1.2M next year."),
]


@pytest.mark.parametrize(("kind", "text"), FAMILY_POSITIVES, ids=[p[0] for p in FAMILY_POSITIVES])
def test_internal_information_in_other_words_is_raised(kind, text):
    findings = confidential_findings(text)
    assert findings, kind
    assert all(f.guideline == 1 and f.severity == "error" for f in findings)


FAMILY_NEGATIVES = [
    ("a meeting named, nothing shared", "Leadership meeting ran long again, but the pizza was good."),
    ("a memo about nothing secret", "The memo about the new parking stickers made me laugh out loud."),
    ("a staff meeting with no figures", "Our staff meeting today was all about celebrating Nurses Week. Cake!"),
    ("an announced closure", "Mayo Clinic announced today that the Kasson clinic will move to a new building in 2026."),
    (
        "a public budget",
        "The state budget for nursing education went up 4% this year, per the governor's press release.",
    ),
    ("a personal secret", "Let it slip to my kids that we're going camping this weekend. No sleep tonight."),
]


@pytest.mark.parametrize(("why", "text"), FAMILY_NEGATIVES, ids=[n[0] for n in FAMILY_NEGATIVES])
def test_harmless_mentions_of_internal_things_are_not_raised(why, text):
    assert confidential_findings(text) == [], (why, [(f.rule, f.excerpt) for f in confidential_findings(text)])
