"""Guideline 5 (and 3): professional, accurate, honest and respectful posts.

The sentences below are written for these tests, not taken from the labelled corpus: they check that
the reviewer generalises to new wording, masking and languages, and stays quiet on idioms, clinical
terms, quoted slang and accurate health statements.
"""

from __future__ import annotations

import statistics
import time

import pytest

from composer.review import Profile, bundled_policy, review
from composer.review.lexicon import MaskedLexicon, expand
from composer.review.prefilter import required_words


def conduct(text: str, **profile) -> list:
    return [f for f in review(text, profile=Profile(**profile)) if f.guideline in (3, 5) and f.raises]


SHOULD_RAISE = [
    # profanity, masked, leetspeak, abbreviations, Spanish
    ("This night shift is complete bullsh*t.", "profanity"),
    ("What the f@#k is wrong with the schedulers", "profanity"),
    ("Our new director is a total a$$hole.", "profanity"),
    ("Stop being such a b1tch about the parking", "profanity"),
    ("This charting system is sh1tty.", "profanity"),
    ("F*** mandatory overtime.", "profanity"),
    ("I'm losing my f***ing mind with this census", "profanity"),
    ("WTF was admin thinking", "profanity"),
    ("Tired AF after that code.", "profanity"),
    ("What the #$%& happened to the supply room", "profanity"),
    ("Me vale madre lo que diga el supervisor.", "profanity"),
    ("Esos cabrones de farmacia otra vez perdieron la orden.", "profanity"),
    # insults aimed at colleagues, partners, other professions, competitors
    ("Those morons in radiology lost another scan.", "insult"),
    ("Our surgeons are incompetent and lazy.", "insult"),
    ("Why are ER docs so dumb", "insult"),
    ("Honestly the ortho team are a bunch of clowns.", "insult"),
    ("St. Mary's docs couldn't find an appendix with a map.", "insult"),
    ("Los doctores de urgencias son unos idiotas.", "insult"),
    # contempt and clinical slang about people, body-shaming
    ("Another frequent flier in bay 6 tonight 🙄", "contempt"),
    ("The gomers on 7 West kept us running all night.", "contempt"),
    ("She's a train wreck, honestly.", "contempt"),
    ("Pt in 12 is FTD, nothing more we can do lol", "contempt"),
    ("Classic drug seeker, asked for Dilaudid by name.", "contempt"),
    ("Mrs. Peterson in room 4 is pure status dramaticus.", "contempt"),
    ("My patient weighed 500 lbs 🐷 took six of us to turn him", "contempt"),
    # discrimination
    ("Immigrants are all lazy and just milk the system.", "discrimination"),
    ("Patients who don't speak English should bring their own interpreter or go elsewhere.", "discrimination"),
    ("Some of these patients should go back to their own country.", "discrimination"),
    ("That retarded policy again.", "discrimination"),
    # threats and harassment, veiled ones too
    ("If that family yells at me again I'm gonna punch him.", "threat"),
    ("To the coworker who reported me: watch your back.", "threat"),
    ("Keep talking about me and see what happens to your tires.", "threat"),
    ("I know where you live, so think twice.", "threat"),
    # false, misleading or unqualified health claims
    ("This tea cures anxiety and depression, no meds needed!", "health-claim"),
    ("Essential oils cure cancer, the research is being hidden.", "health-claim"),
    ("The COVID vaccine changes your DNA.", "health-claim"),
    ("Lose 30 pounds in 2 weeks with my shakes!", "health-claim"),
    ("Our CBD gummies eliminate anxiety for good!", "health-claim"),
    ("Antibiotics cure the flu, just ask for a Z-pack.", "health-claim"),
    ("Big Pharma doesn't want you to know about this cure.", "health-claim"),
    # dishonesty
    ("Everyone on the unit, leave us 5-star reviews on Google even if you haven't been a patient!", "dishonesty"),
    ("I posted a review of our clinic pretending to be a patient lol", "dishonesty"),
    ("Made a fake account to defend our hospital in the comments 😎", "dishonesty"),
    ("Let's all go leave 1-star reviews on St. Luke's page.", "dishonesty"),
    ("Pro tip: write your own reviews and sign them as a grateful patient.", "dishonesty"),
]

