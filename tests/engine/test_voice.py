"""Guideline 2: where the employer connection shows, opinions need a "views are my own" line, and
nobody but the employer's official accounts speaks for it.

The drafts below are written for these tests (not taken from the labelled corpus): positives, hard
negatives and Spanish, in the words people actually use.
"""

from __future__ import annotations

import statistics
import time

import pytest

from composer.review import Profile, bundled_policy, review
from composer.review.fixes import disclaimer_edit, disclaimer_text, has_disclaimer, suggestion_edit

SEEN = Profile(roles={"patient-care"}, title="Registered Nurse", employer_visible=True)
UNSEEN = Profile(roles={"patient-care"}, title="Registered Nurse")


def voice_findings(text: str, profile: Profile = SEEN, platform: str = "x"):
    return [f for f in review(text, profile=profile, platform=platform) if f.guideline == 2 and f.raises]


def raises_2(text: str, profile: Profile = SEEN, platform: str = "x") -> bool:
    return bool(voice_findings(text, profile, platform))


OPINIONS = [
    "Nurses are not robots. Twelve hours without a bathroom break is not okay.",
    "Unpopular opinion: night shift should get double the differential. We earn it.",
    "The new charting system is a nightmare and admin knows it.",
    "Flu shots save lives. Get yours before December!",
    "Patients deserve to know what their care costs before the bill shows up.",
    "Honestly, telehealth is the best thing to happen to rural medicine in decades.",
    "Residents are overworked and underpaid. Period.",
    "AI will never replace nurses at the bedside.",
    "Stop calling us heroes and start paying us like professionals. #nurses",
    "Mandatory flu vaccines for hospital staff are the right call.",
    "In my opinion, prior authorization is harming patients every single day.",
    "Hospitals need to stop using travel nurses as a band-aid for bad retention.",
    "Nobody goes into nursing for the money, but we shouldn't have to work three jobs to survive.",
    "Vaccinate your kids. Measles is back and it is not mild.",
    "Listen to your nurses. We see things the monitors miss.",
    "The evidence is clear: early mobility shortens ICU stays. Why are we still waiting?",
    "I'm convinced most burnout comes from charting, not patients.",
    "Gen Z nurses are not lazy. They just refuse to be exploited. #nursing",
    "Nurses deserve safe ratios. RTs are not endorsements.",
    "You should always get a second opinion before surgery. This is not medical advice.",
    "Nurses deserve better. This is my own story and my own voice.",
    "Creo que la atención de salud mental debería estar cubierta por todos los seguros.",
    "Es inaceptable que los pacientes esperen seis horas en urgencias.",
    "Opino que la enfermería necesita más reconocimiento.",
]


@pytest.mark.parametrize("text", OPINIONS)
def test_an_opinion_needs_the_disclaimer_when_the_profile_shows_the_employer(text):
    assert raises_2(text)


@pytest.mark.parametrize("text", OPINIONS[:6])
def test_no_disclaimer_is_needed_when_no_connection_shows(text):
    assert not raises_2(text, UNSEEN)


@pytest.mark.parametrize(
    "text",
    [
        "Mayo Clinic nurse here: travel contracts paying double while staff cover the gaps is killing morale.",
        "12 years at Mayo and I'll say it: the nursing shortage is a leadership problem, not a pipeline problem.",
        "Trabajo en Mayo Clinic como enfermera y pienso que los pacientes merecen más tiempo con su médico.",
        "Clinicals at Mayo this week taught me that bedside manner matters more than any textbook.",
        "My lab at Mayo Clinic has shown me that open data is the only way science moves forward.",
        "Six years in the Mayo Clinic ICU taught me one thing: rest is not optional for nurses.",
        "So proud of our hospital, Mayo Clinic. I truly think we give the best cancer care anywhere.",
        "Honestly every new grad should get a 12-week preceptorship. Disclosure: I'm a nurse educator at Mayo Clinic.",
        "Hot take: 12-hour shifts are killing us. #MayoClinic #nurselife",
        "As a respiratory therapist at Mayo Clinic, I think every smoker deserves a real cessation program.",
        "Como enfermera en la Clínica Mayo, pienso que los pacientes merecen intérpretes.",
    ],
)
def test_the_draft_itself_can_show_the_connection(text):
    assert raises_2(text, UNSEEN)


