"""Guideline 9: no endorsements in the employer's name or implying its backing."""

from __future__ import annotations

import pytest

from composer.review import Profile, review
from composer.review.fixes import suggestion_edit

NURSE = Profile(roles={"patient-care"}, title="Registered Nurse")


def _endorsements(text: str, profile: Profile = NURSE) -> list:
    return [f for f in review(text, profile=profile, platform="linkedin") if f.guideline == 9 and f.raises]


@pytest.mark.parametrize(
    "text",
    [
        "Mayo Clinic recommends this brand of baby formula, trust me!",
        "As a Mayo doctor, I endorse FlexiBrace for every sprained ankle.",
        "Based on my work at Mayo, I recommend Dr. Patel for any spine surgery.",
        "My team at Mayo Clinic uses it every day. Grab yours with code NURSE10.",
        "This Mayo-approved meal plan changed my life, link in bio!",
        "After 10 years at Mayo, trust me: this is the only sunscreen worth buying.",
        "As nurses at Mayo Clinic, we're proud to endorse Maria Lopez for city council.",
        "I highly recommend Jordan Lee. I worked alongside him at Mayo Clinic for five years and he is superb.",
        "Views my own. As a pharmacist at Mayo Clinic, I vouch for this pill organiser.",
        "We use the QuickScan thermometer at Mayo Clinic Health System and I swear by it.",
        "Mayo Clinic trusts VitaPure, and so do I. Use code VITA20!",
        "Proud to recommend Kim for any nurse leader role; I managed her at Mayo Clinic for 4 years.",
        "Vote for Jane Smith for Senate, Mayo Clinic docs support her!",
        "This app is Mayo Clinic approved, download it now!",
        # Held-out paraphrases: a credential or workplace reference to the employer + an endorsement.
        "I was Kayla's nurse manager at Mayo Clinic for four years, and I recommend her without reservation.",
        "As a student at Mayo Clinic Alix School of Medicine: this Qbank is the one to buy.",
        "As a Mayo Clinic med student, I use this Qbank. It's what all of us here use.",
        "I had the pleasure of working with Kayla at Mayo Clinic for four years. Any unit would be lucky to have her.",
        "Take it from a Mayo Clinic nurse: these compression socks are the only ones worth buying.",
        "Every nurse on my unit at Mayo uses these clogs. Link in bio!",
        "If it's good enough for Mayo Clinic, it's good enough for your family. Grab yours today.",
        "As her Mayo Clinic colleague of ten years, I'm proud to support Dr. Lee for AMA president.",
        "Como enfermera de Mayo Clinic, les recomiendo estas vitaminas para el embarazo.",
        "We use this exact app every day at Mayo Clinic. You need it.",
        "Based on my 8 years at Mayo, Dr. Lind is who I'd send my own mother to. Tell her I sent you!",
        # Whole-post reading: the employer anchor and the endorsement may sit in different sentences.
        "I'm a dietitian at Mayo and my whole team uses PrepPal. It just works. Download it, trust us 📱",
        "Recommendation for Tom: I supervised him for 3 years in the Mayo Clinic pharmacy. Any team would be lucky.",
        "Keeps my water cold through a whole 12. Mayo ICU nurse approved ✅ code ICU10",
        "Here at Mayo Clinic we all use the NoteFlow app. Download it, you won't regret it.",
        "I've been an ICU nurse at Mayo Clinic for 12 years. These are the only compression socks I wear. Link in bio!",
        "Vote for Dana Ortiz for county board! My colleagues at Mayo and I are backing her all the way.",
    ],
)
def test_endorsement_backed_by_the_employer_is_raised(text):
    assert _endorsements(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I love these running shoes, 500 miles and still going strong.",
        "Mayo Clinic's new study on sleep was published today, read it on the newsroom: newsnetwork.mayoclinic.org",
        "I'm voting yes on the school levy. Our kids deserve good schools.",
        "Loved this video from @MayoClinic on sleep hygiene, blackout curtains are a game changer.",
        "For migraines, this page helped my sister a lot: https://www.mayoclinic.org/diseases-conditions/migraine",
        "Mayo Clinic does not endorse any supplement brand, so be wary of ads that say otherwise.",
        "Proud to celebrate ten years as a nurse at Mayo Clinic today!",
        "I recommend everyone get a flu shot this fall; talk to your own doctor about timing.",
        "Had my knee replaced last year and the surgeon was wonderful. I recommend strength training before surgery.",
        "Go team! So proud of Mayo Clinic's #1 ranking again this year.",
        "Mayo Clinic is hosting a free health fair Saturday, details at mayoclinic.org/events",
        "Mayo Clinic approved the new parking ramp plans last week.",
        # Held-out hard negatives.
        "I was a patient at Mayo Clinic last year and I recommend their cafeteria's soup 😂",
        "Epic, the EHR used at Mayo Clinic, went down for an hour today.",
        "Follow @MayoClinic for their new podcast, I recommend the sleep episode.",
        "I question the choice of Mayo Clinic leadership to cut night staffing.",
        "My mom had surgery at Mayo Clinic last week; the nurses were wonderful.",
        "My mom was treated at Mayo Clinic and I recommend their patient library to anyone.",
        "As a nurse at Mayo Clinic, I'm proud of our new cancer center. Read the announcement on our newsroom.",
        "Mayo Clinic approved my PTO request, beach here I come!",
        "Our whole unit swears by these clogs. Grab a pair, you won't regret it!",
    ],
)
def test_personal_or_official_sharing_is_not_raised(text):
    assert not _endorsements(text), text


