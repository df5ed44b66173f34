"""`composer check` as the contract fixes it: inputs, output formats, exit statuses, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from composer.cli import main, run_check
from composer.paths import bundled_policy_path


def run(args, stdin_text: str = "", stdin_bytes: bytes | None = None):
    """Run `composer check ARGS` in-process; returns (status, stdout, stderr)."""
    raw = io.BytesIO(stdin_bytes if stdin_bytes is not None else stdin_text.encode("utf-8"))
    stdin = io.TextIOWrapper(raw, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    try:
        status = main(["check", *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return status, out.getvalue(), err.getvalue()


def strict_pack(tmp_path: Path) -> Path:
    """The bundled pack with the too-long rule made an error, to test exit 1 independently of detectors."""
    text = bundled_policy_path().read_text(encoding="utf-8")
    marker = "[length.rules.too-long]"
    head, tail = text.split(marker)
    tail = tail.replace('severity = "warning"', 'severity = "error"', 1)
    path = tmp_path / "strict.toml"
    path.write_text(head + marker + tail, encoding="utf-8")
    return path


def test_clean_draft_exits_0_with_no_output(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("Had a lovely walk with my dog this morning.", encoding="utf-8")
    assert run([str(post)]) == (0, "", "")


def test_patient_room_number_exits_1_with_a_text_line(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("Long night.\nMy patient in room 412 finally slept.", encoding="utf-8")
    status, out, _ = run([str(post), "--role", "patient-care"])
    assert status == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{post}:2:")
    assert " error guideline 1 " in first


def test_error_level_finding_sets_exit_1_and_json_shape(tmp_path):
    post = tmp_path / "long.txt"
    post.write_text("é" * 300, encoding="utf-8")
    status, out, err = run([str(post), "--policy", str(strict_pack(tmp_path)), "--format", "json"])
    assert status == 1, err
    payload = json.loads(out)
    assert payload["policy"] == {"name": "Mayo Clinic", "version": payload["policy"]["version"]}
    assert payload["platform"] == "x"
    [result] = payload["results"]
    assert result["file"] == str(post)
    assert (result["length"], result["limit"]) == (300, 280)
    [finding] = result["findings"]
    assert set(finding) == {"rule", "guideline", "severity", "start", "end", "excerpt", "message", "suggestions"}
    assert finding["severity"] == "error"
    assert finding["excerpt"] == "é" * 20 and (finding["start"], finding["end"]) == (280, 300)


def test_stdin_and_dash(tmp_path):
    assert run([], "Sunny day at the lake.")[0] == 0
    status, out, _ = run(["-", "--format", "json"], "Sunny day 🌞 at the lake.")
    assert status == 0 and json.loads(out)["results"][0]["file"] == "<stdin>"


@pytest.mark.parametrize(
    "text",
    [
        "🎉🎉 My patient in room 12 went home today 💙",
        "Señora García in bed 4 — ¡qué día! 👩🏽‍⚕️",
        "Café ☕ then rounds. Mr. Núñez in room 414 walked today.",
        "👨‍👩‍👧" * 200,
    ],
)
def test_offsets_are_code_points_inside_the_text(tmp_path, text):
    post = tmp_path / "post.txt"
    post.write_text(text, encoding="utf-8")
    for platform in ("x", "bluesky", "linkedin"):
        status, out, _ = run([str(post), "--format", "json", "--platform", platform, "--role", "patient-care"])
        assert status in (0, 1)
        for finding in json.loads(out)["results"][0]["findings"]:
            assert 0 <= finding["start"] <= finding["end"] <= len(text)
            assert text[finding["start"] : finding["end"]] == finding["excerpt"]


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["missing.txt"], b"", "missing.txt: no such file"),
        (["-"], "caf\xe9".encode("latin-1"), "not UTF-8"),
        (["--role", "surgeon"], b"hi", "invalid choice: 'surgeon'"),
        (["--platform", "myspace"], b"hi", "invalid choice: 'myspace'"),
        (["--format", "xml"], b"hi", "invalid choice: 'xml'"),
        (["--policy", "nowhere.toml"], b"hi", "nowhere.toml: file not found"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(args, stdin, expected):
    status, out, err = run(args, stdin_bytes=stdin)
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err
    assert "Traceback" not in err


def test_invalid_pack_is_one_line_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[pack]\nname = 'x'\nversion = \n", encoding="utf-8")
    status, _, err = run(["--policy", str(bad)], "hi")
    assert status == 2
    assert f"{bad}:3" in err and len(err.strip().splitlines()) == 1


def test_options_override_saved_settings(tmp_path, monkeypatch):
    from composer.store.settings import settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[platform]\ndefault = "bluesky"\n', encoding="utf-8")
    _, out, _ = run(["--format", "json"], "hi")
    assert json.loads(out)["platform"] == "bluesky"
    _, out, _ = run(["--format", "json", "--platform", "linkedin"], "hi")
    assert json.loads(out)["platform"] == "linkedin"


def test_run_check_is_usable_in_process():
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"Nice weather."), encoding="utf-8")
    assert run_check(["--format", "json"], stdin, out, err) == 0


def test_console_script_version_and_module_entry_point():
    for command in (
        [sys.executable, "-m", "composer", "--version"],
        [str(Path(sys.executable).parent / "composer"), "--version"],
    ):
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0
        assert done.stdout.startswith("composer ")


def test_grammar_findings_are_merged_but_never_change_the_exit_status(tmp_path):
    """The offline proofreader is the default grammar mode: no server, nothing leaves the machine."""
    post = tmp_path / "post.txt"
    post.write_text("Their going to love the the new garden at the lake.", encoding="utf-8")
    status, out, _ = run([str(post), "--grammar", "--format", "json"])
    assert status == 0
    findings = json.loads(out)["results"][0]["findings"]
    assert any(f["excerpt"].lower() == "the the" for f in findings), findings
    assert all(f["severity"] != "error" for f in findings)
    status_without, out_without, _ = run([str(post), "--format", "json"])
    assert status_without == 0 and json.loads(out_without)["results"][0]["findings"] == []
