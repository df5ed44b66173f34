"""Guidelines 7 and 8: patient-care staff don't friend patients; managers don't start requests with their staff."""

from __future__ import annotations

import pytest

from composer.review import Profile, review

NURSE = Profile(roles={"patient-care"}, title="Registered Nurse")
STUDENT_NURSE = Profile(roles={"patient-care", "student"}, title="Nursing Student")
SCHEDULER = Profile(roles={"other"}, title="Scheduler")
MANAGER = Profile(roles={"manager"}, title="Unit Manager")
CHARGE_NURSE = Profile(roles={"patient-care", "manager"}, title="Charge Nurse")


def _findings(text: str, profile: Profile, guideline: int) -> list:
    return [f for f in review(text, profile=profile, platform="facebook") if f.guideline == guideline and f.raises]


@pytest.mark.parametrize(
    "text",
    [
        "Patients, add me on Facebook so we can keep in touch after discharge!",
        "A former patient of mine sent me a friend request today and of course I accepted 🥰",
        "Follow me, my patients! New recipes every week.",
        "Followed back a lovely former patient who found me on Insta 💕",
        "The gentleman I took care of last spring friended me and I said yes right away.",
        "To my wonderful residents at the nursing home: I made a page, please follow me on Facebook!",
        "If you were one of my patients on 5 West, DM me, I'd love to stay in touch!",
        "Spent the evening connecting with my old rehab patients here on LinkedIn.",
        "Sent friend requests to a few of my favorite patients from the clinic today.",
        "Shoutout to my old patient Mr. B who just followed me on Insta!",
        "Patients always ask for my IG, so here it is: @nurse.kay, follow me!",
        # Held-out paraphrases: any act of connecting whose other party is the author's patients.
        "A patient I discharged last week found me on Instagram and I followed her back 💕",
        "Told my patients at discharge they can find me on TikTok @nurse.kay",
        "If I was your nurse on 5 West, add me on Facebook!",
        "Handed out my Insta handle to a few of my rehab clients today 😅",
        "Former clients of the cardiac rehab gym: my DMs are open, follow me!",
        "Said yes to a follow request from the cutest little hospice patient 🥹",
        "Mrs. Olsen from my caseload is now following me on Instagram 😂",
        "Pacientes del tercer piso: agréguenme en Facebook 😊",
        "¡Mis pacientes de diálisis! 💙 Búsquenme en Instagram como @lupita.enfermera.",
        "Once you're discharged, look me up on Facebook!",
        "My favorite patient from last spring. She just sent me a friend request and I accepted 🥰",
        "Meet my patient Rosa, who rang the bell today. And yes, she's officially my newest follower now 😉",
        "I follow a lot of my old patients on Insta and love seeing their progress.",
        "Added some of the residents at the memory care home where I work on Facebook.",
        "Acepté la solicitud de amistad de una mamá que atendí en la sala de partos.",
        # Whole-post reading: the act and the patients in different sentences, or patients addressed anywhere.
        "Remember Mr. K from bed 4? He found my Facebook and I added him right away 😊",
        "Discharged my sweetest patient today. Gave her my Instagram so she can send me pics of her garden 🌷",
        "Loved caring for Ms. Rose last month. She's now one of my Facebook friends 💕",
        "Connecting on LinkedIn with my former rehab patients is the best part of this job. Sent out a few invites 💪",
        "One of my old patients from the burn unit slid into my DMs and now we're insta mutuals lol",
        "The residents at the nursing home keep asking for my Insta, so I finally gave it out at bingo 😅",
        "Put a QR code on my badge so patients can follow my TikTok before they leave the unit.",
        "Just accepted a bunch of friend requests. My patients from the oncology floor are the sweetest.",
        "Hey former cardiac rehab patients! Connect with me on LinkedIn, I'd love to see your progress.",
    ],
)
def test_friending_patients_is_raised_for_patient_care(text):
    assert _findings(text, NURSE, 7), text


