"""The `composer` command: open the compose window, print the version, or `check` drafts headlessly.

`composer check` follows the contract: exit 0 when no error-level finding, 1 when some, 2 for a
usage or input problem, reported in one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NoReturn, TextIO

from composer import __version__
from composer.review import ROLES, Finding, Policy, PolicyError, Profile, Severity, bundled_policy, load_policy, review
from composer.review.platforms import count
from composer.review.policy import PLATFORM_NAMES


class ExitStatus(enum.IntEnum):
    CLEAN = 0
    ERRORS_FOUND = 1
    USAGE = 2


class UsageError(Exception):
    """A problem with the command line or its input; its text is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


@dataclass(frozen=True)
class Draft:
    name: str
    text: str


def _check_parser() -> _Parser:
    parser = _Parser(prog="composer check", description="Review drafts against the employer's social media policy.")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="text files to review; none or '-' reads standard input"
    )
    parser.add_argument("--role", action="append", choices=ROLES, help="your role (repeatable)")
    parser.add_argument("--title", help="your job title, used in the suggested disclosure")
    parser.add_argument("--handle", action="append", help="your own social handle, name or profile URL (repeatable)")
    parser.add_argument(
        "--employer-visible", action="store_true", default=None, help="your social profile already shows your employer"
    )
    parser.add_argument(
        "--platform", choices=PLATFORM_NAMES, help="where you will post (default from settings, else x)"
    )
    parser.add_argument("--policy", metavar="PATH", help="a policy pack file instead of the bundled one")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    parser.add_argument("--grammar", action="store_true", help="also run the grammar checker when one is configured")
    return parser


def _read_drafts(files: Sequence[str], stdin: TextIO) -> list[Draft]:
    if not files:
        files = ["-"]
    drafts = []
    for name in files:
        if name == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
            label = "<stdin>"
        else:
            label = name
            try:
                with open(name, "rb") as handle:
                    data = handle.read()
            except FileNotFoundError:
                raise UsageError(f"composer check: {name}: no such file") from None
            except IsADirectoryError:
                raise UsageError(f"composer check: {name}: is a folder, not a text file") from None
            except OSError as exc:
                raise UsageError(f"composer check: {name}: cannot read it ({exc.strerror or exc})") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UsageError(
                f"composer check: {label}: not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8"
            ) from None
        drafts.append(Draft(label, text.replace("\r\n", "\n")))
    return drafts


def _settings(stderr: TextIO):
    """The saved settings, or defaults with each problem reported once on stderr."""
    from composer.store.settings import load_settings

    loaded = load_settings()
    for problem in loaded.problems:
        print(f"composer check: warning: {problem}", file=stderr)
    return loaded.settings


def _profile_from(args: argparse.Namespace, saved: Profile) -> Profile:
    profile = saved
    if args.role:
        profile = replace(profile, roles=frozenset(args.role))
    if args.title is not None:
        profile = replace(profile, title=args.title)
    if args.handle:
        profile = replace(profile, handles=tuple(args.handle))
    if args.employer_visible:
        profile = replace(profile, employer_visible=True)
    return profile


def _load_pack(path: str | None) -> Policy:
    try:
        return load_policy(path) if path else bundled_policy()
    except PolicyError as exc:
        raise UsageError(f"composer check: {exc}") from None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _grammar_findings(text: str, settings, stderr: TextIO) -> list[Finding]:
    try:
        from composer.grammar import check_for_cli
    except ImportError:
        return []
    findings, note = check_for_cli(text, settings)
    if note:
        print(f"composer check: {note}", file=stderr)
    return list(findings)


def run_check(argv: Sequence[str], stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    args = _check_parser().parse_args(list(argv))
    settings = _settings(stderr)
    profile = _profile_from(args, settings.profile)
    platform = args.platform or settings.platform or "x"
    policy = _load_pack(args.policy or settings.policy_path or None)
    if platform not in policy.platforms:
        raise UsageError(f"composer check: the policy pack does not know the platform {platform!r}")
    drafts = _read_drafts(args.files, stdin)

    results = []
    worst = ExitStatus.CLEAN
    for draft in drafts:
        findings = review(draft.text, profile=profile, platform=platform, policy=policy)
        if args.grammar:
            # Grammar findings are shown but never change the exit status.
            findings = sorted(
                findings + _grammar_findings(draft.text, settings, stderr), key=lambda f: (f.start, f.end, f.rule)
            )
        if any(f.severity is Severity.ERROR and f.category == "policy" for f in findings):
            worst = ExitStatus.ERRORS_FOUND
        results.append((draft, findings))

    spec = policy.platforms[platform]
    if args.format == "json":
        payload = {
            "policy": {"name": policy.name, "version": policy.version},
            "platform": platform,
            "results": [
                {
                    "file": draft.name,
                    "length": count(draft.text, spec),
                    "limit": spec.limit,
                    "findings": [f.to_json() for f in findings],
                }
                for draft, findings in results
            ],
        }
        json.dump(payload, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        for draft, findings in results:
            for f in findings:
                line, column = _line_col(draft.text, f.start)
                stdout.write(
                    f"{draft.name}:{line}:{column}: {f.severity.value} guideline {f.guideline} {f.rule}: {f.message}\n"
                )
    return worst


def _main_parser() -> _Parser:
    parser = _Parser(
        prog="composer",
        description="Write social media posts that follow your employer's social media policy.",
        epilog="Use 'composer check --help' to review drafts from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"composer {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a text file to open in the compose window")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "check":
            return run_check(argv[1:], sys.stdin, sys.stdout, sys.stderr)
        args = _main_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return ExitStatus.USAGE
    except BrokenPipeError:
        return ExitStatus.CLEAN
    from composer.ui.app import run

    return run(args.file)
