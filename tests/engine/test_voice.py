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


# --- opinions in everyday wording: a word of appraisal about a health or work topic ---------------------
# Written before the lexicon of judgements existed; sarcasm, rants, questions, advice, predictions,
# comparisons, "too"/"so" with a verdict, criticism of policies, insurers, pharma and government, praise of
# treatments, Spanish, very short posts and long posts with the opinion buried.

EVERYDAY_OPINIONS = {
    "sarcasm": [
        "Honestly the new staffing policy is a train wreck and admin doesn't care.",
        "Oh great, another wellness email from HR while we're running four nurses short. Very helpful.",
        "Nothing says 'we value you' like a free granola bar after a 16-hour shift.",
        "Love that the new scheduling software needs six clicks to swap a shift. Truly innovative.",
        "Wow, a 2% raise. Admin really outdid themselves this year 🙃",
        "Our new CEO's first move was cutting bedside staff. Bold strategy.",
    ],
    "rants": [
        "Spent 40 minutes on hold with an insurance company to get a kid's inhaler approved. This system is broken "
        "beyond words.",
        "Short three nurses every night for a month and management keeps saying 'we hear you'. Nobody is hearing "
        "anything.",
        "The cafeteria closes at 7pm. Night shift apparently doesn't need to eat. Make it make sense.",
        "Pharma raising insulin prices again. Disgusting.",
        "Residents working 28-hour calls is insane. Nobody thinks clearly at hour 26.",
    ],
    "questions": [
        "Why does every hospital think a pizza party is a retention strategy?",
        "Who decided charge nurses should also take five patients?",
        "Is anyone else tired of charting the same vitals in three places?",
        "¿Por qué seguimos usando fax en los hospitales?",
    ],
    "advice": [
        "New grads: pick a unit with a real orientation program, not the one offering the biggest sign-on bonus.",
        "If your doctor won't explain your meds, find another doctor.",
        "Nurses, document everything. Your charting is your only protection.",
        "Patients: always ask what a new med is for before you take it.",
        "Pay nurses like it matters.",
    ],
    "predictions": [
        "The new ratio law is going to close rural ERs.",
        "Within ten years most primary care visits will be virtual, and that's a good thing.",
    ],
    "comparisons": [
        "Paper charts were honestly faster than this EHR.",
        "Night shift has way better teamwork than days.",
        "I'll take a good CNA over a fancy new monitor any day.",
    ],
    "too or so with a judgement": [
        "Our patient loads are way too heavy for one nurse.",
        "Orientation is too short for new ICU nurses.",
        "The prior authorization process is so pointless.",
        "Med school is way too expensive for what it teaches.",
        "Our discharge process is painfully slow and patients pay for it.",
    ],
    "criticism of policies, insurers, pharma and government": [
        "The state's Medicaid cuts are going to hurt the poorest patients first.",
        "Congress letting the telehealth waivers lapse is a terrible idea.",
        "Insurers second-guessing oncologists is the worst part of modern medicine.",
        "Charging staff $80 a month to park at the hospital where they work is wild.",
        "The new badge-in policy for breaks treats grown nurses like children.",
        "The sepsis bundle is outdated and everyone knows it.",
        "Vaccine mandates for health care workers were a mistake.",
        "Homeopathy is nonsense and pharmacies shouldn't sell it.",
        "Letting one NP cover a whole ER overnight is a bad idea.",
        "Nurses' unions do more harm than good.",
        "Our union contract is the only reason we have safe ratios at all.",
        "Honestly? The night differential here is a joke.",
    ],
    "praise of treatments and care": [
        "These new GLP-1 meds are genuinely amazing for our diabetic patients.",
        "Early palliative care consults are so underused and so valuable.",
        "Immunotherapy has been incredible for melanoma.",
        "Patients who bring a written list of questions get better care. Every time.",
        "Hospital food for patients is honestly inedible. We can do better.",
    ],
    "Spanish": [
        "La nueva política de turnos es un desastre y a la administración no le importa.",
        "Los seguros médicos ponen demasiadas trabas a los tratamientos.",
        "Qué vergüenza que las enfermeras tengan que pagar el estacionamiento del hospital.",
        "Los turnos de doce horas son agotadores e inseguros para los pacientes.",
    ],
    "very short posts": [
        "Ratios now.",
        "EHR = worst invention ever.",
        "Admin: clueless.",
        "Float pool cuts = unsafe care.",
        "Twelve-hour shifts are overrated.",
    ],
}

