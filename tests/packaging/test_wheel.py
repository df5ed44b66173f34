"""The wheel carries the policy pack and resources: installed outside the source tree, it still works."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Build the wheel, install it with --no-deps into a fresh venv that borrows our dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = wheels.glob("*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies come from the running environment, so the check needs no network.
    Path(target, "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target, str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return env_dir, wheel


def _run(env_dir: Path, *args: str, stdin: str = "", cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "composer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_wheel_contains_the_pack_and_resources(installed):
    import zipfile

    _, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "composer/_data/policy/mayo-clinic.toml" in names
    assert "composer/_data/policy/README.md" in names
    assert "composer/_data/resources/icons/composer.svg" in names


def test_installed_wheel_runs_outside_the_source_tree(installed, tmp_path):
    env_dir, _ = installed
    version = _run(env_dir, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("composer ")
    located = subprocess.run(
        [str(env_dir / "bin" / "python"), "-c", "import composer.paths as p; print(p.bundled_policy_path())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert str(ROOT) not in located and located.endswith("composer/_data/policy/mayo-clinic.toml")
    done = _run(env_dir, "check", "--format", "json", stdin="Lovely sunset at the lake tonight.", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["policy"]["name"] == "Mayo Clinic"
