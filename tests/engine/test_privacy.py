"""Guideline 1, patient privacy: every Safe Harbor identifier about a patient is found at its exact words,
and context decides (a hotel room, a colleague, the author's own surgery are not a patient's).

The sentences are written for these tests, apart from the labelled corpus, in varied wording.
"""

from __future__ import annotations

import pytest

from composer.review import Profile, review
from composer.review.fixes import suggestion_edit

NURSE = Profile(roles=frozenset({"patient-care"}), title="Registered Nurse")


def privacy_findings(text: str, profile: Profile = NURSE):
    return [f for f in review(text, profile=profile, platform="facebook") if f.rule.startswith("privacy.")]


def raised_1(text: str, profile: Profile = NURSE) -> bool:
    return any(f.guideline == 1 and f.raises for f in review(text, profile=profile, platform="facebook"))


# (identifier type, draft, the exact words the finding must cover)
POSITIVES = [
    ("name: title and surname", "Mrs. Lindqvist finally ate a full tray after her hip surgery.", "Mrs. Lindqvist"),
    ("name: title and initial", "Mr. K. pulled his NG tube out again overnight, third time this week.", "Mr. K."),
    ("name: after my patient", "My patient Harold cried when his grandkids visited the ICU.", "Harold"),
    ("name: first name and initial", "Shoutout to my patient Ana R. who walked the whole hallway!", "Ana R."),
    ("name: cheered after a story", "My patient rang the chemo bell this afternoon. Way to go, Denise!", "Denise"),
    ("name: in a bed", "Gloria in bed 4 taught the whole night shift to play euchre.", "Gloria"),
    ("name: initial with a possessive", "Mr. B’s chemo got moved to Friday and he took it like a champ.", "Mr. B"),
    ("room number", "My patient in bed 7 coded twice tonight.", "bed 7"),
    ("chair number", "The lady in chair 4 at infusion keeps knitting us hats between chemo rounds.", "chair 4"),
    ("bay number", "Whoever was in bay 12 this morning, your family left a bag of meds at triage.", "bay 12"),
    ("room with letter", "Rm 5B keeps hitting the call light for ice chips, love her.", "Rm 5B"),
    ("town", "Discharged my sweet patient, a retired dairy farmer from Pine Island, today.", "Pine Island"),
    ("street address", "My patient lives at 412 Elm Street and can't get a ride to dialysis.", "412 Elm Street"),
    ("ZIP code", "Transport took my patient home to Stewartville, MN 55976 after discharge.", "MN 55976"),
    ("surgery date", "My patient had her Whipple on March 12 and went home today!", "on March 12"),
    ("date of birth", "Pt DOB 7/4/1941 came in confused and combative.", "DOB 7/4/1941"),
    (
        "death date",
        "The gentleman in room 9 passed away on Christmas Eve with his wife beside him.",
        "on Christmas Eve",
    ),
    ("admission weekday", "The patient we admitted Thursday with pancreatitis is finally eating.", "Thursday"),
    ("age over 89", "My 97-year-old patient still does the crossword in pen.", "97-year-old"),
    ("age over 89, turned", "Our patient turned 101 on the unit and asked for a beer.", "turned 101"),
    ("phone", "My patient's wife asked me to share her cell, 507-555-0188, for anyone from church.", "507-555-0188"),
    ("e-mail", "My patient's son wants cards sent to sam.lee@example.com before her surgery.", "sam.lee@example.com"),
    ("social security number", "Found a patient's SSN 123-45-6789 face up on the printer tray.", "SSN 123-45-6789"),
    ("medical record number", "Patient MRN: 12345678 was admitted overnight with chest pain.", "MRN: 12345678"),
    (
        "health plan number",
        "The patient's member ID A12345678 keeps getting rejected by billing.",
        "member ID A12345678",
    ),
    ("account number", "Pt account #88120455 was billed twice for the same CT.", "account #88120455"),
    (
        "licence number",
        "My patient's driver's license number D1234567 was in her coat.",
        "driver's license number D1234567",
    ),
    (
        "vehicle plate",
        "The patient who rolled his truck had plate number XYZ 789, cops came by.",
        "plate number XYZ 789",
    ),
    (
        "device serial",
        "My patient's pacemaker serial number PX44781 popped up on the interrogation.",
        "serial number PX44781",
    ),
    (
        "fundraiser link",
        "Please donate for my patient's rehab: gofundme.com/f/help-maria-walk",
        "gofundme.com/f/help-maria-walk",
    ),
    (
        "biometric",
        "My patient has a huge eagle tattoo on his chest, you'd know him anywhere.",
        "huge eagle tattoo on his chest",
    ),
    ("photo of a patient", "Posting this photo of us because my patient insisted 😊", "this photo of us"),
    (
        "screen in a photo",
        "Snapped a pic of the Epic screen so you can see my patient's crazy potassium.",
        "Epic screen",
    ),
    (
        "whiteboard in a video",
        "Night shift vlog! You can see our census board behind me, names blurred.",
        "census board",
    ),
    ("x-ray shown", "Check out this x-ray from my patient who swallowed a spoon today 😳", "x-ray"),
    ("public figure", "Guess which famous country singer was in our ED last night 👀", "famous country singer"),
]