@pytest.mark.parametrize(
    "text",
    [
        "Connected with my colleagues from the ICU here on LinkedIn today!",
        "Patients ask to add me on Facebook all the time. I always politely decline.",
        "My college roommate, who I later cared for after her surgery, is still my best friend.",
        "I never accept friend requests from patients, boundaries matter.",
        "Follow me for tips on helping your patients manage diabetes at home.",
        "I follow up with my patients by phone two days after discharge.",
        "I really connect with my patients in hospice; it's a privilege.",
        "Adding all my coworkers on Insta because this unit is my family 💜",
        "My coworker friended a patient and got a talking-to from our manager.",
        "A patient asked to friend me. I explained our policy and said no.",
        "Follow our unit's official page for updates about visiting hours.",
        # Held-out hard negatives.
        "A patient's daughter asked to add me on Facebook. I said no, kindly.",
        "Follow me for patient education videos every Monday!",
        "My patients always ask me to follow them on Insta, and I always decline.",
        "Follow @MayoClinic, patients, for reliable health info!",
        "My best friend since high school was my patient last week. She follows me everywhere, as always.",
        "Patients deserve nurses who aren't exhausted. Follow me for advocacy updates.",
        "My patient assignment was brutal today. Follow me for more night-shift stories.",
        "Good charge nurses still take a patient assignment. My new grads keep sending me requests, accepted.",
        # Whole-post hard negatives: musing about the rule, declining, other people, open invitations to everyone.
        "Should nurses ever friend patients on Facebook? Our policy says no, and I agree.",
        "Is it ok to accept a friend request from a former patient? Asking for a friend.",
        "Patients often ask to friend me. I explain that I can't, and point them to our official page.",
        "Follow me for heart-healthy recipes! My patients love them too.",
        "Accepted a friend request from my new coworker today. Also, my patients on 4 West are the best.",
        "Just connected with my nursing school classmates on LinkedIn. Still talk about our patients from clinicals!",
        "Added my sister on Insta finally. Long day with my patients, time for bed.",
        "Can't believe I have 1,000 followers now! Thank you all. Back to caring for my patients tomorrow.",
        "Publicando esto desde la estación mientras mis pacientes duermen, ¿quién más sigue despierto?",
    ],
)
def test_not_friending_patients_is_not_raised(text):
    assert not _findings(text, NURSE, 7), text


def test_guideline_7_needs_the_patient_care_role():
    text = "To the patients I've scheduled for years: add me on Facebook!"
    assert not _findings(text, SCHEDULER, 7)
    assert _findings(text, NURSE, 7)


def test_guideline_7_advice_differs_for_students():
    text = "Patients from my rotation, follow me on Instagram!"
    (nurse,) = _findings(text, NURSE, 7)
    (student,) = _findings(text, STUDENT_NURSE, 7)
    assert nurse.message != student.message and "rotation" in student.message
    assert "Guideline 7" in nurse.message and nurse.severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Sending friend requests to my whole team tonight so we can plan the party!",
        "Team, I'm adding you all on Instagram, follow back!!",
        "Just sent LinkedIn connection requests to everyone who reports to me.",
        "Hey team 👋 I followed each of you over here, see you at huddle!",
        "Friending all the new grads on my unit so they know I'm approachable 🤗",
        "Reached out to connect with every member of my department this week.",
        "Just followed all of my techs on here. Supervisor perks 😎",
        "Just sent follow requests to all of my direct reports, let's connect!",
        "Adding my staff on Facebook this weekend so we can share holiday photos.",
        "Sent a LinkedIn invite to each person on my team.",
        "Hoy le mandé solicitud de amistad a cada una de las enfermeras de mi turno.",
        # Whole-post reading: the staff named or spoken to anywhere, the request started by the author.
        "Heads up, department: I'll be sending all of you Facebook requests this week.",
        "Welcome to the team, new hires! Expect a friend request from me this weekend 😊",
        "Team: connect with me on LinkedIn, I want to see all your wins!",
        "Made a Facebook page for our unit. Staff, follow it and add me while you're there!",
        "Heads up, night shift: friend requests coming your way from me tonight 🌙",
        "Just sent invites to my whole department for my personal Instagram.",
    ],
)
def test_managers_starting_requests_with_staff_is_raised(text):
    for profile in (MANAGER, CHARGE_NURSE):
        findings = _findings(text, profile, 8)
        assert findings, text
        assert all(f.rule == "friending.staff" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "My new hire sent me a friend request, accepted! Welcome aboard, Priya 🎉",
        "My new grads keep sending me follow requests, accepted them all 😂",
        "Finally friended my own boss at the leadership retreat 😂",
        "Connected with my fellow unit managers from across the region on LinkedIn.",
        "I would never send friend requests to my staff; they can add me if they want.",
        "Follow the unit page for schedule updates.",
        "My director added me on LinkedIn today, feeling seen 😂",
        "Connected with the other unit managers at the conference today.",
        "One of my nurses sent me a friend request today. Accepted! So proud of her growth.",
        "My staff can add me if they want, no pressure. I won't be sending requests.",
        "Follow the hospital's official page for updates, team.",
        "Team, please follow the new hand-hygiene protocol starting Monday.",
        "Accepted connection requests from three of my techs this week. Love this team.",
    ],
)
def test_accepting_or_connecting_upward_is_not_raised(text):
    assert not _findings(text, MANAGER, 8), text


