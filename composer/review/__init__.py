"""The review engine: pure, Qt-free functions from a draft and a profile to findings.

from composer.review import Profile, Finding, review
findings = review(text, profile=Profile(roles={"patient-care"}), platform="linkedin")
"""

from composer.review.engine import review
from composer.review.model import ROLES, Finding, Profile, Severity, Shift
from composer.review.policy import Policy, PolicyError, bundled_policy, load_policy

__all__ = [
    "ROLES",
    "Finding",
    "Policy",
    "PolicyError",
    "Profile",
    "Severity",
    "Shift",
    "bundled_policy",
    "load_policy",
    "review",
]