def test_advice_follows_the_roles_but_detection_does_not():
    text = "As a nurse manager at Mayo Clinic, I recommend Jess for any charge nurse role."
    by_role = {
        role: _endorsements(text, Profile(roles={role})) for role in ("manager", "patient-care", "student", "other")
    }
    assert all(len(findings) == 1 for findings in by_role.values())
    messages = {role: findings[0].message for role, findings in by_role.items()}
    assert len(set(messages.values())) == 4
    assert "staff" in messages["manager"] and "preceptor" in messages["student"]
    assert all("Guideline 9" in m for m in messages.values())


def test_the_fix_takes_the_employer_name_out_of_the_credential():
    text = "As a pharmacist at Mayo Clinic, I recommend MedSync Pro."
    (finding,) = _endorsements(text)
    assert finding.severity == "warning"
    fixed = suggestion_edit(text, finding, finding.suggestions[0]).apply(text)
    assert fixed == "As a pharmacist, I recommend MedSync Pro."


def test_the_employer_as_recommender_becomes_the_author():
    text = "Mayo Clinic recommends this brand of formula."
    (finding,) = _endorsements(text)
    assert suggestion_edit(text, finding, finding.suggestions[0]).apply(text) == "I recommend this brand of formula."


def test_a_workplace_backing_counts_when_the_profile_shows_the_employer():
    text = "Our whole unit swears by these clogs. Grab a pair, you won't regret it!"
    visible = Profile(roles={"patient-care"}, employer_visible=True)
    assert _endorsements(text, visible)
    assert not _endorsements(text, NURSE)
    assert not _endorsements("I love these clogs, best purchase this year. Grab a pair!", visible)


def test_in_a_long_post_the_endorsement_must_stand_near_the_credential():
    credential = "I'm an internal medicine resident at Mayo Clinic, and this blog is my diary."
    filler = " ".join(f"Week {n} was long and the skyway still confuses me." for n in range(1, 9))
    assert not _endorsements(f"{credential} {filler} Buy a winter coat before you need it. Trust me.")
    assert _endorsements(f"{credential} Buy this winter coat, trust me. {filler}")


