"""The labelled drafts in ../shared/data/drafts.jsonl, and per-guideline scoring of the reviewer."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from composer.review import Profile, review

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "drafts.jsonl"
GUIDELINES = (1, 2, 4, 5, 6, 7, 8, 9, 10)


def load_cases(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def profile_of(case: dict) -> Profile:
    p = case.get("profile", {})
    return Profile(
        roles=frozenset(p.get("roles", [])),
        title=p.get("title", ""),
        handles=tuple(p.get("handles", [])),
        employer_visible=bool(p.get("employer_visible", False)),
    )


def raised(case: dict) -> set[int]:
    findings = review(case["text"], profile=profile_of(case), platform=case.get("platform", "x"))
    return {5 if f.guideline == 3 else f.guideline for f in findings if f.raises}


@dataclass
class Score:
    hits: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    positives: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    false_raises: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    negatives: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    clean_total: int = 0
    clean_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self, guideline: int) -> float:
        return self.hits[guideline] / self.positives[guideline] if self.positives[guideline] else 1.0

    def false_rate(self, guideline: int) -> float:
        return self.false_raises[guideline] / self.negatives[guideline] if self.negatives[guideline] else 0.0

    @property
    def macro_recall(self) -> float:
        present = [g for g in GUIDELINES if self.positives[g]]
        return sum(self.recall(g) for g in present) / len(present)

    @property
    def false_raise_rate(self) -> float:
        return sum(self.false_raises.values()) / max(1, sum(self.negatives.values()))

    @property
    def clean_pass(self) -> float:
        return self.clean_ok / self.clean_total if self.clean_total else 1.0


def score(cases: list[dict]) -> Score:
    result = Score()
    for case in cases:
        got = raised(case)
        expect = {5 if g == 3 else g for g in case.get("expect", [])}
        forbid = {5 if g == 3 else g for g in case.get("forbid", [])}
        for g in expect:
            result.positives[g] += 1
            if g in got:
                result.hits[g] += 1
            else:
                result.misses.append(f"{case['id']} missed {g}")
        for g in forbid:
            result.negatives[g] += 1
            if g in got:
                result.false_raises[g] += 1
                result.misses.append(f"{case['id']} false {g}")
        if len(forbid) >= 9:
            result.clean_total += 1
            result.clean_ok += not (got & forbid)
    return result