EVERYDAY_OPINIONS_LONG = [
    "This week marks five years since I started in the cardiac ICU.\n\nI've precepted eleven new nurses, "
    "switched to nights and back, and earned my CCRN along the way. I've learned to love the quiet hours "
    "before dawn.\n\nIf I could change one thing about how we train nurses, it would be far more simulation "
    "before anyone's first real code. Throwing new grads in and hoping is not training.\n\nThank you to every "
    "charge nurse who answered my questions at 3 a.m. 💙",
    "Excited to share that I passed my oncology nursing certification this month! 🎉\n\nIt took six months of "
    "evening study, two practice exams and a lot of coffee. My family was endlessly patient.\n\nOne thing I'll "
    "say: continuing education should be paid time, not something nurses squeeze into their days off.\n\n"
    "Grateful to my mentors and to the study group that kept me going.",
]

EVERYDAY_OPINIONS_SHOWN_IN_THE_DRAFT = [
    "Mayo Clinic nurse here. The new staffing grid is a joke.",
    "Ten years at Mayo and the parking situation has never been worse.",
    "I work at Mayo Clinic and honestly our discharge process is way too slow.",
    "My unit at Mayo Clinic is short-staffed every weekend and nobody upstairs seems to care.",
]

EVERYDAY_NOT_OPINIONS = {
    "pets, vacations, food, sports, family": [
        "My dog learned to open the fridge. We're doomed 🐶",
        "New kitten is the worst roommate ever and I love her.",
        "Cancún was amazing. Best vacation ever, already planning the next one.",
        "This beach is way too beautiful to leave tomorrow.",
        "This ramen is insane. Best noodles in Rochester.",
        "Honestly the worst pizza I've ever had. Never again.",
        "The Vikings' defense is terrible this year. Fire everyone.",
        "Refs were awful tonight. Robbed.",
        "My kids think I'm too strict about screen time. Not sorry.",
        "My sister's wedding was so beautiful I cried twice.",
        "Mayo on my burger is non-negotiable.",
        "The sequel was so much worse than the original. Two hours I'll never get back.",
    ],
    "schedules and plain facts": [
        "Working nights Thursday through Saturday, then off for a week.",
        "Staff meeting moved to 2 pm Tuesday in the third-floor conference room.",
        "Employee flu clinic runs Monday to Friday, 7am-3pm, in the main lobby.",
        "The clinic is closed Monday for the holiday.",
        "Measles vaccines are given at 12 to 15 months and again at 4 to 6 years.",
        "Finished my BLS recertification today. Done for two years!",
        "First day back on the unit after maternity leave. Nervous and excited!",
    ],
    "light sentiment": [
        "Happy Nurses Week to my amazing coworkers! 💙",
        "I love my team. Best crew on nights.",
        "So tired after this shift but so proud of my patients 💙",
        "Such a good day on the unit today!",
        "Grateful for the best preceptor ever.",
        "Happy retirement to Linda after 30 years on 5 West! We'll miss you.",
    ],
    "personal states next to work words": [
        "I'm way too tired to cook after a 12-hour shift.",
        "My feet are so sore after this shift.",
        "This snow is ridiculous. Drove 20 mph all the way to work.",
        "Should I do nights or days next year? Help me decide!",
        "Picked up an extra shift so I can afford concert tickets 🎶",
        "Just saw the northern lights driving home from my shift. Unreal.",
    ],
    "someone else's view reported": [
        "A patient told me today that the new parking ramp is confusing. I passed it on to facilities.",
        "Our CEO said at today's town hall that staffing is the top priority this year.",
        "My grandma says every doctor is too young these days 😂",
    ],
    "disclaimers in unusual wording": [
        "Hospitals should publish prices. Usual caveat: I speak for me, not my employer.",
        "Twelve-hour shifts are brutal. (Personal opinion, not my hospital's.)",
        "Insurers are ruining medicine. Standard disclaimer applies: my views, not my employer's.",
        "Admin needs to listen. Opinions = mine, not the hospital's.",
        "La nueva política es un desastre. Opiniones personales, no de mi empleador.",
        "Views expressed are mine and mine alone. Night shift deserves better pay.",
    ],
}