@pytest.mark.parametrize(
    "text",
    [
        "Can't wait for vacation! Beach, books and zero pagers 🏖️",
        "Hot take: pineapple belongs on pizza 🍍🍕",
        "Should I get the blue or the green scrubs? 🤔",
        "You should see the sunset from the parking ramp tonight 🌅",
        "Just finished my last night shift of the week. Sleeping for 12 hours 😴",
        "It's time for coffee before my shift ☕",
        "We should get tacos after our long shift 🌮",
        "Happy Cinco de Mayo from the night crew! 🌮🎉",
        "Ordered a BLT, hold the mayo. Best lunch in town.",
        "Sunday meal prep done 🥗 Healthy lunches for the whole week!",
        "The best part of my day? My kids' hugs when I get home.",
        "Time for bed 😴 Early alarm tomorrow.",
        "Should I paint the nursery green or yellow?",
        "The Vikings should fire their coach. Worst season ever. 🏈",
        "Whoever keeps leaving dishes in the break room sink, please stop.",
        "I think I left my badge in the car again 🤦",
        "You should have seen the line at the coffee cart this morning ☕",
    ],
)
def test_purely_personal_posts_need_no_disclaimer(text):
    assert not raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "My patients are the best part of my job 💙",
        "My coworkers are the best, seriously. Night shift crew forever 🌙",
        "Happy Nurses Week to the best nurses in the world! 💐",
        "Thank you to the nurses who cared for my grandma. You deserve the world.",
        "Best shift ever with the best crew 💙",
        "Grateful for my preceptor, she is the best! #newgrad",
        "My patient told me I should be a doctor 🥹",
    ],
)
def test_light_sentiment_is_not_an_opinion(text):
    assert not raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "The best charge nurses are the ones who still take a patient assignment.",
        "Nurses are the backbone of health care and it's time hospitals paid them like it.",
        "Happy Nurses Week! Now pay us what we're worth, hospitals should stop with the pizza parties.",
        "Mayo's parking situation is a joke.",
        "Love how admin thinks a pizza party fixes burnout 🙄",
        "Can we talk about how insurers deny care with one click?",
    ],
)
def test_praise_and_criticism_of_the_profession_or_employer_are_opinions(text):
    assert raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Safe staffing saves lives. Views are mine alone.",
        "Nurses deserve real breaks. All views my own.",
        "Prior auth is a waste of everyone's time. Opinions expressed are my own.",
        "Burnout is a system failure. Thoughts my own, not my employer’s.",
        "Patients deserve price transparency. My views do not represent those of my employer.",
        "Ratios save lives. These are my personal views and not those of Mayo Clinic.",
        "Every hospital should have a sepsis nurse. (Views mine, not Mayo's.)",
        "Nurses deserve better pay. I don't speak for my employer.",
        "Masks still matter more than most people think. Not speaking on behalf of my employer.",
        "Telehealth should stay. #ViewsMyOwn",
        "Hot take: ratios save lives. (Opinions mine.)",
        "Burnout is real. Personal account, views my own.",
        "Flu shots save lives. Tweets are my own, RTs ≠ endorsements.",
        "Residents deserve sleep. All opinions are my own and don't represent Mayo Clinic.",
        "Nurses deserve better. The views expressed on this account are my own and do not reflect the views "
        "of my employer.",
        "Everything in this video is my personal opinion and not that of my employer. Nurses deserve better.",
        "Los pacientes merecen intérpretes. Las opiniones expresadas aquí son personales.",
        "Creo que los turnos deberían ser más cortos. Opiniones propias.",
        "Las enfermeras merecen más. Mis opiniones no representan a mi empleador.",
        "Creo que necesitamos más enfermeras. Esta es mi opinión personal, no la de mi empleador.",
    ],
)
def test_a_disclaimer_in_any_close_wording_is_enough(text):
    assert not raises_2(text)
    assert has_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "RTs ≠ endorsements.",
        "Links are not endorsements.",
        "This is not medical advice. Talk to your own doctor.",
        "Disclosure: I'm a registered nurse at Mayo Clinic.",
        "As a nurse at Mayo Clinic, I see this every day.",
        "In my opinion this is the best way.",
        "This is my own story.",
    ],
)
def test_look_alikes_are_not_disclaimers(text):
    assert not has_disclaimer(text)


@pytest.mark.parametrize(
    "text",
    [
        "I strongly believe every hospital should publish its staffing ratios. Mayo Clinic included.",
        "Mayo Clinic has the best cardiology department in the country, hands down.",
    ],
)
def test_naming_the_employer_is_not_the_same_as_saying_you_work_there(text):
    assert not raises_2(text, UNSEEN)


