"""The user's settings: a TOML file in the user's config directory (`[profile]` is fixed by contract).

Read by the window and by `composer check`. A file with bad values never stops the app: each bad
field falls back to its default and the problem is reported in words naming the file and the field.
Writing is atomic (temporary file in the same folder, fsync, rename) and private (mode 0600), and a
file that did not load cleanly is copied aside before it is replaced, so a hand-edited or
organisation-supplied file is never silently destroyed. The format is documented in docs/settings.md.

Every field is written explicitly, defaults included, so the file documents itself and reads the
same whichever version of the app wrote it. Secrets never go here: they live in the keyring.
"""

from __future__ import annotations

import os
import shutil
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any

import tomli_w
from platformdirs import user_config_dir

from composer.review.model import ROLES, WEEKDAYS, Profile, Shift
from composer.review.policy import PLATFORM_NAMES
from composer.store.atomic import write_private_file

APP_NAME = "composer"
SETTINGS_FILE = "settings.toml"

GRAMMAR_MODES = ("off", "offline", "local", "server", "premium")

_HEADER = (
    "# Composer settings. Written by the app; safe to edit by hand or to hand out.\n"
    "# Every table and field is described in docs/settings.md. API keys are never stored here.\n\n"
)


@dataclass(frozen=True)
class GrammarSettings:
    """How grammar is checked. Only `server` and `premium` (and a `local` server URL) send text anywhere."""

    mode: str = "offline"  # one of GRAMMAR_MODES
    server_url: str = ""  # the organisation's LanguageTool server ("server"), or a local one's address ("local")
    username: str = ""  # premium account; its API key lives in the keyring, never here
    language: str = "en-US"
    ignored_rules: tuple[str, ...] = ()  # grammar rule ids the user chose to ignore
    remote_consent: tuple[str, ...] = ()  # server URLs the user agreed to send drafts to


@dataclass(frozen=True)
class Settings:
    profile: Profile = field(default_factory=Profile)
    platform: str = "x"
    policy_path: str = ""  # empty: the bundled pack
    grammar: GrammarSettings = field(default_factory=GrammarSettings)
    welcome_done: bool = False  # the first-run welcome was shown


@dataclass(frozen=True)
class LoadedSettings:
    """The settings as read, and one sentence per problem found (file, field, what was used instead)."""

    settings: Settings
    problems: tuple[str, ...] = ()


def settings_path() -> Path:
    return Path(user_config_dir(APP_NAME)) / SETTINGS_FILE


