"""Load and validate a policy pack: the employer's rules as data (one TOML file).

A compliance officer edits the pack, not Python. Loading is strict, as in Vale: unknown keys,
missing fields and wrong types are errors that name the file, the line where it is known and
what is wrong, so a typo never silently switches a rule off.
"""

from __future__ import annotations

import re
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from composer.review.model import Severity

PLATFORM_NAMES = ("x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon", "youtube", "blog")
COUNTING_RULES = ("x-weighted", "graphemes", "characters", "utf16")

Pattern = re.Pattern[str]


class PackPattern:
    """A regular expression from the pack, checked when the pack loads and compiled the first time it is used.

    Loading reads every pattern (a mistake is reported then, with its line), but compiling hundreds of them
    would make the app wait at start for patterns a draft may never need, or that a detector only joins
    into a larger one (`.pattern`). It answers like the `re.Pattern` it stands for.
    """

    __slots__ = ("_compiled", "findall", "finditer", "flags", "fullmatch", "match", "pattern", "search", "sub")

    def __init__(self, source: str, flags: int = 0) -> None:
        parsed = _parser.parse(source, flags)  # raises re.error as compiling would
        if "(?<" in source:
            _check_lookbehinds(parsed.data)
        self.pattern = source
        self.flags = flags | parsed.state.flags  # as the compiled pattern reports them (inline flags, UNICODE)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The `re.Pattern`; its methods become this object's own, so later calls cost nothing extra."""
        if self._compiled is None:
            done = re.compile(self.pattern, self.flags)
            self.search, self.match, self.fullmatch = done.search, done.match, done.fullmatch
            self.finditer, self.findall, self.sub = done.finditer, done.findall, done.sub
            self._compiled = done
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # the other attributes of re.Pattern (groupindex, split, ...)
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (PackPattern, re.Pattern)):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (re.compile, (self.pattern, self.flags))


def _check_lookbehinds(parsed: Any) -> None:
    """The one mistake `re` reports only when compiling: a look-behind whose width varies."""
    for op, av in parsed:
        if op in (_constants.ASSERT, _constants.ASSERT_NOT):
            if av[0] < 0:
                low, high = av[1].getwidth()
                if low > _compiler.MAXCODE:
                    raise re.error("looks too much behind")
                if low != high:
                    raise re.error("look-behind requires fixed-width pattern")
            _check_lookbehinds(av[1].data)
        elif op is _constants.BRANCH:
            for branch in av[1]:
                _check_lookbehinds(branch.data)
        elif op in _NESTING:  # (group, flags, flags, body) or (min, max, body)
            _check_lookbehinds(av[-1].data)
        elif op is _constants.ATOMIC_GROUP:
            _check_lookbehinds(av.data)
        elif op is _constants.GROUPREF_EXISTS:
            _check_lookbehinds(av[1].data)
            if av[2] is not None:
                _check_lookbehinds(av[2].data)