def test_a_long_post_is_judged_by_its_opinions_not_its_length():
    personal = (
        "Long post, bear with me.\n\nI've been a nurse for 20 years. I've worked nights, days, holidays.\n\n"
        "Thank you to everyone who made my retirement party so special. 💙"
    )
    assert not raises_2(personal, platform="facebook")
    opinion = personal.replace("holidays.", "holidays. The way hospitals treat experienced nurses is shameful.")
    [finding] = voice_findings(opinion, platform="facebook")
    assert opinion[finding.start : finding.end] == "The way hospitals treat experienced nurses is shameful."


def test_the_finding_underlines_the_opinion_and_offers_the_platform_disclaimer():
    policy = bundled_policy()
    text = "Great shift today!\nMandatory overtime is not a staffing plan. It's a safety problem."
    [finding] = voice_findings(text, platform="linkedin")
    assert finding.rule == "voice.missing-disclaimer"
    assert finding.severity == "warning"
    assert finding.fix == "append"
    assert text[finding.start : finding.end] == "Mandatory overtime is not a staffing plan."
    assert list(finding.suggestions) == [disclaimer_text(policy, "linkedin", text)]
    assert "Guideline 2" in finding.message and "your profile" in finding.message
    fixed = suggestion_edit(text, finding, finding.suggestions[0]).apply(text)
    assert not raises_2(fixed, platform="linkedin")
    assert disclaimer_edit(fixed, policy, "linkedin") is None, "never inserted twice"


def test_the_message_says_why_the_connection_shows():
    [finding] = voice_findings("I work at Mayo Clinic, and nurses deserve better ratios.", UNSEEN)
    assert "this post says you work at Mayo Clinic" in finding.message


def test_a_short_platform_gets_the_short_disclaimer():
    [finding] = voice_findings("Nurses deserve better ratios.", platform="x")
    assert finding.suggestions[0] == "Views my own, not my employer's."


@pytest.mark.parametrize(
    "text",
    [
        "We at Mayo Clinic stand with our nurses on safe staffing.",
        "Here at Mayo, we believe every patient deserves a second opinion.",
        "Mayo Clinic's stance on this is clear: the vaccine is safe in pregnancy.",
        "Our official position at Mayo Clinic is that these supplements are unnecessary.",
        "On behalf of Mayo Clinic, thank you to every veteran who trusted us with their care.",
        "As Mayo Clinic nurses, we endorse Prop 7.",
        "En Mayo Clinic creemos que la salud es un derecho.",
    ],
)
def test_speaking_for_the_employer_is_flagged(text):
    rules = {f.rule for f in voice_findings(text, UNSEEN)}
    assert "voice.speaks-for-employer" in rules


def test_speaking_for_the_employer_is_flagged_even_with_role_and_disclaimer():
    text = "As a nurse at Mayo Clinic: Mayo's position is that visitors must wear masks. Views my own."
    [finding] = voice_findings(text)
    assert finding.rule == "voice.speaks-for-employer"
    assert text[finding.start : finding.end].startswith("Mayo's position")


def test_citing_the_employer_without_a_connection_is_not_speaking_for_it():
    assert not raises_2("According to Mayo Clinic, adults need 7 hours of sleep.", UNSEEN)


def test_passing_on_the_employers_public_advice_is_not_speaking_for_it():
    assert not raises_2("Mayo Clinic recommends adults get 150 minutes of exercise a week. Here's how I fit it in.")


def test_claiming_the_employers_backing_for_a_product_is_speaking_for_it():
    rules = {f.rule for f in voice_findings("Mayo Clinic recommends this brand of baby formula, trust me!")}
    assert "voice.speaks-for-employer" in rules


def test_a_handle_with_the_employer_name_shows_the_connection():
    profile = Profile(roles={"patient-care"}, handles=("@MayoNurseJen",))
    [finding] = voice_findings("Nurses deserve safe ratios.", profile)
    assert "handle" in finding.message


def test_review_speed_of_the_affiliation_detectors():
    """Guidelines 2 and 4 together stay well under a millisecond on a typical draft, linear beyond."""
    from composer.review.checks import disclosure, voice
    from composer.review.text import Document

    policy = bundled_policy()
    sample = " ".join(OPINIONS) + " I'm a nurse at Mayo Clinic. Views my own. "
    draft = (sample * 10)[:3000]

    def run(text: str) -> None:
        doc = Document(text, profile=SEEN, platform="linkedin", policy=policy)
        list(voice.check(doc, policy.sections["voice"]))
        list(disclosure.check(doc, policy.sections["disclosure"]))

    run(draft)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        run(draft)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.003  # measured about 0.5 ms; generous for busy machines
    big = (sample * 3000)[:1_000_000]
    start = time.perf_counter()
    run(big)
    assert time.perf_counter() - start < 2.0


