"""The settings file: every field survives a save and a load, bad files cost only their bad fields."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import tomllib
from datetime import time

import pytest

from composer.cli import main
from composer.review import Profile, Shift, review
from composer.store import settings as settings_module
from composer.store.settings import (
    GrammarSettings,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)

EVERYTHING = Settings(
    profile=Profile(
        roles=frozenset({"patient-care", "manager"}),
        title="Charge Nurse",
        display_name="Jen Ortiz",
        handles=("@jen_rn", "linkedin.com/in/jenortiz"),
        employer_visible=True,
        schedule=(
            Shift("mon", time(7, 0), time(19, 30)),
            Shift("fri", time(19, 0), time(7, 30)),  # overnight
            Shift("sun", time(8, 15), time(12, 45)),
        ),
    ),
    platform="linkedin",
    policy_path="/srv/policies/our-hospital.toml",
    grammar=GrammarSettings(
        mode="server",
        server_url="https://lt.example.org/v2",
        username="jen@example.org",
        language="en-GB",
        ignored_rules=("EN_QUOTES", "WHITESPACE_RULE"),
        remote_consent=("https://lt.example.org/v2",),
    ),
    welcome_done=True,
)


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def backups(path):
    return sorted(path.parent.glob(path.name + ".bak-*"))


def test_every_field_round_trips_through_the_file():
    assert save_settings(EVERYTHING) is None
    loaded = load_settings()
    assert loaded.problems == ()
    assert loaded.settings == EVERYTHING


def test_the_file_is_private_plain_toml_in_the_user_config_dir(tmp_path):
    save_settings(EVERYTHING)
    path = settings_path()
    assert path.name == "settings.toml" and path.parent.name == "composer"
    assert path.is_relative_to(os.environ["XDG_CONFIG_HOME"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["profile"] == {
        "roles": ["patient-care", "manager"],
        "title": "Charge Nurse",
        "display_name": "Jen Ortiz",
        "handles": ["@jen_rn", "linkedin.com/in/jenortiz"],
        "employer_visible": True,
    }
    assert raw["schedule"]["shifts"][1] == {"day": "fri", "start": "19:00", "end": "07:30"}
    assert raw["grammar"]["mode"] == "server" and raw["app"]["welcome_done"] is True
    # Nothing but the settings file is left in the folder (the temporary file was renamed over it).
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]


def test_missing_file_gives_defaults_without_problems():
    assert not settings_path().exists()
    assert load_settings() == settings_module.LoadedSettings(Settings(), ())


def test_a_hand_written_file_in_the_documented_format_loads(tmp_path):
    path = tmp_path / "handed-out.toml"
    write(
        path,
        """
[profile]
roles = ["patient-care", "manager"]
title = "Charge Nurse"
display_name = "Jen Ortiz"
handles = ["@jen_rn", "linkedin.com/in/jenortiz"]
employer_visible = true

[schedule]
shifts = [{day = "Monday", start = 07:00:00, end = "19:30"}, {day = "sat", start = "22:00", end = "24:00"}]

[platform]
default = "bluesky"
""",
    )
    loaded = load_settings(path)
    assert loaded.problems == ()
    profile = loaded.settings.profile
    assert profile.roles == {"patient-care", "manager"} and profile.employer_visible
    assert profile.schedule == (Shift("mon", time(7), time(19, 30)), Shift("sat", time(22), time(0)))
    assert loaded.settings.platform == "bluesky"
    assert loaded.settings.grammar == GrammarSettings()  # tables not given keep their defaults


def test_invalid_toml_names_the_file_falls_back_and_is_backed_up_before_overwrite():
    path = settings_path()
    broken = '[profile]\ntitle = "Nurse\nroles = ["manager"]\n'
    write(path, broken)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1 and str(path) in loaded.problems[0] and "TOML" in loaded.problems[0]

    backup = save_settings(EVERYTHING)
    assert backup is not None and backup in backups(path)
    assert backup.name.startswith("settings.toml.bak-")
    assert backup.read_text(encoding="utf-8") == broken  # the user's text is kept as it was
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert load_settings().settings == EVERYTHING


def test_wrong_types_cost_only_the_bad_fields_and_each_problem_names_file_and_field():
    path = settings_path()
    write(
        path,
        """
[profile]
roles = "manager"
title = "Nurse Practitioner"
employer_visible = "yes"
handles = ["@np_sam"]

[schedule]
shifts = [{day = "mon", start = "7am", end = "15:00"}, {day = "tue", start = "07:00", end = "15:00"}]

[platform]
default = "tiktok"