@pytest.mark.parametrize(("kind", "text", "words"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_identifier_about_a_patient_is_found_at_its_words(kind, text, words):
    findings = privacy_findings(text)
    assert findings, f"{kind}: nothing found in {text!r}"
    assert all(f.severity == "error" and f.guideline == 1 for f in findings)
    assert words in [f.excerpt for f in findings], [f.excerpt for f in findings]
    finding = next(f for f in findings if f.excerpt == words)
    assert "guideline 1" in finding.message
    assert finding.suggestions, "every identifier comes with a way to remove or generalise it"


# (why it is not a patient's information, draft)
NEGATIVES = [
    ("a favourite number", "Bed 7 is my favourite number, don't ask why."),
    ("a hotel room", "Our hotel room 1204 had the best view of the lake."),
    ("a conference room", "Conference room 2B's projector is broken again, bring a laptop."),
    ("room for dessert", "After a long shift I still saved room for dessert."),
    ("a nurse's own phone on a job post", "We're hiring ICU nurses! Call me at 507-555-0100 to apply."),
    ("a colleague's name", "Huge thanks to my preceptor Dana for teaching me to place IVs."),
    ("a colleague in a room", "Dr. Patel in room 3 for the huddle, bring snacks."),
    ("own surgery date", "My knee replacement was on June 2 and I'm already walking without a cane."),
    ("own child's surgery", "My son's appendectomy was on May 3; he's home and bouncing off the walls."),
    ("a grandparent aged over 89", "Grandpa turned 94 on Sunday and still mows his own lawn."),
    ("a relative named by a family title", "Uncle Ray is 91 and still wins every horseshoe game at the reunion."),
    ("general education", "Many of my patients with heart failure struggle with salt. Read labels!"),
    ("a loss with no detail", "We lost a patient today. Some days this job is heavy."),
    (
        "a labelled composite without specifics",
        "Composite story, details changed: a patient once told me fear is loudest at night.",
    ),
    ("a town with no patient", "Day off in Rochester, coffee at the farmers market."),
    ("a published paper", "Our paper on sepsis bundles is out in JAMA today, link below."),
    ("a video from the employer", "Loved this video from @MayoClinic on sleep hygiene."),
    ("plural patients", "To all my former patients from the cardiac unit: keep walking every day!"),
    ("a class room", "Our patient education class meets in room 210 on Tuesdays."),
    ("a plain date", "Flu shot clinic runs Oct 14 through Oct 18 in the main lobby."),
]


@pytest.mark.parametrize(("why", "text"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_not_a_patient_identifier(why, text):
    assert privacy_findings(text) == [], why


STORIES = [
    "A 23-year-old teacher we admitted yesterday with a brain bleed is talking again.",
    "Today a 45-year-old firefighter came in with a massive MI after a call.",
    "Coded a guy in his 50s at 0400 who had been at the Casey's on Main an hour earlier.",
    "72M with a STEMI this morning, door to balloon in 40 minutes. Proud of this team!",
    "Last night a young mom in her late twenties was brought in from a rollover near Kasson with a head injury.",
]


@pytest.mark.parametrize("text", STORIES)
def test_patient_story_with_enough_detail_is_raised_without_an_identifier(text):
    assert raised_1(text)


def test_story_without_enough_detail_is_not_raised():
    assert not raised_1("A patient told me today that I made her feel safe. That's why I do this.")
    assert not raised_1("Accepted a thank-you card from the sweet lady I cared for last month.")


def test_claimed_consent_does_not_lift_it_and_the_message_says_so():
    findings = privacy_findings("She said I could post it: my patient Ruth turned 100 today!")
    assert {f.excerpt for f in findings} >= {"Ruth", "turned 100"}
    assert all("agreed" in f.message for f in findings)


def test_composite_label_does_not_lift_specifics():
    text = "Composite story: a 93-year-old veteran from Zumbrota in bed 4 asked me to sing with him."
    assert {"93-year-old", "Zumbrota", "bed 4"} <= {f.excerpt for f in privacy_findings(text)}


def test_one_click_fix_removes_the_identifier():
    text = "Mr. Núñez in room 414 walked to the window today!"
    for finding in privacy_findings(text):
        fixed = suggestion_edit(text, finding, finding.suggestions[0]).apply(text)
        assert finding.excerpt not in fixed
    name = next(f for f in privacy_findings(text) if f.rule == "privacy.name")
    assert suggestion_edit(text, name, name.suggestions[0]).apply(text).startswith("A patient in room 414")


def test_spans_survive_emoji_and_accents():
    text = "🎉🎉 Doña Lupe, mi paciente de la habitación 512, cumplió 92 años hoy 🎂"
    excerpts = {f.excerpt for f in privacy_findings(text)}
    assert {"habitación 512", "cumplió 92 años"} <= excerpts
    for finding in privacy_findings(text):
        assert text[finding.start : finding.end] == finding.excerpt


# Families of patient references and identifying details that meet anywhere in a short post. Each
# draft is written for this test in its own words; none of them names the patient outright.
FAMILY_POSITIVES = [
    ("initials with care", "Big shoutout to R.M., who took her first steps after the amputation this week!"),
    (
        "caring role stated",
        "Passed away Thursday the 4th just after midnight. Retired welder, loved polka. I was her nurse.",
    ),
    ("care verb and pronoun", "Admitted her on 4/18, sent her home today after 19 days on the vent. Miracles happen."),
    (
        "caseload and street",
        "Second visit of the day out on Maple Ave in Byron, he's 88 and still splits his own wood. My caseload rocks.",
    ),
    (
        "a nickname and a birth date",
        "This little nugget arrived 6/2 at 5:40 am in our birthing center, 7 lb 1 oz of pure cute.",
    ),
    (
        "an age without a determiner",
        "41-year-old bus driver from Eyota came in this morning with a massive PE. Please know the signs.",
    ),
    (
        "age and sex shorthand",
        "60s female, fell off a ladder yesterday, CT attached (name cropped). Look at that fracture.",
    ),
    (
        "a plate near care",
        "Whoever drives the silver Camry, plate JTR 551, you left your lights on during your dad's dialysis.",
    ),
    ("a selfie with a patient", "Discharge day selfie with my bravest 6-year-old (sticker over her face, promise)!"),
    (
        "a monitor photo",
        "Snapped my tele monitor during the run of V-tach, look at that rhythm strip. Name is blurred.",
    ),
    (
        "a worklist screenshot",
        "Screenshot of my Epic worklist tonight, cropped out the name column so you can see the acuity.",
    ),
    (
        "one of my residents, very old",
        "One of my memory care residents (96, sharp as a tack) asked me to record her singing today.",
    ),
    ("honorific and a room without the word", "Mr. T in 1208 made the whole floor laugh during his chemo today."),
    ("a town from the list", "Picked up a farmer out near Mazeppa after the tractor rollover, he's in the ICU now."),
    ("a number on file", "Trying to reach a patient whose number on file is 507-555-0199, she missed her biopsy."),
    ("a census board photo", "Quick pic of the census board before report 📸 full house tonight."),
]


@pytest.mark.parametrize(("family", "text"), FAMILY_POSITIVES, ids=[p[0] for p in FAMILY_POSITIVES])
def test_patient_reference_and_identifying_detail_raise_1(family, text):
    assert raised_1(text), family


FAMILY_NEGATIVES = [
    ("education with an age", "A 50-year-old with new chest pain deserves an ECG within 10 minutes. Know the signs."),
    ("own child with a date", "My little girl had her tonsils out on 3/2 and she's already asking for popsicles."),
    ("own health with a photo", "Here's my knee X-ray after my own ACL repair, name cropped because I'm shy."),
    ("a hotel room", "Hotel room 814 in Scottsdale has a balcony and I'm never leaving."),
    ("a colleague's farewell", "Shoutout to my preceptor J.R. on her retirement after 30 years on our unit!"),
    ("a published paper", "Our case series on snake bites in Arizona was published in JAMA today."),
    ("room for improvement", "Our hand hygiene numbers are good but there's room for improvement."),
    ("a job post number", "Our clinic in Kasson is hiring! Call our recruiter at 507-555-0144 to apply."),
    ("a sim lab", "Our sim mannequin in bed 3 coded twice during skills day, great work students!"),
    ("a grandparent", "Grandma turned 95 on Sunday and she still beats us all at cribbage."),
    ("a town with no patient", "Weekend in Red Wing, coffee by the river, no pager. Bliss."),
    ("general patients", "Many of my patients from small towns drive two hours for dialysis. Rural access matters."),
    (
        "the employer's site",
        "Proud to work at Mayo Clinic Health System in Albert Lea, where our ED just got a new wing.",
    ),
    ("an abbreviation", "The U.S. has a nursing shortage and the ICU feels it every single night."),
]


@pytest.mark.parametrize(("why", "text"), FAMILY_NEGATIVES, ids=[n[0] for n in FAMILY_NEGATIVES])
def test_no_patient_no_identifier(why, text):
    assert privacy_findings(text) == [], (why, [(f.rule, f.excerpt) for f in privacy_findings(text)])
