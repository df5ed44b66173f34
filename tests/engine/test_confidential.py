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


# Many voices: staff passing on what is not public, each written for this test in its own words.
def raised_1(text: str) -> list:
    return [f for f in review(text, profile=STAFF, platform="facebook") if f.guideline == 1 and f.raises]


VOICES_POSITIVES = [
    (
        "a move heard from a director",
        "Not official yet, but our whole ortho department moves to the new building in March. "
        "Heard it from my director.",
    ),
    (
        "cuts from a manager",
        "Word from my manager: 40 RN positions are getting cut in the spring. Nobody's supposed to know.",
    ),
    ("revenue from a town hall", "Town hall today: they told us revenue is down $80M this quarter. Wild."),
    ("a unit budget", "Our unit's budget next year is $4.2M, down 12%. Internal numbers, so keep it between us."),
    ("bonuses from HR", "Heard from HR that bonuses are being cancelled this year. Not announced yet."),
    (
        "interim trial results",
        "Interim results from our trial look amazing, 70% remission. Can't share publicly until ASCO.",
    ),
    (
        "an acquisition seen on paper",
        "The acquisition of the Eau Claire hospital group is happening, I saw the paperwork. Announcement next month.",
    ),
    ("a leader stepping down", "Big rumor confirmed: our CNO is stepping down Friday. Staff don't know yet."),
    ("a backup login", "Epic goes down Saturday at 2am for the upgrade, and the backup login is still nurse123."),
    ("a broken door", "Our badge readers have been broken for a week, anyone can walk in the ED back door lol"),
    ("an entrance code", "FYI the staff entrance code is 4471 until they fix it."),
    ("contract rates seen", "Travel nurses here make $115/hr, I saw the contract rates on my manager's desk."),
    ("a census order", "Census hit 112% last night and admin told the charge nurses to stop reporting it."),
    (
        "a clinic closing",
        "Leadership is planning to close the Cannon Falls clinic, our managers found out this morning.",
    ),
    ("a VP's e-mail", "The email from our VP said layoffs will hit the lab first. Please don't screenshot."),
    ("a loss from a huddle", "Per today's huddle, the hospital lost $3M on traveling nurses last quarter."),
    ("a merger marked confidential", "Confidential but so exciting: we're merging with a health system in Wisconsin!"),
    (
        "preliminary data",
        "Our new cancer drug study got the preliminary data back and it's working. Paper isn't out yet 🤫",
    ),
    (
        "vendor and downtime",
        "They're replacing our pharmacy system with a new vendor next month, 3 days of downtime. Not public.",
    ),
    (
        "a pay freeze from a meeting",
        "Pay freeze for all non-union staff next year, from the leadership meeting I just left.",
    ),
    ("a raise pool", "Update from the directors' meeting: our department's raise pool is only 1.5% this year."),
    ("a wifi password", "The Wi-Fi password for the staff network is MayoRN2024!, share it with the new grads."),
    ("a salary from a board packet", "Salary of our new chief: $1.9M. Saw it in the internal board packet. Insane."),
    ("a cyber attack hushed", "Ransomware hit our lab system last week and leadership told us not to tell patients."),
    (
        "a cancelled project",
        "My director said the new surgery center is getting cancelled because of budget cuts. Keep this quiet.",
    ),
    ("a leaked reorg", "Someone leaked the org chart for the reorg: 3 managers are losing their units in July."),
    ("Spanish, not announced", "No se ha anunciado todavía, pero van a cerrar la clínica de Austin en junio."),
    ("a leaked score", "Leaked memo: our patient satisfaction scores dropped to the 12th percentile. Yikes."),
    (
        "buried in a long post",
        "Change is hard, and leading through it is harder. I've spent twenty years in health care and I've learned "
        "that people can handle bad news; what they can't handle is silence. Internally we've been told the system "
        "will cut 200 admin roles by Q3. I hope we handle it with the honesty our teams deserve.",
    ),
    ("a hush-hush pilot", "They're piloting AI charting on 3 units next month, it's still hush-hush so don't repost."),
]

# A second batch, written after the first round of changes.
VOICES_POSITIVES += [
    (
        "a closure HR told managers",
        "HR just told managers the Albert Lea ED is closing next summer. They haven't told staff yet.",
    ),
    ("numbers in a leadership deck", "Q3 numbers in the leadership deck: we're $14M under plan. Expect cuts."),
    ("a dispensing cabinet code", "FYI the Pyxis override code on 6 is still 2468, somebody please change it"),
    ("an offer letter seen", "Saw our new CEO's offer letter on the printer. $2.4M base. Not announced yet obviously."),
]


@pytest.mark.parametrize(("kind", "text"), VOICES_POSITIVES, ids=[p[0] for p in VOICES_POSITIVES])
def test_internal_information_in_many_voices_is_raised(kind, text):
    assert raised_1(text), kind


VOICES_NEGATIVES = [
    (
        "an announced investment",
        "Mayo Clinic just announced a $5 billion investment in Rochester, read the press release.",
    ),
    ("a personal budget tip", "Budget tip for new grads: save 20% of every paycheck."),
    ("a fun meeting", "Our department meeting was so fun today, we did a gratitude circle."),
    ("praise from a manager", "My manager told us we did great on the Joint Commission visit! Proud of this team."),
    ("published results", "Our study was just published in NEJM: 40% fewer readmissions. Link below."),
    ("a surprise party", "Keep it between us, but I'm planning a surprise party for my charge nurse 🎉"),
    ("layoffs elsewhere", "Layoffs in tech are brutal, grateful to work in health care."),
    ("an annual report", "The hospital's annual report shows $17B in revenue, wild to think about."),
    ("password advice", "Password tip: use a passphrase and never write it on a sticky note."),
    (
        "announced hiring",
        "We're hiring! 50 new nursing positions in our new tower, opening this fall (announced last week).",
    ),
    ("a retirement party", "My director retired after 30 years, the farewell party was lovely."),
    ("an inspiring town hall", "Town hall today was inspiring. So proud of our mission."),
]


VOICES_NEGATIVES += [
    ("a personal budget", "The budget for my kitchen remodel is $40K and my husband is already crying."),
    ("a town hall about kindness", "Loved the town hall today, our CEO talked about kindness for 20 minutes."),
]


@pytest.mark.parametrize(("why", "text"), VOICES_NEGATIVES, ids=[n[0] for n in VOICES_NEGATIVES])
def test_harmless_business_in_many_voices_is_not_raised(why, text):
    assert raised_1(text) == [], (why, [(f.rule, f.excerpt) for f in raised_1(text)])
