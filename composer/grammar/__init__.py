"""Grammar and professionalism checking: LanguageTool (local, own server, premium) or offline.

Blocking calls: the window runs them off the GUI thread. Results are `Finding`s with
category "grammar" or "style", in code-point offsets, guideline 5, severity `info` (grammar
never blocks posting).

    checker = create_checker(settings.grammar, SecretStore(), dictionary=UserDictionary())
    findings = checker.check(text, platform="linkedin")   # may raise GrammarUnavailable
    checker.close()
"""

from composer.review.model import Finding

from .base import GrammarChecker, GrammarUnavailable, OffChecker, is_ignored, is_spelling, without_ignored
from .factory import API_KEY_SECRET, check_for_cli, create_checker, has_remote_consent, remote_address
from .languagetool import LanguageToolHttpChecker, findings_from_response
from .local import LocalLanguageToolChecker, local_problem
from .offsets import Utf16Index, utf16_span_to_code_points, utf16_to_code_points
from .proofreader import OfflineProofreader

__all__ = [
    "API_KEY_SECRET",
    "Finding",
    "GrammarChecker",
    "GrammarUnavailable",
    "LanguageToolHttpChecker",
    "LocalLanguageToolChecker",
    "OffChecker",
    "OfflineProofreader",
    "Utf16Index",
    "check_for_cli",
    "create_checker",
    "findings_from_response",
    "has_remote_consent",
    "is_ignored",
    "is_spelling",
    "local_problem",
    "remote_address",
    "utf16_span_to_code_points",
    "utf16_to_code_points",
    "without_ignored",
]