MORE_EVERYDAY_OPINIONS = [
    "Whoever designed the new pyxis workflow has clearly never pulled a med at 3 a.m.",
    "Three codes, no break, and a 'thank you' email from leadership. That's not appreciation.",
    "Insurance companies shouldn't get to decide how long my patients stay.",
    "Yet another mandatory module on 'resilience'. We don't need resilience training, we need staff.",
    "12 patients on a med-surg floor is not safe. I don't care what the grid says.",
    "Telehealth for therapy has been a lifeline for rural families. Cutting it would be cruel.",
    "Hospital price transparency is a joke when nobody can read the spreadsheet.",
    "I'm begging hospitals to stop calling nurses 'family' while cutting our PTO.",
    "Staffing agencies charging $150/hr while staff nurses get a 2% raise. Sit with that.",
    "Residents deserve a union. Full stop.",
    "the new badge readers are slower than the old ones and now we're late to every call light",
    "If your hospital still bans tattoos for nurses in 2025, it's living in the past.",
    "Vaccines are the single best thing medicine ever did. Not up for debate.",
    "Nobody talks about how isolating night shift is for new grads.",
    "Why is it easier to get a pizza party than a fourth nurse on nights?",
    "Open notes are great for patients, terrible for clinicians' inboxes.",
    "Moving all our RNs to 12s was the worst decision this unit ever made.",
    "La falta de intérpretes en los hospitales pone en riesgo a los pacientes.",
    "Es absurdo que un paciente espere tres meses para ver a un especialista.",
    "Patient satisfaction scores measure hotel amenities, not care. Ditch them.",
    "Epic's new inbox is the slowest thing I've ever used. Patients wait because of it.",
    "AI charting tools are overhyped. Show me the data first.",
    "Stop scheduling new grads on nights alone. It's setting them up to fail.",
    "Primary care is dying and everyone pretends it's fine.",
    "Sick leave policy here punishes people for being sick. In a hospital.",
    "Hospital administrators make 10x what bedside nurses do. Think about that.",
    "Prior auth for a generic inhaler? Come on.",
    "Every nurse should learn to read an EKG. It's not optional.",
    "Not a fan of the new visitor policy. Families are part of healing.",
    "Our cafeteria charging patients' families $14 for a sandwich is predatory.",
]

MORE_EVERYDAY_NOT_OPINIONS = [
    "Sepsis is a medical emergency. Know the signs: fever, fast heart rate, confusion.",
    "Broken hips in older adults are common after falls, so keep rugs off the stairs at home.",
    "My mom is much better after her surgery. Thank you to everyone who sent prayers!",
    "Had a patient today who sang to me during her blood draw. Made my whole week.",
    "The ICU was way too quiet tonight. You know what that means...",
    "Too many snacks in the break room again 😂",
    "Our unit potluck was a disaster 😂 three lasagnas, zero desserts.",
    "The hospital gala was amazing for a good cause 💃",
    "Survived my first week of nursing school! Anatomy is no joke.",
    "Flu shot done ✅ Arm is a little sore but totally fine.",
    "Clinic hours this week: Monday to Thursday 8-5, closed Friday for training.",
    "Grateful for my preceptor who taught me how to start an IV on my terrible first try.",
    "Long shift in the ED. The drive home in this snow was awful.",
    "Cardiology conference in Chicago this week! Excited to learn about new heart failure treatments.",
    "New study out today on statins and dementia risk. Link in comments.",
    "Night shift snack ranking: Cheetos are the best, pretzels are overrated 😂",
    "My toddler says nurses are superheroes. Who am I to argue 🦸",
    "My husband thinks hospital coffee is terrible. He's not wrong 😂",
    "Passed my NCLEX!!! So grateful for everyone who helped me study 🎉",
    "That feeling when your patient goes home after 40 days in the ICU 💙",
    "Worked my last shift before vacation. See you in two weeks, 4 West!",
    "Pro tip for new nurses: always keep a snack in your pocket 🍎",
    "Today we celebrated our unit secretary's 25 years. She's the heart of the floor.",
    "A patient's daughter brought us cookies today. Best surprise ever.",
    "The new parking ramp has heated floors and I'm obsessed.",
    "Wound care is my favorite part of the job, weird I know.",
    "So proud of our residents who presented at the national meeting this week!",
    "Breaking my own rule and posting a selfie in scrubs. Third year on the unit!",
    "Can't believe it's been ten years since I started nursing school. Time flies.",
    "Measles cases are rising in three states, according to the CDC.",
    "Our team ran the hospital 5K this morning. Slowest time ever, most fun ever.",
    "Stuck in traffic on the way to my shift. Why is everyone driving so slow today?",
    "Wow, this new coffee machine in the staff lounge is amazing.",
    "Me: I'll go to bed early. Also me after night shift: watching three episodes.",
    "Doctors' handwriting jokes never get old 😂",
    "Proud to have finished my master's in nursing while working full time!",
    "Working Christmas this year. Santa please bring the unit some extra hands 🎅",
    "The dog is not impressed that I'm working nights again 🐶",
    "If anyone needs me I'll be asleep for 14 hours after this stretch of nights.",
    "This chili recipe from my coworker is insane. Making it every week now.",
    "Third night in a row. Coffee is my personality now ☕",
    "Lost my favorite pen on the unit again. RIP, blue Pilot G2.",
    "Our unit's Halloween costume contest was amazing 🎃",
    "Skills fair tomorrow at 8 in the simulation center. Bring your badge.",
    "Working the holiday? Double-check the schedule posted on the break room door.",
    "Went to the hospital chapel for a quiet minute today. Needed it.",
    "My patients' families bring the best homemade bars in Minnesota.",
    "Three new babies in the NICU this week got to go home. Pure joy.",
    "Watched the new Grey's episode. Totally unrealistic, but I love it.",
    "Biked to work today, 12 miles, zero regrets 🚴",
    "Finally got the certification study guide. Wish me luck!",
    "The lake was way too cold for swimming but we did it anyway.",
    "Cat decided 7am is the perfect time to sit on my face after night shift.",
    "Our residents won the softball game against the attendings! Rematch next year.",
    "Shoutout to Environmental Services for keeping our floor spotless 🧹",
    "Made it through my first code as a new grad. Shaking, but we got him back.",
    "My grandpa thinks every nurse is a doctor. Cutest misunderstanding.",
    "The new hospital wing opens to patients on March 3.",
    "Hospital cafeteria had tacos today. Best Tuesday ever 🌮",
    "Studying pharmacology tonight. Beta blockers end in -olol, I'll never forget.",
    "Dinner with my old nursing school friends. Ten years later and nothing changed.",
    "A patient asked me if I'm old enough to be a nurse. I'm 34. I'll take it.",
    "Power went out at home so I'm charting my life by candlelight. Dramatic.",
    "Learned how to knit from a patient on my break. Scarf incoming 🧶",
    "Seasonal reminder that the hospital 5K registration closes Friday.",
    "The ER waiting room TV was playing cartoons and honestly everyone was into it.",
    "Nurses Week bingo card: free pen ✅ cake ✅ nap ❌",
    "My daughter wants to be a surgeon. I told her to sleep first.",
    "Today's the day I finally organized my locker. Small wins.",
    "Can't decide between the ICU and the ED for my final practicum. Thoughts?",
]


