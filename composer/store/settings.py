"""The user's settings: a TOML file in the user's config directory (`[profile]` is fixed by contract).

Read by the window and by `composer check`. A file with bad values never stops the app: the bad
field falls back to its default and the problem is reported in words naming the file and field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

from composer.review.model import ROLES, Profile
from composer.review.policy import PLATFORM_NAMES

APP_NAME = "composer"


GRAMMAR_MODES = ("off", "offline", "local", "server", "premium")


@dataclass(frozen=True)
class GrammarSettings:
    """How grammar is checked. Only `server` and `premium` (and a `local` server URL) send text anywhere."""

    mode: str = "offline"  # one of GRAMMAR_MODES
    server_url: str = ""  # the organisation's LanguageTool server, for mode "server"
    username: str = ""  # premium account; its API key lives in the keyring, never here
    language: str = "en-US"
    ignored_rules: tuple[str, ...] = ()  # grammar rule ids the user chose to ignore
    remote_consent: tuple[str, ...] = ()  # server URLs the user agreed to send drafts to


@dataclass(frozen=True)
class Settings:
    profile: Profile = field(default_factory=Profile)
    platform: str = "x"
    policy_path: str = ""
    grammar: GrammarSettings = field(default_factory=GrammarSettings)
    welcome_done: bool = False  # the first-run welcome was shown


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[str, ...] = ()


def settings_path() -> Path:
    return Path(user_config_dir(APP_NAME)) / "settings.toml"


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return LoadedSettings(Settings(), (f"{path}: cannot be read ({exc}); using default settings",))
    problems: list[str] = []
    profile_raw = raw.get("profile", {})
    roles = [r for r in profile_raw.get("roles", []) if r in ROLES]
    for bad in set(profile_raw.get("roles", [])) - set(ROLES):
        problems.append(f"{path}: [profile] roles: unknown role {bad!r} ignored")
    profile = Profile(
        roles=frozenset(roles),
        title=str(profile_raw.get("title", "")),
        display_name=str(profile_raw.get("display_name", "")),
        handles=tuple(str(h) for h in profile_raw.get("handles", [])),
        employer_visible=bool(profile_raw.get("employer_visible", False)),
    )
    platform = raw.get("platform", {}).get("default", "x")
    if platform not in PLATFORM_NAMES:
        problems.append(f"{path}: [platform] default: unknown platform {platform!r}; using x")
        platform = "x"
    policy_path = str(raw.get("policy", {}).get("path", ""))
    return LoadedSettings(Settings(profile=profile, platform=platform, policy_path=policy_path), tuple(problems))
