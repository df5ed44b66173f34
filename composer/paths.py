"""Where the app's bundled data lives: in the source tree, in an installed wheel, or in a frozen build.

The wheel carries `policy/` and `resources/` as `composer/_data/...`; a checkout has them beside the
package; a PyInstaller bundle unpacks them under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `policy` or `resources`, wherever this copy of the app keeps it."""
    if name not in ("policy", "resources"):
        raise ValueError(f"unknown data folder {name!r}")
    candidates = [_PACKAGE / "_data" / name, _PACKAGE.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "composer" / "_data" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's {name} folder is missing (looked in {', '.join(map(str, candidates))})")


def bundled_policy_path() -> Path:
    return data_dir("policy") / "mayo-clinic.toml"


def resource_path(relative: str) -> Path:
    """A file under resources/; refuses absolute paths and `..` so a name can't escape the folder."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"invalid resource name {relative!r}")
    return data_dir("resources") / rel
