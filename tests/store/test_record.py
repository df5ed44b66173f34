"""The review record a compliance office receives: complete, exact, in the format the name asks for."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime

import pytest

from composer.review import Finding
from composer.store.drafts import StoreError
from composer.store.record import FindingOutcome, Outcome, ReviewRecord, export_record

POLICY_NAME, POLICY_VERSION = "Mayo Clinic", "2024.2"
FINAL_TEXT = "Proud of our flu clinic team 💉 today!\nViews are my own. Code: `x` and ```fence```"


def _finding(rule: str, guideline: int, severity: str, excerpt: str, message: str) -> Finding:
    return Finding(
        rule=rule, guideline=guideline, severity=severity, start=0, end=len(excerpt), message=message, excerpt=excerpt
    )


def _record() -> ReviewRecord:
    return ReviewRecord(
        text=FINAL_TEXT,
        platform="linkedin",
        policy_name=POLICY_NAME,
        policy_version=POLICY_VERSION,
        findings=(
            FindingOutcome.from_finding(
                _finding("privacy.room-number", 1, "error", "room 4B", "Room numbers identify patients."),
                Outcome.FIXED,
            ),
            FindingOutcome.from_finding(
                _finding("voice.disclaimer", 2, "warning", "our team", "Add the disclaimer | say it's yours."),
                Outcome.IGNORED,
                reason="Posted from my personal account, approved by my manager",
            ),
            FindingOutcome.from_finding(_finding("conduct.slang", 5, "error", "lol", "Keep it professional.")),
        ),
        reviewed_at=datetime(2026, 3, 4, 15, 30, tzinfo=UTC),
        title="Flu clinic",
        author="Jen Ortiz",
    )


def test_json_record_holds_text_policy_findings_outcomes_and_time(tmp_path):
    path = export_record(_record(), tmp_path / "record.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["text"] == FINAL_TEXT
    assert data["platform"] == "linkedin"
    assert data["policy"] == {"name": POLICY_NAME, "version": POLICY_VERSION}
    assert data["reviewed_at"] == "2026-03-04T15:30:00+00:00"
    assert data["summary"] == {"fixed": 1, "ignored": 1, "open": 1, "open_errors": 1}
    assert [f["outcome"] for f in data["findings"]] == ["fixed", "ignored", "open"]
    first = data["findings"][0]
    assert first == {
        "rule": "privacy.room-number",
        "guideline": 1,
        "severity": "error",
        "excerpt": "room 4B",
        "message": "Room numbers identify patients.",
        "outcome": "fixed",
        "reason": "",
    }
    assert data["findings"][1]["reason"] == "Posted from my personal account, approved by my manager"


def test_markdown_record_shows_the_exact_text_and_a_row_per_finding(tmp_path):
    path = export_record(_record(), tmp_path / "record.md")
    content = path.read_text(encoding="utf-8")
    assert "# Review record: Flu clinic" in content
    assert "2026-03-04T15:30:00+00:00" in content
    assert "Mayo Clinic, version 2024.2" in content
    assert "1 fixed, 1 ignored, 1 open (1 open errors)" in content
    # the text sits in a fence longer than the backtick runs inside it, so it renders unchanged
    assert "````text\n" + FINAL_TEXT + "\n````" in content
    rows = [line for line in content.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) == 3
    assert "ignored: Posted from my personal account, approved by my manager" in rows[1]
    assert "Add the disclaimer \\| say it's yours." in rows[1]  # a pipe cannot break the table
    assert rows[2].endswith("| open |")


def test_a_record_with_no_findings_says_so(tmp_path):
    record = ReviewRecord(text="Hello", platform="x", policy_name="Mayo Clinic", policy_version="1")
    content = export_record(record, tmp_path / "clean.markdown").read_text(encoding="utf-8")
    assert "No findings" in content
    assert record.to_json()["findings"] == []


def test_ignored_without_a_reason_is_flagged(tmp_path):
    record = ReviewRecord(
        text="t",
        platform="x",
        policy_name="P",
        policy_version="1",
        findings=(
            FindingOutcome(rule="r", guideline=5, severity="warning", excerpt="e", message="m", outcome="ignored"),
        ),
    )
    assert "ignored (no reason given)" in record.to_markdown()


def test_the_file_is_private_and_an_unknown_extension_is_refused(tmp_path):
    path = export_record(_record(), tmp_path / "record.JSON")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(StoreError, match=r"\.md .* \.json"):
        export_record(_record(), tmp_path / "record.pdf")
    assert not (tmp_path / "record.pdf").exists()


def test_an_unknown_outcome_is_rejected():
    with pytest.raises(ValueError):
        FindingOutcome(rule="r", guideline=1, severity="error", excerpt="", message="", outcome="postponed")
