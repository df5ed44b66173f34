"""Guideline 10: no employer name in the author's own handles, page names, channels or URLs."""

from __future__ import annotations

import pytest

from composer.review import Profile, review


def _handle_findings(text: str, handles: tuple[str, ...] = ("@jen_rn",)) -> list:
    profile = Profile(roles={"patient-care"}, handles=handles)
    return [f for f in review(text, profile=profile, platform="instagram") if f.guideline == 10 and f.raises]


@pytest.mark.parametrize(
    ("handle", "alternative"),
    [
        ("@MayoNurseJen", "@NurseJen"),
        ("linkedin.com/in/drpriya-mayoclinic", "linkedin.com/in/drpriya"),
        ("mayosurgeonnotes.com", "surgeonnotes.com"),
        ("@drkim-mayo.bsky.social", "@drkim.bsky.social"),
        ("@mayo_dietitian_dana", "@dietitian_dana"),
        ("youtube.com/@TheMayoClinicMedic", "youtube.com/@TheMedic"),
        ("mayoresidentlife.com", "residentlife.com"),
        ("@mayorn_kate", "@rn_kate"),
        ("tiktok.com/@mayoradiologyrn", "tiktok.com/@radiologyrn"),
    ],
)
def test_profile_handle_with_the_employer_name_is_raised_with_a_suggestion(handle, alternative):
    (finding,) = _handle_findings("Sunday pancakes and zero alarms 🥞", (handle,))
    assert (finding.start, finding.end) == (0, 0)
    assert handle in finding.message and "Guideline 10" in finding.message
    assert finding.suggestions == (alternative,)
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "handle",
    [
        "@jen_rn",
        "@MayoClinic",
        "@mayonnaise_lover",
        "@mayor_of_nursing",
        "@palomayoga",
        "@CincoDeMayoFan",
        "@mayorpete",
        "@mayoral_race",
        "@mayorsoffice",
    ],
)
def test_other_handles_are_not_raised(handle):
    assert not _handle_findings("Sunday pancakes and zero alarms 🥞", (handle,))


def test_several_profile_handles_are_named_in_one_finding():
    (finding,) = _handle_findings("Hello!", ("@MayoNurseJen", "@jen_rn", "facebook.com/mayo.jen"))
    assert "@MayoNurseJen" in finding.message and "facebook.com/mayo.jen" in finding.message
    assert "@jen_rn" not in finding.message


def test_a_profile_handle_written_in_the_draft_is_underlined_there():
    text = "Come say hi at @MayoNurseJen 👋"
    (finding,) = _handle_findings(text, ("@MayoNurseJen",))
    assert text[finding.start : finding.end] == "@MayoNurseJen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Follow my new page Mayo Moms for tips from one working mama to another!", "Mayo Moms"),
        ("Started a running group: facebook.com/groups/mayoclinicrunners", "facebook.com/groups/mayoclinicrunners"),
        ("Subscribe to my second channel MayoMedStudent for daily study vlogs!", "MayoMedStudent"),
        ("Follow my channel mayosurgeonnotes.com for weekly case breakdowns.", "mayosurgeonnotes.com"),
        ("Check out my Mayo Nurses Unite page, link in bio!", "Mayo Nurses Unite"),
        ("Find me on TikTok at @mayo.rn.life 💃", "@mayo.rn.life"),
        ("New handle, who dis? I'm now @NurseMayoMaria everywhere ✨", "@NurseMayoMaria"),
        ("Check out my blog at mayonursediaries.com for more stories", "mayonursediaries.com"),
        ("Join my Facebook group Mayo Clinic Nurses Unite for support and memes!", "Mayo Clinic Nurses Unite"),
        ("Launching a new page today: Mayo Moms in Medicine 💕", "Mayo Moms in Medicine"),
        ("My blog (mayonursenotes.com) is finally live!", "mayonursenotes.com"),
        ("My IG is @mayo.nurse.kate, come say hi", "@mayo.nurse.kate"),
        ("New Instagram account for our unit: @mayo6west", "@mayo6west"),
        ("Check out my new podcast, The Mayo Resident Hour 🎙️", "The Mayo Resident Hour"),
        ("Subscribe at youtube.com/@mayodocmike for weekly videos", "youtube.com/@mayodocmike"),
        ("Started a study group for first-years, it's called MayoMed Study Squad", "MayoMed Study Squad"),
        ("A Discord for night-shift nurses: join at discord.gg/mayonightowls", "discord.gg/mayonightowls"),
        ("Just made a TikTok called MayoScrubLife, follow along!", "MayoScrubLife"),
        ("Catch my podcast Mayo Clinic Moms on Spotify.", "Mayo Clinic Moms"),
        ("Link to my page: linktr.ee/mayonurse", "linktr.ee/mayonurse"),
        ("I renamed my account to MayoRNKate.", "MayoRNKate"),
        # The name inside a run of words, and a page renamed without "my".
        ("My new blog is live at twincitiesmayonurse.com, come read!", "twincitiesmayonurse.com"),
        ("Big news: the podcast is now called NightShiftMayoTalk. Same hosts, new name!", "NightShiftMayoTalk"),
    ],
)
def test_names_announced_as_the_authors_own_are_raised(text, name):
    (finding,) = _handle_findings(text)
    assert text[finding.start : finding.end] == name
    assert finding.rule == "handles.announced-name"


@pytest.mark.parametrize(
    "text",
    [
        "Loved this video from @MayoClinic on sleep hygiene 😴",
        "Ten years as an RN at Mayo Clinic today! #MayoClinic #NursesOfMayo",
        "Huge thanks to @mayo.resident.life for the free anatomy study guide!",
        "Our new page @MayoClinicCardioNurses is live, approved by the Mayo Clinic Center for Social Media ✅",
        "Extra mayo on my burger, please. Follow my food page for more 🍔",
        "Follow @MayoClinicNews for the official updates.",
        "My new blog post on Mayo Clinic's history is up.",
        "Congrats to Dr. Mayo on her retirement!",
        "Visit my page for recipes, link in bio. #MayoClinicDiet",
        "Updated my LinkedIn profile at Mayo Clinic today, new headshot!",
        "Check out my friend's page @mayo.moms.club, she's amazing",
        "My new page: Nurses Who Lift 💪",
        "Loved the #MayoClinic booth at the conference today!",
    ],
)
def test_tags_hashtags_others_and_approved_names_are_not_raised(text):
    assert not _handle_findings(text), text


def test_approval_still_pending_does_not_clear_it():
    text = "My new page Mayo Moms is live! Not yet approved by the Center for Social Media, fingers crossed."
    assert _handle_findings(text)


@pytest.mark.parametrize("handle", ["bigmayofan", "ilovemayonnaise", "thecitymayorsoffice"])
def test_a_look_alike_inside_a_name_is_still_not_the_employer(handle):
    assert not _handle_findings("Hello!", handles=(handle,)), handle