# --- reading --------------------------------------------------------------------------------------


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Read the settings file; a missing file gives defaults, a bad one gives defaults plus problems."""
    path = Path(path) if path is not None else settings_path()
    try:
        source = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except UnicodeDecodeError:
        return LoadedSettings(Settings(), (f"{path}: not UTF-8 text; using default settings",))
    except OSError as exc:
        return LoadedSettings(Settings(), (f"{path}: cannot be read ({exc.strerror or exc}); using default settings",))
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        return LoadedSettings(Settings(), (f"{path}: not valid TOML ({exc}); using default settings",))
    reader = _Reader(path)
    settings = reader.settings(raw)
    return LoadedSettings(settings, tuple(reader.problems))


class _Reader:
    """Reads each field on its own, so one bad value costs only that field, and says what went wrong."""

    _TABLES = ("profile", "schedule", "platform", "policy", "grammar", "app")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.path}: {where}: {message}")

    def settings(self, raw: Mapping[str, Any]) -> Settings:
        for key in raw:
            if key not in self._TABLES:
                self.problem(f"[{key}]", f"unknown table ignored (known tables: {', '.join(self._TABLES)})")
        profile = self.table(raw, "profile", ("roles", "title", "display_name", "handles", "employer_visible"))
        schedule = self.table(raw, "schedule", ("shifts",))
        platform = self.table(raw, "platform", ("default",))
        policy = self.table(raw, "policy", ("path",))
        grammar = self.table(
            raw, "grammar", ("mode", "server_url", "username", "language", "ignored_rules", "remote_consent")
        )
        app = self.table(raw, "app", ("welcome_done",))
        defaults = GrammarSettings()
        return Settings(
            profile=Profile(
                roles=frozenset(self.roles(profile)),
                title=self.text(profile, "profile", "title", ""),
                display_name=self.text(profile, "profile", "display_name", ""),
                handles=self.text_list(profile, "profile", "handles"),
                employer_visible=self.flag(profile, "profile", "employer_visible", False),
                schedule=self.shifts(schedule),
            ),
            platform=self.choice(platform, "platform", "default", PLATFORM_NAMES, "x"),
            policy_path=self.text(policy, "policy", "path", ""),
            grammar=GrammarSettings(
                mode=self.choice(grammar, "grammar", "mode", GRAMMAR_MODES, defaults.mode),
                server_url=self.url(grammar),
                username=self.text(grammar, "grammar", "username", ""),
                language=self.text(grammar, "grammar", "language", defaults.language) or defaults.language,
                ignored_rules=self.text_list(grammar, "grammar", "ignored_rules"),
                remote_consent=self.text_list(grammar, "grammar", "remote_consent"),
            ),
            welcome_done=self.flag(app, "app", "welcome_done", False),
        )

    def table(self, raw: Mapping[str, Any], name: str, known: tuple[str, ...]) -> Mapping[str, Any]:
        value = raw.get(name, {})
        if not isinstance(value, dict):
            self.problem(f"[{name}]", "must be a table; using defaults for it")
            return {}
        for key in value:
            if key not in known:
                hint = " (API keys belong in the keyring: enter it in Settings)" if "key" in key.lower() else ""
                self.problem(f"[{name}] {key}", f"unknown field ignored{hint} (known fields: {', '.join(known)})")
        return value

    def typed(
        self, table: Mapping[str, Any], where: str, key: str, default: Any, ok: Callable[[Any], bool], kind: str
    ) -> Any:
        if key not in table:
            return default
        value = table[key]
        if not ok(value):
            self.problem(f"[{where}] {key}", f"must be {kind}, not {value!r}; using {default!r}")
            return default
        return value

    def text(self, table: Mapping[str, Any], where: str, key: str, default: str) -> str:
        return self.typed(table, where, key, default, lambda v: isinstance(v, str), "text").strip()

    def flag(self, table: Mapping[str, Any], where: str, key: str, default: bool) -> bool:
        return self.typed(table, where, key, default, lambda v: isinstance(v, bool), "true or false")

    def text_list(self, table: Mapping[str, Any], where: str, key: str) -> tuple[str, ...]:
        def ok(value: Any) -> bool:
            return isinstance(value, list) and all(isinstance(item, str) for item in value)

        values = self.typed(table, where, key, [], ok, "a list of texts")
        return tuple(dict.fromkeys(item.strip() for item in values if item.strip()))

    def choice(self, table: Mapping[str, Any], where: str, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(table, where, key, default)
        if value not in allowed:
            self.problem(
                f"[{where}] {key}",
                f"unknown value {value!r} (expected one of: {', '.join(allowed)}); using {default!r}",
            )
            return default
        return value

    def roles(self, profile: Mapping[str, Any]) -> list[str]:
        roles = self.text_list(profile, "profile", "roles")
        known = [role for role in roles if role in ROLES]
        for role in roles:
            if role not in ROLES:
                self.problem("[profile] roles", f"unknown role {role!r} ignored (expected any of: {', '.join(ROLES)})")
        return known

    def url(self, grammar: Mapping[str, Any]) -> str:
        url = self.text(grammar, "grammar", "server_url", "")
        if url and not url.lower().startswith(("http://", "https://")):
            self.problem("[grammar] server_url", f"{url!r} is not an http:// or https:// address; ignored")
            return ""
        return url

    def shifts(self, schedule: Mapping[str, Any]) -> tuple[Shift, ...]:
        entries = self.typed(schedule, "schedule", "shifts", [], lambda v: isinstance(v, list), "a list of shifts")
        shifts = []
        for index, entry in enumerate(entries):
            where = f"[schedule] shifts[{index}]"
            if not isinstance(entry, dict):
                self.problem(where, 'must be a table like {day = "mon", start = "07:00", end = "19:30"}; ignored')
                continue
            unknown = set(entry) - {"day", "start", "end"}
            if unknown:
                self.problem(where, f"unknown field(s) {', '.join(sorted(unknown))} ignored")
            day = parse_day(entry.get("day"))
            start = parse_time(entry.get("start"))
            end = parse_time(entry.get("end"))
            if day is None:
                self.problem(
                    f"{where}.day", f"{entry.get('day')!r} is not a weekday ({', '.join(WEEKDAYS)}); shift ignored"
                )
            elif start is None or end is None:
                which = "start" if start is None else "end"
                self.problem(f"{where}.{which}", f'{entry.get(which)!r} is not a time like "07:30"; shift ignored')
            elif start == end:
                self.problem(where, "starts and ends at the same time; shift ignored")
            else:
                shifts.append(Shift(day, start, end))
        return tuple(shifts)


def parse_day(value: Any) -> str | None:
    """ "mon" (or "Monday", any case) -> "mon"; anything else -> None."""
    if not isinstance(value, str):
        return None
    day = value.strip().lower()
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    if day in full:
        return WEEKDAYS[full.index(day)]
    return day if day in WEEKDAYS else None


def parse_time(value: Any) -> time | None:
    """ "07:30" or a TOML local time -> time; anything else -> None. "24:00" means midnight."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text == "24:00":
        return time(0, 0)
    try:
        parsed = time.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(second=0, microsecond=0)


