"""The one place that decides where Facilitator keeps its data."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_path

from facilitator import settings


def default_data_dir() -> Path:
    return user_data_path(settings.APP_NAME, appauthor=False)


def resolve_data_dir(option: str | Path | None, environ: Mapping[str, str] = os.environ) -> Path:
    """``--data-dir`` wins, then ``FACILITATOR_DATA_DIR``, then the platform's user data folder."""
    if option:
        return Path(option).expanduser().resolve()
    from_env = environ.get(settings.DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / settings.DATABASE_FILENAME