# --- opinions with no stock evaluative phrase, by family --------------------------------------------

OPINION_FAMILIES = {
    "advice and calls to action": [
        "Stop prescribing antibiotics for viral sinus infections. Just stop.",
        "Send your low back pain patients to PT before the MRI, not after.",
        "Get your flu shot. It takes five minutes and it keeps our ICU beds open.",
        "Never ignore chest pain in women. It presents differently.",
        "Book your mammogram. Seriously, do it this month.",
        "Fund the nurse residency programs, legislators. New grads are drowning.",
        "Medicaid cuts move the bill to the ER. I see it every single week. Call your representatives.",
        "The guy we saw today had no insurance and left before his scan. This is what our system does. Fix it.",
    ],
    "announced stances": [
        "Hill I will die on: hospital parking should be free for patients.",
        "Unpopular truth: most patients don't need a daily CBC.",
        "I said what I said: charge nurses need a lighter patient load.",
        "PSA for my fellow nurses: you can't pour from an empty cup. Take your breaks.",
        "Prior auth delays care. Period.",
    ],
    "rhetorical questions": [
        "Why are we still faxing prior authorizations in 2025?",
        "How is it okay that nurses can't take a bathroom break in a 12-hour shift?",
        "Am I the only one who thinks the new EHR update made charting worse?",
        "When will insurers stop denying MRIs that doctors order?",
    ],
    "comparisons and rankings": [
        "Telehealth follow-ups are better than in-person visits for most stable diabetes patients.",
        "Our cardiac rehab beats anything else in the state.",
        "Nurse practitioners are just as safe as physicians for routine primary care.",
        "Bedside handoff does more for patient safety than any checklist.",
        "Honestly the flu shot is the easiest win in all of public health.",
    ],
    "policy, staffing, unions, insurers": [
        "The new visitor policy is going to hurt our elderly patients the most.",
        "Mandatory overtime will drive nurses out of the profession.",
        "Cutting the float pool was a huge mistake by leadership.",
        "Union nurses have better ratios. Unionize.",
        "Every ED needs a social worker on nights.",
        "Private equity has no business owning hospitals.",
        "Patients are not customers and hospitals are not hotels.",
        "Burnout isn't a personal failing, it's a systems problem.",
        "Travel nurse agencies are bleeding hospitals dry.",
        "I'm so done with administrators who've never held a bedpan making staffing decisions.",
    ],
    "predictions": [
        "AI scribes will change how we practice medicine within five years.",
        "This new drug is going to change everything for MS patients.",
    ],
    "praise or blame of care": [
        "The oncology team treated my dad like family through every round of chemo.",
        "My mom's hip surgery went great and the care was world-class.",
    ],
    "recommendations": [
        "Dr. Lind at North Lakes is who I'd send my own mother to for a knee replacement.",
        "My whole team uses this app with our diabetes patients. It just works. Download it, trust us.",
        "Best compression socks for 12-hour shifts? These. Use my code NURSE10 for 10% off.",
    ],
    "Spanish": [
        "Como enfermera lo digo claro: la telemedicina nunca va a reemplazar el contacto humano.",
        "Los hospitales que sustituyen enfermeras con cámaras se están equivocando.",
        "Los hospitales deben contratar más enfermeras. Así de simple.",
        "Es una vergüenza que los pacientes esperen ocho horas en urgencias.",
        "Vacúnense contra la gripe, por favor. Salva vidas.",
    ],
}


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"{family}-{i}") for family, ts in OPINION_FAMILIES.items() for i, t in enumerate(ts)]
)
def test_opinions_without_a_stock_phrase_need_the_disclaimer(text):
    assert raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stop by my house for tacos after shift tonight!",
        "Get some sleep, night owls. See you tomorrow.",
        "Send help, my toddler discovered markers 🖍️",
        "Why is my coffee always cold by the time I drink it?",
        "Pineapple on pizza is better than pepperoni. Fight me.",
        "The Twins are going to break my heart again this year.",
        "Don't forget to set your clocks back tonight!",
        "Never underestimate a nap between night shifts.",
        "Try the new ramen place downtown, it is incredible.",
        "The new Marvel movie is better than the last one.",
        "Get well soon, grandma! The nurses say you're doing great.",
        "Don't forget: the staff blood drive is Thursday in the lobby.",
        "Check out the new mural in the pediatric wing, painted by local kids!",
        "Every patient on our unit gets a welcome packet now. Took us months to put together!",
        "I got to hold a newborn in the NICU today. Best part of my job.",
        "Another 12 done. My feet hurt but my heart is full.",
        "Flu season typically peaks between December and February.",
        "Measles is spread through the air and is highly contagious.",
        "Our unit got new IV pumps this week. Training is on Tuesday.",
        "A family member asked me why hospitals don't allow pets. Good question, honestly I didn't know.",
    ],
)
def test_personal_posts_light_sentiment_and_plain_facts_stay_quiet(text):
    assert not raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses deserve better ratios. Standard disclaimer: my opinions, not my employer's.",
        "Hospitals must publish their prices. (My views only, not those of my hospital.)",
        "Stop prescribing antibiotics for colds. I speak only for myself here.",
        "Unpopular opinion: 12-hour shifts are unsafe. Opinions are mine alone.",
        "Prior auth is broken. These thoughts are my own and not my employer's.",
    ],
)
def test_disclaimers_in_unusual_wording_still_count(text):
    assert not raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stop prescribing antibiotics for colds. This is not medical advice.",
        "Not medical advice, just a nurse who has seen too much: the flu shot is the easiest win in public health.",
        "Hospitals must publish their prices. As a nurse I see this daily.",
    ],
)
def test_a_medical_advice_note_or_a_role_is_not_a_disclaimer(text):
    assert raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Proud Mayo Clinic employee here, and I think every hospital should pay for parking.",
        "Proud Mayo Clinic Health System employee for 8 years ❤️ Rural clinics deserve more funding.",
        "ICU nurse, Mayo Clinic. Mandatory overtime is not a staffing plan.",
        "Here at Mayo we get patients seen fast. Other systems should copy us.",
        "My unit at Mayo runs circles around every other ICU I've worked in.",
        "Cleveland Clinic's cardiac rehab can't touch ours at Mayo. Not even close.",
        "My dad got his bypass at Mayo Clinic. I work there, and the cardiac surgeons are second to none.",
        "My grandpa had his valve replaced at Mayo Clinic and the team treated him like royalty. I work there 😅",
        "Been at Mayo Clinic 8 years and leadership still doesn't get staffing.",
        "Another 12 in the books. I'm convinced thrombectomy is the greatest advance there is. #MayoClinic #neuroICU",
        "Fourth-year at Mayo Clinic Alix School of Medicine here and med students deserve protected study time.",
        "Trabajo en la Clínica Mayo y creo que los pacientes merecen intérpretes.",
    ],
)
def test_more_ways_the_draft_shows_the_connection(text):
    assert raises_2(text, UNSEEN)