# --- writing --------------------------------------------------------------------------------------


def settings_to_toml(settings: Settings) -> dict[str, Any]:
    """The TOML tables for `settings`, every field explicit (see the module docstring)."""
    profile = settings.profile
    grammar = settings.grammar
    return {
        "profile": {
            "roles": [role for role in ROLES if role in profile.roles],
            "title": profile.title,
            "display_name": profile.display_name,
            "handles": list(profile.handles),
            "employer_visible": profile.employer_visible,
        },
        "schedule": {
            "shifts": [
                {"day": shift.day, "start": shift.start.strftime("%H:%M"), "end": shift.end.strftime("%H:%M")}
                for shift in profile.schedule
            ],
        },
        "platform": {"default": settings.platform},
        "policy": {"path": settings.policy_path},
        "grammar": {
            "mode": grammar.mode,
            "server_url": grammar.server_url,
            "username": grammar.username,
            "language": grammar.language,
            "ignored_rules": list(grammar.ignored_rules),
            "remote_consent": list(grammar.remote_consent),
        },
        "app": {"welcome_done": settings.welcome_done},
    }


def dumps(settings: Settings) -> str:
    return _HEADER + tomli_w.dumps(settings_to_toml(settings))


def save_settings(settings: Settings, path: Path | None = None) -> Path | None:
    """Write `settings` atomically with mode 0600. Raises OSError when the file cannot be written.

    When the file being replaced did not load cleanly (bad TOML, bad values, unknown fields), it is
    first copied to `settings.toml.bak-<timestamp>`; that copy's path is returned so the caller can
    say so. Returns None when no copy was needed.
    """
    path = Path(path) if path is not None else settings_path()
    text = dumps(settings)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    backup = _backup_if_problematic(path)
    write_private_file(path, text.encode("utf-8"))
    return backup


def _backup_if_problematic(path: Path) -> Path | None:
    if not path.exists():
        return None
    if not load_settings(path).problems:
        return None
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{stamp}")
    counter = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.bak-{stamp}-{counter}")
        counter += 1
    shutil.copyfile(path, backup)  # raises OSError when unreadable: then the original is not replaced
    os.chmod(backup, 0o600)
    return backup