def test_guideline_8_needs_the_manager_role_and_advice_differs_by_role():
    text = "Sending friend requests to my whole team tonight!"
    assert not _findings(text, NURSE, 8)
    (manager,) = _findings(text, MANAGER, 8)
    (charge,) = _findings(text, CHARGE_NURSE, 8)
    assert manager.message != charge.message
    assert "Guideline 8" in manager.message and manager.severity == "warning"


def test_one_draft_can_raise_both():
    text = "Weekend project: adding my whole clinic team AND my favorite patients on Facebook 😊"
    assert _findings(text, CHARGE_NURSE, 7) and _findings(text, CHARGE_NURSE, 8)


# Generalisation tables: drafts written independently of the labelled corpora, by several imagined
# authors (second person, slang, Spanish, emoji, questions, long posts with the act buried inside).
CONNECTING_WITH_PATIENTS = [
    "If you've seen me in the cardiology clinic, come say hi on Insta @sam.rn.life!",
    "See you at your next appointment! Till then, hit follow for weekly heart-health tips 💙",
    "Reconnecting with a few of my former patients on Facebook has been the sweetest part of this year",
    "To everyone I've taken care of on 4 West: my DMs are open, come find me!",
    "Just accepted a follow request from the little guy I discharged last week 🥹",
    "Patients always ask for my Insta so here it is: @nurse.kayla 💕",
    "Mrs. K from last month's knee replacement found me on TikTok and now we message daily",
    "If I was your nurse this year, give me a follow, I post recovery tips!",
    "Hit that follow button if you were one of my patients at the wound clinic 🩹",
    "When you were on my unit you asked for my socials, so here they are: linktr.ee/jo.rn",
    "Just friended the sweetest grandpa I cared for on nights. He sends me memes now 😂",
    "Officially Facebook friends with my favorite patient from rehab! 🎉",
    "Followed back the mom whose baby I delivered last spring, her updates make my day",
    "Any of my former oncology patients on here? Would love to connect and hear how you're doing",
    "Sent a friend request to the veteran I took care of for 3 weeks, hope he accepts",
    "My patients, this one's for you: follow my page for updates after discharge!",
    "Patients keep asking how to find me online, so: @rn.maria on IG, see you there",
    "The residents at my memory care home are following my TikTok now, they love the dances",
    "Accepted a LinkedIn request from a guy I rehabbed after his stroke, love seeing him back at work",
    "If you've been in my chair at the infusion center, follow me for more chemo tips",
    "Mis pacientes de la clínica: ¡síganme en Instagram para más consejos!",
    "Agregué en Facebook a la señora que cuidé en el piso de oncología 💕",
    "Hey former patients 👋 I'm on TikTok now, come say hi",
    "Just connected with a past client from my home-health caseload on LinkedIn, small world",
    "If you saw me at your last checkup, you can find me on Instagram at @amy.fnp",
    "A patient I cared for in the NICU messaged me on Insta and now we follow each other 🥹",
    "DM me if you were on my caseload and want to keep in touch after therapy ends!",
    "To the patients and families of 6 North: I made a Facebook group so we can all stay connected 💙",
    "Just got a friend request from a patient I discharged yesterday... accepted, how could I not 🥰",
    "Any of my dialysis patients reading this? Send me a request, I'd love to stay in touch.",
    "my fave pt from last week just followed me on tiktok 😭 love her",
    "pts always ask for my snap so here u go: kelsey.rn",
    "Thanks for the follow, Mr. Jenkins! Such a pleasure being your nurse last week.",
    "Connecting with my former rehab patients on LinkedIn to cheer on their comebacks 💪",
    "Invited all my post-op patients to my private Facebook support group",
    "Patients from my clinic: scan the QR code on my badge to follow my wellness account!",
    "Gave my Instagram to the sweet couple I cared for in the ICU, they said they'd follow",
    "Whoever I've treated at the sports clinic, hit follow for rehab drills 🏃",
    "Reconnected with a former patient on Instagram this week, her recovery story is amazing",
    "Five years on the oncology floor this month. I've learned so much from the families, the team, and the "
    "patients who trusted me on their worst days. If you were ever one of my patients on 6 East, you can always "
    "find me on Instagram at @jules.onc.rn. Thank you for everything.",
    "Loved being your nurse this week, Ms. Adams! I'll send you a friend request so you can show me the grandkids.",
    "Para mis pacientes de diálisis: ya tengo TikTok, ¡búsquenme como @enfermera.lupe!",
]
NOT_CONNECTING_WITH_PATIENTS = [
    "A patient asked to add me on Facebook and I politely said no, and pointed her to the official page.",
    "My best friend since kindergarten was my patient last month; we've been Facebook friends for 20 years.",
    "Follow my new baking account for cookie recipes! 🍪",
    "Connected with my new coworkers on LinkedIn today",
    "Is it okay to accept a friend request from a former patient? Genuinely asking other nurses.",
    "Reminder to all staff: we don't friend patients on social media.",
    "Patients can follow Mayo Clinic's official Instagram for health tips.",
    "My patient's daughter thanked us on the hospital's Facebook page ❤️",
    "Follow the unit's official page for visiting-hour updates",
    "Hit follow if you love cats as much as I do 🐈",
    "Spent my day off following the Tour de France on TV",
    "Follow-up appointments are so important after discharge, don't skip them!",
    "My patients taught me more about courage than any textbook.",
    "See you at your next appointment, and don't forget your medication list!",
    "Added a new recipe to my blog, link in bio",
    "Following the new fall-prevention protocol has cut falls on our unit by half.",
    "I declined a friend request from a former patient today. It felt awkward but it's the rule.",
    "The residents (the doctor kind!) added me to their group chat, I'm honored",
    "I have 500 followers now!! Thank you all for following my nursing-school journey",
    "Patients, please follow your discharge instructions and call us with questions.",
    "My mom followed me on TikTok and now I can't post anything 😂",
    "Connect with our patient advocates through the hospital's official portal.",
    "If you've seen me in clinic, you know I'm obsessed with hand hygiene 😂",
    "Just had a follow-up with my own doctor, all clear!",
    "Add me on LinkedIn if you're a nurse educator looking to collaborate!",
    "Nurses, never accept friend requests from patients. Protect yourself.",
    "Five years on the oncology floor this month. I've learned so much from the families and the patients. "
    "Follow me for more stories about nursing school, burnout and baking.",
]