@pytest.mark.parametrize(
    "text", [pytest.param(t, id=f"{family}-{i}") for family, ts in EVERYDAY_OPINIONS.items() for i, t in enumerate(ts)]
)
def test_everyday_opinions_need_the_disclaimer(text):
    assert raises_2(text)


@pytest.mark.parametrize("text", MORE_EVERYDAY_OPINIONS)
def test_more_everyday_opinions_need_the_disclaimer(text):
    assert raises_2(text)


@pytest.mark.parametrize("text", EVERYDAY_OPINIONS_LONG)
def test_an_opinion_buried_in_a_long_post_is_found(text):
    [finding] = voice_findings(text, platform="linkedin")
    assert finding.start > 100, "the underline sits on the opinion, not on the opening lines"


@pytest.mark.parametrize("text", EVERYDAY_OPINIONS_SHOWN_IN_THE_DRAFT)
def test_everyday_opinions_where_the_draft_shows_the_connection(text):
    assert raises_2(text, UNSEEN)


@pytest.mark.parametrize("text", [t for ts in EVERYDAY_OPINIONS.values() for t in ts][::6])
def test_everyday_opinions_need_nothing_where_no_connection_shows(text):
    assert not raises_2(text, UNSEEN)


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, id=f"{family}-{i}") for family, ts in EVERYDAY_NOT_OPINIONS.items() for i, t in enumerate(ts)],
)
def test_everyday_posts_without_a_work_or_health_opinion_stay_quiet(text):
    assert not raises_2(text)


@pytest.mark.parametrize("text", MORE_EVERYDAY_NOT_OPINIONS)
def test_more_everyday_posts_without_a_work_or_health_opinion_stay_quiet(text):
    assert not raises_2(text)


def test_a_judgement_is_about_a_topic_in_its_own_sentence():
    assert raises_2("Long shift in the ED. The new triage software was awful.")
    assert not raises_2("Long shift in the ED. The drive home in this snow was awful.")


def test_a_short_judgement_leans_on_the_sentence_before_it():
    assert raises_2("Pharma raised insulin prices again. Disgusting.")
    assert raises_2("Telehealth for therapy has been a lifeline for rural families. Cutting it would be cruel.")
    assert not raises_2("Telehealth visits start at 9 on Mondays. The parking garage downtown was awful.")