SHOULD_NOT_RAISE = [
    # idioms
    "I'd kill for a coffee right now ☕",
    "Our team is killing it this quarter!",
    "My feet are killing me after that shift.",
    "I'm going to kill this presentation tomorrow 💪",
    "Shoot me a message if you want to swap shifts!",
    "I'll shoot you an email with the details.",
    "Dead tired after a 16-hour day, but worth it.",
    # the same words in their ordinary senses
    "Cashed in frequent flyer points for a trip to Duluth!",
    "What a train wreck of a week, glad it's Friday.",
    "The EHR downtime was a train wreck but we got through it.",
    "Went whale watching in Maine 🐳 with my husband!",
    "Frontotemporal dementia (FTD) often starts with personality changes.",
    "Patients are entitled to see their records.",
    "Grade A** in chemistry for my daughter!",
    "Passed my boards! Assessing, assisting and passing, class of 2025.",
    "Shiitake mushrooms and hummus for lunch.",
    # slang quoted or named in order to criticise it
    "Please stop calling patients 'frequent flyers'. They are people.",
    "We need to retire words like 'gomer' and 'drug seeker' from medicine.",
    "The stigma of calling someone a junkie keeps people from treatment.",
    # clinical terms, hard topics, strong but respectful opinions
    "Drug-seeking behaviour is often a sign of undertreated pain.",
    "We lost a patient today. Cancer is brutal and death is part of this job.",
    "I strongly disagree with the new parking policy. It's unfair to night staff.",
    "Nurses are not lazy; they are exhausted.",
    "Refugees fleeing violent conflict need trauma-informed care.",
    "I felt like an idiot forgetting my badge today 😅",
    # accurate or debunking health statements
    "Vaccines do not cause autism. The evidence is clear.",
    "The myth that vaccines cause autism has been thoroughly debunked.",
    "There's no miracle cure for weight loss, small changes add up.",
    "Metformin doesn't cure diabetes, but it helps control blood sugar.",
    "Antibiotics cure strep throat when taken as prescribed.",
    "Surgery cured her cancer and she's back to gardening.",
    "Researchers are working to cure Alzheimer's.",
    "Exercise may help reverse prediabetes in some people.",
    "Flu vaccine can't give you the flu.",
    # honest talk about reviews and accounts
    "Honest reviews help patients choose, so please leave one if you visited us.",
    "Scammers are posing as hospital staff on the phone, never give your card number.",
    "Fake reviews hurt patients. Report them when you see them.",
    "My kids love pretending to be doctors with their toy stethoscope.",
]


# Families of remarks, each said several ways (none taken from the labelled corpora).
FAMILIES_RAISE = [
    # sarcastic praise aimed at a person
    ("Thanks for the 2 a.m. page about a Tylenol order, genius.", "insult"),
    ("Great call on the staffing grid, Einstein. Four nurses for thirty patients.", "insult"),
    ("Some genius in IT decided to update the EHR during day shift.", "insult"),
    ("Which rocket scientist stocked the crash cart with expired epi?", "insult"),
    ("Our new manager is not exactly a rocket scientist.", "insult"),
    ("Nice catch, Sherlock. The allergy was in the chart the whole time.", "insult"),
    ("The geniuses in admin moved the supply room again 🙄", "insult"),
    # a profession or a competitor's clinicians made small
    ("Naturopaths are basically witch doctors with a website.", "insult"),
    ("NPs are just nurses who think they're doctors.", "insult"),
    ("Pharmacists are glorified pill counters.", "insult"),
    ("The ER docs at County learned medicine from Google and a fortune cookie.", "insult"),
    ("Their surgeons got their degrees out of a cereal box.", "insult"),
    ("The hospitalists over there diagnose with a Magic 8-Ball.", "insult"),
    ("Every surgeon at that place has a massive god complex.", "insult"),
    ("Interventional radiologists are the most arrogant people in medicine.", "insult"),
    ("That urgent care is staffed by a bunch of quacks.", "insult"),
    # vaccine and health misinformation
    ("The vaccine schedule overwhelms your child's immune system.", "health-claim"),
    ("Too many shots too soon is why kids are sick all the time.", "health-claim"),
    ("Natural immunity is far better than any shot.", "health-claim"),
    ("The flu shot is literally poison.", "health-claim"),
    ("Unvaccinated kids are way healthier than vaccinated ones.", "health-claim"),
    ("Measles is just a rash, calm down.", "health-claim"),
    ("This detox tea flushes all the toxins from your liver.", "health-claim"),
    ("My program reversed type 2 diabetes in six weeks.", "health-claim"),
    # patients demeaned by language, origin, weight, age, gender, insurance
    ("Patients who won't learn English shouldn't expect us to pay for interpreters.", "discrimination"),
    ("These families need to learn the language if they want to live here.", "discrimination"),
    ("Fat patients brought it on themselves, honestly.", "discrimination"),
    ("Medicaid patients want everything for free.", "discrimination"),
    ("Female surgeons are too emotional for trauma.", "discrimination"),
    ("Old people are a waste of resources in the ICU.", "discrimination"),
    # veiled threats
    ("Touch my stethoscope again and you'll be eating through a straw.", "threat"),
    ("Keep it up and meet me in the parking lot after shift.", "threat"),
    # deception: second accounts, posing as patients, paid or staged reviews
    ("Created a burner profile to post glowing reviews of our clinic.", "dishonesty"),
    ("I commented as a “satisfied mom” on our own page lol.", "dishonesty"),
    ("Had my sister write a 5-star review for our practice.", "dishonesty"),
    ("We offer a free facial for every 5-star review!", "dishonesty"),
    ("Left a rave review of our ortho clinic without mentioning I work there.", "dishonesty"),
    ("Paid some college kids to leave positive reviews.", "dishonesty"),
    ("Team, post a review tonight and just say you were a patient.", "dishonesty"),
]

