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
