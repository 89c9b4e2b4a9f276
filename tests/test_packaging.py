"""What `pip install .` ships: every package and every resource the app reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_installed() -> None:
    configured = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("facilitator", "ui")
        for init in (ROOT / top).rglob("__init__.py")
        if "migrations" not in init.parts
    }
    assert on_disk - configured == set(), "add these to [tool.setuptools] packages"


def test_every_resource_file_is_packaged() -> None:
    """The wheel takes resources/ by the package-data patterns; PyInstaller takes all of it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["facilitator._resources"]
    depths = {len(pattern.split("/")) for pattern in patterns}
    resources = ROOT / "resources"
    missed = [
        str(path.relative_to(resources))
        for path in resources.rglob("*")
        if path.is_file() and len(path.relative_to(resources).parts) not in depths
    ]
    assert missed == [], "widen [tool.setuptools.package-data] for these"
    assert (resources / "sounds" / "chime.wav").is_file()
    spec = (ROOT / "build.spec").read_text()
    assert '(str(ROOT / "resources"), "resources")' in spec