FAMILIES_QUIET = [
    # sincere praise, self-deprecation, ordinary senses
    "Dr. Patel is a genius with difficult airways, so grateful to learn from her.",
    "What a genius idea from our unit clerk: color-coded discharge folders!",
    "I'm no rocket scientist, but even I can see we need more CNAs.",
    "You don't need to be a rocket scientist to wash your hands.",
    "My daughter is a little Sherlock, always finding my hidden snacks.",
    "Thank you, genius bar, for fixing my phone!",
    # professions described respectfully
    "Our rehab team includes chiropractors and physical therapists who work closely together.",
    "Pharmacists are the last safety check before a medication reaches the patient.",
    "Residents are doctors in training and deserve supervision and sleep.",
    "Nurses are just as important as doctors on this unit.",
    "Travel nurses are paid more than staff, and that is a real retention problem.",
    "I learned so much about sepsis from our educator's YouTube channel.",
    "Do surgeons really have a god complex? A thoughtful thread on hierarchy in the OR.",
    "The 'god complex' stereotype about surgeons is unfair to most of them.",
    "Their clinic is a zoo on Monday mornings, bring a book.",
    # accurate health statements, natural immunity discussed accurately, debunking
    "Natural immunity after infection exists, but vaccination gives protection without the risk of getting sick.",
    "Some people claim natural immunity is always stronger; the evidence says otherwise.",
    "The vaccine schedule is designed so it does not overload a baby's immune system.",
    "Is natural immunity better than vaccination? Not for measles.",
    "Measles is not just a rash: it can cause pneumonia and encephalitis.",
    "The myth that vaccines don't work keeps spreading online.",
    "Your liver and kidneys clear toxins; detox teas are marketing.",
    "Kids don't need antibiotics for most ear infections.",
    "Chemo is tough, but it saved my mom's life.",
    # clinical language about groups of patients, language access
    "Interpreter services help patients who don't speak English get safe care.",
    "Learning Spanish has helped me connect with my patients.",
    "Obese patients are at higher risk of pressure injuries, so we turn them every two hours.",
    "Elderly patients are more likely to fall at night.",
    "Medicaid patients deserve the same care as everyone else.",
    "Women surgeons now make up a growing share of residents.",
    # honest accounts and role-play
    "I have a separate work account and a personal account.",
    "I volunteered as a standardized patient, posing as a patient with chest pain for the med students.",
    "A grateful patient sent the unit cookies today!",
    "Made a second account for my dog's photos 🐶",
    "When you call to book, say you're a new patient so they give you the longer slot.",
    "Can we please retire 'frequent flyer,' 'gomer' and 'drug seeker'? They are dehumanizing.",
]


# Meaning over phrasing: each family said in words no list holds verbatim (written for these tests).
MEANING_RAISE = [
    # crude language, abbreviations and Spanish
    ("WTF is wrong with pharmacy today", "profanity"),
    ("This whole shift is bs.", "profanity"),
    ("Such a dick move from the attending.", "profanity"),
    ("Tired af and hungry af.", "profanity"),
    ("Qué pendejada la del jefe.", "profanity"),
    # insults aimed at colleagues, other teams, other hospitals
    ("Our night crew is so freaking useless, nobody answered a single call light.", "insult"),
    ("The residents on this service are clueless about basic fluid management.", "insult"),
    ("Management over there is a complete joke.", "insult"),
    ("Honestly the hospital across town is a disgrace.", "insult"),
    ("The nurses at St. Joseph's are butchers.", "insult"),
    ("The new grad literally can't even start an IV lol.", "insult"),
    ("Our director couldn't organize a potluck, she's incompetent.", "insult"),
    ("These interns are a liability.", "insult"),
    ("Ese doctor es un inútil.", "insult"),
    ("Admin strikes again 🤡", "insult"),
    # mockery of patients: weight, intelligence, hygiene, drama, slang
    ("Pt rated his pain 12/10 while eating Cheetos and texting.", "insult"),
    ("Oscar-worthy performance from the lady in 3 tonight.", "insult"),
    ("She's never met a salad she didn't like, if you know what I mean.", "insult"),
    ("He clearly hasn't seen a bar of soap since 2019.", "insult"),
    ("Grandpa in 12 has the IQ of a potato.", "insult"),
    ("Bed 4 family wants a private room AGAIN 🙄", "contempt"),
    ("Another seeker in bay 4 asking for dilaudid by name.", "contempt"),
    ("The family in 8 are total drama queens.", "contempt"),
    # discrimination
    ("Muslim patients are all the same, can't be trusted.", "discrimination"),
    ("Homeless people are just lazy and want handouts.", "discrimination"),
    ("Those Medicaid moms keep popping out kids.", "discrimination"),
    # threats and harassment
    ("Better watch your back, Karen from HR.", "threat"),
    ("Someone should teach that charge nurse a lesson.", "threat"),
    ("I'm going to ruin your career, mark my words.", "threat"),
    ("Everyone go spam her DMs until she apologizes.", "threat"),
    ("Posting her home address here so y'all know who reported us.", "threat"),
    ("That urgent care on 5th kills people, don't go there.", "insult"),
    # unqualified health claims
    ("This elderberry syrup prevents the flu every time.", "health-claim"),
    ("Our essential oil blend boosts your immune system and kills viruses.", "health-claim"),
    ("Vaccines cause allergies and ADHD, do your research.", "health-claim"),
    ("Skip the MMR, natural immunity is better.", "health-claim"),
    ("My protocol cures arthritis permanently, guaranteed.", "health-claim"),
    ("Este té cura la diabetes en dos semanas.", "health-claim"),
    ("Doctors won't tell you about this one weird trick.", "health-claim"),
    ("This brace fixes knee pain for good.", "health-claim"),
    # dishonesty
    ("Please go leave our clinic 5-star reviews, even if you've never been seen there.", "dishonesty"),
    ("Let's get Dr. Lee to 200 five-star reviews by Friday!", "dishonesty"),
    ("Not sponsored, but use my discount code for 20% off, they pay me per sale.", "dishonesty"),
    ("I call myself a nutritionist even though I never finished the program.", "dishonesty"),
    ("Logged into my manager's account and posted a reply to the bad review.", "dishonesty"),
    ("Just wrote a rave review of our unit posing as a patient's daughter lol.", "dishonesty"),
]

