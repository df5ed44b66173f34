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


# Many voices: drafts written for this test the way different staff write on different platforms (an
# ICU nurse venting, a NICU nurse, a resident, a home-health aide, a radiology tech, a unit secretary,
# a researcher, a manager), with shorthand, Spanish, emoji and the detail buried. Each one identifies
# a patient or their care.
def _case_id(case) -> str:  # type: ignore[no-untyped-def]
    return case.values[0] if hasattr(case, "values") else case[0]


EMPLOYEE = Profile(roles=frozenset({"patient-care"}), title="Registered Nurse", employer_visible=True)

VOICES_POSITIVES = [
    # an ICU nurse, venting
    ("room without the word", "12 hrs of chaos. pt in 14 self-extubated at 0300 and the family screamed at me 😩"),
    ("shorthand case", "Y'all. 34 y/o M came in last night w/ a BAL of .41 and walked out AMA at shift change."),
    ("bed number in a rant", "When your pt in bed 6 pulls his foley for the 3rd time tonight 🙃 #nightshift"),
    # Known limit: a person "in 12" with nothing else about care reads as a room only with care words nearby.
    pytest.param(
        "someone's grandpa in 12",
        "Someone's grandpa in 12 keeps escaping to the vending machine at 2am and honestly, respect.",
        marks=pytest.mark.xfail(strict=True, reason="a bare number after a person needs care words nearby"),
    ),
    ("s/p with age", "pt s/p CABG x4 yesterday, 88 y/o, already asking for his wife's pie. legend"),
    ("a regular described", "The same 45 y/o lady with the parrot came in again tonight, 14th ED visit this year lol"),
    # a NICU nurse, proud
    ("baby's name", "Baby Olivia went home today after 143 days in our NICU!!! I cried in the parking lot 💕"),
    ("preemie discharge day", "Primary nursed this peanut for 4 months. Discharged Tuesday at 5 lb 2 oz 🥹"),
    (
        "twins this morning",
        "Our little 26-weekers, twin girls, graduated to open cribs this morning 😭 love this family",
    ),
    ("first birthday of a grad", "My favourite NICU grad turns 1 today! Her mom sent me a pic of the cake 🎂"),
    # a resident on X
    (
        "age sex condition today",
        "Presented a 19F with new-onset DKA on rounds this morning and forgot her ketones. Humbling.",
    ),
    (
        "trauma bay and town",
        "Wild night: 28M fell off a roof in Stewartville, open tib/fib. Trauma bay 2 was a war zone.",
    ),
    ("rare case in a child", "Diagnosed my first Kawasaki disease today in a 3 yo. Textbook presentation!"),
    ("very old patient quoted", "pt asked if I was old enough to be a doctor. Sir, you are 94 and I am tired."),
    # a home-health aide
    ("client on a street in a town", "My client on 5th Street in Winona let me walk her dog today before her insulin."),
    (
        "honorific on a county road",
        "Visited Mr. Olson out on County Road 12 again today, his wound is finally closing 🙏",
    ),
    ("very old client", "My 91 yr old client made me lemon bars today. Home health is the best."),
    (
        "condition, town, time",
        "Bathed a sweet lady with ALS in Kasson this morning and she sang the whole time. #homehealth",
    ),
    # a radiology tech
    (
        "CT of a patient, name cropped",
        "Look at this CT I ran tonight, dude swallowed a whole AirPod 😂 name cropped of course",
    ),
    (
        "x-ray posted to a story",
        "Posted the x-ray of the screwdriver in that guy's leg to my story, crazy what people do.",
    ),
    ("device serial", "Scanned a 7 y/o today, pacemaker serial PM-88231, took an hour to clear it."),
    ("a public figure's relative", "Scanned the mayor's wife today. Super nice! Won't say why she was in 😉"),
    # a unit secretary
    ("a famous athlete on the floor", "Guess who's on our floor this week? A certain Vikings linebacker 👀🏈"),
    ("a room and the news", "Phones ringing all day for the patient in 422, even the news called. Y'all know who."),
    (
        "name from the front desk",
        "Desk tip: when Mrs. Halvorsen calls about her husband's room, transfer her to the charge nurse.",
    ),
    ("bed board photo", "Bed board is full again tonight, snapped a quick photo of it for Snapchat lol"),
    # a researcher
    (
        "study subject with details",
        "Subject 014, a 62-year-old retired pilot from Rochester, had a complete response! So happy.",
    ),
    (
        "trial participant with a town",
        "One of our trial participants, a dairy farmer from Plainview, was enrolled last Tuesday.",
    ),
    # a manager
    ("room number in praise", "Proud of my team for handling a patient fall in room 3107 so calmly last night."),
    ("unit and weekday", "Shoutout to night shift: the patient who coded on 4 East Tuesday is walking again."),
    # every kind of identifier
    (
        "first name of a hospice patient",
        "Can't stop thinking about Walter, my hospice patient who finally saw the Packers play.",
    ),
    ("initials and an event", "Prayers for J.T., the teenager we flew in from the crash on Highway 52 last night."),
    ("street address", "Dropped off meds at 1820 7th Ave NE for my patient since her car broke down."),
    (
        "admission and discharge dates",
        "Admitted on 11/3, discharged 11/21, and my patient brought us cookies on her way out!",
    ),
    ("date and time of death", "Pt passed on Jan 9 at 3:12am with her daughters singing hymns. I'll never forget it."),
    ("phone of a relative", "Anyone have a spare walker? Text my patient's husband at (507) 555-0123."),
    ("fax number", "Faxing my patient's records to 507-555-0167 for the 5th time today, is anyone there??"),
    ("e-mail address", "My patient asked me to post her email rosie.k1954@gmail.com so old friends can reach her."),
    (
        "social security number",
        "Someone left a pt's social security number, 321-54-9876, on the copier. Come on people.",
    ),
    ("record number", "Got paged about medical record number 004512983 at 3am, wrong patient, wrong unit."),
    ("health plan number", "An hour on hold with Medicaid for my patient, policy number ZX4412009, still denied."),
    ("account number", "Billing keeps sending my patient statements for account 7734-2291 even after she passed."),
    ("licence plate", "Pt brought in by police, license plate 4KX 219, his truck is still in the ED lot."),
    ("care page link", "Please share my patient's CaringBridge: caringbridge.org/visit/tommyfights"),
    ("tattoo", "The guy in trauma 1 has a full-sleeve tattoo of his daughter's face, you'd know him anywhere."),
    (
        "selfie with consent claimed",
        "Selfie with my favorite patient before her discharge! 📸 She said it was ok to post.",
    ),
    ("video of a patient", "Filmed my patient dancing with PT in the hallway today, turn the sound on 🎶"),
    ("armband photo", "Pic of the armband I found in my scrub pocket after shift, at least the name is blurred 😅"),
    ("chart note photo", "Photo of a chart note from tonight: 'pt states he is allergic to hospitals.' I can't."),
    ("monitor screen", "Look at this potassium on the monitor screen, 7.9! How is this man still talking?"),
    ("rhythm strip", "Rhythm strip from my pt tonight, wildest torsades I've ever seen 📈"),
    ("age over 89", "Today my 103-year-old pt told me the secret to life is butter."),
    (
        "Spanish name, age and room",
        "Mi paciente de 96 años, doña Rosa, me enseñó a hacer tamales hoy en la habitación 8.",
    ),
    ("Spanish story", "Anoche llegó un señor de 40 años de Owatonna con un infarto. Gracias a Dios salió bien."),
    ("consent claimed with a name", "He told me I could share: my patient Dale got his new kidney Saturday!"),
    (
        "composite with specifics",
        "This is a composite, but: a 98-year-old retired nun from Winona taught me the rosary last week.",
    ),
    (
        "a story buried in a long post",
        "Burnout is real and I want to talk about it honestly. Nursing school prepared me for the skills, not the "
        "weight. You learn to chart, to titrate drips, to keep smiling. Nobody tells you about the ones you carry "
        "home. Like last Thursday, the 17-year-old girl from Byron who came in after an overdose and asked me to "
        "braid her hair. I think about her every day. Take care of yourselves, friends, and talk to someone.",
    ),
    (
        "occupation, place and event",
        "Still shaking. A high school wrestling coach came in by ambulance this afternoon after collapsing at "
        "practice in Lake City.",
    ),
    ("bay and a crash", "Bay 3 this morning: the guy who crashed his motorcycle is asking for a cheeseburger 🍔"),
    (
        "birth in a garage",
        "Delivered a baby in the parking garage at 4am today, mom named her after me 🥹 #LaborAndDelivery",
    ),
    ("rare disease this week", "Saw my first case of leprosy in a patient this week. In Minnesota! Can't believe it."),
    (
        "a public figure's relative in the ICU",
        "Our ICU has the governor's brother right now, staff told to keep quiet 🤐",
    ),
    ("a printed label", "Patient label stuck to my badge all shift: ANDERSON, KARL 04/12/1948 lol"),
    (
        "face covered in a photo",
        "His face is covered with an emoji but he's holding his discharge papers. Proudest moment!",
    ),
    ("name of a regular", "To my Tuesday infusion patient who brings me a donut every week: you're the best, Marv!"),
    ("town and a transplant", "Watched a teen from Pine Island get her new heart today. Organ donors are heroes."),
    ("video from the OR", "Quick clip from the OR today, you can see the tumor we pulled out of this guy's belly 😳"),
    ("assignment board", "Our assignment board is a work of art tonight, pic in the comments."),
    (
        "fundraiser of a patient",
        "His GoFundMe is gofundme.com/f/help-jake-rebuild, he's still in our burn unit after the fire.",
    ),
    ("cheer with a room", "Sending love to Beatrice in room 18, you've got this!"),
    ("county and an event", "The hunter from Houston County who got mauled by a bear is on our floor now."),
    ("birthday over 89", "Birthday girl in bed 11 turned 90 today and we threw her a party 🎉"),
    ("wound photo", "Swipe for the before and after pics of my patient's pressure wound 👉"),
    ("name and the news", "My patient Grace, the one from the crash on the news, is finally off the vent."),
    (
        "VIP on a unit",
        "Lunch break ramble: the famous patient on 7 has his own security detail and keeps ordering sushi.",
    ),
    ("kid in the ED today", "A 6-year-old boy from Eyota swallowed a magnet today and we got it out without surgery!"),
    ("x shorthand with a town", "58yo M from Faribault, STEMI, door to balloon 41 min this AM. Team crushed it 💪"),
    ("my pt hx", "My pt w/ hx of 3 strokes, 77 yo retired teacher, walked 200 ft today!!"),
    ("Spanish patient's birthday", "Hoy mi paciente cumplió 99 años y le cantamos en la habitación 🎂"),
    ("name in a hashtag-ish cheer", "Go Tyler! My patient rang the bell after his last chemo today 🔔"),
    (
        "guy in the ED, a trucker",
        "Trucker from Albert Lea rolled in at 2am with chest pain and a coffee in hand. Legend.",
    ),
]


