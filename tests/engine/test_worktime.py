"""Guideline 6: posting while at work is raised; posts written afterwards or on one's own time are not."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from composer.review import Profile, Shift, review

NURSE = Profile(roles={"patient-care"}, title="Registered Nurse")


def _worktime(text: str, profile: Profile = NURSE, now: datetime | None = None) -> list:
    return [f for f in review(text, profile=profile, platform="threads", now=now) if f.guideline == 6]


def _raised(text: str) -> bool:
    return any(f.raises for f in _worktime(text))


@pytest.mark.parametrize(
    "text",
    [
        "Live-tweeting from the OR again, the anesthesiologist brought donuts 🍩",
        "Typing this between patients, the ED is packed tonight",
        "Sneaking a quick post from the med room, don't tell my charge nurse 🤫",
        "Halfway through rounds and I'm scrolling TikTok in the back of the group lol",
        "Stuck in a 2-hour mandatory training right now so here's my hot take on coffee",
        "Posting this from the nurses' station while my patients nap 😴",
        "Mid-shift check-in: 4 admits, 0 breaks, 1 very cold coffee",
        "Streaming live from my night shift on the unit, ask me anything!",
        "Call lights are going off but let me finish this tweet first",
        "Filming my whole shift today for a day-in-the-life vlog 🎥",
        "Checking Instagram during the code debrief, whoops",
        "I'm in a staff meeting rn and it could have been an email",
        "Quick post between cases: the new scrub caps are cute",
        "6 hours into my shift and finally opened Twitter",
        "Posting from the break room between admissions, who else is on nights?",
        "Waiting for the surgeon to finish so here's a selfie from the OR 😷",
        "Charting can wait, time for TikTok 😂",
        "Sitting in orientation right now and already bored",
        "In the middle of our quarterly review meeting and I'm on Twitter 😬",
        # Held-out paraphrases: the act of posting now, next to a kind of work in progress.
        "Quick tweet from OR 12 while the attending closes 😷",
        "Two hours into this hip replacement and the playlist is all Taylor Swift",
        "Writing this from the corner of the conference room during our budget meeting, send coffee",
        "Sneaking a quick scroll between med passes, don't tell my charge nurse",
        "All my patients are finally asleep, so here I am posting memes at 3am",
        "Hour six of a marathon Whipple and I'm sneaking a selfie",
        "Hello from the nurses' station! Night shift crew checking in 👋",
        "Forty-five minutes into this mandatory in-service and I'm on TikTok",
        "Typing with one hand while I hold pressure on this groin, multitasking queen",
        "Pretending to chart but actually scrolling Reddit lol",
        "Snuck a selfie in during the code debrief 🙈",
        "Posting this between assessments because my unit is wild tonight",
        "Code blue on our floor and I'm up next for compressions, will update after 🙏",
        "The compliance webinar is playing in the other tab and I'm here, tooting.",
        "Between reads in the reading room and just had to share this sunset",
        "Sitting in our monthly ops review right now, perfect time to update my headline",
        # Whole-post reading: on social media now anywhere in the post, work going on now anywhere in it.
        "In a mandatory fire-safety in-service right now, so naturally I'm on Reddit.",
        "Our huddle is running long. Posting this while the manager reads the census.",
        "Currently stuck in a three-hour skills training. Who else is bored?",
        "Waiting for the surgeon to call back about a potassium, quick post before he does.",
        "hi tiktok! it's 3am and we're in the middle of a quiet night on the unit",
        "On the floor tonight and it's so slow, here's a selfie with my coffee ☕",
        "Quick post from clinic between patients: flu shots are in!",
        "Scrubbed in, hands sterile, so the circulator is typing this for me. Hi Instagram!",
        "Paged twice in five minutes but let me finish this post first 📟",
    ],
)
def test_posting_while_working_is_raised(text):
    assert _raised(text), text


@pytest.mark.parametrize(
    "text",
    [
        "After a long 12-hour shift, nothing beats a hot shower and my dog 🐶",
        "Just got home from work. Night shift is no joke, but I love my unit.",
        "On my lunch break, off the unit, enjoying the sunshine by the river ☀️",
        "Day off today, so I'm finally posting the photos from our hike!",
        "I never post during my shift, and you shouldn't either: patients come first.",
        "During rounds yesterday I learned more about sepsis than in a month of lectures.",
        "Tired of people scrolling at the nurses' station while call lights ring. Do better.",
        "Reflecting on what I learned in orientation last year as a new grad.",
        "My mid-shift break snack of choice: apple slices and peanut butter.",
        "I'm on shift tomorrow, so brunch has to be today!",
        "Whoever keeps posting the holiday schedule in the unit group chat, thank you!",
        "Off the clock and finally home. What a shift.",
        "Post-shift thoughts: we need more staff on nights.",
        "Nurses, please don't scroll during report. Your patients deserve your attention.",
        "Surgery went well for my dad today, thank you all for the prayers",
        # Held-out hard negatives: the author's own care, family waiting, stories, plans, other people.
        "Hour four of my colonoscopy prep and I regret everything",
        "Three hours into my dad's surgery and still no update. Waiting room vibes.",
        "I used to sneak posts in during rounds as a student. Please don't.",
        "After hour twelve of a brutal double, home and in bed.",
        "Tomorrow I'm filming a day in the life for my channel, stay tuned!",
        "My coworker was tweeting from the OR and got written up.",
        "Selfie in the middle of a run by the river 🏃",
        "Posting from my couch after a 12-hour shift, feet up.",
        "Three years ago I was in hour ten of a transplant when the power went out.",
        "I love the quiet nights when my patients are sleeping and the unit hums.",
        "Posting while we wait for the baby to arrive!!",
        "I still have his wristband from room 22 stuck on my locker, sweetest man.",
        # Whole-post hard negatives: trends, others at work, plans, idioms, family care, not social media.
        "Right now our unit is short-staffed and it shows. We need more nurses on the floor.",
        "Quick post to thank everyone on the unit who covered for me while I was out!",
        "Hiring right now: two RN positions on our cardiac floor. Apply through the careers page.",
        "I'm currently a nurse on the oncology floor and I love it.",
        "Quick post: my dad's surgery went well, thank you for the prayers!",
        "Home after a long shift, scrolling TikTok in bed. Bliss.",
        "Tomorrow I'm on shift, so scrolling tonight while I can!",
        "Throwback: scrolling through old photos from my first week on the unit 🥹",
        "My husband is at work right now so it's just me and the dog watching movies.",
        "Day off! Scrolling through photos from the unit holiday party.",
        "Right now in clinic we're seeing a lot of RSV; get your little ones checked if they wheeze.",
        "Scrolling through the new training modules our educator posted, they look great.",
        "If you're scrolling at work, put the phone down and check on your patients.",
        "Quick update: I start on the cardiac floor next month!",
        "Posting this for my students: during rounds, always present the assessment before the plan.",
        "Quick pic from our unit party last night 🎉",
        "Connecting on LinkedIn with my former patients once they're back at work is the best part of this job.",
    ],
)
def test_posts_on_own_time_are_not_raised(text):
    assert not _raised(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I filmed bits of my whole shift Tuesday for the vlog: huddle, rounds, the dinner rush.",
        "Recorded most of my night shift for the channel, full video drops Friday!",
        "Clipped a GoPro to my badge reel for my entire 12-hour shift, watch me hang drips and chart!",
    ],
)
def test_filming_a_shift_is_raised_even_when_told_afterwards(text):
    assert _raised(text), text


def test_on_duty_finding_points_at_the_words_and_cites_guideline_6():
    text = "Great weekend! Typing this on my phone in the OR while we wait for pathology."
    (finding,) = _worktime(text)
    assert finding.severity == "warning" and finding.rule == "worktime.on-duty"
    assert "OR" in text[finding.start : finding.end]
    assert finding.start >= text.index("Typing")
    assert "Guideline 6" in finding.message


SCHEDULE = (Shift("tue", time(7, 0), time(19, 0)), Shift("fri", time(19, 0), time(7, 0)))


@pytest.mark.parametrize(
    ("now", "advised"),
    [
        (datetime(2026, 11, 24, 10, 30), True),  # Tuesday morning, inside the day shift
        (datetime(2026, 11, 24, 20, 0), False),  # Tuesday evening, after it
        (datetime(2026, 11, 28, 3, 0), True),  # Saturday 03:00, the overnight part of Friday's shift
        (datetime(2026, 11, 25, 10, 30), False),  # Wednesday, not scheduled
    ],
)
def test_schedule_advice_is_info_only_inside_scheduled_hours(now, advised):
    profile = Profile(roles={"patient-care"}, schedule=SCHEDULE)
    findings = _worktime("Beautiful sunrise over the lake this morning.", profile, now=now)
    assert [f.rule for f in findings] == (["worktime.scheduled-hours"] if advised else [])
    assert all(f.severity == "info" and not f.raises for f in findings)


def test_schedule_advice_needs_a_clock_and_a_schedule():
    assert _worktime("Hello!", Profile(schedule=SCHEDULE)) == []
    assert _worktime("Hello!", Profile(), now=datetime(2026, 11, 24, 10, 30)) == []


# Generalisation tables: drafts written independently of the labelled corpora, by several imagined
# authors (slang, questions, Spanish, emoji, long posts with the signal buried in the middle).
ON_THE_JOB_NOW = [
    "Filmed a little montage during my 12-hour shift, link in bio 🎬",
    "Vlogging bits of tonight's night shift on the med-surg floor, part 2 drops soon",
    "Stuck in a budget meeting, so here's a meme that sums it up",
    "Posting memes while stuck in this never-ending staff meeting 🙃",
    "Recording a TikTok in the supply closet while my patient's down in CT lol",
    "lol who else is scrolling insta while pretending to listen in huddle",
    "Between vitals and the 2200 med pass I somehow answered all your DMs 💬",
    "Can't believe I'm live on Instagram from the cath lab control room right now",
    "Texting my group chat under the table at our unit's in-service, send help",
    "Quick selfie in my scrubs before I head back into the OR for the second half of this case",
    "Our attending is still talking, so here's my hot take from the back of grand rounds",
    "Is it bad that I'm reading Reddit during a code debrief? asking for me",
    "Charting can wait, this reel can't 😂",
    "Patient finally asleep so I'm catching up on TikTok at the desk",
    "Snapchatting the chaos from the ER tonight, y'all wouldn't believe it",
    "My phone is propped on the WOW so I can post updates through my whole shift",
    "Watching YouTube at the nurses station while the unit is quiet",
    "Mid-procedure and the surgeon asked me to post the playlist, so here it is 🎶",
    "Checking my notifications in between call lights tonight",
    "Tweeting from inside the operating room because the case got delayed again",
    "Going live from the trauma bay in 5 minutes, stay tuned!",
    "Reading this thread during the safety training instead of paying attention, oops",
    "Estoy publicando esto desde la estación de enfermería en pleno turno 😅",
    "Subiendo historias a Instagram durante mi guardia de 24 horas",
    "During my 12 hr shift I'm going to vlog every admission, follow along!",
    "Hey TikTok, I'm on hour 9 of 12 and we just got another admit",
    "Mandatory skills lab rn and I've refreshed Twitter 40 times",
    "Dear internet, I'm posting this while my attending presents at M&M, don't tell",
    "me: supposed to be documenting. also me: posting this thread 🧵",
    "We're in the middle of a code drill and I'm snapping pics for the unit insta",
    "Answering your comments between surgeries today, keep them coming!",
    "Long post incoming, typed on my phone at the charge desk between admits",
    "Took a selfie with the crash cart during the code, caption ideas?",
    "Scrolling LinkedIn in our quarterly all-staff meeting and honestly it's more interesting",
    "The in-service is dragging so I'm updating my profile pic lol",
    "Posting from the PACU while my patient wakes up from anesthesia",
    "ICU life rn: pumps beeping, family calling, and me writing this tweet 🙃",
    "Three admissions waiting and I'm on Reddit. Send coffee",
    "Live blogging today's liver transplant from the gallery, updates every hour!",
    "POV: you're on the unit at 4am making TikToks with the night crew",
    "Sorry for the slow replies, I'm on shift and only checking IG between patients",
    "Can someone explain this meme? I'm stuck in orientation and bored out of my mind",
    "Just clocked in! Taking you along on my shift with stories all night 📱",
    "I'll be posting updates from the floor all night, night shift gang 🌙",
    "Streaming my whole call night from the resident workroom, come hang",
    "Charge nurse's pager keeps going off and I'm finishing this thread at the desk lol",
    "The attending's still presenting, so quick thought while I'm in grand rounds:",
    "Okay long one. Tonight has been wild: two admits back to back, a family that needed a lot of support, "
    "and a rapid response on the other pod. I'm typing this at the charge desk during my 12-hour shift while the "
    "tele alarms keep going. Anyway, how's everyone's week?",
]
ON_OWN_TIME = [
    "Posted this after my 12-hour shift, finally on the couch",
    "I filmed this on my day off at the lake",
    "Please stop posting during report, it's unsafe for patients.",
    "Hot take: nobody should be on their phone in a staff meeting.",
    "Our manager reminded everyone in huddle to keep phones away from the bedside.",
    "Yesterday's meeting ran long, but the new policy is solid.",
    "Recorded a podcast episode this weekend about burnout in nursing",
    "On my lunch break in the cafeteria, far from the unit, eating soup 🍜",
    "Tips for new grads: during your first shift, leave your phone in your locker.",
    "Will post pics from the conference when I'm back home",
    "Back in 2020, I scrolled TikTok every night after my shift just to decompress.",
    "What's your go-to snack for a 12-hour shift? Asking for my next grocery run",
    "My sister is in surgery right now, posting to ask for prayers 🙏",
    "Waiting room update: dad is out of surgery, scrolling to pass the time",
    "Scrolling through old photos from nursing school graduation tonight at home",
    "I'm a night shift nurse and I post about sleep hygiene on my days off",
    "Our unit's TikTok account is run by the comms team, not by staff on shift.",
    "Got invited to a code committee meeting next week, anyone know what to expect?",
    "The in-service on fall prevention was actually great, thanks to our educator!",
    "Saturday vlog: farmers market, a long run, and zero hospital talk",
    "¡Por fin en casa después del turno! Ahora sí, a ver Netflix.",
    "Writing this from my kitchen table, three days post-op from my own knee surgery.",
    "How do you all handle phones on the unit? Ours are banned at the bedside and I'm fine with that.",
    "Day in the life of a travel nurse on my day off: beach, tacos, sleep 🏖️",
    "Proud of our team for finishing the stroke training module this month!",
    "Made a reel about my favorite shift snacks, filmed in my kitchen this morning",
    "Five years ago today I started my first shift on this unit. Grateful for every minute.",
]


@pytest.mark.parametrize("text", ON_THE_JOB_NOW)
def test_on_the_job_now_in_other_words_is_raised(text):
    assert _raised(text), text


@pytest.mark.parametrize("text", ON_OWN_TIME)
def test_own_time_in_other_words_is_not_raised(text):
    assert not _raised(text), text