MEANING_QUIET = [
    # idioms, self-deprecation, things rather than people
    "Watch your back when lifting patients: use the lift and bend your knees.",
    "The printer at the nurses' station is useless.",
    "The patient portal is useless on mobile.",
    "Our new EHR rollout was a joke, honestly. The policy needs to change.",
    "I felt so clueless on my first day, everyone was kind.",
    "I'm such a clown sometimes 🤡",
    "Me trying to chart after a 14-hour shift 🤡",
    "Halloween on peds: our child life team dressed up as clowns 🤡🎈",
    "Monday again 🙄",
    "You'll regret it if you skip sunscreen at the lake.",
    "I know where you work, so I'll drop off the cookies at the nurses' station!",
    "He can't even walk yet, he's 10 months old!",
    "Natural selection is a core concept in biology class.",
    # clinical and legal senses, abbreviations
    "The patient was deemed incompetent to make medical decisions, so we called the ethics team.",
    "Cervical incompetence can lead to preterm birth.",
    "Patient in AF with RVR, started diltiazem.",
    "BS 250 before lunch, covered per sliding scale.",
    "COVID pos patients go to unit 5.",
    "Job seekers: our hospital is hiring nurses!",
    "Asylum seekers deserve compassionate care.",
    "Slow-cooker chili in the crock pot for the night shift potluck!",
    # accurate or studied health statements
    "Folic acid prevents neural tube defects, so take it before pregnancy.",
    "Vaccines prevent measles; two doses of MMR are 97% effective.",
    "Research is testing whether turmeric prevents dementia.",
    "Does elderberry syrup prevent the flu? The evidence is weak.",
    "Sepsis kills patients every day, know the signs.",
    # respectful talk about groups, competitors, reviews and sponsorship
    "Homeless patients often face barriers to follow-up care.",
    "Immigrant families sometimes need interpreters and we provide them free.",
    "The stereotype that women are too emotional for surgery is sexist and wrong.",
    "Our competitor across town has a great NICU, and we refer there often.",
    "I strongly disagree with administration's decision to cut night differentials.",
    "Please leave us a review if you visited our clinic this month, honest feedback helps.",
    "Not sponsored, just love these compression socks for long shifts.",
]


@pytest.mark.parametrize(("text", "rule"), MEANING_RAISE)
def test_remarks_are_judged_by_meaning_not_by_listed_phrases(text: str, rule: str) -> None:
    findings = conduct(text)
    assert any(f.rule == f"conduct.{rule}" for f in findings), [(f.rule, f.excerpt) for f in findings]


@pytest.mark.parametrize("text", MEANING_QUIET)
def test_idioms_clinical_senses_and_respectful_wordings_stay_quiet(text: str) -> None:
    assert conduct(text) == [], [(f.rule, f.excerpt) for f in conduct(text)]


@pytest.mark.parametrize(("text", "rule"), FAMILIES_RAISE)
def test_new_wordings_of_each_family_raise_guideline_5(text: str, rule: str) -> None:
    findings = conduct(text)
    assert any(f.rule == f"conduct.{rule}" for f in findings), [(f.rule, f.excerpt) for f in findings]


@pytest.mark.parametrize("text", FAMILIES_QUIET)
def test_respectful_accurate_and_honest_wordings_stay_quiet(text: str) -> None:
    assert conduct(text) == [], [(f.rule, f.excerpt) for f in conduct(text)]


@pytest.mark.parametrize(("text", "rule"), SHOULD_RAISE)
def test_unprofessional_posts_raise_guideline_5(text: str, rule: str) -> None:
    findings = conduct(text)
    assert findings, f"nothing raised for: {text}"
    assert any(f.rule == f"conduct.{rule}" for f in findings), [f.rule for f in findings]
    for finding in findings:
        assert finding.severity == "warning"
        assert "guideline 5" in finding.message
        assert finding.excerpt.strip() and finding.excerpt == text[finding.start : finding.end]


@pytest.mark.parametrize("text", SHOULD_NOT_RAISE)
def test_ordinary_posts_do_not_raise_guideline_5(text: str) -> None:
    assert conduct(text) == [], [(f.rule, f.excerpt) for f in conduct(text)]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("Third visit this month for our favorite frequent flyer.", "frequent flyer", "patient we see often"),
        ("This supplement CURES type 2 diabetes!", "CURES type 2 diabetes", "MAY HELP WITH type 2 diabetes"),
        ("Holy sh*t, what a night.", "Holy sh*t", "Wow"),
        ("The lazy nurses on nights again.", "lazy nurses", "nurses"),
    ],
)
def test_findings_span_the_words_and_offer_a_professional_rewording(text, excerpt, suggestion) -> None:
    finding = next(f for f in conduct(text) if f.excerpt == excerpt)
    assert suggestion in finding.suggestions
    fixed = text[: finding.start] + suggestion + text[finding.end :]
    assert conduct(fixed) == []


def test_apparent_employer_connection_cites_guideline_3_in_the_message() -> None:
    text = "Our charge nurse is a useless idiot."
    plain = conduct(text)
    affiliated = conduct(text, employer_visible=True)
    assert plain and affiliated
    assert "guideline 3" not in plain[0].message
    assert "guideline 3" in affiliated[0].message and "Mayo Clinic" in affiliated[0].message