[grammar]
mode = 3
server_url = "lt.example.org"
""",
    )
    loaded = load_settings()
    problems = "\n".join(loaded.problems)
    assert all(problem.startswith(f"{path}: ") for problem in loaded.problems)
    for field in (
        "[profile] roles",
        "[profile] employer_visible",
        "[schedule] shifts[0].start",
        "[platform] default",
        "[grammar] mode",
        "[grammar] server_url",
    ):
        assert field in problems
    settings = loaded.settings
    # Good fields next to bad ones are kept.
    assert settings.profile.title == "Nurse Practitioner" and settings.profile.handles == ("@np_sam",)
    assert settings.profile.schedule == (Shift("tue", time(7), time(15)),)
    # Bad ones fall back to their defaults.
    assert settings.profile.roles == frozenset() and settings.profile.employer_visible is False
    assert settings.platform == "x" and settings.grammar.mode == "offline" and settings.grammar.server_url == ""


def test_unknown_role_is_dropped_with_a_message_and_the_known_roles_stay():
    path = settings_path()
    write(path, '[profile]\nroles = ["patient-care", "surgeon"]\n')
    loaded = load_settings()
    assert loaded.settings.profile.roles == {"patient-care"}
    assert len(loaded.problems) == 1
    assert "[profile] roles" in loaded.problems[0] and "'surgeon'" in loaded.problems[0]
    assert save_settings(loaded.settings) is not None  # the hand-edited file is kept before replacing it
    assert "surgeon" in backups(path)[0].read_text(encoding="utf-8")


def test_unknown_fields_are_reported_and_never_lost_silently():
    path = settings_path()
    write(path, '[grammar]\nmode = "premium"\napi_key = "s3cret"\n\n[colours]\ntheme = "dark"\n')
    loaded = load_settings()
    problems = "\n".join(loaded.problems)
    assert "[grammar] api_key" in problems and "keyring" in problems
    assert "[colours]" in problems
    assert loaded.settings.grammar.mode == "premium"
    assert save_settings(loaded.settings) is not None
    assert "s3cret" not in path.read_text(encoding="utf-8")


def test_a_clean_file_is_replaced_without_a_backup():
    save_settings(Settings())
    assert save_settings(EVERYTHING) is None
    assert backups(settings_path()) == []


def test_a_failed_write_leaves_the_old_file_intact(monkeypatch):
    save_settings(Settings(platform="threads"))
    path = settings_path()
    before = path.read_bytes()

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "replace", refuse)
    with pytest.raises(OSError):
        save_settings(EVERYTHING)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temporary file left behind


def test_saving_creates_the_config_folder(tmp_path):
    path = tmp_path / "new" / "folder" / "settings.toml"
    save_settings(EVERYTHING, path)
    assert load_settings(path).settings == EVERYTHING


# --- the profile that the settings carry changes what the reviewer says ------------------------------


def _raised(text: str, settings: Settings) -> set[int]:
    return {f.guideline for f in review(text, profile=settings.profile, platform=settings.platform) if f.raises}


@pytest.mark.parametrize(
    ("draft", "role", "guideline"),
    [
        ("Patients, add me on Facebook!", "patient-care", 7),
        ("Team, I'm sending you all friend requests", "manager", 8),
    ],
)
def test_the_saved_role_switches_the_friending_guidelines(draft, role, guideline):
    save_settings(Settings(profile=Profile(roles={role}), platform="facebook"))
    assert guideline in _raised(draft, load_settings().settings)
    save_settings(Settings(profile=Profile(roles={"other"}), platform="facebook"))
    assert guideline not in _raised(draft, load_settings().settings)


def _check(args, text: str):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    try:
        status = main(["check", "--format", "json", *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return status, json.loads(out.getvalue()) if out.getvalue() else None, err.getvalue()


def test_composer_check_reads_the_saved_platform_and_options_override_it():
    save_settings(Settings(platform="instagram"))
    assert _check([], "Lovely sunset tonight.")[1]["platform"] == "instagram"
    assert _check(["--platform", "x"], "Lovely sunset tonight.")[1]["platform"] == "x"


def test_composer_check_reads_the_saved_role_and_options_override_it():
    save_settings(Settings(profile=Profile(roles={"manager"}), platform="instagram"))
    draft = "Team, I'm sending you all friend requests"
    _, payload, _ = _check([], draft)
    assert 8 in {f["guideline"] for f in payload["results"][0]["findings"] if f["severity"] != "info"}
    _, payload, _ = _check(["--role", "other"], draft)
    assert 8 not in {f["guideline"] for f in payload["results"][0]["findings"]}


def test_composer_check_warns_about_a_bad_settings_file_and_still_runs():
    write(settings_path(), '[platform]\ndefault = "myspace"\n')
    status, payload, err = _check([], "A quiet walk in the park.")
    assert status == 0 and payload["platform"] == "x"
    assert "[platform] default" in err and str(settings_path()) in err
