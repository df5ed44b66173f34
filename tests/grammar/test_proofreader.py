"""The offline proofreader on real sentences: each mistake next to its corrected twin."""

from __future__ import annotations

import pytest

from composer.grammar import OfflineProofreader
from composer.store.dictionary import UserDictionary

# (platform, sentence with mistakes, the same sentence corrected, rules expected on the first one)
PAIRS = [
    ("x", "We will recieve the results tomorrow.", "We will receive the results tomorrow.", {"spelling"}),
    ("x", "Definately the best team on the floor.", "Definitely the best team on the floor.", {"spelling"}),
    ("x", "It was a long long night.", "It was a long night.", {"repeated-word"}),
    ("x", "The the new grads did great.", "The new grads did great.", {"repeated-word"}),
    ("x", "Great shift today. my team rocked.", "Great shift today. My team rocked.", {"sentence-start"}),
    ("x", "Tonight i worked with the best team.", "Tonight I worked with the best team.", {"lowercase-i"}),
    ("x", "Honestly i’m so proud of them.", "Honestly I’m so proud of them.", {"lowercase-i"}),
    ("x", "Its been a long week on the unit.", "It's been a long week on the unit.", {"confusion.its"}),
    ("x", "The unit has it's own parking.", "The unit has its own parking.", {"confusion.its"}),
    ("x", "Your welcome to join our walk.", "You're welcome to join our walk.", {"confusion.your"}),
    ("x", "Thank you for you're support.", "Thank you for your support.", {"confusion.your"}),
    ("x", "Night shift is harder then days.", "Night shift is harder than days.", {"confusion.then-than"}),
    ("x", "Nursing is more then a job.", "Nursing is more than a job.", {"confusion.then-than"}),
    ("x", "I have loved nursing ever since than.", "I have loved nursing ever since then.", {"confusion.then-than"}),
    ("x", "Their is a new policy on breaks.", "There is a new policy on breaks.", {"confusion.there"}),
    ("x", "The residents did it there own way.", "The residents did it their own way.", {"confusion.there"}),
    ("x", "The students said their going to help.", "The students said they're going to help.",
     {"confusion.there"}),
    ("x", "Sleep has an affect on mood.", "Sleep has an effect on mood.", {"confusion.affect-effect"}),
    ("x", "Night shifts can effect your health.", "Night shifts can affect your health.",
     {"confusion.affect-effect"}),
    ("x", "Try not to loose sleep over it.", "Try not to lose sleep over it.", {"confusion.loose-lose"}),
    ("x", "We could of finished earlier.", "We could have finished earlier.", {"confusion.could-of"}),
    ("x", "I learned alot this week.", "I learned a lot this week.", {"confusion.alot"}),
    ("x", "I dont know how we did it.", "I don't know how we did it.", {"spelling"}),
    ("linkedin", "Thank u to my amazing team.", "Thank you to my amazing team.", {"text-speak"}),
    ("linkedin", "Thx to everyone who came.", "Thanks to everyone who came.", {"text-speak"}),
    ("linkedin", "We did it!!", "We did it!", {"exclamations"}),
    ("x", "We did it!!!", "We did it!", {"exclamations"}),
    ("facebook", "I AM SO PROUD of my unit.", "I am so proud of my unit.", {"shouting"}),
]  # fmt: skip


def _apply_first_suggestions(text, findings):
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    return text


@pytest.fixture
def proofreader(tmp_path):
    return OfflineProofreader(dictionary=UserDictionary(tmp_path / "dictionary.txt"))


@pytest.mark.parametrize(("platform", "wrong", "right", "rules"), PAIRS, ids=[p[1][:30] for p in PAIRS])
def test_a_mistake_is_found_and_its_first_suggestion_fixes_it(proofreader, platform, wrong, right, rules):
    findings = proofreader.check(wrong, platform=platform)
    assert {f.rule.removeprefix("proofreader.") for f in findings} == rules
    assert _apply_first_suggestions(wrong, findings) == right


@pytest.mark.parametrize(("platform", "wrong", "right", "rules"), PAIRS, ids=[p[2][:30] for p in PAIRS])
def test_the_corrected_twin_is_left_alone(proofreader, platform, wrong, right, rules):
    assert proofreader.check(right, platform=platform) == []


