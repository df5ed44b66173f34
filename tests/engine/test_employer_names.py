"""The employer's names are found in every form people write them, and look-alikes are left alone."""

from __future__ import annotations

import pytest

from composer.review import bundled_policy
from composer.review.text import EmployerMatcher


@pytest.fixture(scope="module")
def matcher() -> EmployerMatcher:
    return EmployerMatcher(bundled_policy().employer)


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        ("I work at Mayo Clinic in Rochester.", "Mayo Clinic", "name"),
        ("Proud of the Mayo Clinic Health System team in Mankato", "Mayo Clinic Health System", "name"),
        ("Mayo's ED runs circles around everyone.", "Mayo's", "name"),
        ("At mayo we do it differently", "mayo", "name"),
        ("MAYO CLINIC ranked again", "MAYO CLINIC", "name"),
        ("Trabajo en la Clínica Mayo desde 2019.", "Clínica Mayo", "name"),
        ("Trabajo en Mayo Clinic como enfermera.", "Mayo Clinic", "name"),
        ("Six years at #MayoClinic", "#MayoClinic", "hashtag"),
        ("#NursesOfMayo forever", "#NursesOfMayo", "hashtag"),
        ("Loved this video from @MayoClinic on sleep", "@MayoClinic", "handle"),
        ("Thanks to @mayo.resident.life for the guide", "@mayo.resident.life", "handle"),
        ("Subscribe to MayoMedStudent for vlogs", "MayoMedStudent", "handle"),
        ("Read more: https://www.mayoclinic.org/diseases-conditions/migraine", None, "url"),
        ("Join us: facebook.com/groups/mayoclinicrunners!", "facebook.com/groups/mayoclinicrunners", "url"),
        ("my blog mayosurgeonnotes.com is live", "mayosurgeonnotes.com", "url"),
    ],
)
def test_every_form_of_the_name_is_found(matcher, text, found, kind):
    mentions = matcher.mentions(text)
    assert mentions, f"no employer name found in {text!r}"
    mention = mentions[0]
    assert mention.kind == kind
    if found is not None:
        assert mention.text == found
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sandwich with extra mayo, zero pagers.",
        "Ordered a BLT, hold the mayo.",
        "Chicken salad with light mayo for lunch again.",
        "Mayo and mustard on everything 🌭",
        "Happy Cinco de Mayo from the night crew! 🌮",
        "#CincoDeMayo tacos with the unit",
        "Nos vemos en mayo para la boda.",
        "El 5 de mayo es mi cumpleaños.",
        "Road trip to County Mayo, Ireland ☘️",
        "Mayo County GAA won today!",
        "Congrats to my friend Sarah Mayo on her new baby!",
        "Mrs. Mayo from next door brought cookies.",
        "Craft fair at the Mayo Civic Center this weekend.",
        "Congrats to the mayor on her reelection! #MayorRace @MayorPete",
        "#mayonnaise is a personality",
        "Yes, it's made with Miracle Whip instead of mayo. No feedback, please.",
        "Grandma's deviled eggs are made with real mayo and paprika.",
    ],
)
def test_false_friends_are_not_the_employer(matcher, text):
    assert matcher.mentions(text) == []


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("@MayoNurseJen", True),
        ("drpriya-mayoclinic", True),
        ("linkedin.com/in/drpriya-mayoclinic", True),
        ("@drkim-mayo", True),
        ("@mayo_dietitian_dana", True),
        ("@MayoClinicCardioNurses", True),
        ("@jen_rn", False),
        ("@mayonnaise_fan", False),
        ("#CincoDeMayo", False),
        ("@MayorPete", False),
    ],
)
def test_handles_and_urls_with_the_name(matcher, token, expected):
    assert matcher.contains_name(token) is expected


def test_official_accounts_and_sites_are_told_apart(matcher):
    assert matcher.is_official("@MayoClinic")
    assert matcher.is_official("https://newsnetwork.mayoclinic.org/story")
    assert not matcher.is_official("@MayoNurseJen")
    assert not matcher.is_official("mayosurgeonnotes.com")


def test_a_long_name_is_never_cut_short_by_a_false_friend(matcher):
    """ "en Mayo" can be the month in Spanish, but "en Mayo Clinic" is always the employer."""
    [mention] = matcher.mentions("Soy enfermera en Mayo Clinic.")
    assert mention.text == "Mayo Clinic"


def test_mentions_are_found_the_same_in_a_long_text(matcher):
    """Only the stretches around a name are read; the answer must not depend on what surrounds them."""
    one = "Proud of our team at Mayo Clinic Health System and @MayoClinic! Extra mayo please."
    text = ("nothing to see here. " * 200 + one + " ") * 5
    mentions = matcher.mentions(text)
    assert [m.text for m in mentions] == ["Mayo Clinic Health System", "@MayoClinic"] * 5
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_the_name_is_still_found_beside_a_comparison(matcher):
    [mention] = matcher.mentions("I picked Mayo over Cleveland Clinic for my residency.")
    assert mention.text == "Mayo"