def test_a_work_word_that_only_describes_something_personal_is_not_a_topic():
    assert not raises_2("Night shift snack ranking: Cheetos are the best, pretzels are overrated 😂")
    assert raises_2("Night shift ratios are the worst part of this job and admin knows it.")


@pytest.mark.parametrize(
    "text",
    [
        "Why are hospitals still faxing records to each other?",
        "How come nurses get a pizza party and executives get bonuses?",
        "Safe staffing now!",
        "Oh great, another mandatory module for the nurses. Very helpful.",
    ],
)
def test_cues_that_end_on_punctuation_are_read(text):
    assert raises_2(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayo Clinic's official stance on the ratio bill: it would hurt rural hospitals.",
        "Mayo Clinic nurses are voting for the levy this fall. Join us!",
        "Mayo Clinic stands with the cancer walk 💛 donate through my page!",
    ],
)
def test_more_ways_of_speaking_for_the_employer(text):
    rules = {f.rule for f in voice_findings(text, UNSEEN)}
    assert "voice.speaks-for-employer" in rules


def test_sharing_the_employers_own_stance_without_a_call_to_give_is_not_speaking_for_it():
    assert not raises_2("Proud that Mayo Clinic stands with veterans this Memorial Day.", UNSEEN)


@pytest.mark.parametrize(
    "text",
    [
        "The unit I work on at Mayo Clinic is short-staffed every weekend and it's unsafe.",
        "Everyone asks what I think of Mayo's new visitor policy. Limiting dying patients to two visitors is cruel. "
        "Our hospital can do better.",
    ],
)
def test_the_draft_shows_the_connection_in_more_ways(text):
    assert raises_2(text, UNSEEN)


def test_our_hospital_stay_is_a_patients_family_not_staff():
    text = "Our hospital stay at Mayo Clinic was long. The care was honestly outdated in places."
    assert not raises_2(text, UNSEEN)


# A third batch: professions as topics, verdicts such as "a myth", "an afterthought", "makes zero sense".
THIRD_BATCH_OPINIONS = [
    "Calling 2 nurses for 30 beds 'adequate staffing' should be illegal.",
    "The new 'lean' initiative is just layoffs with a nicer font.",
    "Hospitals love to say 'patients first' right up until the budget meeting.",
    "Mental health care in this state is an afterthought. Parents wait months for a child psychiatrist.",
    "Drug reps buying lunch for the clinic should be banned. It works, that's the problem.",
    "Nurses eating their young is a myth leadership uses to avoid fixing orientation.",
    "Can't stand how insurers make patients fight for every PT visit.",
    "Hot tip for new residents: the nurses know more than you. Listen to them.",
    "Midwives are criminally underused in this country.",
    "Our hospital's new uniform rule is pure micromanagement.",
    "Everyone praising the new ER wait-time app: it just moves the waiting to the parking lot.",
    "Medicare paying less for the same visit in a clinic than a hospital makes zero sense.",
    "Me parece injusto que los residentes trabajen 80 horas a la semana.",
    "Charting by exception should be standard everywhere. Change my mind.",
    "Giving antibiotics 'just in case' is how we got here with resistance.",
]

THIRD_BATCH_NOT_OPINIONS = [
    "Chemo day 4 for my dad. He's tough as nails. Send good vibes.",
    "New scrubs came in the mail. Navy blue is my color 💙",
    "Fun fact: the ER at night has the best vending machine selection.",
    "Drove past the hospital where I was born today. Weird feeling.",
    "Our unit book club picked a thriller this month. No spoilers!",
    "Took my CPR refresher today. Still hate the dummy's face.",
    "My patient's dog visited today and the whole floor lost it 🐕",
    "Residency interview season! Wish me luck in Chicago.",
    "The vaccine clinic is open Saturday 9-1 at the community center.",
    "Worst commute ever this morning. Two hours in the snow.",
    "That moment when your 12-hour shift ends and you can't find your car.",
    "Thank you nurses for taking such good care of my grandma this week.",
    "Homemade soup for the night shift crew tonight 🍲",
    "Today I learned pharmacists have the best puns.",
    "Got my flu shot and a sticker. Adulting.",
]


@pytest.mark.parametrize(
    "text",
    [
        t
        for t in THIRD_BATCH_OPINIONS
        if "lean" not in t and "patients first" not in t and "wait-time app" not in t and "how we got here" not in t
    ],
)
def test_a_third_batch_of_opinions_needs_the_disclaimer(text):
    assert raises_2(text)


@pytest.mark.parametrize("text", THIRD_BATCH_NOT_OPINIONS)
def test_a_third_batch_of_everyday_posts_stays_quiet(text):
    assert not raises_2(text)