@pytest.mark.parametrize("text", CONNECTING_WITH_PATIENTS)
def test_connecting_with_patients_in_other_words_is_raised(text):
    assert _findings(text, NURSE, 7), text


@pytest.mark.parametrize("text", NOT_CONNECTING_WITH_PATIENTS)
def test_not_connecting_with_patients_in_other_words_is_not_raised(text):
    assert not _findings(text, NURSE, 7), text


MANAGER_STARTS_REQUESTS = [
    "Team, I just hit follow on all of your accounts, so keep it clean 😉",
    "Sent connection requests to every one of my direct reports on LinkedIn this morning",
    "To my night crew: check your Facebook, you should have a friend request from me",
    "As your new manager, I'll be adding everyone on Instagram this week so we can get to know each other!",
    "Just followed every nurse on my unit on TikTok 😎 supervisor's privilege",
    "Welcome to 5 West, new grads! I'll send you all LinkedIn invites tonight.",
    "Friending my whole staff on Facebook so holiday party photos are easier to share",
    "I'm reaching out to connect with all my techs on LinkedIn, watch your inbox!",
    "Heads up team: I'm adding y'all to my close friends list on IG 👀",
    "Direct reports, I sent you each a follow request, accept when you can!",
    "Been requesting everyone on my team on Snapchat, only half have accepted so far 😤",
    "Nuevo equipo: les mandé solicitud de amistad a todos, ¡acepten!",
    "Starting my first week as nurse manager by connecting with my entire staff on LinkedIn",
    "Everyone who reports to me should have a follow request from me by now 😊",
    "I followed all 32 of my employees on Instagram last night. Is that weird? lol",
    "Hey night shift, I found you all on Facebook and sent requests!",
    "Added my charge nurses and aides on Snapchat so we can keep the streaks going 🔥",
    "My whole department got a LinkedIn invite from me today, let's grow our network together",
    "To my amazing PT team: look out for my follow requests this weekend 💪",
    "Just slid into every one of my nurses' DMs with a follow request",
    "I'm going to friend each new hire on Facebook on their first day, it's my new tradition",
    "Team! Accept my friend requests please 🙏",
    "Sent out follow requests to my unit's nurses after today's huddle",
    "As your director, I've connected with each of you on LinkedIn, keep me posted on your wins",
    "Following all my staff on TikTok so I can see what they post about the unit",
    "Pharmacy team, I've requested to follow each of you on Insta!",
    "Invited all my reports to my personal Facebook group for the holiday potluck",
    "Just hit 'Add Friend' on every employee in my department 😂",
    "Hola equipo, ¡ya les envié a todos solicitud en Facebook!",
    "Reconnecting with everyone I supervise on LinkedIn, look for my request",
    "Y'all are getting Facebook requests from your boss tonight. Accept them 😉",
    "New year, new me: I'm adding all my nurses on Instagram to build team spirit",
    "Pinging each of my techs with a LinkedIn connection request today",
    "After the retreat I went through the staff list and followed every one of you 🤗",
    "If you work for me, expect a friend request this week 😄",
    "I just sent my whole ICU team follow requests, no excuses to ignore me now",
    "Following my new hires on Instagram so they feel welcome 💙",
    "Team members, check your notifications: I sent you all Facebook requests",
    "Sent Instagram follow requests to all the CNAs I manage",
    "Night crew, I added you all on Snap 👻",
    "Reflecting on my first 90 days as unit manager. We've rolled out new scheduling, fixed the supply room, "
    "and welcomed eight new grads. Next step: I'm connecting with each of you on LinkedIn this week, so check "
    "your notifications. Onward!",
]
MANAGER_DOES_NOT_START_REQUESTS = [
    "My new grad sent me a friend request and I accepted 😊",
    "Connected with other nurse managers at the leadership summit",
    "My director sent me a LinkedIn request, I'm honored",
    "Team, follow the unit's official page for schedule updates",
    "I don't send friend requests to my staff; if they add me, I accept.",
    "Followed the CDC's new masking guidance at today's huddle",
    "Reminder to managers: don't initiate friend requests with your staff.",
    "My staff are the best, so proud of this team 💙",
    "If anyone on the team wants to connect on LinkedIn, totally optional, you know where to find me.",
    "Added three new nurses to the schedule for December.",
    "Friended my old college roommate after 10 years!",
    "Sent invites for the team holiday party through work email.",
    "Following up with each of my staff about their annual reviews this week.",
    "Added everyone to the unit's Teams channel for shift swaps.",
    "My boss just followed me on Instagram, weird feeling",
    "Accepted follow requests from a few of my techs today, love this crew",
    "Our team is following the new sepsis bundle perfectly 🎉",
    "Connect with our recruiters on the careers page to learn about open positions!",
    "Invited my whole team to the education day next Tuesday",
    "Staff can follow me on LinkedIn if they want, no pressure",
    "Just sent the new schedule to my whole team",
    "My fellow directors and I connected on LinkedIn after the conference",
    "My charge nurses requested more float staff for the weekend.",
    "Sending love to my team after a brutal week 💙",
    "Added the new hires to the onboarding email list.",
]


@pytest.mark.parametrize("text", MANAGER_STARTS_REQUESTS)
def test_manager_requests_in_other_words_are_raised(text):
    assert _findings(text, MANAGER, 8), text


@pytest.mark.parametrize("text", MANAGER_DOES_NOT_START_REQUESTS)
def test_manager_non_requests_in_other_words_are_not_raised(text):
    assert not _findings(text, MANAGER, 8), text