@pytest.mark.parametrize(
    "text",
    [
        "My dad got his bypass at Mayo Clinic and the surgeons were world-class.",
        "A nurse at Mayo Clinic told me hospitals should hire more CNAs.",
        "We drove to Mayo Clinic for my mom's appointment. We saw the best doctors there.",
        "Where I work, nurses deserve better ratios.",
    ],
)
def test_a_connection_that_does_not_show_needs_no_disclaimer(text):
    assert not raises_2(text, UNSEEN)


def test_a_topic_a_little_further_away_in_a_short_post_counts_but_not_across_paragraphs():
    near = "Medicaid cuts move the bill to the ER. I see it every single week. Call your representatives."
    assert raises_2(near)
    apart = "Long week in the ER, glad it's over.\n\nWe just watched the game. I see it every year. Fire the coach."
    assert not raises_2(apart)


def test_review_speed_when_the_whole_draft_must_be_read():
    """No disclaimer, a visible profile and no opinion: every sentence is read for opinions (the slowest case)."""
    from composer.review.checks import disclosure, voice
    from composer.review.text import Document

    policy = bundled_policy()
    plain = (
        "Just finished my night shift with my patients on the unit. The nurses and residents had lunch at the "
        "hospital cafeteria. Charting done, meds passed, vitals stable. Heading home to my dog. "
    )

    def run(text: str) -> list:
        doc = Document(text, profile=SEEN, platform="linkedin", policy=policy)
        return [*voice.check(doc, policy.sections["voice"]), *disclosure.check(doc, policy.sections["disclosure"])]

    draft = (plain * 30)[:3000]
    assert not any(run(draft))
    times = []
    for _ in range(30):
        start = time.perf_counter()
        run(draft)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.003  # measured about 0.8 ms; generous for busy machines
    start = time.perf_counter()
    run((plain * 6000)[:1_000_000])
    assert time.perf_counter() - start < 2.0