def test_offsets_count_code_points_after_emoji() -> None:
    text = "🙄🙄 Another gomer tonight"
    (finding,) = conduct(text)
    assert text[finding.start : finding.end] == "gomer"


@pytest.mark.parametrize(
    ("masked", "entry"),
    [("sh*t", "shit"), ("f@#k", "fuck"), ("f***ing", "fucking"), ("a$$", "ass"), ("b!tch", "bitch"), ("sh1t", "shit")],
)
def test_masked_words_resolve_to_their_entry(masked: str, entry: str) -> None:
    lexicon = MaskedLexicon(["fuck{,ing}", "shit", "ass", "bitch"])
    hits = list(lexicon.finditer(f"well {masked}!"))
    assert [h.entry for h in hits] == [entry]


@pytest.mark.parametrize("text", ["class assess passion", "as! we said", "A55 is the bay", "****", "$$$ saved"])
def test_masking_does_not_invent_words(text: str) -> None:
    assert list(MaskedLexicon(["ass", "shit"]).finditer(text)) == []


def test_brace_expansion_lists_inflections() -> None:
    assert expand("fuck{,s,ing}") == ["fuck", "fucks", "fucking"]


def test_gate_words_are_required_by_the_pattern() -> None:
    assert required_words(r"\bvaccines?\s+(?:cause|causes)\s+autism") in ({"autism"}, {"vaccine", "vaccines"})
    assert required_words(r"\bkys\b") == {"kys"}
    assert required_words(r"[“\"](?:little)[”\"]") == {"little"}
    assert required_words(r"\w+\s+\d+") is None


def test_bundled_pack_lists_are_compiled_and_scored_as_guideline_5() -> None:
    section = bundled_policy().sections["conduct"]
    assert section.guideline == 5
    assert all(rule.severity == "warning" for rule in section.rules.values())


def _draft(size: int) -> str:
    sentences = [
        "After a long shift I keep thinking about how we talk to families at the bedside.",
        "Shoutout to the night team for covering three admissions and a rapid response.",
        "Hot take: protected breaks are a patient safety issue, not a perk.",
        "Grabbing coffee at 0700 and heading home to sleep 😴 #nurselife",
    ]
    text = ""
    index = 0
    while len(text) < size:
        text += sentences[index % len(sentences)] + " "
        index += 1
    return text[:size]


def test_speed_on_a_long_post_and_linear_growth() -> None:
    from composer.review.checks import conduct as detector
    from composer.review.text import Document

    policy = bundled_policy()
    section = policy.sections["conduct"]

    def seconds(text: str) -> float:
        doc = Document(text, profile=Profile(), platform="x", policy=policy)
        assert doc.sentences  # shared with every detector, computed before timing this one
        start = time.perf_counter()
        list(detector.check(doc, section))
        return time.perf_counter() - start

    draft = _draft(3000)
    seconds(draft)
    assert statistics.median(seconds(draft) for _ in range(30)) < 0.005
    small, large = seconds(_draft(100_000)), seconds(_draft(1_000_000))
    assert large < 2.0
    assert large < small * 30  # ten times the text, far less than a hundred times the time


def test_pathological_input_finishes() -> None:
    start = time.perf_counter()
    conduct("f" + "*" * 200_000 + " a$" * 50_000 + " sh" * 50_000)
    assert time.perf_counter() - start < 5


