"""Where the shipped resources (templates, translations, the phone page) live.

In a source checkout they are the top-level ``resources/`` folder; in a
PyInstaller bundle they sit next to the executable's data (``sys._MEIPASS``);
in an installed wheel they are packaged as ``facilitator/_resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("Facilitator's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