# A second batch, written after the first round of changes to see whether they carried over.
VOICES_POSITIVES += [
    ("a very old patient in a bare room", "Night shift confession: the lady in 7 asked me to marry her son. She's 93."),
    ("a pod letter", "Our little fighter in pod C finally hit 3 lbs this morning!!! 💙"),
    ("a name met in triage", "Ever had a patient named after a song? Met Eleanor Rigby-Johnson in triage today lol"),
    ("a photo from a home visit", "Pic from today's home visit: Mr. Gunderson's garden is thriving and so is he 🌻"),
    ("an occupation, town and age", "Retired pastor from Kasson, 84, came in with a GI bleed Saturday. Prayers up."),
    (
        "a birth date and place",
        "Throwback to the snowstorm delivery: baby boy born in the ambulance bay at 3:12am on Jan 9.",
    ),
    (
        "a nickname and a bed",
        "My favorite frequent flyer, the guy with the parrot tattoo, was back in bed 22 last night",
    ),
    ("a best patient over 89", "She's 102 and still sharper than me. Best patient I've had all year."),
    ("Spanish room and age", "La señora del cuarto 12 me regaló un rosario hoy. Tiene 97 años."),
    ("a filmed patient", "Filmed our patient's first steps after the transplant (he said I could!)"),
]
VOICES_NEGATIVES_MORE = [
    ("a sim lab bed", "Bed 3 in the sim lab is haunted, I swear. Skills day was wild."),
    ("a conference room", "Hospital week potluck is Thursday in conference room 2A, bring a dish!"),
    ("own diagnosis", "I'm 34 and just got diagnosed with MS. Still a nurse, still here."),
    ("a public honour", "Our hospital was named a Magnet hospital again today, per the press release!"),
    ("advice about privacy", "Reminder: never post patient info, even blurred. HIPAA is not a suggestion."),
    ("a grandparent's age", "Grandpa is 91 and just beat me at chess again."),
    ("a teaching case", "Teaching tip: a 60-year-old with sudden back pain and low BP could be a AAA. Think big."),
    ("own child's care long ago", "My daughter's NICU nurses 10 years ago were angels. Now I'm one of them."),
]