# Eight writers, eight platforms (written for these tests, third round): a burnt-out ER nurse, a sarcastic
# resident, a wellness-influencer nurse, a tired CNA, a manager, a student, a pharmacist and a scheduler.
# The expected rule may be one of several ("insult|contempt") where a careful reader could file it either way.
PERSONAS_RAISE = [
    # ER nurse (Facebook, X): crude words, patients mocked, veiled threats
    ("12 hrs, 3 fights in the waiting room and someone stole my pens. This job is sh!t", "profanity"),
    ("Pt allergic to Tylenol, Toradol and morphine but 'Dilaudid works great' 🙄🙄", "contempt"),
    ("Bay 9 is back for the 4th time this week, allergic to everything except dilaudid lol", "contempt"),
    ("Half the waiting room tonight: drunk, high or both. Society's finest 🙃", "contempt|insult"),
    ("Swear if one more drunk pukes on my shoes I'm going to lose it and throttle somebody", "threat"),
    ("Frank the frequent flyer is back with his 'chest pain' that vanishes after a turkey sandwich", "contempt"),
    ("Our favorite alcoholic is back, must be payday 🍺", "contempt"),
    ("Next patient who spits on me is getting a fist to the face, I don't care about my license anymore", "threat"),
    ("LOL the bariatric guy broke another bed 😂😂", "contempt|insult"),
    ("The ED is basically a zoo tonight and the animals are restless", "contempt|insult"),
    ("Schizo in 4 is talking to the ceiling fan again lmao", "contempt|discrimination"),
    ("Narcan is wasted on these people, they'll be back next week anyway", "contempt|discrimination"),
    ("Psych holds are the worst, they're all attention-seeking fakers", "contempt"),
    ("Sickle cell pts are always just here for the drugs, don't let them fool you", "discrimination|contempt"),
    ("Some of y'all gonna get jumped in the parking garage if you keep stealing from the fridge", "threat"),
    # resident (X, Reddit-style): sarcasm about colleagues and other services
    ("Gen surg residents have the emotional intelligence of a doorknob", "insult"),
    ("ED consulted us at 3am for a UTI. Absolute clown behavior 🤡", "insult"),
    (
        "Radiology read it as 'clinical correlation recommended'. Thanks for nothing, you overpaid dictation machines",
        "insult",
    ),
    ("Hospitalists are just expensive discharge-summary robots", "insult"),
    ("PTs just walk people down hallways and call it therapy", "insult"),
    ("CRNAs who call themselves 'nurse anesthesiologists' are frauds, period.", "insult"),
    ("Their so-called trauma center couldn't handle a paper cut", "insult"),
    ("Travel nurses are money-grubbing mercenaries with zero loyalty", "insult"),
    ("The lab techs have the collective IQ of a ham sandwich", "insult"),
    ("Case management here is a black hole staffed by zombies", "insult"),
    ("Peds: where the parents are dumber than the kids", "insult"),
    ("Anesthesia attendings are overpaid babysitters who read the paper during cases", "insult"),
    ("That attending is a walking malpractice lawsuit", "insult"),
    ("Absolute bellend of a registrar tonight", "insult|profanity"),
    ("What a tosser, the locum left without handing over", "insult|profanity"),
    # wellness-influencer nurse (Instagram): cures, detox, anti-vaccine, hidden sponsorship
    (
        "As a nurse I've seen it all: castor oil packs pull toxins out of your liver and heal endometriosis 🌿✨",
        "health-claim",
    ),
    (
        "Sea moss gel has 92 of the 102 minerals your body needs and reverses thyroid issues naturally 💚",
        "health-claim",
    ),
    ("Your anxiety isn't a chemical imbalance, it's a magnesium deficiency. Ditch the SSRIs 🙌", "health-claim"),
    ("Fluoride calcifies your pineal gland. We filter ours and my kids have never been sick 🙏", "health-claim"),
    ("Sunscreen is toxic, the sun doesn't cause skin cancer, seed oils do 🌞", "health-claim"),
    ("My 21-day gut reset got clients off their blood pressure meds in 3 weeks 🌿 #notmedicaladvice", "health-claim"),
    ("Cancer can't survive in an alkaline body. Lemon water every morning, friends 🍋", "health-claim"),
    ("Colostrum is nature's antibiotic, no more ear infections in our house, ever 🙌", "health-claim"),
    ("Vitamin C in high doses melts tumors. Oncologists know and stay quiet.", "health-claim"),
    ("The HPV vaccine makes girls infertile. I won't let my daughter near it.", "health-claim"),
    ("Mamás, el aceite de orégano cura las infecciones de oído mejor que los antibióticos 🌿", "health-claim"),
    ("Sponsored? Nope 😉 just obsessed with these gummies, code NURSEKAT gets 20% off and I get a cut", "dishonesty"),
    ("These collagen peptides took 10 years off my face. Dermatologists hate how well they work.", "health-claim"),
    ("Fevers are the body's way of detoxing, never give Tylenol to kids 🌡️", "health-claim"),
    ("Statins cause more heart attacks than they prevent.", "health-claim"),
    ("Breastfed babies never get sick. Formula is poison.", "health-claim"),
    ("Our IV vitamin drips boost immunity 300% and prevent COVID 💧", "health-claim"),
    ("Cutting sugar completely reverses ADHD in 2 weeks, we've seen it in every kid", "health-claim"),
    ("Mammograms cause breast cancer, thermography is the safe alternative", "health-claim"),
    ("The flu shot is 0% effective, every nurse knows it", "health-claim"),
    ("Chemo is the cancer industry's cash cow. Juice fasting is what actually heals.", "health-claim"),
    ("Depression is a choice. Get outside, drink water, and stop taking the pills.", "health-claim"),
    ("Autism is caused by Tylenol in pregnancy, period.", "health-claim"),
    ("Type 1 diabetes can be reversed with a carnivore diet. Insulin is a band-aid.", "health-claim"),
    ("Parasite cleanse = the real reason my eczema and brain fog disappeared. Everyone has worms! 🪱", "health-claim"),
    # CNA (Facebook): colleagues insulted, patients demeaned, masked words
    ("Im so done. the nurses on 4 treat us like maids and the charge nurse is a lazy b***h", "profanity"),
    ("Whoever keeps leaving dirty briefs in the clean linen cart, you nasty skank", "insult|profanity"),
    ("Resident in 210 bit me AGAIN. Crazy old bat 🦇", "insult"),
    ("Mrs. Karen in 14 rang 40 times for ice chips like a spoiled princess", "insult|contempt"),
    ("Day 6 in a row. Management can kiss my entire a$$", "profanity|insult"),
    ("Y'all ever had a patient so nasty you gag walking in the room? Bed 3 today 🤢🤮", "contempt|insult"),
    ("New girl on nights is dumb as a bag of hair, asked me where the vitals machine plugs in", "insult"),
    ("If I catch whoever stole my lunch again I'm slashing their tires. Not joking.", "threat"),
    ("Some of these old people need to hurry up and die already, sorry not sorry", "contempt|discrimination"),
    ("This EMR is absolute dogsh*t", "profanity"),
    ("our pyxis is f**ked again", "profanity"),
    ("holy f*cking sh!tballs what a night", "profanity"),
    ("This place is a sh1tsh0w", "profanity"),
    ("Effing pharmacy lost the order AGAIN", "profanity"),
    # manager (LinkedIn): generalisations, competitors, staged reviews, lying to patients
    ("Hot take: millennials are the laziest generation to ever wear scrubs.", "insult|discrimination"),
    ("Would never hire a traveler again. Mercenaries, all of them.", "insult"),
    ("Proud of our 4.9 stars on Google! Small secret: every staff member and their spouse posted one 😅", "dishonesty"),
    ("Reminder to staff: when patients ask, tell them we're fully staffed. Perception is everything.", "dishonesty"),
    (
        "I ghostwrite the 'patient testimonials' for our service line, nobody needs to know they aren't real patients",
        "dishonesty",
    ),
    ("Leadership lesson: some employees are just dead weight. Cut them loose fast.", "contempt|insult"),
    ("Women in leadership let emotions drive every decision. I've seen it for 20 years.", "discrimination"),
    ("Our competitor's cardiology department is where careers go to die.", "insult"),
    (
        "Reflecting on 20 years in healthcare leadership. I've learned that culture eats strategy for breakfast, "
        "that listening beats talking, and that recognition matters more than pizza parties. I've also learned "
        "that the surgeons across town are overpaid hacks who'd operate on a sandwich if it had insurance. "
        "Anyway, grateful for every mentor along the way. #leadership #healthcare",
        "insult",
    ),
    # student (TikTok captions, Threads)
    ("Clinical today was a joke. My preceptor is clueless and smells like an ashtray lmao", "insult"),
    ("nursing school really said 3 exams in one week. f*ck this program fr", "profanity"),
    ("Our pharm professor is a dinosaur who hasn't read a study since 1985 🦖", "insult"),
    ("Not wasting my energy on the drug addicts in detox. They made their choice.", "discrimination|contempt"),
    ("Signed my preceptor's name on my skills checkoff, she'd have passed me anyway 😅", "dishonesty"),
    ("Charting vitals I never took is a skill, not a crime 😂", "dishonesty"),
    ("Lmao the lady in bed 2 was so ugly I thought she was a man", "insult|contempt"),
    # pharmacist (Facebook, LinkedIn)
    ("Another Dr. Google at the counter telling me how to do my job. Ma'am you have a Facebook degree.", "insult"),
    ("Naturopaths are scam artists preying on desperate cancer patients. Full stop.", "insult"),
    ("Pro tip from your pharmacist: antibiotics knock out any virus if you start them early", "health-claim"),
    ("Generics are garbage made in dirty Indian factories. Always insist on brand.", "discrimination|health-claim"),
    (
        "Diabetics who won't stop drinking soda and then cry about insulin prices deserve what they get",
        "discrimination|contempt",
    ),
    ("Magnesium spray cures restless legs and migraines. I tell every customer.", "health-claim"),
    ("Chiropractors are glorified back-crackers with a marketing budget", "insult"),
    # scheduler (Facebook, X)
    ("To the doc who yelled at me about the template: learn to read, you entitled prick", "profanity|insult"),
    ("If a patient has a Spanish last name, book a double slot because they'll bring 12 relatives", "discrimination"),
    ("Dr. Halvorsen's patients are the whiniest bunch on earth lol", "insult"),
    ("Ortho front desk staff are the rudest humans alive, fight me", "insult"),
    ("Three call-outs before 6am. Y'all aren't sick, you're hungover liars and we all know it", "insult"),
    ("I tell patients the wait is 'about 20 minutes' no matter what. Keeps them calm lol", "dishonesty"),
    # doxxing, outing, harassment
    ("Pretty sure the anonymous nurse account @scrubsandtruth is Kelsey from 5 North. Just saying 👀", "threat"),
    ("Everyone should know Becca on 6 West is the one who reported us. Her insta is @becca.rn, go say hi 😘", "threat"),
    ("Found out the new unit clerk is trans lol, that explains the voice", "threat|discrimination|contempt"),
    ("Screenshot of our charge nurse's Tinder profile in the comments, happy Friday 😂", "threat"),
    # discriminatory generalisations
    ("Tell me why every Somali family brings the whole village to visit 🙄", "discrimination|contempt"),
    ("You can always tell when a patient is from the reservation, they never show up for follow-ups", "discrimination"),
    ("Not to be that guy but male nurses are either gay or failed med school 🤷", "discrimination"),
    ("Gay patients are the most dramatic in the ED, don't @ me", "discrimination"),
    ("Old people shouldn't be driving OR making their own medical decisions, period.", "discrimination"),
    ("Another Jehovah's Witness refusing blood. Enjoy your funeral, I guess", "contempt|discrimination"),
    ("Los pacientes hispanos siempre exageran el dolor", "discrimination"),
    (
        "Asian parents are psychotic about their kids' grades, that's why half of them end up on my unit",
        "discrimination",
    ),
    # dishonesty: posing, sock puppets, fake credentials
    (
        "Marketing asked us to post in the local moms group as regular parents raving about our birth center 🤐",
        "dishonesty",
    ),
    ("Wrote 12 Healthgrades reviews for Dr. Amini from different emails. He deserves it tbh", "dishonesty"),
    (
        "Putting MD in my bio got me 10k followers. Technically I'm a medical assistant but who's checking 🤷‍♀️",
        "dishonesty",
    ),
    ("Our 'independent patient advocate' page is secretly run by the PR team lol", "dishonesty"),
    ("This isn't an ad, I just love them 😍 (affiliate link in bio, I earn from every order)", "dishonesty"),
]