_NESTING = (_constants.SUBPATTERN, _constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


class PolicyError(ValueError):
    """A pack that cannot be used. `str()` is the one line shown to the user."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"invalid policy pack {where}: {problem}")


@dataclass(frozen=True)
class Guideline:
    number: int
    title: str
    summary: str


@dataclass(frozen=True)
class RuleText:
    """What one rule says and how much it matters; the detector decides when it applies."""

    message: str
    severity: Severity
    enabled: bool = True


@dataclass(frozen=True)
class Section:
    """One detector's part of the pack: its guideline, its rules' texts and its own settings."""

    name: str
    guideline: int
    rules: Mapping[str, RuleText]
    config: Any


@dataclass(frozen=True)
class PlatformSpec:
    name: str
    label: str
    limit: int
    counting: str
    url_length: int = 0
    disclaimer: str = ""


@dataclass(frozen=True)
class Employer:
    """The names and forms that mean the employer, and the look-alikes that don't."""

    organisation: str
    names: tuple[str, ...]
    short_names: tuple[str, ...]
    official_handles: tuple[str, ...]
    domains: tuple[str, ...]
    false_friend_patterns: tuple[Pattern, ...]
    social_media_office: str


@dataclass(frozen=True)
class Policy:
    path: str
    name: str
    version: str
    guidelines: Mapping[int, Guideline]
    disclaimer: str
    disclaimer_short: str
    disclosure_template: str
    disclosure_template_no_title: str
    employer: Employer
    platforms: Mapping[str, PlatformSpec]
    sections: Mapping[str, Section]

    def section(self, name: str) -> Section:
        return self.sections[name]

    def disclaimer_for(self, platform: str) -> str:
        """The disclaimer adapted to the platform (falls back to the policy's own wording)."""
        spec = self.platforms.get(platform)
        return spec.disclaimer if spec and spec.disclaimer else self.disclaimer


# --- strict parsing helpers -------------------------------------------------------------------


class _Reader:
    """Reads typed values out of the parsed TOML, reporting problems with file and line."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.source = source
        self._lines = source.splitlines()

    def line_of(self, dotted: str) -> int | None:
        """Best-effort line of a table header or key, so errors can point at it."""
        parts = dotted.split(".")
        header = re.compile(r"^\s*\[+\s*" + r"\s*\.\s*".join(map(re.escape, parts)) + r"\s*\]+")
        for number, text in enumerate(self._lines, 1):
            if header.match(text):
                return number
        if len(parts) > 1:
            parent = self.line_of(".".join(parts[:-1])) or 0
            key = re.compile(r"^\s*" + re.escape(parts[-1]) + r"\s*=")
            for number, text in enumerate(self._lines[parent:], parent + 1):
                if key.match(text):
                    return number
            return parent or None
        return None

    def fail(self, dotted: str, problem: str) -> PolicyError:
        return PolicyError(self.path, problem, self.line_of(dotted))

    def table(self, raw: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        dotted = f"{where}.{key}" if where else key
        if key not in raw:
            return self._missing(dotted, where)
        value = raw[key]
        if not isinstance(value, dict):
            raise self.fail(dotted, f"'{dotted}' must be a table")
        return value

    def _missing(self, dotted: str, where: str) -> typing.NoReturn:
        err = self.fail(where or dotted, f"missing field '{dotted}'")
        raise err

    def value(self, raw: Mapping[str, Any], key: str, kind: Any, where: str, default: Any = MISSING) -> Any:
        dotted = f"{where}.{key}" if where else key
        if key not in raw:
            if default is not MISSING:
                return default
            self._missing(dotted, where)
        return self.convert(raw[key], kind, dotted)

    def convert(self, value: Any, kind: Any, dotted: str) -> Any:
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        if kind is Any:
            return value
        if kind is Pattern or kind == re.Pattern[str]:
            if not isinstance(value, str):
                raise self.fail(dotted, f"'{dotted}' must be a regular expression string")
            try:
                return PackPattern(value, re.IGNORECASE)
            except re.error as exc:
                raise self.fail(dotted, f"'{dotted}' is not a valid regular expression: {exc}") from None
        if kind is Severity:
            try:
                return Severity(value)
            except ValueError:
                raise self.fail(dotted, f"'{dotted}' must be one of error, warning, info (got {value!r})") from None
        if kind is bool:
            if not isinstance(value, bool):
                raise self.fail(dotted, f"'{dotted}' must be true or false")
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.fail(dotted, f"'{dotted}' must be a whole number")
            return value
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.fail(dotted, f"'{dotted}' must be a number")
            return float(value)
        if kind is str:
            if not isinstance(value, str):
                raise self.fail(dotted, f"'{dotted}' must be text")
            return value
        if origin in (tuple, list):
            if not isinstance(value, list):
                raise self.fail(dotted, f"'{dotted}' must be a list")
            item = args[0]
            return tuple(self.convert(v, item, f"{dotted}[{i}]") for i, v in enumerate(value))
        if origin in (dict, Mapping, typing.Mapping) or (origin is not None and issubclass(origin, Mapping)):
            if not isinstance(value, dict):
                raise self.fail(dotted, f"'{dotted}' must be a table")
            return types.MappingProxyType({k: self.convert(v, args[1], f"{dotted}.{k}") for k, v in value.items()})
        if is_dataclass(kind):
            if not isinstance(value, dict):
                raise self.fail(dotted, f"'{dotted}' must be a table")
            return self.dataclass(value, kind, dotted)
        raise TypeError(f"unsupported pack field type {kind!r} at {dotted}")

    def dataclass(self, raw: Mapping[str, Any], cls: type, where: str) -> Any:
        hints = _type_hints(cls)
        known = {f.name for f in fields(cls)}
        self.no_unknown(raw, known, where)
        values = {}
        for f in fields(cls):
            default = f.default if f.default is not MISSING else MISSING
            if f.default_factory is not MISSING:  # type: ignore[misc]
                default = f.default_factory()  # type: ignore[misc]
            values[f.name] = self.value(raw, f.name, hints[f.name], where, default)
        return cls(**values)

    def no_unknown(self, raw: Mapping[str, Any], known: set[str], where: str) -> None:
        for key in raw:
            if key not in known:
                dotted = f"{where}.{key}" if where else key
                allowed = ", ".join(sorted(known))
                raise self.fail(dotted, f"unknown field '{dotted}' (expected one of: {allowed})")


@cache
def _type_hints(cls: type) -> dict[str, Any]:
    """A settings dataclass's field types, read once (they are read for every table of every pack)."""
    return typing.get_type_hints(cls)


@dataclass(frozen=True)
class _PackHeader:
    name: str
    version: str
    organisation: str
    social_media_office: str = ""
    source: str = ""


@dataclass(frozen=True)
class _Disclaimer:
    text: str
    short: str
    disclosure: str
    disclosure_no_title: str


@dataclass(frozen=True)
class _EmployerRaw:
    names: tuple[str, ...]
    short_names: tuple[str, ...]
    official_handles: tuple[str, ...]
    domains: tuple[str, ...]
    false_friends: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class _PlatformRaw:
    label: str
    limit: int
    counting: str
    url_length: int = 0
    disclaimer: str = ""


def _load_section(reader: _Reader, raw: Mapping[str, Any], check: Any) -> Section:
    name = check.SECTION
    where = name
    known = {f.name for f in fields(check.Config)} | {"guideline", "rules"}
    reader.no_unknown(raw, known, where)
    guideline = reader.value(raw, "guideline", int, where)
    if not 1 <= guideline <= 10:
        raise reader.fail(f"{where}.guideline", f"'{where}.guideline' must be between 1 and 10")
    rules_raw = reader.table(raw, "rules", where)
    reader.no_unknown(rules_raw, set(check.RULES), f"{where}.rules")
    rules = {}
    for rule in check.RULES:
        dotted = f"{where}.rules.{rule}"
        if rule not in rules_raw:
            raise reader.fail(f"{where}.rules", f"missing rule '{dotted}' (message and severity)")
        rule_table = rules_raw[rule]
        if not isinstance(rule_table, dict):
            raise reader.fail(dotted, f"'{dotted}' must be a table")
        rules[rule] = reader.dataclass(rule_table, RuleText, dotted)
    config_raw = {k: v for k, v in raw.items() if k not in ("guideline", "rules")}
    config = reader.dataclass(config_raw, check.Config, where)
    return Section(name, guideline, types.MappingProxyType(rules), config)


def parse_policy(source: str, path: Path | str = "<policy>") -> Policy:
    """Parse and validate a pack's text. Raises PolicyError with file, line and problem."""
    from composer.review.checks import CHECKS  # the detectors declare the sections they need

    path = Path(path)
    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(match.group(1)) if match else None
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise PolicyError(path, f"not valid TOML: {problem}", line) from None

    reader = _Reader(path, source)
    section_names = {check.SECTION for check in CHECKS}
    reader.no_unknown(raw, {"pack", "guidelines", "disclaimer", "employer", "platforms"} | section_names, "")

    header = reader.dataclass(reader.table(raw, "pack", ""), _PackHeader, "pack")
    guidelines_raw = reader.value(raw, "guidelines", list[dict[str, Any]], "")
    guidelines: dict[int, Guideline] = {}
    for index, entry in enumerate(guidelines_raw):
        guideline = reader.dataclass(entry, Guideline, f"guidelines[{index}]")
        guidelines[guideline.number] = guideline
    missing = sorted(set(range(1, 11)) - set(guidelines))
    if missing:
        raise reader.fail("guidelines", f"guidelines {missing} are missing (the pack needs 1 to 10)")

    disclaimer = reader.dataclass(reader.table(raw, "disclaimer", ""), _Disclaimer, "disclaimer")
    employer_raw = reader.dataclass(reader.table(raw, "employer", ""), _EmployerRaw, "employer")
    if not employer_raw.names:
        raise reader.fail("employer.names", "'employer.names' must list at least one name")

    platforms_raw = reader.table(raw, "platforms", "")
    reader.no_unknown(platforms_raw, set(PLATFORM_NAMES), "platforms")
    platforms = {}
    for name in PLATFORM_NAMES:
        if name not in platforms_raw:
            raise reader.fail("platforms", f"missing platform 'platforms.{name}'")
        spec = reader.dataclass(platforms_raw[name], _PlatformRaw, f"platforms.{name}")
        if spec.counting not in COUNTING_RULES:
            raise reader.fail(
                f"platforms.{name}.counting",
                f"'platforms.{name}.counting' must be one of {', '.join(COUNTING_RULES)} (got {spec.counting!r})",
            )
        platforms[name] = PlatformSpec(name, **asdict(spec))

    sections = {}
    for check in CHECKS:
        sections[check.SECTION] = _load_section(reader, reader.table(raw, check.SECTION, ""), check)

    employer = Employer(
        organisation=header.organisation,
        names=employer_raw.names,
        short_names=employer_raw.short_names,
        official_handles=employer_raw.official_handles,
        domains=employer_raw.domains,
        false_friend_patterns=employer_raw.false_friends,
        social_media_office=header.social_media_office,
    )
    return Policy(
        path=str(path),
        name=header.name,
        version=header.version,
        guidelines=types.MappingProxyType(guidelines),
        disclaimer=disclaimer.text,
        disclaimer_short=disclaimer.short,
        disclosure_template=disclaimer.disclosure,
        disclosure_template_no_title=disclaimer.disclosure_no_title,
        employer=employer,
        platforms=types.MappingProxyType(platforms),
        sections=types.MappingProxyType(sections),
    )


def load_policy(path: Path | str) -> Policy:
    """Read a pack file. Raises PolicyError for a missing, unreadable or invalid file."""
    path = Path(path)
    try:
        source = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise PolicyError(path, "file not found") from None
    except UnicodeDecodeError:
        raise PolicyError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise PolicyError(path, f"cannot read it ({exc.strerror or exc})") from None
    return parse_policy(source, path)


@lru_cache(maxsize=1)
def bundled_policy() -> Policy:
    """The Mayo Clinic pack shipped with the app, loaded once per process."""
    from composer.paths import bundled_policy_path

    return load_policy(bundled_policy_path())
