"""Guideline 4: writing about the employer needs both the connection and the role in the post itself.

The drafts below are written for these tests (not taken from the labelled corpus).
"""

from __future__ import annotations

import pytest

from composer.review import Profile, bundled_policy, review
from composer.review.fixes import disclosure_text, suggestion_edit

NURSE = Profile(roles={"patient-care"}, title="Registered Nurse")
SEEN = Profile(roles={"patient-care"}, title="Registered Nurse", employer_visible=True)


def disclosure_findings(text: str, profile: Profile = NURSE, platform: str = "facebook"):
    return [f for f in review(text, profile=profile, platform=platform) if f.guideline == 4 and f.raises]


def raises_4(text: str, profile: Profile = NURSE) -> bool:
    return bool(disclosure_findings(text, profile))


@pytest.mark.parametrize(
    "text",
    [
        "Mayo Clinic ranked #1 again! So proud.",
        "Shoutout to @MayoClinic for the amazing care my mom got last week 🙏",
        "My dad had his bypass at Mayo last month and the nurses were incredible.",
        "Mayo's cafeteria has the best soup in Rochester, fight me 🍲",
        "Who else is going to the Mayo Clinic Health System 5K? 🏃",
        "Mayo Clinic opened a new proton therapy center in Jacksonville today.",
        "Read the new sleep study from Mayo Clinic researchers — fascinating stuff.",
        "Mayo vs Cleveland Clinic for cardiology: which would you pick? 🤔",
        "Great day on the unit with my team @MayoClinic 💙",
        "New grad orientation done ✅ #MayoClinic #nurselife",
        "Thinking about applying to Mayo's nurse residency. Anyone have tips?",
        "Como enfermera, creo que la Clínica Mayo tiene el mejor equipo.",
        "My mom, a nurse at Mayo Clinic, says the new tower is gorgeous.",
    ],
)
def test_talking_about_the_employer_without_disclosure_is_flagged(text):
    assert raises_4(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Proud to work at Mayo Clinic! Our new cancer center opens Monday.", "disclosure.no-role"),
        ("I work at Mayo Clinic and our new parking ramp is finally open!", "disclosure.no-role"),
        ("My colleagues at Mayo threw me the best retirement party 🥹", "disclosure.no-role"),
        ("As a nurse, I think Mayo Clinic's new app is great.", "disclosure.no-connection"),
        ("Mayo Clinic ranked #1 again! So proud.", "disclosure.no-disclosure"),
    ],
)
def test_the_message_says_which_half_is_missing(text, rule):
    [finding] = disclosure_findings(text)
    assert finding.rule == rule
    assert "Guideline 4" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "I'm a nurse at Mayo Clinic and our new parking ramp is finally open!",
        "Proud to be a Mayo Clinic nurse! The new ramp is finally open.",
        "Grateful for 10 years as a Mayo Clinic nurse today 💙 Views my own.",
        "Soy enfermera en Mayo Clinic y hoy celebramos la Semana de la Enfermería 💙",
        "I'm a second-year resident at Mayo. Our program just got accredited for another 10 years!",
        "Best decision I ever made: joining Mayo Clinic as a pharmacy tech 💊",
        "Matched at Mayo as an internal medicine resident!!! 🎉",
        "I've worked at Mayo Clinic for 15 years as a respiratory therapist and the new ICU tower is gorgeous.",
        "Mayo Clinic nurse here. The new ICU tower is gorgeous.",
        "As a nurse manager here at Mayo Clinic, I'm excited about the new tower.",
        "Mayo Clinic finally opened the new ramp. Disclosure: I'm a registered nurse at Mayo Clinic.",
        "Working as a scheduler at Mayo Clinic Health System, I can say the new app helps.",
        "My job as a unit secretary at Mayo means I know every parking trick.",
        "ICU nurse at Mayo Clinic, mom of two, runner.\nThe new tower opens today!",
        "I'm an RN on 5 West at Mayo Clinic and our unit just got new beds!",
        "I've been a nurse at Mayo for 10 years and the cafeteria still has the best cookies.",
        "Speaking as a Mayo Clinic pharmacist: the new pharmacy hours are great news.",
    ],
)
def test_connection_and_role_together_clear_it(text):
    assert not raises_4(text)


@pytest.mark.parametrize(
    "text",
    [
        "Happy Cinco de Mayo! 🌮",
        "Extra mayo on my burger, please 🍔",
        "Road trip to County Mayo, Ireland ☘️",
        "Congrats to my friend Sarah Mayo on her new baby! 👶",
        "Craft fair at the Mayo Civic Center this weekend!",
        "Nos vemos en mayo para la boda 💍",
        "Nurses deserve safe staffing. Views my own.",
        "Loved the sleep tips from mayoclinic.org 😴",
    ],
)
def test_drafts_that_do_not_talk_about_the_employer_pass(text):
    assert not raises_4(text)