@pytest.mark.parametrize(("voice", "text"), VOICES_POSITIVES, ids=[_case_id(p) for p in VOICES_POSITIVES])
def test_patient_details_in_many_voices_raise_1(voice, text):
    assert raised_1(text, EMPLOYEE), voice


VOICES_NEGATIVES = [
    (
        "teaching point",
        "Nursing school tip: a 45-year-old with chest pain and diaphoresis is an MI until proven otherwise.",
    ),
    ("own ER visit", "My own ER visit last night: 3 stitches, 1 tetanus shot, 0 dignity."),
    ("own child's procedure", "My 4 y/o had tubes put in this morning and she's already demanding popsicles 🍭"),
    ("a colleague congratulated", "Huge congrats to Kelsey on night shift for passing her CCRN!"),
    ("a hotel room", "Checked into room 1412 at the Marriott for the nursing conference, the view!"),
    ("an announcement", "Mayo Clinic announced today a new transplant center in Jacksonville."),
    ("a published paper", "Read our new paper on delirium in the ICU, published in Critical Care Medicine."),
    ("a ranking", "Ranked #1 again by U.S. News, so proud of everyone."),
    (
        "a composite for teaching",
        "Composite for teaching: a patient with COPD who can't use an inhaler. How would you teach?",
    ),
    ("room for improvement", "There's always room for improvement in our handoff process."),
    ("a job ad", "We're hiring night shift RNs for our 32-bed ICU! Apply at the link in bio."),
    ("public health advice", "Patients over 65 should get the RSV vaccine, talk to your doctor."),
    ("own diagnosis", "I was diagnosed with breast cancer at 34. Today, 5 years later, I'm an oncology nurse."),
    ("a grandmother at home", "My grandma turned 96 today and still makes the best rhubarb pie."),
    ("a sim lab", "Room 3 in the sim lab is where I learned to start an IV on a rubber arm."),
    ("own kid's X-ray", "My kiddo's first X-ray after she broke her wrist on the trampoline 😭 (she's fine)"),
    ("a team selfie", "Took a selfie with my team at the Heart Walk this morning! ❤️"),
    ("a party photo", "Photo from our unit's holiday party, ugly sweaters everywhere 🎄"),
    ("love for patients", "I love my patients. Every single one of them teaches me something."),
    ("a parking ramp floor", "Floor 7 of the parking ramp is the only place I can ever find a spot."),
    ("a novel", "Reading a novel about an ICU nurse in Chicago who falls for a patient. Highly recommend!"),
    (
        "a case question for students",
        "Case for my students: a 70-year-old man with new-onset AFib. What's your first step?",
    ),
    ("a library's birthday", "Happy 100th birthday to the Rochester Public Library!"),
    ("a statistic", "1 in 4 adults over 40 will develop AFib. Take care of your heart."),
    ("a residency cohort", "Our nurse residency cohort of 42 starts Monday in the big classroom on the 5th floor!"),
    ("a career milestone", "Just caught my 100th baby as a midwife! Grateful for every family who trusted me."),
    ("records online", "Patients in Minnesota can now request their records online through the portal."),
    ("a colleague's farewell with a date", "Farewell lunch for our unit clerk Deb on Friday, 30 years on 5 West!"),
    ("a flu season count", "Flu is everywhere: half the patients I saw this week had influenza. Get your shot!"),
    ("a marathon", "Ran the Med City Marathon this morning in 4:12, legs are jelly. Back on the unit tomorrow."),
]


VOICES_NEGATIVES += VOICES_NEGATIVES_MORE


@pytest.mark.parametrize(("why", "text"), VOICES_NEGATIVES, ids=[n[0] for n in VOICES_NEGATIVES])
def test_not_patient_information_in_many_voices(why, text):
    findings = [f for f in review(text, profile=EMPLOYEE, platform="facebook") if f.guideline == 1 and f.raises]
    assert findings == [], (why, [(f.rule, f.excerpt) for f in findings])
