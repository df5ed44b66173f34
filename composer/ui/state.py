"""The compose window's own state in one place: who writes, for which platform, under which policy.

The text itself lives in the editor's document (the one source of truth for what is typed); all
the rest that decides a review is here, so settings, drafts and the window change it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from composer.review import Policy, PolicyError, Profile, bundled_policy, load_policy
from composer.store.settings import Settings
from composer.ui.decisions import Decisions


@dataclass(frozen=True)
class PolicyChoice:
    policy: Policy
    problem: str = ""  # why the configured pack was not used, in words


def load_policy_for(settings: Settings) -> PolicyChoice:
    """The pack the settings name, or the bundled one with the reason when that pack is broken."""
    if not settings.policy_path:
        return PolicyChoice(bundled_policy())
    try:
        return PolicyChoice(load_policy(settings.policy_path))
    except PolicyError as exc:
        problem = f"{exc}. Using the bundled {bundled_policy().name} pack instead."
    except OSError as exc:
        problem = f"The policy pack {settings.policy_path} could not be read ({exc.strerror or exc}). "
        problem += f"Using the bundled {bundled_policy().name} pack instead."
    return PolicyChoice(bundled_policy(), problem)


@dataclass
class ComposeState:
    settings: Settings
    policy: Policy
    platform: str
    path: Path | None = None  # the file the draft came from
    draft_id: str | None = None  # the drafts library's id, when the draft lives there
    draft_name: str = ""  # the name the user gave the draft ("" shows its first line)
    draft_title: str = ""  # what the title bar and the library call it
    decisions: Decisions = field(default_factory=Decisions)  # fixed and ignored findings of this draft

    @property
    def profile(self) -> Profile:
        return self.settings.profile

    @property
    def platform_label(self) -> str:
        spec = self.policy.platforms.get(self.platform)
        return spec.label if spec else self.platform

    def new_draft(self) -> None:
        """Per-draft choices (fixed and ignored findings) do not carry over to another draft."""
        self.path = None
        self.draft_id = None
        self.draft_name = ""
        self.draft_title = ""
        self.decisions = Decisions()