def test_a_visible_profile_is_not_a_disclosure():
    assert raises_4("Mayo Clinic ranked #1 again! So proud.", SEEN)


def test_a_disclaimer_does_not_clear_it():
    assert raises_4("Mayo Clinic is the best hospital in the world. Views my own.", SEEN)


def test_the_fix_appends_a_disclosure_built_from_the_title():
    policy = bundled_policy()
    profile = Profile(roles={"patient-care"}, title="ICU Nurse")
    text = "Mayo Clinic finally opened the new parking ramp on 2nd St!"
    [finding] = disclosure_findings(text, profile)
    assert finding.fix == "append"
    assert text[finding.start : finding.end] == "Mayo Clinic"
    assert (
        list(finding.suggestions)
        == [disclosure_text(policy, profile)]
        == ["Disclosure: I'm an ICU Nurse at Mayo Clinic."]
    )
    assert "ICU Nurse" in finding.message
    fixed = suggestion_edit(text, finding, finding.suggestions[0]).apply(text)
    assert not disclosure_findings(fixed, profile)


def test_without_a_title_the_suggestion_still_discloses_the_connection():
    [finding] = disclosure_findings("Mayo Clinic ranked #1 again!", Profile())
    assert finding.suggestions[0] == "Disclosure: I work at Mayo Clinic."


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Unit Clerk", "Disclosure: I'm a Unit Clerk at Mayo Clinic."),
        ("RN", "Disclosure: I'm an RN at Mayo Clinic."),
        ("CNA", "Disclosure: I'm a CNA at Mayo Clinic."),
        ("Oncology Nurse", "Disclosure: I'm an Oncology Nurse at Mayo Clinic."),
    ],
)
def test_the_suggested_disclosure_reads_naturally(title, sentence):
    assert disclosure_text(bundled_policy(), Profile(title=title)) == sentence


def test_without_a_title_the_message_shows_where_the_role_goes():
    [finding] = disclosure_findings("Proud to work at Mayo Clinic! The new tower opens Monday.", Profile())
    assert "[your role]" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Orientation week: DONE ✅ Thank you @MayoClinic for the warmest welcome and the best preceptors 🥹",
        "Great night on the unit with my team @MayoClinic 💙",
        "Shoutout to @MayoClinic for taking such good care of my grandpa this week.",
    ],
)
def test_a_tag_of_the_official_account_about_work_or_care_is_about_the_employer(text):
    assert raises_4(text)


@pytest.mark.parametrize(
    "text",
    [
        "Loved the @MayoClinic podcast episode on sleep this week, my phone now charges in the kitchen 🎧",
        "Watched the @MayoClinic video on heart health with my dad. So clear!",
        "Reading the @MayoClinic series on menopause, the piece on sleep is worth your time.",
    ],
)
def test_a_tag_of_the_official_account_on_its_public_content_is_reading_not_writing_about_it(text):
    assert not raises_4(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "My grandpa had his valve replaced at Mayo Clinic last week. Ok fine, I'm biased, I work there 😅",
            "disclosure.no-role",
        ),
        ("My dad had his bypass at Mayo and I've never been prouder of where I work.", "disclosure.no-role"),
        ("Proud Mayo Clinic Health System employee for 8 years ❤️", "disclosure.no-role"),
        ("Cleveland Clinic's rehab program can't touch ours at Mayo.", "disclosure.no-role"),
        ("Been at Mayo Clinic 8 years and the cafeteria still has the best cookies.", "disclosure.no-role"),
    ],
)
def test_saying_you_work_there_without_a_role(text, rule):
    [finding] = disclosure_findings(text)
    assert finding.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "Fourth-year at Mayo Clinic Alix School of Medicine here and Match Day is Friday 🧦",
        "PGY-2 at Mayo Clinic and the new call rooms are a dream.",
        "Just an ICU nurse at Mayo Clinic who loves the new tower.",
        "ICU nurse | Mayo Clinic | mom of two\nThe new tower opens today!",
    ],
)
def test_programme_years_and_bio_lines_state_the_role(text):
    assert not raises_4(text)


def test_i_work_there_needs_the_employer_named_somewhere():
    """Without a name in the draft, "where I work" shows no employer, so nothing is about it."""
    assert not raises_4("Nurses deserve better breaks where I work.")


@pytest.mark.parametrize(
    "text",
    [
        "Grateful for my first year as a PCT at @MayoClinic 💙 Here's to year two.",
        "Two years as a patient care assistant at Mayo Clinic and I still love night shift.",
        "Proud to be a unit secretary at Mayo Clinic Health System in Mankato.",
    ],
)
def test_support_roles_count_as_a_role(text):
    assert not raises_4(text)


def test_the_unit_i_work_on_is_the_connection_but_not_the_role():
    [finding] = disclosure_findings("The unit I work on at Mayo Clinic got new beds this week!")
    assert finding.rule == "disclosure.no-role"