# Generalisation tables: drafts written independently of the labelled corpora, by several imagined
# authors (products, candidates, causes; slang, Spanish, emoji, long posts with the pitch buried).
ENDORSED_WITH_THE_EMPLOYER = [
    "This stethoscope has the Mayo Clinic seal of approval as far as I'm concerned 🩺",
    "Nurses at Mayo Clinic all wear these clogs. Buy them, your feet will thank you.",
    "15 years as a nurse at Mayo Clinic taught me one thing: buy good compression socks. These are the ones.",
    "Mayo Clinic staff are all behind Sarah Lee for city council! Vote Nov 5.",
    "The whole clinic is backing Measure 4. Mayo Clinic nurses, let's get out the vote!",
    "This app is the go-to planner at Mayo Clinic, every resident I know uses it",
    "The official sneaker of Mayo Clinic night shift 😂 link in bio, use code NIGHTS10",
    "As a Mayo Clinic pharmacist: switch to this generic brand, trust me",
    "Working at Mayo Clinic, I only buy this brand of sunscreen and you should too",
    "Every surgeon I work with at Mayo Clinic swears by this scrub cap, grab one here 👇",
    "Our Mayo Clinic ICU team voted: this is the best coffee in Rochester. Go try it!",
    "From one Mayo Clinic nurse to you: this is the water bottle to buy",
    "My colleagues at Mayo Clinic and I are endorsing Dr. Kim for the state senate",
    "Mayo Clinic nurses trust this lotion after 12-hour shifts, link below",
    "Straight from the Mayo Clinic break room: the only air fryer you'll ever need",
    "Speaking for my whole Mayo Clinic unit: vote yes on Prop 12!",
    "Coming from someone who's spent a decade at Mayo Clinic: this course is worth every penny",
    "We use these monitors on every floor at Mayo Clinic, highly recommend them for home use",
    "I'm a Mayo Clinic dietitian and this is the protein powder I tell everyone to get",
    "Mayo Clinic docs love this meal kit, try it with my code NURSEJ for 20% off",
    "Mayo Clinic is behind Governor Smith 100%, and so am I",
    "Como enfermera de Mayo Clinic, les recomiendo esta crema para las manos",
    "If it's good enough for Mayo Clinic surgeons, it's good enough for you. Order now!",
    "Officially the favorite scrubs of the Mayo Clinic ED 😎 shop the link",
    "The Mayo Clinic nursing team stands with Senator Ortiz. Please vote for her!",
    "My manager at Mayo Clinic made us all switch to this charting app and I'm obsessed, download it",
    "Mayo Clinic-tested and nurse-loved: these compression socks are 30% off today",
    "After 20 years in the Mayo Clinic OR, I can tell you this is the best sunscreen money can buy",
    "Everyone in my Mayo Clinic residency uses this Qbank. Buy it, pass boards.",
    "At Mayo we all use this hand cream, trust me it's the one",
    "Us Mayo Clinic nurses are all voting for Jenna Park for school board 🗳️",
    "Proud that my Mayo Clinic colleagues and I stand behind Dr. Lopez's campaign",
    "Take it from a Mayo Clinic ER doc: get this first aid kit for your car",
    "My Mayo Clinic team officially endorses Coach Ray for county commissioner",
    "Mayo Clinic's go-to brand for wound care is now on Amazon, grab it",
    "Hey Mayo nurses, use code SCRUBS15 for 15% off these scrubs, every nurse on my unit loves them",
    "As Mayo Clinic employees we all support Prop 3, join us in voting yes",
    "Nurse tip from a Mayo Clinic veteran of 12 years: switch to this brand of clogs",
    "This book is basically required reading at Mayo Clinic. Highly recommend!",
    "I work at Mayo Clinic and we all swear by this planner. Get yours!",
    "Mayo Clinic nurse here 👋 these are the shoes you want for 12s",
    "Long post, bear with me. I've been a nurse for 15 years and I've seen every gadget come and go. The thing "
    "that finally fixed my back pain on 12-hour shifts? These insoles. My whole unit at Mayo Clinic switched to "
    "them last year and nobody has looked back. Link in bio.",
]
NOT_ENDORSED_WITH_THE_EMPLOYER = [
    "I love these running shoes, best purchase of the year!",
    "Mayo Clinic announced a new cancer center today, read the newsroom story: newsnetwork.mayoclinic.org",
    "As a nurse, I recommend staying hydrated during heat waves.",
    "Read Mayo Clinic's new guidance on flu shots: mayoclinic.org/flu",
    "Proud to work at Mayo Clinic! Our team won the safety award this year.",
    "I'm voting for Jenna Park for school board, she's great.",
    "Mayo Clinic does not endorse any products, and neither do I.",
    "Congrats to my colleague Dr. Lee on joining Mayo Clinic!",
    "Mayo Clinic researchers published a study on sleep and heart health this week.",
    "After 10 years at Mayo Clinic I'm retiring! Thank you all for the memories.",
    "I recommend this coffee shop near my apartment, the cold brew is amazing",
    "Mayo Clinic Health System is hiring nurses in Eau Claire, apply via the careers page",
    "Extra mayo on my sandwich, and I recommend the turkey club at Joe's",
    "Our team at Mayo Clinic presented a poster on early mobility at the conference.",
    "My go-to snack after a long run is peanut butter toast.",
    "Supporting my friend's bake sale this weekend! Come buy cookies 🍪",
    "Mayo Clinic's official statement on the merger is linked below.",
    "As a Mayo Clinic nurse I'm not allowed to endorse products, so don't ask 😅",
    "Starting at Mayo Clinic on Monday, any tips for new nurses?",
    "Mayo Clinic nurses, please complete your annual flu vaccine by Friday.",
    "I switched to a new phone plan and it's saving me $40 a month",
    "Mayo Clinic patients can use the patient portal app to see their results.",
    "Vote on Tuesday! Whoever you support, just vote.",
    "Mayo Clinic ranked #1 again by US News, so proud of our team!",
    "Use code SAVE10 for 10% off my Etsy earrings 💍",
    "Trained at Mayo Clinic, now teaching in Arizona. Miss my old team!",
]


@pytest.mark.parametrize("text", ENDORSED_WITH_THE_EMPLOYER)
def test_endorsements_with_the_employer_in_other_words_are_raised(text):
    assert _endorsements(text), text


@pytest.mark.parametrize("text", NOT_ENDORSED_WITH_THE_EMPLOYER)
def test_no_endorsement_with_the_employer_in_other_words_is_not_raised(text):
    assert not _endorsements(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The whole clinic is backing Measure 4, get out and vote yes!",
        "Everyone on my unit is behind Dana Ortiz for county board. Vote Tuesday!",
        "Our hospital's go-to brand of compression socks, now 20% off with my link",
    ],
)
def test_the_workplace_backing_a_cause_counts_when_the_profile_shows_the_employer(text):
    assert _endorsements(text, Profile(roles={"patient-care"}, employer_visible=True)), text
    assert not _endorsements(text, NURSE), text