CLEAN = [
    "Its wards are full and it's been a long week.",  # both forms, used correctly
    "I had had enough by 7 a.m. but we kept going.",
    "Is there going to be a huddle? They're on their way.",
    "Side effects of the new drug affect few patients.",
    "The patient's flat affect improved. Of course we could of course... no.",
    "Pt was NPO after midnight, given Tylenol PRN q4h; ECG/EKG and troponin were normal.",
    "Intubated for sepsis, then extubated on day 3. Tachycardia resolved with metoprolol.",
    "Email jen.ortiz@example.org or visit https://example.org/nursing-week or www.example.com/jobs today.",
    "Thanks @jen_rn and @DrPriya! #NursesWeek #ICU #RNLife 2024 was 10x better than 2023.",
    "Proud of the ICU RN team at Mayo Clinic in Rochester, MN.",
    "Shoutout to Priya Raman and Tomás Núñez for covering. Great job, Søren!",
    "e.g. nursing students. i.e. the night shift. Dr. Lee agreed.",
    "She asked (quietly!) whether we were done.",
    "Waiting... still waiting... done.",
    "We did it! Now we rest!",
    "COVID-19 taught us a lot. HIPAA matters.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_correct_writing_and_things_that_are_not_prose_are_not_flagged(proofreader, text):
    assert [(f.rule, f.excerpt) for f in proofreader.check(text, platform="linkedin")] == []


def test_clinical_abbreviations_in_lower_case_are_words(proofreader):
    text = "meds given prn and bid, npo since midnight, vitals q4h, ekg done, intubated and sedated."
    assert [f for f in proofreader.check(text) if f.rule == "proofreader.spelling"] == []


def test_text_speak_is_fine_on_casual_platforms_but_not_on_linkedin(proofreader):
    text = "Congrats to u all, gr8 work and thx for the help lol"
    on_x = proofreader.check(text, platform="x")
    on_linkedin = proofreader.check(text, platform="linkedin")
    assert on_x == []
    assert [f.excerpt for f in on_linkedin] == ["u", "gr8", "thx", "lol"]
    assert {f.category for f in on_linkedin} == {"style"}


def test_two_exclamation_marks_are_casual_on_x_but_flagged_on_linkedin(proofreader):
    assert proofreader.check("Best day!!", platform="x") == []
    assert [f.rule for f in proofreader.check("Best day!!", platform="linkedin")] == ["proofreader.exclamations"]


def test_abbreviations_in_capitals_are_not_shouting(proofreader):
    assert proofreader.check("ICU RN BSN CCRN at the NICU and PICU.", platform="linkedin") == []
    shouting = proofreader.check("THIS IS UNACCEPTABLE for ICU staff.", platform="x")
    assert [(f.rule, f.excerpt, f.suggestions[0]) for f in shouting] == [
        ("proofreader.shouting", "THIS IS UNACCEPTABLE", "This is unacceptable")
    ]


def test_a_draft_in_another_language_is_not_spell_checked_as_english(proofreader):
    text = "Hoy fue un turno muy largo en la unidad, pero mis compañeras fueron increíbles."
    assert [f for f in proofreader.check(text) if f.rule == "proofreader.spelling"] == []


def test_a_non_english_language_setting_turns_spelling_off(tmp_path):
    proofreader = OfflineProofreader(dictionary=UserDictionary(tmp_path / "d.txt"), language="de-DE")
    assert proofreader.check("Wir haben recieve getestet.") == []


def test_findings_are_info_guideline_5_with_code_point_offsets(proofreader):
    text = "Night shift 🌙😴 recieve the the results."
    findings = proofreader.check(text)
    assert [text[f.start : f.end] for f in findings] == ["recieve", "the the"]
    for finding in findings:
        assert finding.severity.value == "info"
        assert finding.guideline == 5
        assert finding.category == "grammar"
        assert finding.excerpt == text[finding.start : finding.end]


def test_suggestions_keep_the_capital_and_the_apostrophe_style(proofreader):
    [finding] = proofreader.check("Recieved the report.")
    assert finding.suggestions[0] == "Received"
    [finding] = proofreader.check("It’s fine, I dont mind’ it’s ok.".replace("mind’", "mind"))
    assert finding.suggestions[0] == "don't"


def test_ignored_rules_are_not_reported(tmp_path):
    proofreader = OfflineProofreader(
        dictionary=UserDictionary(tmp_path / "d.txt"), ignored_rules=("proofreader.spelling",)
    )
    assert [f.rule for f in proofreader.check("We recieve the the results.")] == ["proofreader.repeated-word"]


def test_empty_and_odd_input_is_handled(proofreader):
    assert proofreader.check("") == []
    assert proofreader.check("   \n\n ") == []
    assert proofreader.check("😀🎉👩‍⚕️") == []
    long_word = "a" * 5000
    assert all(f.end <= len(long_word) for f in proofreader.check(long_word))
