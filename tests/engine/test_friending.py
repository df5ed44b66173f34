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
