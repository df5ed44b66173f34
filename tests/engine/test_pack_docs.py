"""policy/README.md documents every detector table: each setting, each nested table's settings, each rule.

A compliance officer adapts the pack from that page alone, so a setting added to a detector without a
line there is a setting nobody knows how to use, and a line for a setting that is gone sends them to
write a key the loader refuses. The field list comes from each detector's `Config` (and the tables
nested in it), the rule list from its `RULES`, the default severities from the bundled pack.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Mapping
from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from composer.review.checks import CHECKS
from composer.review.policy import Pattern, bundled_policy

README = Path(__file__).resolve().parents[2] / "policy" / "README.md"


# --- reading the README ------------------------------------------------------------------------


def _heading_level(line: str) -> int:
    match = re.match(r"(#{1,6}) ", line)
    return len(match.group(1)) if match else 0


def _block(lines: list[str], prefix: str) -> list[str] | None:
    """The lines under the heading that starts with `prefix`, up to the next heading of its level or higher."""
    for index, line in enumerate(lines):
        if line.startswith(prefix):
            level = _heading_level(line)
            end = next(
                (j for j in range(index + 1, len(lines)) if 0 < _heading_level(lines[j]) <= level),
                len(lines),
            )
            return lines[index + 1 : end]
    return None


def _own_part(block: list[str]) -> list[str]:
    """A section's text before its first sub-heading."""
    end = next((i for i, line in enumerate(block) if _heading_level(line)), len(block))
    return block[:end]


def _tables(lines: list[str], first_column: str) -> dict[str, list[str]]:
    """Rows of the tables whose header starts with `first_column`: name (without backticks) -> cells."""
    rows: dict[str, list[str]] = {}
    header: str | None = None
    for line in lines:
        if not line.startswith("|"):
            header = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells[0].lower()
            continue
        if header != first_column or set(cells[0]) <= set("-: "):
            continue
        rows[cells[0].strip("`")] = cells
    return rows


def _section(check: ModuleType) -> list[str]:
    block = _block(README.read_text(encoding="utf-8").splitlines(), f"### `[{check.SECTION}]`")
    assert block is not None, (
        f"policy/README.md has no section '### `[{check.SECTION}]`' for the {check.SECTION} detector"
    )
    return block


# --- what the code declares --------------------------------------------------------------------


def _nested(hint: Any) -> type | None:
    """The table type inside a field: a table itself, or a table of tables (privacy's identifiers)."""
    if is_dataclass(hint):
        return hint
    args = typing.get_args(hint)
    if args and is_dataclass(args[-1]):
        return args[-1]
    return None


def _type_wording(hint: Any) -> tuple[str, ...]:
    """How the README may begin the type of a field of this kind (the words of its existing tables)."""
    if hint is str:
        return ("text",)
    if hint is bool:
        return ("true/false",)
    if hint is int:
        return ("whole number",)
    if hint is float:
        return ("number",)
    if hint == Pattern:
        return ("regular expression",)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and args[0] == Pattern:
        return ("list of regular expressions",)
    if origin is tuple and args[0] is str:
        # a text list may hold plain phrases or, for a few fields, bare regular expressions
        return ("list of text", "list of regular expressions")
    if isinstance(origin, type) and issubclass(origin, Mapping):
        value = args[1]
        if _nested(value):
            return ("table of tables",)
        if typing.get_origin(value) is tuple:
            return ("table of lists of text",)
        return {str: ("table of text",), float: ("table of numbers",), int: ("table of whole numbers",)}[value]
    raise AssertionError(f"no README wording for the pack field type {hint!r}: add one to this test")


def _default(field: Any) -> Any:
    if field.default is not MISSING:
        return field.default
    if field.default_factory is not MISSING:
        return field.default_factory()
    return MISSING


def _say(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _field_problems(table: str, cls: type, lines: list[str]) -> list[str]:
    """What the field table in `lines` gets wrong about the dataclass `cls` (the pack table `table`)."""
    rows = _tables(lines, "field")
    hints = typing.get_type_hints(cls)
    problems = []
    for field in fields(cls):
        cells = rows.get(field.name)
        wording = _type_wording(hints[field.name])
        if cells is None:
            problems.append(
                f"[{table}] field '{field.name}' is not documented (a row `{field.name}` | {wording[0]} | ...)"
            )
            continue
        kind = cells[1] if len(cells) > 1 else ""
        if not kind.startswith(wording):
            problems.append(f"[{table}] field '{field.name}': type '{kind}' should begin with '{wording[0]}'")
        default = _default(field)
        if default is MISSING and "optional" in kind:
            problems.append(f"[{table}] field '{field.name}' is required, but the README calls it optional")
        if default is not MISSING and "optional" not in kind:
            problems.append(f"[{table}] field '{field.name}' may be left out: its type should say 'optional'")
        if isinstance(default, (bool, int, float)) and f"default {_say(default)})" not in kind:
            problems.append(f"[{table}] field '{field.name}': its type should say '(default {_say(default)})'")
    known = {field.name for field in fields(cls)}
    problems += [f"[{table}] documents '{name}', which is not one of its fields" for name in rows if name not in known]
    return problems


# --- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.SECTION)
def test_every_field_of_a_detector_table_is_documented_with_its_type(check: ModuleType) -> None:
    section = _section(check)
    problems = _field_problems(check.SECTION, check.Config, _own_part(section))
    hints = typing.get_type_hints(check.Config)
    for field in fields(check.Config):
        inner = _nested(hints[field.name])
        if inner is None:
            continue
        table = f"{check.SECTION}.{field.name}"
        block = _block(section, f"#### `[{table}")
        if block is None:
            problems.append(f"[{table}] has no sub-section '#### `[{table}...]`' documenting its fields")
            continue
        problems += _field_problems(table, inner, block)
    assert not problems, "policy/README.md is behind the code:\n" + "\n".join(problems)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.SECTION)
def test_every_rule_is_documented_with_the_bundled_severity(check: ModuleType) -> None:
    rows = _tables(_own_part(_section(check)), "rule")
    bundled = bundled_policy().sections[check.SECTION].rules
    problems = []
    for rule in check.RULES:
        cells = rows.get(rule)
        if cells is None:
            problems.append(f"[{check.SECTION}] rule '{rule}' is not documented (a row `{rule}` | severity | ...)")
        elif len(cells) < 2 or cells[1] != bundled[rule].severity.value:
            shown = cells[1] if len(cells) > 1 else ""
            problems.append(
                f"[{check.SECTION}] rule '{rule}': the README says '{shown}', the bundled pack "
                f"'{bundled[rule].severity.value}'"
            )
    problems += [
        f"[{check.SECTION}] documents rule '{name}', which it never raises" for name in rows if name not in check.RULES
    ]
    assert not problems, "policy/README.md is behind the code:\n" + "\n".join(problems)
