from __future__ import annotations

import os

# Must happen before any QApplication exists (pytest-qt cannot choose the platform).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.server.app import ServerLimits
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService

PAGE = "<!doctype html><title>Phone page</title><script src='/static/app.js'></script>\n"


class FakeClock:
    """A clock tests move by hand, so times are distinct and predictable."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        # Each reading moves the clock on by this much; timer tests set it to
        # zero and move time with advance().
        self.step = timedelta(seconds=1)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def frozen(clock: FakeClock) -> FakeClock:
    """The same clock, standing still until the test moves it (for timers)."""
    clock.step = timedelta(0)
    return clock


@pytest.fixture
def library(data_dir: Path, clock: FakeClock) -> Iterator[Library]:
    lib = Library.open(data_dir, clock)
    yield lib
    lib.close()


@pytest.fixture
def service(library: Library) -> WorkshopService:
    workshop = library.create("Test workshop", "en")
    return library.open_workshop(workshop.id)


# The participant server's ---------------------------------------------------------


@pytest.fixture
def participation(service: WorkshopService) -> Iterator[ParticipationService]:
    participation = ParticipationService(service)
    yield participation
    participation.close()


@pytest.fixture
def web_dir(tmp_path: Path) -> Path:
    """A stand-in for resources/web, so server tests do not depend on the page's files."""
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    (folder / "app.js").write_text("console.log('phone');\n", encoding="utf-8")
    return folder


@pytest.fixture
def limits() -> ServerLimits:
    return ServerLimits()


@pytest.fixture(autouse=True)
def _no_leaked_windows() -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    leaked = [w for w in app.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    assert not leaked, f"test left windows open: {leaked}"