PERSONAS_QUIET = [
    # idioms and self-deprecation
    "I'd sell my soul for a nap right now 😴",
    "Killed it on my skills check-off today!! 💪",
    "I'm such a dummy, left my stethoscope at home again 🙃",
    "My brain is mush after four nights, I'm basically a zombie",
    "Dark humor check: my own colonoscopy prep was the worst night of my life 😂",
    "Honestly the stupidest thing I did this week was forget my own lunch three days in a row.",
    "I was a total idiot to think night shift would be easy 😂",
    "Dying to try the new taco truck by the ED entrance 🌮",
    "Fat chance I'm picking up another shift this week lol",
    "Bloody Mary brunch after nights, don't judge 🍅",
    "Just finished my first 5k! Dead last but I finished 🏃‍♀️",
    "Shoot, forgot my badge again.",
    "Me at 3am: a sleep-deprived goblin eating graham crackers 👹",
    "I bombed my pharm exam lol, back to the flashcards",
    "My toddler is a tiny tyrant and I love him",
    "That chili was killer, the night crew demolished it.",
    "This lip balm is the bomb 💣",
    # quoting slang to criticise it
    "Stop calling patients 'seekers'. Undertreated pain is real.",
    "Someone called my patient a 'frequent flyer' today and I corrected them. He has sickle cell and deserves respect.",
    "Words like 'crazy' and 'psycho' have no place in a psych unit handoff.",
    "A 'frequent flyer' is just a patient the system keeps failing.",
    "Gallows humor helps me cope, but never at a patient's expense.",
    # clinical language in education
    "Opioid use disorder is a treatable disease, not a moral failing.",
    "Addiction is a disease. Narcan saves lives; carry it.",
    "In pharm class we learned drug-seeking behavior can be pseudoaddiction from undertreated pain.",
    "Obesity is a chronic disease with genetic and environmental causes; bariatric surgery can be life-changing.",
    "Older adults are at higher risk of falls, so we assess every admission.",
    "Patients with sickle cell disease often wait longer for pain meds; that's a bias we must fix.",
    "Language barriers are a patient safety issue; use a certified interpreter every time.",
    "My patient with schizophrenia taught me so much about resilience.",
    # accurate health statements, vaccines included
    "Vaccines are safe and effective. A sore arm for a day is the most common side effect.",
    "The MMR vaccine does not cause autism; the 1998 study was retracted.",
    "Vitamin D deficiency is common in Minnesota winters; ask your doctor before supplementing.",
    "Metformin and lifestyle changes can put type 2 diabetes into remission for some people.",
    "Statins lower LDL cholesterol and reduce the risk of heart attacks.",
    "Smoking causes lung cancer. Quitting at any age helps.",
    "The HPV vaccine prevents most cervical cancers.",
    "Insulin saves lives. Period.",
    "Exercise helps with depression, alongside therapy and medication when needed.",
    "No supplement can replace a balanced diet, despite what influencers claim.",
    "Be wary of anyone selling a detox tea: your liver already does that job.",
    "Fun fact: honey can soothe a cough in kids over one year old.",
    "Ginger may help with nausea in pregnancy, per several small studies.",
    "No, essential oils do not cure cancer. Please talk to your oncologist.",
    "People say vaccines cause autism. They don't, and here's the data.",
    "Yes, the flu shot is safe in pregnancy. Ask me anything.",
    "Breastfeeding has benefits, and fed is best. No judgment here.",
    "Hospice isn't giving up; it's choosing comfort.",
    # respectful criticism, venting without insults, hard topics
    "I strongly believe mandatory overtime is unsafe and leadership needs to hear it.",
    "Our staffing ratios are dangerous and I will keep saying it at every town hall.",
    "The new EHR is clunky and slow, and I've sent my feedback to IT.",
    "Tired, underpaid, and still showing up for my patients. That's nursing in 2024.",
    "Worked 60 hours this week. I'm exhausted and my feet are done.",
    "My grandmother died of cancer last spring. Hug your people.",
    "We lost two patients today. I cried in the car and that's okay.",
    "Management made a bad call on the float policy, and I told them so respectfully.",
    "Our ED wait times are too long, and patients deserve better. Here's what we're trying.",
    "Women make up most of the nursing workforce but few CNO roles.",
    "The hospital across town has a great stroke program; we collaborate often.",
    "Pharmacists are medication experts, use them!",
    "Our ortho team is the best in the state, so proud to work with them.",
    "Chiropractors and physical therapists can both help back pain; ask about the evidence.",
    # honest disclosure, reviews, credentials
    "#ad Paid partnership with a scrub company, all opinions are mine.",
    "Reminder: I'm a nursing student, not a nurse yet, so please don't take my posts as advice.",
    "Honest review: the cafeteria's new salad bar is mid.",
    "Mi abuela murió de cáncer; cuiden a sus seres queridos.",
    "The clown at my niece's party was terrifying 🤡",
    "Eye roll 🙄 at my own handwriting on this sticky note.",
]


def _raised_rule(text: str, rules: str) -> tuple[bool, list]:
    findings = conduct(text)
    return any(f.rule.removeprefix("conduct.") in rules.split("|") for f in findings), findings


@pytest.mark.parametrize(("text", "rules"), PERSONAS_RAISE)
def test_eight_writers_unprofessional_posts_raise_guideline_5(text: str, rules: str) -> None:
    raised, findings = _raised_rule(text, rules)
    assert raised, [(f.rule, f.excerpt) for f in findings]


@pytest.mark.parametrize("text", PERSONAS_QUIET)
def test_eight_writers_ordinary_posts_stay_quiet(text: str) -> None:
    assert conduct(text) == [], [(f.rule, f.excerpt) for f in conduct(text)]
